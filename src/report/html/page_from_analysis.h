// Fills the conference page from an analysed case: the circle table from the
// child's circle, the findings as worded by the rules, the chronology from
// the events. Names come from the analysis' Roles, so a redacted case gives
// a page with roles only.
#pragma once

#include <string>
#include <vector>

#include "analysis/analysis_context.h"
#include "analysis/finding.h"
#include "report/html/conference_page.h"

namespace kinmap {

ConferencePage conference_page(const AnalysisContext& context, std::vector<Finding> findings,
                               std::string genogram_svg, bool redacted);

}  // namespace kinmap
