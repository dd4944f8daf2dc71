// RISK_TO_CHILD: someone who poses risk can reach a focus child.
//
// Lesson (Milton Keynes SCB, "Understanding the impact on children living
// with domestic abuse"): "Often abuse against the mother is not recognised as
// a child protection issue, so assessments focus on the needs of the mother,
// rather than the safety of the children." Leeds: "Assessing the risk of an
// individual needs to be linked in with the assessment they present to all
// vulnerable family members."
//
// Fires once per person and focus child when the person has a factor that
// poses risk (see risk_profile.h) and an exposure path to the child costing
// at most `max_exposure_cost`. Urgent when a factor is marked urgent in the
// risk model (threats to kill, non-fatal strangulation, history of harming a
// child, registered sex offender), else high. `path` holds the path.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "RISK_TO_CHILD";
constexpr std::string_view kWhy =
    "Risk recorded against an adult is often assessed only for the adult victim, not for the "
    "children that "
    "adult can reach.";

}  // namespace

void risk_to_child(const AnalysisContext& a, Findings& out) {
  for (Vertex v = 0; v < a.family().size(); ++v) {
    if (!a.risk().poses_risk(v)) continue;
    for (Vertex child : a.children_reached_by(v)) {
      const auto path = a.exposure(v, child);
      if (!path) continue;
      const bool urgent = a.risk().urgent(v);
      const std::string& name = a.name(child);
      std::string message = a.describe(v, child) + " can reach " + name + ": " +
                            path->format(a.roles()) + "." + risk_sentence(a, v);
      if (urgent)
        message += " The record includes " + a.risk().urgent_summary(v) +
                   ": arrange an urgent risk assessment and check now that the current "
                   "arrangements keep " +
                   name + " safe.";
      else if (a.homes().live_together(v, child))
        message += " Make sure the assessment and the plan say how this affects " + name +
                   ", and what support and safeguards are in place at home.";
      else
        message += " Make sure the assessment and the plan deal with the risk " + he(a, v) +
                   " poses to " + name + " directly, not only through the adults who protect " +
                   name + ".";
      Finding f = make_finding(a, kRule, urgent ? Severity::urgent : Severity::high, {v}, {child},
                               std::move(message), kWhy);
      f.path = a.ids(path->people);
      f.reach = path->format(a.roles());
      if (urgent)
        f.actions = {urgent_assessment_action(a, v), safe_now_action(a, v)};
      else if (a.homes().live_together(v, child))
        f.actions = {"Make sure the assessment and the plan say how the risk from " + a.name(v) +
                     " affects the children " + he(a, v) +
                     " lives with, and what support and "
                     "safeguards are in place at home."};
      else
        f.actions = {"Make sure the assessment and the plan deal with the risk " + a.name(v) +
                     " poses to each child " + he(a, v) +
                     " can reach directly, not only through the adults who protect them."};
      out.push_back(std::move(f));
    }
  }
}

}  // namespace kinmap::rules
