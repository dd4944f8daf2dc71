// INCIDENT_AT_HOME: a call-out to the child's home with nobody recorded as
// responsible, or naming someone not assessed since: who was there?
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

const std::string kPeople =
    R"({"id": "m1", "name": "Gemma Hart", "sex": "female", "born": "1996",
        "assessment": {"status": "complete", "date": "2026-10-25"}},
       {"id": "c1", "name": "Leo", "sex": "male", "born": "2020-02-02"},
       {"id": "x1", "name": "Man seen at the flat", "sex": "male", "identity": "unknown"})";
const std::string kParents = R"({"type": "parent", "parent": "m1", "child": "c1"})";

std::string with_events(const std::string& events) {
  return case_json(kPeople, kParents,
                   R"("households": [{"id": "h1", "label": "Flat 3", "members": [
                        {"person": "m1"}, {"person": "c1"}]}],
                      "events": [)" +
                       events + "]");
}

TEST(IncidentAtHome, ACallOutWithNobodyRecordedAsResponsible) {
  const auto found =
      findings(with_events(R"({"date": "2026-09-20", "type": "police_callout", "household": "h1",
                      "people": ["m1"], "source": "police"})"),
               "INCIDENT_AT_HOME");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::medium);
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_EQ(found[0].household, "h1");
  EXPECT_MENTIONS(found[0], "Police were called to Leo's home on 2026-09-20 (police)");
  EXPECT_MENTIONS(found[0], "does not say who was responsible");
  EXPECT_MENTIONS(found[0], "Find out who was there");
}

TEST(IncidentAtHome, HighWhenAManOfUnknownIdentityWasSeenThere) {
  const auto found =
      findings(with_events(R"({"date": "2026-09-20", "type": "police_callout", "household": "h1",
                      "people": ["m1"]},
                     {"date": "2026-08-02", "type": "sighting", "household": "h1",
                      "people": ["x1"], "source": "health_visitor"})"),
               "INCIDENT_AT_HOME");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_MENTIONS(found[0], "whose identity is not known, was seen at the home");
}

TEST(IncidentAtHome, NamesAManNobodyHasIdentified) {
  const auto found =
      findings(with_events(R"({"date": "2026-10-01", "type": "incident", "household": "h1",
                      "people": ["m1", "x1"]})"),
               "INCIDENT_AT_HOME");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, Ids{"x1"});
  EXPECT_MENTIONS(found[0], "it names Man seen at the flat, whose identity is not known");
}

TEST(IncidentAtHome, NamesSomeoneAssessedOnlyBeforeIt) {
  // Gemma was assessed on 2026-10-25 (kPeople); the call-out is after that.
  const auto found = findings(with_events(R"({"date": "2026-10-28", "type": "police_callout",
                                              "household": "h1", "people": ["m1"]})"),
                              "INCIDENT_AT_HOME");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, Ids{"m1"});
  EXPECT_MENTIONS(found[0], "Gemma Hart has not been assessed since");
}

TEST(IncidentAtHome, QuietWhenItNamesAKnownManWhomUnassessedAdultAsksAbout) {
  // Wayne is named: someone is recorded as there. Never assessed at all is
  // UNASSESSED_ADULT's question, not this one's.
  const std::string text = case_json(
      kPeople + R"(, {"id": "f1", "name": "Wayne Hart", "sex": "male", "born": "1990"})", kParents,
      R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}],
         "events": [{"date": "2026-10-01", "type": "police_callout", "household": "h1",
                     "people": ["m1", "f1"]}])");
  EXPECT_TRUE(findings(text, "INCIDENT_AT_HOME").empty());
}

TEST(IncidentAtHome, QuietWhenTheRecordSaysWhoWasResponsibleAndTheyWereAssessed) {
  std::string text =
      case_json(kPeople + R"(, {"id": "f1", "name": "Wayne Hart", "sex": "male", "born": "1990",
                     "assessment": {"status": "complete", "date": "2026-10-05"}})",
                kParents + R"(, {"type": "abuse", "from": "f1", "to": "m1", "last": "2026-10-01"})",
                R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}],
         "events": [{"date": "2026-10-01", "type": "police_callout", "household": "h1",
                     "people": ["m1", "f1"]}])");
  EXPECT_TRUE(findings(text, "INCIDENT_AT_HOME").empty());
}

TEST(IncidentAtHome, QuietForAnOldCallOutAndForOneAfterAsOf) {
  EXPECT_TRUE(findings(with_events(R"({"date": "2025-01-20", "type": "police_callout",
                                       "household": "h1", "people": ["m1"]})"),
                       "INCIDENT_AT_HOME")
                  .empty());
  EXPECT_TRUE(findings(with_events(R"({"date": "2026-12-20", "type": "police_callout",
                                       "household": "h1", "people": ["m1"]})"),
                       "INCIDENT_AT_HOME")
                  .empty())
      << "an event after as_of is never counted";
}

TEST(SeenAtTheHome, TheManSeenTakingTheChildToSchoolIsInTheCircleAndReachesHim) {
  // disguised_compliance's lesson: the record already says who was with the child.
  const std::string text =
      case_json(kPeople + R"(, {"id": "p1", "name": "Craig Dean", "sex": "male", "age": 35,
                     "risk": [{"factor": "violence_history", "basis": "conviction"}]})",
                kParents,
                R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}],
         "events": [{"date": "2026-10-03", "type": "sighting", "people": ["p1", "c1"],
                     "source": "school"}])");
  const auto risk = findings(text, "RISK_TO_CHILD");
  ASSERT_EQ(risk.size(), 1u);
  EXPECT_EQ(risk[0].path, (Ids{"p1", "c1"}));
  EXPECT_MENTIONS(risk[0], "Craig Dean \u2192 Leo (seen with the child by school, 2026-10-03)");
  const auto invisible = findings(text, "INVISIBLE_MAN");
  ASSERT_EQ(invisible.size(), 1u) << "seen with Leo: in his circle, unknown to the work";
  EXPECT_MENTIONS(invisible[0], "was seen with Leo by school, 2026-10-03");
}

TEST(SeenAtTheHome, ASightingOlderThanTheWindowOrAfterAsOfPutsNobodyInTheCircle) {
  for (const char* date : {"2026-01-03", "2026-11-20"}) {
    const std::string text =
        case_json(kPeople + R"(, {"id": "p1", "name": "Craig Dean", "sex": "male", "age": 35,
                       "risk": [{"factor": "violence_history"}]})",
                  kParents,
                  R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}],
           "events": [{"date": ")" +
                      std::string(date) + R"(", "type": "sighting", "people": ["p1", "c1"]}])");
    EXPECT_TRUE(findings(text, "RISK_TO_CHILD").empty()) << date;
    EXPECT_TRUE(findings(text, "INVISIBLE_MAN").empty()) << date;
  }
}

}  // namespace
}  // namespace kinmap
