// kinmap report: the conference page for every example — each section, every
// finding and event, the marking at top and bottom, nothing fetched from
// elsewhere, hostile names escaped, and no name at all under --redact.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/cli.h"
#include "test_support.h"

namespace kinmap {
namespace {

struct CliRun {
  int code;
  std::string out, err;
};

CliRun run(const std::vector<std::string>& args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  const int code = run_cli(args, in, out, err, false);
  return {code, out.str(), err.str()};
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string html_escaped(std::string text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool contains_word(const std::string& text, const std::string& word) {
  for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    const std::size_t end = at + word.size();
    const bool ends = end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
    if (starts && ends) return true;
  }
  return false;
}

class ReportExample : public ::testing::TestWithParam<std::filesystem::path> {};

std::string example_name(const ::testing::TestParamInfo<std::filesystem::path>& info) {
  std::string name = info.param.stem().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

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
  const CliRun json = run({"analyse", example, "--format", "json"});
  const auto findings = nlohmann::json::parse(json.out)["findings"];
  for (const auto& f : findings)
    EXPECT_NE(html.find(html_escaped(f["message"].get<std::string>())), std::string::npos)
        << f["rule"];
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
    std::istringstream words(p.name);
    for (std::string word; words >> word;)
      if (word.size() >= 3 && std::isupper(static_cast<unsigned char>(word[0])))
        EXPECT_FALSE(contains_word(page.out, word)) << "'" << word << "' of " << p.id;
  }
  const auto& info = family.case_data().info;
  if (!info.title.empty()) EXPECT_EQ(page.out.find(html_escaped(info.title)), std::string::npos);
  for (const Event& e : family.case_data().events)
    if (e.note.size() > 12) EXPECT_EQ(page.out.find(html_escaped(e.note)), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Examples, ReportExample, ::testing::ValuesIn(testing::example_files()),
                         example_name);

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
