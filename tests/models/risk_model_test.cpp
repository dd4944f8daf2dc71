#include "risk_model.h"

#include <gtest/gtest.h>

#include "errors.h"

namespace kinmap {
namespace {

TEST(RiskModel, TheBuiltInModelHasTheDesignsVocabulary) {
  const RiskModel& m = RiskModel::builtin();
  for (const char* f : {"domestic_abuse_perpetrator", "violence_history", "child_harm_history", "sexual_offending",
                        "registered_sex_offender", "mappa", "offending_history", "substance_misuse", "alcohol_misuse",
                        "mental_health", "suicidal_ideation", "threats_to_kill", "non_fatal_strangulation", "stalking",
                        "coercive_control", "weapons", "non_engagement", "breach_of_order"})
    EXPECT_TRUE(m.poses_risk(f)) << f;
  for (const char* f : {"adverse_childhood", "care_leaver", "domestic_abuse_victim", "learning_disability"}) {
    ASSERT_NE(m.factor(f), nullptr) << f;
    EXPECT_FALSE(m.poses_risk(f)) << f;
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
    RiskModel::parse(R"({"format": "kinmap-risk-model/1", "factors": {"x": {"poses_risk": true}}, "thresholds": {}})", "local.json");
    FAIL() << "expected CaseFileError";
  } catch (const CaseFileError& e) {
    EXPECT_EQ(e.diagnostics()[0].file, "local.json");
    EXPECT_EQ(e.diagnostics()[0].pointer, "/thresholds/assessment_max_age_months");
  }
}

}  // namespace
}  // namespace kinmap
