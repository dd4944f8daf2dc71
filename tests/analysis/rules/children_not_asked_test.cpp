// CHILDREN_NOT_ASKED: adults known to probation, substance misuse or mental
// health services, never asked about children.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

TEST(ChildrenNotAsked, AManKnownToProbationAndSubstanceMisuseServices) {
  const auto found = findings(
      case_json(R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
                   {"id": "s1", "name": "Steve Bell", "sex": "male", "age": 41, "known_to": ["probation", "substance_misuse", "police"]})",
                R"({"type": "parent", "parent": "m1", "child": "c1"})"),
      "CHILDREN_NOT_ASKED");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::medium);
  EXPECT_EQ(found[0].people, Ids{"s1"});
  EXPECT_TRUE(found[0].children.empty());  // not linked to Mia
  EXPECT_MENTIONS(
      found[0],
      "Steve Bell is known to probation and substance misuse services, but nobody has recorded "
      "asking him whether he has children");
}

TEST(ChildrenNotAsked, QuietWhenAskedOrKnownOnlyToOtherAgencies) {
  const auto found = findings(
      case_json(
          R"({"id": "s1", "name": "Steve Bell", "sex": "male", "age": 41, "known_to": ["mental_health"], "asked_about_children": true},
                   {"id": "s2", "name": "Joe Bell", "sex": "male", "age": 45, "known_to": ["police", "gp"]})"),
      "CHILDREN_NOT_ASKED");
  EXPECT_TRUE(found.empty());
}

}  // namespace
}  // namespace kinmap
