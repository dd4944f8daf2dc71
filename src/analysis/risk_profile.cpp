#include "analysis/risk_profile.h"

#include <algorithm>
#include <array>

#include "analysis/wording.h"

namespace kinmap {
namespace {

/// The risk factor an abuse form shows, beyond being a perpetrator at all.
struct FormFactor {
  AbuseForm form;
  std::string_view factor;
};

constexpr std::array<FormFactor, 4> kFormFactors = {{
    {AbuseForm::strangulation, "non_fatal_strangulation"},
    {AbuseForm::threats_to_kill, "threats_to_kill"},
    {AbuseForm::stalking, "stalking"},
    {AbuseForm::coercive_control, "coercive_control"},
}};

constexpr std::string_view kPerpetrator = "domestic_abuse_perpetrator";
constexpr std::string_view kChildHarm = "child_harm_history";
constexpr std::string_view kVictim = "domestic_abuse_victim";

/// "(convicted, police, 2019)": what the entry rests on, who recorded it, when.
std::string dated(const std::string& source, const std::optional<PartialDate>& date,
                  RiskBasis basis = RiskBasis::unknown) {
  std::vector<std::string> parts;
  if (const auto phrase = wording::basis_phrase(basis); !phrase.empty()) parts.emplace_back(phrase);
  if (!source.empty()) parts.push_back(wording::source_name(source));
  if (date) parts.push_back(date->to_string());
  return wording::join_list(parts, ", ", ", ");
}

}  // namespace

RiskProfiles::RiskProfiles(const FamilyGraph& family, const Roles& roles)
    : profiles_(family.size()), support_(family.size()), victim_(family.size(), false) {
  const RiskModel& model = family.model();
  // Victims first: their capacity factors are needs to support, not risk.
  for (Vertex v = 0; v < family.size(); ++v) {
    if (!family.is_adult(v)) continue;
    victim_[v] = family.person(v).has_factor(kVictim) ||
                 !family.incoming(v, RelationshipType::abuse).empty();
  }
  auto add = [&](Vertex v, std::string_view factor_id, std::string evidence) {
    const RiskFactor* factor = model.factor(factor_id);
    if (!factor || factor->kind == FactorKind::vulnerability) return;
    auto& list = factor->kind == FactorKind::capacity && victim_[v] ? support_[v] : profiles_[v];
    for (const auto& existing : list)
      if (existing.factor == factor_id) return;
    list.push_back({factor->id, factor->label, factor->kind, factor->urgent, factor->weight,
                    std::move(evidence)});
  };

  for (Vertex v = 0; v < family.size(); ++v)
    for (const RiskFlag& flag : family.person(v).risk)
      add(v, flag.factor, dated(flag.source, flag.date, flag.basis));

  for (Vertex v = 0; v < family.size(); ++v)
    for (const auto& abuse : family.outgoing(v, RelationshipType::abuse)) {
      const Relationship& r = *abuse.relationship;
      std::string evidence = "recorded abuse of " + roles.name(abuse.person);
      if (r.last) evidence += ", last " + r.last->to_string();
      if (!r.source.empty()) evidence += ", " + wording::source_name(r.source);
      add(v, family.is_child(abuse.person) ? kChildHarm : kPerpetrator, evidence);
      for (const FormFactor& ff : kFormFactors)
        if (r.has_form(ff.form)) add(v, ff.factor, evidence);
    }

  for (const DashAssessment& dash : family.case_data().dash) {
    if (dash.perpetrator.empty()) continue;
    const auto perpetrator = family.find(dash.perpetrator);
    const auto victim = family.find(dash.victim);
    if (!perpetrator) continue;
    add(*perpetrator, kPerpetrator,
        "named on a DASH" + (victim ? " with " + roles.name(*victim) : std::string()) + ", " +
            dash.date.to_string());
  }

  auto order = [](std::vector<RiskIndicator>& list) {
    std::stable_sort(list.begin(), list.end(), [](const RiskIndicator& a, const RiskIndicator& b) {
      if (a.urgent != b.urgent) return a.urgent;
      if ((a.kind == FactorKind::harm) != (b.kind == FactorKind::harm))
        return a.kind == FactorKind::harm;
      if (a.weight != b.weight) return a.weight > b.weight;
      return a.factor < b.factor;
    });
  };
  for (auto& profile : profiles_) order(profile);
  for (auto& needs : support_) order(needs);
}

bool RiskProfiles::capacity_only(Vertex v) const {
  return poses_risk(v) &&
         std::all_of(profiles_[v].begin(), profiles_[v].end(),
                     [](const RiskIndicator& r) { return r.kind == FactorKind::capacity; });
}

bool RiskProfiles::urgent(Vertex v) const {
  return std::any_of(profiles_[v].begin(), profiles_[v].end(),
                     [](const RiskIndicator& r) { return r.urgent; });
}

std::string RiskProfiles::summary(Vertex v) const {
  return summary_of(profiles_[v]);
}

std::string RiskProfiles::support_summary(Vertex v) const {
  return summary_of(support_[v]);
}

std::string RiskProfiles::summary_of(const std::vector<RiskIndicator>& list) {
  // Factors shown by the same record are said together:
  // "threats to kill, domestic abuse perpetrator (recorded abuse of ...)".
  std::vector<std::pair<std::string, std::vector<std::string>>> by_evidence;
  for (const auto& r : list) {
    auto it = std::find_if(by_evidence.begin(), by_evidence.end(),
                           [&](const auto& group) { return group.first == r.evidence; });
    if (it == by_evidence.end()) it = by_evidence.insert(by_evidence.end(), {r.evidence, {}});
    it->second.push_back(r.label);
  }
  std::vector<std::string> parts;
  for (const auto& [evidence, labels] : by_evidence)
    parts.push_back(wording::join_list(labels, ", ", ", ") +
                    (evidence.empty() ? "" : " (" + evidence + ")"));
  return wording::join_list(parts, "; ", "; ");
}

std::string RiskProfiles::labels(Vertex v) const {
  std::vector<std::string> parts;
  for (const auto& r : profiles_[v]) parts.push_back(r.label);
  return wording::join_list(parts, ", ", ", ");
}

std::string RiskProfiles::urgent_summary(Vertex v) const {
  std::vector<std::string> parts;
  for (const auto& r : profiles_[v])
    if (r.urgent) parts.push_back(r.label);
  return wording::join_list(parts);
}

}  // namespace kinmap
