// What the caseload knows of one case's people from the other cases, for
// `kinmap analyse CASE --caseload DB` (analysis/cross_case.h): who they are
// linked to, by case id and role only, and their undecided possible matches.
#pragma once

#include "analysis/cross_case.h"
#include "case.h"
#include "caseload/sqlite.h"

namespace kinmap::caseload {

/// Throws UsageError when the case is not in the index.
CrossCase cross_case_facts(Database& db, const Case& c);

}  // namespace kinmap::caseload
