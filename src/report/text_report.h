// The findings as text for a terminal: a section per child, findings by
// severity, wrapped to 80 columns, ending with a one-line summary.
//
//   std::cout << text_report(family, analyse(family), {.colour = isatty(1)});
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/finding.h"
#include "analysis/roles.h"
#include "family_graph.h"

namespace kinmap {

struct TextReportOptions {
  bool colour = false;           ///< ANSI colours for severities and headings
  std::size_t width = 80;        ///< no line is wider (in code points; colour codes aside)
  const Roles* roles = nullptr;  ///< the analysis's names, if at hand (else computed)
};

/// Every piece of case data in the output has control characters removed.
std::string text_report(const FamilyGraph& family, const std::vector<Finding>& findings,
                        const TextReportOptions& options = {});

}  // namespace kinmap
