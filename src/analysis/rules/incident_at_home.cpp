// INCIDENT_AT_HOME: a police call-out or incident at a child's home with
// nobody recorded as responsible, or naming someone not assessed since.
//
// Lesson (the seeds' "invisible men" reviews): police were called to the
// home, the log said "domestic, male left before arrival", and nobody asked
// who he was; the man seen there weeks before was the same man. An incident
// at the home is a question: who was there?
//
// Fires once per `incident` or `police_callout` within
// `incident_window_months` of as_of (never after it) that is at a household
// where a focus child lives or names someone in a focus child's circle, when
// nobody is recorded as responsible (no `abuse` relationship between people
// it names, and it names no adult of known identity but the children's
// resident parents) or an adult it names was assessed only before it. High
// when a man of unknown or partial identity was seen at that home within the
// window, else medium. `people`: the unidentified people it names, then those
// assessed only before it (may be empty); `household`: the home, if any.
#include "analysis/rules/rule_support.h"
#include "analysis/sightings.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "INCIDENT_AT_HOME";
constexpr std::string_view kWhy =
    "Call-outs to a child's home were closed without anyone finding out who was there.";

}  // namespace

void incident_at_home(const AnalysisContext& a, Findings& out) {
  const FamilyGraph& family = a.family();
  const DayNumber as_of = a.as_of();
  const DayNumber window = months_before(as_of, a.thresholds().incident_window_months);
  // Per home, the first man of unknown or partial identity seen there in the
  // sighting window: found once, not per incident.
  std::map<std::string, Vertex> unknown_man_at;
  for (const Event& seen : a.case_data().events) {
    if (seen.household.empty() || !counts_as_seen(family, seen)) continue;
    for (const std::string& id : seen.people)
      if (const auto v = family.find(id);
          v && a.is_man(*v) && a.person(*v).identity != Identity::known)
        unknown_man_at.emplace(seen.household, *v);
  }
  for (const Event& e : a.case_data().events) {
    if (e.type != EventType::incident && e.type != EventType::police_callout) continue;
    if (e.date.first_day() > as_of || e.date.last_day() < window) continue;

    std::vector<Vertex> named;
    for (const std::string& id : e.people)
      if (const auto v = family.find(id)) named.push_back(*v);
    const std::optional<std::size_t> home =
        e.household.empty() ? std::nullopt : a.household_index(e.household);

    // The focus children it concerns: those living at the home, or whose
    // circle holds someone it names.
    std::vector<Vertex> children;
    auto take = [&](Vertex c) {
      if (std::find(children.begin(), children.end(), c) == children.end()) children.push_back(c);
    };
    // At a home: the focus children who live there (and any it names);
    // elsewhere: the focus children whose circle holds someone it names.
    if (home)
      for (const auto& resident : a.homes().residents(*home))
        if (a.is_focus(resident.person)) take(resident.person);
    for (Vertex v : named)
      if (a.is_focus(v)) take(v);
    if (!home)
      for (Vertex v : named)
        for (Vertex c : a.circles_holding(v)) take(c);
    if (children.empty()) continue;
    children = a.in_focus_order(children);

    // Who it names beyond the children and their resident parents.
    bool abuse_between = false;
    for (Vertex v : named)
      for (const auto& link : family.outgoing(v, RelationshipType::abuse))
        abuse_between =
            abuse_between || std::find(named.begin(), named.end(), link.person) != named.end();
    // Someone is recorded as responsible when it names an adult of known
    // identity beyond the children's resident parents (a man nobody has
    // identified answers nothing). "Not assessed since" is for someone
    // assessed before it: never assessed at all is UNASSESSED_ADULT's question.
    bool others = false;
    std::vector<Vertex> unassessed, unidentified;
    for (Vertex v : named) {
      if (!family.is_adult(v)) continue;
      if (a.person(v).identity != Identity::known) {
        unidentified.push_back(v);
        continue;
      }
      bool resident_parent = false;
      for (Vertex c : children)
        resident_parent =
            resident_parent || (is_parent_of(a, v, c) && a.homes().live_together(v, c));
      if (!resident_parent) others = true;
      const Assessment& done = a.person(v).assessment;
      if (done.status == AssessmentStatus::complete && done.date &&
          done.date->first_day() < e.date.first_day())
        unassessed.push_back(v);
    }
    const bool nobody_responsible = !abuse_between && !others;
    if (!nobody_responsible && unassessed.empty()) continue;

    // A man of unknown or partial identity seen at that home in the window.
    std::optional<Vertex> unknown_man;
    if (home)
      if (const auto it = unknown_man_at.find(e.household); it != unknown_man_at.end())
        unknown_man = it->second;

    const std::string what =
        e.type == EventType::police_callout ? "Police were called to " : "An incident happened at ";
    const std::string where =
        home ? (children.size() == 1 ? wording::possessive(a.name(children[0])) + " home"
                                     : a.household_name(*home))
             : "an address not recorded, involving people around " + a.child_names(children);
    std::string message = what + where + " on " + e.date.to_string() +
                          (e.source.empty() ? "" : " (" + wording::source_name(e.source) + ")");
    if (nobody_responsible) message += ", and the record does not say who was responsible";
    if (!unassessed.empty()) {
      std::vector<std::string> names;
      for (Vertex v : unassessed) names.push_back(a.name(v));
      message += std::string(nobody_responsible ? "; " : ", and ") + wording::join_list(names) +
                 (unassessed.size() == 1 ? " has" : " have") + " not been assessed since";
    }
    if (!unidentified.empty()) {
      std::vector<std::string> names;
      for (Vertex v : unidentified) names.push_back(a.name(v));
      message += "; it names " + wording::join_list(names) + ", whose identity is not known";
    }
    message += ".";
    if (unknown_man &&
        std::find(unidentified.begin(), unidentified.end(), *unknown_man) == unidentified.end())
      message += " " + wording::capitalise(a.name(*unknown_man)) +
                 ", whose identity is not known, was seen at the home in the same months.";
    const std::string facts = message;
    message +=
        " Find out who was there: ask the police for the log and who was present, ask the "
        "adults at the home, and add anyone found to the assessment of " +
        a.child_names(children) + ".";
    std::vector<Vertex> people = unidentified;
    people.insert(people.end(), unassessed.begin(), unassessed.end());
    Finding f = make_finding(a, kRule, unknown_man ? Severity::high : Severity::medium, people,
                             children, std::move(message), kWhy);
    if (home) f.household = e.household;
    f.detail = facts;
    f.actions = {"Find out who was " + (home ? "at " + a.household_name(*home) : "there") + " on " +
                 e.date.to_string() + ": ask the police for the log and the adults at the home."};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
