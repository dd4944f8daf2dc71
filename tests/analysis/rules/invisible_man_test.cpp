// INVISIBLE_MAN: a man in the child's circle unknown to the plan's work.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

const std::string kFamily =
    R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03", "engagement": "engaged"},
       {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"})";
const std::string kParents = R"({"type": "parent", "parent": "m1", "child": "c1"})";

TEST(InvisibleMan, AFatherNotContactedWithUnsupervisedContact) {
  const auto found = findings(
      case_json(
          kFamily +
              R"(, {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27, "engagement": "not_contacted"})",
          kParents + R"(, {"type": "parent", "parent": "f1", "child": "c1"},
                   {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly", "supervised": false})"),
      "INVISIBLE_MAN");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, Ids{"f1"});
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_EQ(found[0].severity, Severity::medium);  // no recorded risk, Mia is over 1
  EXPECT_MENTIONS(found[0], "Ryan Cole (Mia's father) has weekly unsupervised contact with Mia");
  EXPECT_MENTIONS(found[0], "he has not been contacted");
  EXPECT_MENTIONS(found[0], "Contact him");
}

TEST(InvisibleMan, AnUnknownManStayingWithABabyIsHighAndEveryReasonIsListed) {
  const auto found = findings(
      case_json(R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2026-06-02"},
                   {"id": "p1", "sex": "male", "identity": "unknown", "name": "Man seen at the home"})",
                kParents,
                R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"},
                              {"person": "p1", "status": "staying", "from": "2026-09"}]}],
                             "plan": {"type": "child_protection", "children": ["c1"], "named": ["m1"]})"),
      "INVISIBLE_MAN");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, Ids{"p1"});
  EXPECT_EQ(found[0].severity, Severity::high);  // Mia is under 1
  EXPECT_MENTIONS(found[0], "has been staying at Mia's home since 2026-09");
  EXPECT_MENTIONS(found[0], "his identity is not known");
  EXPECT_MENTIONS(found[0], "nobody has recorded whether he has been contacted");
  EXPECT_MENTIONS(found[0], "he is not named in the child protection plan");
  EXPECT_MENTIONS(found[0], "Find out who he is");
}

TEST(InvisibleMan, HighWhenHePosesRisk) {
  const auto found = findings(
      case_json(
          kFamily +
              R"(, {"id": "p1", "name": "Dan Price", "sex": "male", "age": 35, "engagement": "not_engaged",
                               "risk": [{"factor": "violence_history", "source": "police"}]})",
          kParents +
              R"(, {"type": "partner", "a": "m1", "b": "p1", "status": "current", "from": "2026-02"})"),
      "INVISIBLE_MAN");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_MENTIONS(found[0], "Dan Price (Mia's mother's partner)");
  EXPECT_MENTIONS(found[0], "history of violence");
  EXPECT_MENTIONS(found[0], "he is not engaging with services");
}

TEST(InvisibleMan, QuietForAnAssessedEngagedFatherNamedInThePlan) {
  const auto found = findings(
      case_json(
          kFamily +
              R"(, {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27, "engagement": "engaged",
                               "assessment": {"status": "complete", "date": "2026-09-01"}})",
          kParents + R"(, {"type": "parent", "parent": "f1", "child": "c1", "pr": true},
                   {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly", "supervised": false})",
          R"("plan": {"type": "child_protection", "children": ["c1"], "named": ["m1", "f1"], "invited": ["m1", "f1"]})"),
      "INVISIBLE_MAN");
  EXPECT_TRUE(found.empty());
}

TEST(InvisibleMan, QuietForAManOutsideTheCircleAndForWomen) {
  // The grandfather has no link that puts him in Mia's circle; the mother's
  // engagement is unknown, but the rule is about men.
  const auto found = findings(
      case_json(R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
                   {"id": "gf", "name": "Tom Dunn", "sex": "male", "born": "1970", "engagement": "not_contacted"},
                   {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27, "engagement": "engaged"})",
                kParents + R"(, {"type": "parent", "parent": "gf", "child": "m1"},
                   {"type": "parent", "parent": "f1", "child": "c1"})"),
      "INVISIBLE_MAN");
  EXPECT_TRUE(found.empty());
}

}  // namespace
}  // namespace kinmap
