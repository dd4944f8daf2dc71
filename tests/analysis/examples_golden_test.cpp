// Every example's findings match its reviewed golden file,
// examples/NAME.findings.json (kinmap-findings/1, byte for byte).
//
// A golden file is written by scripts/update-golden and then read as a
// practitioner would read the case before it is committed: a change here is
// a change in what practitioners are told.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "analysis/analyse.h"
#include "report/json_report.h"
#include "test_support.h"

namespace kinmap {
namespace {

class ExampleFindings : public ::testing::TestWithParam<std::filesystem::path> {};

std::string example_name(const ::testing::TestParamInfo<std::filesystem::path>& info) {
  std::string name = info.param.stem().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

TEST_P(ExampleFindings, MatchTheReviewedGoldenFile) {
  const std::filesystem::path example = GetParam();
  const std::filesystem::path golden =
      example.parent_path() / (example.stem().string() + ".findings.json");
  // A missing golden file fails: every example must have reviewed findings.
  if (!std::filesystem::exists(golden))
    FAIL() << golden.filename().string() << " does not exist: run scripts/update-golden "
                 << example.stem().string()
                 << ", read the case and its findings as a practitioner would, and "
                 << "commit the file once every finding makes sense.";
  const FamilyGraph family(load_case_or_throw(testing::read_file(example.string()),
                                              example.string(), RiskModel::builtin()));
  const std::string actual = json_report(family.case_data().info, analyse(family));
  const std::string expected = testing::read_file(golden.string());
  if (actual == expected) return;

  // Say which finding differs, in words, before the raw text.
  const auto a = nlohmann::json::parse(actual)["findings"];
  const auto e = nlohmann::json::parse(expected)["findings"];
  std::string first_difference = "the counts differ: " + std::to_string(a.size()) + " now, " +
                                 std::to_string(e.size()) + " in the golden file";
  for (std::size_t i = 0; i < std::min(a.size(), e.size()); ++i)
    if (a[i] != e[i]) {
      first_difference = "finding " + std::to_string(i + 1) +
                         " differs:\n  now:    " + a[i].dump() + "\n  golden: " + e[i].dump();
      break;
    }
  ADD_FAILURE()
      << example.filename().string() << ": findings differ from " << golden.filename().string()
      << "; " << first_difference
      << "\nIf the change is intended, run scripts/update-golden and review the new findings.";
}

std::vector<std::filesystem::path> examples() {
  return testing::example_files();
}

INSTANTIATE_TEST_SUITE_P(Examples, ExampleFindings, ::testing::ValuesIn(examples()), example_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ExampleFindings);

}  // namespace
}  // namespace kinmap
