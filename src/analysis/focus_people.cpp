#include "analysis/focus_people.h"

namespace kinmap {

std::set<std::string> focus_people(const AnalysisContext& context, FamilyGraph::Vertex child) {
  const FamilyGraph& family = context.family();
  std::set<std::string> ids{family.person(child).id};
  const ChildCircle circle =
      context.is_focus(child) ? context.circle(child) : child_circle(family, child);
  for (const CircleMember& member : circle.members) ids.insert(family.person(member.person).id);
  for (const auto& parent : family.parents(child)) {
    ids.insert(family.person(parent.person).id);
    for (const auto& grandparent : family.parents(parent.person))
      ids.insert(family.person(grandparent.person).id);
  }
  for (const auto& own_child : family.children(child))
    ids.insert(family.person(own_child.person).id);
  // The circle is about the adults; the drawing also needs the child's
  // brothers and sisters and everyone else living in the child's homes.
  for (const auto& sibling : family.siblings(child)) ids.insert(family.person(sibling.person).id);
  for (std::size_t home : family.households_of(child, family.as_of()))
    for (const auto& member : family.members_on(home, family.as_of()))
      ids.insert(family.person(member.person).id);
  return ids;
}

}  // namespace kinmap
