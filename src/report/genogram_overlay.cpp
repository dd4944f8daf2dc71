#include "report/genogram_overlay.h"

namespace kinmap {

Overlay genogram_overlay(const AnalysisContext& context, const std::vector<Finding>& findings) {
  Overlay overlay;
  const FamilyGraph& family = context.family();
  for (const auto v : family.vertices()) {
    if (!context.risk().poses_risk(v)) continue;
    PersonMarks& marks = overlay.people[family.person(v).id];
    // A victim's own needs never reach here (RiskProfiles keeps them apart).
    if (context.risk().capacity_only(v))
      marks.care_concern = true;
    else
      marks.poses_risk = true;
    for (const RiskIndicator& indicator : context.risk().of(v))
      marks.risk_factors.push_back(indicator.label);
  }
  for (const Finding& finding : findings) {
    if (finding.rule == "INVISIBLE_MAN" && !finding.people.empty())
      overlay.people[finding.people.front()].invisible = true;
    if (finding.rule == "UNASSESSED_ADULT" && !finding.people.empty())
      overlay.people[finding.people.front()].unassessed = true;
    if (finding.path.size() > 1) overlay.exposure_paths.push_back(finding.path);
  }
  return overlay;
}

}  // namespace kinmap
