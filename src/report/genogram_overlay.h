// The findings, as marks on the genogram (DESIGN.md, "Findings on the
// diagram"): invisible men (INVISIBLE_MAN), unassessed adults
// (UNASSESSED_ADULT), everyone recorded as posing risk with their factors,
// and every exposure path a finding names.
#pragma once

#include <vector>

#include "analysis/analysis_context.h"
#include "analysis/finding.h"
#include "overlay.h"

namespace kinmap {

Overlay genogram_overlay(const AnalysisContext& context, const std::vector<Finding>& findings);

}  // namespace kinmap
