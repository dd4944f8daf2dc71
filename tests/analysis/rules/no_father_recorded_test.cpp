// NO_FATHER_RECORDED: fires for a focus child with no male parent recorded.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

constexpr const char* kMother =
    R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"})";

TEST(NoFatherRecorded, HighForABabyWithOnlyAMotherRecorded) {
  const auto found = findings(
      case_json(std::string(kMother) +
                    R"(, {"id": "c1", "name": "Mia", "sex": "female", "born": "2026-03-01"})",
                R"({"type": "parent", "parent": "m1", "child": "c1"})"),
      "NO_FATHER_RECORDED");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_EQ(found[0].people, Ids{"c1"});
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(found[0], "No father or father figure is recorded for Mia (aged 8 months)");
  EXPECT_MENTIONS(found[0], "Ask Kayleigh Dunn (Mia's mother)");
}

TEST(NoFatherRecorded, HighForAnUnbornBabyMediumForAnOlderChild) {
  const auto found = findings(
      case_json(
          std::string(kMother) + R"(, {"id": "u1", "sex": "unknown", "expected": "2027-02-10"},
                {"id": "c2", "name": "Leo", "sex": "male", "born": "2018-05-05"})",
          R"({"type": "parent", "parent": "m1", "child": "u1"}, {"type": "parent", "parent": "m1", "child": "c2"})"),
      "NO_FATHER_RECORDED");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].people, Ids{"u1"});  // high sorts first
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_MENTIONS(found[0], "Kayleigh Dunn's unborn baby (due 2027-02-10)");
  EXPECT_EQ(found[1].people, Ids{"c2"});
  EXPECT_EQ(found[1].severity, Severity::medium);
}

TEST(NoFatherRecorded, QuietWhenAStepFatherOrUnknownManIsRecorded) {
  // Any male parent counts, of any kind, named or not.
  const auto found = findings(
      case_json(std::string(kMother) +
                    R"(, {"id": "c1", "name": "Mia", "sex": "female", "born": "2020-03-01"},
                {"id": "s1", "sex": "male", "age": 30, "identity": "unknown"})",
                R"({"type": "parent", "parent": "m1", "child": "c1"},
                   {"type": "parent", "parent": "s1", "child": "c1", "kind": "step"})"),
      "NO_FATHER_RECORDED");
  EXPECT_TRUE(found.empty());
}

TEST(NoFatherRecorded, OnlyFocusChildren) {
  const auto found = findings(
      case_json(std::string(kMother) +
                    R"(, {"id": "c1", "name": "Mia", "sex": "female", "born": "2020-03-01"},
                                        {"id": "c2", "name": "Ava", "sex": "female", "born": "2021-03-01"},
                                        {"id": "f1", "sex": "male", "age": 30})",
                R"({"type": "parent", "parent": "m1", "child": "c1"},
                                           {"type": "parent", "parent": "f1", "child": "c1"},
                                           {"type": "parent", "parent": "m1", "child": "c2"})",
                R"("plan": {"children": ["c1"]})"),
      "NO_FATHER_RECORDED");
  EXPECT_TRUE(found.empty());  // Ava has no father recorded, but the case is about Mia
}

}  // namespace
}  // namespace kinmap
