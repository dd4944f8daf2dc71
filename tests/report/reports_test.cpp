// The three report formats on a busy case: width, shape, escaping, colour.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "analysis/analyse.h"
#include "report/json_report.h"
#include "report/markdown_report.h"
#include "report/report_text.h"
#include "report/text_report.h"
#include "test_support.h"

namespace kinmap {
namespace {

const std::string kBusy = testing::read_file(testing::source_path("tests/analysis/busy_case.json"));

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    out.push_back(text.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

TEST(TextReport, FitsEightyColumnsGroupsByPersonAndEndsWithASummary) {
  const FamilyGraph g = testing::family(kBusy);
  const auto findings = analyse(g);
  const std::string text = text_report(g, findings);
  const auto all = lines(text);
  for (const auto& line : all) EXPECT_LE(report::display_width(line), 80u) << line;
  EXPECT_EQ(text.find('\x1b'), std::string::npos);  // no colour unless asked
  EXPECT_EQ(all.front(), "kinmap findings: A case that exercises most of the catalogue (T-BUSY)");
  EXPECT_EQ(all.back(), "Summary: 4 urgent, 10 high, 7 medium, 1 low (22 findings)");
  EXPECT_EQ(all[all.size() - 2], "OFFICIAL-SENSITIVE");
  // A block per person of concern, most severe first, each once.
  const std::size_t ryan =
      text.find("\nRyan Cole: URGENT\nMia's father; Noah's mother's ex-partner.\n");
  const std::size_t dan = text.find("\nDan Price: HIGH\n");
  ASSERT_NE(ryan, std::string::npos) << text;
  ASSERT_NE(dan, std::string::npos) << text;
  EXPECT_LT(ryan, dan);
  EXPECT_EQ(text.find("\nRyan Cole: ", ryan + 1), std::string::npos);
  // His risk once; the actions several rules ask for once, tagged with each rule.
  EXPECT_NE(text.find("\nRisk: threats to kill (recorded abuse of Kayleigh Dunn"),
            std::string::npos);
  EXPECT_EQ(text.find("recorded as a risk:"), std::string::npos);
  EXPECT_NE(text.find("  - Arrange an urgent risk assessment of Ryan Cole now, with the police.\n"
                      "    [RISK_TO_CHILD, THREATS_TO_KILL]\n"),
            std::string::npos);
  EXPECT_NE(
      text.find("  - Urgent [RISK_TO_CHILD]: Mia (weekly unsupervised contact); Noah (seen at the\n"
                "    home by police, 2026-10-12)\n"),
      std::string::npos);
  // Then the children's own findings, in focus order (the plan lists Mia first).
  const std::size_t mia_noah = text.find("\nMia (aged 2) and Noah (aged 7): LOW\n");
  const std::size_t noah = text.find("\nNoah (aged 7): MEDIUM\n");
  ASSERT_NE(mia_noah, std::string::npos);
  ASSERT_NE(noah, std::string::npos);
  EXPECT_LT(dan, mia_noah);
  EXPECT_LT(mia_noah, noah);
  // Each lesson once, at the end.
  const std::size_t why = text.find("\nWhy it matters:\n");
  ASSERT_NE(why, std::string::npos);
  EXPECT_LT(noah, why);
  EXPECT_EQ(text.find("Why it matters: "), std::string::npos);
  EXPECT_NE(text.find("\nRISK_TO_CHILD: Risk recorded against an adult", why), std::string::npos);
}

TEST(TextReport, FindingsAboutNoChildGoToTheirPerson) {
  const FamilyGraph g = testing::family(testing::case_json(
      R"({"id": "a", "name": "Steve Bell", "sex": "male", "age": 41, "known_to": ["probation"]})"));
  const std::string text = text_report(g, analyse(g));
  EXPECT_NE(text.find("\nSteve Bell: MEDIUM\nTo do:\n  - Ask Steve Bell whether he has other "
                      "children or contact with any.\n    [CHILDREN_NOT_ASKED]\n"
                      "  - Ask probation what they know about children in Steve Bell's life.\n"
                      "    [CHILDREN_NOT_ASKED]\n"),
            std::string::npos)
      << text;
}

TEST(TextReport, ColourOnlyWhenAskedAndCaseDataCannotInjectEscapes) {
  const FamilyGraph g = testing::family(kBusy);
  auto findings = analyse(g);
  findings[0].actions.front() = "Injected \x1b[31mred\x1b[0m text";
  const std::string coloured = text_report(g, findings, {.colour = true});
  EXPECT_NE(coloured.find("\x1b[1;37;41mURGENT\x1b[0m"), std::string::npos);
  EXPECT_EQ(coloured.find("\x1b[31mred"), std::string::npos);
  EXPECT_NE(coloured.find("Injected [31mred[0m text"), std::string::npos);
  for (const auto& line : lines(coloured)) {
    std::string plain;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\x1b') {
        while (i < line.size() && line[i] != 'm') ++i;
        continue;
      }
      plain += line[i];
    }
    EXPECT_LE(report::display_width(plain), 80u) << plain;
  }
}

TEST(TextReport, ACaseWithNoFindingsSaysSo) {
  const FamilyGraph g =
      testing::family(testing::case_json(R"({"id": "a", "sex": "female", "age": 40})"));
  const std::string text = text_report(g, analyse(g));
  EXPECT_NE(text.find("No findings."), std::string::npos);
  EXPECT_NE(text.find("Summary: 0 urgent, 0 high, 0 medium, 0 low (0 findings)"),
            std::string::npos);
}

TEST(TextReport, AVeryLongNameStillFits) {
  const std::string name(120, 'A');
  const FamilyGraph g = testing::family(
      testing::case_json(R"({"id": "m1", "sex": "female", "age": 30, "name": ")" + name +
                             R"("}, {"id": "c1", "sex": "male", "born": "2020-01-01"})",
                         R"({"type": "parent", "parent": "m1", "child": "c1"})"));
  for (const auto& line : lines(text_report(g, analyse(g))))
    EXPECT_LE(report::display_width(line), 80u) << line;
}

TEST(JsonReport, ExactlyTheKinmapFindingsShape) {
  const FamilyGraph g = testing::family(kBusy);
  const auto findings = analyse(g);
  const std::string text = json_report(g.case_data().info, findings);
  ASSERT_EQ(text.back(), '\n');
  const auto doc = nlohmann::ordered_json::parse(text);
  std::vector<std::string> keys;
  for (const auto& [key, value] : doc.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"format", "case", "as_of", "findings", "summary"}));
  EXPECT_EQ(doc["format"], "kinmap-findings/1");
  EXPECT_EQ(doc["case"], "T-BUSY");
  EXPECT_EQ(doc["as_of"], "2026-11-01");
  ASSERT_EQ(doc["findings"].size(), findings.size());
  std::map<std::string, int> counts;
  for (const auto& f : doc["findings"]) {
    std::vector<std::string> fkeys;
    for (const auto& [key, value] : f.items()) fkeys.push_back(key);
    EXPECT_EQ(fkeys, (std::vector<std::string>{"rule", "severity", "people", "children", "path",
                                               "household", "message", "why"}));
    EXPECT_TRUE(f["people"].is_array());
    EXPECT_TRUE(f["path"].is_array());
    EXPECT_TRUE(f["household"].is_null() || f["household"].is_string());
    ++counts[f["severity"]];
  }
  std::vector<std::string> summary_keys;
  for (const auto& [key, value] : doc["summary"].items()) summary_keys.push_back(key);
  // The severities count open findings; "reviewed" those a review answers.
  EXPECT_EQ(summary_keys,
            (std::vector<std::string>{"urgent", "high", "medium", "low", "reviewed"}));
  for (const char* s : {"urgent", "high", "medium", "low"})
    EXPECT_EQ(doc["summary"][s], counts[s]) << s;
  EXPECT_EQ(doc["summary"]["reviewed"], 0);
  EXPECT_EQ(doc["findings"].back()["rule"], "STALE_HOUSEHOLD");
  EXPECT_EQ(doc["findings"].back()["household"], "h1");
}

TEST(MarkdownReport, ASectionToPasteWithCaseDataEscaped) {
  const FamilyGraph g = testing::family(testing::case_json(
      R"({"id": "m1", "sex": "female", "age": 30, "name": "Kay *Star* <b>"},
         {"id": "f1", "sex": "male", "age": 30, "name": "[Ry](http://evil) _Cole_", "engagement": "not_contacted"},
         {"id": "c1", "sex": "male", "born": "2020-01-01", "name": "# Max"})",
      R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"})"));
  const std::string md = markdown_report(g, analyse(g));
  EXPECT_EQ(md.rfind("## kinmap findings: T-1\n", 0), 0u) << md;
  EXPECT_NE(md.find("\\[Ry\\](http://evil) \\_Cole\\_"), std::string::npos) << md;
  EXPECT_EQ(md.find("[Ry](http://evil)"), std::string::npos);
  EXPECT_EQ(md.find("<b>"), std::string::npos);
  EXPECT_NE(md.find("### \\[Ry\\](http://evil) \\_Cole\\_: Medium\n\n\\# Max's father.\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("- Contact \\[Ry\\](http://evil) \\_Cole\\_. [`INVISIBLE_MAN`]\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("### Why it matters\n\n- `INVISIBLE_MAN`: Reviews keep finding men"),
            std::string::npos)
      << md;
}

}  // namespace
}  // namespace kinmap
