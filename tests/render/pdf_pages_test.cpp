// join_pdf_pages: the pages of several genogram PDFs, in order, in one PDF
// (the overview and a page per focus child's circle, issue 14).
#include "pdf_pages.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <memory>

#include "example_support.h"
#include "genogram.h"
#include "test_support.h"

namespace kinmap {
namespace {

std::string command_output(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  std::string out;
  char buffer[4096];
  while (pipe && std::fgets(buffer, sizeof buffer, pipe.get())) out += buffer;
  return out;
}

std::string pdf_of(const std::string& example, Page page) {
  const FamilyGraph family =
      testing::family(testing::read_file(testing::source_path("examples/" + example + ".json")));
  GenogramOptions options;
  options.page = page;
  return render_genogram(family, Overlay{}, options, GenogramFormat::pdf);
}

TEST(PdfPages, EveryPageOfEveryDocumentInOrder) {
  const std::string joined =
      join_pdf_pages({pdf_of("three_households", Page::a4), pdf_of("kinship_grandmother", Page::a3),
                      pdf_of("three_households", Page::a4)});
  testing::TempFolder folder;
  const std::string path = folder.file("joined.pdf");
  std::ofstream(path, std::ios::binary) << joined;
  const std::string info = command_output("pdfinfo -f 1 -l 3 '" + path + "'");
  EXPECT_NE(info.find("Pages:           3"), std::string::npos) << info;
  EXPECT_NE(info.find("Page    1 size:  842 x 595 pts (A4)"), std::string::npos) << info;
  // kinship_grandmother is taller than wide: a portrait A3.
  EXPECT_NE(info.find("Page    2 size:  842 x 1191 pts (A3)"), std::string::npos) << info;
  const std::string second = command_output("pdftotext -f 2 -l 2 '" + path + "' -");
  EXPECT_NE(second.find("Ruby Bennett"), std::string::npos) << second;
  EXPECT_EQ(second.find("Okafor"), std::string::npos) << second;
}

TEST(PdfPages, TheSamePagesGiveTheSameBytes) {
  const std::string page = pdf_of("three_households", Page::a4);
  EXPECT_EQ(join_pdf_pages({page, page}), join_pdf_pages({page, page}));
}

TEST(PdfPages, SomethingThatIsNotAPdfIsARenderError) {
  EXPECT_THROW(join_pdf_pages({pdf_of("three_households", Page::a4), "not a pdf"}), RenderError);
  EXPECT_THROW(join_pdf_pages({}), RenderError);
}

}  // namespace
}  // namespace kinmap
