// CHILDREN_ELSEWHERE: a man (or any adult) around the child who is a parent,
// a parent's partner or a household member of children in another case.
//
// Lesson (Leicester, Leicestershire & Rutland SCP case file audit, questions
// in casework): "Does this male have (other) children?"; "Lone male adults
// accessing services were not always asked if they had children." With a
// caseload the question can be answered: the same person is recorded around
// children in another family.
//
// Fires once per adult in a focus child's circle, or reaching one, linked to
// a person in another case who has children there. High if they pose risk
// (here, or by a harm factor recorded there), else medium.
#include "analysis/rules/cross_case_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "CHILDREN_ELSEWHERE";
constexpr std::string_view kWhy =
    "A person's risk reaches every child they are around, and the workers of one family often do "
    "not know about the children in another.";

}  // namespace

void children_elsewhere(const AnalysisContext& a, Findings& out) {
  const RiskModel& model = a.family().model();
  for_each_linked_person(
      a, [&](Vertex v, const CrossCasePerson& known, const std::vector<Vertex>& children) {
        if (!a.family().is_adult(v)) return;
        std::vector<std::string> there, cases;
        bool harm_elsewhere = false;
        for (const OtherCaseRecord& other : known.linked) {
          if (other.children_ages.empty()) continue;
          there.push_back("in case " + other.case_id + " " + he(a, v) + " " + is(a, v) + " the " +
                          other.role + " of " + children_phrase(other.children_ages));
          cases.push_back(other.case_id);
          for (const std::string& factor : other.risk_factors)
            if (const RiskFactor* f = model.factor(factor); f && f->kind == FactorKind::harm)
              harm_elsewhere = true;
        }
        if (there.empty()) return;
        const bool risk = a.risk().poses_risk(v) || harm_elsewhere;
        const std::string facts = "The caseload links " + him(a, v) +
                                  " to another case: " + wording::join_list(there, "; ", "; and ") +
                                  ".";
        std::string message = a.describe(v, child_for(a, v, children)) + ": " +
                              wording::capitalise(wording::join_list(there, "; ", "; and ")) + ".";
        message += risk_sentence(a, v);
        message += " Any risk " + he(a, v) +
                   " poses may reach those children too: tell the worker "
                   "for " +
                   cases_phrase(cases) + " what this case knows, and ask what they know of " +
                   him(a, v) + ".";
        Finding f = make_finding(a, kRule, risk ? Severity::high : Severity::medium, {v}, children,
                                 std::move(message), kWhy);
        f.detail = facts;
        f.actions = {contact_other_case_action(a, v, cases)};
        out.push_back(std::move(f));
      });
}

}  // namespace kinmap::rules
