// DASH_HIGH_RISK: a high-risk DASH with no MARAC referral since.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

const std::string kPeople =
    R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
       {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
       {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27})";
const std::string kParents =
    R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"})";

TEST(DashHighRisk, FifteenYesAnswersAndNoReferral) {
  const auto found = findings(
      case_json(
          kPeople, kParents,
          R"("dash": [{"victim": "m1", "perpetrator": "f1", "date": "2026-04-21", "yes_count": 15}])"),
      "DASH_HIGH_RISK");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::urgent);
  EXPECT_EQ(found[0].people, (Ids{"m1", "f1"}));  // victim, then perpetrator
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(found[0],
                  "A DASH risk assessment with Kayleigh Dunn (Mia's mother) on 2026-04-21 had 15 "
                  "\"yes\" answers about Ryan Cole");
  EXPECT_MENTIONS(found[0], "Refer to MARAC now");
}

TEST(DashHighRisk, AnswersCountedWhenNoTotalIsGiven) {
  std::string answers;
  for (int q = 1; q <= 24; ++q) {
    char id[8];
    std::snprintf(id, sizeof id, "q%02d", q);
    answers += std::string(q > 1 ? ", " : "") + "\"" + id + "\": " + (q <= 14 ? "true" : "false");
  }
  const auto found =
      findings(case_json(kPeople, kParents,
                         R"("dash": [{"victim": "m1", "date": "2026-04-21", "answers": {)" +
                             answers + "}}]"),
               "DASH_HIGH_RISK");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, Ids{"m1"});
  EXPECT_MENTIONS(found[0], "had 14 \"yes\" answers");
}

TEST(DashHighRisk, QuietAfterAReferralOrBelowTheThreshold) {
  EXPECT_TRUE(
      findings(
          case_json(
              kPeople, kParents,
              R"("dash": [{"victim": "m1", "perpetrator": "f1", "date": "2026-04-21", "yes_count": 15}],
                                    "events": [{"date": "2026-04-25", "type": "marac_referral", "people": ["m1"]}])"),
          "DASH_HIGH_RISK")
          .empty());
  EXPECT_TRUE(
      findings(case_json(kPeople, kParents,
                         R"("dash": [{"victim": "m1", "date": "2026-04-21", "yes_count": 13}])"),
               "DASH_HIGH_RISK")
          .empty());
}

TEST(DashHighRisk, AReferralBeforeTheAssessmentDoesNotCount) {
  const auto found =
      findings(case_json(kPeople, kParents,
                         R"("dash": [{"victim": "m1", "date": "2026-04-21", "yes_count": 16}],
                                           "events": [{"date": "2025-11-02", "type": "marac_referral", "people": ["m1"]}])"),
               "DASH_HIGH_RISK");
  EXPECT_EQ(found.size(), 1u);
}

}  // namespace
}  // namespace kinmap
