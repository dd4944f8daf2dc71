// One situation, one finding (DESIGN.md, after the rules table): where two
// rules ask the same question of the same person, the stronger speaks.
//
// - OTHER_CHILDREN and CHILDREN_NOT_ASKED for one person become one
//   OTHER_CHILDREN finding naming the services that should ask too.
// - A father whose identity is unknown and who has no contact, care or home
//   with a focus child is reported once, as INVISIBLE_MAN: the other rules
//   that would ask about him (UNASSESSED_ADULT, MISSING_FROM_PLAN,
//   FATHER_NOT_INVITED, OTHER_CHILDREN) are left out; nobody can assess,
//   name or invite a man nobody has identified.
// - Any man whose identity is unknown: INVISIBLE_MAN asks who he is first;
//   OTHER_CHILDREN (ask him about other children) is left out.
#pragma once

#include <vector>

#include "analysis/analysis_context.h"
#include "analysis/finding.h"

namespace kinmap {

/// Merges and drops in place; the order of what stays is kept.
void one_situation_one_finding(const AnalysisContext& context, std::vector<Finding>& findings);

}  // namespace kinmap
