#include "analysis/one_situation.h"

#include <algorithm>
#include <map>

#include "analysis/wording.h"

namespace kinmap {
namespace {

using Vertex = FamilyGraph::Vertex;

/// An unknown father with no link to any focus child's life but parenthood.
bool absent_unknown_father(const AnalysisContext& a, Vertex v) {
  if (a.person(v).identity == Identity::known || !a.is_man(v)) return false;
  bool father = false;
  for (Vertex child : a.focus()) {
    const CircleMember* m = a.circle(child).find(v);
    if (!m) continue;
    for (const CircleLink& link : m->links) {
      if (link.kind != CircleLinkKind::parent) return false;
      father = true;
    }
  }
  return father;
}

bool first_is(const Finding& f, const std::string& id) {
  return !f.people.empty() && f.people.front() == id;
}

}  // namespace

void one_situation_one_finding(const AnalysisContext& a, std::vector<Finding>& findings) {
  std::vector<bool> drop(findings.size(), false);

  // OTHER_CHILDREN speaks for CHILDREN_NOT_ASKED about the same person.
  std::map<std::string, std::size_t> other_children;
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
    std::vector<std::string> services;
    if (v)
      for (const auto& [agency, name] :
           {std::pair{Agency::probation, "probation"},
            std::pair{Agency::substance_misuse, "substance misuse services"},
            std::pair{Agency::mental_health, "mental health services"}})
        if (a.person(*v).known_to_agency(agency)) services.emplace_back(name);
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
  // him about other children before that (OTHER_CHILDREN left out).
  for (Vertex v = 0; v < a.family().size(); ++v) {
    const bool absent_father = absent_unknown_father(a, v);
    const bool unidentified = a.is_man(v) && a.person(v).identity == Identity::unknown;
    if (!absent_father && !unidentified) continue;
    const std::string& id = a.person(v).id;
    bool invisible = false;
    for (const Finding& f : findings)
      invisible = invisible || (f.rule == "INVISIBLE_MAN" && first_is(f, id));
    if (!invisible) continue;
    for (std::size_t i = 0; i < findings.size(); ++i) {
      const std::string& rule = findings[i].rule;
      if (!first_is(findings[i], id)) continue;
      if (rule == "OTHER_CHILDREN" ||
          (absent_father && (rule == "UNASSESSED_ADULT" || rule == "MISSING_FROM_PLAN" ||
                             rule == "FATHER_NOT_INVITED")))
        drop[i] = true;
    }
  }

  std::vector<Finding> kept;
  kept.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(findings[i]));
  findings = std::move(kept);
}

}  // namespace kinmap
