// SEPARATION_TRIGGER: a recent separation from an abusive partner who still
// reaches the child.
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
    R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
       {"type": "abuse", "from": "f1", "to": "m1", "forms": ["physical", "coercive_control"], "last": "2026-04-20"})";
const std::string kContact =
    R"(, {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly", "supervised": false})";

TEST(SeparationTrigger, AnAbusiveFatherSeparatedThisYearWithWeeklyContact) {
  const auto found = findings(
      case_json(
          kPeople,
          kParents + kContact +
              R"(, {"type": "partner", "a": "m1", "b": "f1", "status": "separated", "from": "2022", "to": "2026-05"})"),
      "SEPARATION_TRIGGER");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_EQ(found[0].people,
            (Ids{"f1", "m1"}));  // the one who reaches the child, then the other partner
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_EQ(found[0].path, (Ids{"f1", "c1"}));
  EXPECT_MENTIONS(
      found[0],
      "separated from Kayleigh Dunn (Mia's mother) in 2026-05, within the last 12 months");
  EXPECT_MENTIONS(found[0], "has abused Kayleigh Dunn (physical, coercive control)");
  EXPECT_MENTIONS(found[0], "Ryan Cole \u2192 Mia (weekly unsupervised contact)");
}

TEST(SeparationTrigger, ASeparationEventDatesAnUndatedEnding) {
  const auto found = findings(
      case_json(
          kPeople,
          kParents + kContact +
              R"(, {"type": "partner", "a": "m1", "b": "f1", "status": "separated"})",
          R"("events": [{"date": "2026-08-14", "type": "separation", "people": ["m1", "f1"]}])"),
      "SEPARATION_TRIGGER");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_MENTIONS(found[0], "in 2026-08-14");
}

TEST(SeparationTrigger, AnOnOffRelationshipWhateverItsDates) {
  const auto found = findings(
      case_json(
          kPeople,
          kParents + kContact +
              R"(, {"type": "partner", "a": "m1", "b": "f1", "status": "on_off", "from": "2019"})"),
      "SEPARATION_TRIGGER");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_MENTIONS(found[0], "are in an on-off relationship");
}

TEST(SeparationTrigger, QuietForAnAbusiveExWithNoContactWhoLivesElsewhere) {
  // The mother's ex-partner (not Mia's father) abused her and they separated
  // recently, but he has no contact with Mia and does not live with her.
  const auto found = findings(
      case_json(R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
                   {"id": "x1", "name": "Lee Marsh", "sex": "male", "age": 33})",
                R"({"type": "parent", "parent": "m1", "child": "c1"},
                   {"type": "partner", "a": "m1", "b": "x1", "status": "separated", "to": "2026-07"},
                   {"type": "abuse", "from": "x1", "to": "m1", "forms": ["physical"]})",
                R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]},
                                  {"id": "h2", "members": [{"person": "x1"}]}])"),
      "SEPARATION_TRIGGER");
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

TEST(SeparationTrigger, QuietForAnOldSeparationOrNoAbuse) {
  EXPECT_TRUE(
      findings(
          case_json(
              kPeople,
              kParents + kContact +
                  R"(, {"type": "partner", "a": "m1", "b": "f1", "status": "separated", "to": "2024-01"})"),
          "SEPARATION_TRIGGER")
          .empty());
  EXPECT_TRUE(
      findings(
          case_json(
              kPeople,
              R"({"type": "parent", "parent": "m1", "child": "c1"},
                                            {"type": "parent", "parent": "f1", "child": "c1"})" +
                  kContact +
                  R"(, {"type": "partner", "a": "m1", "b": "f1", "status": "separated", "to": "2026-05"})"),
          "SEPARATION_TRIGGER")
          .empty());
}

}  // namespace
}  // namespace kinmap
