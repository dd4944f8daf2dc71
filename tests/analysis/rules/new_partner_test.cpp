// NEW_PARTNER: a carer's new partner who has not been assessed.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

std::string people(const std::string& mother_assessment, const std::string& partner_assessment) {
  return R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03", "assessment": )" +
         mother_assessment +
         R"(}, {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
            {"id": "p1", "name": "Dan Price", "sex": "male", "age": 31, "assessment": )" +
         partner_assessment + "}";
}
std::string links(const std::string& from) {
  return R"({"type": "parent", "parent": "m1", "child": "c1"},
            {"type": "partner", "a": "m1", "b": "p1", "status": "current", "form": "dating", "from": ")" +
         from + R"("})";
}
const std::string kAssessed = R"({"status": "complete", "date": "2026-09-10"})";
const std::string kNone = R"({"status": "none"})";

TEST(NewPartner, ARelationshipFromTheLastSixMonths) {
  const auto found = findings(case_json(people(kAssessed, kNone), links("2026-08")), "NEW_PARTNER");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_EQ(found[0].people, Ids{"p1"});
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(found[0],
                  "Kayleigh Dunn (Mia's mother) began a relationship with Dan Price (Mia's "
                  "mother's partner) in "
                  "2026-08 (within the last 6 months), and Dan Price has not been assessed");
}

TEST(NewPartner, ARelationshipThatBeganAfterTheMothersAssessment) {
  const auto found = findings(
      case_json(people(R"({"status": "complete", "date": "2025-12-01"})", kNone), links("2026-02")),
      "NEW_PARTNER");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_MENTIONS(found[0], "after her own assessment on 2025-12-01");
}

TEST(NewPartner, AFatherIsNoNewPartnerToHisOwnBaby) {
  // Dan fathered the unborn baby: he is a new partner to Mia, not to the baby;
  // and Kayleigh is no new partner to her own children.
  const auto found =
      findings(case_json(people(kAssessed, kNone) +
                             R"(, {"id": "u1", "sex": "unknown", "expected": "2027-03-01"})",
                         links("2026-08") + R"(, {"type": "parent", "parent": "m1", "child": "u1"},
                                      {"type": "parent", "parent": "p1", "child": "u1"})"),
               "NEW_PARTNER");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, Ids{"p1"});
  EXPECT_EQ(found[0].children, Ids{"c1"});
}

TEST(NewPartner, QuietWhenThePartnerWasAssessedAfterItBegan) {
  EXPECT_TRUE(
      findings(case_json(people(kAssessed, R"({"status": "complete", "date": "2026-10-01"})"),
                         links("2026-08")),
               "NEW_PARTNER")
          .empty());
}

TEST(NewPartner, QuietForALongStandingPartnershipTheMothersAssessmentCovers) {
  // Not new: it began before her assessment and more than 6 months ago
  // (UNASSESSED_ADULT still asks for him to be assessed).
  const auto all = testing::analyse_json(case_json(people(kAssessed, kNone), links("2023")));
  EXPECT_TRUE(testing::only(all, "NEW_PARTNER").empty());
  EXPECT_EQ(testing::only(all, "UNASSESSED_ADULT").size(), 1u);
}

}  // namespace
}  // namespace kinmap
