#include "import/gedcom_date.h"

#include <array>
#include <vector>

#include "import/ascii.h"

namespace kinmap {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                      "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

std::vector<std::string> tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char ch : text) {
    if (ch == ' ' || ch == '\t') {
      if (!current.empty()) out.push_back(current), current.clear();
    } else {
      current += ascii_upper(ch);
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

/// [day] [month] year, with the year perhaps dual ("1750/51").
GedcomDate simple_date(const std::vector<std::string>& t, std::size_t begin, std::size_t end) {
  GedcomDate out;
  if (begin >= end) return out.unusable = "no date", out;
  std::vector<std::string> part(t.begin() + static_cast<long>(begin),
                                t.begin() + static_cast<long>(end));
  if (part.back() == "BCE" || part.back() == "B.C." || part.back() == "BC")
    return out.unusable = "a B.C. year", out;
  std::string year = part.back();
  if (const auto slash = year.find('/'); slash != std::string::npos) {
    // Dual year: the New Style year ends with the digits after the slash.
    const std::string old_style = year.substr(0, slash), tail = year.substr(slash + 1);
    if (!all_digits(old_style) || !all_digits(tail) || old_style.size() > 4 ||
        tail.size() > old_style.size())
      return out.unusable = "not a date", out;
    year = old_style.substr(0, old_style.size() - tail.size()) + tail;
    if (std::stoi(year) < std::stoi(old_style)) year = std::to_string(std::stoi(year) + 100);
  }
  if (!all_digits(year) || year.size() > 4) return out.unusable = "not a date", out;
  std::string iso = std::string(4 - year.size(), '0') + year;
  if (part.size() >= 2) {
    const std::string& month = part[part.size() - 2];
    std::size_t m = 0;
    while (m < kMonths.size() && kMonths[m] != month) ++m;
    if (m == kMonths.size()) return out.unusable = "not a date", out;
    iso += (m < 9 ? "-0" : "-") + std::to_string(m + 1);
    if (part.size() == 3) {
      if (!all_digits(part[0]) || part[0].size() > 2) return out.unusable = "not a date", out;
      iso += (part[0].size() == 1 ? "-0" : "-") + part[0];
    } else if (part.size() > 3) {
      return out.unusable = "not a date", out;
    }
  }
  std::string why;
  out.date = PartialDate::parse(iso, &why, kEarliestPersonYear, kLatestPersonYear);
  if (!out.date) out.unusable = "not a date";
  return out;
}

std::size_t find(const std::vector<std::string>& t, std::string_view word, std::size_t from) {
  for (std::size_t i = from; i < t.size(); ++i)
    if (t[i] == word) return i;
  return t.size();
}

}  // namespace

GedcomDate parse_gedcom_date(std::string_view text) {
  GedcomDate out;
  std::vector<std::string> t = tokens(text);
  // A phrase: 5.5.1 "(...)" or "INT date (...)"; drop the parenthesised part.
  for (std::size_t i = 0; i < t.size(); ++i)
    if (!t[i].empty() && t[i][0] == '(') {
      t.resize(i);
      break;
    }
  if (t.empty()) return out.unusable = "a phrase, not a date", out;
  auto calendar = [&](std::size_t at) {
    if (at >= t.size()) return true;
    const std::string& c = t[at];
    if (c == "@#DGREGORIAN@" || c == "GREGORIAN") {
      t.erase(t.begin() + static_cast<long>(at));
      return true;
    }
    if (c.rfind("@#D", 0) == 0 || c == "JULIAN" || c == "HEBREW" || c == "FRENCH_R") {
      out.unusable = "a date of another calendar";
      return false;
    }
    return true;
  };
  if (!calendar(0)) return out;
  const std::string head = t[0];
  if (head == "ABT" || head == "CAL" || head == "EST" || head == "INT") {
    if (!calendar(1)) return out;
    out = simple_date(t, 1, t.size());
    out.approximate = true;
  } else if (head == "BEF" || head == "AFT") {
    if (!calendar(1)) return out;
    out = simple_date(t, 1, t.size());
    if (out.date)
      out.date = *PartialDate::parse(out.date->to_string().substr(0, 4), nullptr,
                                     kEarliestPersonYear, kLatestPersonYear);
    out.approximate = true;
  } else if (head == "BET") {
    if (!calendar(1)) return out;
    const std::size_t and_at = find(t, "AND", 1);
    const GedcomDate a = simple_date(t, 1, and_at);
    const GedcomDate b = simple_date(t, and_at + 1, t.size());
    if (!a.date || !b.date) return out.unusable = "not a date", out;
    const std::string sa = a.date->to_string(), sb = b.date->to_string();
    std::string shared = sa == sb ? sa
                         : sa.size() >= 7 && sb.size() >= 7 && sa.substr(0, 7) == sb.substr(0, 7)
                             ? sa.substr(0, 7)
                             : sa.substr(0, 4);
    out.date = PartialDate::parse(shared, nullptr, kEarliestPersonYear, kLatestPersonYear);
    out.approximate = true;
  } else if (head == "FROM") {
    if (!calendar(1)) return out;
    const std::size_t to_at = find(t, "TO", 1);
    out = simple_date(t, 1, to_at);
    if (!out.date) return out;
    out.from = out.date;
    if (to_at < t.size() && calendar(to_at + 1)) out.to = simple_date(t, to_at + 1, t.size()).date;
    out.unusable.clear();  // a later calendar's complaint; the start stands
    out.period = true;
  } else if (head == "TO") {
    if (!calendar(1)) return out;
    out = simple_date(t, 1, t.size());
    out.to = out.date;
    out.period = out.date.has_value();
  } else {
    out = simple_date(t, 0, t.size());
  }
  if (!out.date) out.approximate = false;
  return out;
}

std::string gedcom_date_text(const PartialDate& date) {
  const std::string iso = date.to_string();
  const std::string year = std::to_string(date.year());
  if (date.precision() == PartialDate::Precision::year) return year;
  const int month = std::stoi(iso.substr(5, 2));
  const std::string m(kMonths[static_cast<std::size_t>(month - 1)]);
  if (date.precision() == PartialDate::Precision::month) return m + " " + year;
  return std::to_string(std::stoi(iso.substr(8, 2))) + " " + m + " " + year;
}

}  // namespace kinmap
