// Text handling shared by the report writers: making case data safe to print
// (no control characters reach a terminal), wrapping to a column width, and
// escaping Markdown.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kinmap::report {

/// `text` with every C0 and C1 control character, DEL and Unicode
/// bidirectional control (U+202A..U+202E, U+2066..U+2069) removed; tabs,
/// line breaks and carriage returns become spaces. Invalid UTF-8 bytes become
/// U+FFFD. Case data passes through this before it reaches a terminal, so a
/// name cannot move the cursor, change colours or reorder the line.
std::string printable(std::string_view text);

/// Columns `text` takes: one per code point (UTF-8).
std::size_t display_width(std::string_view text);

/// `text` wrapped at spaces to lines of at most `width` columns, the first
/// line starting with `first` and the others with `rest` (both counted in the
/// width). A word longer than a line is broken. Each line ends with '\n'.
std::string wrap(std::string_view text, std::size_t width, std::string_view first,
                 std::string_view rest);
/// The same, appended to `out` (a big report is millions of wrapped lines).
void wrap_into(std::string& out, std::string_view text, std::size_t width, std::string_view first,
               std::string_view rest);

/// `text` as Markdown that renders as exactly `text`: the characters that
/// can start emphasis, links, code, HTML or tables are backslash-escaped, as
/// is a character that would start a heading, quote or list at the beginning.
std::string markdown_escape(std::string_view text);

}  // namespace kinmap::report
