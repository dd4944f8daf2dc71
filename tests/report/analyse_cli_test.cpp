// kinmap analyse, driven in-process: formats, exit codes, output files.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "cli/cli.h"
#include "test_support.h"

namespace kinmap {
namespace {

struct CliRun {
  int code;
  std::string out, err;
};

CliRun run(const std::vector<std::string>& args, const std::string& input = "",
           bool terminal = false) {
  std::istringstream in(input);
  std::ostringstream out, err;
  const int code = run_cli(args, in, out, err, terminal);
  return {code, out.str(), err.str()};
}

const std::string kBusy = testing::read_file(testing::source_path("tests/analysis/busy_case.json"));

TEST(AnalyseCommand, TextByDefaultJsonAndMarkdownOnRequest) {
  const CliRun text = run({"analyse", "-"}, kBusy);
  EXPECT_EQ(text.code, kExitOk) << text.err;
  EXPECT_NE(text.out.find("kinmap findings: "), std::string::npos);
  EXPECT_EQ(text.out.find('\x1b'), std::string::npos);
  const CliRun json = run({"analyse", "-", "--format", "json"}, kBusy);
  EXPECT_EQ(json.code, kExitOk);
  EXPECT_EQ(json.out.rfind("{\n  \"format\": \"kinmap-findings/1\"", 0), 0u);
  const CliRun md = run({"analyse", "-", "--format", "md"}, kBusy);
  EXPECT_EQ(md.out.rfind("## kinmap findings", 0), 0u);
}

TEST(AnalyseCommand, ColourOnlyOnATerminal) {
  EXPECT_NE(run({"analyse", "-"}, kBusy, true).out.find('\x1b'), std::string::npos);
}

TEST(AnalyseCommand, FailOnGivesExitThreeAtOrAboveTheSeverity) {
  EXPECT_EQ(run({"analyse", "-", "--fail-on", "urgent"}, kBusy).code, kExitFindings);
  EXPECT_EQ(run({"analyse", "-", "--fail-on", "low"}, kBusy).code, kExitFindings);
  const std::string quiet = testing::case_json(R"({"id": "a", "sex": "female", "age": 40})");
  EXPECT_EQ(run({"analyse", "-", "--fail-on", "low"}, quiet).code, kExitOk);
}

TEST(AnalyseCommand, UsageAndInvalidCaseErrors) {
  EXPECT_EQ(run({"analyse", "-", "--format", "pdf"}, kBusy).code, kExitUsage);
  EXPECT_EQ(run({"analyse", "-", "--fail-on", "severe"}, kBusy).code, kExitUsage);
  const CliRun bad = run({"analyse", "-"}, R"({"format": "kinmap-case/1"})");
  EXPECT_EQ(bad.code, kExitInvalidCase);
  EXPECT_TRUE(bad.out.empty());
  EXPECT_EQ(run({"analyse", "-", "--model", "/nonexistent/model.json"}, kBusy).code, kExitUsage);
}

TEST(AnalyseCommand, RedactAndWriteToAFile) {
  const auto dir = std::filesystem::temp_directory_path() / "kinmap_analyse_cli_test";
  std::filesystem::create_directories(dir);
  const auto file = (dir / "findings.json").string();
  const CliRun r = run({"analyse", "-", "--format", "json", "--redact", "-o", file}, kBusy);
  EXPECT_EQ(r.code, kExitOk) << r.err;
  EXPECT_TRUE(r.out.empty());
  const std::string written = testing::read_file(file);
  EXPECT_NE(written.find("\"case\": \"redacted\""), std::string::npos);
  for (const char* name : {"Kayleigh", "Ryan", "Mia", "Noah", "Chloe", "Dan Price"})
    EXPECT_EQ(written.find(name), std::string::npos) << name;
  std::filesystem::remove_all(dir);
  EXPECT_EQ(run({"analyse", "-", "-o", "/nonexistent/dir/out.txt"}, kBusy).code, kExitOutput);
}

}  // namespace
}  // namespace kinmap
