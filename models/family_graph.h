// The family as a graph: one vertex per person, one edge per relationship,
// directed as Relationship describes (parent -> child, carer -> child,
// abuser -> abused, ...). Owns the Case it was built from.
//
// Everything later stages ask of the family is answered here, once, so the
// analysis and the genogram agree on who is a child, who lives where and who
// is whose partner.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "case.h"
#include "life_stage.h"
#include "risk_model.h"

namespace kinmap {

struct PersonVertex {
  std::size_t person = 0;  ///< index into Case::people
};

struct RelationshipEdge {
  std::size_t relationship = 0;  ///< index into Case::relationships
  RelationshipType type = RelationshipType::other;
};

using FamilyAdjacency = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                              PersonVertex, RelationshipEdge>;

class FamilyGraph {
 public:
  using Vertex = FamilyAdjacency::vertex_descriptor;
  using Edge = FamilyAdjacency::edge_descriptor;

  /// A person reached through a relationship.
  struct Link {
    Vertex person;
    const Relationship* relationship;
  };

  struct Sibling {
    enum class Kind { full, half, other };  ///< other: recorded, or through a non-biological parent
    Vertex person;
    Kind kind;
  };

  struct Member {
    Vertex person;
    const Membership* membership;
  };

  /// `c` must have loaded without errors (all references resolve).
  explicit FamilyGraph(Case c, const RiskModel& model = RiskModel::builtin());

  FamilyGraph(const FamilyGraph&) = delete;
  FamilyGraph& operator=(const FamilyGraph&) = delete;
  FamilyGraph(FamilyGraph&&) = default;

  /// The case as loaded, except events dated after as_of (see later_events).
  const Case& case_data() const { return case_; }
  /// Events dated after as_of, in file order: left out of the analysis.
  const std::vector<Event>& later_events() const { return later_events_; }
  const FamilyAdjacency& graph() const { return graph_; }
  const RiskModel& model() const { return *model_; }
  std::size_t size() const { return case_.people.size(); }
  DayNumber as_of() const { return case_.as_of_day(); }

  const Person& person(Vertex v) const { return case_.people[graph_[v].person]; }
  const Relationship& relationship(Edge e) const {
    return case_.relationships[graph_[e].relationship];
  }
  std::optional<Vertex> find(std::string_view id) const;
  /// The vertex of `id`; throws std::out_of_range when there is none.
  Vertex at(std::string_view id) const;
  std::vector<Vertex> vertices() const;

  // Age and life stage at as_of.
  std::optional<int> age(Vertex v) const { return age_on(v, as_of()); }
  std::optional<int> age_on(Vertex v, DayNumber day) const;
  LifeStage stage(Vertex v) const { return stages_[v]; }
  bool is_unborn(Vertex v) const { return stages_[v] == LifeStage::unborn; }
  bool is_child(Vertex v) const { return stages_[v] != LifeStage::adult; }  ///< unborn included
  bool is_adult(Vertex v) const { return stages_[v] == LifeStage::adult; }
  /// No born/age/expected: the stage is inferred (see life_stage.h).
  bool age_assumed(Vertex v) const;

  // Relationships of one type, leaving or arriving at v, in file order.
  std::vector<Link> outgoing(Vertex v, RelationshipType type) const;
  std::vector<Link> incoming(Vertex v, RelationshipType type) const;
  /// The same, as views into the graph (no copy): the analysis asks these
  /// hundreds of thousands of times on a big case.
  std::span<const Link> outgoing_links(Vertex v, RelationshipType type) const {
    return links_of(out_links_, out_start_, v, type);
  }
  std::span<const Link> incoming_links(Vertex v, RelationshipType type) const {
    return links_of(in_links_, in_start_, v, type);
  }

  /// Parents of any kind in `kinds` (all kinds when empty), in file order.
  std::vector<Link> parents(Vertex child, std::initializer_list<ParentKind> kinds = {}) const;
  std::vector<Link> children(Vertex parent, std::initializer_list<ParentKind> kinds = {}) const;
  /// Every partnership of v, whatever its status, in file order.
  std::vector<Link> partners(Vertex v) const;
  /// Partners whose partnership stands at `day` (see partnership_status_on).
  std::vector<Link> current_partners(Vertex v) const;
  /// The status of a partnership on `day`: before `from` there was none;
  /// between `from` and `to` it was current; after `to`, or at as_of, the
  /// recorded status holds.
  std::optional<PartnerStatus> partnership_status_on(const Relationship& partnership,
                                                     DayNumber day) const;
  /// Siblings by shared parents, plus recorded `sibling` relationships.
  std::vector<Sibling> siblings(Vertex v) const;
  /// v's biological parents, for telling full siblings from half siblings.
  std::set<Vertex> birth_parents(Vertex v) const;
  /// How `other` is a sibling of `v` (as siblings(v) would say), or nothing;
  /// looks only at the two people's own links.
  std::optional<Sibling::Kind> sibling_kind(Vertex v, Vertex other) const;
  /// Every ancestor through parent links of any kind, nearest first.
  std::vector<Vertex> ancestors(Vertex v) const;

  // Households.
  std::vector<Member> members_on(std::size_t household, DayNumber day) const;
  /// Households v belongs to on `day` (index into Case::households).
  std::vector<std::size_t> households_of(Vertex v, DayNumber day) const;
  /// Every membership of `v`, past and present: (household index, membership).
  const std::vector<std::pair<std::size_t, const Membership*>>& memberships(Vertex v) const {
    return memberships_[v];
  }
  bool share_household(Vertex a, Vertex b, DayNumber day) const;

  /// The children the case is about: `case.focus`, else the plan's children,
  /// else every child.
  std::vector<Vertex> focus_children() const;
  bool is_focus(Vertex v) const;

 private:
  Case case_;
  std::vector<Event> later_events_;
  const RiskModel* model_;
  FamilyAdjacency graph_;
  /// Looked up by string_view without building a string (find() is hot).
  struct IdHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
  };
  std::unordered_map<std::string, Vertex, IdHash, std::equal_to<>> by_id_;
  std::vector<LifeStage> stages_;
  std::vector<Vertex> focus_;
  std::vector<bool> is_focus_;  ///< by vertex
  /// Each person's household memberships (household index, membership), in
  /// file order, so "where does v live" never scans every household.
  std::vector<std::vector<std::pair<std::size_t, const Membership*>>> memberships_;
  /// Every vertex's links leaving (arriving), grouped by vertex, then by
  /// type, then in file order; vertex v's are [start[v], start[v + 1]).
  std::vector<Link> out_links_, in_links_;
  std::vector<std::size_t> out_start_, in_start_;
  static std::span<const Link> links_of(const std::vector<Link>& links,
                                        const std::vector<std::size_t>& start, Vertex v,
                                        RelationshipType type);
};

}  // namespace kinmap
