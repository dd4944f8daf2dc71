// SOLE_PROTECTOR: the plan relies only on the mother (and/or the children)
// while someone who abused her or poses risk still reaches a child.
//
// Lesson (Buckinghamshire SCB and Milton Keynes SCB, "Avoiding an
// over-reliance on a mother's ability to protect her children"): "There is
// the danger that child protection plans focus too much on the mother's
// ability to protect her children." Leeds, "Family members as assumed
// protective factors": practitioners should "avoid placing unrealistic
// expectations on them".
//
// Fires when `plan.relies_on` is not empty and lists only mothers of the
// plan's children and children; once per person (not relied on) who has
// abused a relied-on mother or poses risk and reaches a plan child within
// `max_exposure_cost`. `people` is the person relied on (the mother first),
// then the person who reaches the child. High.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "SOLE_PROTECTOR";
constexpr std::string_view kWhy =
    "Plans that rest on a mother's ability to protect leave the abuser's risk unmanaged and put on her, and on "
    "the children, a burden they cannot carry.";

}  // namespace

void sole_protector(const AnalysisContext& a, Findings& out) {
  const Plan* plan = a.plan();
  if (!plan || plan->relies_on.empty()) return;
  const auto& plan_children = a.plan_children();
  std::vector<Vertex> relied, mothers;
  for (const std::string& id : plan->relies_on) {
    const auto v = a.family().find(id);
    if (!v) return;
    bool mother = false;
    for (Vertex c : plan_children) mother = mother || a.is_mother(*v, c);
    if (!mother && !a.family().is_child(*v)) return;  // someone else shares the load
    relied.push_back(*v);
    if (mother) mothers.push_back(*v);
  }
  const Vertex protector = mothers.empty() ? relied.front() : mothers.front();

  for (Vertex v = 0; v < a.family().size(); ++v) {
    if (std::find(relied.begin(), relied.end(), v) != relied.end()) continue;
    const Relationship* abuse = nullptr;
    Vertex abused = protector;
    for (const auto& link : a.family().outgoing(v, RelationshipType::abuse))
      if (!abuse && std::find(mothers.begin(), mothers.end(), link.person) != mothers.end()) {
        abuse = link.relationship;
        abused = link.person;
      }
    if (!abuse && !a.risk().poses_risk(v)) continue;
    std::vector<Vertex> children;
    for (Vertex c : a.children_reached_by(v))
      if (std::find(plan_children.begin(), plan_children.end(), c) != plan_children.end()) children.push_back(c);
    if (children.empty()) continue;
    std::optional<ExposurePath> path;
    for (Vertex c : children) {
      auto p = a.exposure(v, c);
      if (p && (!path || p->cost < path->cost)) path = std::move(p);
    }
    const Vertex child = children.front();
    const Vertex first_relied = abuse ? abused : protector;
    std::string on_whom = mothers.empty() ? a.child_names(relied) + " themselves"
                                          : describe_among(a, first_relied, plan_children);
    std::vector<Vertex> others;
    for (Vertex r : relied)
      if (r != first_relied) others.push_back(r);
    if (!mothers.empty() && !others.empty()) on_whom += " and " + a.child_names(others);
    std::string message = "The " + a.plan_name() + " for " + a.child_names(plan_children) + " relies only on " +
                          on_whom + " to keep " + (plan_children.size() == 1 ? a.name(child) : "them") +
                          " safe, while " + a.describe(v, child);
    if (abuse) {
      const std::string forms = wording::abuse_forms(*abuse);
      message += ", who has abused " + a.name(abused) + (forms.empty() ? "" : " (" + forms + ")") + ",";
    } else {
      message += ", who is recorded as a risk (" + a.risk().labels(v) + "),";
    }
    message += " can still reach " + a.child_names(children) + ": " + path->format(a.roles()) + ".";
    message += " Add actions for " + a.name(v) + " " + (a.person(v).sex == Sex::unknown ? "themselves" : a.person(v).sex == Sex::male ? "himself" : "herself") +
               " (assessment, checks, contact arrangements, work on " + his(a, v) +
               " behaviour) and agree who else will keep the children safe.";
    Finding f = make_finding(a, kRule, Severity::high, {first_relied, v}, children, std::move(message), kWhy);
    f.path = a.ids(path->people);
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
