#include "analysis/analysis_context.h"

#include <algorithm>

#include "analysis/parallel_for.h"
#include "analysis/wording.h"

namespace kinmap {

AnalysisContext::AnalysisContext(const FamilyGraph& family, const CrossCase* cross_case)
    : family_(family),
      cross_case_(cross_case),
      homes_(family),
      roles_(family, homes_),
      risk_(family, roles_),
      focus_(family.focus_children()),
      focus_index_(family.size(), -1),
      in_circle_of_(family.size()),
      reaches_(family.size()),
      events_of_(family.size()),
      is_plan_child_(family.size(), false) {
  for (const Event& e : case_data().events) {
    if (e.people.empty()) events_of_nobody_.push_back(&e);
    for (const std::string& id : e.people)
      if (const auto v = family.find(id);
          v && (events_of_[*v].empty() || events_of_[*v].back() != &e))
        events_of_[*v].push_back(&e);
  }
  for (std::size_t h = 0; h < case_data().households.size(); ++h)
    household_by_id_.emplace(case_data().households[h].id, h);
  for (std::size_t i = 0; i < focus_.size(); ++i)
    if (focus_index_[focus_[i]] < 0) focus_index_[focus_[i]] = static_cast<int>(i);

  // Who was seen where feeds both the circles and the exposure paths: worked out once.
  std::vector<Sighting> seen = sightings(family, homes_);
  exposure_graph_ = std::make_unique<ExposureGraph>(family, homes_, roles_, seen);
  const CircleQuery query(family, homes_, roles_, std::move(seen));
  const int max_cost = thresholds().max_exposure_cost;
  // Each child's circle and search are independent of the others': worked
  // out side by side, then indexed in focus order.
  circles_.resize(focus_.size());
  std::vector<std::optional<ExposureTree>> trees(focus_.size());
  parallel_for(focus_.size(), [&](std::size_t i) {
    circles_[i] = query.circle_of(focus_[i]);
    trees[i] = exposure_graph_->toward(focus_[i], max_cost);
  });
  trees_.reserve(focus_.size());
  for (std::size_t i = 0; i < focus_.size(); ++i) {
    const Vertex child = focus_[i];
    for (const CircleMember& m : circles_[i].members) in_circle_of_[m.person].push_back(child);
    trees_.push_back(std::move(*trees[i]));
    for (Vertex v : trees_.back().reached()) reaches_[v].push_back(child);
  }

  if (const Plan* p = plan()) {
    named_.insert(p->named.begin(), p->named.end());
    invited_.insert(p->invited.begin(), p->invited.end());
    const std::unordered_set<std::string> listed(p->children.begin(), p->children.end());
    for (Vertex child : focus_)
      if (listed.empty() || listed.count(person(child).id)) {
        plan_children_.push_back(child);
        is_plan_child_[child] = true;
      }
  }
}

const ChildCircle& AnalysisContext::circle(Vertex child) const {
  return circles_.at(static_cast<std::size_t>(focus_index_.at(child)));
}

std::optional<ExposurePath> AnalysisContext::exposure(Vertex person, Vertex child) const {
  const int index = focus_index_.at(child);
  if (index < 0) return std::nullopt;
  return trees_[static_cast<std::size_t>(index)].path_from(person);
}

std::optional<ExposurePath> AnalysisContext::cheapest_exposure(Vertex person) const {
  std::optional<ExposurePath> best;
  for (Vertex child : reaches_[person]) {
    auto path = exposure(person, child);
    if (path && (!best || path->cost < best->cost)) best = std::move(path);
  }
  return best;
}

std::vector<FamilyGraph::Vertex> AnalysisContext::children_around(
    const std::vector<Vertex>& people) const {
  // Only the children these people touch are looked at, never every focus
  // child: rules call this once per finding.
  std::vector<Vertex> out;
  for (Vertex v : people) {
    out.insert(out.end(), in_circle_of_[v].begin(), in_circle_of_[v].end());
    out.insert(out.end(), reaches_[v].begin(), reaches_[v].end());
    if (is_focus(v)) out.push_back(v);
  }
  std::sort(out.begin(), out.end(),
            [&](Vertex x, Vertex y) { return focus_index_[x] < focus_index_[y]; });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<const Event*> AnalysisContext::events_of_either(Vertex a, Vertex b) const {
  std::vector<const Event*> out;
  std::merge(events_of_[a].begin(), events_of_[a].end(), events_of_[b].begin(), events_of_[b].end(),
             std::back_inserter(out));  // both in file order, which is address order
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<std::size_t> AnalysisContext::household_index(const std::string& id) const {
  const auto it = household_by_id_.find(id);
  if (it == household_by_id_.end()) return std::nullopt;
  return it->second;
}

std::vector<FamilyGraph::Vertex> AnalysisContext::in_focus_order(
    std::vector<Vertex> children) const {
  std::sort(children.begin(), children.end(),
            [&](Vertex x, Vertex y) { return focus_index_[x] < focus_index_[y]; });
  return children;
}

std::string AnalysisContext::plan_name() const {
  const Plan* p = plan();
  if (!p || !p->type) return "plan";
  switch (*p->type) {
    case PlanType::child_protection:
      return "child protection plan";
    case PlanType::child_in_need:
      return "child in need plan";
    case PlanType::early_help:
      return "early help plan";
    case PlanType::safety_plan:
      return "safety plan";
  }
  return "plan";
}

bool AnalysisContext::is_man(Vertex v) const {
  return person(v).sex == Sex::male && (family_.is_adult(v) || !family_.children(v).empty());
}

bool AnalysisContext::is_mother(Vertex p, Vertex child) const {
  if (person(p).sex != Sex::female) return false;
  for (const auto& link : family_.parents(child))
    if (link.person == p && link.relationship->kind != ParentKind::foster &&
        link.relationship->kind != ParentKind::kinship)
      return true;
  return false;
}

std::vector<FamilyGraph::Vertex> AnalysisContext::fathers(Vertex child) const {
  std::vector<Vertex> out;
  for (const auto& link : family_.parents(child))
    if (person(link.person).sex == Sex::male && !person(link.person).deceased() &&
        std::find(out.begin(), out.end(), link.person) == out.end())
      out.push_back(link.person);
  return out;
}

bool AnalysisContext::is_baby(Vertex child) const {
  if (family_.is_unborn(child)) return true;
  const auto age = family_.age(child);
  return age && *age < 1;
}

std::string AnalysisContext::child_names(const std::vector<Vertex>& children) const {
  std::vector<std::string> names;
  for (Vertex c : children) names.push_back(name(c));
  return wording::join_list(names);
}

std::string AnalysisContext::age_phrase(Vertex v) const {
  return kinmap::age_phrase(family_, v);
}

std::vector<std::string> AnalysisContext::circle_predicates(Vertex person_v, Vertex child) const {
  std::vector<std::string> out;
  if (!is_focus(child)) return out;
  const CircleMember* member = circle(child).find(person_v);
  if (!member) return out;
  const std::string relation = roles_.relation(person_v, child);
  const std::string child_name = name(child);
  auto add = [&](std::string text) {
    if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(std::move(text));
  };
  const std::size_t homes = circle(child).homes.size();
  for (const CircleLink& link : member->links) {
    switch (link.kind) {
      case CircleLinkKind::parent:
        break;  // the relation says it
      case CircleLinkKind::household: {
        const bool staying = link.membership && link.membership->staying();
        const bool since = link.membership && link.membership->from;
        std::string text = staying ? (since ? "has been staying at " : "is staying at ")
                                   : (since ? "has lived in " : "lives in ");
        text += homes <= 1 ? wording::possessive(child_name) + " home"
                           : household_name(*link.household) + ", one of " +
                                 wording::possessive(child_name) + " homes";
        if (since) text += " since " + link.membership->from->to_string();
        if (link.membership) text += wording::disputed_remark(*link.membership);
        add(std::move(text));
        break;
      }
      case CircleLinkKind::care: {
        const std::string_view often = wording::frequency_word(link.relationship->frequency);
        add(often.empty() ? "looks after " + child_name
                          : "looks after " + child_name + " (" + std::string(often) + ")");
        break;
      }
      case CircleLinkKind::contact:
        add("has " + wording::contact_phrase(*link.relationship) + " with " + child_name);
        break;
      case CircleLinkKind::partner_of_parent:
        if (relation.find("partner") == std::string::npos)
          add("is the partner of " + describe(*link.through, child));
        break;
      case CircleLinkKind::ex_partner_of_parent: {
        // A parent's past partnership with the other parent is not why they
        // are in the circle; an ex-partner who is no parent is said as one.
        if (relation.find("ex-partner") == std::string::npos &&
            !member->has(CircleLinkKind::parent))
          add("is the ex-partner of " + describe(*link.through, child));
        if (link.abuse) {
          const Vertex victim = family_.at(link.abuse->to);
          std::string text = "has abused " + (victim == child ? child_name : name(victim));
          const std::string forms = wording::abuse_forms(*link.abuse);
          if (!forms.empty()) text += " (" + forms + ")";
          add(std::move(text));
        }
        break;
      }
      case CircleLinkKind::seen: {
        // "was seen at Leo's home by police, 2026-10-12"
        std::string text = "was " + link.seen;
        const std::string home = "at the home";
        if (const auto at = text.find(home); at != std::string::npos)
          text.replace(at, home.size(), "at " + wording::possessive(child_name) + " home");
        const std::string with = "with the child";
        if (const auto at = text.find(with); at != std::string::npos)
          text.replace(at, with.size(), "with " + child_name);
        add(std::move(text));
        break;
      }
    }
  }
  return out;
}

std::string AnalysisContext::household_name(std::size_t h) const {
  const Household& household = case_data().households.at(h);
  return household.label.empty() ? "the home " + household.id : household.label;
}

std::vector<std::string> AnalysisContext::ids(const std::vector<Vertex>& people) const {
  std::vector<std::string> out;
  for (Vertex v : people) out.push_back(person(v).id);
  return out;
}

}  // namespace kinmap
