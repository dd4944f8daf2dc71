// RISK_TO_CHILD: someone who poses risk with an exposure path to the child.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"
#include "risk_model.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

const std::string kFamily =
    R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
       {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"})";

TEST(RiskToChild, APerpetratorWithUnsupervisedContact) {
  const auto found = findings(
      case_json(
          kFamily + R"(, {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27,
                               "risk": [{"factor": "domestic_abuse_perpetrator", "source": "police", "date": "2026-04-20"}]})",
          R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
                   {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly", "supervised": false})"),
      "RISK_TO_CHILD");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_EQ(found[0].people, Ids{"f1"});
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_EQ(found[0].path, (Ids{"f1", "c1"}));
  EXPECT_MENTIONS(found[0], "Ryan Cole \u2192 Mia (weekly unsupervised contact)");
  EXPECT_MENTIONS(found[0], "domestic abuse perpetrator (police, 2026-04-20)");
}

TEST(RiskToChild, UrgentForARegisteredSexOffenderInTheHome) {
  const auto found = findings(
      case_json(
          kFamily + R"(, {"id": "x1", "name": "Alan Moss", "sex": "male", "age": 50,
                               "risk": [{"factor": "registered_sex_offender", "source": "police"}]})",
          R"({"type": "parent", "parent": "m1", "child": "c1"})",
          R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}, {"person": "x1", "status": "staying"}]}])"),
      "RISK_TO_CHILD");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::urgent);
  EXPECT_MENTIONS(found[0], "Alan Moss \u2192 Mia (staying in the same home)");
  EXPECT_MENTIONS(found[0], "arrange an urgent risk assessment");
}

TEST(RiskToChild, ThroughTheGrandmotherWhoLooksAfterTheChild) {
  // The uncle lives with the grandmother, who has Mia every week.
  const auto found = findings(
      case_json(
          kFamily + R"(, {"id": "gm", "name": "Carol Dunn", "sex": "female", "born": "1970"},
                               {"id": "u1", "name": "Jay Dunn", "sex": "male", "born": "1995",
                                "risk": [{"factor": "violence_history"}]})",
          R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "gm", "child": "m1"},
                   {"type": "parent", "parent": "gm", "child": "u1"},
                   {"type": "care", "carer": "gm", "child": "c1", "frequency": "weekly"})",
          R"("households": [{"id": "h2", "members": [{"person": "gm"}, {"person": "u1"}]}])"),
      "RISK_TO_CHILD");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].path, (Ids{"u1", "gm", "c1"}));
  EXPECT_MENTIONS(found[0], "Jay Dunn (Mia's maternal uncle)");
  EXPECT_MENTIONS(found[0],
                  "Jay Dunn \u2192 Carol Dunn (lives in the same home) \u2192 Mia (weekly care)");
}

TEST(RiskToChild, ARecordedAbuseCountsAsRiskWithoutTheFactor) {
  const auto found = findings(
      case_json(
          kFamily + R"(, {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27})",
          R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
                   {"type": "abuse", "from": "f1", "to": "m1", "forms": ["strangulation"], "last": "2026-06"})"),
      "RISK_TO_CHILD");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::urgent);  // strangulation
  EXPECT_MENTIONS(found[0], "Ryan Cole \u2192 Mia (father, no contact recorded)");
  EXPECT_MENTIONS(found[0], "non-fatal strangulation");
}

TEST(RiskToChild, QuietForVulnerabilitiesAndForNoWayToTheChild) {
  // The mother's own vulnerability is no risk to others; the ex-partner with
  // a record has no contact and lives elsewhere.
  const auto found = findings(
      case_json(R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03",
                    "risk": [{"factor": "domestic_abuse_victim"}, {"factor": "care_leaver"}]},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
                   {"id": "x1", "name": "Lee Marsh", "sex": "male", "age": 33, "risk": [{"factor": "violence_history"}]})",
                R"({"type": "parent", "parent": "m1", "child": "c1"},
                   {"type": "partner", "a": "m1", "b": "x1", "status": "ended", "to": "2021"})",
                R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}])"),
      "RISK_TO_CHILD");
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

TEST(RiskToChild, TheCostLimitComesFromTheRiskModel) {
  // A father with no contact recorded costs 4: within the default limit of 4,
  // outside a local model's limit of 3.
  const std::string json = case_json(
      kFamily +
          R"(, {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27, "risk": [{"factor": "violence_history"}]})",
      R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"})");
  EXPECT_EQ(findings(json, "RISK_TO_CHILD").size(), 1u);

  std::string model_text = testing::read_file(testing::source_path("models/risk_model.json"));
  const std::string from = "\"max_exposure_cost\": 4";
  ASSERT_NE(model_text.find(from), std::string::npos);
  model_text.replace(model_text.find(from), from.size(), "\"max_exposure_cost\": 3");
  const RiskModel local = RiskModel::parse(model_text, "local.json");
  const FamilyGraph g(load_case_or_throw(json, "case.json", local), local);
  EXPECT_TRUE(testing::only(analyse(g), "RISK_TO_CHILD").empty());
}

}  // namespace
}  // namespace kinmap
