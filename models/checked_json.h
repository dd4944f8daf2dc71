// JSON text -> nlohmann::json, with the checks the stock parser lacks:
// invalid UTF-8 and a byte-order mark located by line and column, duplicate
// keys and over-long strings located by JSON pointer, and a nesting limit
// enforced while parsing (so a deeply nested file cannot exhaust the stack).
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "diagnostics.h"

namespace kinmap {

/// The parsed document. Objects keep their keys in a vector, in file order:
/// a case file's objects are small, and a tree of map nodes took twice the
/// memory (the parsed document is most of the loader's peak).
using CaseJson = nlohmann::ordered_json;

struct JsonLimits {
  int max_depth = 64;
  std::size_t max_string_bytes = 1u << 20;
};

/// Parses `text`; records every problem found in `diagnostics`. Returns
/// nothing when the text is not usable JSON at all.
std::optional<CaseJson> parse_checked_json(std::string_view text, const JsonLimits& limits,
                                           Diagnostics& diagnostics);

/// The 1-based line and byte column of byte `offset` in `text`.
std::pair<int, int> line_and_column(std::string_view text, std::size_t offset);

/// The JSON pointer token for `key` (escapes `~` and `/` per RFC 6901).
std::string pointer_token(std::string_view key);

}  // namespace kinmap
