// INVISIBLE_MAN: a man in a child's circle who is unknown to the plan's work.
//
// Lesson (Milton Keynes SCB learning bulletin, "Understanding the roles of
// men in the family"): "men within and around the family are not always
// included in the risk assessment process ... The identity of any unknown
// males in the home should be investigated." Norfolk: "Invisible /
// Unaccountable men ... services do not know who they are nor the risks they
// present".
//
// Fires once per man in any focus child's circle whose identity is unknown
// or partial, whose engagement is not_contacted, not_engaged or unknown, or
// (when there is a plan) who is not named in it; every reason is listed.
// High if he poses risk or a child he is around is under 1 or unborn, else
// medium.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "INVISIBLE_MAN";
constexpr std::string_view kWhy =
    "Reviews keep finding men around the child whom no agency had identified, contacted or "
    "assessed, so the "
    "risk they posed was never weighed.";

}  // namespace

void invisible_man(const AnalysisContext& a, Findings& out) {
  for (Vertex v = 0; v < a.family().size(); ++v) {
    const auto& children = a.circles_holding(v);
    if (children.empty() || !a.is_man(v)) continue;
    const Person& man = a.person(v);
    std::vector<std::string> reasons, actions, steps;  // steps: the actions as sentences
    switch (man.identity) {
      case Identity::unknown:
        reasons.push_back("his identity is not known");
        actions.push_back("find out who he is (full name, date of birth, address)");
        steps.push_back("Find out who " + a.name(v) + " is (full name, date of birth, address).");
        break;
      case Identity::partial:
        reasons.push_back("his identity is only partly known");
        actions.push_back("confirm who he is (full name, date of birth, address)");
        steps.push_back("Confirm who " + a.name(v) + " is (full name, date of birth, address).");
        break;
      case Identity::known:
        break;
    }
    switch (man.engagement) {
      case Engagement::not_contacted:
        reasons.push_back("he has not been contacted");
        actions.push_back("contact him");
        steps.push_back("Contact " + a.name(v) + ".");
        break;
      case Engagement::not_engaged:
        reasons.push_back("he is not engaging with services");
        actions.push_back("keep trying to engage him (and record each attempt)");
        steps.push_back("Keep trying to engage " + a.name(v) + " (and record each attempt).");
        break;
      case Engagement::unknown:
        reasons.push_back("nobody has recorded whether he has been contacted");
        actions.push_back("contact him");
        steps.push_back("Contact " + a.name(v) + ".");
        break;
      case Engagement::engaged:
      case Engagement::partial:
        break;
    }
    if (a.plan() && !a.plan_names(v)) {
      reasons.push_back("he is not named in the " + a.plan_name());
      actions.push_back("name him in the plan");
      steps.push_back(name_in_plan_action(a, v));
    }
    if (reasons.empty()) continue;
    if (man.identity != Identity::known || a.risk().poses_risk(v)) {
      actions.push_back("check what the police and children's social care hold on him");
      // Unassessed, he gets the assessment with its checks (as UNASSESSED_ADULT asks).
      steps.push_back(man.assessment.status == AssessmentStatus::complete ? checks_action(a, v)
                                                                          : assess_action(a, v));
    }

    const Vertex child = child_for(a, v, children);
    const auto predicates = a.circle_predicates(v, child);
    std::string message = a.describe(v, child);
    message += predicates.empty() ? " is one of the people around " + a.name(child)
                                  : " " + wording::join_list(predicates);
    message += ".";
    if (children.size() > 1)
      message +=
          " He is also around " + a.child_names({children.begin() + 1, children.end()}) + ".";
    message += risk_sentence(a, v);
    message += " He is not known to the work with " + a.child_names(children) + ": " +
               wording::join_list(reasons, "; ", "; and ") + ". " +
               wording::capitalise(wording::join_list(actions)) + ".";

    bool baby = false;
    for (Vertex c : children) baby = baby || a.is_baby(c);
    const Severity severity = a.risk().poses_risk(v) || baby ? Severity::high : Severity::medium;
    Finding f = make_finding(a, kRule, severity, {v}, children, std::move(message), kWhy);
    // The actions say it all: find out who he is, contact him, name him in the plan.
    f.actions = std::move(steps);
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
