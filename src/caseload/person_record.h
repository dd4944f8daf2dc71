// What the caseload keeps of one person of one case: the fields linkage
// compares, and the facts the cross-case rules cite (their role, the ages
// of the children around them, what risk is recorded). Never their notes.
#pragma once

#include <string>
#include <vector>

#include "case.h"

namespace kinmap::caseload {

/// "CASEID:PERSONID", how the caseload and its users name a record.
std::string record_key(const std::string& case_id, const std::string& person_id);

/// Date of birth as linkage compares it; 0 for an unknown part.
struct BirthDate {
  int year = 0, month = 0, day = 0;
  bool known() const { return year != 0; }
  std::string to_string() const;  ///< "1990-04-07", "1990-04", "1990", ""
  static BirthDate parse(const std::string& text);
};

struct LinkFields {
  std::string case_id, person_id;
  std::string forename, surname;  ///< folded (names.h); "" when not recorded
  std::string forename_group;     ///< canonical nickname group of the forename
  std::string surname_code;       ///< Soundex of the surname
  BirthDate born;
  Sex sex = Sex::unknown;
  std::string nhs;  ///< digits only; "" when none
};

struct RoleFacts {
  std::string role;                ///< "father", "mother", "partner of a parent", ...
  std::vector<int> children_ages;  ///< see OtherCaseRecord::children_ages
  std::vector<std::string> risk_factors;
  bool abuse_from = false;
  bool dash_perpetrator = false;
  std::vector<std::string> abused;  ///< person ids in the same case
  std::string to_json() const;
  static RoleFacts from_json(const std::string& text);
};

struct PersonRecord {
  LinkFields fields;
  RoleFacts facts;
};

/// The people of `c` worth linking: named, of known or partial identity.
/// (An unknown man seen at the door cannot be matched to anyone.)
std::vector<PersonRecord> person_records(const Case& c);

}  // namespace kinmap::caseload
