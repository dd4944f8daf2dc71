// FamilyGraph's derived facts on small hand-built families.
#include "family_graph.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace kinmap {
namespace {

using testing::case_json;

// Mother Amy has Ben with Carl (separated) and Dora with Eli (current, who
// moved in 2026-06). Eli is Ben's step-father. Amy's mother Gwen is alive;
// Gwen's mother Hilda is the great-grandmother. Fay (Eli's child by Iris)
// lives with Iris. Carl left the home in 2025.
const std::string kFamily = case_json(
    R"({"id": "amy", "sex": "female", "born": "1998-04-01", "name": "Amy"},
       {"id": "ben", "sex": "male", "born": "2018-09-10", "name": "Ben"},
       {"id": "carl", "sex": "male", "age": 30, "name": "Carl"},
       {"id": "dora", "sex": "female", "born": "2026-01-20", "name": "Dora"},
       {"id": "eli", "sex": "male", "born": "1995", "name": "Eli"},
       {"id": "fay", "sex": "female", "born": "2020-02-02", "name": "Fay"},
       {"id": "gwen", "sex": "female", "born": "1975", "name": "Gwen"},
       {"id": "hilda", "sex": "female", "born": "1950", "died": "2020", "name": "Hilda"},
       {"id": "iris", "sex": "female", "born": "1996", "name": "Iris"},
       {"id": "unb", "sex": "unknown", "expected": "2027-03"})",
    R"({"type": "parent", "parent": "amy", "child": "ben"},
       {"type": "parent", "parent": "carl", "child": "ben"},
       {"type": "parent", "parent": "amy", "child": "dora"},
       {"type": "parent", "parent": "eli", "child": "dora"},
       {"type": "parent", "parent": "eli", "child": "ben", "kind": "step"},
       {"type": "parent", "parent": "eli", "child": "fay"},
       {"type": "parent", "parent": "iris", "child": "fay"},
       {"type": "parent", "parent": "gwen", "child": "amy"},
       {"type": "parent", "parent": "hilda", "child": "gwen"},
       {"type": "parent", "parent": "amy", "child": "unb"},
       {"type": "partner", "a": "carl", "b": "amy", "status": "separated", "from": "2016", "to": "2024-12"},
       {"type": "partner", "a": "eli", "b": "amy", "status": "current", "from": "2025-03"},
       {"type": "partner", "a": "eli", "b": "iris", "status": "ended", "from": "2018", "to": "2021"})",
    R"("households": [
         {"id": "home", "members": [{"person": "amy"}, {"person": "ben"}, {"person": "dora"},
                                    {"person": "eli", "from": "2026-06"}, {"person": "carl", "to": "2025-01"}]},
         {"id": "iris_home", "members": [{"person": "iris"}, {"person": "fay"}]}])");

std::vector<std::string> ids(const FamilyGraph& g, const std::vector<FamilyGraph::Link>& links) {
  std::vector<std::string> out;
  for (const auto& l : links) out.push_back(g.person(l.person).id);
  return out;
}

TEST(FamilyGraph, AgesAndLifeStagesAtAsOf) {
  const FamilyGraph g = testing::family(kFamily);
  EXPECT_EQ(g.age(g.at("amy")), 28);
  EXPECT_EQ(g.age(g.at("ben")), 8);
  EXPECT_EQ(g.age(g.at("dora")), 0);
  EXPECT_EQ(g.age(g.at("carl")), 30);
  EXPECT_TRUE(g.is_adult(g.at("amy")));
  EXPECT_TRUE(g.is_child(g.at("dora")));
  EXPECT_TRUE(g.is_unborn(g.at("unb")));
  EXPECT_TRUE(g.is_child(g.at("unb")));
  EXPECT_FALSE(g.age_assumed(g.at("carl")));
}

TEST(FamilyGraph, ParentsAndChildrenByKind) {
  const FamilyGraph g = testing::family(kFamily);
  EXPECT_EQ(ids(g, g.parents(g.at("ben"))), (std::vector<std::string>{"amy", "carl", "eli"}));
  EXPECT_EQ(ids(g, g.parents(g.at("ben"), {ParentKind::biological})), (std::vector<std::string>{"amy", "carl"}));
  EXPECT_EQ(ids(g, g.parents(g.at("ben"), {ParentKind::step})), (std::vector<std::string>{"eli"}));
  EXPECT_EQ(ids(g, g.children(g.at("eli"))), (std::vector<std::string>{"dora", "ben", "fay"}));
}

TEST(FamilyGraph, HalfSiblingsAndStepSiblingsFromSharedParents) {
  const FamilyGraph g = testing::family(kFamily);
  std::map<std::string, FamilyGraph::Sibling::Kind> found;
  for (const auto& s : g.siblings(g.at("dora"))) found[g.person(s.person).id] = s.kind;
  EXPECT_EQ(found.at("ben"), FamilyGraph::Sibling::Kind::half);  // shares Amy
  EXPECT_EQ(found.at("fay"), FamilyGraph::Sibling::Kind::half);  // shares Eli
  EXPECT_EQ(found.at("unb"), FamilyGraph::Sibling::Kind::half);  // shares Amy only
  found.clear();
  for (const auto& s : g.siblings(g.at("fay"))) found[g.person(s.person).id] = s.kind;
  EXPECT_EQ(found.at("ben"), FamilyGraph::Sibling::Kind::other);  // only through Eli as step-father
}

TEST(FamilyGraph, PartnershipsEndedBeforeAsOfAreNotCurrent) {
  const FamilyGraph g = testing::family(kFamily);
  EXPECT_EQ(ids(g, g.partners(g.at("amy"))), (std::vector<std::string>{"carl", "eli"}));
  EXPECT_EQ(ids(g, g.current_partners(g.at("amy"))), (std::vector<std::string>{"eli"}));
  EXPECT_EQ(ids(g, g.current_partners(g.at("eli"))), (std::vector<std::string>{"amy"}));
  const Relationship& carl_amy = *g.partners(g.at("carl"))[0].relationship;
  EXPECT_EQ(g.partnership_status_on(carl_amy, PartialDate::parse("2020-01-01")->first_day()), PartnerStatus::current);
  EXPECT_EQ(g.partnership_status_on(carl_amy, PartialDate::parse("2025-06-01")->first_day()), PartnerStatus::separated);
  EXPECT_EQ(g.partnership_status_on(carl_amy, PartialDate::parse("2015-01-01")->first_day()), std::nullopt);
}

TEST(FamilyGraph, HouseholdMembersWhoLeftOrHaveNotArrived) {
  const FamilyGraph g = testing::family(kFamily);
  std::vector<std::string> now;
  for (const auto& m : g.members_on(0, g.as_of())) now.push_back(g.person(m.person).id);
  EXPECT_EQ(now, (std::vector<std::string>{"amy", "ben", "dora", "eli"}));  // Carl left
  std::vector<std::string> before;
  for (const auto& m : g.members_on(0, PartialDate::parse("2026-03-01")->first_day())) before.push_back(g.person(m.person).id);
  EXPECT_EQ(before, (std::vector<std::string>{"amy", "ben", "dora"}));  // Eli not yet, Carl gone
  EXPECT_TRUE(g.share_household(g.at("eli"), g.at("ben"), g.as_of()));
  EXPECT_FALSE(g.share_household(g.at("carl"), g.at("ben"), g.as_of()));
  EXPECT_EQ(g.households_of(g.at("fay"), g.as_of()), (std::vector<std::size_t>{1}));
}

TEST(FamilyGraph, AncestorsNearestFirst) {
  const FamilyGraph g = testing::family(kFamily);
  std::vector<std::string> found;
  for (auto v : g.ancestors(g.at("ben"))) found.push_back(g.person(v).id);
  EXPECT_EQ(found, (std::vector<std::string>{"amy", "carl", "eli", "gwen", "hilda"}));
}

TEST(FamilyGraph, FocusDefaultsToEveryChildWithoutAPlan) {
  const FamilyGraph g = testing::family(kFamily);
  std::vector<std::string> focus;
  for (auto v : g.focus_children()) focus.push_back(g.person(v).id);
  EXPECT_EQ(focus, (std::vector<std::string>{"ben", "dora", "fay", "unb"}));
}

TEST(FamilyGraph, FocusFollowsThePlanThenTheCase) {
  const FamilyGraph planned = testing::family(case_json(
      R"({"id": "m", "sex": "female", "age": 30}, {"id": "a", "sex": "male", "born": "2020"}, {"id": "b", "sex": "male", "born": "2021"})",
      "", R"("plan": {"children": ["b"]})"));
  ASSERT_EQ(planned.focus_children().size(), 1u);
  EXPECT_EQ(planned.person(planned.focus_children()[0]).id, "b");
}

}  // namespace
}  // namespace kinmap
