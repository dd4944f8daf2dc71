// What an import read and what it could not carry over, so nothing is lost
// silently: the summary `kinmap import` prints on standard error.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kinmap {

struct ImportReport {
  std::string format;  ///< "CSV extract", "GEDCOM 7.0", "Gramps XML", ...
  std::size_t people = 0;
  std::size_t relationships = 0;
  std::size_t households = 0;
  /// Where a date that was approximate, a range or a bound (ABT, BEF,
  /// BET...AND, a period for a birth) was written as the nearest partial
  /// date: a place from date_place() ("I1 born"). finish_import forgets the
  /// places whose date it drops, so the summary counts only dates in the case.
  std::set<std::string> approximate_dates;
  /// What was not carried over: kind ("sources", "notes", "tag _UID") -> count.
  std::map<std::string, std::size_t> not_carried;
  /// Things the reader changed or assumed, one sentence each (encoding, fixes).
  std::vector<std::string> notes;

  void skip(const std::string& kind, std::size_t count = 1) { not_carried[kind] += count; }

  /// The summary, several lines, each starting with `source`.
  std::string summary(const std::string& source) const;
};

}  // namespace kinmap
