// FATHER_NOT_INVITED: fathers and father figures left out of the conference.
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
       {"id": "c2", "name": "Leo", "sex": "male", "born": "2021-01-02"},
       {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27},
       {"id": "s1", "name": "Sam Hart", "sex": "male", "age": 40})";
const std::string kLinks =
    R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "m1", "child": "c2"},
       {"type": "parent", "parent": "f1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c2"},
       {"type": "parent", "parent": "s1", "child": "c2", "kind": "step"})";

TEST(FatherNotInvited, EachFatherOnceWithEveryChildOfThePlan) {
  const auto found = findings(
      case_json(
          kPeople, kLinks,
          R"("plan": {"type": "child_protection", "children": ["c1", "c2"], "invited": ["m1"]})"),
      "FATHER_NOT_INVITED");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].people, Ids{"f1"});
  EXPECT_EQ(found[0].children, (Ids{"c1", "c2"}));
  EXPECT_EQ(found[0].severity, Severity::medium);
  EXPECT_MENTIONS(found[0],
                  "Ryan Cole (Mia's father) is not recorded as invited to the child protection "
                  "conference for Mia and Leo");
  EXPECT_MENTIONS(found[0], "Invite him, or record why it is not safe");
  EXPECT_EQ(found[1].people, Ids{"s1"});  // a step-father is a father figure
  EXPECT_EQ(found[1].children, Ids{"c2"});
}

TEST(FatherNotInvited, QuietWhenInvitedOrWithoutAPlanOrForADeadFather) {
  EXPECT_TRUE(
      findings(case_json(kPeople, kLinks,
                         R"("plan": {"children": ["c1", "c2"], "invited": ["m1", "f1", "s1"]})"),
               "FATHER_NOT_INVITED")
          .empty());
  EXPECT_TRUE(findings(case_json(kPeople, kLinks), "FATHER_NOT_INVITED").empty());
  const auto dead = findings(
      case_json(
          R"({"id": "m1", "sex": "female", "age": 30}, {"id": "c1", "sex": "female", "born": "2020-01-01"},
                   {"id": "f1", "sex": "male", "age": 40, "died": "2023-05"})",
          R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"})",
          R"("plan": {"children": ["c1"], "invited": ["m1"]})"),
      "FATHER_NOT_INVITED");
  EXPECT_TRUE(dead.empty());
}

}  // namespace
}  // namespace kinmap
