// STALE_HOUSEHOLD: who lives in a focus child's home has not been confirmed
// recently.
//
// Lesson (Buckinghamshire SCB, "Understanding the roles of men in the
// family"): "Information about who lives in the home and who has contact
// with the children should be verified and kept up-to-date."
//
// Fires once per household a focus child lives in (an unborn child lives
// with its mother) whose `confirmed` date is missing or more than
// `household_confirm_days` before as_of. `household` is its id; `people` is
// empty. Low.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "STALE_HOUSEHOLD";
constexpr std::string_view kWhy =
    "Who lives in and visits a child's home changes, and reviews found men living there whom no "
    "agency knew "
    "about.";

}  // namespace

void stale_household(const AnalysisContext& a, Findings& out) {
  const auto& households = a.case_data().households;
  const int days = a.thresholds().household_confirm_days;
  for (std::size_t h = 0; h < households.size(); ++h) {
    std::vector<Vertex> children;
    for (const auto& resident : a.homes().residents(h))
      if (a.is_focus(resident.person)) children.push_back(resident.person);
    children = a.in_focus_order(std::move(children));
    if (children.empty()) continue;
    const auto& confirmed = households[h].confirmed;
    if (confirmed && confirmed->last_day() >= a.as_of() - days) continue;
    const std::string fact =
        "Who lives at " + a.household_name(h) + ", " +
        wording::possessive(a.child_names(children)) +
        (children.size() == 1 ? " home," : " home,") +
        (confirmed ? " was last confirmed on " + confirmed->to_string() + ", more than " +
                         wording::count(static_cast<std::size_t>(days), "day", "days") +
                         " before " + a.case_data().info.as_of.to_string()
                   : " has never been confirmed") +
        ".";
    std::string message =
        fact +
        " Check who lives there and who stays or visits, including any men, and record the date "
        "it was confirmed.";
    Finding f = make_finding(a, kRule, Severity::low, {}, children, std::move(message), kWhy);
    f.detail = fact;
    f.actions = {"Check who lives at and visits " + a.household_name(h) +
                 ", including any men, and record the date."};
    f.household = households[h].id;
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
