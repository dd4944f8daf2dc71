// The reports for people (text, Markdown, the conference page) are organised
// by person (DESIGN.md, "Reports for people"): every finding of the JSON is
// still in each of them, no sentence is said twice, and a busy case reads in
// a few minutes.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "analysis/analyse.h"
#include "example_support.h"
#include "report/html/conference_page.h"
#include "report/html/html_text.h"
#include "report/html/page_from_analysis.h"
#include "report/markdown_report.h"
#include "report/report_layout.h"
#include "report/report_text.h"
#include "report/text_report.h"
#include "test_support.h"

namespace kinmap {
namespace {

/// `text` with every run of whitespace made one space, so that a name the
/// text report wrapped across two lines is found.
std::string one_line(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/// The findings part of the conference page, its markup dropped.
std::string page_findings_text(const std::string& html) {
  const std::size_t from = html.find("<section aria-labelledby=\"findings\">");
  const std::size_t to = html.find("<section aria-labelledby=\"chronology\">");
  std::string part = html.substr(from, to - from);
  part = std::regex_replace(part, std::regex("<[^>]*>"), " ");
  return one_line(part);
}

/// The sentences of `text` of four words or more, each as often as it occurs.
std::map<std::string, int> sentences(const std::string& text) {
  std::map<std::string, int> out;
  const std::string flat = one_line(text);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= flat.size(); ++i) {
    const bool end = i == flat.size() || ((flat[i] == '.' || flat[i] == '?' || flat[i] == '!') &&
                                          (i + 1 == flat.size() || flat[i + 1] == ' '));
    if (!end) continue;
    std::string sentence = flat.substr(start, i - start);
    start = i + 1;
    // Leading list marks and tags belong to no sentence.
    sentence = std::regex_replace(sentence, std::regex("^[ -]+"), "");
    std::istringstream words(sentence);
    int n = 0;
    for (std::string w; words >> w;) ++n;
    if (n >= 4) ++out[sentence];
  }
  return out;
}

struct Reports {
  std::string text, markdown, page;  ///< the page: its findings part, as text
};

Reports reports_of(const std::string& example) {
  const FamilyGraph family(
      load_case_or_throw(testing::read_file(example), example, RiskModel::builtin()));
  const AnalysisContext context(family);
  std::vector<Finding> findings = analyse(context);
  Reports r;
  r.text = text_report(family, findings, {.analysis = &context});
  r.markdown = markdown_report(family, findings, &context);
  r.page = render_conference_page(conference_page(context, std::move(findings), "", false));
  return r;
}

class ByPersonExample : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(ByPersonExample, EveryFindingsRulePersonAndChildIsInEveryReport) {
  const std::string example = GetParam().string();
  const FamilyGraph family(
      load_case_or_throw(testing::read_file(example), example, RiskModel::builtin()));
  const AnalysisContext context(family);
  const std::vector<Finding> findings = analyse(context);
  const Reports r = reports_of(example);
  const std::string text = one_line(r.text);
  const std::string markdown = one_line(r.markdown);
  const std::string page = one_line(r.page);
  ASSERT_FALSE(findings.empty());
  for (const Finding& f : findings) {
    EXPECT_NE(text.find(f.rule), std::string::npos) << f.rule;
    EXPECT_NE(markdown.find("`" + f.rule + "`"), std::string::npos) << f.rule;
    EXPECT_NE(page.find(f.rule), std::string::npos) << f.rule;
    std::vector<std::string> ids = f.people;
    ids.insert(ids.end(), f.children.begin(), f.children.end());
    for (const std::string& id : ids) {
      const std::string& name = context.name(family.at(id));
      EXPECT_NE(text.find(report::printable(name)), std::string::npos) << f.rule << " " << name;
      EXPECT_NE(markdown.find(report::markdown_escape(name)), std::string::npos)
          << f.rule << " " << name;
      EXPECT_NE(page.find(html::escape(name)), std::string::npos) << f.rule << " " << name;
    }
  }
}

TEST_P(ByPersonExample, EachFindingIsInExactlyOneBlockAndEachLessonOnce) {
  const std::string example = GetParam().string();
  const FamilyGraph family(
      load_case_or_throw(testing::read_file(example), example, RiskModel::builtin()));
  const AnalysisContext context(family);
  const std::vector<Finding> findings = analyse(context);
  const report::ReportLayout layout = report::layout_findings(context, findings);
  std::vector<int> placed(findings.size(), 0);
  std::set<std::string> people;
  for (const auto* blocks : {&layout.people, &layout.children})
    for (const report::ReportBlock& b : *blocks) {
      for (std::size_t i : b.findings) ++placed[i];
      if (b.person) EXPECT_TRUE(people.insert(b.heading).second) << b.heading << ": one block";
    }
  for (std::size_t i = 0; i < findings.size(); ++i)
    EXPECT_EQ(placed[i], 1) << findings[i].rule << " " << findings[i].message;
  std::set<std::string> rules;
  for (const Finding& f : findings) rules.insert(f.rule);
  EXPECT_EQ(layout.lessons.size(), rules.size());
  const std::string text = one_line(reports_of(example).text);
  for (const report::ReportLesson& lesson : layout.lessons) {
    const std::string why = one_line(lesson.why);
    const std::size_t first = text.find(why);
    EXPECT_NE(first, std::string::npos) << lesson.rule;
    EXPECT_EQ(text.find(why, first + 1), std::string::npos) << lesson.rule << ": printed twice";
  }
}

TEST_P(ByPersonExample, NoSentenceIsSaidTwice) {
  const Reports r = reports_of(GetParam().string());
  for (const auto& [format, report] : {std::pair{"text", r.text}, std::pair{"Markdown", r.markdown},
                                       std::pair{"page", page_findings_text(r.page)}}) {
    const auto said = sentences(report);
    EXPECT_GE(said.size(), 10u) << format << ": too few sentences to judge";
    for (const auto& [sentence, n] : said) EXPECT_EQ(n, 1) << format << ": \"" << sentence << "\"";
  }
}

INSTANTIATE_TEST_SUITE_P(Examples, ByPersonExample, ::testing::ValuesIn(testing::example_files()),
                         testing::example_name);

std::size_t word_count(const std::string& text) {
  std::istringstream words(text);
  std::size_t n = 0;
  for (std::string w; words >> w;) ++n;
  return n;
}

// Issue 13: 26 findings about one man printed his risk list 9 times and ran
// to 2,935 words; a conference chair must be able to read it in minutes.
TEST(ReportsByPerson, ThreeHouseholdsReadsInUnderTwelveHundredWords) {
  const std::string example = testing::source_path("examples/three_households.json");
  const Reports r = reports_of(example);
  EXPECT_LT(word_count(r.text), 1200u) << r.text;
  // Dean Marsh: one block, his risk stated once, the assessment asked for once by three rules.
  const std::string text = one_line(r.text);
  const std::size_t block = r.text.find("\nDean Marsh: URGENT\n");
  ASSERT_NE(block, std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("\nDean Marsh: ", block + 1), std::string::npos) << "one block";
  const std::string risk = "Risk: non-fatal strangulation, domestic abuse perpetrator (police,";
  const std::size_t at = text.find(risk);
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(text.find("non-fatal strangulation, domestic abuse perpetrator", at + risk.size()),
            std::string::npos);
  EXPECT_NE(text.find("- Assess Dean Marsh, with police and social care checks. [INVISIBLE_MAN, "
                      "NEW_PARTNER, UNASSESSED_ADULT]"),
            std::string::npos)
      << r.text;
  // Most severe first: Dean Marsh, then Sophie Reid; the children's own findings after the people.
  EXPECT_LT(r.text.find("\nDean Marsh: URGENT"), r.text.find("\nSophie Reid: HIGH"));
  EXPECT_LT(r.text.find("\nGwen Okafor: MEDIUM"), r.text.find("\nElla Reid (aged 4): MEDIUM"));
  EXPECT_LT(r.text.find("\nElla Reid (aged 4): MEDIUM"), r.text.find("\nWhy it matters:"));
}

TEST(ReportsByPerson, AFindingAboutTwoPeopleGoesToTheOneWhoAbusedTheOther) {
  const std::string example = testing::source_path("examples/three_households.json");
  const FamilyGraph family(
      load_case_or_throw(testing::read_file(example), example, RiskModel::builtin()));
  const AnalysisContext context(family);
  int seen = 0;
  for (const Finding& f : analyse(context))
    if (f.rule == "SOLE_PROTECTOR" || f.rule == "PREGNANCY_TRIGGER" ||
        f.rule == "CONFLICTING_ACCOUNTS") {
      ++seen;
      const auto who = report::person_of_concern(context, f);
      ASSERT_TRUE(who.has_value()) << f.rule;
      EXPECT_EQ(context.name(*who), "Dean Marsh") << f.rule;
    }
  EXPECT_EQ(seen, 3);
}

}  // namespace
}  // namespace kinmap
