// What the genogram will show and in what order, decided before Graphviz is
// called: the unions (each partnership, and each pair of parents with no
// recorded partnership), which children hang below which union, the left-to-
// right order of each row of partners, and which household box each person
// is drawn in. Pure C++ so it can be tested without a layout.
//
// The hard case decides the order: a man with several partners sits in the
// middle of his row, the partner he lives with next to him, then current
// partners, then the most recent; each partner's other partners go further
// out on the same side, so every union is next to the man or as close as the
// row allows and nobody is drawn twice.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "family_graph.h"

namespace kinmap {

struct GenogramUnion {
  std::string name;               ///< Graphviz node name: "union:<left id>:<right id>[:n]"
  FamilyGraph::Vertex left = 0;   ///< drawn left of the union
  FamilyGraph::Vertex right = 0;  ///< drawn right of it
  const Relationship* partnership = nullptr;  ///< null: parents with no recorded partnership
  std::vector<FamilyGraph::Vertex> children;  ///< hanging below, oldest first
  std::vector<ParentKind> kinds;              ///< the line to each child
  std::optional<std::size_t> household;       ///< both partners' box, if they share one
  /// Partners who are blood relatives of different generations (an older
  /// brother and his sister's daughter): drawn across rows, not in one row,
  /// so that each keeps their blood line's generation.
  bool across_generations = false;
};

/// A parent linked to a child without a union: a single recorded parent,
/// or a step, social or extra parent beside the union the child hangs from.
struct GenogramParentLine {
  FamilyGraph::Vertex parent = 0;
  FamilyGraph::Vertex child = 0;
  ParentKind kind = ParentKind::biological;
  const Relationship* relationship = nullptr;
};

struct GenogramPlan {
  std::vector<FamilyGraph::Vertex> people;  ///< drawn, in file order
  std::vector<GenogramUnion> unions;
  /// A single parent's lines to their children come oldest child first.
  std::vector<GenogramParentLine> parent_lines;
  /// Each row of partners: Graphviz node names (people and unions), left to right.
  std::vector<std::vector<std::string>> rows;
  /// Household boxes: household index -> the people drawn inside.
  std::vector<std::pair<std::size_t, std::vector<FamilyGraph::Vertex>>> boxes;
  /// People drawn in a box as staying rather than living there.
  std::set<FamilyGraph::Vertex> staying;
  /// People drawn in a box whose being there the family denies ("?").
  std::set<FamilyGraph::Vertex> disputed;
  /// People drawn outside every box who visit a home: household index.
  std::map<FamilyGraph::Vertex, std::size_t> visiting;
  /// People seen at a home they do not live in (the latest sighting there).
  struct SeenAt {
    std::size_t household = 0;
    PartialDate date = *PartialDate::parse("2000");
  };
  std::map<FamilyGraph::Vertex, SeenAt> seen_at;

  bool draws(FamilyGraph::Vertex v) const;
};

/// Plans the genogram of `family`; `only` (ids) limits who is drawn, empty: everyone.
GenogramPlan plan_genogram(const FamilyGraph& family, const std::set<std::string>& only);

}  // namespace kinmap
