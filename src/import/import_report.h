// What an import read and what it could not carry over, so nothing is lost
// silently: the summary `kinmap import` prints on standard error.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace kinmap {

struct ImportReport {
  std::string format;  ///< "CSV extract", "GEDCOM 7.0", "Gramps XML", ...
  std::size_t people = 0;
  std::size_t relationships = 0;
  std::size_t households = 0;
  /// Dates that were approximate, a range or a bound (ABT, BEF, BET...AND) and
  /// were written as the nearest partial date.
  std::size_t approximate_dates = 0;
  /// What was not carried over: kind ("sources", "notes", "tag _UID") -> count.
  std::map<std::string, std::size_t> not_carried;
  /// Things the reader changed or assumed, one sentence each (encoding, fixes).
  std::vector<std::string> notes;

  void skip(const std::string& kind, std::size_t count = 1) { not_carried[kind] += count; }

  /// The summary, several lines, each starting with `source`.
  std::string summary(const std::string& source) const;
};

}  // namespace kinmap
