// MISSING_FROM_PLAN: someone the plan must work with is not named in it.
//
// Lesson (Buckinghamshire SCB, "Avoiding an over-reliance on the mother's
// ability to protect"): "When men are not part of the child protection plan,
// the danger is that the risks they pose are then overlooked." Milton Keynes:
// "men within and around the family are not always included".
//
// When a plan exists, fires once per person in a plan child's circle who is
// not in `plan.named` and who is a parent with parental responsibility, an
// adult living in the child's home, an adult with contact or care (care is
// contact and more), or anyone who poses risk. Parental responsibility is
// `pr: true`; where `pr` is not recorded, a birth mother and an adoptive
// parent have it by law. High if they pose risk, else medium.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "MISSING_FROM_PLAN";
constexpr std::string_view kWhy =
    "When the people around a child are not part of the plan, the risks they pose and the part "
    "they play are "
    "overlooked.";

bool has_parental_responsibility(const AnalysisContext& a, Vertex v, const Relationship& parent) {
  if (parent.pr) return *parent.pr;
  if (parent.kind == ParentKind::adoptive) return true;
  return parent.kind == ParentKind::biological && a.person(v).sex == Sex::female;
}

}  // namespace

void missing_from_plan(const AnalysisContext& a, Findings& out) {
  if (!a.plan()) return;
  // Each reason is a phrase with "{}" where the children go ("lives in {}
  // home"), with the children it holds for, so a reason true of two children
  // is said once: "lives in Mia and Noah's home".
  struct Reason {
    std::string phrase;
    bool possessive = false;
    std::vector<Vertex> children;
  };
  struct Missing {
    std::vector<Vertex> children;
    std::vector<Reason> reasons;
  };
  std::map<Vertex, Missing> missing;
  for (Vertex child : a.plan_children())
    for (const CircleMember& m : a.circle(child).members) {
      const Vertex v = m.person;
      if (a.plan_names(v)) continue;
      const bool adult = a.family().is_adult(v);
      std::vector<std::pair<std::string, bool>> reasons;
      for (const CircleLink& link : m.links) {
        if (link.kind == CircleLinkKind::parent &&
            has_parental_responsibility(a, v, *link.relationship))
          reasons.emplace_back("has parental responsibility for {}", false);
        if (link.kind == CircleLinkKind::household && adult)
          reasons.emplace_back(
              (link.membership && link.membership->staying() ? std::string("is staying at {} home")
                                                             : std::string("lives in {} home")) +
                  (link.membership ? wording::disputed_remark(*link.membership) : std::string()),
              true);
        if (link.kind == CircleLinkKind::contact && adult)
          reasons.emplace_back("has " + wording::contact_phrase(*link.relationship) + " with {}",
                               false);
        if (link.kind == CircleLinkKind::care && adult)
          reasons.emplace_back("looks after {}", false);
      }
      if (reasons.empty() && !a.risk().poses_risk(v)) continue;
      Missing& entry = missing[v];
      entry.children.push_back(child);
      for (const auto& reason : reasons) {
        // (No structured binding: clang 14, which builds the fuzzers, cannot
        // capture one in a lambda.)
        const auto& [phrase, possessive] = reason;
        const std::string& wanted = phrase;
        auto it = std::find_if(entry.reasons.begin(), entry.reasons.end(),
                               [&](const Reason& r) { return r.phrase == wanted; });
        if (it == entry.reasons.end())
          it = entry.reasons.insert(entry.reasons.end(), Reason{phrase, possessive, {}});
        if (std::find(it->children.begin(), it->children.end(), child) == it->children.end())
          it->children.push_back(child);
      }
    }
  for (const auto& [v, entry] : missing) {
    const bool risk = a.risk().poses_risk(v);
    std::vector<std::string> reasons;
    for (const Reason& r : entry.reasons) {
      const std::string names = a.child_names(r.children);
      std::string text = r.phrase;
      text.replace(text.find("{}"), 2, r.possessive ? wording::possessive(names) : names);
      reasons.push_back(std::move(text));
    }
    const std::string not_named =
        "is not named in the " + a.plan_name() + " for " + a.child_names(entry.children) + ".";
    if (risk) reasons.push_back(risk_clause(a, v));
    std::string message = a.describe(v, child_for(a, v, entry.children)) + " " +
                          wording::join_list(reasons) + ", but " + not_named + " Name " +
                          him(a, v) + " in the plan and set out what is expected of " + him(a, v);
    message += risk ? ", and how the risk " + he(a, v) + " poses will be managed." : ".";
    Finding f = make_finding(a, kRule, risk ? Severity::high : Severity::medium, {v},
                             entry.children, std::move(message), kWhy);
    // The action says it all (and the report states the risk once).
    f.actions = {name_in_plan_action(a, v)};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
