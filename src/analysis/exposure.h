// Exposure: how a person can reach a child (DESIGN.md, "The child's circle
// and exposure").
//
// The exposure graph has one vertex per person and an edge X -> Y for every
// way X can get to Y, each with a cost from the risk model
// (RiskModel::exposure_costs()):
//   - lives in the same home (resident or staying), both ways      same_household
//   - a carer to the child they look after                          care
//   - a contact adult to the child, unsupervised or not recorded    unsupervised_contact
//   - a contact adult to the child, supervised                      supervised_contact
//   - the current (or on-off, or status-unrecorded) partner of
//     someone a child lives with, to that child                     partner_of_resident
//   - a parent to their child when no contact is recorded at all,
//     they do not live together and do not care for the child       parent_no_contact
// A contact recorded as `none` is no edge, and neither is a parent whose
// contact is recorded as `none`: the record says there is no contact.
// People who have died have no edges. A child is never a step on a path to
// another child: the path's people between its two ends are adults.
//
// The exposure path from a person to a child is the cheapest path (Dijkstra,
// run from the child over the reversed graph, stopping at the cost bound).
//
// Tie-breaking, so the same case always gives the same path:
//   1. the lowest total cost;
//   2. among equally cheap paths, the fewest steps (each edge weighs
//      cost x (people + 1) + 1 inside the search, so hops break cost ties
//      without ever outweighing a unit of cost);
//   3. among those, the path is built from the person toward the child,
//      taking at each step the link kind first in the list above (same home,
//      care, unsupervised contact, partner, supervised contact, parent), then
//      the next person with the alphabetically smallest id, then the link
//      recorded first.
// So the result never depends on the order the search's heap pops equal keys.
//
//   const ExposureGraph exposure(family, homes, roles);
//   const ExposureTree tree = exposure.toward(mia, model.thresholds().max_exposure_cost);
//   if (auto path = tree.path_from(ryan)) std::cout << path->format(roles);
//   // "Ryan Cole → Mia (weekly unsupervised contact)"
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/homes.h"
#include "analysis/roles.h"
#include "analysis/sightings.h"
#include "family_graph.h"

namespace kinmap {

/// Ways to reach a child, in tie-breaking order.
enum class ExposureLinkKind {
  same_household,
  care,
  unsupervised_contact,
  partner_of_resident,
  supervised_contact,
  parent_no_contact,
  seen,  ///< seen at the child's home or with the child (analysis/sightings.h)
};

struct ExposureEdge {
  ExposureLinkKind kind = ExposureLinkKind::same_household;
  int cost = 0;             ///< from the risk model
  std::int64_t weight = 0;  ///< cost x (people + 1) + 1: what the search adds up
  std::string label;        ///< "weekly unsupervised contact", "current partner of Mia's mother"
};

struct ExposurePath {
  std::vector<FamilyGraph::Vertex> people;  ///< from the person to the child
  std::vector<std::string> links;           ///< links[i] joins people[i] and people[i + 1]
  std::vector<ExposureLinkKind> kinds;      ///< the kind of each link
  int cost = 0;

  /// "Ryan Cole → Mia (weekly unsupervised contact)", names from `roles`.
  std::string format(const Roles& roles) const;
};

class ExposureTree;

class ExposureGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                      boost::no_property, ExposureEdge>;

  /// `family` must outlive this object; `homes` and `roles` are used while building.
  ExposureGraph(const FamilyGraph& family, const Homes& homes, const Roles& roles);
  /// The same, with the sightings already worked out (the analysis shares one list).
  ExposureGraph(const FamilyGraph& family, const Homes& homes, const Roles& roles,
                const std::vector<Sighting>& seen);

  /// The cheapest paths to `child` from everyone who can reach it at a cost
  /// of at most `max_cost`. Touches only the vertices within that cost.
  ExposureTree toward(FamilyGraph::Vertex child, int max_cost) const;

  const Graph& graph() const { return graph_; }
  const FamilyGraph& family() const { return family_; }

 private:
  const FamilyGraph& family_;
  Graph graph_;
  std::int64_t scale_ = 1;  ///< people + 1
};

/// The result of one search toward a child. Holds a reference to its graph.
class ExposureTree {
 public:
  FamilyGraph::Vertex child() const { return child_; }
  int max_cost() const { return max_cost_; }
  /// The total cost from `person` to the child, if within max_cost.
  std::optional<int> cost_from(FamilyGraph::Vertex person) const;
  /// The cheapest path from `person` to the child (see the tie-breaking in
  /// exposure.h); nothing when the person is the child or cannot reach it
  /// within max_cost.
  std::optional<ExposurePath> path_from(FamilyGraph::Vertex person) const;
  /// Everyone who reaches the child within max_cost, the child excluded, by vertex.
  std::vector<FamilyGraph::Vertex> reached() const;

 private:
  friend class ExposureGraph;
  ExposureTree(const ExposureGraph& graph, FamilyGraph::Vertex child, int max_cost)
      : graph_(&graph), child_(child), max_cost_(max_cost) {}
  std::optional<std::int64_t> distance(FamilyGraph::Vertex v) const;

  const ExposureGraph* graph_;
  FamilyGraph::Vertex child_;
  int max_cost_;
  std::int64_t scale_ = 1;
  std::unordered_map<FamilyGraph::Vertex, std::int64_t> distance_;
};

}  // namespace kinmap
