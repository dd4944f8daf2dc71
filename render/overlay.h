// What the findings add to the genogram: which people to mark and how, and
// which exposure paths to draw. Built by src/ from the findings
// (report/genogram_overlay.h); the renderer knows nothing of rules, so the
// genogram library can be used and tested without the analysis.
//
//   Overlay overlay;
//   overlay.people["f1"].invisible = true;             // thick orange dashed outline, "?"
//   overlay.people["f1"].risk_factors = {"strangulation"};  // red outline, factors in small text
//   overlay.exposure_paths.push_back({"f1", "c4"});     // red line from f1 to c4
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kinmap {

/// How one person is marked. A person may carry several marks.
struct PersonMarks {
  bool invisible = false;   ///< around the child but unknown to the work (INVISIBLE_MAN)
  bool unassessed = false;  ///< an adult nobody has assessed (UNASSESSED_ADULT)
  bool poses_risk = false;  ///< recorded as a risk to a child or partner (harm)
  /// Risk only from what may affect the care they give (drinking, drugs,
  /// mental health), never a victim: marked apart from harm, not in red.
  bool care_concern = false;
  std::vector<std::string> risk_factors;  ///< shown in small text under the name, in this order
};

struct Overlay {
  std::map<std::string, PersonMarks> people;  ///< by person id
  /// Each path: person ids from the person who poses risk to the child.
  std::vector<std::vector<std::string>> exposure_paths;

  bool empty() const { return people.empty() && exposure_paths.empty(); }
};

}  // namespace kinmap
