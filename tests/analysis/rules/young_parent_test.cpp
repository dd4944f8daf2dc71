// YOUNG_PARENT: a parent who is still a child.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

TEST(YoungParent, ASixteenYearOldMotherAndHerAdultPartner) {
  const auto found = findings(
      case_json(
          R"({"id": "m1", "name": "Chloe Hart", "sex": "female", "born": "2010-02-01"},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2026-06-02"},
                   {"id": "p1", "name": "Dean Ross", "sex": "male", "age": 24})",
          R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "p1", "child": "c1"},
                   {"type": "partner", "a": "m1", "b": "p1", "status": "current"})"),
      "YOUNG_PARENT");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::medium);
  EXPECT_EQ(found[0].people, Ids{"m1"});
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(found[0], "Chloe Hart (Mia's mother) is 16, a parent of Mia while still a child");
  EXPECT_MENTIONS(found[0], "Her partner Dean Ross is 24");
}

TEST(YoungParent, QuietAtEighteenOrWhenTheAgeIsNotRecorded) {
  const auto found = findings(
      case_json(
          R"({"id": "m1", "name": "Chloe Hart", "sex": "female", "born": "2008-10-31"},
                   {"id": "f1", "name": "Dean Ross", "sex": "male"},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2026-06-02"})",
          R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"})"),
      "YOUNG_PARENT");
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace kinmap
