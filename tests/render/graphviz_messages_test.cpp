// Graphviz's messages in kinmap's words: a line it could not route is
// damage, named by its two ends; what it says about labels becomes a
// sentence; nothing comes through with Graphviz's own "Error:" or
// "Warning:" in front.
#include "graphviz_messages.h"

#include <gtest/gtest.h>

namespace kinmap {
namespace {

bool every_line(const std::string&, const std::string&) {
  return true;
}

TEST(GraphvizMessages, ALostVisibleLineIsDamageNamingBothEnds) {
  const GraphvizReport report =
      read_graphviz_messages("Error: lost f1 c2 edge\nError: lost m1 c3 edge\n", every_line);
  EXPECT_TRUE(report.damaged());
  EXPECT_EQ(report.damage(),
            "2 lines could not be routed and may be missing from the drawing (between f1 and c2, "
            "m1 and c3)");
}

TEST(GraphvizMessages, ALostInvisibleOrderingLineIsNoDamage) {
  const GraphvizReport report = read_graphviz_messages(
      "Error: lost c1 c2 edge\n", [](const std::string&, const std::string&) { return false; });
  EXPECT_FALSE(report.damaged());
  EXPECT_TRUE(report.notes.empty());
}

TEST(GraphvizMessages, AFailedTriangulationCountsItsLineOnce) {
  const GraphvizReport report = read_graphviz_messages(
      "libpath/shortest.c:324: triangulation failed\nError: in routesplines, Pshortestpath "
      "failed\n",
      every_line);
  EXPECT_EQ(report.lost_lines, 1u);
  EXPECT_EQ(report.damage(), "1 line could not be routed and may be missing from the drawing");
  const GraphvizReport alone =
      read_graphviz_messages("libpath/shortest.c:324: triangulation failed\n", every_line);
  EXPECT_EQ(alone.lost_lines, 1u);
}

TEST(GraphvizMessages, LabelsLeftOutAndOverflowingAreSaidInKinmapsWords) {
  const GraphvizReport report = read_graphviz_messages(
      "Warning: 5 out of 7 exterior labels positioned.\nWarning: node 'u1', graph 'genogram' "
      "size too small for label\n",
      every_line);
  EXPECT_FALSE(report.damaged());
  ASSERT_EQ(report.notes.size(), 2u);
  EXPECT_EQ(report.notes[0],
            "the label of u1 is larger than its symbol and runs over the outline; a shorter name "
            "would fit");
  EXPECT_NE(report.notes[1].find("2 line labels could not be placed without covering someone"),
            std::string::npos)
      << report.notes[1];
}

TEST(GraphvizMessages, AnythingElseIsCountedAndQuotedWithoutGraphvizsPrefix) {
  const GraphvizReport report =
      read_graphviz_messages("Warning: something new\nError: and more\n\n", every_line);
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_EQ(report.notes[0],
            "Graphviz gave 2 other warnings while drawing; the first: \"something "
            "new\"");
  EXPECT_EQ(report.notes[0].find("Warning:"), std::string::npos);
}

}  // namespace
}  // namespace kinmap

namespace kinmap {
namespace {

// Cairo's "(null): graph is too large" used to reach the terminal as it was.
TEST(GraphvizMessages, AGraphTooLargeForBitmapsIsSaidInKinmapsWords) {
  const GraphvizReport report = read_graphviz_messages(
      "Warning: (null): graph is too large for cairo-renderer bitmaps. Scaling by 0.41 to fit\n",
      every_line);
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_EQ(report.notes[0], "the drawing was too large for Graphviz and was scaled down");
  EXPECT_FALSE(report.damaged());
}

}  // namespace
}  // namespace kinmap
