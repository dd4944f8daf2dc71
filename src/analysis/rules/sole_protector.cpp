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
    "Plans that rest on a mother's ability to protect leave the abuser's risk unmanaged and the "
    "burden on her.";

}  // namespace

void sole_protector(const AnalysisContext& a, Findings& out) {
  const Plan* plan = a.plan();
  if (!plan || plan->relies_on.empty()) return;
  const FamilyGraph& family = a.family();
  // Everyone relied on must be a mother of a plan child, or a child.
  std::vector<Vertex> relied;
  std::vector<bool> is_relied(family.size(), false), is_relied_mother(family.size(), false);
  for (const std::string& id : plan->relies_on) {
    const auto v = family.find(id);
    if (!v) return;
    bool mother = false;
    for (const auto& link : family.children(*v))
      mother = mother || (a.is_plan_child(link.person) && a.is_mother(*v, link.person));
    if (!mother && !family.is_child(*v)) return;  // someone else shares the load
    relied.push_back(*v);
    is_relied[*v] = true;
    is_relied_mother[*v] = mother;
  }

  for (Vertex v = 0; v < family.size(); ++v) {
    if (is_relied[v]) continue;
    const Relationship* abuse = nullptr;
    std::optional<Vertex> abused;
    for (const auto& link : family.outgoing(v, RelationshipType::abuse))
      if (!abuse && is_relied_mother[link.person]) {
        abuse = link.relationship;
        abused = link.person;
      }
    if (!abuse && !a.risk().poses_risk(v)) continue;
    std::vector<Vertex> children;
    for (Vertex c : a.children_reached_by(v))
      if (a.is_plan_child(c)) children.push_back(c);
    if (children.empty()) continue;
    std::optional<ExposurePath> path;
    for (Vertex c : children) {
      auto p = a.exposure(v, c);
      if (p && (!path || p->cost < path->cost)) path = std::move(p);
    }

    // Who the plan leans on, for these children: the mother he abused, else
    // a relied-on mother of one of them, else the children themselves.
    std::optional<Vertex> protector = abused;
    for (Vertex c : children)
      for (const auto& link : family.parents(c))
        if (!protector && is_relied_mother[link.person]) protector = link.person;
    std::vector<Vertex> relied_children;
    for (Vertex r : relied)
      if (family.is_child(r)) relied_children.push_back(r);
    const Vertex child = children.front();
    std::string on_whom, on_whom_named;
    if (protector) {
      on_whom = describe_among(a, *protector, children);
      on_whom_named = a.name(*protector);
      if (!relied_children.empty()) {
        on_whom += " and " + a.child_names(relied_children);
        on_whom_named += " and " + a.child_names(relied_children);
      }
    } else {
      on_whom = a.child_names(relied_children) + " themselves";
      on_whom_named = on_whom;
    }
    const std::string relies = "The " + a.plan_name() + " relies only on " + on_whom + " to keep " +
                               a.child_names(children) + " safe";
    std::string message = relies + ", while " + a.describe(v, child);
    if (abuse) {
      const std::string forms = wording::abuse_forms(*abuse);
      const std::string who_abused =
          ", who has abused " + a.name(*abused) + (forms.empty() ? "" : " (" + forms + ")") + ",";
      message += who_abused;
    } else {
      message += ", who " + risk_clause(a, v) + ",";
    }
    const std::string reach = " can still reach " + (children.size() == 1 ? a.name(child) : "them");
    message += reach + ": " + path->format(a.roles()) + ".";
    message += " Add actions for " + a.name(v) + " " +
               (a.person(v).sex == Sex::unknown ? "themselves"
                : a.person(v).sex == Sex::male  ? "himself"
                                                : "herself") +
               " (assessment, checks, contact arrangements, work on " + his(a, v) +
               " behaviour) and agree who else will keep the children safe.";
    Finding f = make_finding(a, kRule, Severity::high, {protector ? *protector : relied.front(), v},
                             children, std::move(message), kWhy);
    f.path = a.ids(path->people);
    // The actions say it all: actions for him, and someone besides her.
    f.actions = {plan_actions_action(a, v), "Agree who else, besides " + on_whom_named +
                                                ", will keep " + a.child_names(children) +
                                                " safe."};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
