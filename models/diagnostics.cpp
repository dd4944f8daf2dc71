#include "diagnostics.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace kinmap {
namespace {

// Length of the well-formed UTF-8 sequence at s[i] and its code point, or 0.
std::size_t utf8_at(std::string_view s, std::size_t i, char32_t& cp) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  const std::size_t length = lead < 0x80                    ? 1
                             : lead >= 0xC2 && lead <= 0xDF ? 2
                             : lead >= 0xE0 && lead <= 0xEF ? 3
                             : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                            : 0;
  if (length == 0 || i + length > s.size()) return 0;
  cp = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  const char32_t shortest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < shortest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

bool invisible(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

// Diagnostics quote what the file says, and they go to a terminal: control
// characters, bidirectional overrides and stray bytes are written as escapes
// (\u001B, \xFF) so a hostile name can neither drive the terminal nor hide
// from the reader what is wrong with it.
std::string visible(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const std::size_t length = utf8_at(s, i, cp);
    char code[8];
    if (length == 0) {
      std::snprintf(code, sizeof code, "\\x%02X", static_cast<unsigned char>(s[i]));
      out += code;
      ++i;
      continue;
    }
    if (invisible(cp)) {
      std::snprintf(code, sizeof code, "\\u%04X", static_cast<unsigned>(cp));
      out += code;
    } else {
      out.append(s.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace

std::string Diagnostic::to_string() const {
  const char* word = level == Level::error ? "error" : "warning";
  if (line > 0)
    return visible(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + word +
                   ": " + message);
  return visible(file + ": " + (pointer.empty() ? "/" : pointer) + ": " + word + ": " + message);
}

void Diagnostics::error_at(int line, int column, std::string message) {
  items_.push_back({Diagnostic::Level::error, file_, line, column, "", std::move(message)});
}

void Diagnostics::error(std::string pointer, std::string message) {
  items_.push_back({Diagnostic::Level::error, file_, 0, 0, std::move(pointer), std::move(message)});
}

void Diagnostics::warning(std::string pointer, std::string message) {
  items_.push_back(
      {Diagnostic::Level::warning, file_, 0, 0, std::move(pointer), std::move(message)});
}

bool Diagnostics::has_errors() const {
  return error_count() > 0;
}

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(),
                    [](const Diagnostic& d) { return d.level == Diagnostic::Level::error; }));
}

}  // namespace kinmap
