// The ASCII side of the words outside formats use (GEDCOM tags, PEDI values
// and months, CSV column names, relationship words, file suffixes, digits of
// dates): compared without case, tested for digits. Only ASCII bytes are
// looked at; every other byte, UTF-8 included, stays as it is, and the
// process's locale plays no part (std::tolower's answer depends on it).
#pragma once

#include <string>
#include <string_view>

namespace kinmap {

constexpr char ascii_lower(char ch) {
  return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
}
constexpr char ascii_upper(char ch) {
  return ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
}

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = ascii_lower(ch);
  return out;
}

inline std::string ascii_upper(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = ascii_upper(ch);
  return out;
}

/// True when `s` is one or more of 0-9.
constexpr bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char ch : s)
    if (ch < '0' || ch > '9') return false;
  return true;
}

}  // namespace kinmap
