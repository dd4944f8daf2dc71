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
// it names, and it names no adult but the children's resident parents) or an
// adult it names has not been assessed since it happened. High when a man of
// unknown or partial identity was seen at that home within the window, else
// medium. `people`: the adults it names who are not assessed since (may be
// empty); `household`: the home, when it has one.
#include "analysis/rules/rule_support.h"
#include "analysis/sightings.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "INCIDENT_AT_HOME";
constexpr std::string_view kWhy =
    "Police call-outs to a child's home were closed without anyone finding out who was there, and "
    "the man nobody identified was the one who harmed the child.";

bool assessed_since(const Person& p, const PartialDate& date) {
  return p.assessment.status == AssessmentStatus::complete && p.assessment.date &&
         p.assessment.date->first_day() >= date.first_day();
}

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
    if (home)
      for (const auto& resident : a.homes().residents(*home))
        if (a.is_focus(resident.person)) take(resident.person);
    for (Vertex v : named) {
      if (a.is_focus(v)) take(v);
      for (Vertex c : a.circles_holding(v)) take(c);
    }
    if (children.empty()) continue;
    children = a.in_focus_order(children);

    // Who it names beyond the children and their resident parents.
    bool abuse_between = false;
    for (Vertex v : named)
      for (const auto& link : family.outgoing(v, RelationshipType::abuse))
        abuse_between =
            abuse_between || std::find(named.begin(), named.end(), link.person) != named.end();
    bool others = false;
    std::vector<Vertex> unassessed;
    for (Vertex v : named) {
      if (!family.is_adult(v)) continue;
      bool resident_parent = false;
      for (Vertex c : children)
        resident_parent =
            resident_parent || (is_parent_of(a, v, c) && a.homes().live_together(v, c));
      if (!resident_parent) others = true;
      if (!assessed_since(a.person(v), e.date)) unassessed.push_back(v);
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
    message += ".";
    if (unknown_man)
      message += " " + wording::capitalise(a.name(*unknown_man)) +
                 ", whose identity is not known, was seen at the home in the same months.";
    message +=
        " Find out who was there: ask the police for the log and who was present, ask the "
        "adults at the home, and add anyone found to the assessment of " +
        a.child_names(children) + ".";
    Finding f = make_finding(a, kRule, unknown_man ? Severity::high : Severity::medium, unassessed,
                             children, std::move(message), kWhy);
    if (home) f.household = e.household;
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
