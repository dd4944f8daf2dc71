#include "label_text.h"

#include <vector>

#include "markup_entity.h"
#include "utf8.h"

namespace kinmap {
namespace {

std::size_t display_length(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

std::string label_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for_each_character(text, [&](char32_t cp, std::string_view bytes) {
    if (const std::string_view entity = markup_entity(cp); !entity.empty())
      out += entity;
    else if (cp == '\\')
      // Graphviz expands \N, \G, \E, \T, \H and \L in label text, even in
      // HTML-like labels and after entities are decoded: a word joiner after
      // the backslash keeps it a backslash on the page.
      out += "\\\u2060";
    else if (is_control_character(cp))
      // Line breaks, tabs and other controls, and bidirectional overrides
      // that would reorder or hide text on the page: a space instead.
      out += ' ';
    else
      out += cp == 0xFFFD ? std::string_view("\uFFFD") : bytes;  // never pass on a stray byte
  });
  return out;
}

std::string label_lines(std::string_view text, std::size_t width) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t space = text.find(' ', start);
    const std::size_t end = space == std::string_view::npos ? text.size() : space;
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::string out;
  std::string line;
  for (std::string_view word : words) {
    if (!line.empty() && display_length(line) + 1 + display_length(word) > width) {
      out += label_text(line) + "<BR/>";
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
  }
  out += label_text(line);
  return out;
}

}  // namespace kinmap
