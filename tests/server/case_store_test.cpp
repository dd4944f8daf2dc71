// The editor's file and history: nothing lost, nothing overwritten unasked.
#include "case_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kinmap::server {
namespace {

namespace fs = std::filesystem;

class CaseStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("kinmap-store-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
    file_ = folder_ / "case.json";
  }
  void TearDown() override { fs::remove_all(folder_); }

  std::string on_disk() const {
    std::ifstream in(file_);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  }
  void write_outside(const std::string& text) const { std::ofstream(file_) << text; }

  fs::path folder_;
  fs::path file_;
};

TEST_F(CaseStoreTest, AMissingFileIsCreatedByTheFirstSaveFromTheAbsentVersion) {
  CaseStore store(file_);
  EXPECT_FALSE(store.current().exists);
  EXPECT_EQ(store.current().version, CaseStore::kAbsent);
  EXPECT_FALSE(fs::exists(store.history_folder()));
  EXPECT_EQ(store.save("one", CaseStore::kAbsent), CaseStore::Outcome::saved);
  EXPECT_EQ(on_disk(), "one");
  EXPECT_EQ(store.current().version, CaseStore::version_of("one"));
}

TEST_F(CaseStoreTest, UndoAndRedoPutBackEachVersion) {
  CaseStore store(file_);
  store.save("one", CaseStore::kAbsent);
  store.save("two", store.current().version);
  store.save("three", store.current().version);
  ASSERT_EQ(store.undo(store.current().version), CaseStore::Outcome::saved);
  EXPECT_EQ(on_disk(), "two");
  store.undo(store.current().version);
  EXPECT_EQ(on_disk(), "one");
  EXPECT_FALSE(store.can_undo());
  EXPECT_EQ(store.undo(store.current().version), CaseStore::Outcome::nothing_to_do);
  store.redo(store.current().version);
  EXPECT_EQ(on_disk(), "two");
  EXPECT_TRUE(store.can_redo());
  // A new change after undo forgets what was undone.
  store.save("four", store.current().version);
  EXPECT_FALSE(store.can_redo());
  store.undo(store.current().version);
  EXPECT_EQ(on_disk(), "two");
}

TEST_F(CaseStoreTest, AChangeMadeElsewhereIsAConflictAndIsNotOverwritten) {
  CaseStore store(file_);
  store.save("first", CaseStore::kAbsent);
  store.save("mine", store.current().version);
  const std::string seen = store.current().version;
  write_outside("theirs");
  EXPECT_EQ(store.save("mine again", seen), CaseStore::Outcome::conflict);
  EXPECT_EQ(store.undo(seen), CaseStore::Outcome::conflict);
  EXPECT_EQ(on_disk(), "theirs");
  // Asked and answered: saving from their version goes through.
  EXPECT_EQ(store.save("mine again", store.current().version), CaseStore::Outcome::saved);
}

TEST_F(CaseStoreTest, TheHistorySurvivesARestartWithItsPosition) {
  {
    CaseStore store(file_);
    store.save("one", CaseStore::kAbsent);
    store.save("two", store.current().version);
    store.save("three", store.current().version);
    store.undo(store.current().version);
  }
  CaseStore reopened(file_);
  EXPECT_EQ(reopened.version_count(), 3u);
  EXPECT_TRUE(reopened.can_redo());
  reopened.redo(reopened.current().version);
  EXPECT_EQ(on_disk(), "three");
  reopened.undo(reopened.current().version);
  reopened.undo(reopened.current().version);
  EXPECT_EQ(on_disk(), "one");
}

TEST_F(CaseStoreTest, AFileChangedWhileTheEditorWasClosedBecomesTheNewestVersion) {
  { CaseStore(file_).save("one", CaseStore::kAbsent); }
  write_outside("edited by hand");
  CaseStore reopened(file_);
  EXPECT_EQ(reopened.version_count(), 2u);
  reopened.undo(reopened.current().version);
  EXPECT_EQ(on_disk(), "one");
}

TEST_F(CaseStoreTest, KeepsTheNewestVersionsOnly) {
  CaseStore store(file_);
  const std::size_t saves = CaseStore::kKeptVersions + 5;
  for (std::size_t i = 0; i < saves; ++i)
    store.save("version " + std::to_string(i), store.current().version);
  EXPECT_EQ(store.version_count(), CaseStore::kKeptVersions);
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(store.history_folder()))
    files += entry.path().extension() == ".json";
  EXPECT_EQ(files, CaseStore::kKeptVersions);
  while (store.can_undo()) store.undo(store.current().version);
  EXPECT_EQ(on_disk(), "version " + std::to_string(saves - CaseStore::kKeptVersions));
}

TEST_F(CaseStoreTest, SavingTheSameTextAddsNoVersion) {
  CaseStore store(file_);
  store.save("one", CaseStore::kAbsent);
  EXPECT_EQ(store.save("one", store.current().version), CaseStore::Outcome::nothing_to_do);
  EXPECT_EQ(store.version_count(), 1u);
}

}  // namespace
}  // namespace kinmap::server
