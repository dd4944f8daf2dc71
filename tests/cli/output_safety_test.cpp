// Output safety for every command that writes a file, in every format: a
// rejected case never touches the existing file, a target that cannot be
// written is exit 4 with nothing left behind, and a good run replaces the old
// file whole, leaving no temporary file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "example_support.h"
#include "test_support.h"

namespace kinmap {
namespace {

using testing::TempFolder;

struct Writer {
  std::string command;    ///< analyse, render or report
  std::string file_name;  ///< the target's name; its extension picks the format
  std::vector<std::string> options;
};

std::ostream& operator<<(std::ostream& os, const Writer& w) {
  return os << w.command << " -o " << w.file_name;
}

const std::string kFlagship = testing::source_path("examples/three_households.json");
const std::string kRejected = R"({"format": "kinmap-case/1", "people": []})";

class OutputSafety : public ::testing::TestWithParam<Writer> {
 protected:
  testing::CliRun write(const std::string& input_path, const std::string& target,
                        const std::string& input = "") const {
    std::vector<std::string> args = {GetParam().command, input_path, "-o", target};
    args.insert(args.end(), GetParam().options.begin(), GetParam().options.end());
    return testing::run_kinmap(args, input);
  }
};

TEST_P(OutputSafety, ARejectedCaseLeavesTheExistingFileAlone) {
  TempFolder folder;
  const std::string target = folder.file(GetParam().file_name);
  std::ofstream(target) << "last week's version";
  const auto r = write("-", target, kRejected);
  EXPECT_EQ(r.code, kExitInvalidCase) << r.err;
  EXPECT_EQ(testing::read_file(target), "last week's version");
  EXPECT_EQ(folder.entries(), 1u);
}

TEST_P(OutputSafety, AFolderThatDoesNotExistIsExitFourNamingTheFile) {
  TempFolder folder;
  const auto r = write(kFlagship, folder.file("no-such-folder/" + GetParam().file_name));
  EXPECT_EQ(r.code, kExitOutput) << r.err;
  EXPECT_NE(r.err.find(GetParam().file_name), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(folder.entries(), 0u);
}

TEST_P(OutputSafety, AFolderInTheTargetsPlaceIsExitFourAndStaysAFolder) {
  TempFolder folder;
  const std::string target = folder.file(GetParam().file_name);
  std::filesystem::create_directory(target);
  const auto r = write(kFlagship, target);
  EXPECT_EQ(r.code, kExitOutput) << r.err;
  EXPECT_TRUE(std::filesystem::is_directory(target));
  EXPECT_EQ(folder.entries(), 1u);
}

TEST_P(OutputSafety, AGoodRunReplacesTheFileWholeWithNoTemporaryFileLeft) {
  TempFolder folder;
  const std::string target = folder.file(GetParam().file_name);
  std::ofstream(target) << "last week's version";
  const auto r = write(kFlagship, target);
  ASSERT_EQ(r.code, kExitOk) << r.err;
  const std::string written = testing::read_file(target);
  EXPECT_GT(written.size(), 1000u);
  EXPECT_EQ(written.find("last week's version"), std::string::npos);
  EXPECT_EQ(folder.entries(), 1u);
}

INSTANTIATE_TEST_SUITE_P(
    EveryWriter, OutputSafety,
    ::testing::Values(Writer{"analyse", "findings.txt", {}},
                      Writer{"analyse", "findings.md", {"--format", "md"}},
                      Writer{"analyse", "findings.json", {"--format", "json"}},
                      Writer{"render", "family.svg", {}}, Writer{"render", "family.pdf", {}},
                      Writer{"render", "family.png", {}}, Writer{"render", "family.dot", {}},
                      Writer{"render", "family.json", {}}, Writer{"report", "conference.html", {}}),
    [](const ::testing::TestParamInfo<Writer>& info) {
      std::string name = info.param.command + "_" + info.param.file_name;
      for (char& c : name)
        if (c == '.') c = '_';
      return name;
    });

}  // namespace
}  // namespace kinmap
