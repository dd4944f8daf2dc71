// The bad-input catalogue (tests/bad/catalogue.tsv): every file is rejected,
// and the first error that names the catalogued place says what it should.
// Columns: file, schema, where (LINE:COL or JSON pointer), says, note.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.h"

namespace kinmap {
namespace {

struct CatalogueRow {
  std::string file, schema, where, says, note;
};

std::vector<CatalogueRow> read_catalogue() {
  std::vector<CatalogueRow> rows;
  std::ifstream in(testing::source_path("tests/bad/catalogue.tsv"));
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::stringstream fields(line);
    std::string cell;
    while (std::getline(fields, cell, '\t')) cells.push_back(cell);
    cells.resize(5);
    rows.push_back({cells[0], cells[1], cells[2], cells[3], cells[4]});
  }
  return rows;
}

std::string lowercase(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

TEST(BadInputCatalogue, EveryFileIsRejectedAtItsPlaceWithItsReason) {
  const auto rows = read_catalogue();
  if (rows.empty()) GTEST_SKIP() << "tests/bad/catalogue.tsv not present yet";
  EXPECT_GE(rows.size(), 40u);
  for (const CatalogueRow& row : rows) {
    SCOPED_TRACE(row.file + ": " + row.note);
    const std::string text = testing::read_file(testing::source_path("tests/bad/" + row.file));
    const LoadResult result = load_case(text, row.file, RiskModel::builtin());
    ASSERT_FALSE(result.ok()) << "accepted a bad file";
    bool found = false;
    for (const Diagnostic& d : result.diagnostics) {
      if (d.level != Diagnostic::Level::error) continue;
      EXPECT_EQ(d.file, row.file);
      const std::string where = d.line > 0 ? std::to_string(d.line) + ":" + std::to_string(d.column) : d.pointer;
      if (where == row.where && lowercase(d.message).find(lowercase(row.says)) != std::string::npos) found = true;
    }
    EXPECT_TRUE(found) << "expected an error at " << row.where << " saying \"" << row.says << "\"; got:\n"
                       << ::testing::PrintToString(testing::errors_of(result));
  }
}

}  // namespace
}  // namespace kinmap
