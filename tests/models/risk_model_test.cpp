#include "risk_model.h"

#include <gtest/gtest.h>

#include "errors.h"

namespace kinmap {
namespace {

TEST(RiskModel, TheBuiltInModelHasTheDesignsVocabulary) {
  const RiskModel& m = RiskModel::builtin();
  for (const char* f : {"domestic_abuse_perpetrator", "violence_history", "child_harm_history",
                        "sexual_offending", "registered_sex_offender", "mappa", "offending_history",
                        "substance_misuse", "alcohol_misuse", "mental_health", "suicidal_ideation",
                        "threats_to_kill", "non_fatal_strangulation", "stalking",
                        "coercive_control", "weapons", "non_engagement", "breach_of_order"})
    ASSERT_NE(m.factor(f), nullptr) << f;
  // DESIGN.md's kinds: who may harm, what may affect care, what is a need.
  for (const char* f :
       {"domestic_abuse_perpetrator", "violence_history", "child_harm_history", "sexual_offending",
        "registered_sex_offender", "mappa", "offending_history", "threats_to_kill",
        "non_fatal_strangulation", "stalking", "coercive_control", "weapons", "breach_of_order"})
    EXPECT_EQ(m.factor(f)->kind, FactorKind::harm) << f;
  for (const char* f : {"substance_misuse", "alcohol_misuse", "mental_health", "suicidal_ideation",
                        "non_engagement"})
    EXPECT_EQ(m.factor(f)->kind, FactorKind::capacity) << f;
  for (const char* f :
       {"adverse_childhood", "care_leaver", "domestic_abuse_victim", "learning_disability"}) {
    ASSERT_NE(m.factor(f), nullptr) << f;
    EXPECT_EQ(m.factor(f)->kind, FactorKind::vulnerability) << f;
  }
  EXPECT_EQ(m.dash_questions().size(), 24u);
  EXPECT_EQ(m.thresholds().dash_high_risk_yes_count, 14);
  EXPECT_EQ(m.thresholds().max_exposure_cost, 4);
  EXPECT_EQ(m.exposure_costs().supervised_contact, 3);
  EXPECT_TRUE(m.factor("threats_to_kill")->urgent);
  EXPECT_FALSE(m.factor("violence_history")->urgent);
}

TEST(RiskModel, RejectsAModelWithAMissingThresholdNamingIt) {
  try {
    RiskModel::parse(
        R"({"format": "kinmap-risk-model/1", "factors": {"x": {"kind": "harm"}}, "thresholds": {}})",
        "local.json");
    FAIL() << "expected CaseFileError";
  } catch (const CaseFileError& e) {
    EXPECT_EQ(e.diagnostics()[0].file, "local.json");
    EXPECT_EQ(e.diagnostics()[0].pointer, "/thresholds/assessment_max_age_months");
  }
}

TEST(RiskModel, AnOldModelWithPosesRiskIsToldWhatReplacedIt) {
  try {
    RiskModel::parse(R"({"format": "kinmap-risk-model/1", "factors": {"x": {"poses_risk": true}}})",
                     "local.json");
    FAIL() << "expected CaseFileError";
  } catch (const CaseFileError& e) {
    EXPECT_EQ(e.diagnostics()[0].pointer, "/factors/x");
    EXPECT_NE(e.diagnostics()[0].message.find("\"poses_risk\" was replaced by \"kind\""),
              std::string::npos)
        << e.diagnostics()[0].message;
  }
}

TEST(RiskModel, RejectsAnUnknownKindAtItsPlace) {
  try {
    RiskModel::parse(R"({"format": "kinmap-risk-model/1", "factors": {"x": {"kind": "danger"}}})",
                     "local.json");
    FAIL() << "expected CaseFileError";
  } catch (const CaseFileError& e) {
    EXPECT_EQ(e.diagnostics()[0].pointer, "/factors/x/kind");
  }
}

}  // namespace
}  // namespace kinmap
