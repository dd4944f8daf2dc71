// One situation, one finding: two rules asking one question of one person
// speak once.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::analyse_json;
using testing::case_json;
using testing::only;

std::vector<std::string> rules_about(const std::vector<Finding>& all, const std::string& id) {
  std::vector<std::string> out;
  for (const Finding& f : all)
    if (!f.people.empty() && f.people.front() == id) out.push_back(f.rule);
  return out;
}

TEST(OneSituation, OtherChildrenSpeaksForNotAskedAboutTheSameMan) {
  const auto all = analyse_json(case_json(
      R"({"id": "m1", "name": "Gemma Hart", "sex": "female", "born": "1996"},
         {"id": "f1", "name": "Wayne Hart", "sex": "male", "born": "1990", "known_to": ["probation"]},
         {"id": "c1", "name": "Leo", "sex": "male", "born": "2020-02-02"})",
      R"({"type": "parent", "parent": "m1", "child": "c1"},
         {"type": "parent", "parent": "f1", "child": "c1"})",
      R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "f1"}, {"person": "c1"}]}])"));
  EXPECT_TRUE(only(all, "CHILDREN_NOT_ASKED").empty());
  const auto kept = only(all, "OTHER_CHILDREN");
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_MENTIONS(kept[0], "He is known to probation: ask them what they know too.");
}

TEST(OneSituation, NotAskedStandsAloneWhenNoOtherChildrenFindingAsksIt) {
  // In no child's circle (so no OTHER_CHILDREN), known to probation: nothing to merge.
  const auto all = analyse_json(case_json(
      R"({"id": "x1", "name": "Lee Dunn", "sex": "male", "born": "1985", "known_to": ["probation"]},
         {"id": "c1", "name": "Leo", "sex": "male", "born": "2020-02-02"})"));
  EXPECT_EQ(only(all, "CHILDREN_NOT_ASKED").size(), 1u);
}

const std::string kUnknownFather =
    R"({"id": "m1", "name": "Gemma Hart", "sex": "female", "born": "1996"},
       {"id": "f1", "sex": "male", "identity": "unknown", "name": "Leo's father"},
       {"id": "c1", "name": "Leo", "sex": "male", "born": "2020-02-02"})";

TEST(OneSituation, AnUnknownFatherWhoIsNotAroundIsReportedOnce) {
  const auto all = analyse_json(
      case_json(kUnknownFather,
                R"({"type": "parent", "parent": "m1", "child": "c1"},
         {"type": "parent", "parent": "f1", "child": "c1"})",
                R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}],
         "plan": {"type": "child_in_need", "children": ["c1"], "named": ["m1"], "invited": ["m1"]})"));
  EXPECT_EQ(rules_about(all, "f1"), std::vector<std::string>{"INVISIBLE_MAN"});
}

TEST(OneSituation, AnUnknownFatherWithContactIsStillAskedAboutByEveryRule) {
  const auto all = analyse_json(
      case_json(kUnknownFather,
                R"({"type": "parent", "parent": "m1", "child": "c1"},
         {"type": "parent", "parent": "f1", "child": "c1"},
         {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly"})",
                R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}],
         "plan": {"type": "child_in_need", "children": ["c1"], "named": ["m1"], "invited": ["m1"]})"));
  const auto rules = rules_about(all, "f1");
  EXPECT_NE(std::find(rules.begin(), rules.end(), "UNASSESSED_ADULT"), rules.end());
  EXPECT_NE(std::find(rules.begin(), rules.end(), "MISSING_FROM_PLAN"), rules.end());
}

TEST(OneSituation, AManNobodyHasIdentifiedIsNotAskedAboutOtherChildrenBeforeWhoHeIs) {
  const auto all = analyse_json(case_json(
      R"({"id": "m1", "name": "Chloe Barnes", "sex": "female", "born": "1999"},
         {"id": "x1", "sex": "male", "identity": "unknown", "name": "Man seen at the flat"},
         {"id": "c1", "name": "Tyler", "sex": "male", "born": "2021-05-05"})",
      R"({"type": "parent", "parent": "m1", "child": "c1"})",
      R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}],
         "events": [{"date": "2026-08-20", "type": "sighting", "people": ["x1"], "household": "h1"}])"));
  const auto rules = rules_about(all, "x1");
  EXPECT_NE(std::find(rules.begin(), rules.end(), "INVISIBLE_MAN"), rules.end());
  EXPECT_EQ(std::find(rules.begin(), rules.end(), "OTHER_CHILDREN"), rules.end());
}

}  // namespace
}  // namespace kinmap
