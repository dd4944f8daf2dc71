// The findings as `kinmap-findings/1` JSON (DESIGN.md, "Findings, version
// 1"): keys in the documented order, "household": null when there is none,
// two-space indent, a final newline. The same findings always give the same
// bytes.
#pragma once

#include <string>
#include <vector>

#include "analysis/finding.h"
#include "case.h"

namespace kinmap {

std::string json_report(const CaseInfo& info, const std::vector<Finding>& findings);

}  // namespace kinmap
