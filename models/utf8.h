// UTF-8, once for kinmap: decoding a code point, finding the first invalid
// byte, and telling which characters must never reach a terminal or a page
// raw. The loader, the diagnostics, the reports and the genogram labels all
// use these, so they agree on what is text and what is a control.
#pragma once

#include <cstddef>
#include <string_view>

namespace kinmap {

/// Decodes the code point starting at `text[at]` into `code_point` and
/// returns its length in bytes (1 to 4), or 0 when the bytes there are not
/// well-formed UTF-8 (stray continuation, overlong form, surrogate, past
/// U+10FFFF, or cut short by the end of `text`).
std::size_t decode_utf8(std::string_view text, std::size_t at, char32_t& code_point);

/// Calls `visit(code_point, bytes)` for each character of `text` in order,
/// `bytes` being its UTF-8. A byte that is not part of well-formed UTF-8
/// comes alone, as U+FFFD (a real U+FFFD has three bytes).
template <typename Visit>
void for_each_character(std::string_view text, Visit visit) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t code_point = 0;
    std::size_t length = decode_utf8(text, i, code_point);
    if (length == 0) code_point = 0xFFFD, length = 1;
    visit(code_point, text.substr(i, length));
    i += length;
  }
}

/// The offset of the first byte that is not part of well-formed UTF-8, or
/// std::string_view::npos when all of `text` is.
std::size_t first_invalid_utf8(std::string_view text);

/// C0 and C1 control characters, DEL, and the Unicode bidirectional
/// embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069): what
/// can move a terminal's cursor, change its colours, or reorder a line so a
/// name reads as something else.
constexpr bool is_control_character(char32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F) ||
         (code_point >= 0x202A && code_point <= 0x202E) ||
         (code_point >= 0x2066 && code_point <= 0x2069);
}

}  // namespace kinmap
