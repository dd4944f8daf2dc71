// The plan behind the drawing: the hard case first — a man with children
// by three women in three homes — then single parents and step-parents.
#include "genogram_plan.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace kinmap {
namespace {

FamilyGraph three_partners() {
  return testing::family(testing::case_json(
      R"({"id": "dean", "sex": "male", "born": "1990"},
         {"id": "lisa", "sex": "female", "born": "1990"},
         {"id": "jade", "sex": "female", "born": "1998"},
         {"id": "sophie", "sex": "female", "born": "2001"},
         {"id": "tyler", "sex": "male", "born": "2012"},
         {"id": "chloe", "sex": "female", "born": "2015"},
         {"id": "ruby", "sex": "female", "born": "2024"},
         {"id": "baby", "sex": "unknown", "expected": "2027-03"})",
      R"({"type": "partner", "a": "dean", "b": "lisa", "status": "divorced", "form": "married", "from": "2011"},
         {"type": "partner", "a": "dean", "b": "jade", "status": "separated", "form": "cohabiting", "from": "2022"},
         {"type": "partner", "a": "dean", "b": "sophie", "status": "current", "form": "dating", "from": "2026-07"},
         {"type": "parent", "parent": "dean", "child": "chloe"},
         {"type": "parent", "parent": "lisa", "child": "chloe"},
         {"type": "parent", "parent": "dean", "child": "tyler"},
         {"type": "parent", "parent": "lisa", "child": "tyler"},
         {"type": "parent", "parent": "dean", "child": "ruby"},
         {"type": "parent", "parent": "jade", "child": "ruby"},
         {"type": "parent", "parent": "dean", "child": "baby"},
         {"type": "parent", "parent": "sophie", "child": "baby"})",
      R"("households": [
         {"id": "h1", "members": [{"person": "lisa"}, {"person": "tyler"}, {"person": "chloe"}]},
         {"id": "h2", "members": [{"person": "jade"}, {"person": "ruby"}]},
         {"id": "h3", "members": [{"person": "sophie"}, {"person": "dean", "status": "staying"}]}])"));
}

std::vector<std::string> ids(const FamilyGraph& family,
                             const std::vector<FamilyGraph::Vertex>& vs) {
  std::vector<std::string> out;
  for (auto v : vs) out.push_back(family.person(v).id);
  return out;
}

TEST(GenogramPlan, ManWithThreePartnersHasThreeUnionsEachWithItsChildren) {
  const FamilyGraph family = three_partners();
  const GenogramPlan plan = plan_genogram(family, {});
  ASSERT_EQ(plan.unions.size(), 3u);
  std::map<std::string, std::vector<std::string>> children;
  for (const auto& u : plan.unions) {
    const std::string& partner =
        family.person(u.left).id == "dean" ? family.person(u.right).id : family.person(u.left).id;
    EXPECT_TRUE(family.person(u.left).id == "dean" || family.person(u.right).id == "dean");
    children[partner] = ids(family, u.children);
  }
  EXPECT_EQ(children["lisa"], (std::vector<std::string>{"tyler", "chloe"}));  // oldest first
  EXPECT_EQ(children["jade"], (std::vector<std::string>{"ruby"}));
  EXPECT_EQ(children["sophie"], (std::vector<std::string>{"baby"}));
  EXPECT_TRUE(plan.parent_lines.empty());
}

TEST(GenogramPlan, RowPutsTheManBetweenHisPartnersAndTheOneHeLivesWithNextToHim) {
  const FamilyGraph family = three_partners();
  const GenogramPlan plan = plan_genogram(family, {});
  ASSERT_EQ(plan.rows.size(), 1u);
  const auto& row = plan.rows.front();
  std::vector<std::string> people;
  for (const auto& name : row)
    if (name.rfind("union:", 0) != 0) people.push_back(name);
  ASSERT_EQ(people.size(), 4u);  // everyone once
  const auto at = [&](const std::string& id) {
    return std::find(row.begin(), row.end(), id) - row.begin();
  };
  // Sophie (they share a home) is right beside him, with only their union between.
  EXPECT_EQ(std::abs(at("sophie") - at("dean")), 2);
  // He has partners on both sides.
  const bool left = at("lisa") < at("dean") || at("jade") < at("dean") || at("sophie") < at("dean");
  const bool right =
      at("lisa") > at("dean") || at("jade") > at("dean") || at("sophie") > at("dean");
  EXPECT_TRUE(left && right);
}

TEST(GenogramPlan, StayingMemberIsBoxedAsStaying) {
  const FamilyGraph family = three_partners();
  const GenogramPlan plan = plan_genogram(family, {});
  EXPECT_TRUE(plan.staying.count(family.at("dean")));
  for (const auto& [household, inside] : plan.boxes)
    if (family.case_data().households[household].id == "h3")
      EXPECT_EQ(ids(family, inside), (std::vector<std::string>{"dean", "sophie"}));
}

TEST(GenogramPlan, ParentsWithNoRecordedPartnershipStillShareAUnion) {
  const FamilyGraph family = testing::family(testing::case_json(
      R"({"id": "f", "sex": "male", "born": "1990"}, {"id": "m", "sex": "female", "born": "1990"},
         {"id": "c", "sex": "female", "born": "2020"})",
      R"({"type": "parent", "parent": "f", "child": "c"}, {"type": "parent", "parent": "m", "child": "c"})"));
  const GenogramPlan plan = plan_genogram(family, {});
  ASSERT_EQ(plan.unions.size(), 1u);
  EXPECT_EQ(plan.unions[0].partnership, nullptr);
  EXPECT_EQ(ids(family, plan.unions[0].children), (std::vector<std::string>{"c"}));
  EXPECT_EQ(family.person(plan.unions[0].left).id, "f");  // man left
}

TEST(GenogramPlan, OnlyDrawsThePeopleAsked) {
  const FamilyGraph family = three_partners();
  const GenogramPlan plan = plan_genogram(family, {"dean", "jade", "ruby"});
  EXPECT_EQ(plan.people.size(), 3u);
  ASSERT_EQ(plan.unions.size(), 1u);
  EXPECT_EQ(ids(family, plan.unions[0].children), (std::vector<std::string>{"ruby"}));
}

}  // namespace
}  // namespace kinmap
