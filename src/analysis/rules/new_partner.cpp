// NEW_PARTNER: a carer's new partner who has not been assessed.
//
// Lesson (Buckinghamshire SCB, "Young parents are a vulnerable group"):
// mothers "may sometimes form new relationships very quickly, with men they
// hardly know. New partners, and in particular older partners, should be
// assessed to see if they pose a risk." Milton Keynes: assessments should
// include "new partners or ex-partners who are back in the picture".
//
// A carer is a living parent of any kind of a focus child, or an adult with a
// `care` relationship to one. Fires once per carer's current (or on-off, or
// status-unrecorded) partnership that began within
// `new_partner_window_months` of as_of, or after the carer's last completed
// assessment, when the partner's assessment is not complete or was completed
// before the partnership began. Children the partner is a parent of are not
// counted (a father is no new partner to his own baby); when that leaves
// none, the rule is quiet. `people` is the partner. High.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "NEW_PARTNER";
constexpr std::string_view kWhy =
    "New partners are often barely known, and reviews found them caring for children before anyone "
    "checked them.";

}  // namespace

void new_partner(const AnalysisContext& a, Findings& out) {
  const FamilyGraph& family = a.family();
  std::map<Vertex, std::vector<Vertex>> carers;  // carer -> focus children they care for
  for (Vertex child : a.focus()) {
    for (const auto& link : family.parents(child)) carers[link.person].push_back(child);
    for (const auto& link : family.incoming(child, RelationshipType::care))
      if (family.is_adult(link.person)) carers[link.person].push_back(child);
  }
  const DayNumber window_start = months_before(a.as_of(), a.thresholds().new_partner_window_months);
  for (auto& [carer, children] : carers) {
    if (a.person(carer).deceased()) continue;
    children.erase(std::unique(children.begin(), children.end()), children.end());
    const Assessment& own = a.person(carer).assessment;
    for (const auto& link : family.partners(carer)) {
      const Relationship& r = *link.relationship;
      const Vertex partner = link.person;
      const auto status = family.partnership_status_on(r, a.as_of());
      if (!status || r.partnership_over() || a.person(partner).deceased() || !r.start) continue;
      const bool recent = r.start->last_day() >= window_start;
      const bool after_assessment = own.status == AssessmentStatus::complete && own.date &&
                                    r.start->first_day() > own.date->last_day();
      if (!recent && !after_assessment) continue;
      const Assessment& theirs = a.person(partner).assessment;
      const bool assessed = theirs.status == AssessmentStatus::complete &&
                            (!theirs.date || theirs.date->last_day() >= r.start->first_day());
      if (assessed) continue;
      // The children the partner is new to: not their own.
      std::vector<Vertex> new_to;
      for (Vertex c : children)
        if (!is_parent_of(a, partner, c)) new_to.push_back(c);
      if (new_to.empty()) continue;

      std::vector<std::string> when;
      if (recent)
        when.push_back(
            "within the last " +
            wording::count(static_cast<std::size_t>(a.thresholds().new_partner_window_months),
                           "month", "months"));
      if (after_assessment)
        when.push_back("after " + his(a, carer) + " own assessment on " + own.date->to_string());
      const std::string since =
          " in " + r.start->to_string() + " (" + wording::join_list(when) + "), and " +
          a.name(partner) + " " +
          (theirs.status == AssessmentStatus::complete ? "was assessed before it began"
                                                       : "has not been assessed") +
          ".";
      std::string message = describe_among(a, carer, new_to) + " began a relationship with " +
                            describe_among(a, partner, new_to) + since;
      message += risk_sentence(a, partner);
      // "Seen alone" is advice for victims only (DESIGN.md).
      const std::string when_alone =
          a.risk().is_victim(carer) ? " when " + he(a, carer) + " " + is(a, carer) + " seen alone"
                                    : std::string();
      message += " Complete police and children's social care checks on " + a.name(partner) +
                 ", include " + him(a, partner) + " in the assessment of " + a.child_names(new_to) +
                 ", and ask " + a.name(carer) + " about the relationship" + when_alone + ".";
      Finding f =
          make_finding(a, kRule, Severity::high, {partner}, new_to, std::move(message), kWhy);
      // The actions say it all: assess the partner, ask about the relationship.
      f.actions = {assess_action(a, partner),
                   "Ask " + a.name(carer) + " about the relationship with " + a.name(partner) +
                       ", begun in " + r.start->to_string() + when_alone + "."};
      out.push_back(std::move(f));
    }
  }
}

}  // namespace kinmap::rules
