// The Jaro and Jaro–Winkler string similarities (Winkler 1990), written here
// because no Debian C++ library offers them. Bytes are compared as they are:
// call on names already folded to ASCII (names.h).
#pragma once

#include <string_view>

namespace kinmap::caseload {

/// Jaro similarity in [0, 1]: 1 for equal strings, 0 when nothing matches.
double jaro(std::string_view a, std::string_view b);

/// Jaro–Winkler: Jaro raised for a common prefix of up to 4 characters,
/// with Winkler's scaling factor 0.1.
double jaro_winkler(std::string_view a, std::string_view b);

}  // namespace kinmap::caseload
