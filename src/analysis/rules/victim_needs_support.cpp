// VICTIM_NEEDS_SUPPORT: a victim of abuse in a child's circle whose own
// difficulties (depression, drinking, drugs) are recorded.
//
// Lesson (the seeds' domestic-abuse reviews): the mother's depression or
// drinking that often follows abuse was weighed as "the risk" beside the man
// who abused her, and advice aimed at her ("see her alone") was written as if
// to him. The plan has to support her to protect the children, not treat her
// as the danger.
//
// Fires once per victim (RiskProfiles: an adult with the domestic_abuse_victim
// factor or the `to` of an abuse relationship) who has `capacity` factors and
// is in a focus child's circle. Medium; high when the plan relies on her alone
// (she is the only adult in `plan.relies_on`). `people`: the victim, then
// whoever abused her (as recorded).
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "VICTIM_NEEDS_SUPPORT";
constexpr std::string_view kWhy =
    "The depression, drinking or drug use that often follows abuse was weighed against victims "
    "as if it were the danger; the plan protects the children by supporting the victim.";

/// True when the plan relies on `v` and on no other adult.
bool relied_on_alone(const AnalysisContext& a, Vertex v) {
  const Plan* plan = a.plan();
  if (!plan) return false;
  bool named = false;
  for (const std::string& id : plan->relies_on) {
    const auto who = a.family().find(id);
    if (!who) continue;
    if (*who == v)
      named = true;
    else if (a.family().is_adult(*who))
      return false;
  }
  return named;
}

}  // namespace

void victim_needs_support(const AnalysisContext& a, Findings& out) {
  const FamilyGraph& family = a.family();
  for (Vertex v = 0; v < family.size(); ++v) {
    if (!a.risk().is_victim(v) || a.risk().support_needs(v).empty() || a.person(v).deceased())
      continue;
    const std::vector<Vertex>& children = a.circles_holding(v);
    if (children.empty()) continue;
    std::vector<Vertex> abusers;
    for (const auto& link : family.incoming(v, RelationshipType::abuse))
      if (std::find(abusers.begin(), abusers.end(), link.person) == abusers.end())
        abusers.push_back(link.person);
    std::vector<std::string> abuser_names;
    for (Vertex abuser : abusers) abuser_names.push_back(a.name(abuser));

    const bool alone = relied_on_alone(a, v);
    std::string facts = " " + is(a, v) + " a victim of domestic abuse" +
                        (abuser_names.empty() ? "" : " by " + wording::join_list(abuser_names)) +
                        ", and " + his(a, v) + " record shows " + a.risk().support_summary(v) + ".";
    if (alone)
      facts += " The " + a.plan_name() + " relies on " + him(a, v) + " alone to keep " +
               a.child_names(children) + " safe.";
    std::string message = describe_among(a, v, children) + facts;
    message += " Treat this as a need to support, not as the risk to " + a.child_names(children) +
               ": see " + him(a, v) + " alone, offer support for " + his(a, v) +
               " own health and safety (an IDVA, mental health or substance misuse services), "
               "and make sure the plan says who helps " +
               him(a, v) + " protect the children.";
    std::vector<Vertex> people = {v};
    people.insert(people.end(), abusers.begin(), abusers.end());
    Finding f = make_finding(a, kRule, alone ? Severity::high : Severity::medium, people, children,
                             std::move(message), kWhy);
    f.detail = a.name(v) + facts + " This is a need to support, not the risk to the children.";
    f.actions = {"See " + a.name(v) + " alone and offer support for " + his(a, v) +
                     " own health and safety (an IDVA, mental health or substance misuse "
                     "services).",
                 "Make sure the plan says who helps " + a.name(v) + " protect the children."};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
