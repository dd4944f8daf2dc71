// Adults seen at a child's home or with the child (DESIGN.md, the circle):
// a `sighting`, `incident` or `police_callout` naming them, with the child's
// household or naming the child, within `sighting_window_months` of as_of.
// The record already says who was there; the circle and the exposure paths
// use it (the man seen taking the child to school reaches the child).
// Events dated after as_of are never counted.
#pragma once

#include <string>
#include <vector>

#include "analysis/homes.h"
#include "family_graph.h"

namespace kinmap {

struct Sighting {
  FamilyGraph::Vertex person = 0;  ///< the adult seen
  FamilyGraph::Vertex child = 0;   ///< the child they were seen with, or at whose home
  const Event* event = nullptr;    ///< the most recent such event
  bool at_home = false;            ///< at the child's home (else with the child)
  /// "seen at the home by police, 2026-10-12", "seen with Leo by school, 2026-10-03".
  std::string text;
};

/// One entry per (adult, child) pair, the latest event for it; in person,
/// then child order.
std::vector<Sighting> sightings(const FamilyGraph& family, const Homes& homes);

/// True when `e` is a sighting, incident or callout dated within the
/// sighting window of as_of and not after it.
bool counts_as_seen(const FamilyGraph& family, const Event& e);

}  // namespace kinmap
