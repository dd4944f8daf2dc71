// A main for the fuzz targets outside libFuzzer: runs the target once on each
// file named (a folder stands for the files in it, in name order), or with
// --lines on each line of them. CI builds the targets this way with the
// normal compiler, so a fuzz target that stops compiling fails the build, and
// CTest replays the seeds and every kept crasher under the sanitizers.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> files_in(const std::filesystem::path& path) {
  if (!std::filesystem::is_directory(path)) return {path};
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(path))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

void run_once(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

}  // namespace

int main(int argc, char** argv) {
  bool lines = false;
  std::size_t inputs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--lines") {
      lines = true;
      continue;
    }
    if (!std::filesystem::exists(arg)) {
      std::cerr << arg << ": no such file or folder\n";
      return 2;
    }
    for (const auto& file : files_in(arg)) {
      std::ifstream in(file, std::ios::binary);
      const std::string text((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
      // Each input is named before it runs, so a crash's output says which.
      if (!lines) {
        std::cout << file.string() << std::endl;
        run_once(text);
        ++inputs;
        continue;
      }
      std::istringstream each(text);
      int number = 0;
      for (std::string line; std::getline(each, line); ++inputs) {
        std::cout << file.string() << ":" << ++number << std::endl;
        run_once(line);
      }
    }
  }
  if (inputs == 0) {
    std::cerr << "no inputs: name files or folders to replay\n";
    return 2;
  }
  std::cout << "replayed " << inputs << " inputs without a finding\n";
  return 0;
}
