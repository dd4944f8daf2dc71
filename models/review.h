// A practitioner's decision on a finding (DESIGN.md, `reviews[]`): a finding
// weighed and answered is reported apart, under "Reviewed", until the case
// records something newer about that person.
#pragma once

#include <string>

#include "partial_date.h"
#include "vocabulary.h"

namespace kinmap {

struct Review {
  std::string rule;    ///< the finding's rule id, e.g. "OTHER_CHILDREN"
  std::string person;  ///< the person it is about; empty: anyone
  std::string child;   ///< the child; empty: any
  ReviewDecision decision = ReviewDecision::accepted;
  std::string reason;
  std::string by;
  PartialDate date = *PartialDate::parse("2000");
  std::string ext_json;
};

}  // namespace kinmap
