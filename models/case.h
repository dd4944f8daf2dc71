// A case: everything one case file says, as loaded and validated.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dash.h"
#include "event.h"
#include "household.h"
#include "partial_date.h"
#include "person.h"
#include "plan.h"
#include "relationship.h"
#include "review.h"

namespace kinmap {

struct CaseInfo {
  std::string id;
  std::string title;
  PartialDate as_of = *PartialDate::parse("2000");  ///< the date the analysis speaks for
  std::string marking;                              ///< protective marking, printed on every page
  std::vector<std::string> focus;                   ///< as written; see FamilyGraph::focus_children
  std::string ext_json;
};

struct Case {
  CaseInfo info;
  std::vector<Person> people;
  std::vector<Relationship> relationships;
  std::vector<Household> households;
  std::optional<Plan> plan;
  std::vector<Event> events;
  std::vector<DashAssessment> dash;
  std::vector<Review> reviews;
  std::string ext_json;  ///< top-level `ext`

  /// The day the analysis speaks for: `as_of`'s last day (a month means its end).
  DayNumber as_of_day() const { return info.as_of.last_day(); }
};

}  // namespace kinmap
