#include "partial_date.h"

#include <gtest/gtest.h>

namespace kinmap {
namespace {

TEST(PartialDate, ReadsTheThreePrecisions) {
  EXPECT_EQ(PartialDate::parse("2026")->precision(), PartialDate::Precision::year);
  EXPECT_EQ(PartialDate::parse("2026-05")->precision(), PartialDate::Precision::month);
  EXPECT_EQ(PartialDate::parse("2026-05-17")->precision(), PartialDate::Precision::day);
  EXPECT_EQ(PartialDate::parse("2026-05")->to_string(), "2026-05");
}

TEST(PartialDate, APartialDateSpansItsDays) {
  const auto month = *PartialDate::parse("2024-02");
  EXPECT_EQ(month.first_day(), PartialDate::parse("2024-02-01")->first_day());
  EXPECT_EQ(month.last_day(), PartialDate::parse("2024-02-29")->first_day());  // leap year
  const auto year = *PartialDate::parse("2025");
  EXPECT_EQ(year.last_day() - year.first_day(), 364);
}

TEST(PartialDate, RejectsDatesNotOnTheCalendar) {
  std::string why;
  EXPECT_FALSE(PartialDate::parse("2026-02-30", &why));
  EXPECT_NE(why.find("not a valid date"), std::string::npos);
  EXPECT_FALSE(PartialDate::parse("2025-02-29"));
  EXPECT_TRUE(PartialDate::parse("2024-02-29"));
  EXPECT_FALSE(PartialDate::parse("2026-13-01", &why));
  EXPECT_NE(why.find("month 13"), std::string::npos);
  EXPECT_FALSE(PartialDate::parse("2026-00"));
}

TEST(PartialDate, RejectsOtherShapesAndImplausibleYears) {
  for (const char* bad : {"", "26", "2026-5-1", "2026/05/01", "01-05-2026", "2026-05-1x",
                          "20260501", "2026-05-01T00:00", " 2026"})
    EXPECT_FALSE(PartialDate::parse(bad)) << bad;
  std::string why;
  EXPECT_FALSE(PartialDate::parse("0000", &why));
  EXPECT_NE(why.find("out of range"), std::string::npos);
  EXPECT_FALSE(PartialDate::parse("9999-12-31"));
  EXPECT_FALSE(PartialDate::parse("1849"));
  // People's own dates take any year from 1 to 9999 when the caller says so.
  EXPECT_TRUE(PartialDate::parse("1703-04-02", nullptr, kEarliestPersonYear, kLatestPersonYear));
  EXPECT_TRUE(PartialDate::parse("0001", nullptr, kEarliestPersonYear, kLatestPersonYear));
  EXPECT_TRUE(PartialDate::parse("9999-12-31", nullptr, kEarliestPersonYear, kLatestPersonYear));
  EXPECT_FALSE(PartialDate::parse("0000", &why, kEarliestPersonYear, kLatestPersonYear));
  EXPECT_EQ(PartialDate::parse("1703-04-02", nullptr, 1, 9999)->year(), 1703);
}

TEST(PartialDate, CountsWholeYearsOnlyOnceTheBirthdayIsReached) {
  const auto born = PartialDate::parse("2008-11-02")->first_day();
  EXPECT_EQ(whole_years_between(born, PartialDate::parse("2026-11-01")->first_day()), 17);
  EXPECT_EQ(whole_years_between(born, PartialDate::parse("2026-11-02")->first_day()), 18);
}

TEST(PartialDate, MonthArithmetic) {
  const auto day = PartialDate::parse("2026-03-31")->first_day();
  EXPECT_EQ(PartialDate::from_day(months_before(day, 1)).to_string(), "2026-02-28");
  EXPECT_EQ(PartialDate::from_day(months_before(day, 12)).to_string(), "2025-03-31");
  EXPECT_EQ(whole_months_between(PartialDate::parse("2026-01-15")->first_day(),
                                 PartialDate::parse("2026-07-14")->first_day()),
            5);
  EXPECT_EQ(whole_months_between(PartialDate::parse("2026-01-15")->first_day(),
                                 PartialDate::parse("2026-07-15")->first_day()),
            6);
}

}  // namespace
}  // namespace kinmap
