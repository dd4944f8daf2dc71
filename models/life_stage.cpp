#include "life_stage.h"

namespace kinmap {

std::optional<int> age_on(const Person& person, DayNumber as_of_day, DayNumber day) {
  if (person.born) return whole_years_between(person.born->first_day(), day);
  if (person.age) return *person.age + whole_years_between(as_of_day, day);
  return std::nullopt;
}

LifeStage life_stage(const Person& person, DayNumber as_of_day, bool is_someones_child,
                     int adult_age) {
  if (person.unborn()) return LifeStage::unborn;
  if (const auto age = age_on(person, as_of_day, as_of_day))
    return *age < adult_age ? LifeStage::child : LifeStage::adult;
  return is_someones_child ? LifeStage::child : LifeStage::adult;
}

}  // namespace kinmap
