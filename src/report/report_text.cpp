#include "report/report_text.h"

#include <algorithm>
#include <vector>

#include "utf8.h"

namespace kinmap::report {
namespace {

/// The byte length of the first `columns` code points of `s`.
std::size_t prefix_bytes(std::string_view s, std::size_t columns) {
  std::size_t i = 0;
  for (std::size_t n = 0; i < s.size() && n < columns; ++n) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

}  // namespace

std::string printable(std::string_view text) {
  // Most text is plain printable ASCII: nothing to look at character by character.
  if (std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x7F;
      }))
    return std::string(text);
  std::string out;
  out.reserve(text.size());
  // Clean text is copied a run at a time; only what must change is looked at.
  std::size_t run = 0;
  for_each_character(text, [&](char32_t cp, std::string_view bytes) {
    const bool keep = cp != 0xFFFD && !is_control_character(cp);
    if (keep) return;
    const auto at = static_cast<std::size_t>(bytes.data() - text.data());
    out.append(text, run, at - run);
    run = at + bytes.size();
    if (cp == '\t' || cp == '\n' || cp == '\r')
      out += ' ';
    else if (cp == 0xFFFD)
      out += "\uFFFD";  // a stray byte, shown as the replacement character
  });
  out.append(text, run, text.size() - run);
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::string wrap(std::string_view text, std::size_t width, std::string_view first,
                 std::string_view rest) {
  std::string out;
  out.reserve(text.size() + first.size() + 2 * rest.size() + 2);
  wrap_into(out, text, width, first, rest);
  return out;
}

void wrap_into(std::string& out, std::string_view text, std::size_t width, std::string_view first,
               std::string_view rest) {
  // Lines are built in place in `out`: the current line starts after the last '\n'.
  const std::size_t start = out.size();
  out += first;
  std::size_t used = display_width(first);
  bool empty = true;  // no word on this line yet
  const std::size_t rest_width = display_width(rest);
  auto finish = [&] {
    out += '\n';
    out += rest;
    used = rest_width;
    empty = true;
  };
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    std::string_view word = text.substr(i, j - i);
    i = j;
    while (!word.empty()) {
      const std::size_t w = display_width(word);
      const std::size_t gap = empty ? 0 : 1;
      if (used + gap + w <= width) {
        if (!empty) out += ' ';
        out.append(word);
        used += gap + w;
        empty = false;
        break;
      }
      if (!empty) {
        finish();
        continue;
      }
      // A word longer than a whole line is broken; a prefix that fills the
      // line leaves no room to break into, so the word goes on as it is.
      const std::size_t room = width > used ? width - used : 0;
      const std::size_t bytes = room == 0 ? word.size() : prefix_bytes(word, room);
      out.append(word.substr(0, bytes));
      word.remove_prefix(bytes);
      finish();
    }
  }
  // The last line ends with '\n' and no indent after it; a line already
  // finished (the word that filled it) leaves only its indent to drop.
  if (empty && out.size() - start > rest.size() &&
      out.compare(out.size() - rest.size(), rest.size(), rest) == 0 &&
      out[out.size() - rest.size() - 1] == '\n') {
    out.resize(out.size() - rest.size());
    return;
  }
  out += '\n';
}

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  const std::string clean = printable(text);
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '~':
      case '&':
      case '{':
      case '}':
        out += '\\';
        out += c;
        continue;
      default:
        break;
    }
    if (i == 0 && (c == '#' || c == '+' || c == '-' || c == '=' || c == '!')) {
      out += '\\';
      out += c;
      continue;
    }
    // "1. " or "1) " at the start would begin a numbered list.
    if ((c == '.' || c == ')') && i > 0 &&
        out.find_first_not_of("0123456789") == std::string::npos) {
      out += '\\';
      out += c;
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace kinmap::report
