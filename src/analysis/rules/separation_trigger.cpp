// SEPARATION_TRIGGER: an abusive partnership recently ended (or on-off), and
// the ex-partner still reaches a child.
//
// Lesson (Leeds thematic learning, "Relationship breakdown"): "When a
// relationship breaks down, or at the point of separation ... risk is
// greatest both for the victim and any wider family members."
// Buckinghamshire: "There have been a number of high profile cases where
// children have been killed during contact visits."
//
// Fires once per partnership with an `abuse` relationship between the two
// partners when it is `on_off`, or ended (separated, divorced or ended) with
// its `to` date or a `separation` event of the two within
// `separation_window_months` of as_of; and the partner who abused the other
// reaches a focus child within `max_exposure_cost`. `people` is the one who
// reaches the child, then the other partner. High.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "SEPARATION_TRIGGER";
constexpr std::string_view kWhy =
    "Separation is when risk to the victim and the children is greatest: violence tends to "
    "escalate, and "
    "children have been killed during contact after a relationship ended.";

/// When the partnership ended within the window, the date it ended.
std::optional<PartialDate> ended_within_window(const AnalysisContext& a, const Relationship& r) {
  const DayNumber window_start = months_before(a.as_of(), a.thresholds().separation_window_months);
  auto within = [&](const PartialDate& d) {
    return d.last_day() >= window_start && d.first_day() <= a.as_of();
  };
  std::optional<PartialDate> found;
  if (r.end && within(*r.end)) found = r.end;
  for (const Event* e : a.events_of(a.family().at(r.from)))
    if (e->type == EventType::separation && e->involves(r.to) && within(e->date))
      if (!found || e->date.last_day() > found->last_day()) found = e->date;
  return found;
}

}  // namespace

void separation_trigger(const AnalysisContext& a, Findings& out) {
  for (const Relationship& r : a.case_data().relationships) {
    if (r.type != RelationshipType::partner) continue;
    const Vertex first = a.family().at(r.from), second = a.family().at(r.to);
    const bool on_off = r.status == PartnerStatus::on_off;
    std::optional<PartialDate> ended;
    if (!on_off) {
      if (!r.partnership_over()) continue;
      ended = ended_within_window(a, r);
      if (!ended) continue;
    }
    for (const auto& [abuser, victim] : {std::pair{first, second}, std::pair{second, first}}) {
      const Relationship* abuse = nullptr;
      for (const auto& link : a.family().outgoing(abuser, RelationshipType::abuse))
        if (link.person == victim && !abuse) abuse = link.relationship;
      if (!abuse) continue;
      const auto& children = a.children_reached_by(abuser);
      if (children.empty()) continue;
      const auto path = a.cheapest_exposure(abuser);
      const Vertex child = path->people.back();
      const std::string within =
          on_off ? std::string()
                 : " in " + ended->to_string() + ", within the last " +
                       wording::count(
                           static_cast<std::size_t>(a.thresholds().separation_window_months),
                           "month", "months");
      std::string message = a.describe(abuser, child);
      message += on_off ? " and " + a.describe(victim, child) + " are in an on-off relationship"
                        : " separated from " + a.describe(victim, child) + within;
      std::string detail = a.name(abuser);
      detail += on_off ? " and " + a.name(victim) + " are in an on-off relationship"
                       : " separated from " + a.name(victim) + within;
      const std::string forms = wording::abuse_forms(*abuse);
      const std::string abused = ". " + a.name(abuser) + " has abused " + a.name(victim) +
                                 (forms.empty() ? "" : " (" + forms + ")") +
                                 " and can still reach " + a.child_names(children);
      message += abused + ": " + path->format(a.roles()) + ".";
      detail += abused + ".";
      message +=
          " Separation is when risk is greatest: review the risk assessment and safety plan with " +
          a.name(victim) + " now, seeing " + him(a, victim) +
          " alone, and check the contact arrangements for " + a.child_names(children) + ".";
      Finding f = make_finding(a, kRule, Severity::high, {abuser, victim}, children,
                               std::move(message), kWhy);
      f.path = a.ids(path->people);
      f.detail = std::move(detail);
      f.actions = {"Review the risk assessment and safety plan with " + a.name(victim) +
                       " now, seeing " + him(a, victim) + " alone.",
                   "Check the contact arrangements between " + a.name(abuser) + " and " +
                       a.child_names(children) + "."};
      out.push_back(std::move(f));
    }
  }
}

}  // namespace kinmap::rules
