// Roles: naming people by what they are to a child, for messages and redaction.
#include "analysis/roles.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace kinmap {
namespace {

using testing::case_json;

const std::string kFamily = case_json(
    R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
       {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27},
       {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
       {"id": "c2", "name": "Leo", "sex": "male", "born": "2019-01-01"},
       {"id": "f2", "sex": "male", "age": 35},
       {"id": "p1", "sex": "male", "identity": "unknown"},
       {"id": "x1", "sex": "male", "age": 33},
       {"id": "x2", "sex": "male", "age": 45},
       {"id": "gm", "name": "Carol Dunn", "sex": "female", "born": "1970"},
       {"id": "lod", "sex": "female", "age": 50},
       {"id": "u1", "sex": "unknown", "expected": "2027-02-10"})",
    R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
       {"type": "parent", "parent": "m1", "child": "c2"}, {"type": "parent", "parent": "f2", "child": "c2"},
       {"type": "parent", "parent": "m1", "child": "u1"}, {"type": "parent", "parent": "gm", "child": "m1"},
       {"type": "partner", "a": "m1", "b": "p1", "status": "current"},
       {"type": "partner", "a": "m1", "b": "x1", "status": "ended"},
       {"type": "partner", "a": "m1", "b": "x2", "status": "divorced"})",
    R"("plan": {"children": ["c1", "c2"]},
       "households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}, {"person": "lod"}]}])");

TEST(Roles, RelationsToAChild) {
  const FamilyGraph g = testing::family(kFamily);
  const Homes homes(g);
  const Roles roles(g, homes);
  const auto c1 = g.at("c1");
  EXPECT_EQ(roles.relation(g.at("m1"), c1), "mother");
  EXPECT_EQ(roles.relation(g.at("f1"), c1), "father");
  EXPECT_EQ(roles.relation(g.at("p1"), c1), "mother's partner");
  EXPECT_EQ(roles.relation(g.at("x1"), c1), "mother's ex-partner");
  EXPECT_EQ(roles.relation(g.at("gm"), c1), "maternal grandmother");
  EXPECT_EQ(roles.relation(g.at("c2"), c1), "half-brother");
  EXPECT_EQ(roles.relation(g.at("lod"), c1), "woman in the home");
  EXPECT_EQ(roles.relation(g.at("f2"), c1), "");  // Leo's father is nothing to Mia
  EXPECT_EQ(roles.relation(c1, c1), "");
}

TEST(Roles, AParentsStepParentIsAStepGrandparentNotAMaternalGrandfather) {
  const FamilyGraph g = testing::family(case_json(
      R"({"id": "m1", "sex": "female", "born": "1998"}, {"id": "c1", "sex": "female", "born": "2020"},
         {"id": "gf", "sex": "male", "born": "1960"}, {"id": "gm", "sex": "female", "born": "1965"})",
      R"({"type": "parent", "parent": "m1", "child": "c1"},
         {"type": "parent", "parent": "gf", "child": "m1", "kind": "step"},
         {"type": "parent", "parent": "gm", "child": "m1"})"));
  const Homes homes(g);
  const Roles roles(g, homes);
  EXPECT_EQ(roles.relation(g.at("gf"), g.at("c1")), "step-grandfather");
  EXPECT_EQ(roles.relation(g.at("gm"), g.at("c1")), "maternal grandmother");
}

TEST(Roles, LabelsForRedactionAreRolesAndUnique) {
  const FamilyGraph g = testing::family(kFamily);
  const Homes homes(g);
  const Roles roles(g, homes);
  EXPECT_EQ(roles.label(g.at("c1")), "Child 1");
  EXPECT_EQ(roles.label(g.at("c2")), "Child 2");
  EXPECT_EQ(roles.label(g.at("u1")), "Child 3");
  EXPECT_EQ(roles.label(g.at("m1")), "Mother");
  EXPECT_EQ(roles.label(g.at("f1")), "Father");
  EXPECT_EQ(roles.label(g.at("p1")), "Unknown man 1");
  EXPECT_EQ(roles.label(g.at("x1")), "Mother's ex-partner 1");
  EXPECT_EQ(roles.label(g.at("x2")), "Mother's ex-partner 2");
  EXPECT_EQ(roles.label(g.at("f2")), "Child 2's father");
  EXPECT_EQ(roles.label(g.at("gm")), "Maternal grandmother");
  EXPECT_EQ(roles.label(g.at("lod")), "Woman in the home");
}

TEST(Roles, NamesAndDescriptions) {
  const FamilyGraph g = testing::family(kFamily);
  const Homes homes(g);
  const Roles roles(g, homes);
  EXPECT_EQ(roles.name(g.at("f1")), "Ryan Cole");
  EXPECT_EQ(roles.name(g.at("x1")),
            "Mia's mother's ex-partner 1");  // no name: the role, with the child's name
  EXPECT_EQ(roles.name(g.at("lod")), "Woman in Mia's home");
  EXPECT_EQ(roles.name(g.at("u1")), "Kayleigh Dunn's unborn baby");
  EXPECT_EQ(roles.describe(g.at("f1"), g.at("c1")), "Ryan Cole (Mia's father)");
  EXPECT_EQ(roles.describe(g.at("f2"), g.at("c2")), "Leo's father");  // the name already says it
  EXPECT_EQ(roles.describe(g.at("lod"), g.at("c1")), "Woman in Mia's home");
  EXPECT_EQ(roles.relation_phrase(g.at("lod"), g.at("c1")), "lives in Mia's home");
  EXPECT_EQ(name_with_age(g, roles, g.at("u1")), "Kayleigh Dunn's unborn baby (due 2027-02-10)");
  EXPECT_EQ(name_with_age(g, roles, g.at("c1")), "Mia (aged 2)");
}

}  // namespace
}  // namespace kinmap
