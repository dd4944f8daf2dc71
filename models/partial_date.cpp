#include "partial_date.h"

#include <chrono>
#include <cstdio>

namespace kinmap {
namespace {

namespace chr = std::chrono;

// Reads exactly `width` ASCII digits at `pos`; -1 when any is not a digit.
int digits(std::string_view text, std::size_t pos, std::size_t width) {
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

DayNumber to_day(chr::year_month_day ymd) {
  return static_cast<DayNumber>(chr::sys_days(ymd).time_since_epoch().count());
}

chr::year_month_day to_ymd(DayNumber day) {
  return chr::year_month_day(chr::sys_days(chr::days(day)));
}

void say(std::string* why, std::string text) {
  if (why) *why = std::move(text);
}

}  // namespace

std::optional<PartialDate> PartialDate::parse(std::string_view text, std::string* why, int earliest,
                                              int latest) {
  const bool shape_ok = (text.size() == 4) || (text.size() == 7 && text[4] == '-') ||
                        (text.size() == 10 && text[4] == '-' && text[7] == '-');
  if (!shape_ok) {
    say(why, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
    return std::nullopt;
  }
  const int year = digits(text, 0, 4);
  const int month = text.size() >= 7 ? digits(text, 5, 2) : 0;
  const int day = text.size() == 10 ? digits(text, 8, 2) : 0;
  if (year < 0 || month < 0 || day < 0) {
    say(why, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
    return std::nullopt;
  }
  if (year < earliest || year > latest) {
    say(why, "year " + std::to_string(year) + " is out of range (" + std::to_string(earliest) +
                 " to " + std::to_string(latest) + ")");
    return std::nullopt;
  }
  if (text.size() >= 7 && (month < 1 || month > 12)) {
    say(why, "not a valid date: month " + std::to_string(month) + " does not exist");
    return std::nullopt;
  }
  if (text.size() == 10) {
    const chr::year_month_day ymd{chr::year(year), chr::month(static_cast<unsigned>(month)),
                                  chr::day(static_cast<unsigned>(day))};
    if (!ymd.ok()) {
      say(why, "not a valid date: " + std::string(text) + " is not on the calendar");
      return std::nullopt;
    }
    return PartialDate(year, static_cast<unsigned>(month), static_cast<unsigned>(day),
                       Precision::day);
  }
  if (text.size() == 7) return PartialDate(year, static_cast<unsigned>(month), 0, Precision::month);
  return PartialDate(year, 0, 0, Precision::year);
}

PartialDate PartialDate::from_day(DayNumber day) {
  const auto ymd = to_ymd(day);
  return PartialDate(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()), Precision::day);
}

DayNumber PartialDate::first_day() const {
  const unsigned month = precision_ == Precision::year ? 1 : month_;
  const unsigned day = precision_ == Precision::day ? day_ : 1;
  return to_day(chr::year(year_) / chr::month(month) / chr::day(day));
}

DayNumber PartialDate::last_day() const {
  switch (precision_) {
    case Precision::day:
      return first_day();
    case Precision::month:
      return to_day(
          chr::year_month_day_last(chr::year(year_), chr::month_day_last(chr::month(month_))));
    case Precision::year:
      return to_day(chr::year(year_) / chr::December / chr::day(31));
  }
  return first_day();
}

std::string PartialDate::to_string() const {
  char buffer[16];
  switch (precision_) {
    case Precision::day:
      std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year_, month_, day_);
      break;
    case Precision::month:
      std::snprintf(buffer, sizeof buffer, "%04d-%02u", year_, month_);
      break;
    case Precision::year:
      std::snprintf(buffer, sizeof buffer, "%04d", year_);
      break;
  }
  return buffer;
}

int whole_years_between(DayNumber born, DayNumber on) {
  return whole_months_between(born, on) / 12;
}

int whole_months_between(DayNumber from, DayNumber to) {
  if (to < from) return -whole_months_between(to, from);
  const auto a = to_ymd(from);
  const auto b = to_ymd(to);
  int months = (static_cast<int>(b.year()) - static_cast<int>(a.year())) * 12 +
               (static_cast<int>(static_cast<unsigned>(b.month())) -
                static_cast<int>(static_cast<unsigned>(a.month())));
  if (b.day() < a.day()) {
    // Not yet reached the day of the month; but a 31st "reaches" the last day.
    const bool b_is_month_end =
        (chr::year_month_day_last(b.year(), chr::month_day_last(b.month())).day() == b.day());
    if (!b_is_month_end) --months;
  }
  return months;
}

DayNumber months_before(DayNumber day, int months) {
  const auto ymd = to_ymd(day);
  chr::year_month target = chr::year_month(ymd.year(), ymd.month()) - chr::months(months);
  const auto last =
      chr::year_month_day_last(target.year(), chr::month_day_last(target.month())).day();
  const auto d = ymd.day() > last ? last : ymd.day();
  return to_day(chr::year_month_day(target.year(), target.month(), d));
}

}  // namespace kinmap
