#include "case_consistency.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <map>
#include <unordered_map>

#include "case_loader.h"
#include "life_stage.h"
#include "suggestion.h"

namespace kinmap {
namespace {

/// Days past its due date after which an unborn child is surely born (a
/// pregnancy is induced by about 42 weeks, two weeks past the due date;
/// four weeks leave room for a due date recorded a little wrong).
constexpr DayNumber kOverdueDays = 28;

std::string lowercase(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string at(std::string_view section, std::size_t index, std::string_view key = {}) {
  std::string out = "/" + std::string(section) + "/" + std::to_string(index);
  if (!key.empty()) out += "/" + std::string(key);
  return out;
}

class ConsistencyCheck {
 public:
  ConsistencyCheck(const Case& c, const RiskModel& model, Diagnostics& diagnostics)
      : c_(c), model_(model), diagnostics_(diagnostics) {}

  void run() {
    collect_ids();
    check_references();
    check_people_dates();
    check_relationships();
    check_households();
    check_ancestry();
    check_focus();
    check_event_dates();
  }

 private:
  void collect_ids() {
    std::unordered_map<std::string, std::string> by_lowercase;  // lowercase id -> pointer
    auto add = [&](const std::string& id, const std::string& pointer, bool is_person) {
      if (id.empty()) return;
      if (const auto it = first_use_.find(id); it != first_use_.end()) {
        diagnostics_.error(pointer, "duplicate id \"" + id + "\" (first used at " + it->second +
                                        "); ids must be unique across people and households");
        return;
      }
      const std::string folded = lowercase(id);
      if (const auto it = by_lowercase.find(folded); it != by_lowercase.end()) {
        diagnostics_.error(pointer, "ids \"" + id + "\" and the one at " + it->second +
                                        " differ only in case; use clearly different ids");
      }
      by_lowercase.emplace(folded, pointer);
      first_use_.emplace(id, pointer);
      (is_person ? person_ids_ : household_ids_).push_back(id);
    };
    for (std::size_t i = 0; i < c_.people.size(); ++i) {
      add(c_.people[i].id, at("people", i, "id"), true);
      person_index_.emplace(c_.people[i].id, i);
    }
    for (std::size_t i = 0; i < c_.households.size(); ++i)
      add(c_.households[i].id, at("households", i, "id"), false);
    household_set_.insert(household_ids_.begin(), household_ids_.end());
  }

  bool is_person(const std::string& id) const { return person_index_.count(id) > 0; }

  void person_ref(const std::string& id, const std::string& pointer) {
    if (id.empty() || is_person(id)) return;
    std::string message = "\"" + id + "\" does not exist: no person has this id";
    std::vector<std::string_view> candidates(person_ids_.begin(), person_ids_.end());
    if (const auto near = closest_word(id, candidates))
      message += "; did you mean \"" + std::string(*near) + "\"?";
    else if (household_set_.count(id))
      message += " (it is a household's id)";
    diagnostics_.error(pointer, message);
  }

  void household_ref(const std::string& id, const std::string& pointer) {
    if (id.empty() || household_set_.count(id)) return;
    std::string message = "\"" + id + "\" does not exist: no household has this id";
    std::vector<std::string_view> candidates(household_ids_.begin(), household_ids_.end());
    if (const auto near = closest_word(id, candidates))
      message += "; did you mean \"" + std::string(*near) + "\"?";
    diagnostics_.error(pointer, message);
  }

  void person_refs(const std::vector<std::string>& ids, const std::string& pointer) {
    for (std::size_t i = 0; i < ids.size(); ++i)
      person_ref(ids[i], pointer + "/" + std::to_string(i));
  }

  void check_references() {
    person_refs(c_.info.focus, "/case/focus");
    for (std::size_t i = 0; i < c_.relationships.size(); ++i) {
      const Relationship& r = c_.relationships[i];
      const auto [from_key, to_key] = end_keys(r.type);
      person_ref(r.from, at("relationships", i, from_key));
      person_ref(r.to, at("relationships", i, to_key));
    }
    for (std::size_t h = 0; h < c_.households.size(); ++h)
      for (std::size_t m = 0; m < c_.households[h].members.size(); ++m)
        person_ref(c_.households[h].members[m].person,
                   at("households", h) + "/members/" + std::to_string(m) + "/person");
    if (c_.plan) {
      person_refs(c_.plan->children, "/plan/children");
      person_refs(c_.plan->named, "/plan/named");
      person_refs(c_.plan->invited, "/plan/invited");
      person_refs(c_.plan->attended, "/plan/attended");
      person_refs(c_.plan->relies_on, "/plan/relies_on");
    }
    for (std::size_t i = 0; i < c_.events.size(); ++i) {
      person_refs(c_.events[i].people, at("events", i, "people"));
      household_ref(c_.events[i].household, at("events", i, "household"));
    }
    for (std::size_t i = 0; i < c_.dash.size(); ++i) {
      person_ref(c_.dash[i].victim, at("dash", i, "victim"));
      person_ref(c_.dash[i].perpetrator, at("dash", i, "perpetrator"));
    }
    for (std::size_t i = 0; i < c_.reviews.size(); ++i) {
      person_ref(c_.reviews[i].person, at("reviews", i, "person"));
      person_ref(c_.reviews[i].child, at("reviews", i, "child"));
      if (c_.reviews[i].date.first_day() > c_.as_of_day())
        diagnostics_.error(at("reviews", i, "date"),
                           "the review is dated " + c_.reviews[i].date.to_string() +
                               ", after the case's as_of date " + c_.info.as_of.to_string() +
                               "; a review answers the facts of its day");
    }
  }

  void check_people_dates() {
    const DayNumber as_of = c_.as_of_day();
    for (std::size_t i = 0; i < c_.people.size(); ++i) {
      const Person& p = c_.people[i];
      if (p.born && p.died && p.died->last_day() < p.born->first_day())
        diagnostics_.error(at("people", i, "died"), "died " + p.died->to_string() +
                                                        " is before born " + p.born->to_string());
      if (p.born && p.born->first_day() > as_of)
        diagnostics_.error(at("people", i, "born"), "born " + p.born->to_string() +
                                                        " is after the case's as_of date " +
                                                        c_.info.as_of.to_string() +
                                                        "; for an unborn child use \"expected\"");
      if (p.died && p.died->first_day() > as_of)
        diagnostics_.error(at("people", i, "died"),
                           "died " + p.died->to_string() + " is after the case's as_of date " +
                               c_.info.as_of.to_string() +
                               "; a death can only be recorded once it has happened");
      // A pregnancy runs at most about two weeks past its due date; long
      // after it, the child has been born and should be recorded as born.
      if (p.expected && !p.born && p.expected->last_day() + kOverdueDays < as_of)
        diagnostics_.warning(
            at("people", i, "expected"),
            "due date " + p.expected->to_string() + " is " +
                std::to_string(as_of - p.expected->last_day()) +
                " days before the case's as_of date " + c_.info.as_of.to_string() +
                ", yet the child is recorded as unborn; the child has surely been born: record "
                "\"born\" (the date of birth) as well");
    }
  }

  void check_relationships() {
    std::map<std::string, std::vector<std::size_t>>
        biological_parents;  // child -> relationship indexes
    for (std::size_t i = 0; i < c_.relationships.size(); ++i) {
      const Relationship& r = c_.relationships[i];
      const auto [from_key, to_key] = end_keys(r.type);
      if (!r.from.empty() && r.from == r.to)
        diagnostics_.error(at("relationships", i, to_key), "a " + std::string(spelling(r.type)) +
                                                               " relationship of \"" + r.from +
                                                               "\" with themselves");
      if (r.start && r.end && r.end->last_day() < r.start->first_day())
        diagnostics_.error(
            at("relationships", i, "to"),
            "ends (" + r.end->to_string() + ") before it begins (" + r.start->to_string() + ")");
      if (r.type != RelationshipType::parent || !is_person(r.from) || !is_person(r.to)) continue;
      if (r.kind == ParentKind::biological) biological_parents[r.to].push_back(i);
      const Person& parent = c_.people[person_index_.at(r.from)];
      const Person& child = c_.people[person_index_.at(r.to)];
      if (r.kind == ParentKind::biological && parent.born && child.born &&
          child.born->last_day() < parent.born->first_day())
        diagnostics_.error(at("relationships", i, "child"),
                           "\"" + child.id + "\" (born " + child.born->to_string() +
                               ") is born before their biological parent \"" + parent.id +
                               "\" (born " + parent.born->to_string() + ")");
    }
    for (const auto& [child, indexes] : biological_parents)
      if (indexes.size() > 2)
        diagnostics_.error(at("relationships", indexes[2]),
                           "\"" + child + "\" has more than two biological parents (" +
                               std::to_string(indexes.size()) +
                               "); record a presumed or social parent with \"kind\"");
  }

  void check_households() {
    for (std::size_t h = 0; h < c_.households.size(); ++h) {
      std::unordered_map<std::string, std::size_t> seen;
      const auto& members = c_.households[h].members;
      for (std::size_t m = 0; m < members.size(); ++m) {
        const std::string place = at("households", h) + "/members/" + std::to_string(m);
        const Membership& member = members[m];
        if (member.from && member.to && member.to->last_day() < member.from->first_day())
          diagnostics_.error(place + "/to", "left (" + member.to->to_string() +
                                                ") before arriving (" + member.from->to_string() +
                                                ")");
        if (member.person.empty()) continue;
        const auto [it, inserted] = seen.emplace(member.person, m);
        if (!inserted)
          diagnostics_.error(place + "/person",
                             "\"" + member.person + "\" is listed twice in household \"" +
                                 c_.households[h].id + "\" (also at " + at("households", h) +
                                 "/members/" + std::to_string(it->second) +
                                 "); give one entry with its dates");
      }
    }
  }

  // Parent links of every kind must form no cycle: strongly connected
  // components of the parent -> child graph with more than one person (or a
  // self-loop, reported elsewhere) are people who are their own ancestors.
  void check_ancestry() {
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Graph g(c_.people.size());
    std::vector<std::size_t> edge_relationship;
    for (std::size_t i = 0; i < c_.relationships.size(); ++i) {
      const Relationship& r = c_.relationships[i];
      if (r.type != RelationshipType::parent || r.from == r.to || !is_person(r.from) ||
          !is_person(r.to))
        continue;
      boost::add_edge(person_index_.at(r.from), person_index_.at(r.to), g);
      edge_relationship.push_back(i);
    }
    std::vector<int> component(c_.people.size());
    const int count = boost::strong_components(g, component.data());
    std::vector<int> size(static_cast<std::size_t>(count), 0);
    for (int comp : component) ++size[static_cast<std::size_t>(comp)];
    std::vector<bool> reported(static_cast<std::size_t>(count), false);
    for (std::size_t i = 0; i < c_.relationships.size(); ++i) {
      const Relationship& r = c_.relationships[i];
      if (r.type != RelationshipType::parent || !is_person(r.from) || !is_person(r.to)) continue;
      const int a = component[person_index_.at(r.from)];
      const int b = component[person_index_.at(r.to)];
      const auto comp = static_cast<std::size_t>(a);
      if (a != b || size[comp] < 2 || reported[comp]) continue;
      reported[comp] = true;
      std::string names;
      for (std::size_t p = 0; p < component.size(); ++p)
        if (component[p] == a) names += (names.empty() ? "\"" : ", \"") + c_.people[p].id + "\"";
      diagnostics_.error(at("relationships", i, "child"), "parent links form a loop: " + names +
                                                              " would each be their own ancestor");
    }
  }

  void check_focus() {
    std::vector<bool> is_child_of_someone(c_.people.size(), false);
    for (const Relationship& r : c_.relationships)
      if (r.type == RelationshipType::parent && is_person(r.to))
        is_child_of_someone[person_index_.at(r.to)] = true;
    const DayNumber as_of = c_.as_of_day();
    const int adult_age = model_.thresholds().adult_age;
    for (std::size_t i = 0; i < c_.people.size(); ++i) {
      const Person& p = c_.people[i];
      if (!p.born && !p.age && !p.expected && is_child_of_someone[i])
        diagnostics_.warning(
            at("people", i),
            "\"" + p.id +
                "\" has no \"born\" or \"age\"; taken to be a child "
                "because a parent is recorded. Add \"born\" or \"age\" to be sure.");
    }
    for (std::size_t f = 0; f < c_.info.focus.size(); ++f) {
      const auto it = person_index_.find(c_.info.focus[f]);
      if (it == person_index_.end()) continue;
      const Person& p = c_.people[it->second];
      if (life_stage(p, as_of, is_child_of_someone[it->second], adult_age) == LifeStage::adult)
        diagnostics_.error("/case/focus/" + std::to_string(f),
                           "\"" + p.id +
                               "\" is an adult at as_of; focus lists the children the "
                               "case is about");
    }
  }

  void check_event_dates() {
    const DayNumber as_of = c_.as_of_day();
    for (std::size_t i = 0; i < c_.events.size(); ++i) {
      const Event& e = c_.events[i];
      if (e.date.first_day() <= as_of) continue;
      diagnostics_.warning(at("events", i, "date"),
                           "dated " + e.date.to_string() + ", after the case's as_of date " +
                               c_.info.as_of.to_string() +
                               ": it had not happened on the day the analysis speaks for, so no "
                               "finding counts it; check the date");
    }
  }

  const Case& c_;
  const RiskModel& model_;
  Diagnostics& diagnostics_;
  std::unordered_map<std::string, std::string> first_use_;
  std::unordered_map<std::string, std::size_t> person_index_;
  std::vector<std::string> person_ids_;
  std::vector<std::string> household_ids_;
  std::unordered_set<std::string> household_set_;
};

}  // namespace

void check_consistency(const Case& c, const RiskModel& model, Diagnostics& diagnostics) {
  ConsistencyCheck(c, model, diagnostics).run();
}

}  // namespace kinmap
