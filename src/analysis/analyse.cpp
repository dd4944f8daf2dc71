#include "analysis/analyse.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "analysis/rules/rules.h"

namespace kinmap {
namespace {

const Rule kRules[] = {
    {"NO_FATHER_RECORDED", "No father recorded", &rules::no_father_recorded},
    {"INVISIBLE_MAN", "Invisible man", &rules::invisible_man},
    {"UNASSESSED_ADULT", "Adult not assessed", &rules::unassessed_adult},
    {"MISSING_FROM_PLAN", "Missing from the plan", &rules::missing_from_plan},
    {"FATHER_NOT_INVITED", "Father not invited", &rules::father_not_invited},
    {"RISK_TO_CHILD", "Risk can reach the child", &rules::risk_to_child},
    {"SEPARATION_TRIGGER", "Separation: a trigger point", &rules::separation_trigger},
    {"PREGNANCY_TRIGGER", "Pregnancy: a trigger point", &rules::pregnancy_trigger},
    {"THREATS_TO_KILL", "Threats to kill or strangulation", &rules::threats_to_kill},
    {"SOLE_PROTECTOR", "Plan relies only on the mother", &rules::sole_protector},
    {"CONFLICTING_ACCOUNTS", "Conflicting accounts", &rules::conflicting_accounts},
    {"YOUNG_PARENT", "Young parent", &rules::young_parent},
    {"NEW_PARTNER", "New partner not assessed", &rules::new_partner},
    {"OTHER_CHILDREN", "Other children", &rules::other_children},
    {"CHILDREN_NOT_ASKED", "Not asked about children", &rules::children_not_asked},
    {"DASH_HIGH_RISK", "High-risk DASH, no MARAC referral", &rules::dash_high_risk},
    {"ESCALATION", "Escalating incidents", &rules::escalation},
    {"STALE_HOUSEHOLD", "Household not confirmed", &rules::stale_household},
};

auto sort_key(const Finding& f) {
  static const std::string kNone;
  return std::tie(f.severity, f.rule, f.people.empty() ? kNone : f.people.front(), f.people,
                  f.children, f.path, f.household, f.message, f.why);
}

auto identity(const Finding& f) {
  return std::tie(f.rule, f.people, f.children, f.path, f.household);
}

}  // namespace

std::span<const Rule> catalogue() {
  return kRules;
}

const Rule* find_rule(std::string_view id) {
  for (const Rule& rule : kRules)
    if (rule.id == id) return &rule;
  return nullptr;
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) { return sort_key(a) < sort_key(b); });
  using Key = std::tuple<std::string, std::vector<std::string>, std::vector<std::string>,
                         std::vector<std::string>, std::optional<std::string>>;
  std::set<Key> seen;
  std::vector<Finding> unique;
  unique.reserve(findings.size());
  for (Finding& f : findings)
    if (seen.insert(Key(identity(f))).second) unique.push_back(std::move(f));
  findings = std::move(unique);
}

std::vector<Finding> analyse(const AnalysisContext& context) {
  std::vector<Finding> findings;
  for (const Rule& rule : kRules) rule.check(context, findings);
  sort_findings(findings);
  return findings;
}

std::vector<Finding> analyse(const FamilyGraph& family) {
  const AnalysisContext context(family);
  return analyse(context);
}

}  // namespace kinmap
