#include "analysis/one_situation.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "analysis/rules/rule_support.h"
#include "analysis/wording.h"

namespace kinmap {
namespace {

using Vertex = FamilyGraph::Vertex;

/// An unknown father with no link to any focus child's life but parenthood.
bool absent_unknown_father(const AnalysisContext& a, Vertex v) {
  if (a.person(v).identity == Identity::known || !a.is_man(v)) return false;
  bool father = false;
  for (Vertex child : a.circles_holding(v)) {
    const CircleMember* m = a.circle(child).find(v);
    if (!m) continue;
    for (const CircleLink& link : m->links) {
      if (link.kind != CircleLinkKind::parent) return false;
      father = true;
    }
  }
  return father;
}

}  // namespace

void one_situation_one_finding(const AnalysisContext& a, std::vector<Finding>& findings) {
  std::vector<bool> drop(findings.size(), false);

  // OTHER_CHILDREN speaks for CHILDREN_NOT_ASKED about the same person.
  std::unordered_map<std::string_view, std::size_t> other_children;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (findings[i].rule == "OTHER_CHILDREN" && !findings[i].people.empty())
      other_children.emplace(findings[i].people.front(), i);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (f.rule != "CHILDREN_NOT_ASKED" || f.people.empty()) continue;
    const auto it = other_children.find(f.people.front());
    if (it == other_children.end()) continue;
    Finding& kept = findings[it->second];
    const auto v = a.family().find(f.people.front());
    const std::vector<std::string> services =
        v ? rules::adult_services_knowing(a.person(*v)) : std::vector<std::string>();
    // "Ask Dean whether he has other children ..., and ask probation what they know."
    if (!services.empty())
      for (std::string& action : kept.actions)
        if (action.rfind("Ask " + a.name(*v) + " whether", 0) == 0 && action.back() == '.') {
          action.pop_back();
          action += ", and ask " + wording::join_list(services) + " what they know.";
        }
    if (!services.empty())
      kept.message += " " +
                      wording::capitalise(std::string(wording::subject_pronoun(a.person(*v).sex))) +
                      " " + std::string(wording::is_verb(a.person(*v).sex)) + " known to " +
                      wording::join_list(services) + ": ask them what they know too.";
    for (const std::string& child : f.children)
      if (std::find(kept.children.begin(), kept.children.end(), child) == kept.children.end())
        kept.children.push_back(child);
    drop[i] = true;
  }

  // An unknown father who is not around: INVISIBLE_MAN alone. Any man
  // nobody has identified: INVISIBLE_MAN asks who he is, and nobody can ask
  // him about other children before that (OTHER_CHILDREN left out). Findings
  // are looked up by their first person, so this stays linear in a big case.
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_person;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (findings[i].rule == "INVISIBLE_MAN" && !findings[i].people.empty())
      by_person[findings[i].people.front()];
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (!findings[i].people.empty())
      if (const auto it = by_person.find(findings[i].people.front()); it != by_person.end())
        it->second.push_back(i);
  for (const auto& [id, indexes] : by_person) {  // each person on their own: any order
    const auto v = a.family().find(id);
    if (!v) continue;
    const bool absent_father = absent_unknown_father(a, *v);
    const bool unidentified = a.is_man(*v) && a.person(*v).identity == Identity::unknown;
    if (!absent_father && !unidentified) continue;
    for (std::size_t i : indexes) {
      const std::string& rule = findings[i].rule;
      if (rule == "OTHER_CHILDREN" ||
          (absent_father && (rule == "UNASSESSED_ADULT" || rule == "MISSING_FROM_PLAN" ||
                             rule == "FATHER_NOT_INVITED")))
        drop[i] = true;
    }
  }

  std::size_t kept = 0;  // in place, in order
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (!drop[i]) {
      if (kept != i) findings[kept] = std::move(findings[i]);
      ++kept;
    }
  findings.resize(kept);
}

}  // namespace kinmap
