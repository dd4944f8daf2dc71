// UNASSESSED_ADULT: adults in the circle with no current assessment.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

const std::string kMotherAssessed =
    R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03",
        "assessment": {"status": "complete", "date": "2026-09-10"}},
       {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"})";
const std::string kHome =
    R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}, {"person": "g1"}]}])";

TEST(UnassessedAdult, AnAdultInTheHomeWithNoAssessment) {
  const auto found = findings(
      case_json(kMotherAssessed +
                    R"(, {"id": "g1", "name": "Colin Grey", "sex": "male", "born": "1960"})",
                R"({"type": "parent", "parent": "m1", "child": "c1"})", kHome),
      "UNASSESSED_ADULT");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, Ids{"g1"});
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_EQ(found[0].severity, Severity::medium);
  EXPECT_MENTIONS(found[0], "Colin Grey, who lives in Mia's home, has not been assessed");
  EXPECT_MENTIONS(found[0], "Assess him");
}

TEST(UnassessedAdult, HighWhenTheyPoseRisk) {
  const auto found =
      findings(case_json(kMotherAssessed +
                             R"(, {"id": "g1", "name": "Colin Grey", "sex": "male", "born": "1960",
                                        "assessment": {"status": "declined"},
                                        "risk": [{"factor": "alcohol_misuse", "source": "gp"}]})",
                         R"({"type": "parent", "parent": "m1", "child": "c1"})", kHome),
               "UNASSESSED_ADULT");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_MENTIONS(found[0], "declined to be assessed");
  EXPECT_MENTIONS(found[0], "alcohol misuse");
}

TEST(UnassessedAdult, AnAssessmentFromBeforeHeMovedInDoesNotCoverHim) {
  const auto found = findings(
      case_json(kMotherAssessed + R"(, {"id": "p1", "name": "Dan Price", "sex": "male", "age": 30,
                                        "assessment": {"status": "complete", "date": "2026-03-01"}})",
                R"({"type": "parent", "parent": "m1", "child": "c1"},
                   {"type": "partner", "a": "m1", "b": "p1", "status": "current", "from": "2026-05"})",
                R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"},
                                  {"person": "p1", "from": "2026-09-01"}]}])"),
      "UNASSESSED_ADULT");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, Ids{"p1"});
  EXPECT_MENTIONS(found[0],
                  "was assessed on 2026-03-01, before he became Kayleigh Dunn's partner (2026-05)");
  EXPECT_MENTIONS(found[0], "before he moved into Mia's home (2026-09-01)");
}

TEST(UnassessedAdult, AnAssessmentOlderThanTheModelAllows) {
  const auto found = findings(
      case_json(R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03",
                    "assessment": {"status": "complete", "date": "2025-10-15"}},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"})",
                R"({"type": "parent", "parent": "m1", "child": "c1"})"),
      "UNASSESSED_ADULT");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, Ids{"m1"});
  EXPECT_MENTIONS(found[0],
                  "was last assessed on 2025-10-15, more than 12 months before 2026-11-01");
}

TEST(UnassessedAdult, QuietForAPreBirthAssessmentOfAParentAndForPeopleOutsideTheCircle) {
  // The father was assessed before Mia was born: a parent's link by birth
  // does not make that assessment out of date. The grandmother lives
  // elsewhere and does not look after Mia.
  const auto found = findings(
      case_json(
          R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03",
                    "assessment": {"status": "complete", "date": "2026-02-01"}},
                   {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27,
                    "assessment": {"status": "complete", "date": "2026-02-01"}},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2026-05-20"},
                   {"id": "gm", "name": "Carol Dunn", "sex": "female", "born": "1970"})",
          R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
                   {"type": "parent", "parent": "gm", "child": "m1"})"),
      "UNASSESSED_ADULT");
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kinmap
