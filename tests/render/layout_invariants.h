// The layout invariants of DESIGN.md ("The diagram") checked on a laid-out
// genogram (laid_out.h): partners share a rank; every child is below each
// of its parents; no two person shapes overlap; every resident is inside the
// box of the first home they live in, and nobody else is. Shared by the
// layout tests and the layout probe (fuzz/layout_probe.cpp), which runs them
// on generated cases.
//
// One exception is written out here, on purpose apart from the renderer's
// own rule so that the test does not just repeat the code it checks:
// partners who are blood relatives of different generations (an older
// brother partnered with his sister's daughter) cannot share a rank without
// moving one of them off their blood line's row, so the drawing keeps the
// generations and draws the partnership across rows.
#pragma once

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "family_graph.h"
#include "render/laid_out.h"

namespace kinmap::testing {

struct LayoutViolations {
  std::vector<std::string> partners_apart;
  std::vector<std::string> children_not_below;
  std::vector<std::string> overlaps;
  std::vector<std::string> boxes;

  std::size_t count() const {
    return partners_apart.size() + children_not_below.size() + overlaps.size() + boxes.size();
  }
  std::vector<std::string> all() const {
    std::vector<std::string> out = partners_apart;
    for (const auto* list : {&children_not_below, &overlaps, &boxes})
      out.insert(out.end(), list->begin(), list->end());
    return out;
  }
};

/// Ancestors of `v` through birth and adoption, with how many generations up.
inline std::map<FamilyGraph::Vertex, int> blood_ancestors(const FamilyGraph& family,
                                                          FamilyGraph::Vertex v) {
  std::map<FamilyGraph::Vertex, int> up;
  std::vector<std::pair<FamilyGraph::Vertex, int>> todo{{v, 0}};
  while (!todo.empty()) {
    const auto [person, depth] = todo.back();
    todo.pop_back();
    for (const auto& link : family.parents(
             person, {ParentKind::biological, ParentKind::presumed, ParentKind::adoptive})) {
      auto [it, fresh] = up.emplace(link.person, depth + 1);
      if (!fresh && it->second >= depth + 1) continue;
      it->second = depth + 1;
      todo.push_back({link.person, depth + 1});
    }
  }
  up[v] = 0;
  return up;
}

/// Partners who are blood relatives of different generations: a shared
/// ancestor (or one the other's ancestor) at different distances.
inline bool partners_across_generations(const FamilyGraph& family, FamilyGraph::Vertex a,
                                        FamilyGraph::Vertex b) {
  const auto up_a = blood_ancestors(family, a);
  const auto up_b = blood_ancestors(family, b);
  for (const auto& [ancestor, depth] : up_a)
    if (auto it = up_b.find(ancestor); it != up_b.end() && it->second != depth) return true;
  return false;
}

inline LayoutViolations layout_violations(const FamilyGraph& family, const LaidOut& drawing) {
  LayoutViolations out;
  const auto drawn = [&](const std::string& id) { return drawing.nodes.count(id) > 0; };
  for (const Relationship& r : family.case_data().relationships) {
    if (!drawn(r.from) || !drawn(r.to)) continue;
    if (r.type == RelationshipType::partner &&
        std::abs(drawing.node(r.from).centre.y - drawing.node(r.to).centre.y) > 0.5 &&
        !partners_across_generations(family, family.at(r.from), family.at(r.to)))
      out.partners_apart.push_back(r.from + " and " + r.to +
                                   " are partners but are drawn on different rows");
    if (r.type == RelationshipType::parent &&
        drawing.node(r.to).centre.y >= drawing.node(r.from).centre.y)
      out.children_not_below.push_back(r.to + " is not drawn below their parent " + r.from + " (" +
                                       std::string(spelling(r.kind)) + ")");
  }

  const auto& people = family.case_data().people;
  for (std::size_t i = 0; i < people.size(); ++i)
    for (std::size_t j = i + 1; j < people.size(); ++j) {
      if (!drawn(people[i].id) || !drawn(people[j].id)) continue;
      const auto& a = drawing.node(people[i].id);
      const auto& b = drawing.node(people[j].id);
      const bool apart = std::abs(a.centre.x - b.centre.x) >= (a.width + b.width) / 2 - 0.5 ||
                         std::abs(a.centre.y - b.centre.y) >= (a.height + b.height) / 2 - 0.5;
      if (!apart) out.overlaps.push_back(people[i].id + " and " + people[j].id + " overlap");
    }

  const auto& households = family.case_data().households;
  std::set<std::string> boxed;  // a person is drawn in the first home they live in
  for (std::size_t h = 0; h < households.size(); ++h)
    for (const auto& member : family.members_on(h, family.as_of())) {
      if (member.membership->status != MemberStatus::resident) continue;
      const std::string& id = family.person(member.person).id;
      if (!drawn(id) || !boxed.insert(id).second) continue;
      const auto box = drawing.boxes.find("cluster_" + households[h].id);
      if (box == drawing.boxes.end())
        out.boxes.push_back("no box for household " + households[h].id);
      else if (!box->second.contains(drawing.node(id)))
        out.boxes.push_back(id + " lives at " + households[h].id + " but is drawn outside its box");
    }
  // And nobody who does not live or stay there is drawn inside a box.
  for (const auto& [name, box] : drawing.boxes) {
    if (name == "cluster_family") continue;
    const std::string household = name.substr(std::string("cluster_").size());
    for (const Person& p : people) {
      if (!drawn(p.id) || !box.contains(drawing.node(p.id))) continue;
      bool member = false;
      for (std::size_t h = 0; h < households.size(); ++h)
        if (households[h].id == household)
          for (const auto& m : family.members_on(h, family.as_of()))
            member = member || (family.person(m.person).id == p.id &&
                                m.membership->status != MemberStatus::visitor);
      if (!member)
        out.boxes.push_back(p.id + " is drawn inside " + name + " but does not live there");
    }
  }
  return out;
}

}  // namespace kinmap::testing
