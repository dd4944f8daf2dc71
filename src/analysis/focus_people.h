// Who a one-child genogram (`--focus ID`) draws: the child, everyone in the
// child's circle, everyone living in the child's homes, the child's brothers
// and sisters, two generations above (parents and grandparents, whatever the
// kind of parent) and the child's own children.
#pragma once

#include <set>
#include <string>

#include "analysis/analysis_context.h"

namespace kinmap {

/// Person ids to draw for `child`, which need not be a focus child.
std::set<std::string> focus_people(const AnalysisContext& context, FamilyGraph::Vertex child);

}  // namespace kinmap
