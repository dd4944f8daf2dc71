// PATTERN_ACROSS_RELATIONSHIPS: a person who has abused two or more
// different partners across the linked cases.
//
// Lesson (Buckinghamshire SCB domestic abuse audit): "acknowledging patterns
// of behaviour over time, particularly when working with families where
// there is a long history of domestic abuse"; Safe & Together: a
// perpetrator's pattern is the risk, not one relationship. The pattern is
// visible only when the cases are put side by side.
//
// Fires once per person in a focus child's circle, or reaching one, who is
// the `from` of abuse against two or more different people counting this
// case and the linked cases, at least one of them in another case. Victims
// are told apart by the caseload's keys, so the same woman recorded in two
// cases counts once. Urgent.
#include <set>

#include "analysis/rules/cross_case_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "PATTERN_ACROSS_RELATIONSHIPS";
constexpr std::string_view kWhy =
    "Abuse of one partner after another is a pattern of behaviour that each new partner and her "
    "children inherit; it is visible only when the cases are put side by side.";

}  // namespace

void pattern_across_relationships(const AnalysisContext& a, Findings& out) {
  if (!a.cross_case()) return;  // no caseload: nothing to put side by side
  const Case& c = a.case_data();
  const CrossCase& cross = *a.cross_case();
  for_each_linked_person(a, [&](Vertex v, const CrossCasePerson& known,
                                const std::vector<Vertex>& children) {
    std::set<std::string> victims;
    for (const auto& link : a.family().outgoing(v, RelationshipType::abuse)) {
      const std::string& to = link.relationship->to;
      const CrossCasePerson* victim = cross.find(to);
      victims.insert(victim && !victim->key.empty() ? victim->key : c.info.id + ":" + to);
    }
    const std::size_t here = victims.size();
    std::vector<std::string> cases;
    for (const OtherCaseRecord& other : known.linked) {
      bool counted = false;
      for (const std::string& key : other.abused) counted = victims.insert(key).second || counted;
      if (counted) cases.push_back(other.case_id);
    }
    if (victims.size() < 2 || cases.empty()) return;
    const std::string where =
        here > 0 ? "this case and " + cases_phrase(cases) : cases_phrase(cases);
    const std::string facts = wording::capitalise(he(a, v)) + " " + has(a, v) + " abused " +
                              std::to_string(victims.size()) +
                              " different partners or family members across the linked cases (" +
                              where + "): a pattern across relationships.";
    std::string message = a.describe(v, child_for(a, v, children)) + ": " + facts +
                          " Treat the risk as " + his(a, v) +
                          " pattern, not one relationship's: share it with the worker for " +
                          cases_phrase(cases) +
                          ", consider a MARAC referral and a Clare's Law disclosure to any new "
                          "partner.";
    Finding f = make_finding(a, kRule, Severity::urgent, {v}, children, std::move(message), kWhy);
    f.detail = facts;
    f.actions = {contact_other_case_action(a, v, cases), marac_action(a, v),
                 "Consider a Clare's Law disclosure to any new partner of " + a.name(v) + "."};
    out.push_back(std::move(f));
  });
}

}  // namespace kinmap::rules
