// What other cases in a caseload know about the people of this one
// (DESIGN.md, "Caseload: the same person across cases"), handed to the
// analysis as plain data so that the cross-case rules never see a database
// and never see another case's names or notes: only its id, the person's
// role there, the ages of the children and what is recorded.
//
// Built by the caseload (src/caseload/cross_case_facts.h); without a
// caseload the analysis has none and the cross-case rules say nothing.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kinmap {

/// A person of another case, as far as this case may be told of them.
struct OtherCaseRecord {
  std::string case_id;
  std::string role;  ///< their role there, no names: "father", "partner of a parent"
  /// Ages at that case's as_of of the children they are a parent, a parent's
  /// partner or a household member of there; -1 for an unborn child.
  std::vector<int> children_ages;
  std::vector<std::string> risk_factors;  ///< risk model factor ids recorded there
  bool abuse_from = false;                ///< the `from` of an abuse relationship there
  bool dash_perpetrator = false;          ///< the perpetrator in a DASH there
  /// The caseload's keys of the people they abused there (see CrossCasePerson::key).
  std::vector<std::string> abused;
};

/// A possible match nobody has confirmed or rejected.
struct PossibleMatchRecord {
  std::string case_id;
  std::string role;
  double weight = 0;                  ///< the Fellegi–Sunter match weight (log2)
  std::vector<std::string> evidence;  ///< field-level agreement, never values: "surname: same"
};

/// One person of this case in the caseload.
struct CrossCasePerson {
  /// The same for every record the caseload holds to be one person (their
  /// cluster), so that victims in two cases can be told apart or matched.
  std::string key;
  std::vector<OtherCaseRecord> linked;  ///< the same person in other cases
  std::vector<PossibleMatchRecord> possible;
};

struct CrossCase {
  std::map<std::string, CrossCasePerson> by_person;  ///< by person id in this case

  const CrossCasePerson* find(const std::string& person) const {
    const auto it = by_person.find(person);
    return it == by_person.end() ? nullptr : &it->second;
  }
};

}  // namespace kinmap
