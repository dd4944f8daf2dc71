#include "analysis/child_circle.h"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/pending/queue.hpp>
#include <boost/property_map/property_map.hpp>
#include <unordered_map>

#include "analysis/wording.h"

namespace kinmap {
namespace {

using Vertex = FamilyGraph::Vertex;
using LinkGraph = CircleQuery::LinkGraph;
using LinkEdge = LinkGraph::edge_descriptor;
using Step = CircleQuery::Step;

/// What a vertex is in the search so far; decides which links leave it.
enum Role : unsigned {
  kRoot = 1u << 0,           // the child
  kChildHome = 1u << 1,      // a household the child lives in
  kParentOrCarer = 1u << 2,  // their partners are in the circle
};

/// The search's state, shared by the edge filter and the visitor. Sparse, so
/// one child's search touches only that child's neighbourhood.
struct Search {
  Vertex root = 0;
  std::unordered_map<Vertex, unsigned> roles;
  std::unordered_map<Vertex, std::vector<CircleLink>> links;  // admitted links, by person
  std::vector<CircleLink> ex_partners;  // candidates: ex-partners of parents and carers
  std::vector<Vertex> ex_partner_people;

  unsigned role(Vertex v) const {
    const auto it = roles.find(v);
    return it == roles.end() ? 0u : it->second;
  }
};

/// Admits, from each vertex, only the links its role allows (see child_circle.h).
struct CircleFilter {
  const LinkGraph* graph = nullptr;
  const FamilyGraph* family = nullptr;
  const Search* search = nullptr;

  bool operator()(const LinkEdge& e) const {
    const Vertex from = boost::source(e, *graph);
    const Vertex to = boost::target(e, *graph);
    const CircleQuery::StepEdge& edge = (*graph)[e];
    const bool to_person = to < family->size();
    if (to_person && (to == search->root || family->person(to).deceased())) return false;
    const unsigned role = search->role(from);
    switch (edge.step) {
      case Step::to_parent:
      case Step::to_home:
        return (role & kRoot) != 0;
      case Step::to_contact:
      case Step::to_carer:
        return (role & kRoot) != 0 && family->is_adult(to);
      case Step::to_resident:
        return (role & kChildHome) != 0 && family->is_adult(to);
      case Step::to_partner:
        return (role & kParentOrCarer) != 0;
      case Step::to_seen:
        return (role & kRoot) != 0;
    }
    return false;
  }
};

/// Records every admitted link and gives roles to what it reaches.
class CircleVisitor : public boost::default_bfs_visitor {
 public:
  CircleVisitor(const FamilyGraph& family, const std::vector<Sighting>& sightings, Search& search)
      : family_(&family), sightings_(&sightings), search_(&search) {}

  template <typename Graph>
  void examine_edge(const typename boost::graph_traits<Graph>::edge_descriptor& e, const Graph& g) {
    const Vertex from = boost::source(e, g);
    const Vertex to = boost::target(e, g);
    const CircleQuery::StepEdge& edge = g[e];
    CircleLink link;
    link.relationship = edge.relationship;
    switch (edge.step) {
      case Step::to_parent:
        link.kind = CircleLinkKind::parent;
        search_->roles[to] |= kParentOrCarer;
        break;
      case Step::to_carer:
        link.kind = CircleLinkKind::care;
        search_->roles[to] |= kParentOrCarer;
        break;
      case Step::to_contact:
        link.kind = CircleLinkKind::contact;
        break;
      case Step::to_home:
        search_->roles[to] |= kChildHome;
        return;  // a household is a step, not a member
      case Step::to_resident:
        link.kind = CircleLinkKind::household;
        link.household = edge.household;
        link.membership = edge.membership;
        break;
      case Step::to_partner: {
        link.through = from;
        const auto status = family_->partnership_status_on(*edge.relationship, family_->as_of());
        const bool over =
            status && (*status == PartnerStatus::separated || *status == PartnerStatus::divorced ||
                       *status == PartnerStatus::ended);
        if (over) {
          link.kind = CircleLinkKind::ex_partner_of_parent;
          search_->ex_partners.push_back(link);
          search_->ex_partner_people.push_back(to);
          return;  // in the circle only if the closure below admits them
        }
        link.kind = CircleLinkKind::partner_of_parent;
        break;
      }
      case Step::to_seen: {
        const Sighting& s = (*sightings_)[edge.sighting];
        link.kind = CircleLinkKind::seen;
        link.event = s.event;
        link.seen = s.text;
        break;
      }
    }
    search_->links[to].push_back(std::move(link));
  }

 private:
  const FamilyGraph* family_;
  const std::vector<Sighting>* sightings_;
  Search* search_;
};

int rank(CircleLinkKind kind) {
  return static_cast<int>(kind);
}

}  // namespace

bool CircleMember::has(CircleLinkKind kind) const {
  return std::any_of(links.begin(), links.end(),
                     [kind](const CircleLink& l) { return l.kind == kind; });
}

std::string CircleMember::reason() const {
  std::vector<std::string> texts;
  for (const CircleLink& link : links)
    if (std::find(texts.begin(), texts.end(), link.text) == texts.end()) texts.push_back(link.text);
  return wording::join_list(texts, ", ", ", ");
}

const CircleMember* ChildCircle::find(FamilyGraph::Vertex person) const {
  for (const CircleMember& m : members)
    if (m.person == person) return &m;
  return nullptr;
}

CircleQuery::CircleQuery(const FamilyGraph& family, const Homes& homes, const Roles& roles)
    : CircleQuery(family, homes, roles, sightings(family, homes)) {}

CircleQuery::CircleQuery(const FamilyGraph& family, const Homes& homes, const Roles& roles,
                         std::vector<Sighting> seen)
    : family_(family),
      homes_(homes),
      roles_(roles),
      sightings_(std::move(seen)),
      graph_(family.size() + family.case_data().households.size()) {
  const std::size_t people = family.size();
  for (Vertex v = 0; v < people; ++v) {
    for (const auto& link : family.parents(v))
      boost::add_edge(v, link.person, StepEdge{Step::to_parent, link.relationship, nullptr, 0},
                      graph_);
    for (const auto& link : family.incoming(v, RelationshipType::contact))
      if (link.relationship->frequency != Frequency::none)
        boost::add_edge(v, link.person, StepEdge{Step::to_contact, link.relationship, nullptr, 0},
                        graph_);
    for (const auto& link : family.incoming(v, RelationshipType::care))
      if (link.relationship->frequency != Frequency::none)
        boost::add_edge(v, link.person, StepEdge{Step::to_carer, link.relationship, nullptr, 0},
                        graph_);
    for (const auto& link : family.partners(v))
      boost::add_edge(v, link.person, StepEdge{Step::to_partner, link.relationship, nullptr, 0},
                      graph_);
    for (const auto& home : homes.of(v))
      boost::add_edge(v, people + home.household,
                      StepEdge{Step::to_home, nullptr, home.membership, home.household}, graph_);
  }
  for (std::size_t i = 0; i < sightings_.size(); ++i)
    boost::add_edge(sightings_[i].child, sightings_[i].person,
                    StepEdge{Step::to_seen, nullptr, nullptr, 0, i}, graph_);
  for (std::size_t h = 0; h < family.case_data().households.size(); ++h)
    for (const auto& resident : homes.residents(h))
      boost::add_edge(people + h, resident.person,
                      StepEdge{Step::to_resident, nullptr, resident.membership, h}, graph_);
}

ChildCircle CircleQuery::circle_of(FamilyGraph::Vertex child) const {
  Search search;
  search.root = child;
  search.roles[child] = kRoot;

  const CircleFilter filter{&graph_, &family_, &search};
  const boost::filtered_graph<LinkGraph, CircleFilter> view(graph_, filter);
  std::unordered_map<Vertex, boost::default_color_type> colours;
  boost::associative_property_map<std::unordered_map<Vertex, boost::default_color_type>> colour(
      colours);
  boost::queue<Vertex> queue;
  boost::breadth_first_visit(view, child, queue, CircleVisitor(family_, sightings_, search),
                             colour);

  // Ex-partners of parents and carers are in the circle when they have abused
  // someone in it (or the child); admitting one can admit another, so repeat
  // until nothing changes.
  auto member = [&](Vertex v) { return search.links.count(v) > 0; };
  std::vector<bool> settled(search.ex_partners.size(), false);
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < search.ex_partners.size(); ++i) {
      if (settled[i]) continue;
      const Vertex v = search.ex_partner_people[i];
      if (member(v)) continue;
      for (const auto& abuse : family_.outgoing(v, RelationshipType::abuse)) {
        if (abuse.person != child && !member(abuse.person)) continue;
        CircleLink link = search.ex_partners[i];
        link.abuse = abuse.relationship;
        search.links[v].push_back(std::move(link));
        settled[i] = true;
        changed = true;
        break;
      }
    }
  }
  // An ex-partner in the circle for another reason is listed as one too.
  for (std::size_t i = 0; i < search.ex_partners.size(); ++i)
    if (!settled[i] && member(search.ex_partner_people[i]))
      search.links[search.ex_partner_people[i]].push_back(search.ex_partners[i]);

  ChildCircle circle;
  circle.child = child;
  for (const auto& home : homes_.of(child)) circle.homes.push_back(home.household);
  for (auto& [person, links] : search.links) {
    CircleMember m;
    m.person = person;
    m.links = std::move(links);
    std::stable_sort(m.links.begin(), m.links.end(), [](const CircleLink& a, const CircleLink& b) {
      return rank(a.kind) < rank(b.kind);
    });
    m.lives_with_child = m.has(CircleLinkKind::household);
    circle.members.push_back(std::move(m));
  }
  std::sort(circle.members.begin(), circle.members.end(),
            [&](const CircleMember& a, const CircleMember& b) {
              const int ra = rank(a.links.front().kind), rb = rank(b.links.front().kind);
              if (ra != rb) return ra < rb;
              return family_.person(a.person).id < family_.person(b.person).id;
            });
  for (CircleMember& m : circle.members)
    for (CircleLink& link : m.links) link.text = link_text(circle, m.person, link);
  return circle;
}

std::string CircleQuery::link_text(const ChildCircle& circle, Vertex person,
                                   const CircleLink& link) const {
  const Vertex child = circle.child;
  auto home_name = [&](std::size_t h) -> std::string {
    if (circle.homes.size() <= 1) return "the home";
    const Household& household = family_.case_data().households[h];
    return household.label.empty() ? "the home " + household.id : household.label;
  };
  auto since = [](const std::optional<PartialDate>& date) {
    return date ? " since " + date->to_string() : std::string();
  };
  switch (link.kind) {
    case CircleLinkKind::parent:
      return std::string(Roles::parent_word(link.relationship->kind, family_.person(person).sex));
    case CircleLinkKind::household: {
      const bool staying = link.membership && link.membership->staying();
      const std::optional<PartialDate> from =
          link.membership ? link.membership->from : std::nullopt;
      return std::string(staying ? "staying at " : "lives in ") + home_name(*link.household) +
             since(from) + (link.membership ? wording::disputed_remark(*link.membership) : "");
    }
    case CircleLinkKind::contact:
      return wording::contact_phrase(*link.relationship);
    case CircleLinkKind::care:
      return wording::care_phrase(*link.relationship);
    case CircleLinkKind::partner_of_parent: {
      const auto status = family_.partnership_status_on(*link.relationship, family_.as_of());
      std::string kind = "current partner";
      if (status == PartnerStatus::on_off) kind = "on-off partner";
      if (status == PartnerStatus::unknown) kind = "partner (status not recorded)";
      std::string whose = roles_.relation(*link.through, child);
      if (roles_.possessive_relation(*link.through, child).empty())
        whose = roles_.name(*link.through);
      return whose + "'s " + kind + since(link.relationship->start);
    }
    case CircleLinkKind::ex_partner_of_parent: {
      std::string whose = roles_.relation(*link.through, child);
      if (roles_.possessive_relation(*link.through, child).empty())
        whose = roles_.name(*link.through);
      std::string text = whose + "'s ex-partner";
      const Relationship& r = *link.relationship;
      if (r.end)
        text += " (" + std::string(wording::partnership_status_word(r.status)) + " " +
                r.end->to_string() + ")";
      if (link.abuse) {
        const Vertex victim = family_.at(link.abuse->to);
        std::string who = victim == child ? "the child" : roles_.relation(victim, child);
        who = who.empty() ? roles_.name(victim) : (victim == child ? who : "the " + who);
        text += ", who has abused " + who;
        const std::string forms = wording::abuse_forms(*link.abuse);
        if (!forms.empty()) text += " (" + forms + ")";
      }
      return text;
    }
    case CircleLinkKind::seen:
      return link.seen;
  }
  return {};
}

ChildCircle child_circle(const FamilyGraph& family, FamilyGraph::Vertex child) {
  const Homes homes(family);
  const Roles roles(family, homes);
  return CircleQuery(family, homes, roles).circle_of(child);
}

}  // namespace kinmap
