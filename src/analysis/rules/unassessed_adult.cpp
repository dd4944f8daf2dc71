// UNASSESSED_ADULT: an adult in a child's circle whose assessment is missing
// or out of date.
//
// Lesson (Buckinghamshire SCB, learning from serious case reviews): "Any
// assessment should include information about all members of the household,
// including any biological fathers, new partners or ex-partners who are back
// in the picture." Leeds: "Narrow, focussed assessment may miss the impact of
// one person's behaviour on other family members."
//
// Fires once per adult in any focus child's circle whose assessment is not
// `complete`; or was completed before the partnership or household
// membership that links them to the child began (a parent's link by birth
// does not count, so a pre-birth assessment stands, and neither does a parent's
// new partnership with the child's other parent; contact and care carry no
// start date); or is older than `assessment_max_age_months`. A complete
// assessment with no date is taken as current. High if they pose risk, else
// medium.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "UNASSESSED_ADULT";
constexpr std::string_view kWhy =
    "An assessment that leaves out an adult around the child misses the risk they may pose and the "
    "support they may need.";

/// Why the assessment does not cover this person's link to the children, if it does not.
std::vector<std::string> gaps(const AnalysisContext& a, Vertex v) {
  const Assessment& assessment = a.person(v).assessment;
  std::vector<std::string> out;
  switch (assessment.status) {
    case AssessmentStatus::none:
      out.push_back("has not been assessed");
      break;
    case AssessmentStatus::planned:
      out.push_back(assessment.date ? "has an assessment planned for " +
                                          assessment.date->to_string() + " but not done"
                                    : "has an assessment planned but not done");
      break;
    case AssessmentStatus::in_progress:
      out.push_back("is still being assessed");
      break;
    case AssessmentStatus::declined:
      out.push_back("declined to be assessed");
      break;
    case AssessmentStatus::not_required:
      out.push_back("was recorded as not needing an assessment; check that this still holds");
      break;
    case AssessmentStatus::complete: {
      if (!assessment.date) break;
      const DayNumber done = assessment.date->last_day();
      for (Vertex child : a.circles_holding(v)) {
        const CircleMember* m = a.circle(child).find(v);
        for (const CircleLink& link : m->links) {
          std::optional<PartialDate> began;
          std::string what;
          if (link.kind == CircleLinkKind::household && link.membership && link.membership->from) {
            began = link.membership->from;
            what = link.membership->staying() ? "started staying at " : "moved into ";
            what += wording::possessive(a.name(child)) + " home" +
                    wording::disputed_remark(*link.membership);
          } else if (link.kind == CircleLinkKind::partner_of_parent && link.relationship->start &&
                     !is_parent_of(a, v, child)) {
            began = link.relationship->start;
            what = "became " + wording::possessive(a.name(*link.through)) + " partner";
          }
          if (!began || done >= began->first_day()) continue;
          std::string gap = "was assessed on " + assessment.date->to_string() + ", before " +
                            he(a, v) + " " + what + " (" + began->to_string() + ")";
          if (std::find(out.begin(), out.end(), gap) == out.end()) out.push_back(std::move(gap));
        }
      }
      const int max_age = a.thresholds().assessment_max_age_months;
      if (done < months_before(a.as_of(), max_age))
        out.push_back("was last assessed on " + assessment.date->to_string() + ", more than " +
                      wording::count(static_cast<std::size_t>(max_age), "month", "months") +
                      " before " + a.case_data().info.as_of.to_string());
      break;
    }
  }
  return out;
}

}  // namespace

void unassessed_adult(const AnalysisContext& a, Findings& out) {
  for (Vertex v = 0; v < a.family().size(); ++v) {
    const auto& children = a.circles_holding(v);
    if (children.empty() || !a.family().is_adult(v)) continue;
    const auto reasons = gaps(a, v);
    if (reasons.empty()) continue;
    const Vertex child = child_for(a, v, children);
    const auto predicates = a.circle_predicates(v, child);
    std::string who;
    if (!predicates.empty()) who += ", who " + wording::join_list(predicates) + ",";
    who += " " + wording::join_list(reasons, "; ", "; and ") + ".";
    std::string message = a.describe(v, child) + who;
    message += risk_sentence(a, v);
    std::string action;
    switch (a.person(v).assessment.status) {
      case AssessmentStatus::planned:
      case AssessmentStatus::in_progress:
        action = "Complete the assessment of " + him(a, v);
        break;
      case AssessmentStatus::complete:
        action = "Update the assessment of " + him(a, v);
        break;
      default:
        action = "Assess " + him(a, v);
        break;
    }
    message +=
        " " + action +
        ", including police and children's social care checks, as part of the assessment of " +
        a.child_names(children) + ".";
    Finding f = make_finding(a, kRule, a.risk().poses_risk(v) ? Severity::high : Severity::medium,
                             {v}, children, std::move(message), kWhy);
    // Never assessed: the actions say it all. Otherwise the detail says what is out of date.
    if (a.person(v).assessment.status != AssessmentStatus::none)
      f.detail = a.name(v) + " " + wording::join_list(reasons, "; ", "; and ") + ".";
    f.actions = {assess_action(a, v)};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
