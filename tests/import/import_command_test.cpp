// kinmap import and kinmap export as a user runs them: the summary, a case
// file that passes check, and nothing written when the source is wrong.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "test_support.h"

namespace kinmap {
namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int code;
  std::string out, err;
};

CommandRun run(const std::vector<std::string>& args) {
  std::istringstream in;
  std::ostringstream out, err;
  const int code = run_cli(args, in, out, err);
  return {code, out.str(), err.str()};
}

class ImportCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("kinmap-import-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  fs::path dir_;
};

TEST_F(ImportCommand, TheExampleExtractBecomesACaseThatPassesCheck) {
  const CommandRun r =
      run({"import", testing::source_path("examples/import/csv"), "-o", path("family.json"),
           "--as-of", "2026-11-01", "--focus", "P102", "P103", "--case-id", "C-1"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("read CSV extract: 7 people, 12 relationships, 3 households"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("not carried over: past addresses (1)"), std::string::npos) << r.err;
  const CommandRun check = run({"check", path("family.json")});
  EXPECT_EQ(check.code, 0) << check.err;
  EXPECT_NE(check.out.find("ok: 7 people (5 adults, 2 children), 3 households, 12 relationships"),
            std::string::npos)
      << check.out;
}

TEST_F(ImportCommand, ABadExtractWritesNothingAndNamesThePlace) {
  write("people.csv", "person_id,forename,gender\nP1,Maya,Female\n");
  write("relationships.csv", "person_id,related_person_id,relationship\nP1,P2,Mother\n");
  const CommandRun r =
      run({"import", dir_.string(), "-o", path("family.json"), "--as-of", "2026-11-01"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find(path("relationships.csv") + ":2:4: error: no person with id \"P2\""),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("nothing was written"), std::string::npos);
  EXPECT_FALSE(fs::exists(path("family.json")));
}

TEST_F(ImportCommand, AFolderWithoutPeopleIsAUsageError) {
  const CommandRun r = run({"import", dir_.string(), "-o", path("family.json")});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("no people.csv"), std::string::npos) << r.err;
}

TEST_F(ImportCommand, ExportThenImportGivesTheSameCase) {
  const std::string example = testing::source_path("examples/three_households.json");
  const CommandRun e = run({"export", example, "-o", path("family.ged")});
  ASSERT_EQ(e.code, 0) << e.err;
  EXPECT_NE(e.err.find("wrote GEDCOM 7.0"), std::string::npos);
  EXPECT_NE(e.err.find("not in the GEDCOM file:"), std::string::npos);
  const CommandRun i =
      run({"import", path("family.ged"), "-o", path("back.json"), "--as-of", "2026-11-01"});
  ASSERT_EQ(i.code, 0) << i.err;
  EXPECT_NE(i.err.find("read GEDCOM 7.0"), std::string::npos) << i.err;
  const Case original =
      load_case_or_throw(testing::read_file(example), example, RiskModel::builtin());
  const Case back =
      load_case_or_throw(testing::read_file(path("back.json")), "back.json", RiskModel::builtin());
  ASSERT_EQ(back.people.size(), original.people.size());
  for (std::size_t p = 0; p < back.people.size(); ++p)
    EXPECT_EQ(back.people[p].id, original.people[p].id);
}

TEST_F(ImportCommand, AMalformedGedcomLineIsAnErrorWithItsNumber) {
  write("tree.ged", "0 HEAD\n1 GEDC\n2 VERS 7.0\nX INDI\n0 TRLR\n");
  const CommandRun r = run({"import", path("tree.ged"), "-o", path("family.json")});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find(path("tree.ged") + ":4:1: error: expected a level number"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(path("family.json")));
}

TEST_F(ImportCommand, AnUnknownFormatAsksForFrom) {
  write("family.txt", "hello\n");
  const CommandRun r = run({"import", path("family.txt"), "-o", path("family.json")});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("give --from csv, gedcom or gramps"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace kinmap
