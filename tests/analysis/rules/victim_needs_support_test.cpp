// VICTIM_NEEDS_SUPPORT, and the risk model's kinds behind it: a victim's own
// difficulties are needs to support, never "a risk" beside her abuser; a man
// in crisis who is not a victim is still weighed as a risk.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"
#include "report/genogram_overlay.h"

namespace kinmap {
namespace {

using testing::analyse_json;
using testing::case_json;
using testing::findings;
using testing::Ids;
using testing::only;

// Dionne lives with Isla; Ryan abused Dionne and sees Isla every week.
std::string victim_case(const std::string& dionne_risk, const std::string& extra = "") {
  return case_json(
      R"({"id": "m1", "name": "Dionne Price", "sex": "female", "born": "1996-01",
          "risk": [)" +
          dionne_risk + R"(]},
         {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 31},
         {"id": "c1", "name": "Isla", "sex": "female", "born": "2021-04-02"})",
      R"({"type": "parent", "parent": "m1", "child": "c1"},
         {"type": "parent", "parent": "f1", "child": "c1"},
         {"type": "partner", "a": "m1", "b": "f1", "status": "separated", "to": "2025-01"},
         {"type": "abuse", "from": "f1", "to": "m1", "forms": ["physical"], "last": "2024-12"},
         {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly"})",
      R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}])" + extra);
}

const char* const kDepressionAndDrink =
    R"({"factor": "mental_health", "source": "gp", "date": "2026-02"},
       {"factor": "alcohol_misuse", "source": "health_visitor"})";

TEST(VictimNeedsSupport, AVictimWithDepressionAndDrinkingGetsSupportNotBlame) {
  const auto found = findings(victim_case(kDepressionAndDrink), "VICTIM_NEEDS_SUPPORT");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::medium);
  EXPECT_EQ(found[0].people, (Ids{"m1", "f1"})) << "the victim, then who abused her";
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(found[0], "a victim of domestic abuse by Ryan Cole");
  EXPECT_MENTIONS(found[0], "mental health difficulties (GP, 2026-02)");
  EXPECT_MENTIONS(found[0], "see her alone");
}

TEST(VictimNeedsSupport, HighWhenThePlanReliesOnHerAlone) {
  const auto found = findings(
      victim_case(
          kDepressionAndDrink,
          R"(, "plan": {"type": "child_protection", "children": ["c1"], "named": ["m1", "f1"],
                      "relies_on": ["m1"]})"),
      "VICTIM_NEEDS_SUPPORT");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_MENTIONS(found[0], "relies on her alone");
}

TEST(VictimNeedsSupport, QuietForAVictimWithNoDifficultiesRecorded) {
  EXPECT_TRUE(
      findings(victim_case(R"({"factor": "domestic_abuse_victim"})"), "VICTIM_NEEDS_SUPPORT")
          .empty());
}

TEST(VictimNeedsSupport, QuietForAManInCrisisWhoIsNotAVictimAndHeIsStillWeighedAsARisk) {
  // father_in_crisis: suicidal and drinking, nobody's victim.
  const std::string text = case_json(
      R"({"id": "m1", "name": "Kelly Shaw", "sex": "female", "born": "1990"},
         {"id": "f1", "name": "Darren Shaw", "sex": "male", "born": "1988",
          "risk": [{"factor": "suicidal_ideation", "source": "gp"}, {"factor": "alcohol_misuse"}]},
         {"id": "c1", "name": "Finn", "sex": "male", "born": "2018"})",
      R"({"type": "parent", "parent": "m1", "child": "c1"},
         {"type": "parent", "parent": "f1", "child": "c1"},
         {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly"})");
  const auto all = analyse_json(text);
  EXPECT_TRUE(only(all, "VICTIM_NEEDS_SUPPORT").empty());
  const auto risk = only(all, "RISK_TO_CHILD");
  ASSERT_EQ(risk.size(), 1u);
  EXPECT_EQ(risk[0].people, Ids{"f1"});
  // Capacity-only risk says what it may mean for care, not "a risk".
  EXPECT_MENTIONS(risk[0], "His suicidal thoughts");
  EXPECT_MENTIONS(risk[0], "may affect the care he gives");
  EXPECT_EQ(risk[0].message.find("recorded as a risk"), std::string::npos) << risk[0].message;
}

TEST(VictimNeedsSupport, AVictimWithOnlyCapacityFactorsIsNeverReportedOrDrawnAsARisk) {
  const std::string text = victim_case(kDepressionAndDrink);
  const auto all = analyse_json(text);
  for (const Finding& f : only(all, "RISK_TO_CHILD"))
    EXPECT_NE(f.people.front(), "m1") << "the victim is not a risk: " << f.message;
  EXPECT_FALSE(only(all, "RISK_TO_CHILD").empty()) << "her abuser still is";
  for (const Finding& f : all) {
    if (f.people.empty() || f.people.front() != "m1") continue;
    EXPECT_EQ(f.message.find("recorded as a risk"), std::string::npos) << f.message;
  }
  // "See alone" is advice for her, never aimed at the man who abused her.
  for (const Finding& f : all) {
    EXPECT_EQ(f.message.find("Ryan Cole alone"), std::string::npos) << f.message;
    EXPECT_EQ(f.message.find("see him alone"), std::string::npos) << f.message;
  }
  // The diagram: no red outline and no care-concern mark for her.
  const FamilyGraph family = testing::family(text);
  const AnalysisContext context(family);
  const Overlay overlay = genogram_overlay(context, analyse(context));
  if (const auto it = overlay.people.find("m1"); it != overlay.people.end()) {
    EXPECT_FALSE(it->second.poses_risk);
    EXPECT_FALSE(it->second.care_concern);
    EXPECT_TRUE(it->second.risk_factors.empty());
  }
  ASSERT_TRUE(overlay.people.count("f1"));
  EXPECT_TRUE(overlay.people.at("f1").poses_risk);
}

TEST(VictimNeedsSupport, TheSameFactorsInSomeoneWhoIsNotAVictimAreACareConcernNotRed) {
  const std::string text = case_json(
      R"({"id": "m1", "name": "Dionne Price", "sex": "female", "born": "1996-01",
          "risk": [{"factor": "alcohol_misuse"}]},
         {"id": "c1", "name": "Isla", "sex": "female", "born": "2021-04-02"})",
      R"({"type": "parent", "parent": "m1", "child": "c1"})",
      R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}])");
  const FamilyGraph family = testing::family(text);
  const AnalysisContext context(family);
  const Overlay overlay = genogram_overlay(context, analyse(context));
  ASSERT_TRUE(overlay.people.count("m1"));
  EXPECT_FALSE(overlay.people.at("m1").poses_risk);
  EXPECT_TRUE(overlay.people.at("m1").care_concern);
}

}  // namespace
}  // namespace kinmap
