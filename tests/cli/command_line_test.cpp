// The command line as a new user meets it (issue 18): --version, the
// spelling "analyze", "did you mean", kinmap help COMMAND, enum options in
// any case, output formats that follow the file name, a missing folder named
// as missing, and report -o X.pdf.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <regex>

#include "cli/chromium_print.h"
#include "example_support.h"
#include "test_support.h"

namespace kinmap {
namespace {

using testing::CliRun;
using testing::run_kinmap;
namespace fs = std::filesystem;

const std::string kExample = testing::source_path("examples/three_households.json");

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// A fresh folder for one test's outputs, removed afterwards.
class CommandLine : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("kinmap-command-line-" +
               std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  std::string path(const std::string& name) const { return (folder_ / name).string(); }

 private:
  fs::path folder_;
};

/// Sets an environment variable for one scope, then puts back what was there.
class ScopedEnvironment {
 public:
  ScopedEnvironment(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value, 1);
  }
  ~ScopedEnvironment() {
    if (old_)
      ::setenv(name_, old_->c_str(), 1);
    else
      ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(CommandLineVersion, NamesTheVersionAndTheCommit) {
  const CliRun r = run_kinmap({"--version"});
  EXPECT_EQ(r.code, kExitOk);
  EXPECT_TRUE(std::regex_search(
      r.out, std::regex(R"(^kinmap [0-9]+\.[0-9]+\.[0-9]+ \((commit [0-9a-f]{7,}( with local )"
                        R"(changes)?|not built from a git checkout)\)\n$)")))
      << r.out;
}

TEST(CommandLineSpelling, AnalyzeIsAnalyse) {
  const CliRun british = run_kinmap({"analyse", kExample, "--format", "json"});
  const CliRun american = run_kinmap({"analyze", kExample, "--format", "json"});
  EXPECT_EQ(american.code, kExitOk) << american.err;
  EXPECT_EQ(american.out, british.out);
  EXPECT_FALSE(american.out.empty());
}

TEST(CommandLineSpelling, UnknownCommandsGetADidYouMean) {
  const CliRun r = run_kinmap({"anaylse", kExample});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_TRUE(contains(r.err, "'anaylse' is not a kinmap command; did you mean 'analyse'?"))
      << r.err;
  const CliRun render = run_kinmap({"rendr", kExample, "-o", "x.svg"});
  EXPECT_EQ(render.code, kExitUsage);
  EXPECT_TRUE(contains(render.err, "did you mean 'render'?")) << render.err;
  const CliRun nested = run_kinmap({"caseload", "indx", "folder", "--db", "x.db"});
  EXPECT_EQ(nested.code, kExitUsage);
  EXPECT_TRUE(contains(nested.err, "did you mean 'index'?")) << nested.err;
  // Nothing close: no guess, but the way to the list of commands.
  const CliRun far = run_kinmap({"zzzz"});
  EXPECT_EQ(far.code, kExitUsage);
  EXPECT_FALSE(contains(far.err, "did you mean")) << far.err;
  EXPECT_TRUE(contains(far.err, "kinmap --help")) << far.err;
}

TEST(CommandLineHelp, HelpCommandShowsThatCommandsHelp) {
  const CliRun help = run_kinmap({"help", "render"});
  EXPECT_EQ(help.code, kExitOk);
  EXPECT_EQ(help.out, run_kinmap({"render", "--help"}).out);
  EXPECT_TRUE(contains(help.out, "--page")) << help.out;
  const CliRun all = run_kinmap({"help"});
  EXPECT_EQ(all.code, kExitOk);
  EXPECT_TRUE(contains(all.out, "caseload")) << all.out;
  EXPECT_TRUE(contains(all.out, "help")) << all.out;
  const CliRun nested = run_kinmap({"help", "caseload", "index"});
  EXPECT_EQ(nested.code, kExitOk);
  EXPECT_TRUE(contains(nested.out, "--db")) << nested.out;
  const CliRun unknown = run_kinmap({"help", "rendr"});
  EXPECT_EQ(unknown.code, kExitUsage);
  EXPECT_TRUE(contains(unknown.err, "did you mean 'render'?")) << unknown.err;
}

TEST_F(CommandLine, EnumOptionsIgnoreCase) {
  const CliRun r = run_kinmap({"render", kExample, "-o", path("page.svg"), "--page", "A4"});
  EXPECT_EQ(r.code, kExitOk) << r.err;
  EXPECT_EQ(run_kinmap({"render", kExample, "-o", path("page.svg"), "--page", "a4"}).out, r.out);
  EXPECT_EQ(testing::read_file(path("page.svg")).substr(0, 5), "<?xml");
  const CliRun json = run_kinmap({"analyse", kExample, "--format", "JSON", "--fail-on", "Urgent"});
  EXPECT_NE(json.code, kExitUsage) << json.err;
  EXPECT_EQ(json.out.substr(0, 1), "{");
  const CliRun wrong = run_kinmap({"render", kExample, "-o", path("page.svg"), "--page", "A5"});
  EXPECT_EQ(wrong.code, kExitUsage);
  EXPECT_TRUE(contains(wrong.err, "A5")) << wrong.err;
}

TEST_F(CommandLine, MissingOutputFolderIsNamedAsMissing) {
  const std::string target = path("no-such-folder/family.svg");
  const CliRun r = run_kinmap({"render", kExample, "-o", target});
  EXPECT_EQ(r.code, kExitOutput);
  EXPECT_TRUE(contains(r.err, "the folder " + path("no-such-folder") + " does not exist")) << r.err;
  EXPECT_FALSE(contains(r.err, "No such file or directory")) << r.err;
  EXPECT_FALSE(fs::exists(path("no-such-folder")));
}

TEST_F(CommandLine, AnalyseWritesWhatTheFileNameSays) {
  ASSERT_EQ(run_kinmap({"analyse", kExample, "-o", path("findings.json")}).code, kExitOk);
  EXPECT_TRUE(nlohmann::json::accept(testing::read_file(path("findings.json"))));
  ASSERT_EQ(run_kinmap({"analyse", kExample, "-o", path("findings.MD")}).code, kExitOk);
  EXPECT_EQ(testing::read_file(path("findings.MD")),
            run_kinmap({"analyse", kExample, "--format", "md"}).out);
  ASSERT_EQ(run_kinmap({"analyse", kExample, "-o", path("findings.txt")}).code, kExitOk);
  EXPECT_EQ(testing::read_file(path("findings.txt")), run_kinmap({"analyse", kExample}).out);
}

TEST_F(CommandLine, AFormatThatDisagreesWithTheFileNameIsAUsageError) {
  const CliRun analyse =
      run_kinmap({"analyse", kExample, "--format", "md", "-o", path("findings.json")});
  EXPECT_EQ(analyse.code, kExitUsage);
  EXPECT_TRUE(contains(analyse.err, "--format md disagrees with -o " + path("findings.json")))
      << analyse.err;
  const CliRun render = run_kinmap({"render", kExample, "--format", "svg", "-o", path("x.png")});
  EXPECT_EQ(render.code, kExitUsage);
  EXPECT_TRUE(contains(render.err, "--format svg disagrees")) << render.err;
  EXPECT_FALSE(fs::exists(path("findings.json")));
  EXPECT_FALSE(fs::exists(path("x.png")));
  // A name without a kinmap extension takes --format as given.
  EXPECT_EQ(run_kinmap({"render", kExample, "--format", "svg", "-o", path("drawing")}).code,
            kExitOk);
}

TEST_F(CommandLine, AnotherCommandsFileTypeSaysWhichCommandWritesIt) {
  const CliRun analyse = run_kinmap({"analyse", kExample, "-o", path("findings.pdf")});
  EXPECT_EQ(analyse.code, kExitUsage);
  EXPECT_TRUE(contains(analyse.err, "kinmap analyse does not write .pdf files")) << analyse.err;
  EXPECT_TRUE(contains(analyse.err, "kinmap report -o FILE.html or FILE.pdf")) << analyse.err;
  const CliRun report = run_kinmap({"report", kExample, "-o", path("page.svg")});
  EXPECT_EQ(report.code, kExitUsage);
  EXPECT_TRUE(contains(report.err, "kinmap render")) << report.err;
  const CliRun exported = run_kinmap({"export", kExample, "-o", path("family.json")});
  EXPECT_EQ(exported.code, kExitUsage);
  EXPECT_TRUE(contains(exported.err, "it writes .ged")) << exported.err;
  const CliRun imported = run_kinmap({"import", "tree.ged", "-o", path("family.ged")});
  EXPECT_EQ(imported.code, kExitUsage);
  EXPECT_TRUE(contains(imported.err, "kinmap export -o FILE.ged")) << imported.err;
  for (const char* name : {"findings.pdf", "page.svg", "family.json", "family.ged"})
    EXPECT_FALSE(fs::exists(path(name))) << name;
}

TEST_F(CommandLine, ReportToPdfWithoutChromiumSaysHowToGetOne) {
  const ScopedEnvironment no_browser("KINMAP_CHROMIUM", "");
  const CliRun r = run_kinmap({"report", kExample, "-o", path("case.pdf")});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_TRUE(contains(r.err, "Chromium, which is not installed")) << r.err;
  EXPECT_TRUE(contains(r.err, "apt install chromium")) << r.err;
  EXPECT_TRUE(contains(r.err, "-o case.html")) << r.err;
  EXPECT_FALSE(fs::exists(path("case.pdf")));
}

TEST_F(CommandLine, ReportToPdfPrintsThroughChromium) {
  if (!find_chromium()) GTEST_SKIP() << "no Chromium installed";
  const CliRun r = run_kinmap({"report", kExample, "-o", path("case.pdf"), "--redact"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  const std::string pdf = testing::read_file(path("case.pdf"));
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_TRUE(contains(pdf, "%%EOF"));
  // Only the PDF: no page, profile or log left beside it.
  EXPECT_EQ(std::distance(fs::directory_iterator(path("")), fs::directory_iterator()), 1);
}

}  // namespace
}  // namespace kinmap
