// PREGNANCY_TRIGGER: an expectant mother whose partner or ex-partner has
// abused her or poses risk.
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
       {"id": "p1", "name": "Dan Price", "sex": "male", "age": 31})";

TEST(PregnancyTrigger, AnUnbornBabyAndAPartnerWhoHasAbusedTheMother) {
  const auto found = findings(
      case_json(
          kPeople + R"(, {"id": "u1", "sex": "unknown", "expected": "2027-02-10"})",
          R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "m1", "child": "u1"},
                   {"type": "partner", "a": "m1", "b": "p1", "status": "current", "from": "2026-03"},
                   {"type": "abuse", "from": "p1", "to": "m1", "forms": ["emotional"]})",
          R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}])"),
      "PREGNANCY_TRIGGER");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_EQ(found[0].people, (Ids{"m1", "p1"}));
  EXPECT_EQ(found[0].children, (Ids{"c1", "u1"}));
  EXPECT_MENTIONS(
      found[0],
      "Kayleigh Dunn (Mia's mother) is pregnant (due 2027-02-10) and her partner Dan Price");
  EXPECT_MENTIONS(found[0], "has abused her (emotional)");
  EXPECT_MENTIONS(found[0], "around 28 weeks");
}

TEST(PregnancyTrigger, ARecentPregnancyEventAndAnExWhoPosesRisk) {
  const auto found = findings(
      case_json(
          R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
                   {"id": "x1", "name": "Lee Marsh", "sex": "male", "age": 33, "risk": [{"factor": "stalking", "source": "police"}]})",
          R"({"type": "partner", "a": "m1", "b": "x1", "status": "separated", "to": "2026-01"})",
          R"("events": [{"date": "2026-06-01", "type": "pregnancy", "people": ["m1"], "source": "midwife"}])"),
      "PREGNANCY_TRIGGER");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, (Ids{"m1", "x1"}));
  EXPECT_MENTIONS(found[0], "pregnancy recorded 2026-06-01");
  EXPECT_MENTIONS(found[0], "her ex-partner Lee Marsh is recorded as a risk (stalking)");
}

TEST(PregnancyTrigger, QuietForAnOldPregnancyOrAPartnerWithNoRecord) {
  // The pregnancy event is more than 9 months before as_of.
  EXPECT_TRUE(
      findings(
          case_json(kPeople, R"({"type": "parent", "parent": "m1", "child": "c1"},
                                             {"type": "partner", "a": "m1", "b": "p1", "status": "current"},
                                             {"type": "abuse", "from": "p1", "to": "m1", "forms": ["physical"]})",
                    R"("events": [{"date": "2025-12-20", "type": "pregnancy", "people": ["m1"]}])"),
          "PREGNANCY_TRIGGER")
          .empty());
  // Pregnant now, but the partner has no record of abuse or risk.
  EXPECT_TRUE(
      findings(case_json(kPeople + R"(, {"id": "u1", "sex": "unknown", "expected": "2027-02-10"})",
                         R"({"type": "parent", "parent": "m1", "child": "u1"},
                                    {"type": "parent", "parent": "p1", "child": "u1"},
                                    {"type": "partner", "a": "m1", "b": "p1", "status": "current"})"),
               "PREGNANCY_TRIGGER")
          .empty());
}

}  // namespace
}  // namespace kinmap
