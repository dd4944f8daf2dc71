// PREGNANCY_TRIGGER: an expectant mother whose partner or ex-partner has
// abused her or poses risk.
//
// Lesson (Buckinghamshire SCB, "Trigger events"): "Pregnancy is recognised as
// a trigger for the onset of domestic violence in a relationship. Any
// domestic violence incidences during pregnancy should be viewed as posing a
// high risk to the mother and unborn baby." Baby M and Baby Q: the routine
// question about domestic abuse "was not revisited around 28 weeks gestation".
//
// An expectant mother is the female parent of an unborn child, or a woman in
// a `pregnancy` event within `pregnancy_window_months` of as_of. Fires once
// per expectant mother and each partner or ex-partner of hers (any status,
// and the unborn child's father) who has abused her or poses risk. `people`
// is the mother, then that man. High.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "PREGNANCY_TRIGGER";
constexpr std::string_view kWhy =
    "Pregnancy is a known trigger for domestic abuse, and abuse during pregnancy is a high risk to "
    "the mother "
    "and the unborn baby.";

struct Pregnancy {
  std::vector<Vertex> unborn;      // unborn children of hers in the case
  std::vector<std::string> dates;  // "due 2027-02-10", "pregnancy recorded 2026-06-01"
};

}  // namespace

void pregnancy_trigger(const AnalysisContext& a, Findings& out) {
  const FamilyGraph& family = a.family();
  std::map<Vertex, Pregnancy> mothers;
  for (Vertex u = 0; u < family.size(); ++u) {
    if (!family.is_unborn(u)) continue;
    for (const auto& link : family.parents(u, {ParentKind::biological, ParentKind::presumed}))
      if (a.person(link.person).sex == Sex::female) {
        Pregnancy& p = mothers[link.person];
        p.unborn.push_back(u);
        if (a.person(u).expected) p.dates.push_back("due " + a.person(u).expected->to_string());
      }
  }
  const DayNumber window_start = months_before(a.as_of(), a.thresholds().pregnancy_window_months);
  for (const Event& e : a.case_data().events) {
    if (e.type != EventType::pregnancy || e.date.last_day() < window_start ||
        e.date.first_day() > a.as_of())
      continue;
    for (const std::string& id : e.people) {
      const auto v = family.find(id);
      if (v && a.person(*v).sex == Sex::female)
        mothers[*v].dates.push_back("pregnancy recorded " + e.date.to_string());
    }
  }

  for (const auto& [mother, pregnancy] : mothers) {
    if (a.person(mother).deceased()) continue;
    // Her partners of any status, then fathers of her unborn children.
    std::vector<std::pair<Vertex, std::string>> men;
    auto add = [&](Vertex v, std::string how) {
      for (const auto& [w, _] : men)
        if (w == v) return;
      men.emplace_back(v, std::move(how));
    };
    for (const auto& link : family.partners(mother)) {
      const auto status = family.partnership_status_on(*link.relationship, a.as_of());
      const bool over = link.relationship->partnership_over();
      add(link.person, std::string(over                              ? "ex-partner"
                                   : status == PartnerStatus::on_off ? "on-off partner"
                                                                     : "partner"));
    }
    for (Vertex u : pregnancy.unborn)
      for (const auto& link : family.parents(u))
        if (link.person != mother)
          add(link.person,
              "the baby's " + std::string(Roles::parent_word(link.relationship->kind,
                                                             a.person(link.person).sex)));

    // The focus children around the mother, then the unborn baby.
    std::vector<Vertex> children = a.children_around({mother});
    for (Vertex u : pregnancy.unborn)
      if (std::find(children.begin(), children.end(), u) == children.end()) children.push_back(u);
    for (const auto& [man, how] : men) {
      if (a.person(man).deceased()) continue;
      const Relationship* abuse = nullptr;
      for (const auto& link : family.outgoing(man, RelationshipType::abuse))
        if (link.person == mother && !abuse) abuse = link.relationship;
      const bool risk = a.risk().poses_risk(man);
      if (!abuse && !risk) continue;
      const std::string dates = pregnancy.dates.empty()
                                    ? std::string()
                                    : " (" + wording::join_list(pregnancy.dates, ", ", ", ") + ")";
      std::string message = describe_among(a, mother, children) + " is pregnant" + dates + " and " +
                            his(a, mother) + " " + how + " " + describe_among(a, man, children);
      if (abuse) {
        const std::string forms = wording::abuse_forms(*abuse);
        message += " has abused " + him(a, mother) + (forms.empty() ? "" : " (" + forms + ")");
        if (risk) message += " and";
      }
      if (risk) message += " " + risk_clause(a, man);
      message += ". Pregnancy is a known trigger for domestic abuse: ask " + a.name(mother) +
                 " about abuse when she is seen alone, at booking and again around 28 weeks, "
                 "complete a DASH with "
                 "her, and make sure the midwife and health visitor know.";
      Finding f =
          make_finding(a, kRule, Severity::high, {mother, man}, children, std::move(message), kWhy);
      // The action says it all, with when the baby is due.
      const std::string when =
          pregnancy.dates.empty() ? std::string() : " (" + pregnancy.dates.front() + ")";
      f.actions = {"Ask " + a.name(mother) + ", who is pregnant" + when +
                   ", about abuse when she is seen alone, at booking and again around 28 weeks, "
                   "complete a DASH with her, and make sure the midwife and health visitor know "
                   "about " +
                   a.name(man) + "."};
      out.push_back(std::move(f));
    }
  }
}

}  // namespace kinmap::rules
