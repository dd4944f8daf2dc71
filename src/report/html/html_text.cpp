#include "report/html/html_text.h"

#include <cstdio>

#include "utf8.h"

namespace kinmap::html {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t length = decode_utf8(text, i, cp);
    if (length == 0) {  // the loader rejects invalid UTF-8; never pass it on
      out += "\uFFFD";
      ++i;
      continue;
    }
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\n':
      case '\t':
        out += static_cast<char>(cp);
        break;
      default:
        // Other controls, and bidirectional overrides that would reorder a
        // name on the page, are dropped.
        if (!is_control_character(cp)) out += text.substr(i, length);
    }
    i += length;
  }
  return out;
}

std::string escape_css_string(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || u < 0x20 || u == 0x7F) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\%x ", u);
      out += buffer;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace kinmap::html
