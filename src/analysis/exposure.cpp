#include "analysis/exposure.h"

#include <algorithm>
#include <queue>
#include <set>
#include <tuple>

#include "analysis/sightings.h"
#include "analysis/wording.h"

namespace kinmap {
namespace {

using Vertex = FamilyGraph::Vertex;

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
    : ExposureGraph(family, homes, roles, sightings(family, homes)) {}

ExposureGraph::ExposureGraph(const FamilyGraph& family, const Homes& homes, const Roles& roles,
                             const std::vector<Sighting>& seen)
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
        const bool staying = a.membership && a.membership->staying();
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

  // Seen at the child's home or with the child: the record says they were there.
  for (const Sighting& s : seen) add(s.person, s.child, ExposureLinkKind::seen, costs.seen, s.text);

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
  // Dijkstra from the child over the edges reversed, with a binary heap and a
  // sparse distance map: the search touches only what lies within max_cost.
  // (Boost's dijkstra_shortest_paths allocates and clears a heap index for
  // every vertex of the graph on each call: one search per focus child made
  // the analysis quadratic in a large case.) Ties need no care here: the
  // path is rebuilt from the distances alone (see path_from).
  ExposureTree tree(*this, child, max_cost);
  tree.scale_ = scale_;
  // The largest combined weight within max_cost: every unit of cost plus at most (people) hops.
  const std::int64_t bound =
      static_cast<std::int64_t>(std::max(max_cost, 0)) * scale_ + (scale_ - 1);
  using Item = std::pair<std::int64_t, Vertex>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
  tree.distance_[child] = 0;
  queue.push({0, child});
  while (!queue.empty()) {
    const auto [d, v] = queue.top();
    queue.pop();
    if (d != tree.distance_.at(v)) continue;  // a longer way, superseded
    // A child is never a step on a path to another child: only the child
    // searched toward and adults pass the search on.
    if (v != child && family_.is_child(v)) continue;
    for (auto [it, end] = boost::in_edges(v, graph_); it != end; ++it) {
      const Vertex from = boost::source(*it, graph_);
      const std::int64_t through = d + graph_[*it].weight;
      if (through > bound) continue;
      const auto [at, inserted] = tree.distance_.try_emplace(from, through);
      if (!inserted && at->second <= through) continue;
      at->second = through;
      queue.push({through, from});
    }
  }
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
      if (to != child_ && family.is_child(to)) continue;  // a child is never a step (see toward)
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
