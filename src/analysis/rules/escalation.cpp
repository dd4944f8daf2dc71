// ESCALATION: repeated incidents involving the same perpetrator, with no
// MARAC referral after the last.
//
// Lesson (Milton Keynes SCB, "Seeing the bigger picture"): "One-off incidents
// of domestic abuse or physical injury may not meet the threshold for child
// protection procedures. However these incidents need to be seen within the
// context of what else is known about the family." Leeds: victims "are most
// likely to experience an escalation in frequency and severity of violence".
//
// An incident or police callout involves a perpetrator when one of its people
// has a recorded abuse of another person in it; failing that, when one of
// its people is recorded as a domestic abuse perpetrator. Fires once per
// perpetrator with `escalation_count` or more such events within
// `escalation_window_months` of each other, the last of them within
// `escalation_window_months` of as_of, and no `marac_referral` concerning
// them or a victim (or naming nobody) on or after the last. `people` is the
// victims (the others in those events, most often first), then the
// perpetrator. High.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "ESCALATION";
constexpr std::string_view kWhy =
    "Incidents judged one at a time can each fall below a threshold while together they show abuse "
    "becoming "
    "more frequent and more dangerous.";

bool is_perpetrator(const AnalysisContext& a, Vertex v) {
  for (const auto& r : a.risk().of(v))
    if (r.factor == "domestic_abuse_perpetrator") return true;
  return false;
}

/// The perpetrators an incident involves (see the header comment).
std::vector<Vertex> perpetrators(const AnalysisContext& a, const Event& e) {
  std::vector<Vertex> people, out;
  for (const std::string& id : e.people)
    if (const auto v = a.family().find(id)) people.push_back(*v);
  for (Vertex v : people)
    for (const auto& abuse : a.family().outgoing(v, RelationshipType::abuse))
      if (std::find(people.begin(), people.end(), abuse.person) != people.end() &&
          std::find(out.begin(), out.end(), v) == out.end())
        out.push_back(v);
  if (out.empty())
    for (Vertex v : people)
      if (is_perpetrator(a, v)) out.push_back(v);
  return out;
}

}  // namespace

void escalation(const AnalysisContext& a, Findings& out) {
  const auto& events = a.case_data().events;
  std::map<Vertex, std::vector<const Event*>> by_perpetrator;
  for (const Event& e : events)
    if (e.type == EventType::incident || e.type == EventType::police_callout)
      for (Vertex p : perpetrators(a, e)) by_perpetrator[p].push_back(&e);

  const int count = a.thresholds().escalation_count;
  const int window = a.thresholds().escalation_window_months;
  const DayNumber recent = months_before(a.as_of(), window);
  for (auto& [perpetrator, list] : by_perpetrator) {
    std::stable_sort(list.begin(), list.end(), [](const Event* x, const Event* y) {
      return x->date.first_day() < y->date.first_day();
    });
    // The latest run of `count` or more events that fits in the window.
    std::vector<const Event*> run;
    for (std::size_t last = list.size(); last-- > 0 && run.empty();) {
      if (list[last]->date.last_day() < recent) break;
      const DayNumber start = months_before(list[last]->date.last_day(), window);
      std::vector<const Event*> within;
      for (std::size_t i = 0; i <= last; ++i)
        if (list[i]->date.first_day() >= start) within.push_back(list[i]);
      if (static_cast<int>(within.size()) >= count) run = std::move(within);
    }
    if (run.empty()) continue;

    // The victims: the others in these events, most often first (ties: first seen).
    std::vector<std::pair<Vertex, int>> with;
    for (const Event* e : run)
      for (const std::string& id : e->people)
        if (const auto v = a.family().find(id); v && *v != perpetrator) {
          auto it =
              std::find_if(with.begin(), with.end(), [&](const auto& w) { return w.first == *v; });
          if (it == with.end())
            with.emplace_back(*v, 1);
          else
            ++it->second;
        }
    std::stable_sort(with.begin(), with.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    std::vector<Vertex> victims, people;
    for (const auto& [v, n] : with) victims.push_back(v);
    people = victims;
    people.push_back(perpetrator);
    if (marac_referral_since(a, run.back()->date.first_day(), people)) continue;

    // Each date, with whom when more than one victim is involved.
    std::vector<std::string> dates;
    for (const Event* e : run) {
      std::string text = e->date.to_string();
      if (victims.size() > 1) {
        std::vector<Vertex> others;
        for (Vertex v : victims)
          if (e->involves(a.person(v).id)) others.push_back(v);
        if (!others.empty()) text += " with " + a.child_names(others);
      }
      dates.push_back(std::move(text));
    }
    std::vector<Vertex> children = a.children_around(people);
    if (children.empty()) children = a.focus();
    const std::string with_whom = victims.empty() ? std::string() : a.child_names(victims);
    // A DASH is completed with adult victims, never with a child.
    std::vector<Vertex> adult_victims;
    for (Vertex v : victims)
      if (a.family().is_adult(v)) adult_victims.push_back(v);
    // "Closer together" only when each gap is shorter than the one before.
    bool closer = run.size() >= 3;
    for (std::size_t i = 2; i < run.size() && closer; ++i)
      closer = run[i]->date.first_day() - run[i - 1]->date.first_day() <
               run[i - 1]->date.first_day() - run[i - 2]->date.first_day();
    const std::string record =
        " has been involved in " + std::to_string(run.size()) + " incidents or police callouts" +
        (victims.size() == 1 ? " with " + with_whom : std::string()) + " within " +
        wording::count(static_cast<std::size_t>(window), "month", "months") + " (" +
        wording::join_list(dates, ", ", ", ") +
        "), and no MARAC referral is recorded after the last.";
    const std::string dash = adult_victims.empty()
                                 ? std::string("ask the police who the victims were")
                                 : "complete a new DASH with " + a.child_names(adult_victims);
    std::string message = describe_among(a, perpetrator, children) + record + " " +
                          (closer ? std::string("They are coming closer together, a sign of "
                                                "rising risk: ")
                                  : std::string("Repeated incidents mean rising risk: ")) +
                          "look at them together in a chronology, " + dash +
                          ", and consider a MARAC referral.";
    Finding f = make_finding(a, kRule, Severity::high, people, children, std::move(message), kWhy);
    f.detail = a.name(perpetrator) + record + (closer ? " They are coming closer together." : "");
    f.actions = {"Put the incidents involving " + a.name(perpetrator) + " in one chronology.",
                 wording::capitalise(dash) + ".", marac_action(a, perpetrator)};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
