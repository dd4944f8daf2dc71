#include "genogram_plan.h"

#include "notation.h"

#include <algorithm>
#include <boost/pending/disjoint_sets.hpp>
#include <deque>
#include <map>
#include <tuple>

namespace kinmap {
namespace {

using Vertex = FamilyGraph::Vertex;

/// Kinds that put a child below a union; step and social parents are drawn
/// as their own thin line from the step-parent instead.
bool hangs_below_union(ParentKind kind) {
  return kind != ParentKind::step && kind != ParentKind::social;
}

/// Two parents of one child with no recorded partnership are drawn as a
/// couple only when they are the child's parents by birth, or the two
/// parents of the same kind (two adopters, two foster carers): a kinship
/// carer or foster carer beside a birth parent is not that parent's partner.
bool implicit_couple(ParentKind a, ParentKind b) {
  const auto by_birth = [](ParentKind k) {
    return k == ParentKind::biological || k == ParentKind::presumed;
  };
  return (by_birth(a) && by_birth(b)) || a == b;
}

/// Ancestors of `v` by birth or adoption, with how many generations up.
std::map<Vertex, int> blood_ancestors(const FamilyGraph& family, Vertex v) {
  std::map<Vertex, int> up{{v, 0}};
  std::deque<Vertex> todo{v};  // breadth first: the nearest distance first
  while (!todo.empty()) {
    const Vertex person = todo.front();
    todo.pop_front();
    for (const auto& link : family.parents(
             person, {ParentKind::biological, ParentKind::presumed, ParentKind::adoptive}))
      if (up.emplace(link.person, up.at(person) + 1).second) todo.push_back(link.person);
  }
  return up;
}

/// Partners with a shared ancestor (or one the other's) at different
/// distances cannot share a row without moving one off their generation.
bool across_generations(const FamilyGraph& family, Vertex a, Vertex b) {
  const auto up_a = blood_ancestors(family, a);
  const auto up_b = blood_ancestors(family, b);
  for (const auto& [ancestor, depth] : up_a)
    if (auto it = up_b.find(ancestor); it != up_b.end() && it->second != depth) return true;
  return false;
}

/// Oldest first: by birth (or due) date, then by recorded age, then file order.
struct BirthOrder {
  const FamilyGraph& family;
  std::tuple<int, int, Vertex> key(Vertex v) const {
    const Person& p = family.person(v);
    if (p.born) return {0, p.born->first_day(), v};
    if (p.expected) return {0, p.expected->first_day(), v};
    if (p.age) return {0, family.as_of() - *p.age * 366, v};
    return {1, 0, v};
  }
  bool operator()(Vertex a, Vertex b) const { return key(a) < key(b); }
};

/// The box each drawn person goes in: the first household they live in at
/// as_of, else the first they are staying in.
/// Visitors are drawn outside, marked with the home they visit.
void assign_boxes(const FamilyGraph& family, GenogramPlan& plan) {
  const DayNumber today = family.as_of();
  const auto& households = family.case_data().households;
  std::map<Vertex, std::size_t> box_of;
  // Residents first, so a person living in one home and staying in another
  // is drawn where they live; a disputed member is drawn as staying, with a "?".
  for (const bool residents : {true, false})
    for (std::size_t h = 0; h < households.size(); ++h)
      for (const auto& member : family.members_on(h, today)) {
        const Membership& m = *member.membership;
        const bool wanted = residents ? m.status == MemberStatus::resident : m.staying();
        if (!wanted || !plan.draws(member.person)) continue;
        if (!box_of.emplace(member.person, h).second) continue;
        if (m.status == MemberStatus::staying) plan.staying.insert(member.person);
        if (m.status == MemberStatus::disputed) plan.disputed.insert(member.person);
      }
  for (std::size_t h = 0; h < households.size(); ++h)
    for (const auto& member : family.members_on(h, today))
      if (member.membership->status == MemberStatus::visitor && plan.draws(member.person) &&
          !box_of.count(member.person))
        plan.visiting.emplace(member.person, h);
  // Seen at a home (a sighting, incident or call-out there within the
  // sighting window) without living there: marked with the home and the date
  // of the latest, so nobody reads a man standing apart as unconnected.
  const int window = family.model().thresholds().sighting_window_months;
  std::map<std::string_view, std::size_t> household_at;
  for (std::size_t i = 0; i < households.size(); ++i) household_at.emplace(households[i].id, i);
  for (const Event& e : family.case_data().events) {
    if (e.household.empty() ||
        (e.type != EventType::sighting && e.type != EventType::incident &&
         e.type != EventType::police_callout) ||
        e.date.last_day() < months_before(today, window))
      continue;
    const auto found = household_at.find(e.household);
    const std::optional<std::size_t> h =
        found == household_at.end() ? std::nullopt : std::optional<std::size_t>(found->second);
    if (!h) continue;
    for (const std::string& id : e.people) {
      const auto v = family.find(id);
      if (!v || !plan.draws(*v) || box_of.count(*v) || plan.visiting.count(*v) ||
          !family.is_adult(*v))
        continue;
      auto [it, fresh] = plan.seen_at.try_emplace(*v, GenogramPlan::SeenAt{*h, e.date});
      if (!fresh && e.date.last_day() > it->second.date.last_day())
        it->second = GenogramPlan::SeenAt{*h, e.date};
    }
  }
  for (std::size_t h = 0; h < households.size(); ++h) {
    std::vector<Vertex> inside;
    for (Vertex v : plan.people)
      if (auto it = box_of.find(v); it != box_of.end() && it->second == h) inside.push_back(v);
    if (!inside.empty()) plan.boxes.emplace_back(h, std::move(inside));
  }
}

std::optional<std::size_t> box_of(const GenogramPlan& plan, Vertex v) {
  for (const auto& [household, inside] : plan.boxes)
    if (std::find(inside.begin(), inside.end(), v) != inside.end()) return household;
  return std::nullopt;
}

/// Orders each row of partners (see genogram_plan.h) and fixes which
/// partner of each union is drawn on the left.
class RowArranger {
 public:
  RowArranger(const FamilyGraph& family, GenogramPlan& plan) : family_(family), plan_(plan) {
    for (std::size_t u = 0; u < plan.unions.size(); ++u) {
      if (plan.unions[u].across_generations) continue;  // not one row: see GenogramUnion
      unions_of_[plan.unions[u].left].push_back(u);
      unions_of_[plan.unions[u].right].push_back(u);
    }
  }

  void arrange() {
    // Rows are the connected groups of partners.
    std::map<Vertex, std::size_t> rank;
    std::map<Vertex, Vertex> parent;
    boost::associative_property_map<std::map<Vertex, std::size_t>> rank_map(rank);
    boost::associative_property_map<std::map<Vertex, Vertex>> parent_map(parent);
    boost::disjoint_sets sets(rank_map, parent_map);
    for (const auto& [v, unions] : unions_of_) sets.make_set(v);
    for (const auto& u : plan_.unions) sets.union_set(u.left, u.right);
    std::map<Vertex, std::vector<Vertex>> groups;  // representative -> members, in file order
    for (const auto& [v, unions] : unions_of_) groups[sets.find_set(v)].push_back(v);

    std::vector<std::vector<Vertex>> ordered_groups;
    for (auto& [representative, members] : groups) ordered_groups.push_back(members);
    std::sort(ordered_groups.begin(), ordered_groups.end(),
              [](const auto& a, const auto& b) { return a.front() < b.front(); });
    for (const auto& members : ordered_groups) arrange_row(members);
  }

 private:
  enum class Side { both, left, right };

  void arrange_row(const std::vector<Vertex>& members) {
    // The hub: most partners; then a man; then file order.
    Vertex hub = members.front();
    for (Vertex v : members) {
      const auto score = [&](Vertex x) {
        return std::make_tuple(unions_of_[x].size(), family_.person(x).sex == Sex::male ? 1 : 0);
      };
      if (score(v) > score(hub)) hub = v;
    }
    row_.clear();
    row_.push_back(name_of(hub));
    placed_.insert(hub);
    expand(hub, Side::both);
    plan_.rows.emplace_back(row_.begin(), row_.end());
  }

  /// Places `person`'s unplaced partners on `side` of them, nearest first.
  void expand(Vertex person, Side side) {
    std::vector<std::size_t> unions;
    for (std::size_t u : unions_of_[person])
      if (!placed_.count(other(u, person)) && !placed_unions_.count(u)) unions.push_back(u);
    std::stable_sort(unions.begin(), unions.end(), [&](std::size_t a, std::size_t b) {
      return closeness(person, a) < closeness(person, b);
    });
    // With both sides free, the nearest partner goes where convention puts
    // them (a woman right of a man), then the sides alternate.
    bool right = true;
    if (side == Side::both && !unions.empty()) {
      const Sex own = family_.person(person).sex;
      const Sex partner = family_.person(other(unions.front(), person)).sex;
      right = !(own == Sex::female && partner == Sex::male);
    }
    for (std::size_t u : unions) {
      const Vertex partner = other(u, person);
      if (placed_.count(partner)) continue;  // reached another way round a cycle
      const bool on_right = side == Side::both ? right : side == Side::right;
      GenogramUnion& drawn = plan_.unions[u];
      if (on_right) {
        drawn.left = person;
        drawn.right = partner;
        row_.push_back(drawn.name);
        row_.push_back(name_of(partner));
      } else {
        drawn.left = partner;
        drawn.right = person;
        row_.push_front(drawn.name);
        row_.push_front(name_of(partner));
      }
      placed_.insert(partner);
      placed_unions_.insert(u);
      expand(partner, on_right ? Side::right : Side::left);
      if (side == Side::both) right = !right;
    }
  }

  /// Smaller is nearer: living together, then a current partnership, then
  /// the most recent start, then file order.
  std::tuple<int, int, int, std::size_t> closeness(Vertex person, std::size_t u) const {
    const GenogramUnion& drawn = plan_.unions[u];
    const Vertex partner = other(u, person);
    const auto box = box_of(plan_, person);
    const bool together = box && box == box_of(plan_, partner);
    const Relationship* p = drawn.partnership;
    const bool current =
        p && (p->status == PartnerStatus::current || p->status == PartnerStatus::on_off);
    const int start = p && p->start ? p->start->first_day() : -1000000;
    return {together ? 0 : 1, current ? 0 : 1, -start, u};
  }

  Vertex other(std::size_t u, Vertex person) const {
    const GenogramUnion& drawn = plan_.unions[u];
    return drawn.left == person ? drawn.right : drawn.left;
  }
  const std::string& name_of(Vertex v) const { return family_.person(v).id; }

  const FamilyGraph& family_;
  GenogramPlan& plan_;
  std::map<Vertex, std::vector<std::size_t>> unions_of_;
  std::set<Vertex> placed_;
  std::set<std::size_t> placed_unions_;
  std::deque<std::string> row_;
};

}  // namespace

bool GenogramPlan::draws(FamilyGraph::Vertex v) const {
  return std::binary_search(people.begin(), people.end(), v);
}

GenogramPlan plan_genogram(const FamilyGraph& family, const std::set<std::string>& only) {
  GenogramPlan plan;
  for (Vertex v : family.vertices())
    if (only.empty() || only.count(family.person(v).id)) plan.people.push_back(v);
  assign_boxes(family, plan);

  // One union per drawn partnership, in file order.
  std::map<std::pair<Vertex, Vertex>, std::size_t> union_of_pair;
  const auto pair_key = [](Vertex a, Vertex b) {
    return a < b ? std::pair<Vertex, Vertex>{a, b} : std::pair<Vertex, Vertex>{b, a};
  };
  const auto add_union = [&](Vertex a, Vertex b, const Relationship* partnership) {
    GenogramUnion drawn;
    drawn.left = a;
    drawn.right = b;
    drawn.partnership = partnership;
    drawn.name = "union:" + family.person(a).id + ":" + family.person(b).id;
    const auto [it, first] = union_of_pair.emplace(pair_key(a, b), plan.unions.size());
    if (!first)  // the same pair again (married, parted, married again)
      drawn.name += ":" + std::to_string(plan.unions.size());
    const auto box_a = box_of(plan, a);
    if (box_a && box_a == box_of(plan, b)) drawn.household = box_a;
    drawn.across_generations = across_generations(family, a, b);
    plan.unions.push_back(std::move(drawn));
  };
  for (Vertex v : plan.people)
    for (const auto& link : family.outgoing(v, RelationshipType::partner))
      if (plan.draws(link.person) && link.person != v) add_union(v, link.person, link.relationship);

  // Each child hangs below the union of its two parents (made when they
  // have no recorded partnership); any other parent gets a line of their own.
  // Recorded partners pair first, so a kinship carer listed before the
  // parents never takes a parent's place.
  for (Vertex child : plan.people) {
    std::vector<FamilyGraph::Link> parents;
    for (const auto& link : family.parents(child))
      if (plan.draws(link.person)) parents.push_back(link);
    std::vector<bool> through_union(parents.size(), false);
    for (const bool recorded : {true, false})
      for (std::size_t i = 0; i < parents.size(); ++i)
        for (std::size_t j = i + 1; j < parents.size(); ++j) {
          const ParentKind ki = parents[i].relationship->kind;
          const ParentKind kj = parents[j].relationship->kind;
          if (!hangs_below_union(ki) || !hangs_below_union(kj)) continue;
          if (through_union[i] || through_union[j]) continue;  // one union per parent
          auto it = union_of_pair.find(pair_key(parents[i].person, parents[j].person));
          if (recorded != (it != union_of_pair.end())) continue;
          if (it == union_of_pair.end()) {
            if (!implicit_couple(ki, kj)) continue;
            add_union(parents[i].person, parents[j].person, nullptr);
            it = union_of_pair.find(pair_key(parents[i].person, parents[j].person));
          }
          plan.unions[it->second].children.push_back(child);
          plan.unions[it->second].kinds.push_back(weaker_kind(ki, kj));
          through_union[i] = through_union[j] = true;
        }
    for (std::size_t i = 0; i < parents.size(); ++i)
      if (!through_union[i])
        plan.parent_lines.push_back(
            {parents[i].person, child, parents[i].relationship->kind, parents[i].relationship});
  }

  // Children oldest first, under each union and under each single parent.
  const BirthOrder birth_order{family};
  for (GenogramUnion& drawn : plan.unions) {
    std::vector<std::size_t> order(drawn.children.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return birth_order(drawn.children[a], drawn.children[b]);
    });
    std::vector<Vertex> children;
    std::vector<ParentKind> kinds;
    for (std::size_t i : order) {
      children.push_back(drawn.children[i]);
      kinds.push_back(drawn.kinds[i]);
    }
    drawn.children = std::move(children);
    drawn.kinds = std::move(kinds);
  }
  // A single parent's lines, oldest child first (step and social lines
  // keep their place): the renderer draws them in this order.
  std::map<Vertex, std::vector<GenogramParentLine>> hanging;
  for (const auto& line : plan.parent_lines)
    if (hangs_below_union(line.kind)) hanging[line.parent].push_back(line);
  for (auto& [parent, lines] : hanging)
    std::stable_sort(lines.begin(), lines.end(),
                     [&](const auto& a, const auto& b) { return birth_order(a.child, b.child); });
  std::vector<GenogramParentLine> ordered;
  for (const auto& line : plan.parent_lines) {
    if (!hangs_below_union(line.kind)) {
      ordered.push_back(line);
    } else if (auto it = hanging.find(line.parent); it != hanging.end()) {
      ordered.insert(ordered.end(), it->second.begin(), it->second.end());
      hanging.erase(it);
    }
  }
  plan.parent_lines = std::move(ordered);

  RowArranger(family, plan).arrange();
  return plan;
}

}  // namespace kinmap
