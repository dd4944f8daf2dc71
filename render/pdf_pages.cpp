#include "pdf_pages.h"

// qpdf 11: std::shared_ptr throughout, none of its old PointerHolder.
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>

namespace kinmap {

std::string join_pdf_pages(const std::vector<std::string>& documents) {
  if (documents.empty()) throw RenderError("no pages to write");
  try {
    QPDF joined;
    joined.emptyPDF();
    QPDFPageDocumentHelper pages(joined);
    // qpdf copies pages lazily, at write time: every source stays open (and
    // its bytes alive, processMemoryFile does not copy them) until then.
    std::vector<std::unique_ptr<QPDF>> sources;
    for (std::size_t i = 0; i < documents.size(); ++i) {
      auto source = std::make_unique<QPDF>();
      source->setSuppressWarnings(true);  // a page it cannot read is an error, not a warning
      const std::string name = "page " + std::to_string(i + 1);
      source->processMemoryFile(name.c_str(), documents[i].data(), documents[i].size());
      for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*source).getAllPages())
        pages.addPage(page, false);
      sources.push_back(std::move(source));
    }
    QPDFWriter writer(joined);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.write();
    const std::unique_ptr<Buffer> buffer(writer.getBuffer());
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const std::exception& e) {
    throw RenderError(std::string("the pages could not be joined into one PDF: ") + e.what());
  }
}

}  // namespace kinmap
