// POSSIBLE_MATCH: a person who may be the same as a person in another case,
// which nobody has confirmed or rejected.
//
// Lesson (Leicester, Leicestershire & Rutland SCP case file audit): "Does
// this male have (other) children?" A record that may be him, spelled a
// little differently or with a vaguer date of birth, is a question for a
// practitioner, never a merge made by the tool.
//
// Fires once per person in a focus child's circle, or reaching one, with a
// possible match in the caseload that has no decision. Low.
#include <cstdio>

#include "analysis/rules/cross_case_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "POSSIBLE_MATCH";
constexpr std::string_view kWhy =
    "The same person is often recorded a little differently by different teams; only a "
    "practitioner can say whether two records are one person.";

}  // namespace

void possible_match(const AnalysisContext& a, Findings& out) {
  for_each_linked_person(a, [&](Vertex v, const CrossCasePerson& known,
                                const std::vector<Vertex>& children) {
    if (known.possible.empty()) return;
    std::vector<std::string> each;
    for (const PossibleMatchRecord& m : known.possible) {
      char weight[32];
      std::snprintf(weight, sizeof weight, "%.1f", m.weight);
      each.push_back("the " + m.role + " in case " + m.case_id + " (match weight " + weight +
                     (m.evidence.empty() ? "" : ": " + wording::join_list(m.evidence, "; ")) + ")");
    }
    const std::string facts = wording::capitalise(he(a, v)) + " may be the same person as " +
                              wording::join_list(each, ", ", " or ") +
                              "; nobody has confirmed or rejected it.";
    std::string message = a.describe(v, child_for(a, v, children)) + ": " + facts +
                          " Compare the records and record the decision with kinmap caseload "
                          "review --confirm or --reject.";
    Finding f = make_finding(a, kRule, Severity::low, {v}, children, std::move(message), kWhy);
    f.detail = facts;
    f.actions = {"Compare the records of " + a.name(v) +
                 " with the possible match and record the decision (kinmap caseload review "
                 "--confirm or --reject)."};
    out.push_back(std::move(f));
  });
}

}  // namespace kinmap::rules
