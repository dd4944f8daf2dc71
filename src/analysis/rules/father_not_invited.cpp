// FATHER_NOT_INVITED: a father or father figure of a plan child was not
// invited to the conference.
//
// Lesson (Norfolk Safeguarding Children Partnership): "fathers are invited to
// child protection conferences only 55% of the time. Known violent fathers
// are not contacted by social workers prior to meetings 38% of the time."
//
// When a plan exists, fires once per living male parent of any kind of a
// plan child who is not in `plan.invited`. Medium.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "FATHER_NOT_INVITED";
constexpr std::string_view kWhy =
    "Fathers, including violent fathers, are often left out of conferences, so the risk they pose "
    "is not weighed.";

std::string meeting(const AnalysisContext& a) {
  const Plan* plan = a.plan();
  if (!plan->type) return "conference";
  switch (*plan->type) {
    case PlanType::child_protection:
      return "child protection conference";
    case PlanType::child_in_need:
      return "child in need meetings";
    case PlanType::early_help:
      return "early help meetings";
    case PlanType::safety_plan:
      return "safety planning meetings";
  }
  return "conference";
}

}  // namespace

void father_not_invited(const AnalysisContext& a, Findings& out) {
  if (!a.plan()) return;
  std::map<Vertex, std::vector<Vertex>> not_invited;
  for (Vertex child : a.plan_children())
    for (Vertex father : a.fathers(child))
      if (!a.plan_invites(father)) not_invited[father].push_back(child);
  for (const auto& [father, children] : not_invited) {
    const std::string fact = " is not recorded as invited to the " + meeting(a) + " for " +
                             a.child_names(children) + ".";
    std::string message =
        a.describe(father, child_for(a, father, children)) + fact +
        " Invite him, or record why it is not safe to and how his views, and any risk he poses, "
        "will be heard.";
    Finding f =
        make_finding(a, kRule, Severity::medium, {father}, children, std::move(message), kWhy);
    // The action says it all.
    f.actions = {"Invite " + a.name(father) + " to the " + meeting(a) +
                 ", or record why it is not safe to and how his views, and any risk he poses, "
                 "will be heard."};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
