// Who counts as a child: the one definition the loader and the graph share.
//
// A person is a child when younger than the adult age at `as_of`; an unborn
// child is a child. With neither `born` nor `age`, a person is an adult unless
// a parent relationship makes them someone's child (an assumption the loader
// reports as a warning).
#pragma once

#include <optional>

#include "partial_date.h"
#include "person.h"

namespace kinmap {

enum class LifeStage { unborn, child, adult };

/// Whole years of age on `day`, or nothing when the file gives no age at all.
/// `as_of_day` anchors `age`, which the file gives as the age at `as_of`.
std::optional<int> age_on(const Person& person, DayNumber as_of_day, DayNumber day);

/// The person's life stage at `as_of_day`. `is_someones_child` is true when a
/// parent relationship names them as the child.
LifeStage life_stage(const Person& person, DayNumber as_of_day, bool is_someones_child,
                     int adult_age);

}  // namespace kinmap
