#include "import/outside_date.h"

#include "import/ascii.h"

namespace kinmap {
namespace {

std::string two(std::string_view s) {
  return s.size() == 1 ? "0" + std::string(s) : std::string(s);
}

}  // namespace

std::optional<PartialDate> parse_extract_date(std::string_view text, std::string& why, int earliest,
                                              int latest) {
  const std::string expected =
      "expected a date as dd/mm/yyyy or yyyy-mm-dd (or yyyy-mm, yyyy), found \"" +
      std::string(text) + "\"";
  // A time after the date: "12/03/2019 00:00" or "2019-03-12T00:00:00".
  std::string_view date = text;
  if (const auto cut = date.find_first_of(" T"); cut != std::string_view::npos && cut >= 4)
    date = date.substr(0, cut);
  std::string iso;
  if (date.find('/') != std::string_view::npos) {
    const auto a = date.find('/');
    const auto b = date.find('/', a + 1);
    if (b == std::string_view::npos) return why = expected, std::nullopt;
    const auto day = date.substr(0, a), month = date.substr(a + 1, b - a - 1),
               year = date.substr(b + 1);
    if (!all_digits(day) || !all_digits(month) || year.size() != 4 || !all_digits(year) ||
        day.size() > 2 || month.size() > 2)
      return why = expected, std::nullopt;
    iso = std::string(year) + "-" + two(month) + "-" + two(day);
  } else {
    iso = std::string(date);
  }
  std::string reason;
  auto parsed = PartialDate::parse(iso, &reason, earliest, latest);
  if (!parsed) {
    why = reason.empty() || iso.size() < 4 ? expected : "\"" + std::string(text) + "\": " + reason;
    return std::nullopt;
  }
  return parsed;
}

}  // namespace kinmap
