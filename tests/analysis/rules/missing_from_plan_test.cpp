// MISSING_FROM_PLAN: people the plan must work with who are not named in it.
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
       {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27},
       {"id": "g1", "name": "Colin Grey", "sex": "male", "born": "1960"},
       {"id": "p1", "name": "Dan Price", "sex": "male", "age": 31, "risk": [{"factor": "offending_history", "source": "police"}]})";
const std::string kLinks =
    R"({"type": "parent", "parent": "m1", "child": "c1"},
       {"type": "parent", "parent": "f1", "child": "c1"},
       {"type": "partner", "a": "m1", "b": "p1", "status": "current", "form": "dating"})";
const std::string kHome =
    R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}, {"person": "g1"}]}])";

TEST(MissingFromPlan, AHouseholdAdultAndAPartnerWhoPosesRisk) {
  const auto found = findings(
      case_json(
          kPeople, kLinks,
          kHome + R"(, "plan": {"type": "child_protection", "children": ["c1"], "named": ["m1"]})"),
      "MISSING_FROM_PLAN");
  ASSERT_EQ(found.size(), 2u);
  // High (risk) first.
  EXPECT_EQ(found[0].people, Ids{"p1"});
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(found[0],
                  "Dan Price (Mia's mother's partner) is recorded as a risk (offending history)");
  EXPECT_MENTIONS(found[0], "is not named in the child protection plan for Mia");
  EXPECT_EQ(found[1].people, Ids{"g1"});
  EXPECT_EQ(found[1].severity, Severity::medium);
  EXPECT_MENTIONS(found[1], "Colin Grey lives in Mia's home, but is not named");
}

TEST(MissingFromPlan, AFatherWithParentalResponsibility) {
  const auto found =
      findings(case_json(kPeople, R"({"type": "parent", "parent": "m1", "child": "c1"},
                            {"type": "parent", "parent": "f1", "child": "c1", "pr": true})",
                         R"("plan": {"children": ["c1"], "named": ["m1"]})"),
               "MISSING_FROM_PLAN");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, Ids{"f1"});
  EXPECT_MENTIONS(found[0], "has parental responsibility for Mia");
}

TEST(MissingFromPlan, QuietWithoutAPlanOrWhenEveryoneIsNamed) {
  EXPECT_TRUE(findings(case_json(kPeople, kLinks, kHome), "MISSING_FROM_PLAN").empty());
  EXPECT_TRUE(
      findings(case_json(kPeople, kLinks,
                         kHome + R"(, "plan": {"children": ["c1"], "named": ["m1", "g1", "p1"]})"),
               "MISSING_FROM_PLAN")
          .empty());
}

TEST(MissingFromPlan, QuietForAFatherWithoutResponsibilityContactOrRisk) {
  // Ryan is in Mia's circle as her father, but the plan need not name a
  // father who has no parental responsibility, no contact and no recorded risk.
  const auto found =
      findings(case_json(kPeople, R"({"type": "parent", "parent": "m1", "child": "c1"},
                            {"type": "parent", "parent": "f1", "child": "c1", "pr": false})",
                         R"("plan": {"children": ["c1"], "named": ["m1"]})"),
               "MISSING_FROM_PLAN");
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kinmap
