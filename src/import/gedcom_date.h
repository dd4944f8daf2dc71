// GEDCOM dates (5.5.1 and 7.0) as kinmap partial dates. A partial date is a
// year, a month or a day; GEDCOM also says "about", "before", "between",
// "from ... to", dual years (1750/51, Old Style/New Style) and phrases. The
// nearest partial date is taken and marked approximate so the summary can
// count it:
//   ABT/CAL/EST d   -> d, approximate
//   BEF d, AFT d    -> d's year, approximate
//   BET a AND b     -> what a and b share (day, month or year), else a's
//                      year; approximate
//   FROM a [TO b]   -> a, a period from a to b; TO b -> b, a period ending b
//   1750/51         -> 1751 (the New Style year)
//   INT d (phrase)  -> d, approximate
// A period on a partnership gives its start and end; on a birth or a death
// (which happen on one day) the importer takes `date` and counts it as
// approximate. Non-Gregorian calendars, B.C. years and phrases alone give
// nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "partial_date.h"

namespace kinmap {

struct GedcomDate {
  std::optional<PartialDate> date;
  bool approximate = false;
  std::string unusable;  ///< why there is no date ("a phrase", "Julian calendar"), or ""
  /// FROM a TO b, FROM a, TO b: `from` and `to` are the period's ends.
  bool period = false;
  std::optional<PartialDate> from, to;
};

GedcomDate parse_gedcom_date(std::string_view text);

/// A partial date as GEDCOM writes it: "1987", "MAR 1987", "4 MAR 1987".
std::string gedcom_date_text(const PartialDate& date);

}  // namespace kinmap
