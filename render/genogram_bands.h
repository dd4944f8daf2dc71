// How a wide family is wrapped so that it prints legibly: its branches
// (people joined by partnerships, parenthood, a shared home or any line
// between them; the mother's family and the father's family when nothing
// joins them) are packed into
// bands stacked top to bottom, like lines of text, each branch keeping its
// own generations on their own rows. Left alone, Graphviz puts every branch
// side by side in one long row (large_family came out 3,600 pt wide: names
// at 3 pt on A3).
//
//   const GenogramBands bands = plan_bands(family, plan);
//   for (std::size_t b = 1; b < bands.bands.size(); ++b)
//     ...  // hold band b below bands.anchor(b - 1): an invisible edge
//
// Pure C++, decided from the plan before Graphviz is called, from rough
// sizes (people per generation), so it can be tested without a layout.
#pragma once

#include <cstddef>
#include <vector>

#include "family_graph.h"
#include "genogram_plan.h"

namespace kinmap {

struct GenogramBranch {
  std::vector<FamilyGraph::Vertex> people;  ///< in file order
  int generations = 1;
  std::size_t widest = 1;  ///< the most people in one generation
  /// A person in the branch's first generation from whom the longest line
  /// of descent starts (so nothing in the branch is drawn above them), and
  /// the person at its end (nothing is drawn below them).
  FamilyGraph::Vertex top = 0;
  FamilyGraph::Vertex bottom = 0;
};

struct GenogramBands {
  std::vector<GenogramBranch> branches;  ///< in file order of their first person
  /// Branch indices, band by band from the top, left to right in each.
  std::vector<std::vector<std::size_t>> bands;
  /// The family would be too wide for an A3 page at full size in one row,
  /// but not so large that it could never be read there: it is drawn
  /// compact (tighter spacing, short household labels, a wide key),
  /// whether or not it was wrapped. False: one band, drawn as it always was.
  bool wide = false;
  /// The most people side by side in one generation of one band.
  std::size_t across = 0;

  /// The person drawn lowest in band `b` (its deepest branch's bottom).
  FamilyGraph::Vertex anchor(std::size_t b) const;
};

/// The branches of `plan`'s drawing and the bands that make it closest in
/// shape to a landscape page. One band unless the family is wide.
GenogramBands plan_bands(const FamilyGraph& family, const GenogramPlan& plan);

}  // namespace kinmap
