// The findings as text for a terminal, by person (report_layout.h): a block
// per person of concern, then children's own findings, then each rule's
// lesson once; wrapped to 80 columns, ending with a one-line summary.
//
//   std::cout << text_report(family, analyse(family), {.colour = isatty(1)});
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/analysis_context.h"
#include "analysis/finding.h"
#include "family_graph.h"

namespace kinmap {

struct TextReportOptions {
  bool colour = false;     ///< ANSI colours for severities and headings
  std::size_t width = 80;  ///< no line is wider (in code points; colour codes aside)
  /// The analysis the findings came from, if at hand (else computed).
  const AnalysisContext* analysis = nullptr;
};

/// Every piece of case data in the output has control characters removed.
std::string text_report(const FamilyGraph& family, const std::vector<Finding>& findings,
                        const TextReportOptions& options = {});

}  // namespace kinmap
