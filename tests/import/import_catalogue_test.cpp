// The bad-input catalogue (tests/import/bad/catalogue.txt): every file or
// extract folder there is rejected by `kinmap import` with exit code 1, an
// error at the place the catalogue names, and no output file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "test_support.h"

namespace kinmap {
namespace {

namespace fs = std::filesystem;

struct Entry {
  std::string source, expected;
};

std::vector<Entry> catalogue() {
  std::ifstream in(testing::source_path("tests/import/bad/catalogue.txt"));
  std::vector<Entry> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab != std::string::npos) out.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return out;
}

std::string without(std::string text, const std::string& prefix) {
  for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at))
    text.erase(at, prefix.size());
  return text;
}

TEST(ImportCatalogue, EveryBadSourceIsRejectedWithItsPlace) {
  const auto entries = catalogue();
  ASSERT_GE(entries.size(), 18u);
  const std::string bad = testing::source_path("tests/import/bad");
  const fs::path out_dir = fs::temp_directory_path() / "kinmap-import-catalogue";
  fs::create_directories(out_dir);
  for (const Entry& e : entries) {
    SCOPED_TRACE(e.source);
    const std::string output = (out_dir / (fs::path(e.source).stem().string() + ".json")).string();
    std::istringstream in;
    std::ostringstream out, err;
    const int code = run_cli(
        {"import", bad + "/" + e.source, "-o", output, "--as-of", "2026-11-01"}, in, out, err);
    EXPECT_EQ(code, 1) << err.str();
    const std::string shown = without(without(err.str(), bad + "/"), out_dir.string() + "/");
    EXPECT_NE(shown.find(e.expected), std::string::npos) << shown;
    EXPECT_FALSE(fs::exists(output));
  }
  fs::remove_all(out_dir);
}

}  // namespace
}  // namespace kinmap
