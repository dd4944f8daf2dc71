#include "analysis/sightings.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "analysis/wording.h"

namespace kinmap {

bool counts_as_seen(const FamilyGraph& family, const Event& e) {
  if (e.type != EventType::sighting && e.type != EventType::incident &&
      e.type != EventType::police_callout)
    return false;
  const DayNumber as_of = family.as_of();
  const int window = family.model().thresholds().sighting_window_months;
  return e.date.first_day() <= as_of && e.date.last_day() >= months_before(as_of, window);
}

std::vector<Sighting> sightings(const FamilyGraph& family, const Homes& homes) {
  using Vertex = FamilyGraph::Vertex;
  std::map<std::pair<Vertex, Vertex>, Sighting> latest;
  const auto& households = family.case_data().households;
  auto note = [&](Vertex person, Vertex child, const Event& e, bool at_home) {
    if (person == child || !family.is_adult(person) || !family.is_child(child)) return;
    if (family.person(person).deceased() || homes.live_together(person, child)) return;
    auto [it, fresh] = latest.try_emplace({person, child});
    Sighting& s = it->second;
    // The latest event wins; at the same date, being at the home says more.
    if (!fresh && (e.date.last_day() < s.event->date.last_day() ||
                   (e.date.last_day() == s.event->date.last_day() && s.at_home >= at_home)))
      return;
    s = Sighting{person, child, &e, at_home, {}};
  };
  std::unordered_map<std::string_view, std::size_t> household_at;
  for (std::size_t h = 0; h < households.size(); ++h) household_at.emplace(households[h].id, h);
  for (const Event& e : family.case_data().events) {
    if (!counts_as_seen(family, e)) continue;
    std::vector<Vertex> named;
    for (const std::string& id : e.people)
      if (const auto v = family.find(id)) named.push_back(*v);
    if (const auto h = household_at.find(e.household); h != household_at.end())
      for (const auto& resident : homes.residents(h->second))
        for (Vertex p : named) note(p, resident.person, e, true);
    for (Vertex c : named)
      if (family.is_child(c))
        for (Vertex p : named) note(p, c, e, false);
  }
  std::vector<Sighting> out;
  out.reserve(latest.size());
  for (auto& [pair, s] : latest) {
    const Event& e = *s.event;
    s.text = std::string("seen ") + (s.at_home ? "at the home" : "with the child");
    if (!e.source.empty()) s.text += " by " + wording::source_name(e.source);
    s.text += ", " + e.date.to_string();
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace kinmap
