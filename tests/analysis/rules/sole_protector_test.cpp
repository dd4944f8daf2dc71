// SOLE_PROTECTOR: a plan resting on the mother alone while risk reaches the child.
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
       {"id": "gm", "name": "Carol Dunn", "sex": "female", "born": "1970"})";
const std::string kLinks =
    R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
       {"type": "abuse", "from": "f1", "to": "m1", "forms": ["coercive_control"]})";

TEST(SoleProtector, ThePlanReliesOnTheMotherWhileHerAbuserHasContact) {
  const auto found = findings(
      case_json(
          kPeople,
          kLinks + R"(, {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly"})",
          R"("plan": {"type": "child_protection", "children": ["c1"], "named": ["m1"], "relies_on": ["m1"]})"),
      "SOLE_PROTECTOR");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_EQ(found[0].people,
            (Ids{"m1", "f1"}));  // the person relied on, then who reaches the child
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_EQ(found[0].path, (Ids{"f1", "c1"}));
  EXPECT_MENTIONS(found[0], "relies only on Kayleigh Dunn (Mia's mother) to keep Mia safe");
  EXPECT_MENTIONS(found[0], "who has abused Kayleigh Dunn (coercive control), can still reach Mia");
  EXPECT_MENTIONS(found[0], "supervision not recorded");
}

TEST(SoleProtector, QuietWhenSomeoneElseIsReliedOnToo) {
  const auto found = findings(
      case_json(
          kPeople,
          kLinks + R"(, {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly"})",
          R"("plan": {"children": ["c1"], "relies_on": ["m1", "gm"]})"),
      "SOLE_PROTECTOR");
  EXPECT_TRUE(found.empty());
}

TEST(SoleProtector, QuietWhenTheAbuserCannotReachTheChild) {
  // Contact recorded as none: the record says he does not see Mia.
  const auto found = findings(
      case_json(
          kPeople,
          kLinks + R"(, {"type": "contact", "adult": "f1", "child": "c1", "frequency": "none"})",
          R"("plan": {"children": ["c1"], "relies_on": ["m1"]})"),
      "SOLE_PROTECTOR");
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

TEST(SoleProtector, QuietWhenThePlanReliesOnNobody) {
  EXPECT_TRUE(
      findings(case_json(kPeople, kLinks, R"("plan": {"children": ["c1"]})"), "SOLE_PROTECTOR")
          .empty());
}

}  // namespace
}  // namespace kinmap
