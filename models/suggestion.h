// "Did you mean ...?" for near-miss keys, words and ids.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace kinmap {

/// The candidate closest to `typed` by edit distance, when close enough to be
/// a plausible typo (at most 2 edits, and fewer than half the word's length).
std::optional<std::string_view> closest_word(std::string_view typed,
                                             const std::vector<std::string_view>& candidates);

}  // namespace kinmap
