// Several genograms as one PDF, a page each: the overview and one page per
// focus child's circle when the whole family cannot be read on one page
// (issue 14). Each page is drawn on its own, under the layout safety net
// (layout_isolation.h); only the finished PDFs meet here, joined with qpdf.
//
//   std::string pdf = join_pdf_pages({overview, ruby, sam});
//
// The pages keep their own size and orientation; the result does not
// depend on the time it is made (qpdf's deterministic document id).
#pragma once

#include <string>
#include <vector>

#include "graphviz.h"

namespace kinmap {

/// One PDF with every page of `documents`, in order. Throws RenderError
/// when one of them is not a PDF qpdf can read, or `documents` is empty.
std::string join_pdf_pages(const std::vector<std::string>& documents);

}  // namespace kinmap
