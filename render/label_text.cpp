#include "label_text.h"

#include <vector>

namespace kinmap {
namespace {

// UTF-8 length of the code point starting with `lead` (1 for stray bytes;
// the loader has already rejected invalid UTF-8).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

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
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = std::min(sequence_length(c), text.size() - i);
    if (length == 1) {
      switch (c) {
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
        // Graphviz expands \N, \G, \E, \T, \H and \L in label text, even in
        // HTML-like labels and after entities are decoded: a word joiner after
        // the backslash keeps it a backslash on the page.
        case '\\':
          out += "\\\u2060";
          break;
        default:
          out += (c < 0x20 || c == 0x7F) ? ' ' : static_cast<char>(c);
      }
    } else {
      // C1 controls (U+0080..U+009F) and bidirectional overrides would
      // reorder or hide text on the page: show a space instead.
      const std::string_view sequence = text.substr(i, length);
      const bool c1 = length == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0;
      const bool bidi = sequence == "\u202A" || sequence == "\u202B" || sequence == "\u202C" ||
                        sequence == "\u202D" || sequence == "\u202E" || sequence == "\u2066" ||
                        sequence == "\u2067" || sequence == "\u2068" || sequence == "\u2069";
      if (c1 || bidi)
        out += ' ';
      else
        out += sequence;
    }
    i += length;
  }
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
