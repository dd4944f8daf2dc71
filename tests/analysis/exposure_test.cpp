// Exposure paths on hand-built graphs: costs, ties, bounds and formatting.
#include "analysis/exposure.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using Ids = std::vector<std::string>;

struct Exposure {
  explicit Exposure(const std::string& json)
      : family(testing::family(json)),
        homes(family),
        roles(family, homes),
        graph(family, homes, roles) {}
  std::optional<ExposurePath> path(const std::string& from, const std::string& to,
                                   int max_cost = 4) const {
    return graph.toward(family.at(to), max_cost).path_from(family.at(from));
  }
  Ids ids(const ExposurePath& p) const {
    Ids out;
    for (auto v : p.people) out.push_back(family.person(v).id);
    return out;
  }
  FamilyGraph family;
  Homes homes;
  Roles roles;
  ExposureGraph graph;
};

TEST(Exposure, UnsupervisedContactIsOneStepFormattedPersonByPerson) {
  const Exposure e(case_json(
      R"({"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27}, {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"})",
      R"({"type": "parent", "parent": "f1", "child": "c1"},
         {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly", "supervised": false})"));
  const auto p = e.path("f1", "c1");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->cost, 1);
  EXPECT_EQ(e.ids(*p), (Ids{"f1", "c1"}));
  EXPECT_EQ(p->format(e.roles), "Ryan Cole \u2192 Mia (weekly unsupervised contact)");
  EXPECT_FALSE(e.path("c1", "c1"));
}

TEST(Exposure, TheCheapestOfTwoWaysWins) {
  // Jay has supervised contact (3) but also lives with Carol, who has Mia weekly (1 + 1).
  const Exposure e(case_json(
      R"({"id": "jay", "name": "Jay", "sex": "male", "age": 30}, {"id": "gm", "name": "Carol", "sex": "female", "age": 60},
         {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"})",
      R"({"type": "contact", "adult": "jay", "child": "c1", "frequency": "monthly", "supervised": true},
         {"type": "care", "carer": "gm", "child": "c1", "frequency": "weekly"})",
      R"("households": [{"id": "h", "members": [{"person": "jay"}, {"person": "gm"}]}])"));
  const auto p = e.path("jay", "c1");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->cost, 2);
  EXPECT_EQ(p->format(e.roles),
            "Jay \u2192 Carol (lives in the same home) \u2192 Mia (weekly care)");
}

TEST(Exposure, AtEqualCostFewerStepsWin) {
  // Dan reaches Mia as the partner of her mother (2, one step) or by living
  // with her grandmother, who looks after Mia (1 + 1, two steps).
  const Exposure e(case_json(
      R"({"id": "m1", "name": "Kayleigh", "sex": "female", "age": 25}, {"id": "p1", "name": "Dan", "sex": "male", "age": 30},
         {"id": "gm", "name": "Carol", "sex": "female", "age": 60}, {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"})",
      R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "partner", "a": "m1", "b": "p1", "status": "current"},
         {"type": "care", "carer": "gm", "child": "c1", "frequency": "weekly"})",
      R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]},
                        {"id": "h2", "members": [{"person": "gm"}, {"person": "p1"}]}])"));
  const auto p = e.path("p1", "c1");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->cost, 2);
  EXPECT_EQ(p->format(e.roles), "Dan \u2192 Mia (current partner of Mia's mother)");
}

TEST(Exposure, AFullTieGoesToTheSmallerIdWhateverTheFileOrder) {
  // Two carers Pat and Quinn both live with Jay and both look after Mia: the
  // same cost and the same steps; the path goes through the smaller id.
  const std::string people =
      R"({"id": "jay", "name": "Jay", "sex": "male", "age": 30}, {"id": "q", "name": "Quinn", "sex": "female", "age": 50},
         {"id": "p", "name": "Pat", "sex": "female", "age": 55}, {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"})";
  const std::string q_first =
      R"({"type": "care", "carer": "q", "child": "c1", "frequency": "weekly"},
                                 {"type": "care", "carer": "p", "child": "c1", "frequency": "weekly"})";
  const std::string p_first =
      R"({"type": "care", "carer": "p", "child": "c1", "frequency": "weekly"},
                                 {"type": "care", "carer": "q", "child": "c1", "frequency": "weekly"})";
  const std::string home_q =
      R"("households": [{"id": "h", "members": [{"person": "jay"}, {"person": "q"}, {"person": "p"}]}])";
  const std::string home_p =
      R"("households": [{"id": "h", "members": [{"person": "p"}, {"person": "q"}, {"person": "jay"}]}])";
  for (const auto& [links, home] : {std::pair{q_first, home_q}, std::pair{p_first, home_p}}) {
    const Exposure e(case_json(people, links, home));
    const auto path = e.path("jay", "c1");
    ASSERT_TRUE(path);
    EXPECT_EQ(e.ids(*path), (Ids{"jay", "p", "c1"}));
  }
}

TEST(Exposure, AtEqualCostAndStepsTheLinkKindDecides) {
  // Sam both lives with Mia (1) and has unsupervised contact (1): "lives in
  // the same home" comes first.
  const Exposure e(case_json(
      R"({"id": "s", "name": "Sam", "sex": "male", "age": 30}, {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"})",
      R"({"type": "contact", "adult": "s", "child": "c1", "frequency": "daily", "supervised": false})",
      R"("households": [{"id": "h", "members": [{"person": "s"}, {"person": "c1"}]}])"));
  EXPECT_EQ(e.path("s", "c1")->links, Ids{"lives in the same home"});
}

TEST(Exposure, ParentWithNoContactRecordedAndTheCostBound) {
  const std::string people =
      R"({"id": "f1", "name": "Ryan", "sex": "male", "age": 30}, {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
         {"id": "x", "name": "Rob", "sex": "male", "age": 30})";
  const Exposure e(
      case_json(people, R"({"type": "parent", "parent": "f1", "child": "c1"})",
                R"("households": [{"id": "h", "members": [{"person": "x"}, {"person": "f1"}]}])"));
  const auto p = e.path("f1", "c1");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->cost, 4);
  EXPECT_EQ(p->links, Ids{"father, no contact recorded"});
  EXPECT_FALSE(e.path("f1", "c1", 3));  // over the bound
  EXPECT_FALSE(e.path("x", "c1"));      // 1 + 4 = 5: too far
  EXPECT_TRUE(e.path("x", "c1", 5));

  // Contact recorded as none: the record says there is no contact.
  const Exposure none(case_json(people, R"({"type": "parent", "parent": "f1", "child": "c1"},
                                           {"type": "contact", "adult": "f1", "child": "c1", "frequency": "none"})"));
  EXPECT_FALSE(none.path("f1", "c1"));
}

TEST(Exposure, AChildIsNeverAStepOnTheWayToAnotherChild) {
  // Ryan has contact with Ruby, who lives with her half-brother Ash: that is
  // no path to Ash. Ruby's grandmother, an adult, is.
  const Exposure e(case_json(
      R"({"id": "f1", "name": "Ryan", "sex": "male", "age": 30}, {"id": "m1", "name": "Jade", "sex": "female", "age": 28},
         {"id": "ruby", "name": "Ruby", "sex": "female", "born": "2024-01-01"},
         {"id": "ash", "name": "Ash", "sex": "male", "born": "2018-01-01"},
         {"id": "gm", "name": "Pat", "sex": "female", "age": 60})",
      R"({"type": "contact", "adult": "f1", "child": "ruby", "frequency": "weekly", "supervised": false},
         {"type": "care", "carer": "gm", "child": "ash", "frequency": "weekly"})",
      R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "ruby"}, {"person": "ash"}]},
                        {"id": "h2", "members": [{"person": "f1"}, {"person": "gm"}]}])"));
  const auto p = e.path("f1", "ash");
  ASSERT_TRUE(p);
  EXPECT_EQ(e.ids(*p), (Ids{"f1", "gm", "ash"}));  // not through Ruby (cost 2 either way)
  EXPECT_FALSE(e.path("f1", "ash", 1));
  EXPECT_TRUE(e.path("ruby", "ash"));  // a child can still be where a path starts
}

TEST(Exposure, CostsComeFromTheRiskModel) {
  std::string text = testing::read_file(testing::source_path("models/risk_model.json"));
  const std::string from = "\"supervised_contact\": 3";
  ASSERT_NE(text.find(from), std::string::npos);
  text.replace(text.find(from), from.size(), "\"supervised_contact\": 5");
  const RiskModel model = RiskModel::parse(text, "local.json");
  const FamilyGraph family(
      load_case_or_throw(
          case_json(
              R"({"id": "a", "sex": "male", "age": 30}, {"id": "c1", "sex": "female", "born": "2024-06-02"})",
              R"({"type": "contact", "adult": "a", "child": "c1", "frequency": "weekly", "supervised": true})"),
          "case.json", model),
      model);
  const Homes homes(family);
  const Roles roles(family, homes);
  const ExposureGraph graph(family, homes, roles);
  EXPECT_FALSE(graph.toward(family.at("c1"), 4).path_from(family.at("a")));
  EXPECT_EQ(graph.toward(family.at("c1"), 5).cost_from(family.at("a")), 5);
}

}  // namespace
}  // namespace kinmap
