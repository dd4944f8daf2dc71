// The child's plan: who it names, invites, and relies on to keep the child safe.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "partial_date.h"
#include "vocabulary.h"

namespace kinmap {

struct Plan {
  std::optional<PlanType> type;
  std::optional<PartialDate> date;
  std::optional<PartialDate> review;
  std::vector<std::string> children;
  std::vector<std::string> named;      ///< people the plan names and works with
  std::vector<std::string> invited;    ///< invited to the conference
  std::vector<std::string> attended;
  std::vector<std::string> relies_on;  ///< people relied on to keep the child safe
  std::string ext_json;

  static bool lists(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  }
  bool names(const std::string& id) const { return lists(named, id); }
  bool invites(const std::string& id) const { return lists(invited, id); }
  bool relies_on_person(const std::string& id) const { return lists(relies_on, id); }
};

}  // namespace kinmap
