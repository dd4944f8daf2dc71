// A person around the child: parent, partner, relative, carer, unknown man.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "partial_date.h"
#include "vocabulary.h"

namespace kinmap {

/// Where an assessment of this person stands.
struct Assessment {
  AssessmentStatus status = AssessmentStatus::none;
  std::optional<PartialDate> date;  ///< when completed, or planned for
  std::string by;                   ///< the agency or worker, free text
};

/// One recorded risk factor or vulnerability; `factor` is a word of the risk model.
struct RiskFlag {
  std::string factor;
  std::string source;  ///< who recorded it ("police"), free text
  std::optional<PartialDate> date;
  RiskBasis basis = RiskBasis::unknown;  ///< a conviction, an allegation, a Clare's Law disclosure
  std::string note;
};

struct Person {
  std::string id;
  Sex sex = Sex::unknown;
  std::string name;  ///< may be empty: reports then use the role
  std::vector<std::string> aliases;
  std::optional<PartialDate> born;
  std::optional<int> age;  ///< approximate age at `as_of` when `born` is unknown
  std::optional<PartialDate> died;
  std::optional<PartialDate> expected;  ///< due date; with no `born`, the person is unborn
  Identity identity = Identity::known;
  Assessment assessment;
  Engagement engagement = Engagement::unknown;
  std::vector<Agency> known_to;
  std::vector<Agency> checks;  ///< agency checks done on this person
  std::vector<RiskFlag> risk;
  std::optional<bool> asked_about_children;
  std::map<std::string, std::string> ids;  ///< scheme -> value ("nhs", "pnc", "local")
  std::string notes;
  std::string ext_json;  ///< the `ext` object, kept verbatim as compact JSON; empty if none

  bool unborn() const { return expected && !born; }
  bool deceased() const { return died.has_value(); }
  bool has_factor(std::string_view factor) const {
    for (const auto& flag : risk)
      if (flag.factor == factor) return true;
    return false;
  }
  bool known_to_agency(Agency agency) const {
    for (Agency a : known_to)
      if (a == agency) return true;
    return false;
  }
};

}  // namespace kinmap
