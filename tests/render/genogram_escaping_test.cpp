// Text from the case file reaches the drawing as text, never as markup or
// DOT syntax: hostile names cannot add nodes, open tags or run script.
#include <gtest/gtest.h>

#include "genogram.h"
#include "label_text.h"
#include "render/laid_out.h"
#include "test_support.h"

namespace kinmap {
namespace {

std::string json_string(const std::string& text) {
  return nlohmann::json(text).dump();
}

FamilyGraph hostile_family(const std::string& name, const std::string& household_label = "Home") {
  return testing::family(testing::case_json(
      R"({"id": "a", "sex": "male", "name": )" + json_string(name) +
          R"(, "born": "1990"}, {"id": "b", "sex": "female", "name": "Mia", "born": "2020"})",
      R"({"type": "parent", "parent": "a", "child": "b"})",
      R"("households": [{"id": "h1", "label": )" + json_string(household_label) +
          R"(, "members": [{"person": "a"}, {"person": "b"}]}])"));
}

TEST(LabelText, EscapesMarkupAndNeutralisesControls) {
  EXPECT_EQ(label_text(R"(<b>&"x'</b>)"), "&lt;b&gt;&amp;&quot;x&#39;&lt;/b&gt;");
  EXPECT_EQ(label_text("a\nb\tc\x1b[31m"), "a b c [31m");
  EXPECT_EQ(label_text("Zo\u00eb \u5f20\u4f1f"), "Zo\u00eb \u5f20\u4f1f");  // non-Latin text kept
  EXPECT_EQ(label_text("evil\u202Etxt.exe"), "evil txt.exe");               // no bidi override
  EXPECT_EQ(label_text("back\\slash {x}; [y]"), "back\\\u2060slash {x}; [y]");
}

TEST(LabelText, BreaksLinesAtSpacesOnly) {
  EXPECT_EQ(label_lines("Ashton Okafor", 9), "Ashton<BR/>Okafor");
  EXPECT_EQ(label_lines("Bartholomew-Smythe", 9), "Bartholomew-Smythe");
  EXPECT_EQ(label_lines("A & B", 20), "A &amp; B");
}

TEST(GenogramEscaping, DotInjectionInANameCreatesNoNode) {
  const std::string attack = R"("]; node [label="x"]; y [label=")";
  const FamilyGraph family = hostile_family(attack);
  const std::string dot = render_genogram(family, {}, {}, GenogramFormat::dot);
  const auto drawing =
      testing::read_laid_out(render_genogram(family, {}, {}, GenogramFormat::json));
  EXPECT_EQ(drawing.nodes.count("y"), 0u);
  EXPECT_EQ(drawing.nodes.count("a"), 1u);
  EXPECT_EQ(drawing.node("a").attribute("label").find("x\"]"), std::string::npos);
  // The name is in the label as text, with its quotes as entities.
  const std::string label = drawing.node("a").attribute("label");
  EXPECT_NE(label.find("&quot;]; node"), std::string::npos) << label;
  EXPECT_NE(label.find("[label=&quot;x&quot;];"), std::string::npos) << label;
  EXPECT_EQ(dot.find("y [label="), std::string::npos);
}

TEST(GenogramEscaping, ScriptNeverReachesTheSvg) {
  const FamilyGraph family =
      hostile_family("<script>alert(1)</script> & \"Co\" {x}; \\N", "<img src=x onerror=alert(1)>");
  const std::string svg = render_genogram(family, {}, {}, GenogramFormat::svg);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg.find("<img"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(svg.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  // A backslash escape in a name is printed, not expanded to the node name.
  EXPECT_NE(svg.find("\\\u2060N"), std::string::npos);
}

// (Newlines and other control characters in names are rejected by the
// loader; label_text's own test covers them on the way to Graphviz.)
TEST(GenogramEscaping, NonLatinNamesComeOutAsText) {
  const FamilyGraph family =
      hostile_family("\u0416\u0435\u043d\u044f \u674e", "\u0628\u064a\u062a");
  const std::string svg = render_genogram(family, {}, {}, GenogramFormat::svg);
  EXPECT_NE(svg.find("\u0416\u0435\u043d\u044f"), std::string::npos);
  EXPECT_NE(svg.find("\u674e"), std::string::npos);
  EXPECT_NE(svg.find("\u0628\u064a\u062a"), std::string::npos);
}

TEST(GenogramEscaping, TitleAndMarkingAreEscaped) {
  std::string text = testing::case_json(R"({"id": "a", "sex": "female", "born": "1990"})");
  text.replace(text.find(R"("id": "T-1")"), 11,
               R"("id": "T-1", "title": "<b>Case</b> & co", "marking": "OFFICIAL<br>")");
  const FamilyGraph family = testing::family(text);
  const std::string svg = render_genogram(family, {}, {}, GenogramFormat::svg);
  EXPECT_NE(svg.find("&lt;b&gt;Case&lt;/b&gt; &amp; co"), std::string::npos);
  EXPECT_NE(svg.find("OFFICIAL&lt;br&gt;"), std::string::npos);
}

}  // namespace
}  // namespace kinmap
