#include "family_graph.h"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <deque>
#include <iterator>
#include <set>
#include <stdexcept>

namespace kinmap {
namespace {

bool kind_in(ParentKind kind, std::initializer_list<ParentKind> kinds) {
  return kinds.size() == 0 || std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

}  // namespace

FamilyGraph::FamilyGraph(Case c, const RiskModel& model)
    : case_(std::move(c)), model_(&model), graph_(case_.people.size()) {
  // An event dated after as_of had not happened on the day the analysis
  // speaks for: `check` warns about it, and nothing counts it.
  const DayNumber day = case_.as_of_day();
  const auto later =
      std::stable_partition(case_.events.begin(), case_.events.end(),
                            [&](const Event& e) { return e.date.first_day() <= day; });
  later_events_.assign(std::make_move_iterator(later), std::make_move_iterator(case_.events.end()));
  case_.events.erase(later, case_.events.end());
  for (std::size_t i = 0; i < case_.people.size(); ++i) {
    graph_[i].person = i;
    by_id_.emplace(case_.people[i].id, i);
  }
  std::vector<bool> has_parent(case_.people.size(), false);
  std::vector<std::pair<Vertex, Vertex>> ends;  // per relationship; size() when dangling
  ends.reserve(case_.relationships.size());
  out_start_.assign(size() + 1, 0);
  in_start_.assign(size() + 1, 0);
  for (std::size_t i = 0; i < case_.relationships.size(); ++i) {
    const Relationship& r = case_.relationships[i];
    const auto from = by_id_.find(r.from);
    const auto to = by_id_.find(r.to);
    if (from == by_id_.end() || to == by_id_.end()) {
      ends.emplace_back(size(), size());
      continue;
    }
    boost::add_edge(from->second, to->second, RelationshipEdge{i, r.type}, graph_);
    if (r.type == RelationshipType::parent) has_parent[to->second] = true;
    ends.emplace_back(from->second, to->second);
    ++out_start_[from->second + 1];
    ++in_start_[to->second + 1];
  }
  // The links by vertex (a counting sort keeps file order), then by type.
  auto group = [&](std::vector<Link>& links, std::vector<std::size_t>& start, bool leaving) {
    for (std::size_t v = 0; v < size(); ++v) start[v + 1] += start[v];
    links.resize(start[size()]);
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < ends.size(); ++i) {
      const auto [from, to] = ends[i];
      if (from == size()) continue;
      links[next[leaving ? from : to]++] = {leaving ? to : from, &case_.relationships[i]};
    }
    for (std::size_t v = 0; v < size(); ++v)
      std::stable_sort(
          links.begin() + static_cast<std::ptrdiff_t>(start[v]),
          links.begin() + static_cast<std::ptrdiff_t>(start[v + 1]),
          [](const Link& a, const Link& b) { return a.relationship->type < b.relationship->type; });
  };
  group(out_links_, out_start_, true);
  group(in_links_, in_start_, false);
  stages_.reserve(case_.people.size());
  for (std::size_t i = 0; i < case_.people.size(); ++i)
    stages_.push_back(
        life_stage(case_.people[i], as_of(), has_parent[i], model.thresholds().adult_age));

  for (const auto& id : case_.info.focus)
    if (const auto v = find(id)) focus_.push_back(*v);
  if (focus_.empty() && case_.plan)
    for (const auto& id : case_.plan->children)
      if (const auto v = find(id); v && is_child(*v)) focus_.push_back(*v);
  if (focus_.empty())
    for (Vertex v = 0; v < size(); ++v)
      if (is_child(v)) focus_.push_back(v);
  is_focus_.assign(size(), false);
  for (Vertex v : focus_) is_focus_[v] = true;

  memberships_.resize(size());
  for (std::size_t h = 0; h < case_.households.size(); ++h)
    for (const Membership& m : case_.households[h].members)
      if (const auto v = find(m.person)) memberships_[*v].emplace_back(h, &m);
}

std::optional<FamilyGraph::Vertex> FamilyGraph::find(std::string_view id) const {
  const auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

FamilyGraph::Vertex FamilyGraph::at(std::string_view id) const {
  if (const auto v = find(id)) return *v;
  throw std::out_of_range("no person with id \"" + std::string(id) + "\"");
}

std::vector<FamilyGraph::Vertex> FamilyGraph::vertices() const {
  std::vector<Vertex> out(size());
  for (Vertex v = 0; v < size(); ++v) out[v] = v;
  return out;
}

std::optional<int> FamilyGraph::age_on(Vertex v, DayNumber day) const {
  return kinmap::age_on(person(v), as_of(), day);
}

bool FamilyGraph::age_assumed(Vertex v) const {
  const Person& p = person(v);
  return !p.born && !p.age && !p.expected;
}

std::span<const FamilyGraph::Link> FamilyGraph::links_of(const std::vector<Link>& links,
                                                         const std::vector<std::size_t>& start,
                                                         Vertex v, RelationshipType type) {
  const auto first = links.begin() + static_cast<std::ptrdiff_t>(start[v]);
  const auto last = links.begin() + static_cast<std::ptrdiff_t>(start[v + 1]);
  const auto lo =
      std::partition_point(first, last, [&](const Link& l) { return l.relationship->type < type; });
  const auto hi =
      std::partition_point(lo, last, [&](const Link& l) { return l.relationship->type == type; });
  return {lo, hi};
}

std::vector<FamilyGraph::Link> FamilyGraph::outgoing(Vertex v, RelationshipType type) const {
  const auto links = outgoing_links(v, type);
  return {links.begin(), links.end()};
}

std::vector<FamilyGraph::Link> FamilyGraph::incoming(Vertex v, RelationshipType type) const {
  const auto links = incoming_links(v, type);
  return {links.begin(), links.end()};
}

namespace {

std::vector<FamilyGraph::Link> of_kinds(std::span<const FamilyGraph::Link> links,
                                        std::initializer_list<ParentKind> kinds) {
  if (kinds.size() == 0) return {links.begin(), links.end()};
  std::vector<FamilyGraph::Link> out;
  for (const auto& link : links)
    if (kind_in(link.relationship->kind, kinds)) out.push_back(link);
  return out;
}

}  // namespace

std::vector<FamilyGraph::Link> FamilyGraph::parents(Vertex child,
                                                    std::initializer_list<ParentKind> kinds) const {
  return of_kinds(incoming_links(child, RelationshipType::parent), kinds);
}

std::vector<FamilyGraph::Link> FamilyGraph::children(
    Vertex parent, std::initializer_list<ParentKind> kinds) const {
  return of_kinds(outgoing_links(parent, RelationshipType::parent), kinds);
}

std::vector<FamilyGraph::Link> FamilyGraph::partners(Vertex v) const {
  const auto leaving = outgoing_links(v, RelationshipType::partner);
  const auto arriving = incoming_links(v, RelationshipType::partner);
  std::vector<Link> out;
  out.reserve(leaving.size() + arriving.size());
  out.insert(out.end(), leaving.begin(), leaving.end());
  out.insert(out.end(), arriving.begin(), arriving.end());
  std::sort(out.begin(), out.end(),
            [](const Link& a, const Link& b) { return a.relationship < b.relationship; });
  return out;
}

std::optional<PartnerStatus> FamilyGraph::partnership_status_on(const Relationship& partnership,
                                                                DayNumber day) const {
  if (partnership.start && partnership.start->first_day() > day) return std::nullopt;
  if (day >= as_of()) return partnership.status;
  if (partnership.end && partnership.end->last_day() < day) return partnership.status;
  // Undated: nothing says when it ended, so the recorded status stands.
  if (!partnership.start && !partnership.end) return partnership.status;
  // Begun and not yet ended on `day`.
  return partnership.partnership_over() ? PartnerStatus::current : partnership.status;
}

std::vector<FamilyGraph::Link> FamilyGraph::current_partners(Vertex v) const {
  std::vector<Link> out;
  for (const Link& link : partners(v)) {
    const auto status = partnership_status_on(*link.relationship, as_of());
    if (status == PartnerStatus::current || status == PartnerStatus::on_off) out.push_back(link);
  }
  return out;
}

namespace {

/// The kind of siblings two people sharing a parent are, from their parent
/// links: full when they have the same two birth parents, half when they
/// share one, else other. A person has a handful of parents, so pairwise
/// loops beat building sets (siblings are asked about for every pair).
FamilyGraph::Sibling::Kind kind_by_birth(std::span<const FamilyGraph::Link> mine,
                                         std::span<const FamilyGraph::Link> theirs) {
  auto birth = [](const FamilyGraph::Link& l) {
    return l.relationship->kind == ParentKind::biological;
  };
  // Distinct birth parents in `links`, each counted at its first link.
  auto first_birth_parent = [&](std::span<const FamilyGraph::Link> links, std::size_t i) {
    if (!birth(links[i])) return false;
    for (std::size_t j = 0; j < i; ++j)
      if (birth(links[j]) && links[j].person == links[i].person) return false;
    return true;
  };
  std::size_t my_count = 0, their_count = 0, shared = 0;
  for (std::size_t i = 0; i < mine.size(); ++i) {
    if (!first_birth_parent(mine, i)) continue;
    ++my_count;
    for (const auto& their : theirs)
      if (birth(their) && their.person == mine[i].person) {
        ++shared;
        break;
      }
  }
  for (std::size_t i = 0; i < theirs.size(); ++i) their_count += first_birth_parent(theirs, i);
  if (shared == 2 && my_count == 2 && their_count == 2) return FamilyGraph::Sibling::Kind::full;
  return shared == 0 ? FamilyGraph::Sibling::Kind::other : FamilyGraph::Sibling::Kind::half;
}

}  // namespace

std::set<FamilyGraph::Vertex> FamilyGraph::birth_parents(Vertex v) const {
  std::set<Vertex> out;
  for (const Link& l : parents(v, {ParentKind::biological})) out.insert(l.person);
  return out;
}

std::vector<FamilyGraph::Sibling> FamilyGraph::siblings(Vertex v) const {
  const auto mine = incoming_links(v, RelationshipType::parent);
  std::map<Vertex, Sibling::Kind> found;
  for (const Link& parent : mine)
    for (const Link& child : outgoing_links(parent.person, RelationshipType::parent)) {
      if (child.person == v || found.count(child.person)) continue;  // the kind is the pair's
      found[child.person] =
          kind_by_birth(mine, incoming_links(child.person, RelationshipType::parent));
    }
  for (const Link& l : outgoing_links(v, RelationshipType::sibling))
    found.emplace(l.person, Sibling::Kind::other);
  for (const Link& l : incoming_links(v, RelationshipType::sibling))
    found.emplace(l.person, Sibling::Kind::other);
  std::vector<Sibling> out;
  for (const auto& [person, kind] : found) out.push_back({person, kind});
  return out;
}

std::optional<FamilyGraph::Sibling::Kind> FamilyGraph::sibling_kind(Vertex v, Vertex other) const {
  if (v == other) return std::nullopt;
  const auto mine = incoming_links(v, RelationshipType::parent);
  const auto theirs = incoming_links(other, RelationshipType::parent);
  bool share = false;
  for (const Link& parent : mine)
    for (const Link& their : theirs) share = share || their.person == parent.person;
  if (share) return kind_by_birth(mine, theirs);
  for (const Link& l : outgoing_links(v, RelationshipType::sibling))
    if (l.person == other) return Sibling::Kind::other;
  for (const Link& l : incoming_links(v, RelationshipType::sibling))
    if (l.person == other) return Sibling::Kind::other;
  return std::nullopt;
}

std::vector<FamilyGraph::Vertex> FamilyGraph::ancestors(Vertex v) const {
  // Breadth-first up the parent links; the loader guarantees no cycles, and
  // the visited set keeps a shared ancestor (cousins' parents) listed once.
  std::vector<Vertex> out;
  std::vector<bool> seen(size(), false);
  std::deque<Vertex> queue{v};
  seen[v] = true;
  while (!queue.empty()) {
    const Vertex x = queue.front();
    queue.pop_front();
    for (const Link& l : incoming_links(x, RelationshipType::parent))
      if (!seen[l.person]) {
        seen[l.person] = true;
        out.push_back(l.person);
        queue.push_back(l.person);
      }
  }
  return out;
}

std::vector<FamilyGraph::Member> FamilyGraph::members_on(std::size_t household,
                                                         DayNumber day) const {
  std::vector<Member> out;
  for (const Membership& m : case_.households.at(household).members)
    if (m.current_on(day))
      if (const auto v = find(m.person)) out.push_back({*v, &m});
  return out;
}

std::vector<std::size_t> FamilyGraph::households_of(Vertex v, DayNumber day) const {
  std::vector<std::size_t> out;
  for (const auto& [h, m] : memberships_[v])
    if (m->current_on(day) && (out.empty() || out.back() != h)) out.push_back(h);
  return out;
}

bool FamilyGraph::share_household(Vertex a, Vertex b, DayNumber day) const {
  const auto ha = households_of(a, day);
  const auto hb = households_of(b, day);
  return std::any_of(ha.begin(), ha.end(),
                     [&](std::size_t h) { return std::find(hb.begin(), hb.end(), h) != hb.end(); });
}

std::vector<FamilyGraph::Vertex> FamilyGraph::focus_children() const {
  return focus_;
}

bool FamilyGraph::is_focus(Vertex v) const {
  return is_focus_[v];
}

}  // namespace kinmap
