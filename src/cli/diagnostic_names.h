// Who an error is about: a content error at /people/6 also names the person
// (`/people/6 (Jay)`), one at /relationships/4 the two people it links, so
// that a practitioner does not count entries to find the one meant.
#pragma once

#include <string_view>
#include <vector>

#include "diagnostics.h"

namespace kinmap {

/// `diagnostics` with each pointer into a person or relationship labelled
/// from `text`, the case file they were found in (names, else ids). Left as
/// they are when the file cannot be read as JSON.
std::vector<Diagnostic> with_names(std::vector<Diagnostic> diagnostics, std::string_view text);

}  // namespace kinmap
