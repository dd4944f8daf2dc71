// Who lives where on `as_of`, indexed once for the whole analysis.
//
// FamilyGraph answers "which households is this person in?" by scanning every
// household; the analysis asks it of every person, so it keeps this index
// instead. Living in a home means being a current `resident` or `staying`
// member; a `visitor` does not live there. An unborn child with no household
// of its own is taken to live where its mother lives: the baby will be born
// into that home, and the men there are the ones reviews found unassessed.
#pragma once

#include <cstddef>
#include <vector>

#include "family_graph.h"

namespace kinmap {

class Homes {
 public:
  using Vertex = FamilyGraph::Vertex;

  struct Home {
    std::size_t household = 0;               ///< index into Case::households
    const Membership* membership = nullptr;  ///< null for an unborn child's expected home
  };

  struct Resident {
    Vertex person = 0;
    const Membership* membership = nullptr;  ///< null for an unborn child's expected home
  };

  explicit Homes(const FamilyGraph& family);

  /// The homes `v` lives in on as_of, in household order.
  const std::vector<Home>& of(Vertex v) const { return homes_[v]; }
  /// Who lives in household `h` on as_of, in member order (unborn children last).
  const std::vector<Resident>& residents(std::size_t h) const { return residents_[h]; }
  /// True when `a` and `b` live in a common home.
  bool live_together(Vertex a, Vertex b) const;
  /// True when `v` lives in household `h`.
  bool lives_in(Vertex v, std::size_t h) const;

 private:
  std::vector<std::vector<Home>> homes_;
  std::vector<std::vector<Resident>> residents_;
};

}  // namespace kinmap
