// One dated entry of the chronology.
#pragma once

#include <string>
#include <vector>

#include "partial_date.h"
#include "vocabulary.h"

namespace kinmap {

struct Event {
  PartialDate date = *PartialDate::parse("2000");
  EventType type = EventType::other;
  std::vector<std::string> people;
  std::string household;  ///< id, or empty
  std::string source;
  std::string note;
  std::string ext_json;

  bool involves(const std::string& id) const {
    for (const auto& p : people)
      if (p == id) return true;
    return false;
  }
};

}  // namespace kinmap
