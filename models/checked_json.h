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

/// Takes the elements of chosen lists directly under the root object as each
/// one is complete, so a large file's records never stand in memory as JSON
/// all at once. A taken element is left in the document as null.
class ListSink {
 public:
  virtual ~ListSink() = default;
  /// Whether the list under this root key is taken.
  virtual bool takes(std::string_view list) const = 0;
  /// The list begins (again, when the key is repeated: the later list replaces it).
  virtual void begin(std::string_view list) = 0;
  /// The element at `index` of `list`, complete; it may be moved from.
  virtual void element(std::string_view list, std::size_t index, CaseJson& value) = 0;
};

/// Parses `text`; records every problem found in `diagnostics`. Returns
/// nothing when the text is not usable JSON at all.
std::optional<CaseJson> parse_checked_json(std::string_view text, const JsonLimits& limits,
                                           Diagnostics& diagnostics, ListSink* sink = nullptr);

/// The 1-based line and byte column of byte `offset` in `text`.
std::pair<int, int> line_and_column(std::string_view text, std::size_t offset);

/// The JSON pointer token for `key` (escapes `~` and `/` per RFC 6901).
std::string pointer_token(std::string_view key);

}  // namespace kinmap
