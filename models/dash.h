// A DASH risk identification checklist completed with a victim.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "partial_date.h"

namespace kinmap {

struct DashAssessment {
  std::string victim;
  std::string perpetrator;  ///< id, or empty when not recorded
  PartialDate date = *PartialDate::parse("2000");
  std::optional<int> yes_count;
  /// Question id (q01..q24) -> answer; an unanswered question is nullopt.
  std::map<std::string, std::optional<bool>> answers;
  std::string ext_json;

  /// Yes answers: the recorded count, else the count of true answers.
  int yes_answers() const {
    if (yes_count) return *yes_count;
    int n = 0;
    for (const auto& [question, answer] : answers)
      if (answer.value_or(false)) ++n;
    return n;
  }
};

}  // namespace kinmap
