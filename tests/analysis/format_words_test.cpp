// The words the format gained for practice (DESIGN.md, case file format):
// fortnightly contact, what a risk entry rests on, and a household member
// whose being there the family disputes. Each must reach the findings.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

const std::string kFamily =
    R"({"id": "m1", "name": "Gemma Hart", "sex": "female", "born": "1998-03"},
       {"id": "c1", "name": "Leo", "sex": "male", "born": "2019-06-02"})";

std::string man(const std::string& risk) {
  return R"(, {"id": "f1", "name": "Wayne Hart", "sex": "male", "age": 33, "risk": [)" + risk +
         "]}";
}

TEST(FormatWords, FortnightlyContactIsNamedInThePath) {
  const auto found = findings(case_json(kFamily + man(R"({"factor": "violence_history"})"),
                                        R"({"type": "parent", "parent": "m1", "child": "c1"},
                   {"type": "parent", "parent": "f1", "child": "c1"},
                   {"type": "contact", "adult": "f1", "child": "c1", "frequency": "fortnightly",
                    "supervised": false})"),
                              "RISK_TO_CHILD");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_MENTIONS(found[0], "Wayne Hart \u2192 Leo (fortnightly unsupervised contact)");
}

TEST(FormatWords, AConvictionAnAllegationAndADisclosureReadDifferently) {
  const auto found =
      findings(case_json(kFamily + man(R"({"factor": "violence_history", "basis": "conviction",
                                   "source": "police", "date": "2019"},
                                  {"factor": "domestic_abuse_perpetrator", "basis": "disclosure",
                                   "source": "police", "date": "2026-03"},
                                  {"factor": "child_harm_history", "basis": "allegation",
                                   "source": "school", "date": "2026-05"})"),
                         R"({"type": "parent", "parent": "m1", "child": "c1"},
                   {"type": "parent", "parent": "f1", "child": "c1"},
                   {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly"})"),
               "RISK_TO_CHILD");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_MENTIONS(found[0], "history of violence (convicted, police, 2019)");
  EXPECT_MENTIONS(found[0], "(disclosed under Clare's Law, police, 2026-03)");
  EXPECT_MENTIONS(found[0], "(alleged, school, 2026-05)");
}

TEST(FormatWords, AnEntryWithNoBasisSaysNoneRatherThanGuessing) {
  const auto found = findings(
      case_json(
          kFamily + man(R"({"factor": "violence_history", "source": "police", "date": "2019"})"),
          R"({"type": "parent", "parent": "m1", "child": "c1"},
                   {"type": "parent", "parent": "f1", "child": "c1"},
                   {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly"})"),
      "RISK_TO_CHILD");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_MENTIONS(found[0], "history of violence (police, 2019)");
  for (const char* word : {"convicted", "alleged", "Clare's Law"})
    EXPECT_EQ(found[0].message.find(word), std::string::npos) << word;
}

const std::string kDisputedHome =
    R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"},
        {"person": "f1", "status": "disputed", "source": "health_visitor"}]}])";

TEST(FormatWords, ADisputedMemberIsInTheCircleAsStayingAndTheFindingSaysItIsDisputed) {
  // "Gemma says he does not live here"; the health visitor has seen him there.
  const std::string text =
      case_json(kFamily + man(R"({"factor": "violence_history"})"),
                R"({"type": "parent", "parent": "m1", "child": "c1"})", kDisputedHome);
  const auto risk = findings(text, "RISK_TO_CHILD");
  ASSERT_EQ(risk.size(), 1u);
  EXPECT_EQ(risk[0].path, (Ids{"f1", "c1"}));
  EXPECT_MENTIONS(risk[0], "staying in the same home");
  std::vector<Finding> about_him;
  for (const Finding& f : findings(text, "UNASSESSED_ADULT"))
    if (f.people == Ids{"f1"}) about_him.push_back(f);
  ASSERT_EQ(about_him.size(), 1u);
  EXPECT_MENTIONS(about_him[0], "disputed: the family denies it; recorded by health visitor");
}

TEST(FormatWords, AVisitorIsNotTreatedAsStaying) {
  std::string home = kDisputedHome;
  home.replace(home.find("disputed"), 8, "visitor");
  const auto found =
      findings(case_json(kFamily + man(R"({"factor": "violence_history"})"),
                         R"({"type": "parent", "parent": "m1", "child": "c1"})", home),
               "RISK_TO_CHILD");
  // A visitor does not live or stay there: no same-home path to Leo.
  EXPECT_TRUE(found.empty()) << found[0].message;
}

}  // namespace
}  // namespace kinmap
