#include "analysis/exposure.h"

#include <algorithm>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/property_map/property_map.hpp>
#include <limits>
#include <set>
#include <tuple>

#include "analysis/wording.h"

namespace kinmap {
namespace {

using Vertex = FamilyGraph::Vertex;
constexpr std::int64_t kUnreached = std::numeric_limits<std::int64_t>::max();

/// A distance map that holds only the vertices the search reaches; every
/// other vertex reads as unreached. Keeps one child's search local.
struct SparseDistance {
  using key_type = Vertex;
  using value_type = std::int64_t;
  using reference = std::int64_t;
  using category = boost::read_write_property_map_tag;
  std::unordered_map<Vertex, std::int64_t>* map = nullptr;
};

std::int64_t get(const SparseDistance& m, Vertex v) {
  const auto it = m.map->find(v);
  return it == m.map->end() ? kUnreached : it->second;
}

void put(const SparseDistance& m, Vertex v, std::int64_t d) {
  (*m.map)[v] = d;
}

/// Admits, in the reversed graph, only edges whose forward target is the child
/// searched toward or an adult: a child is never a step on the way to another
/// child (a toddler with contact does not carry risk to a sibling).
struct NoChildInBetween {
  const FamilyGraph* family = nullptr;
  const boost::reverse_graph<ExposureGraph::Graph>* reversed = nullptr;
  Vertex child = 0;
  template <typename Edge>
  bool operator()(const Edge& e) const {
    const Vertex via = boost::source(e, *reversed);  // the forward edge's target
    return via == child || !family->is_child(via);
  }
};

/// Adds weights, but anything past the bound counts as unreached, so the
/// search never extends beyond the cost that matters.
struct BoundedSum {
  std::int64_t bound = kUnreached;
  std::int64_t operator()(std::int64_t a, std::int64_t b) const {
    if (a == kUnreached || b == kUnreached) return kUnreached;
    const std::int64_t sum = a + b;
    return sum > bound ? kUnreached : sum;
  }
};

bool alive(const FamilyGraph& family, Vertex v) {
  return !family.person(v).deceased();
}

}  // namespace

std::string ExposurePath::format(const Roles& roles) const {
  std::string out;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (i > 0) out += " \u2192 ";
    out += roles.name(people[i]);
    if (i > 0) out += " (" + links[i - 1] + ")";
  }
  return out;
}

ExposureGraph::ExposureGraph(const FamilyGraph& family, const Homes& homes, const Roles& roles)
    : family_(family), graph_(family.size()), scale_(static_cast<std::int64_t>(family.size()) + 1) {
  const ExposureCosts& costs = family.model().exposure_costs();
  auto add = [&](Vertex from, Vertex to, ExposureLinkKind kind, int cost, std::string label) {
    const std::int64_t weight = static_cast<std::int64_t>(cost) * scale_ + 1;
    boost::add_edge(from, to, ExposureEdge{kind, cost, weight, std::move(label)}, graph_);
  };

  // Living in the same home, both ways, once per pair however many homes they share.
  std::set<std::pair<Vertex, Vertex>> together;
  for (std::size_t h = 0; h < family.case_data().households.size(); ++h) {
    const auto& residents = homes.residents(h);
    for (const auto& a : residents)
      for (const auto& b : residents) {
        if (a.person == b.person || !together.emplace(a.person, b.person).second) continue;
        const bool staying = a.membership && a.membership->status == MemberStatus::staying;
        add(a.person, b.person, ExposureLinkKind::same_household, costs.same_household,
            staying ? "staying in the same home" : "lives in the same home");
      }
  }

  for (const Relationship& r : family.case_data().relationships) {
    const auto from = family.find(r.from);
    const auto to = family.find(r.to);
    if (!from || !to || *from == *to || !alive(family, *from) || !alive(family, *to)) continue;
    switch (r.type) {
      case RelationshipType::care:
        if (r.frequency != Frequency::none)
          add(*from, *to, ExposureLinkKind::care, costs.care, wording::care_phrase(r));
        break;
      case RelationshipType::contact:
        if (r.frequency == Frequency::none) break;
        if (r.supervised.value_or(false))
          add(*from, *to, ExposureLinkKind::supervised_contact, costs.supervised_contact,
              wording::contact_phrase(r));
        else
          add(*from, *to, ExposureLinkKind::unsupervised_contact, costs.unsupervised_contact,
              wording::contact_phrase(r));
        break;
      default:
        break;
    }
  }

  // The partner of someone a child lives with reaches that child.
  std::set<std::pair<Vertex, Vertex>> partner_edges;
  for (const Relationship& r : family.case_data().relationships) {
    if (r.type != RelationshipType::partner) continue;
    const auto status = family.partnership_status_on(r, family.as_of());
    if (!status || r.partnership_over()) continue;
    if (*status != PartnerStatus::current && *status != PartnerStatus::on_off &&
        *status != PartnerStatus::unknown)
      continue;
    const Vertex a = family.at(r.from), b = family.at(r.to);
    if (a == b || !alive(family, a) || !alive(family, b)) continue;
    const std::string how = *status == PartnerStatus::on_off ? "on-off partner of "
                            : *status == PartnerStatus::unknown
                                ? "partner (status not recorded) of "
                                : "current partner of ";
    for (const auto& [partner, resident] : {std::pair{a, b}, std::pair{b, a}})
      for (const auto& home : homes.of(resident)) {
        if (!home.membership) continue;  // an unborn child's expected home
        for (const auto& other : homes.residents(home.household)) {
          const Vertex child = other.person;
          if (child == partner || !family.is_child(child) || homes.live_together(partner, child))
            continue;
          if (!partner_edges.emplace(partner, child).second) continue;
          // A child's own partner (a teenager's boyfriend) reaches them directly.
          const std::string whose = roles.possessive_relation(resident, child);
          std::string label = resident == child
                                  ? how.substr(0, how.size() - 4)
                                  : how + (whose.empty() ? roles.name(resident) : whose);
          add(partner, child, ExposureLinkKind::partner_of_resident, costs.partner_of_resident,
              std::move(label));
        }
      }
  }

  // A parent with no contact recorded can still reach their child.
  for (Vertex child = 0; child < family.size(); ++child) {
    if (!family.is_child(child) || !alive(family, child)) continue;
    for (const auto& parent : family.parents(child)) {
      const Vertex p = parent.person;
      if (p == child || !alive(family, p) || homes.live_together(p, child)) continue;
      bool recorded = false;
      for (const auto& contact : family.incoming(child, RelationshipType::contact))
        recorded = recorded || contact.person == p;
      for (const auto& care : family.incoming(child, RelationshipType::care))
        recorded =
            recorded || (care.person == p && care.relationship->frequency != Frequency::none);
      if (recorded) continue;
      bool already = false;  // two parent records (biological and step) give one edge
      for (auto [it, end] = boost::out_edges(p, graph_); it != end; ++it)
        already = already || (boost::target(*it, graph_) == child &&
                              graph_[*it].kind == ExposureLinkKind::parent_no_contact);
      if (already) continue;
      add(p, child, ExposureLinkKind::parent_no_contact, costs.parent_no_contact,
          std::string(Roles::parent_word(parent.relationship->kind, family.person(p).sex)) +
              ", no contact recorded");
    }
  }
}

ExposureTree ExposureGraph::toward(FamilyGraph::Vertex child, int max_cost) const {
  ExposureTree tree(*this, child, max_cost);
  tree.scale_ = scale_;
  const auto reversed = boost::make_reverse_graph(graph_);
  SparseDistance distance{&tree.distance_};
  put(distance, child, 0);
  std::unordered_map<Vertex, boost::default_color_type> colours;
  boost::associative_property_map<std::unordered_map<Vertex, boost::default_color_type>> colour(
      colours);
  // The largest combined weight within max_cost: every unit of cost plus at most (people) hops.
  const std::int64_t bound =
      static_cast<std::int64_t>(std::max(max_cost, 0)) * scale_ + (scale_ - 1);
  const auto view =
      boost::make_filtered_graph(reversed, NoChildInBetween{&family_, &reversed, child});
  boost::dijkstra_shortest_paths_no_init(
      view, child, boost::dummy_property_map(), distance, boost::get(&ExposureEdge::weight, view),
      boost::get(boost::vertex_index, view), std::less<std::int64_t>(), BoundedSum{bound},
      std::int64_t{0}, boost::default_dijkstra_visitor(), colour);
  for (auto it = tree.distance_.begin(); it != tree.distance_.end();)
    it = it->second == kUnreached ? tree.distance_.erase(it) : std::next(it);
  return tree;
}

std::optional<std::int64_t> ExposureTree::distance(FamilyGraph::Vertex v) const {
  const auto it = distance_.find(v);
  if (it == distance_.end()) return std::nullopt;
  return it->second;
}

std::optional<int> ExposureTree::cost_from(FamilyGraph::Vertex person) const {
  const auto d = distance(person);
  if (!d) return std::nullopt;
  return static_cast<int>(*d / scale_);
}

std::optional<ExposurePath> ExposureTree::path_from(FamilyGraph::Vertex person) const {
  if (person == child_) return std::nullopt;
  const auto start = distance(person);
  if (!start) return std::nullopt;
  const auto& g = graph_->graph();
  const FamilyGraph& family = graph_->family();
  ExposurePath path;
  path.people.push_back(person);
  path.cost = static_cast<int>(*start / scale_);
  Vertex at = person;
  std::int64_t left = *start;
  while (at != child_) {
    std::optional<ExposureGraph::Graph::edge_descriptor> best;
    auto key = [&](const ExposureGraph::Graph::edge_descriptor& e) {
      return std::make_tuple(static_cast<int>(g[e].kind),
                             std::string_view(family.person(boost::target(e, g)).id));
    };
    for (auto [it, end] = boost::out_edges(at, g); it != end; ++it) {
      const Vertex to = boost::target(*it, g);
      if (to != child_ && family.is_child(to)) continue;  // see NoChildInBetween
      const auto next = distance(to);
      if (!next || *next + g[*it].weight != left) continue;
      if (!best || key(*it) < key(*best)) best = *it;
    }
    if (!best) return std::nullopt;  // cannot happen: a reached vertex has a tight edge onward
    path.links.push_back(g[*best].label);
    path.kinds.push_back(g[*best].kind);
    left -= g[*best].weight;
    at = boost::target(*best, g);
    path.people.push_back(at);
  }
  return path;
}

std::vector<FamilyGraph::Vertex> ExposureTree::reached() const {
  std::vector<FamilyGraph::Vertex> out;
  for (const auto& [v, d] : distance_)
    if (v != child_) out.push_back(v);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kinmap
