#include "genogram_bands.h"

#include <algorithm>
#include <boost/pending/disjoint_sets.hpp>
#include <map>

#include "drawing_size.h"

namespace kinmap {
namespace {

using Vertex = FamilyGraph::Vertex;

// Rough sizes, measured on large_family (A3 at 0.55): a person in a row,
// with the household boxes and their labels round them; a generation (the
// people, then the union points); the title and the key.
constexpr double kPersonPoints = 140;
constexpr double kGenerationPoints = 115;
constexpr double kTitleAndKeyPoints = 200;
/// Below this scale on A3 (names at 4.5 pt, by the rough sizes above) even
/// the best bands leave names too small to read, and a connected drawing
/// costs Graphviz far more than separate ones (2,900 people: 51 s, not
/// 16 s): a family that large is left in one row. large_family comes out
/// at 0.58 by these sizes (0.62 laid out).
constexpr double kWorthWrapping = 0.45;

/// Who is drawn a generation below whom, and who shares a row: the
/// constraints the ranks follow (genogram.cpp: a union below its partners,
/// children below the union, single parents' lines two ranks long).
struct Generations {
  std::vector<std::pair<Vertex, Vertex>> parent_child;
  std::vector<std::vector<Vertex>> rows;
  std::map<Vertex, int> down;  ///< generations above each person
  std::map<Vertex, int> up;    ///< generations below each person

  Generations(const FamilyGraph& family, const GenogramPlan& plan) {
    for (const GenogramUnion& drawn : plan.unions)
      for (Vertex child : drawn.children) {
        parent_child.emplace_back(drawn.left, child);
        parent_child.emplace_back(drawn.right, child);
      }
    for (const auto& line : plan.parent_lines) parent_child.emplace_back(line.parent, line.child);
    for (const auto& row : plan.rows) {
      rows.emplace_back();
      for (const auto& name : row)
        if (auto v = family.find(name)) rows.back().push_back(*v);
    }
    for (Vertex v : plan.people) down[v] = up[v] = 0;
    relax(down, false);
    relax(up, true);
  }

 private:
  /// Longest paths from the top (or, `reverse`, from the bottom), rows
  /// level. Stops after as many rounds as people, should a partnership
  /// across generations make the rows impossible to keep.
  void relax(std::map<Vertex, int>& depth, bool reverse) {
    for (std::size_t round = 0; round <= depth.size(); ++round) {
      bool changed = false;
      for (auto [parent, child] : parent_child) {
        if (reverse) std::swap(parent, child);
        if (depth[child] < depth[parent] + 1) {
          depth[child] = depth[parent] + 1;
          changed = true;
        }
      }
      for (const auto& row : rows) {
        int level = 0;
        for (Vertex v : row) level = std::max(level, depth[v]);
        for (Vertex v : row)
          if (depth[v] != level) {
            depth[v] = level;
            changed = true;
          }
      }
      if (!changed) return;
    }
  }
};

std::vector<GenogramBranch> find_branches(const FamilyGraph& family, const GenogramPlan& plan) {
  std::map<Vertex, std::size_t> rank;
  std::map<Vertex, Vertex> parent;
  boost::associative_property_map<std::map<Vertex, std::size_t>> rank_map(rank);
  boost::associative_property_map<std::map<Vertex, Vertex>> parent_map(parent);
  boost::disjoint_sets sets(rank_map, parent_map);
  for (Vertex v : plan.people) sets.make_set(v);
  for (const GenogramUnion& drawn : plan.unions) {
    sets.union_set(drawn.left, drawn.right);
    for (Vertex child : drawn.children) sets.union_set(drawn.left, child);
  }
  for (const auto& line : plan.parent_lines) sets.union_set(line.parent, line.child);
  for (const auto& [household, inside] : plan.boxes)
    for (Vertex v : inside) sets.union_set(inside.front(), v);
  // Abuse, contact and care lines too: in one band they stay short; from
  // one band to another they would cross every home in between.
  for (const Relationship& r : family.case_data().relationships) {
    const auto from = family.find(r.from);
    const auto to = family.find(r.to);
    if (from && to && plan.draws(*from) && plan.draws(*to)) sets.union_set(*from, *to);
  }

  const Generations generations(family, plan);
  std::map<Vertex, std::size_t> branch_of;  // representative -> index
  std::vector<GenogramBranch> branches;
  for (Vertex v : plan.people) {  // file order
    const auto [it, fresh] = branch_of.emplace(sets.find_set(v), branches.size());
    if (fresh) branches.emplace_back();
    branches[it->second].people.push_back(v);
  }
  for (GenogramBranch& branch : branches) {
    std::map<int, std::size_t> per_generation;
    int deepest = -1;
    for (Vertex v : branch.people) {
      const int g = generations.down.at(v);
      branch.widest = std::max(branch.widest, ++per_generation[g]);
      if (g > deepest) {  // the end of a longest line of descent
        deepest = g;
        branch.bottom = v;
      }
    }
    branch.generations = deepest + 1;
    // The top: first in the family, then on the longest line of descent.
    branch.top = branch.people.front();
    int highest = -1;
    for (Vertex v : branch.people)
      if (generations.down.at(v) == 0 && generations.up.at(v) > highest) {
        highest = generations.up.at(v);
        branch.top = v;
      }
  }
  return branches;
}

/// How large names can print on A3 landscape with bands `width` people
/// across and `generations` down, roughly (sizes above).
double zoom_on_page(std::size_t width, int generations) {
  const PageSize a3 = page_points(Page::a3);
  const double across = a3.height - 2 * kPageMargin;
  const double down = a3.width - 2 * kPageMargin;
  return std::min(across / (static_cast<double>(width) * kPersonPoints),
                  down / (generations * kGenerationPoints + kTitleAndKeyPoints));
}

/// Branches in order, a new band whenever the next would pass `limit` people across.
std::vector<std::vector<std::size_t>> fill_bands(const std::vector<GenogramBranch>& branches,
                                                 std::size_t limit) {
  std::vector<std::vector<std::size_t>> bands;
  std::size_t used = 0;
  for (std::size_t b = 0; b < branches.size(); ++b) {
    if (bands.empty() || used + branches[b].widest > limit) {
      bands.emplace_back();
      used = 0;
    }
    bands.back().push_back(b);
    used += branches[b].widest;
  }
  return bands;
}

std::pair<std::size_t, int> extent(const std::vector<GenogramBranch>& branches,
                                   const std::vector<std::vector<std::size_t>>& bands) {
  std::size_t width = 0;
  int generations = 0;
  for (const auto& band : bands) {
    std::size_t across = 0;
    int down = 0;
    for (std::size_t b : band) {
      across += branches[b].widest;
      down = std::max(down, branches[b].generations);
    }
    width = std::max(width, across);
    generations += down;
  }
  return {width, generations};
}

}  // namespace

FamilyGraph::Vertex GenogramBands::anchor(std::size_t b) const {
  const std::vector<std::size_t>& band = bands.at(b);
  std::size_t deepest = band.front();
  for (std::size_t i : band)
    if (branches[i].generations > branches[deepest].generations) deepest = i;
  return branches[deepest].bottom;
}

GenogramBands plan_bands(const FamilyGraph& family, const GenogramPlan& plan) {
  GenogramBands out;
  if (plan.people.empty()) return out;
  out.branches = find_branches(family, plan);
  std::size_t total = 0, widest = 0;
  for (const GenogramBranch& branch : out.branches) {
    total += branch.widest;
    widest = std::max(widest, branch.widest);
  }
  const auto one_band = fill_bands(out.branches, total);
  out.bands = one_band;
  const auto [width, generations] = extent(out.branches, out.bands);
  out.across = width;
  double best = zoom_on_page(width, generations);
  if (best >= 1) return out;  // fits the page as it is
  // Narrower bands while that brings the page closer; the fewest bands
  // among equals.
  for (std::size_t limit = total; limit-- > widest;) {
    auto bands = fill_bands(out.branches, limit);
    const auto [w, g] = extent(out.branches, bands);
    const double zoom = zoom_on_page(w, g);
    if (zoom > best + 1e-9) {
      best = zoom;
      out.bands = std::move(bands);
    }
  }
  if (best < kWorthWrapping) {  // still far too small to read: leave it as it was
    out.bands = one_band;
    return out;
  }
  out.wide = true;
  out.across = extent(out.branches, out.bands).first;
  return out;
}

}  // namespace kinmap
