// The findings as a Markdown section to paste into an assessment: a heading,
// the protective marking, a section per child with findings by severity, and
// the summary. Case data is escaped so it renders as written.
#pragma once

#include <string>
#include <vector>

#include "analysis/finding.h"
#include "family_graph.h"

namespace kinmap {

std::string markdown_report(const FamilyGraph& family, const std::vector<Finding>& findings);

}  // namespace kinmap
