// The findings as a Markdown section to paste into an assessment: a heading,
// the protective marking, a section per child with findings by severity, and
// the summary. Case data is escaped so it renders as written.
#pragma once

#include <string>
#include <vector>

#include "analysis/finding.h"
#include "analysis/roles.h"
#include "family_graph.h"

namespace kinmap {

/// `roles`: the names the analysis used (computed when null).
std::string markdown_report(const FamilyGraph& family, const std::vector<Finding>& findings,
                            const Roles* roles = nullptr);

}  // namespace kinmap
