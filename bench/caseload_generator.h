// A generated, fictional caseload for benchmarks: one valid case file
// holding as many families as it takes to reach the number of people asked
// for, of one shape or of every shape in turn.
//
// `separated` (12 people) has what makes the analysis work: a mother and two
// children with their father, who abused her, separated recently, has weekly
// contact and a new partner with two children in a third home; the mother's
// new partner staying with her and their unborn baby; an unknown man staying;
// a grandmother who cares for the younger child and lives with her partner;
// three incidents, a sighting, a pregnancy and a high DASH.
// `blended` (10 people): a man with three partners in three homes (one
// separated after abuse, one he lives with, one dating), a child with each,
// the eldest in kinship care with her grandmother; a callout at the first
// home and sightings of him at the third.
// `extended` (14 people): three generations in three homes: grandparents
// who care for a grandchild, their daughter with her partner and children,
// their son back home after separating (supervised contact), his ex-partner
// with a 16-year-old mother, her baby and the baby's 19-year-old father.
// One plan covers every family's focus children and relies on the mothers.
//
//   const std::string text = generate_caseload(2000);
//   const std::string mixed = generate_caseload(200000, {FamilyShape::mixed, true});
//   const Case c = load_case_or_throw(text, "generated.json", RiskModel::builtin());
#pragma once

#include <cstddef>
#include <string>

namespace kinmap {

/// People in one generated family of the `separated` shape.
inline constexpr std::size_t kPeoplePerFamily = 12;

enum class FamilyShape { separated, blended, extended, mixed };

struct CaseloadOptions {
  FamilyShape shape = FamilyShape::separated;  ///< mixed: each shape in turn
  /// Every child is a focus child (the heaviest analysis); otherwise the
  /// children the family's plan is about.
  bool every_child_in_focus = false;
};

/// A kinmap-case/1 document of whole families: as many as fit in `people`
/// (at least one).
std::string generate_caseload(std::size_t people, CaseloadOptions options = {});

}  // namespace kinmap
