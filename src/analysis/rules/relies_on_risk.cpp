// RELIES_ON_RISK: the plan relies on someone who poses risk or has not been
// assessed.
//
// Lesson (the seeds' kinship-care reviews): a relative doing the daily care
// was written into the plan as a protective factor while nobody had checked
// him, and an old conviction for cruelty sat in police records. The people a
// plan relies on to keep a child safe must be the first assessed, not the last.
//
// Fires once per adult in `plan.relies_on` who poses risk (see risk_profile.h)
// or whose assessment is not `complete`. High; urgent when they have an urgent
// factor. `children`: the plan's children whose circle holds them (else the
// focus children they are around).
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "RELIES_ON_RISK";
constexpr std::string_view kWhy =
    "Plans relied on relatives and partners to protect children before anyone had checked them, "
    "and the risk they posed was found only after harm.";

/// "has not been assessed", "is still being assessed", ...
std::string not_assessed(const AnalysisContext& a, Vertex v, AssessmentStatus status) {
  switch (status) {
    case AssessmentStatus::planned:
      return has(a, v) + " an assessment planned but not done";
    case AssessmentStatus::in_progress:
      return is(a, v) + " still being assessed";
    case AssessmentStatus::declined:
      return "declined to be assessed";
    case AssessmentStatus::not_required:
      return "was recorded as not needing an assessment";
    case AssessmentStatus::none:
    case AssessmentStatus::complete:
      break;
  }
  return has(a, v) + " not been assessed";
}

}  // namespace

void relies_on_risk(const AnalysisContext& a, Findings& out) {
  const Plan* plan = a.plan();
  if (!plan) return;
  const FamilyGraph& family = a.family();
  std::vector<Vertex> seen;
  for (const std::string& id : plan->relies_on) {
    const auto found = family.find(id);
    if (!found || !family.is_adult(*found) || a.person(*found).deceased()) continue;
    const Vertex v = *found;
    if (std::find(seen.begin(), seen.end(), v) != seen.end()) continue;
    seen.push_back(v);
    const bool risk = a.risk().poses_risk(v);
    const Assessment& assessment = a.person(v).assessment;
    const bool assessed = assessment.status == AssessmentStatus::complete;
    if (!risk && assessed) continue;

    // The plan's children this person is around (a big case's plan may
    // cover many families), else the focus children they are around.
    std::vector<Vertex> children;
    for (Vertex c : a.circles_holding(v))
      if (a.is_plan_child(c)) children.push_back(c);
    if (children.empty()) children = a.children_around({v});
    const std::string names = a.child_names(children);
    std::string message = "The " + a.plan_name() + " relies on " + describe_among(a, v, children) +
                          " to keep " + names + " safe, but " + a.name(v);
    std::vector<std::string> why;
    if (risk) why.push_back(risk_clause(a, v));
    if (!assessed) why.push_back(not_assessed(a, v, assessment.status));
    message += " " + wording::join_list(why) + ".";
    const bool urgent = risk && a.risk().urgent(v);
    message += urgent ? " The record includes " + a.risk().urgent_summary(v) + ": do not rely on " +
                            him(a, v) +
                            " until an urgent risk assessment is done, and make other "
                            "arrangements for " +
                            names + " now."
                      : " Complete police and children's social care checks and an assessment of " +
                            a.name(v) + " before the plan depends on " + him(a, v) +
                            ", and record who else keeps " + names + " safe meanwhile.";
    Finding f = make_finding(a, kRule, urgent ? Severity::urgent : Severity::high, {v}, children,
                             std::move(message), kWhy);
    f.detail = "The " + a.plan_name() + " relies on " + a.name(v) + " to keep " + names +
               " safe, but " + a.name(v) + " " + wording::join_list(why) + ".";
    if (urgent)
      f.actions = {"Do not rely on " + a.name(v) +
                       " until an urgent risk assessment is done, and make other arrangements "
                       "for " +
                       names + " now.",
                   urgent_assessment_action(a, v)};
    else
      f.actions = {assess_action(a, v), "Record who else keeps " + names + " safe until " +
                                            a.name(v) + " has been assessed."};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
