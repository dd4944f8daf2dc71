#include "analysis/homes.h"

#include <algorithm>

namespace kinmap {
namespace {

bool lives(const Membership& m, DayNumber day) {
  return m.current_on(day) && m.status != MemberStatus::visitor;
}

}  // namespace

Homes::Homes(const FamilyGraph& family)
    : homes_(family.size()), residents_(family.case_data().households.size()) {
  const Case& c = family.case_data();
  for (std::size_t h = 0; h < c.households.size(); ++h)
    for (const Membership& m : c.households[h].members) {
      const auto v = family.find(m.person);
      if (!v || family.person(*v).deceased() || !lives(m, family.as_of())) continue;
      // A person listed twice in one household (two spells) lives there once.
      if (lives_in(*v, h)) continue;
      homes_[*v].push_back({h, &m});
      residents_[h].push_back({*v, &m});
    }
  for (Vertex v = 0; v < family.size(); ++v) {
    if (!family.is_unborn(v) || !homes_[v].empty()) continue;
    for (const auto& parent : family.parents(v, {ParentKind::biological, ParentKind::presumed})) {
      if (family.person(parent.person).sex != Sex::female) continue;
      for (const Home& home : homes_[parent.person]) {
        homes_[v].push_back({home.household, nullptr});
        residents_[home.household].push_back({v, nullptr});
      }
      break;
    }
  }
}

bool Homes::lives_in(Vertex v, std::size_t h) const {
  return std::any_of(homes_[v].begin(), homes_[v].end(),
                     [h](const Home& home) { return home.household == h; });
}

bool Homes::live_together(Vertex a, Vertex b) const {
  return std::any_of(homes_[a].begin(), homes_[a].end(),
                     [&](const Home& home) { return lives_in(b, home.household); });
}

}  // namespace kinmap
