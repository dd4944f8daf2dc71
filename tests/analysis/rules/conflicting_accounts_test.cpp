// CONFLICTING_ACCOUNTS: "separated", but later records show them together.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

const std::string kPeople =
    R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
       {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
       {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27})";
const std::string kLinks =
    R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
       {"type": "partner", "a": "m1", "b": "f1", "status": "separated", "to": "2026-05", "source": "mother"})";
const std::string kHomes =
    R"("households": [{"id": "h1", "label": "Flat 2", "members": [{"person": "m1"}, {"person": "c1"}]},
                      {"id": "h2", "members": [{"person": "f1"}]}])";

TEST(ConflictingAccounts, TheExSeenAtTheChildsHomeAfterTheSeparation) {
  const auto found = findings(
      case_json(
          kPeople, kLinks,
          kHomes +
              R"(, "events": [{"date": "2026-10-12", "type": "sighting", "people": ["f1"], "household": "h1", "source": "police"}])"),
      "CONFLICTING_ACCOUNTS");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_EQ(found[0].people, (Ids{"m1", "f1"}));
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(found[0], "are recorded as separated since 2026-05 (account from mother)");
  EXPECT_MENTIONS(found[0], "a sighting on 2026-10-12 involving Ryan Cole at Mia's home (police)");
  EXPECT_MENTIONS(found[0], "Do not rely on the account");
}

TEST(ConflictingAccounts, StalkingAfterARecentSeparationIsPursuitNotAConflictingAccount) {
  const std::string sighting =
      R"(, "events": [{"date": "2026-10-12", "type": "sighting", "people": ["f1"], "household": "h1", "source": "police"}])";
  const std::string stalking =
      R"(, {"type": "abuse", "from": "f1", "to": "m1", "forms": ["stalking"], "last": "2026-09"})";
  const std::string text = case_json(kPeople, kLinks + stalking, kHomes + sighting);
  EXPECT_TRUE(findings(text, "CONFLICTING_ACCOUNTS").empty());
  EXPECT_EQ(findings(text, "SEPARATION_TRIGGER").size(), 1u) << "pursuit is the separation's risk";
  // Other abuse is not pursuit by itself: the account still conflicts.
  const std::string physical =
      R"(, {"type": "abuse", "from": "f1", "to": "m1", "forms": ["physical"], "last": "2026-04"})";
  EXPECT_EQ(
      findings(case_json(kPeople, kLinks + physical, kHomes + sighting), "CONFLICTING_ACCOUNTS")
          .size(),
      1u);
}

TEST(ConflictingAccounts, AnIncidentInvolvingBothAndAnotherRecord) {
  const auto found = findings(
      case_json(
          kPeople,
          kLinks +
              R"(, {"type": "partner", "a": "f1", "b": "m1", "status": "current", "reported": "2026-09-30"})",
          kHomes +
              R"(, "events": [{"date": "2026-08-03", "type": "police_callout", "people": ["m1", "f1"]}])"),
      "CONFLICTING_ACCOUNTS");
  ASSERT_EQ(found.size(), 1u);  // about the record that says "separated"
  EXPECT_MENTIONS(found[0], "a police callout on 2026-08-03 involving both of them");
  EXPECT_MENTIONS(found[0],
                  "another record shows the relationship as current (reported 2026-09-30)");
}

TEST(ConflictingAccounts, BothRecordedAsLivingInTheSameHome) {
  const auto found = findings(
      case_json(
          kPeople, kLinks,
          R"("households": [{"id": "h1", "label": "Flat 2", "members": [{"person": "m1"}, {"person": "c1"}, {"person": "f1"}]}])"),
      "CONFLICTING_ACCOUNTS");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_MENTIONS(found[0], "both are recorded as living at Flat 2");
}

TEST(ConflictingAccounts, QuietWhenTheExIsSeenAtAnotherPartnersHome) {
  // Ryan divorced Lisa long ago; being seen at the home of Kayleigh and their
  // child says nothing about Lisa.
  const auto found = findings(
      case_json(
          kPeople + R"(, {"id": "lisa", "name": "Lisa Cole", "sex": "female", "age": 30})",
          R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
                   {"type": "partner", "a": "f1", "b": "lisa", "status": "divorced", "to": "2019"},
                   {"type": "partner", "a": "f1", "b": "m1", "status": "current"})",
          kHomes +
              R"(, "events": [{"date": "2026-10-12", "type": "sighting", "people": ["f1"], "household": "h1"}])"),
      "CONFLICTING_ACCOUNTS");
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

TEST(ConflictingAccounts, AfterAbuseTheMessageDoesNotBlameTheVictim) {
  const auto found = findings(
      case_json(
          kPeople,
          kLinks + R"(, {"type": "abuse", "from": "f1", "to": "m1", "forms": ["physical"]})",
          kHomes +
              R"(, "events": [{"date": "2026-10-12", "type": "incident", "people": ["m1", "f1"], "household": "h1"}])"),
      "CONFLICTING_ACCOUNTS");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_MENTIONS(found[0],
                  "Whether they are back together or Ryan Cole is still pursuing Kayleigh Dunn");
  EXPECT_MENTIONS(found[0], "Talk with Kayleigh Dunn alone");
}

TEST(ConflictingAccounts, QuietForEventsBeforeTheSeparationOrAwayFromTheChild) {
  const auto found = findings(case_json(kPeople, kLinks, kHomes + R"(, "events": [
                  {"date": "2026-04-02", "type": "incident", "people": ["m1", "f1"], "household": "h1"},
                  {"date": "2026-05", "type": "police_callout", "people": ["m1", "f1"]},
                  {"date": "2026-10-12", "type": "arrest", "people": ["f1"], "household": "h2"}])"),
                              "CONFLICTING_ACCOUNTS");
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kinmap
