// Reviews (DESIGN.md, `reviews[]`): a practitioner's decision on a finding,
// so that a finding weighed and answered does not come back as new at every
// run. A review matches a finding with its rule, and its person and child
// when it names them. It holds until the case records something newer than
// the review about that person (a risk entry, an event naming them, abuse
// from them, a household change): the review answered the facts of its day,
// and the finding comes back saying so.
#pragma once

#include <vector>

#include "analysis/analysis_context.h"
#include "analysis/finding.h"

namespace kinmap {

/// Marks each finding a review answers (Finding::review).
void apply_reviews(const AnalysisContext& context, std::vector<Finding>& findings);

}  // namespace kinmap
