#include "analysis/analyse.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_set>

#include "analysis/one_situation.h"
#include "analysis/parallel_for.h"
#include "analysis/reviews.h"
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
    {"INCIDENT_AT_HOME", "Incident at the home: who was there?", &rules::incident_at_home},
    {"RELIES_ON_RISK", "Plan relies on someone unassessed or a risk", &rules::relies_on_risk},
    {"VICTIM_NEEDS_SUPPORT", "A victim who needs support", &rules::victim_needs_support},
    {"CHILDREN_ELSEWHERE", "Children in another case", &rules::children_elsewhere},
    {"RISK_RECORDED_ELSEWHERE", "Risk recorded in another case", &rules::risk_recorded_elsewhere},
    {"PATTERN_ACROSS_RELATIONSHIPS", "Abuse across relationships",
     &rules::pattern_across_relationships},
    {"POSSIBLE_MATCH", "Possible match in another case", &rules::possible_match},
};

/// Rule ids in alphabetical order, so findings sort by an integer rank
/// instead of comparing the same long id over and over.
std::size_t rule_rank(const std::string& rule) {
  static const std::vector<std::string_view> sorted = [] {
    std::vector<std::string_view> ids;
    for (const Rule& r : kRules) ids.push_back(r.id);
    std::sort(ids.begin(), ids.end());
    return ids;
  }();
  const auto it = std::lower_bound(sorted.begin(), sorted.end(), std::string_view(rule));
  return it != sorted.end() && *it == rule ? static_cast<std::size_t>(it - sorted.begin())
                                           : sorted.size();  // unknown: compared by id below
}

auto sort_key(const Finding& f, std::size_t rank) {
  static const std::string kNone;
  return std::tie(f.severity, rank, f.rule, f.people.empty() ? kNone : f.people.front(), f.people,
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
  // Sorted as indexes, then moved once: a Finding is large. Most pairs differ
  // in severity, rule or first person, compared here without the long tuple.
  struct Key {
    Severity severity;
    std::size_t rank;
    std::string_view first;
  };
  std::vector<Key> keys(findings.size());
  std::vector<std::size_t> order(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    keys[i] = Key{f.severity, rule_rank(f.rule),
                  f.people.empty() ? std::string_view() : std::string_view(f.people.front())};
    order[i] = i;
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Key& x = keys[a];
    const Key& y = keys[b];
    if (x.severity != y.severity) return x.severity < y.severity;
    if (x.rank != y.rank) return x.rank < y.rank;
    // Rules not in the catalogue share a rank and are told apart by id first.
    if (x.first != y.first && x.rank < std::size(kRules)) return x.first < y.first;
    return sort_key(findings[a], x.rank) < sort_key(findings[b], y.rank);
  });
  // The first of each identity stays; identities are hashed in place, not copied.
  auto hash_identity = [&](std::size_t i) {
    const Finding& f = findings[i];
    const std::hash<std::string_view> hash;
    std::size_t h = keys[i].rank;
    auto mix = [&](std::string_view s) { h = h * 1000003 ^ hash(s); };
    for (const auto* list : {&f.people, &f.children, &f.path}) {
      for (const std::string& id : *list) mix(id);
      mix("\n");  // a list's end: ["a"],["b"] is not ["a","b"],[]
    }
    if (f.household) mix(*f.household);
    return h;
  };
  auto same_identity = [&](std::size_t a, std::size_t b) {
    return identity(findings[a]) == identity(findings[b]);
  };
  std::unordered_set<std::size_t, decltype(hash_identity), decltype(same_identity)> seen(
      findings.size(), hash_identity, same_identity);
  std::vector<bool> first(findings.size());
  for (std::size_t i : order) first[i] = seen.insert(i).second;  // before any is moved
  std::vector<Finding> unique;
  unique.reserve(seen.size());
  for (std::size_t i : order)
    if (first[i]) unique.push_back(std::move(findings[i]));
  findings = std::move(unique);
}

std::vector<Finding> analyse(const AnalysisContext& context) {
  // Rules only read the context: they run side by side, each into its own
  // list, joined in catalogue order so the result is a plain loop's.
  std::vector<std::vector<Finding>> by_rule(std::size(kRules));
  parallel_for(by_rule.size(), [&](std::size_t i) { kRules[i].check(context, by_rule[i]); });
  std::vector<Finding> findings;
  std::size_t total = 0;
  for (const auto& list : by_rule) total += list.size();
  findings.reserve(total);
  for (auto& list : by_rule)
    for (Finding& f : list) findings.push_back(std::move(f));
  sort_findings(findings);
  one_situation_one_finding(context, findings);
  apply_reviews(context, findings);
  return findings;
}

std::vector<Finding> analyse(const FamilyGraph& family) {
  const AnalysisContext context(family);
  return analyse(context);
}

}  // namespace kinmap
