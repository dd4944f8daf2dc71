// A date as case files give it: a year, a year and month, or a full day.
//
// Records are often vague ("moved in around 2026-09"). A partial date stands
// for a span of days; "before" questions use its first day and "after"
// questions its last, so a vague date never makes a check fire early.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kinmap {

/// The earliest and latest years a case file may name for the work itself
/// (as_of, events, relationships, households, the plan); outside is a typo.
inline constexpr int kEarliestYear = 1850;
inline constexpr int kLatestYear = 2200;
/// People's own dates (born, died, expected) may be any year: a genealogy
/// import carries ancestors from centuries ago.
inline constexpr int kEarliestPersonYear = 1;
inline constexpr int kLatestPersonYear = 9999;

/// Days since 1970-01-01, as std::chrono::sys_days counts them.
using DayNumber = int;

class PartialDate {
 public:
  enum class Precision { year, month, day };

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nothing on any other text or an
  /// impossible calendar date (2026-02-30), or a year outside
  /// [earliest, latest]. `why` receives the reason.
  static std::optional<PartialDate> parse(std::string_view text, std::string* why = nullptr,
                                          int earliest = kEarliestYear, int latest = kLatestYear);
  static PartialDate from_day(DayNumber day);

  int year() const { return year_; }
  Precision precision() const { return precision_; }
  DayNumber first_day() const;
  DayNumber last_day() const;
  std::string to_string() const;

  /// Equal when spelled the same.
  friend bool operator==(const PartialDate&, const PartialDate&) = default;

 private:
  PartialDate(int year, unsigned month, unsigned day, Precision precision)
      : year_(year), month_(month), day_(day), precision_(precision) {}
  int year_;
  unsigned month_;
  unsigned day_;
  Precision precision_;
};

/// Whole years from `born` to `on`, counting the birthday as reached only on
/// the day; `born` taken at its first day (a partial date never ages early).
int whole_years_between(DayNumber born, DayNumber on);

/// Whole calendar months from `from` to `to` (negative when `to` is earlier).
int whole_months_between(DayNumber from, DayNumber to);

/// The day `months` calendar months before `day` (clamped to month end).
DayNumber months_before(DayNumber day, int months);

}  // namespace kinmap
