// kinmap report: the conference page for every example — each section, every
// finding and event, the marking at top and bottom, nothing fetched from
// elsewhere, hostile names escaped, and no name at all under --redact.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/cli.h"
#include "example_support.h"
#include "report/html/html_text.h"
#include "test_support.h"

namespace kinmap {
namespace {

using testing::CliRun;

CliRun run(const std::vector<std::string>& args, const std::string& input = "") {
  return testing::run_kinmap(args, input);
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

/// How the page writes case-file text.
std::string html_escaped(const std::string& text) {
  return html::escape(text);
}

class ReportExample : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(ReportExample, PageCarriesEverySectionFindingAndEvent) {
  const std::string example = GetParam().string();
  const CliRun page = run({"report", example, "-o", "-"});
  ASSERT_EQ(page.code, kExitOk) << page.err;
  const std::string& html = page.out;
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  for (const char* section :
       {"id=\"genogram\"", "id=\"circle\"", "id=\"findings\"", "id=\"chronology\""})
    EXPECT_NE(html.find(section), std::string::npos) << section;
  EXPECT_EQ(count(html, "<svg"), 1u) << "the genogram, inline";
  EXPECT_EQ(html.find("<?xml"), std::string::npos);
  // Self-contained: nothing to fetch, nothing to run.
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("url(http"), std::string::npos);

  const FamilyGraph family(
      load_case_or_throw(testing::read_file(example), example, RiskModel::builtin()));
  const std::string& marking = family.case_data().info.marking;
  if (!marking.empty()) {
    EXPECT_NE(html.find("<div class=\"marking top\">" + html_escaped(marking)), std::string::npos);
    EXPECT_NE(html.find("<footer class=\"marking bottom\">" + html_escaped(marking)),
              std::string::npos);
    EXPECT_NE(html.find("@top-center { content: \""), std::string::npos)
        << "marking on every printed page";
  }
  // By person: every finding's rule, and its people and children by name
  // (reports_by_person_test.cpp checks each against the analysis' names).
  const CliRun json = run({"analyse", example, "--format", "json"});
  const auto findings = nlohmann::json::parse(json.out)["findings"];
  const std::size_t from = html.find("id=\"findings\"");
  ASSERT_NE(from, std::string::npos);
  for (const auto& f : findings) {
    EXPECT_NE(html.find(f["rule"].get<std::string>(), from), std::string::npos) << f["rule"];
    for (const char* list : {"people", "children"})
      for (const auto& id : f[list]) {
        const Person* p = nullptr;
        for (const Person& q : family.case_data().people)
          if (q.id == id.get<std::string>()) p = &q;
        ASSERT_NE(p, nullptr);
        if (!p->name.empty())
          EXPECT_NE(html.find(html_escaped(p->name), from), std::string::npos)
              << f["rule"] << " " << p->name;
      }
  }
  EXPECT_NE(html.find("<h2 id=\"why\">Why it matters</h2>"), std::string::npos);
  for (const Event& e : family.case_data().events)
    EXPECT_NE(html.find("<td class=\"date\">" + e.date.to_string() + "</td>"), std::string::npos)
        << e.date.to_string();
}

TEST_P(ReportExample, RedactedPageNamesNobody) {
  const std::string example = GetParam().string();
  const CliRun page = run({"report", example, "-o", "-", "--redact"});
  ASSERT_EQ(page.code, kExitOk) << page.err;
  const FamilyGraph family(
      load_case_or_throw(testing::read_file(example), example, RiskModel::builtin()));
  for (const Person& p : family.case_data().people) {
    if (p.name.empty()) continue;
    EXPECT_EQ(page.out.find(html_escaped(p.name)), std::string::npos) << p.id;
    for (const std::string& word : testing::identifying_words(p.name))
      EXPECT_FALSE(testing::contains_word(page.out, word)) << "'" << word << "' of " << p.id;
  }
  const auto& info = family.case_data().info;
  if (!info.title.empty()) EXPECT_EQ(page.out.find(html_escaped(info.title)), std::string::npos);
  for (const Event& e : family.case_data().events)
    if (e.note.size() > 12) EXPECT_EQ(page.out.find(html_escaped(e.note)), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Examples, ReportExample, ::testing::ValuesIn(testing::example_files()),
                         testing::example_name);

TEST(ReportPage, TheGenogramGetsALandscapePageInPrintAndZoomsOnScreenWithoutScript) {
  const CliRun page =
      run({"report", testing::source_path("examples/three_households.json"), "-o", "-"});
  ASSERT_EQ(page.code, kExitOk) << page.err;
  const std::string& html = page.out;
  EXPECT_NE(html.find("@page genogram { size: A4 landscape; }"), std::string::npos);
  EXPECT_NE(html.find("section.genogram-section { page: genogram;"), std::string::npos);
  // Three sizes, fit to the window first; plain inputs, no script.
  EXPECT_NE(html.find("id=\"genogram-fit\" checked>"), std::string::npos);
  EXPECT_NE(html.find("id=\"genogram-actual\""), std::string::npos);
  EXPECT_NE(html.find("id=\"genogram-double\""), std::string::npos);
  EXPECT_NE(html.find("#genogram-double:checked ~ figure.genogram svg { zoom: 2; }"),
            std::string::npos);
  EXPECT_LT(html.find("id=\"genogram-double\""), html.find("<figure class=\"genogram\">"))
      << "the inputs must come before the figure for the ~ selector";
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

TEST(ReportCommand, HostileTextIsEscapedEverywhere) {
  const std::string hostile = R"(<script>alert(1)</script> & "x" <img src=x onerror=alert(1)>)";
  const std::string as_json = nlohmann::json(hostile).dump();
  std::string text = testing::case_json(
      R"({"id": "a", "sex": "male", "name": )" + as_json +
          R"(, "born": "1990"}, {"id": "b", "sex": "female", "name": "Mia", "born": "2020"})",
      R"({"type": "parent", "parent": "a", "child": "b"})",
      R"("events": [{"date": "2026-05", "type": "incident", "people": ["a"], "source": )" +
          as_json + R"(, "note": )" + as_json + "}]");
  text.replace(
      text.find(R"("id": "T-1")"), 11,
      R"("id": "T-1", "title": )" + as_json + R"(, "marking": "OFFICIAL</style><script>")");
  const CliRun page = run({"report", "-", "-o", "-"}, text);
  ASSERT_EQ(page.code, kExitOk) << page.err;
  EXPECT_EQ(page.out.find("<script"), std::string::npos);
  EXPECT_EQ(page.out.find("<img"), std::string::npos);
  EXPECT_EQ(page.out.find("</style><"), std::string::npos);
  EXPECT_NE(page.out.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

TEST(ReportCommand, BidirectionalOverridesNeverReachThePage) {
  // The loader refuses control characters in names but lets bidirectional
  // controls through (right-to-left names need them); on the page U+202E
  // would show "Ryan Cole" as "eloC nayR" and reorder what follows.
  const std::string text = testing::case_json(
      R"({"id": "a", "sex": "male", "name": "Ryan \u202eCole\u202c", "born": "1990"},)"
      R"({"id": "b", "sex": "female", "name": "Mia", "born": "2020"})",
      R"({"type": "parent", "parent": "a", "child": "b"})");
  const CliRun page = run({"report", "-", "-o", "-"}, text);
  ASSERT_EQ(page.code, kExitOk) << page.err;
  EXPECT_EQ(page.out.find("\u202E"), std::string::npos);
  EXPECT_EQ(page.out.find("\u202C"), std::string::npos);
  EXPECT_NE(page.out.find("Ryan Cole"), std::string::npos);
  EXPECT_EQ(html::escape("Zo\u00EB \u5F20 \u202Ex\u009B\x1b\n<"), "Zo\u00EB \u5F20 x\n&lt;");
}

TEST(ReportCommand, RejectedCaseWritesNothing) {
  const auto folder = std::filesystem::temp_directory_path() / "kinmap-report-test";
  std::filesystem::create_directories(folder);
  const std::string out = (folder / "page.html").string();
  std::filesystem::remove(out);
  EXPECT_EQ(run({"report", "-", "-o", out}, R"({"format": "kinmap-case/1"})").code,
            kExitInvalidCase);
  EXPECT_FALSE(std::filesystem::exists(out));
  EXPECT_EQ(run({"report", testing::source_path("examples/three_households.json"), "-o", out,
                 "--focus", "nobody"})
                .code,
            kExitUsage);
  EXPECT_FALSE(std::filesystem::exists(out));
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace kinmap
