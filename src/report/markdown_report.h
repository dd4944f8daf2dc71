// The findings as a Markdown section to paste into an assessment: a heading,
// the protective marking and the summary, then the findings by person
// (report_layout.h) and each rule's lesson once. Case data is escaped so it
// renders as written.
#pragma once

#include <string>
#include <vector>

#include "analysis/analysis_context.h"
#include "analysis/finding.h"
#include "family_graph.h"

namespace kinmap {

/// `analysis`: the analysis the findings came from (computed when null).
std::string markdown_report(const FamilyGraph& family, const std::vector<Finding>& findings,
                            const AnalysisContext* analysis = nullptr);

}  // namespace kinmap
