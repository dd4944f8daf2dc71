// The command line: exit codes and what the user sees, driven in-process.
#include "cli/cli.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "test_support.h"

namespace kinmap {
namespace {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

CliRun run(const std::vector<std::string>& args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  const int code = run_cli(args, in, out, err);
  return {code, out.str(), err.str()};
}

const std::string kValid = testing::case_json(
    R"({"id": "m1", "sex": "female", "born": "2001-03"}, {"id": "c1", "sex": "female", "born": "2024-06-02"})",
    R"({"type": "parent", "parent": "m1", "child": "c1"})",
    R"("households": [{"id": "h1", "members": [{"person": "m1"}, {"person": "c1"}]}])");

TEST(Cli, CheckSummarisesAValidCase) {
  const CliRun r = run({"check", "-"}, kValid);
  EXPECT_EQ(r.code, kExitOk) << r.err;
  EXPECT_EQ(r.out, "-: ok: 2 people (1 adult, 1 child), 1 household, 1 relationship\n");
}

TEST(Cli, CheckListsThreeDifferentMistakesEachWithItsPlace) {
  const std::string three = testing::case_json(
      R"({"id": "m1", "sex": "female", "born": "2001-02-30"}, {"id": "c1", "sex": "femail"})",
      R"({"type": "parent", "parent": "m2", "child": "c1"})");
  const CliRun r = run({"check", "-"}, three);
  EXPECT_EQ(r.code, kExitInvalidCase);
  EXPECT_NE(r.err.find("-: /people/0 (id m1)/born: error: \"2001-02-30\": not a valid date"),
            std::string::npos)
      << r.err;
  EXPECT_NE(
      r.err.find("-: /people/1 (id c1)/sex: error: \"femail\" is not a valid sex; expected one of "
                 "male, female or unknown"),
      std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("-: /relationships/0 (parent: m2, c1)/parent: error: \"m2\" does not exist"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("-: 3 errors"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

/// A mother and `n` children with no date of birth: one warning each.
std::string case_with_undated_children(int n) {
  std::string people = R"({"id": "m1", "sex": "female", "born": "1990-01"})";
  std::string links;
  for (int i = 0; i < n; ++i) {
    const std::string id = "c" + std::to_string(i);
    people += R"(, {"id": ")" + id + R"(", "sex": "male"})";
    links += std::string(i ? ", " : "") + R"({"type": "parent", "parent": "m1", "child": ")" + id +
             R"("})";
  }
  return testing::case_json(people, links);
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(Cli, OtherCommandsShowTenWarningsAndSayHowToSeeTheRest) {
  const std::string twelve = case_with_undated_children(12);
  const CliRun analysed = run({"analyse", "-"}, twelve);
  EXPECT_EQ(analysed.code, kExitOk) << analysed.err;
  EXPECT_EQ(count_of(analysed.err, ": warning: "), 10u) << analysed.err;
  EXPECT_NE(analysed.err.find("-: 2 more warnings; run kinmap check - to see them all"),
            std::string::npos)
      << analysed.err;
  const CliRun checked = run({"check", "-"}, twelve);
  EXPECT_EQ(checked.code, kExitOk) << checked.err;
  EXPECT_EQ(count_of(checked.err, ": warning: "), 12u) << checked.err;
  EXPECT_EQ(checked.err.find("more warnings"), std::string::npos) << checked.err;
}

TEST(Cli, TenWarningsOrFewerAreAllShown) {
  const CliRun r = run({"analyse", "-"}, case_with_undated_children(10));
  EXPECT_EQ(count_of(r.err, ": warning: "), 10u) << r.err;
  EXPECT_EQ(r.err.find("more warning"), std::string::npos) << r.err;
}

TEST(Cli, SyntaxErrorsNameLineAndColumn) {
  const CliRun r = run({"check", "case.json"}, "");
  EXPECT_EQ(r.code, kExitUsage);  // no such file: a usage error, not an invalid case
  EXPECT_NE(r.err.find("case.json: cannot open"), std::string::npos);
  const CliRun s = run({"check", "-"}, "{\n  \"format\": \"kinmap-case/1\",,\n}");
  EXPECT_EQ(s.code, kExitInvalidCase);
  EXPECT_NE(s.err.find("-:2:29: error: not valid JSON"), std::string::npos) << s.err;
}

TEST(Cli, ErrorsQuotingHostileTextShowEscapesInsteadOfDrivingTheTerminal) {
  // An escape sequence in an id, a C1 control in a key and a right-to-left
  // override in a sex: each error quotes the text, and none of it reaches the
  // terminal raw.
  const std::string hostile = testing::case_json(
      "{\"id\": \"f\\u001b[2J1\", \"sex\": \"male\", \"age\": 30, \"n\\u009bame\": \"x\"},"
      "{\"id\": \"c1\", \"sex\": \"fe\\u202emale\", \"born\": \"2024-01\"}");
  const CliRun r = run({"check", "-"}, hostile);
  EXPECT_EQ(r.code, kExitInvalidCase);
  for (const char* raw : {"\x1b", "\xC2\x9B", "\xE2\x80\xAE"})
    EXPECT_EQ(r.err.find(raw), std::string::npos) << "raw bytes reached the terminal:\n" << r.err;
  EXPECT_NE(r.err.find("-: /people/0/id: error: \"f\\u001B[2J1\" is not a valid id"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("n\\u009Bame"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("fe\\u202Emale"), std::string::npos) << r.err;

  const CliRun stray =
      run({"check", "-"},
          testing::case_json("{\"id\": \"m1\", \"name\": \"A\xFF\x1b\", \"sex\": \"female\"}"));
  EXPECT_EQ(stray.code, kExitInvalidCase);
  EXPECT_NE(stray.err.find("invalid UTF-8"), std::string::npos) << stray.err;
  EXPECT_EQ(stray.err.find_first_of("\xFF\x1b"), std::string::npos) << stray.err;
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(run({}).code, kExitUsage);
  EXPECT_EQ(run({"frobnicate"}).code, kExitUsage);
  EXPECT_EQ(run({"check"}).code, kExitUsage);
  EXPECT_EQ(run({"check", "a.json", "--no-such-flag"}).code, kExitUsage);
}

TEST(Cli, HelpDescribesTheCommandsAndExitsZero) {
  const CliRun r = run({"--help"});
  EXPECT_EQ(r.code, kExitOk);
  EXPECT_NE(r.out.find("check"), std::string::npos);
  const CliRun sub = run({"check", "--help"});
  EXPECT_EQ(sub.code, kExitOk);
  EXPECT_NE(sub.out.find("Examples:"), std::string::npos);
}

TEST(Cli, CheckAcceptsEveryExample) {
  const auto examples = testing::example_files();
  if (examples.empty()) GTEST_SKIP() << "no examples/*.json yet";
  for (const auto& path : examples) {
    const CliRun r = run({"check", path.string()});
    EXPECT_EQ(r.code, kExitOk) << path << "\n" << r.err;
  }
}

}  // namespace
}  // namespace kinmap
