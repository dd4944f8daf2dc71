// Helpers for tests that run kinmap's commands in-process and for tests
// parameterised over the examples.
#pragma once

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace kinmap::testing {

/// What one in-process run of the command line gave.
struct CliRun {
  int code;
  std::string out, err;
};

/// Runs kinmap with `args` (no program name), `input` as standard input.
inline CliRun run_kinmap(const std::vector<std::string>& args, const std::string& input = "",
                         bool terminal = false) {
  std::istringstream in(input);
  std::ostringstream out, err;
  const int code = run_cli(args, in, out, err, terminal);
  return {code, out.str(), err.str()};
}

/// A test name for an example file: its stem, letters and digits only.
inline std::string example_name(const ::testing::TestParamInfo<std::filesystem::path>& info) {
  std::string name = info.param.stem().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

/// `word` stands in `text` as a word of its own ("Pat" is not in "Paternal").
inline bool contains_word(const std::string& text, const std::string& word) {
  for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    const std::size_t end = at + word.size();
    const bool ends = end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
    if (starts && ends) return true;
  }
  return false;
}

/// The words of a person's name that would identify them: capitalised
/// words of three letters or more ("Man seen at the home" has none).
inline std::vector<std::string> identifying_words(const std::string& name) {
  std::vector<std::string> out;
  std::istringstream words(name);
  for (std::string word; words >> word;)
    if (word.size() >= 3 && std::isupper(static_cast<unsigned char>(word[0]))) out.push_back(word);
  return out;
}

/// A fresh folder in the temporary directory for one test, removed after it.
/// Tests that write files count what is left in it afterwards.
class TempFolder {
 public:
  TempFolder() {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string("kinmap-") + test->test_suite_name() + "-" + test->name() + "-" +
                       std::to_string(::testing::UnitTest::GetInstance()->random_seed());
    for (char& c : name)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') c = '_';
    path_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempFolder() { std::filesystem::remove_all(path_); }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }
  /// Files and folders in the folder (not below it).
  std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(path_),
                                                  std::filesystem::directory_iterator()));
  }

 private:
  std::filesystem::path path_;
};

}  // namespace kinmap::testing
