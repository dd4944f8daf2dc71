// The README and docs/ stand alone (issue 18): every link in them leads to a
// file in this repository or an anchor, never outside it, because the
// package and a clone carry only what is here.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "test_support.h"

namespace kinmap {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> documents() {
  std::vector<fs::path> out = {testing::source_path("README.md")};
  for (const auto& entry : fs::directory_iterator(testing::source_path("docs")))
    if (entry.path().extension() == ".md") out.push_back(entry.path());
  return out;
}

TEST(DocsStandAlone, EveryLinkLeadsToAFileInTheRepository) {
  const fs::path root = fs::weakly_canonical(testing::source_path(""));
  const std::regex link(R"(\]\(([^)\s]+)\))");
  std::size_t links = 0;
  for (const fs::path& document : documents()) {
    const std::string text = testing::read_file(document.string());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), link);
         it != std::sregex_iterator(); ++it) {
      std::string target = (*it)[1];
      ++links;
      EXPECT_EQ(target.find("://"), std::string::npos) << document << ": " << target;
      if (target[0] == '#') continue;
      target = target.substr(0, target.find('#'));
      const fs::path resolved = fs::weakly_canonical(document.parent_path() / target);
      EXPECT_EQ(resolved.string().rfind(root.string(), 0), 0u)
          << document << ": " << target << " is outside the repository";
      EXPECT_TRUE(fs::exists(resolved)) << document << ": " << target << " does not exist";
    }
    // A path to a design note beside the clone is a link in all but name.
    EXPECT_EQ(text.find("../shared/"), std::string::npos) << document;
  }
  EXPECT_GT(links, 0u);
}

}  // namespace
}  // namespace kinmap
