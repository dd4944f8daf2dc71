// Escaping for text that reaches HTML or CSS: every string from a case file
// passes through one of these before it is written into the page.
#pragma once

#include <string>
#include <string_view>

namespace kinmap::html {

/// Text content and attribute values: & < > " ' escaped; control characters
/// other than line breaks and tabs, and bidirectional controls, dropped.
std::string escape(std::string_view text);

/// A CSS string literal's contents (for `content: "..."`): quotes,
/// backslashes and line breaks escaped as CSS hex escapes.
std::string escape_css_string(std::string_view text);

}  // namespace kinmap::html
