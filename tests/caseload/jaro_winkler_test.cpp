// The string comparator against the values Winkler published (and that the
// record-linkage literature repeats), so a slip in the window or the
// transposition count shows.
#include "caseload/jaro_winkler.h"

#include <gtest/gtest.h>

namespace kinmap::caseload {
namespace {

TEST(JaroWinkler, MatchesWinklersPublishedValues) {
  EXPECT_NEAR(jaro("martha", "marhta"), 0.944, 0.0005);
  EXPECT_NEAR(jaro_winkler("martha", "marhta"), 0.961, 0.0005);
  EXPECT_NEAR(jaro("dwayne", "duane"), 0.822, 0.0005);
  EXPECT_NEAR(jaro_winkler("dwayne", "duane"), 0.840, 0.0005);
  EXPECT_NEAR(jaro("dixon", "dicksonx"), 0.767, 0.0005);
  EXPECT_NEAR(jaro_winkler("dixon", "dicksonx"), 0.813, 0.0005);
}

TEST(JaroWinkler, EqualEmptyAndDisjointStrings) {
  EXPECT_DOUBLE_EQ(jaro_winkler("hurst", "hurst"), 1.0);
  EXPECT_DOUBLE_EQ(jaro_winkler("", ""), 1.0);
  EXPECT_DOUBLE_EQ(jaro_winkler("abc", ""), 0.0);
  EXPECT_DOUBLE_EQ(jaro_winkler("abc", "xyz"), 0.0);
}

TEST(JaroWinkler, IsSymmetricAndHandlesLongStrings) {
  EXPECT_DOUBLE_EQ(jaro_winkler("hirst", "hurst"), jaro_winkler("hurst", "hirst"));
  const std::string a(200, 'a'), b = std::string(199, 'a') + "b";
  EXPECT_GT(jaro_winkler(a, b), 0.99);
  EXPECT_LT(jaro_winkler(a, b), 1.0);
}

}  // namespace
}  // namespace kinmap::caseload
