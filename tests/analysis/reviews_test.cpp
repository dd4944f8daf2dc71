// Reviews: a finding weighed and answered is marked, reported apart and not
// counted for --fail-on, until the case records something newer about that
// person.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "analysis/analysis_test_support.h"
#include "cli/cli.h"
#include "report/json_report.h"

namespace kinmap {
namespace {

using testing::analyse_json;
using testing::case_json;
using testing::only;

// Wayne, Leo's step-father, has not been asked about children of his own.
std::string with_reviews(const std::string& reviews, const std::string& wayne_risk = "") {
  return case_json(
      R"({"id": "m1", "name": "Gemma Hart", "sex": "female", "born": "1996",
          "assessment": {"status": "complete", "date": "2026-06-01"}},
         {"id": "f1", "name": "Wayne Hart", "sex": "male", "born": "1990",
          "engagement": "engaged", "assessment": {"status": "complete", "date": "2026-06-01"},
          "risk": [)" +
          wayne_risk + R"(]},
         {"id": "c1", "name": "Leo", "sex": "male", "born": "2020-02-02"})",
      R"({"type": "parent", "parent": "m1", "child": "c1"},
         {"type": "parent", "parent": "f1", "child": "c1", "kind": "step"},
         {"type": "partner", "a": "m1", "b": "f1", "status": "current", "form": "cohabiting"})",
      R"("households": [{"id": "h1", "confirmed": "2026-10-20", "members": [
           {"person": "m1"}, {"person": "f1"}, {"person": "c1"}]}],
         "reviews": [)" +
          reviews + "]");
}

const char* const kAccepted =
    R"({"rule": "OTHER_CHILDREN", "person": "f1", "decision": "accepted",
        "reason": "Social worker asked on 2026-10-10; checks requested", "by": "conference chair",
        "date": "2026-10-12"})";

TEST(Reviews, AReviewedFindingIsMarkedWithTheDecisionAndReason) {
  const auto found = only(analyse_json(with_reviews(kAccepted)), "OTHER_CHILDREN");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].review.has_value());
  EXPECT_EQ(found[0].review->decision, "accepted");
  EXPECT_EQ(found[0].review->reason, "Social worker asked on 2026-10-10; checks requested");
  EXPECT_EQ(found[0].review->date, "2026-10-12");
}

TEST(Reviews, AReviewOfAnotherRuleOrPersonLeavesTheFindingOpen) {
  std::string other = kAccepted;
  other.replace(other.find("\"f1\""), 4, "\"m1\"");
  for (const std::string& review : {other, std::string(R"({"rule": "INVISIBLE_MAN", "decision":
        "not_applicable", "reason": "known", "date": "2026-10-12"})")}) {
    const auto found = only(analyse_json(with_reviews(review)), "OTHER_CHILDREN");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_FALSE(found[0].review.has_value()) << review;
  }
}

TEST(Reviews, ANewerFactAboutThePersonBringsTheFindingBack) {
  const auto found = only(analyse_json(with_reviews(kAccepted, R"({"factor": "violence_history",
                                                    "source": "police", "date": "2026-10-20"})")),
                          "OTHER_CHILDREN");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].review.has_value()) << "the review answered the facts of its day";
  EXPECT_NE(found[0].message.find("Reviewed on 2026-10-12 as accepted, but the case has recorded a "
                                  "risk entry (2026-10-20) since"),
            std::string::npos)
      << found[0].message;
}

TEST(Reviews, TheJsonMarksAReviewedFindingAndCountsItApart) {
  const std::string text = with_reviews(kAccepted);
  const FamilyGraph family = testing::family(text);
  const std::string json = json_report(family.case_data().info, analyse(family));
  EXPECT_NE(json.find("\"review\": {\n        \"decision\": \"accepted\""), std::string::npos)
      << json;
  EXPECT_NE(json.find("\"reviewed\": 1"), std::string::npos) << json;
}

TEST(Reviews, AReviewedFindingDoesNotCountForFailOn) {
  const std::string path = ::testing::TempDir() + "reviewed_case.json";
  auto exit_code = [&](const std::string& text) {
    std::ofstream(path) << text;
    std::istringstream in;
    std::ostringstream out, err;
    return run_cli({"analyse", path, "--fail-on", "medium", "--format", "json"}, in, out, err);
  };
  // OTHER_CHILDREN is the only medium-or-worse finding with Wayne answered.
  const auto open = analyse_json(with_reviews(""));
  bool only_other_children = true;
  for (const Finding& f : open)
    if (f.severity <= Severity::medium && f.rule != "OTHER_CHILDREN") only_other_children = false;
  ASSERT_TRUE(only_other_children) << ::testing::PrintToString(open);
  EXPECT_EQ(exit_code(with_reviews("")), kExitFindings);
  EXPECT_EQ(exit_code(with_reviews(kAccepted)), kExitOk);
}

TEST(Reviews, TheLoaderRejectsMisuseWithThePlaceNamed) {
  const auto result = testing::load(with_reviews(
      R"({"rule": "other children", "person": "zz", "decision": "done", "reason": "",
          "date": "2026-12-01"})"));
  EXPECT_TRUE(testing::has_error(result, "/reviews/0/rule", "is not a rule id"));
  EXPECT_TRUE(testing::has_error(result, "/reviews/0/person", "does not exist"));
  EXPECT_TRUE(testing::has_error(result, "/reviews/0/decision", "not a valid review decision"));
  EXPECT_TRUE(testing::has_error(result, "/reviews/0/reason", "the reason is empty"));
  EXPECT_TRUE(testing::has_error(result, "/reviews/0/date", "after the case's as_of date"));
  const auto missing = testing::load(with_reviews(R"({"rule": "OTHER_CHILDREN"})"));
  EXPECT_TRUE(testing::has_error(missing, "/reviews/0", "missing required key \"decision\""));
  EXPECT_TRUE(testing::has_error(missing, "/reviews/0", "missing required key \"reason\""));
}

}  // namespace
}  // namespace kinmap
