// Redaction: a copy of a case that can be shown outside the case file's
// audience (training, case reviews) without naming anyone.
//
// Every person's name becomes their role label (see Roles::label: "Mother",
// "Father", "Mother's partner", "Child 1", "Unknown man 1"), and every id
// becomes a slug of that label ("mothers-partner", "child-1"), since ids are
// often initials or names. Aliases, notes, identifiers (NHS, PNC, local),
// `ext` objects, `assessment.by`, labels of `other` relationships, household
// labels (now "Household 1", ...) and the case title ("Redacted case") and
// id ("redacted") are replaced or removed. A `source` is kept only when it is
// an agency code of the case-file vocabulary or a plain role word ("mother"),
// since sources are free text. Dates, sexes, relationships, risk factors,
// plan lists and the protective marking are kept, so the redacted case
// analyses and draws the same as the original.
//
//   Case shareable = redact(case_data, RiskModel::builtin());
//   FamilyGraph family(std::move(shareable));  // findings and genogram name only roles
#pragma once

#include "case.h"
#include "family_graph.h"
#include "risk_model.h"

namespace kinmap {

/// The redacted copy of `family`'s case.
Case redact(const FamilyGraph& family);

/// The redacted copy of `c`; `c` must have loaded without errors.
Case redact(const Case& c, const RiskModel& model);

}  // namespace kinmap
