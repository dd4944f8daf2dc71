// The checks that need the whole case: ids unique, references resolve, and
// the family makes sense (nobody their own ancestor, no child born before a
// biological parent, at most two biological parents, dates in order).
#pragma once

#include "case.h"
#include "diagnostics.h"
#include "risk_model.h"

namespace kinmap {

/// Records every inconsistency in `c` as an error (and assumptions as
/// warnings) at the JSON pointer of the offending value.
void check_consistency(const Case& c, const RiskModel& model, Diagnostics& diagnostics);

}  // namespace kinmap
