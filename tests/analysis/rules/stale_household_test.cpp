// STALE_HOUSEHOLD: a child's home whose members were not confirmed recently.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

std::string with_homes(const std::string& confirmed) {
  return case_json(R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
                      {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
                      {"id": "gm", "name": "Carol Dunn", "sex": "female", "born": "1970"})",
                   R"({"type": "parent", "parent": "m1", "child": "c1"})",
                   R"("households": [{"id": "h1", "label": "Flat 2")" + confirmed +
                       R"(, "members": [{"person": "m1"}, {"person": "c1"}]},
                                     {"id": "h2", "members": [{"person": "gm"}]}])");
}

TEST(StaleHousehold, LastConfirmedMoreThanNinetyDaysAgo) {
  const auto found = findings(with_homes(R"(, "confirmed": "2026-06-01")"), "STALE_HOUSEHOLD");
  ASSERT_EQ(found.size(), 1u);  // h2 has no focus child
  EXPECT_EQ(found[0].severity, Severity::low);
  EXPECT_EQ(found[0].household, std::optional<std::string>("h1"));
  EXPECT_TRUE(found[0].people.empty());
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(found[0],
                  "Who lives at Flat 2, Mia's home, was last confirmed on 2026-06-01, more than 90 "
                  "days before 2026-11-01");
}

TEST(StaleHousehold, NeverConfirmed) {
  const auto found = findings(with_homes(""), "STALE_HOUSEHOLD");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_MENTIONS(found[0], "has never been confirmed");
}

TEST(StaleHousehold, QuietWhenConfirmedRecently) {
  EXPECT_TRUE(findings(with_homes(R"(, "confirmed": "2026-10-20")"), "STALE_HOUSEHOLD").empty());
  EXPECT_TRUE(findings(with_homes(R"(, "confirmed": "2026-08-03")"), "STALE_HOUSEHOLD")
                  .empty());  // exactly 90 days
}

}  // namespace
}  // namespace kinmap
