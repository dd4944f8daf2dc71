// RELIES_ON_RISK: the plan relies on someone who poses risk or is unassessed.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

// Ron, Ruby's step-grandfather, does the school run every day.
std::string school_run(const std::string& ron, const std::string& relies_on = R"(["gm", "ron"])") {
  return case_json(
      R"({"id": "m1", "name": "Jade Okafor", "sex": "female", "born": "1997"},
         {"id": "gm", "name": "Pat Okafor", "sex": "female", "born": "1968",
          "assessment": {"status": "complete", "date": "2026-08-01"}},
         {"id": "ron", "name": "Ron Pike", "sex": "male", "born": "1960")" +
          ron + R"(},
         {"id": "c1", "name": "Ruby", "sex": "female", "born": "2019-02-02"})",
      R"({"type": "parent", "parent": "m1", "child": "c1"},
         {"type": "parent", "parent": "gm", "child": "m1"},
         {"type": "partner", "a": "gm", "b": "ron", "status": "current", "form": "married"},
         {"type": "care", "carer": "ron", "child": "c1", "frequency": "daily"})",
      R"("plan": {"type": "child_protection", "children": ["c1"], "named": ["m1", "gm", "ron"],
         "relies_on": )" +
          relies_on + "}");
}

TEST(ReliesOnRisk, AStepGrandfatherWithAnOldCrueltyConvictionDoingTheDailyCare) {
  const auto found =
      findings(school_run(R"(, "assessment": {"status": "complete", "date": "2026-08-01"},
                  "risk": [{"factor": "child_harm_history", "basis": "conviction",
                            "source": "police", "date": "1998"}])"),
               "RELIES_ON_RISK");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::urgent) << "a history of harming a child is urgent";
  EXPECT_EQ(found[0].people, Ids{"ron"});
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(found[0], "relies on Ron Pike");
  EXPECT_MENTIONS(found[0], "is recorded as a risk (history of harming a child)");
  EXPECT_MENTIONS(found[0], "do not rely on him until an urgent risk assessment is done");
}

TEST(ReliesOnRisk, HighForSomeoneReliedOnWhoWasNeverAssessed) {
  const auto found = findings(school_run(""), "RELIES_ON_RISK");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_MENTIONS(found[0], "has not been assessed");
  EXPECT_MENTIONS(found[0], "before the plan depends on him");
}

TEST(ReliesOnRisk, QuietWhenEveryoneReliedOnIsAssessedAndPosesNoRisk) {
  EXPECT_TRUE(
      findings(school_run(R"(, "assessment": {"status": "complete", "date": "2026-08-01"})"),
               "RELIES_ON_RISK")
          .empty());
}

TEST(ReliesOnRisk, QuietWhenThePlanDoesNotRelyOnHim) {
  EXPECT_TRUE(findings(school_run("", R"(["gm"])"), "RELIES_ON_RISK").empty());
}

}  // namespace
}  // namespace kinmap
