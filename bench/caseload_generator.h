// A generated, fictional caseload of a fixed family shape, for benchmarks:
// one valid case file holding as many copies of the family as it takes to
// reach the number of people asked for.
//
// Each family (12 people) has what makes the analysis work: a mother and two
// children with their father, who abused her, separated recently, has weekly
// contact and a new partner with two children in a third home; the mother's
// new partner staying with her and their unborn baby; an unknown man staying;
// a grandmother who cares for the younger child and lives with her partner;
// three incidents, a sighting, a pregnancy and a high DASH. One plan covers
// every family's children and relies on the mothers.
//
//   const std::string text = generate_caseload(2000);
//   const Case c = load_case_or_throw(text, "generated.json", RiskModel::builtin());
#pragma once

#include <cstddef>
#include <string>

namespace kinmap {

/// People in one generated family.
inline constexpr std::size_t kPeoplePerFamily = 12;

/// A kinmap-case/1 document with at least `people` people (whole families).
std::string generate_caseload(std::size_t people);

}  // namespace kinmap
