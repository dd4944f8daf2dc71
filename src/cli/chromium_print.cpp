#include "cli/chromium_print.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "errors.h"

extern char** environ;

namespace kinmap {
namespace {

namespace fs = std::filesystem;

/// A private folder under the system's temporary one, removed on every path out.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::string name = (fs::temp_directory_path() / "kinmap-print-XXXXXX").string();
    if (::mkdtemp(name.data()) != nullptr) path_ = name;
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  ~TemporaryFolder() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

bool executable(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
}

std::string last_lines(const fs::path& log, std::size_t lines) {
  std::ifstream in(log);
  std::vector<std::string> all;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) all.push_back(line);
  std::string tail;
  for (std::size_t i = all.size() > lines ? all.size() - lines : 0; i < all.size(); ++i)
    tail += "\n  " + all[i];
  return tail;
}

}  // namespace

std::optional<std::string> find_chromium() {
  if (const char* chosen = std::getenv("KINMAP_CHROMIUM")) {
    if (*chosen == '\0' || !executable(chosen)) return std::nullopt;
    return std::string(chosen);
  }
  const char* path = std::getenv("PATH");
  if (!path) return std::nullopt;
  for (const char* name :
       {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
    std::istringstream folders(path);
    for (std::string folder; std::getline(folders, folder, ':');) {
      if (folder.empty()) continue;
      const fs::path candidate = fs::path(folder) / name;
      if (executable(candidate)) return candidate.string();
    }
  }
  return std::nullopt;
}

std::string print_page_to_pdf(const std::string& chromium, const std::string& html,
                              const std::string& output, int timeout_seconds) {
  TemporaryFolder folder;
  if (folder.path().empty())
    throw OutputError(output, "cannot make a temporary folder to print in");
  const fs::path page = folder.path() / "page.html";
  const fs::path pdf = folder.path() / "page.pdf";
  const fs::path log = folder.path() / "chromium.log";
  {
    std::ofstream out(page, std::ios::binary);
    out << html;
    if (!out.flush()) throw OutputError(output, "cannot write the page to print");
  }
  const std::string print_to = "--print-to-pdf=" + pdf.string();
  const std::string profile = "--user-data-dir=" + (folder.path() / "profile").string();
  const std::string url = "file://" + page.string();
  // The page is self-contained: nothing to fetch, no first-run, no sync.
  std::vector<const char*> argv = {chromium.c_str(),
                                   "--headless",
                                   "--disable-gpu",
                                   "--no-first-run",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--no-pdf-header-footer",
                                   profile.c_str(),
                                   print_to.c_str()};
  if (::geteuid() == 0) argv.push_back("--no-sandbox");  // Chromium refuses root otherwise
  argv.push_back(url.c_str());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_addopen(&files, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  posix_spawn_file_actions_adddup2(&files, STDOUT_FILENO, STDERR_FILENO);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setpgroup(&attributes, 0);  // its helpers go with it on a timeout
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP);
  pid_t pid = 0;
  const int failed = posix_spawn(&pid, chromium.c_str(), &files, &attributes,
                                 const_cast<char* const*>(argv.data()), environ);
  posix_spawn_file_actions_destroy(&files);
  posix_spawnattr_destroy(&attributes);
  if (failed) throw OutputError(output, "could not start " + chromium + " to print the page");

  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      throw OutputError(output, chromium + " did not print the page within " +
                                    std::to_string(timeout_seconds) + " s; nothing was written");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ::kill(-pid, SIGKILL);  // any helper left behind
  std::ifstream in(pdf, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string document = bytes.str();
  if (document.rfind("%PDF", 0) != 0)
    throw OutputError(
        output, chromium + " printed no PDF; nothing was written. It said:" + last_lines(log, 4));
  return document;
}

}  // namespace kinmap
