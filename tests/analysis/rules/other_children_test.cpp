// OTHER_CHILDREN: a man in the circle with children elsewhere, or never asked.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

const std::string kHomes =
    R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]},
                      {"id": "h2", "members": [{"person": "x1"}, {"person": "c9"}]}])";

std::string family(const std::string& father_extra, const std::string& other_child_born) {
  return case_json(
      R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
         {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
         {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27)" +
          father_extra + R"(},
         {"id": "x1", "name": "Jade Fox", "sex": "female", "age": 25},
         {"id": "c9", "name": "Leo Fox", "sex": "male", "born": ")" +
          other_child_born + R"("})",
      R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
         {"type": "parent", "parent": "x1", "child": "c9"}, {"type": "parent", "parent": "f1", "child": "c9"})",
      kHomes + R"(, "plan": {"children": ["c1"], "named": ["m1", "f1"]})", "2026-11-01");
}

TEST(OtherChildren, AFatherWithAChildInAnotherHome) {
  const auto found =
      findings(family(R"(, "asked_about_children": true)", "2021-04-04"), "OTHER_CHILDREN");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::medium);
  EXPECT_EQ(found[0].people, Ids{"f1"});
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(found[0], "he is the parent of Leo Fox (aged 5), who lives away from Mia");
  EXPECT_MENTIONS(found[0], "share what is known");
}

TEST(OtherChildren, NeverAskedAndHighWhenHePosesRisk) {
  const auto found = findings(
      case_json(
          R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
                   {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27, "risk": [{"factor": "substance_misuse"}]})",
          R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"})"),
      "OTHER_CHILDREN");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::high);
  EXPECT_MENTIONS(found[0], "nobody has recorded asking him whether he has other children");
}

TEST(OtherChildren, QuietWhenAskedAndHisOtherChildIsAnAdult) {
  EXPECT_TRUE(findings(family(R"(, "asked_about_children": true)", "2005-04-04"), "OTHER_CHILDREN")
                  .empty());
}

TEST(OtherChildren, QuietForAManOutsideTheCircle) {
  // The maternal grandfather has never been asked, but nothing puts him in Mia's circle.
  const auto found = findings(
      case_json(
          R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
                   {"id": "gf", "name": "Tom Dunn", "sex": "male", "born": "1970"})",
          R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "gf", "child": "m1"})"),
      "OTHER_CHILDREN");
  EXPECT_TRUE(found.empty());
}

}  // namespace
}  // namespace kinmap
