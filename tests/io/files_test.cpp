// Output safety: atomic replacement, nothing left behind on failure.
#include "io/files.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "errors.h"
#include "test_support.h"

namespace kinmap {
namespace {

namespace fs = std::filesystem;

class AtomicWrite : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("kinmap-io-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(folder_, fs::perms::owner_all, ec);
    fs::remove_all(folder_);
  }
  std::vector<std::string> entries() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(folder_)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
  fs::path folder_;
  std::ostringstream stdout_;
};

TEST_F(AtomicWrite, WritesAndReplacesLeavingNoTemporaryFile) {
  const std::string target = (folder_ / "out.svg").string();
  write_output_atomically(target, "first", stdout_);
  write_output_atomically(target, "second", stdout_);
  EXPECT_EQ(testing::read_file(target), "second");
  EXPECT_EQ(entries(), std::vector<std::string>{"out.svg"});
}

TEST_F(AtomicWrite, DashWritesToStandardOutput) {
  write_output_atomically("-", "hello", stdout_);
  EXPECT_EQ(stdout_.str(), "hello");
  EXPECT_TRUE(entries().empty());
}

TEST_F(AtomicWrite, AnUnwritableFolderFailsWithTheFileNamedAndLeavesTheOldFile) {
  if (::geteuid() == 0) {
    // root ignores folder permissions; use a folder that does not exist instead.
    const std::string target = (folder_ / "missing" / "out.svg").string();
    try {
      write_output_atomically(target, "x", stdout_);
      FAIL() << "expected OutputError";
    } catch (const OutputError& e) {
      EXPECT_NE(std::string(e.what()).find(target), std::string::npos);
    }
    EXPECT_TRUE(entries().empty());
    return;
  }
  const std::string target = (folder_ / "out.svg").string();
  write_output_atomically(target, "old", stdout_);
  fs::permissions(folder_, fs::perms::owner_read | fs::perms::owner_exec);
  EXPECT_THROW(write_output_atomically(target, "new", stdout_), OutputError);
  fs::permissions(folder_, fs::perms::owner_all);
  EXPECT_EQ(testing::read_file(target), "old");
  EXPECT_EQ(entries(), std::vector<std::string>{"out.svg"});
}

TEST_F(AtomicWrite, AFolderAsTargetIsRefused) {
  EXPECT_THROW(write_output_atomically(folder_.string(), "x", stdout_), OutputError);
}

TEST(ReadInput, NamesTheFileItCannotOpen) {
  std::istringstream in;
  try {
    read_input("/no/such/case.json", in);
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("/no/such/case.json: cannot open"), std::string::npos);
  }
}

}  // namespace
}  // namespace kinmap
