// The child's circle on hand-built families: who is in it, why, and who is not.
#include "analysis/child_circle.h"

#include <gtest/gtest.h>

#include <map>

#include "test_support.h"

namespace kinmap {
namespace {

using testing::case_json;

/// person id -> the reason they are in the circle.
std::map<std::string, std::string> circle_of(const FamilyGraph& g, const std::string& child) {
  std::map<std::string, std::string> out;
  for (const CircleMember& m : child_circle(g, g.at(child)).members)
    out[g.person(m.person).id] = m.reason();
  return out;
}

// Mia lives with her mother Kayleigh and Kayleigh's new partner Dan, who is
// staying. Her father Ryan has weekly contact. Grandmother Carol has her
// weekly; Carol's partner Bob lives with Carol. Kayleigh's earlier partner
// Lee abused her; her partner before that, Sid, did not and has no contact.
// Grandfather Tom has no link of his own. Kayleigh's lodger's girlfriend
// Zoe visits. Mia's half-brother Leo (12) lives there too.
const std::string kFamily = case_json(
    R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1990-03"},
       {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
       {"id": "leo", "name": "Leo", "sex": "male", "born": "2014-01-01"},
       {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27},
       {"id": "p1", "name": "Dan Price", "sex": "male", "age": 31},
       {"id": "gm", "name": "Carol Dunn", "sex": "female", "born": "1965"},
       {"id": "bob", "name": "Bob Hill", "sex": "male", "born": "1960"},
       {"id": "tom", "name": "Tom Dunn", "sex": "male", "born": "1962"},
       {"id": "lee", "name": "Lee Marsh", "sex": "male", "age": 35},
       {"id": "sid", "name": "Sid Vale", "sex": "male", "age": 40},
       {"id": "lod", "name": "Al Lodge", "sex": "male", "age": 50},
       {"id": "zoe", "name": "Zoe Quinn", "sex": "female", "age": 45})",
    R"({"type": "parent", "parent": "m1", "child": "c1"},
       {"type": "parent", "parent": "f1", "child": "c1"},
       {"type": "parent", "parent": "m1", "child": "leo"},
       {"type": "parent", "parent": "gm", "child": "m1"},
       {"type": "parent", "parent": "tom", "child": "m1"},
       {"type": "partner", "a": "m1", "b": "p1", "status": "current", "from": "2026-08"},
       {"type": "partner", "a": "m1", "b": "f1", "status": "separated", "to": "2026-05"},
       {"type": "partner", "a": "m1", "b": "lee", "status": "ended", "to": "2020"},
       {"type": "partner", "a": "m1", "b": "sid", "status": "ended", "to": "2015"},
       {"type": "partner", "a": "gm", "b": "bob", "status": "current"},
       {"type": "partner", "a": "lod", "b": "zoe", "status": "current"},
       {"type": "abuse", "from": "lee", "to": "m1", "forms": ["physical"]},
       {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly", "supervised": false},
       {"type": "care", "carer": "gm", "child": "c1", "frequency": "weekly"})",
    R"("households": [
         {"id": "h1", "label": "Home", "members": [{"person": "m1"}, {"person": "c1"}, {"person": "leo"},
                                                   {"person": "p1", "status": "staying", "from": "2026-09"},
                                                   {"person": "lod"}, {"person": "zoe", "status": "visitor"}]},
         {"id": "h2", "members": [{"person": "gm"}, {"person": "bob"}]}])");

TEST(ChildCircle, EveryoneTheDesignPutsInItWithTheLinkThatPutThemThere) {
  const FamilyGraph g = testing::family(kFamily);
  const auto circle = circle_of(g, "c1");
  const std::map<std::string, std::string> expected = {
      {"m1", "mother, lives in the home, father's ex-partner (separated 2026-05)"},
      {"f1", "father, weekly unsupervised contact, mother's ex-partner (separated 2026-05)"},
      {"p1", "staying at the home since 2026-09, mother's current partner since 2026-08"},
      {"gm", "weekly care"},
      {"bob", "maternal grandmother's current partner"},
      {"lod", "lives in the home"},
      {"lee", "mother's ex-partner (ended 2020), who has abused the mother (physical)"},
  };
  EXPECT_EQ(circle, expected);
}

TEST(ChildCircle, WhoIsLeftOut) {
  const FamilyGraph g = testing::family(kFamily);
  const auto circle = circle_of(g, "c1");
  EXPECT_EQ(circle.count("tom"), 0u);  // a grandparent with no link of his own
  EXPECT_EQ(circle.count("sid"), 0u);  // an ex-partner with no contact, home or abuse
  EXPECT_EQ(circle.count("zoe"), 0u);  // a visitor, and the partner of a lodger
  EXPECT_EQ(circle.count("leo"), 0u);  // children are not in the circle
  EXPECT_EQ(circle.count("c1"), 0u);
}

TEST(ChildCircle, LivesWithTheChildAndParentsFirst) {
  const FamilyGraph g = testing::family(kFamily);
  const ChildCircle circle = child_circle(g, g.at("c1"));
  ASSERT_FALSE(circle.members.empty());
  EXPECT_EQ(g.person(circle.members[0].person).id, "f1");  // parents first, by id
  EXPECT_EQ(g.person(circle.members[1].person).id, "m1");
  EXPECT_TRUE(circle.find(g.at("p1"))->lives_with_child);
  EXPECT_FALSE(circle.find(g.at("f1"))->lives_with_child);
  EXPECT_EQ(circle.homes, std::vector<std::size_t>{0});
}

TEST(ChildCircle, PeopleWhoLeftHaveDiedOrOnlyHaveNoContact) {
  const FamilyGraph g = testing::family(case_json(
      R"({"id": "m1", "sex": "female", "age": 30}, {"id": "c1", "sex": "female", "born": "2022-01-01"},
         {"id": "f1", "sex": "male", "age": 35, "died": "2025-01"}, {"id": "x1", "sex": "male", "age": 40},
         {"id": "u1", "sex": "male", "age": 60})",
      R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
         {"type": "contact", "adult": "u1", "child": "c1", "frequency": "none"})",
      R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}, {"person": "x1", "to": "2026-02"}]}])"));
  const auto circle = circle_of(g, "c1");
  EXPECT_EQ(circle, (std::map<std::string, std::string>{{"m1", "mother, lives in the home"}}));
}

TEST(ChildCircle, AnUnbornBabyLivesWhereItsMotherLives) {
  const FamilyGraph g = testing::family(case_json(
      R"({"id": "m1", "sex": "female", "age": 22}, {"id": "u1", "sex": "unknown", "expected": "2027-03"},
         {"id": "p1", "sex": "male", "age": 30, "identity": "unknown"})",
      R"({"type": "parent", "parent": "m1", "child": "u1"})",
      R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "p1", "status": "staying"}]}])"));
  const auto circle = circle_of(g, "u1");
  EXPECT_EQ(circle.at("p1"), "staying at the home");
  EXPECT_EQ(circle.at("m1"), "mother, lives in the home");
}

TEST(ChildCircle, AnExPartnerWhoAbusedAnotherCircleMemberIsAddedUntilNothingChanges) {
  // Lee, the mother's ex, is in the circle for abusing Dan, her current
  // partner; Sid, the father's ex, is in it for abusing Lee once Lee is in.
  const FamilyGraph g = testing::family(case_json(
      R"({"id": "m1", "sex": "female", "age": 30}, {"id": "f1", "sex": "male", "age": 32},
         {"id": "c1", "sex": "female", "born": "2022-01-01"}, {"id": "p1", "sex": "male", "age": 30},
         {"id": "lee", "sex": "male", "age": 33}, {"id": "sid", "sex": "female", "age": 31})",
      R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
         {"type": "partner", "a": "m1", "b": "p1", "status": "current"},
         {"type": "partner", "a": "m1", "b": "lee", "status": "ended"},
         {"type": "partner", "a": "f1", "b": "sid", "status": "divorced"},
         {"type": "abuse", "from": "sid", "to": "lee"},
         {"type": "abuse", "from": "lee", "to": "p1"})"));
  const auto circle = circle_of(g, "c1");
  EXPECT_EQ(circle.count("lee"), 1u);
  EXPECT_EQ(circle.count("sid"), 1u);
  EXPECT_NE(circle.at("sid").find("father's ex-partner"), std::string::npos) << circle.at("sid");
}

}  // namespace
}  // namespace kinmap
