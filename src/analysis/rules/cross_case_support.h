// What the cross-case rules share: how another case is cited. Another case
// is named by its id and the person's role there, with the number and ages
// of the children, never by its names or notes (DESIGN.md, "Findings").
#pragma once

#include <string>
#include <vector>

#include "analysis/rules/rule_support.h"

namespace kinmap::rules {

/// The people a cross-case rule speaks about: in a focus child's circle or
/// able to reach one, with what the caseload knows of them.
template <typename F>
void for_each_linked_person(const AnalysisContext& a, F&& visit) {
  const CrossCase* cross = a.cross_case();
  if (!cross) return;
  for (Vertex v = 0; v < a.family().size(); ++v) {
    if (a.person(v).deceased()) continue;
    const CrossCasePerson* known = cross->find(a.person(v).id);
    if (!known) continue;
    const std::vector<Vertex> children = a.children_around({v});
    if (children.empty()) continue;
    visit(v, *known, children);
  }
}

/// "2 children (aged 3 and 5)", "a child (aged 4)", "an unborn baby".
inline std::string children_phrase(const std::vector<int>& ages) {
  std::vector<int> born;
  int unborn = 0;
  for (int age : ages) (age < 0 ? ++unborn : (born.push_back(age), 0));
  std::vector<std::string> parts;
  if (!born.empty()) {
    std::vector<std::string> each;
    for (int age : born) each.push_back(std::to_string(age));
    parts.push_back(
        (born.size() == 1 ? std::string("a child") : std::to_string(born.size()) + " children") +
        " (aged " + wording::join_list(each) + ")");
  }
  if (unborn == 1) parts.emplace_back("an unborn baby");
  if (unborn > 1) parts.push_back(std::to_string(unborn) + " unborn babies");
  return wording::join_list(parts);
}

/// "case C-2", "cases C-2 and C-7".
inline std::string cases_phrase(const std::vector<std::string>& ids) {
  return (ids.size() == 1 ? "case " : "cases ") + wording::join_list(ids);
}

/// "Contact the worker for case C-2 about Ryan Cole: share what this case
/// records and ask what they know of him."
inline std::string contact_other_case_action(const AnalysisContext& a, Vertex v,
                                             const std::vector<std::string>& cases) {
  return "Contact the worker for " + cases_phrase(cases) + " about " + a.name(v) +
         ": share what this case records and ask what they know of " + him(a, v) + ".";
}

}  // namespace kinmap::rules
