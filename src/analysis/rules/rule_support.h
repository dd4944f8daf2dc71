// What the rule files share: building a Finding, and the phrases several
// rules use. Each rule lives in its own file (rules/<rule>.cpp) and is
// registered in analyse.cpp.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analysis_context.h"
#include "analysis/finding.h"
#include "analysis/wording.h"

namespace kinmap::rules {

using Vertex = FamilyGraph::Vertex;
using Findings = std::vector<Finding>;

/// A finding with ids taken from the vertices.
inline Finding make_finding(const AnalysisContext& a, std::string_view rule, Severity severity,
                            const std::vector<Vertex>& people, const std::vector<Vertex>& children,
                            std::string message, std::string_view why) {
  Finding f;
  f.rule = std::string(rule);
  f.severity = severity;
  f.people = a.ids(people);
  f.children = a.ids(children);
  f.message = std::move(message);
  f.why = std::string(why);
  return f;
}

/// True when `person` is a parent (of any kind) of `child`.
inline bool is_parent_of(const AnalysisContext& a, Vertex person, Vertex child) {
  for (const auto& link : a.family().parents(child))
    if (link.person == person) return true;
  return false;
}

/// The child to describe `person` against: among `children`, the first they
/// are a parent of, else the first they are family to, else reference_child.
/// So Sophie is "Ella's mother", not "Ruby's father's partner".
inline Vertex child_for(const AnalysisContext& a, Vertex person,
                        const std::vector<Vertex>& children);

/// The child to describe people against: the first of `children` who is not
/// an unnamed unborn baby (called after its mother, so "Chelsea's unborn
/// baby's mother" would say nothing), else the first.
inline Vertex reference_child(const AnalysisContext& a, const std::vector<Vertex>& children) {
  for (Vertex c : children)
    if (!(a.person(c).name.empty() && a.family().is_unborn(c))) return c;
  return children.front();
}

inline Vertex child_for(const AnalysisContext& a, Vertex person,
                        const std::vector<Vertex>& children) {
  auto usable = [&](Vertex c) {
    return c != person && !(a.person(c).name.empty() && a.family().is_unborn(c));
  };
  for (Vertex c : children)
    if (usable(c) && is_parent_of(a, person, c)) return c;
  for (Vertex c : children)
    if (usable(c) && !a.roles().possessive_relation(person, c).empty()) return c;
  return reference_child(a, children);
}

/// "Ryan Cole (Mia's father)": the person described against the first of
/// `children`, then of the focus children, that they are something to; else
/// just their name. An unnamed unborn baby is called after its mother
/// ("Kayleigh Dunn's unborn baby"), so nobody is described against one.
inline std::string describe_among(const AnalysisContext& a, Vertex person,
                                  const std::vector<Vertex>& children) {
  // The focus children near them stand for "the focus children": the same
  // answer, without looking at every child in a large case.
  for (const auto* list : {&children, &a.roles().focus_children_near(person)}) {
    if (list->empty()) continue;
    const Vertex c = child_for(a, person, *list);
    if (c != person && !a.roles().possessive_relation(person, c).empty())
      return a.describe(person, c);
  }
  return a.name(person);
}

/// "Mia (aged 2)", "Kayleigh Dunn's unborn baby (due 2027-02-10)".
inline std::string child_with_age(const AnalysisContext& a, Vertex child) {
  return name_with_age(a.family(), a.roles(), child);
}

/// "he", "she", "they" and friends for `v`.
inline std::string he(const AnalysisContext& a, Vertex v, bool capital = false) {
  return std::string(wording::subject_pronoun(a.person(v).sex, capital));
}
inline std::string him(const AnalysisContext& a, Vertex v) {
  return std::string(wording::object_pronoun(a.person(v).sex));
}
inline std::string his(const AnalysisContext& a, Vertex v) {
  return std::string(wording::possessive_pronoun(a.person(v).sex));
}
inline std::string has(const AnalysisContext& a, Vertex v) {
  return std::string(wording::has_verb(a.person(v).sex));
}
inline std::string is(const AnalysisContext& a, Vertex v) {
  return std::string(wording::is_verb(a.person(v).sex));
}

/// "He is recorded as a risk: <summary>." for harm; for risk from capacity
/// factors alone (drinking, mental health), what it may mean for the care
/// the person gives, not "a risk": "His alcohol misuse (probation) may
/// affect the care he gives." Empty when `v` poses no risk.
inline std::string risk_statement(const AnalysisContext& a, Vertex v) {
  if (!a.risk().poses_risk(v)) return {};
  if (a.risk().capacity_only(v))
    return wording::capitalise(his(a, v)) + " " + a.risk().summary(v) + " may affect the care " +
           he(a, v) + " gives.";
  return he(a, v, true) + " " + is(a, v) + " recorded as a risk: " + a.risk().summary(v) + ".";
}

/// " " + risk_statement(a, v), or "" when `v` poses no risk.
inline std::string risk_sentence(const AnalysisContext& a, Vertex v) {
  const std::string statement = risk_statement(a, v);
  return statement.empty() ? statement : " " + statement;
}

/// A predicate for "who ..." and lists of reasons: "is recorded as a risk
/// (history of violence)", or "has alcohol misuse recorded, which may affect
/// the care he gives".
inline std::string risk_clause(const AnalysisContext& a, Vertex v) {
  if (a.risk().capacity_only(v))
    return has(a, v) + " " + a.risk().labels(v) + " recorded, which may affect the care " +
           he(a, v) + " gives";
  return is(a, v) + " recorded as a risk (" + a.risk().labels(v) + ")";
}

/// The adult services that should ask whether someone has children
/// (probation, substance misuse, mental health) and know `p`, as messages
/// name them: CHILDREN_NOT_ASKED, and OTHER_CHILDREN when it speaks for it.
inline std::vector<std::string> adult_services_knowing(const Person& p) {
  std::vector<std::string> out;
  for (const auto& [agency, name] :
       {std::pair{Agency::probation, "probation"},
        std::pair{Agency::substance_misuse, "substance misuse services"},
        std::pair{Agency::mental_health, "mental health services"}})
    if (p.known_to_agency(agency)) out.emplace_back(name);
  return out;
}

// Actions several rules ask of the same person, worded once, so that a report
// by person prints each once with the rules it comes from.

/// "Complete police and children's social care checks on Dean Marsh."
inline std::string checks_action(const AnalysisContext& a, Vertex v) {
  return "Complete police and children's social care checks on " + a.name(v) + ".";
}

/// "Name Pat Marsh in the child protection plan and set out what is expected of
/// her"; for someone who poses risk, what the plan must do about them.
inline std::string name_in_plan_action(const AnalysisContext& a, Vertex v) {
  if (!a.risk().poses_risk(v))
    return "Name " + a.name(v) + " in the " + a.plan_name() + " and set out what is expected of " +
           him(a, v) + ".";
  return "Name " + a.name(v) + " in the " + a.plan_name() + ", with actions for " + him(a, v) +
         " and how the risk " + he(a, v) + " poses will be managed.";
}

/// The same, for someone the plan already names: "Add actions for Dean Marsh
/// himself to the plan (...)".
inline std::string plan_actions_action(const AnalysisContext& a, Vertex v) {
  if (!a.plan_names(v)) return name_in_plan_action(a, v);
  const Sex sex = a.person(v).sex;
  return "Add actions for " + a.name(v) + " " +
         (sex == Sex::unknown ? "themselves"
          : sex == Sex::male  ? "himself"
                              : "herself") +
         " to the plan (assessment, checks, contact arrangements, work on " + his(a, v) +
         " behaviour).";
}

/// "Assess Dean Marsh, with police and social care checks" (or
/// complete or update the assessment, as it stands).
inline std::string assess_action(const AnalysisContext& a, Vertex v) {
  const std::string rest = ", with police and social care checks.";
  switch (a.person(v).assessment.status) {
    case AssessmentStatus::planned:
    case AssessmentStatus::in_progress:
      return "Complete the assessment of " + a.name(v) + rest;
    case AssessmentStatus::complete:
      return "Update the assessment of " + a.name(v) + rest;
    default:
      return "Assess " + a.name(v) + rest;
  }
}

/// "Check now that the safety plan keeps every child Dean Marsh can reach safe."
inline std::string safe_now_action(const AnalysisContext& a, Vertex v) {
  return "Check now that the safety plan keeps every child " + a.name(v) + " can reach safe.";
}

/// "Ask Dean Marsh whether he has other children or contact with any."
inline std::string ask_about_children_action(const AnalysisContext& a, Vertex v) {
  return "Ask " + a.name(v) + " whether " + he(a, v) + " " + has(a, v) +
         " other children or contact with any.";
}

/// "Arrange an urgent risk assessment of Dean Marsh now, with the police."
inline std::string urgent_assessment_action(const AnalysisContext& a, Vertex v) {
  return "Arrange an urgent risk assessment of " + a.name(v) + " now, with the police.";
}

/// "Consider a MARAC referral for the risk from Dean Marsh."
inline std::string marac_action(const AnalysisContext& a, Vertex v) {
  return "Consider a MARAC referral for the risk from " + a.name(v) + ".";
}

/// True when a `marac_referral` event concerning any of `people` (or naming
/// nobody) is dated on or after `day`. A vaguely dated referral that may fall
/// on or after `day` counts, so a referral is never missed.
inline bool marac_referral_since(const AnalysisContext& a, DayNumber day,
                                 const std::vector<Vertex>& people) {
  auto referral = [&](const Event* e) {
    return e->type == EventType::marac_referral && e->date.last_day() >= day;
  };
  for (const Event* e : a.events_of_nobody())
    if (referral(e)) return true;
  for (Vertex v : people)
    for (const Event* e : a.events_of(v))
      if (referral(e)) return true;
  return false;
}

}  // namespace kinmap::rules
