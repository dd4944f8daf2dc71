#include "analysis/reviews.h"

#include <algorithm>

#include "analysis/wording.h"

namespace kinmap {
namespace {

bool lists(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool matches(const Review& review, const Finding& f) {
  return review.rule == f.rule && (review.person.empty() || lists(f.people, review.person)) &&
         (review.child.empty() || lists(f.children, review.child));
}

/// The first fact about `v` recorded as newer than `after`, described:
/// "a risk entry (2026-10-02)"; empty when there is none.
std::string newer_fact(const AnalysisContext& a, FamilyGraph::Vertex v, DayNumber after) {
  const Person& p = a.person(v);
  auto newer = [&](const std::optional<PartialDate>& d) { return d && d->first_day() > after; };
  for (const RiskFlag& flag : p.risk)
    if (newer(flag.date)) return "a risk entry (" + flag.date->to_string() + ")";
  for (const Event* e : a.events_of(v))
    if (e->date.first_day() > after)
      return "an event naming " + a.name(v) + " (" + e->date.to_string() + ")";
  for (const auto& link : a.family().outgoing(v, RelationshipType::abuse)) {
    const Relationship& r = *link.relationship;
    if (newer(r.last) || newer(r.start) || newer(r.reported)) return "abuse by " + a.name(v);
  }
  for (const auto& [h, m] : a.family().memberships(v))
    if (newer(m->from) || newer(m->to))
      return "a household change (" + (newer(m->from) ? m->from : m->to)->to_string() + ")";
  return {};
}

}  // namespace

void apply_reviews(const AnalysisContext& a, std::vector<Finding>& findings) {
  const std::vector<Review>& reviews = a.case_data().reviews;
  if (reviews.empty()) return;
  for (Finding& f : findings) {
    // The latest matching review speaks.
    const Review* chosen = nullptr;
    for (const Review& r : reviews)
      if (matches(r, f) && (!chosen || r.date.last_day() >= chosen->date.last_day())) chosen = &r;
    if (!chosen) continue;
    const std::string& who = chosen->person.empty()
                                 ? (f.people.empty() ? std::string() : f.people.front())
                                 : chosen->person;
    const auto v = who.empty() ? std::nullopt : a.family().find(who);
    const std::string since = v ? newer_fact(a, *v, chosen->date.last_day()) : std::string();
    if (!since.empty()) {
      const std::string note =
          " (Reviewed on " + chosen->date.to_string() + " as " +
          std::string(chosen->decision == ReviewDecision::accepted ? "accepted"
                                                                   : "not applicable") +
          ", but the case has recorded " + since +
          " since: the review answered the facts of its day, so look at it again.)";
      if (!f.detail.empty()) f.detail += note;
      f.message += note;
      continue;
    }
    f.review = FindingReview{std::string(spelling(chosen->decision)), chosen->reason, chosen->by,
                             chosen->date.to_string()};
  }
}

}  // namespace kinmap
