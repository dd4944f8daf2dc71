// A household: the people living at, staying at or visiting one home.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "partial_date.h"
#include "vocabulary.h"

namespace kinmap {

struct Membership {
  std::string person;
  MemberStatus status = MemberStatus::resident;
  std::optional<PartialDate> from;
  std::optional<PartialDate> to;  ///< before `as_of` means the person has left
  std::string source;             ///< who says so ("police", "mother"), free text

  /// Living or staying there as far as the analysis is concerned: a disputed
  /// member (seen there, denied by the family) counts as staying.
  bool staying() const {
    return status == MemberStatus::staying || status == MemberStatus::disputed;
  }

  /// Still a member on `day`: not yet left, and (if `from` is known) arrived.
  bool current_on(DayNumber day) const {
    if (to && to->last_day() < day) return false;
    if (from && from->first_day() > day) return false;
    return true;
  }
};

struct Household {
  std::string id;
  std::string label;
  std::optional<PartialDate> confirmed;  ///< when membership was last verified
  std::vector<Membership> members;
  std::string ext_json;
};

}  // namespace kinmap
