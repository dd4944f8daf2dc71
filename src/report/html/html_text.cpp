#include "report/html/html_text.h"

#include <cstdio>

#include "markup_entity.h"
#include "utf8.h"

namespace kinmap::html {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for_each_character(text, [&](char32_t cp, std::string_view bytes) {
    if (const std::string_view entity = markup_entity(cp); !entity.empty())
      out += entity;
    else if (cp == 0xFFFD)
      out += "\uFFFD";  // never pass on a stray byte
    else if (cp == '\n' || cp == '\t' || !is_control_character(cp))
      // Other controls, and bidirectional overrides that would reorder a
      // name on the page, are dropped.
      out += bytes;
  });
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
