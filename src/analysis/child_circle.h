// The child's circle: the people around a child whom an assessment must
// include (DESIGN.md, "The child's circle and exposure").
//
// For a focus child the circle holds every parent of any kind; every adult
// resident or staying in a home the child lives in; every adult with a
// `contact` or `care` relationship to the child; every current partner of
// those parents and carers; and every ex-partner of them who has contact with
// the child, lives with the child, or has abused someone in the circle (or
// the child). Grandparents and other relatives are in it only through those
// links. People who have died are not in it. A contact recorded as `none` is
// no link.
//
// It is a Boost.Graph query: a graph of typed links (child -> parent, child
// -> contact adult, child -> carer, child -> home, home -> resident, parent ->
// partner) is searched breadth-first from the child through a filtered_graph
// whose filter admits, from each vertex, only the links its role allows. Every
// admitted link is kept, so a person reached two ways lists both.
//
//   const CircleQuery query(family, homes, roles);
//   const ChildCircle circle = query.circle_of(family.at("c1"));
//   for (const CircleMember& m : circle.members)
//     std::cout << roles.name(m.person) << ": " << m.reason() << '\n';
//   // "Dan Price: mother's current partner, staying at the home since 2026-09"
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <optional>
#include <string>
#include <vector>

#include "analysis/homes.h"
#include "analysis/roles.h"
#include "analysis/sightings.h"
#include "family_graph.h"

namespace kinmap {

/// Why someone is in the circle; the order is the order links are listed in.
enum class CircleLinkKind {
  parent,
  household,
  care,
  contact,
  partner_of_parent,
  ex_partner_of_parent,
  seen,  ///< seen at the child's home or with the child (analysis/sightings.h)
};

struct CircleLink {
  CircleLinkKind kind = CircleLinkKind::parent;
  /// Plain English, relative to the child: "father", "mother's current
  /// partner since 2026-08", "staying at the home since 2026-09",
  /// "weekly unsupervised contact".
  std::string text;
  const Relationship* relationship =
      nullptr;  ///< the parent, contact, care or partner relationship
  std::optional<FamilyGraph::Vertex> through;  ///< partner links: whose partner they are
  std::optional<std::size_t> household;        ///< household links: which home
  const Membership* membership = nullptr;      ///< household links: the membership
  const Relationship* abuse = nullptr;  ///< an ex-partner in the circle for abusing someone in it
  const Event* event = nullptr;         ///< seen links: the latest sighting, incident or callout
  std::string seen;                     ///< seen links: "seen at the home by police, 2026-10-12"
};

struct CircleMember {
  FamilyGraph::Vertex person = 0;
  std::vector<CircleLink> links;  ///< in CircleLinkKind order, each kind in file order
  bool lives_with_child = false;

  bool has(CircleLinkKind kind) const;
  /// The links' texts, joined: "father, weekly unsupervised contact".
  std::string reason() const;
};

struct ChildCircle {
  FamilyGraph::Vertex child = 0;
  std::vector<std::size_t> homes;     ///< the households the child lives in
  std::vector<CircleMember> members;  ///< by first link kind (parents first), then person id

  const CircleMember* find(FamilyGraph::Vertex person) const;
  bool contains(FamilyGraph::Vertex person) const { return find(person) != nullptr; }
};

/// Builds the graph of typed links once; answers the circle of any child.
/// `family`, `homes` and `roles` must outlive it.
class CircleQuery {
 public:
  CircleQuery(const FamilyGraph& family, const Homes& homes, const Roles& roles);
  /// The same, with the sightings already worked out (the analysis shares one list).
  CircleQuery(const FamilyGraph& family, const Homes& homes, const Roles& roles,
              std::vector<Sighting> seen);

  ChildCircle circle_of(FamilyGraph::Vertex child) const;

  /// The typed links the search follows. Vertices 0..people-1 are people (as
  /// in FamilyGraph); the rest are households.
  enum class Step { to_parent, to_contact, to_carer, to_home, to_resident, to_partner, to_seen };
  struct StepEdge {
    Step step = Step::to_parent;
    const Relationship* relationship = nullptr;
    const Membership* membership = nullptr;
    std::size_t household = 0;
    std::size_t sighting = 0;  ///< to_seen: index into sightings_
  };
  using LinkGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                          boost::no_property, StepEdge>;

 private:
  std::string link_text(const ChildCircle& circle, FamilyGraph::Vertex person,
                        const CircleLink& link) const;

  const FamilyGraph& family_;
  const Homes& homes_;
  const Roles& roles_;
  std::vector<Sighting> sightings_;
  LinkGraph graph_;
};

/// The circle of one child, building everything it needs (for one-off use;
/// the analysis shares one CircleQuery across all focus children).
ChildCircle child_circle(const FamilyGraph& family, FamilyGraph::Vertex child);

}  // namespace kinmap
