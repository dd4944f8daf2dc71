// The findings catalogue: run every rule over a family and return the
// findings in a fixed order.
//
//   const FamilyGraph family(load_case_or_throw(text, "case.json", model), model);
//   for (const Finding& f : analyse(family)) std::cout << f.message << '\n';
//
// Findings are deterministic: the same case gives the same findings in the
// same order (by severity, most severe first; then rule id; then first
// person id; then the rest of the finding), with exact duplicates removed.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "analysis/analysis_context.h"
#include "analysis/finding.h"
#include "family_graph.h"

namespace kinmap {

struct Rule {
  std::string_view id;     ///< stable, as in DESIGN.md: "INVISIBLE_MAN"
  std::string_view title;  ///< for reports: "Invisible man"
  void (*check)(const AnalysisContext&, std::vector<Finding>&);
};

/// Every rule, in DESIGN.md's order.
std::span<const Rule> catalogue();
/// The rule with this id, or null.
const Rule* find_rule(std::string_view id);

std::vector<Finding> analyse(const FamilyGraph& family);
std::vector<Finding> analyse(const AnalysisContext& context);

/// Sorts into the order above and removes duplicates (same rule, people,
/// children, path and household: the first is kept).
void sort_findings(std::vector<Finding>& findings);

}  // namespace kinmap
