// kinmap render, driven in-process: every example in all five formats,
// formats from the extension, --focus, --redact, --plain, --page, and the
// errors a user can make.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "cli/cli.h"
#include "example_support.h"
#include "render/laid_out.h"
#include "test_support.h"

namespace kinmap {
namespace {

using testing::CliRun;
using testing::TempFolder;

CliRun run(const std::vector<std::string>& args, const std::string& input = "") {
  return testing::run_kinmap(args, input);
}

class RenderExample : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(RenderExample, WritesAllFiveFormats) {
  TempFolder folder;
  const std::string example = GetParam().string();
  const std::map<std::string, std::string> starts = {{"svg", "<?xml"},
                                                     {"pdf", "%PDF-"},
                                                     {"png", "\x89PNG"},
                                                     {"dot", "digraph genogram {"},
                                                     {"json", "{"}};
  for (const auto& [extension, start] : starts) {
    const std::string out = folder.file("family." + extension);
    const CliRun r = run({"render", example, "-o", out});
    ASSERT_EQ(r.code, kExitOk) << extension << ": " << r.err;
    const std::string bytes = testing::read_file(out);
    EXPECT_EQ(bytes.rfind(start, 0), 0u) << extension << " starts: " << bytes.substr(0, 40);
    EXPECT_GT(bytes.size(), 500u) << extension;
  }
  EXPECT_EQ(folder.entries(), starts.size()) << "a temporary file was left behind";
}

TEST_P(RenderExample, RedactedDiagramNamesNobody) {
  const std::string example = GetParam().string();
  const CliRun r = run({"render", example, "-o", "-", "--format", "svg", "--redact"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  const FamilyGraph family(
      load_case_or_throw(testing::read_file(example), example, RiskModel::builtin()));
  for (const Person& p : family.case_data().people) {
    if (p.name.empty()) continue;
    // The whole name, and every capitalised word of it (a first name or a
    // surname; "Man seen at the home" shares only common words with roles).
    EXPECT_EQ(r.out.find(p.name), std::string::npos) << p.id;
    for (const std::string& word : testing::identifying_words(p.name))
      EXPECT_FALSE(testing::contains_word(r.out, word)) << "'" << word << "' of " << p.id;
  }
  EXPECT_EQ(r.out.find(family.case_data().info.title), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Examples, RenderExample, ::testing::ValuesIn(testing::example_files()),
                         testing::example_name);

const std::string kFlagship = testing::source_path("examples/three_households.json");

TEST(RenderCommand, FindingsAreMarkedUnlessPlain) {
  const CliRun marked = run({"render", kFlagship, "-o", "-", "--format", "svg"});
  ASSERT_EQ(marked.code, kExitOk) << marked.err;
  EXPECT_NE(marked.out.find("class=\"node person unassessed invisible risk\""), std::string::npos);
  EXPECT_NE(marked.out.find("exposure"), std::string::npos);
  const CliRun plain = run({"render", kFlagship, "-o", "-", "--format", "svg", "--plain"});
  EXPECT_EQ(plain.out.find("invisible"), std::string::npos);
  EXPECT_EQ(plain.out.find("exposure"), std::string::npos);
}

TEST(RenderCommand, FocusDrawsTheChildsHomeAndBrothersAndSisters) {
  const CliRun r = run({"render", kFlagship, "-o", "-", "--format", "json", "--focus", "c4"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  const auto d = testing::read_laid_out(r.out);
  // Ruby's half-brother Ashton lives with her; her half-siblings Tyler and Chloe do not.
  for (const char* id : {"c4", "m2", "c3", "f1", "gm1", "gf1", "gm2", "c1", "c2"})
    EXPECT_EQ(d.nodes.count(id), 1u) << id;
  EXPECT_EQ(d.nodes.count("c5"), 0u) << "Ella is not Ruby's sister";
}

TEST(RenderCommand, FocusDrawsOneChildsCircleAndTwoGenerations) {
  const CliRun r = run({"render", kFlagship, "-o", "-", "--format", "json", "--focus", "c5"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  const auto d = testing::read_laid_out(r.out);
  for (const char* id : {"c5", "m3", "gm3", "f1"}) EXPECT_EQ(d.nodes.count(id), 1u) << id;
  // Lisa's children and Jade's son are not in Ella's circle.
  for (const char* id : {"c1", "c2", "c3", "m1"}) EXPECT_EQ(d.nodes.count(id), 0u) << id;
  EXPECT_EQ(run({"render", kFlagship, "-o", "-", "--format", "svg", "--focus", "nobody"}).code,
            kExitUsage);
}

TEST(RenderCommand, PageIsATrueA4PageLandscapeWhenTheFamilyIsWider) {
  TempFolder folder;
  const std::string out = folder.file("a4.svg");
  ASSERT_EQ(run({"render", kFlagship, "-o", out, "--page", "a4"}).code, kExitOk);
  const std::string svg = testing::read_file(out);
  // A4 is 595 x 842 pt; the flagship family is wider than tall: landscape.
  EXPECT_NE(svg.find("<svg width=\"842pt\" height=\"595pt\""), std::string::npos)
      << svg.substr(0, 400);
  EXPECT_NE(svg.find("viewBox=\"0.00 0.00 842.00 595.00\""), std::string::npos);
}

TEST(RenderCommand, FormatErrorsAreUsageErrors) {
  TempFolder folder;
  const CliRun unknown = run({"render", kFlagship, "-o", folder.file("family.bmp")});
  EXPECT_EQ(unknown.code, kExitUsage);
  EXPECT_NE(unknown.err.find("family.bmp"), std::string::npos);
  EXPECT_EQ(run({"render", kFlagship, "-o", "-"}).code, kExitUsage);  // stdout needs --format
  EXPECT_EQ(run({"render", kFlagship, "-o", "x.svg", "--page", "a5"}).code, kExitUsage);
  EXPECT_EQ(folder.entries(), 0u);
}

TEST(RenderCommand, RejectedCaseLeavesExistingDiagramAlone) {
  TempFolder folder;
  const std::string out = folder.file("family.svg");
  std::ofstream(out) << "previous diagram";
  const CliRun r = run({"render", "-", "-o", out}, R"({"format": "kinmap-case/1"})");
  EXPECT_EQ(r.code, kExitInvalidCase);
  EXPECT_EQ(testing::read_file(out), "previous diagram");
  EXPECT_EQ(folder.entries(), 1u);
}

TEST(RenderCommand, UnwritableTargetIsExitFourWithNothingLeft) {
  TempFolder folder;
  const CliRun r = run({"render", kFlagship, "-o", folder.file("missing/dir/family.svg")});
  EXPECT_EQ(r.code, kExitOutput);
  EXPECT_NE(r.err.find("family.svg"), std::string::npos);
  EXPECT_EQ(folder.entries(), 0u);
}

TEST(RenderCommand, SameCaseSameSvgBytes) {
  const auto once = run({"render", kFlagship, "-o", "-", "--format", "svg"});
  const auto twice = run({"render", kFlagship, "-o", "-", "--format", "svg"});
  ASSERT_FALSE(once.out.empty());
  if (once.out == twice.out) return;
  std::size_t at = 0;
  while (at < once.out.size() && at < twice.out.size() && once.out[at] == twice.out[at]) ++at;
  const std::size_t from = at > 120 ? at - 120 : 0;
  ADD_FAILURE() << "the second drawing differs at byte " << at
                << ":\n  first:  " << once.out.substr(from, 240)
                << "\n  second: " << twice.out.substr(from, 240);
}

}  // namespace
}  // namespace kinmap
