// The genogram as `render` and `report` draw it: Graphviz under its safety
// net (a child process with a time and a memory limit, layout_isolation.h),
// and a simpler drawing when the full one fails or would be too small to
// read, with what was done said on stderr in kinmap's words, naming the
// case file:
//
//   1. the family as asked;
//   2. Graphviz failed: the same without household boxes (clusters are
//      what trips Graphviz 2.43 up);
//   3. still failing, or names too small on the page: the focus children's
//      circles (focus_people.h), unless --focus already drew one circle.
//
// When nothing can be drawn it throws RenderError with the whole story and
// what to try, and nothing is written (exit 4).
#pragma once

#include <iosfwd>
#include <string>

#include "analysis/analysis_context.h"
#include "genogram.h"

namespace kinmap {

struct DrawingRequest {
  std::string case_path;  ///< named in every message
  GenogramOptions options;
  GenogramFormat format = GenogramFormat::svg;
  bool all = false;      ///< --all: draw the whole family however small the names come out
  bool focused = false;  ///< --focus: `options.only` is one child's circle already
  LayoutLimits limits;
};

/// The bytes to write. Notes and fallbacks go to `err`.
std::string draw_genogram_for(const AnalysisContext& analysis, const Overlay& overlay,
                              const DrawingRequest& request, std::ostream& err);

}  // namespace kinmap
