// ESCALATION: repeated incidents with the same perpetrator and no MARAC referral.
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
const std::string kLinks =
    R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
       {"type": "abuse", "from": "f1", "to": "m1", "forms": ["physical"]})";

std::string events(const std::string& a, const std::string& b, const std::string& c,
                   const std::string& extra = "") {
  return R"("events": [{"date": ")" + a + R"(", "type": "incident", "people": ["m1", "f1"]},
                       {"date": ")" +
         b + R"(", "type": "police_callout", "people": ["f1", "m1"]},
                       {"date": ")" +
         c + R"(", "type": "police_callout", "people": ["m1", "f1"]})" + extra + "]";
}

TEST(Escalation, ThreeIncidentsWithinAYear) {
  const auto found = findings(
      case_json(kPeople, kLinks, events("2026-01-05", "2026-03-10", "2026-09-20")), "ESCALATION");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_EQ(found[0].people, (Ids{"m1", "f1"}));  // victim, then perpetrator
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(
      found[0],
      "Ryan Cole (Mia's father) has been involved in 3 incidents or police callouts with Kayleigh "
      "Dunn within 12 months (2026-01-05, 2026-03-10, 2026-09-20)");
}

TEST(Escalation, SaysCloserTogetherOnlyWhenTheGapsShrink) {
  // 64 then 194 days apart: more incidents, not closer together.
  const auto wider = findings(
      case_json(kPeople, kLinks, events("2026-01-05", "2026-03-10", "2026-09-20")), "ESCALATION");
  ASSERT_EQ(wider.size(), 1u);
  EXPECT_EQ(wider[0].message.find("closer together"), std::string::npos) << wider[0].message;
  EXPECT_MENTIONS(wider[0], "Repeated incidents mean rising risk");
  // 120 then 30 days apart.
  const auto closer = findings(
      case_json(kPeople, kLinks, events("2026-03-01", "2026-06-29", "2026-07-29")), "ESCALATION");
  ASSERT_EQ(closer.size(), 1u);
  EXPECT_MENTIONS(closer[0], "They are coming closer together");
}

TEST(Escalation, ADashIsCompletedWithTheAdultVictimNeverWithTheChild) {
  // The callouts name Mia too (she was there); the DASH is Kayleigh's.
  std::string text = case_json(kPeople, kLinks, events("2026-01-05", "2026-03-10", "2026-09-20"));
  for (std::size_t at = 0; (at = text.find(R"(["m1", "f1"])", at)) != std::string::npos;)
    text.replace(at, 12, R"(["m1", "f1", "c1"])");
  const auto found = findings(text, "ESCALATION");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_MENTIONS(found[0], "complete a new DASH with Kayleigh Dunn,");
  EXPECT_EQ(found[0].message.find("DASH with Kayleigh Dunn and Mia"), std::string::npos);
}

TEST(Escalation, OnePerpetratorWithTwoVictimsIsOneEscalation) {
  const auto found = findings(
      case_json(kPeople + R"(, {"id": "x1", "name": "Sophie Reid", "sex": "female", "age": 24})",
                kLinks + R"(, {"type": "abuse", "from": "f1", "to": "x1", "forms": ["emotional"]})",
                R"("events": [{"date": "2026-02-01", "type": "incident", "people": ["f1", "m1"]},
                              {"date": "2026-06-01", "type": "police_callout", "people": ["f1", "x1"]},
                              {"date": "2026-10-01", "type": "police_callout", "people": ["x1", "f1"]}])"),
      "ESCALATION");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people,
            (Ids{"x1", "m1", "f1"}));  // victims, most often first, then the perpetrator
  EXPECT_MENTIONS(
      found[0],
      "(2026-02-01 with Kayleigh Dunn, 2026-06-01 with Sophie Reid, 2026-10-01 with Sophie Reid)");
}

TEST(Escalation, QuietWhenSpreadOutOrFewer) {
  EXPECT_TRUE(findings(case_json(kPeople, kLinks, events("2024-01-05", "2025-03-10", "2026-09-20")),
                       "ESCALATION")
                  .empty());
  EXPECT_TRUE(
      findings(case_json(
                   kPeople, kLinks,
                   R"("events": [{"date": "2026-03-10", "type": "incident", "people": ["m1", "f1"]},
                                               {"date": "2026-09-20", "type": "incident", "people": ["m1", "f1"]}])"),
               "ESCALATION")
          .empty());
}

TEST(Escalation, QuietAfterAMaracReferral) {
  const auto found = findings(
      case_json(kPeople, kLinks,
                events("2026-01-05", "2026-03-10", "2026-09-20",
                       R"(, {"date": "2026-09-28", "type": "marac_referral", "people": ["m1"]})")),
      "ESCALATION");
  EXPECT_TRUE(found.empty());
}

TEST(Escalation, QuietWithoutAKnownPerpetrator) {
  // Nobody in these incidents has a recorded abuse or risk: kinmap does not guess.
  const auto found =
      findings(case_json(kPeople, R"({"type": "parent", "parent": "m1", "child": "c1"})",
                         events("2026-01-05", "2026-03-10", "2026-09-20")),
               "ESCALATION");
  EXPECT_TRUE(found.empty());
}

}  // namespace
}  // namespace kinmap
