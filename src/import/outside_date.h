// Dates as case-management extracts write them: dd/mm/yyyy (the UK order,
// never mm/dd), ISO yyyy-mm-dd, yyyy-mm or yyyy, with a midnight time some
// systems append ("12/03/2019 00:00", "2019-03-12T00:00:00") ignored.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "partial_date.h"

namespace kinmap {

/// The date `text` names, or nothing with `why` saying what was expected.
std::optional<PartialDate> parse_extract_date(std::string_view text, std::string& why,
                                              int earliest = kEarliestPersonYear,
                                              int latest = kLatestPersonYear);

}  // namespace kinmap
