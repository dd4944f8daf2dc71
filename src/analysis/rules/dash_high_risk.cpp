// DASH_HIGH_RISK: a high-risk DASH with no MARAC referral after it.
//
// Lesson (Buckinghamshire SCB, Baby E): "When a domestic abuse risk
// assessment is carried out (DASH), the assessment should include a full
// account and history of all household members." The risk model: 14 or more
// "yes" answers is high risk and a MARAC referral (Norfolk: "Application of
// the MARAC and MAPPA processes").
//
// Fires once per DASH whose yes answers (`yes_count`, else the true answers)
// reach the risk model's `high_risk_yes_count`, when no `marac_referral`
// event concerning the victim or perpetrator (or naming nobody) is dated on
// or after it. `people` is the victim, then the perpetrator where recorded.
// Urgent.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "DASH_HIGH_RISK";
constexpr std::string_view kWhy =
    "A high-risk DASH means a risk of serious harm or homicide; without a MARAC referral the "
    "agencies around "
    "the family do not share a safety plan.";

}  // namespace

void dash_high_risk(const AnalysisContext& a, Findings& out) {
  const int threshold = a.thresholds().dash_high_risk_yes_count;
  for (const DashAssessment& dash : a.case_data().dash) {
    const int yes = dash.yes_answers();
    if (yes < threshold) continue;
    const auto victim = a.family().find(dash.victim);
    if (!victim) continue;
    std::vector<Vertex> people{*victim};
    if (!dash.perpetrator.empty())
      if (const auto p = a.family().find(dash.perpetrator)) people.push_back(*p);
    const std::string about = people.size() > 1 ? " about " + a.name(people[1]) : std::string();
    if (marac_referral_since(a, dash.date.first_day(), people)) continue;
    std::vector<Vertex> children = a.children_around(people);
    if (children.empty()) children = a.focus();
    std::vector<Vertex> with_victim{*victim};
    with_victim.insert(with_victim.end(), children.begin(), children.end());
    const std::string result =
        " on " + dash.date.to_string() + " had " + std::to_string(yes) + " \"yes\" answers" +
        about + " (" + std::to_string(threshold) +
        " or more means high risk and a MARAC referral), and no MARAC referral is recorded since.";
    const std::string refer =
        "Refer to MARAC now and put safety measures in place for " + a.child_names(with_victim);
    std::string message = "A DASH risk assessment with " + describe_among(a, *victim, children) +
                          result + " " + refer +
                          "; if a referral was made, record it as a marac_referral event.";
    Finding f =
        make_finding(a, kRule, Severity::urgent, people, children, std::move(message), kWhy);
    f.detail = "A DASH risk assessment with " + a.name(*victim) + result;
    f.actions = {refer + ".", "If a referral about " + a.name(*victim) +
                                  " was made, record it as a marac_referral event."};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
