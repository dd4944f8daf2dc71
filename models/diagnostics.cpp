#include "diagnostics.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "utf8.h"

namespace kinmap {
namespace {

// Diagnostics quote what the file says, and they go to a terminal: control
// characters, bidirectional overrides and stray bytes are written as escapes
// (\u001B, \xFF) so a hostile name can neither drive the terminal nor hide
// from the reader what is wrong with it.
std::string visible(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for_each_character(s, [&](char32_t cp, std::string_view bytes) {
    char code[8];
    if (cp == 0xFFFD && bytes.size() == 1) {
      std::snprintf(code, sizeof code, "\\x%02X", static_cast<unsigned char>(bytes[0]));
      out += code;
    } else if (is_control_character(cp)) {
      std::snprintf(code, sizeof code, "\\u%04X", static_cast<unsigned>(cp));
      out += code;
    } else {
      out += bytes;
    }
  });
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

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
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
