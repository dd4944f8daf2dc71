#include "io/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <iterator>
#include <ostream>
#include <sstream>

#include "errors.h"

namespace kinmap {
namespace {

// Closes a file descriptor and removes the temporary file unless released.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string path_template) : path_(std::move(path_template)) {
    fd_ = ::mkstemp(path_.data());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!released_) ::unlink(path_.c_str());
  }
  bool opened() const { return fd_ >= 0; }
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  /// Closes the descriptor; false (errno set) if the close reported an error.
  bool close() {
    const int result = ::close(fd_);
    fd_ = -1;
    return result == 0;
  }
  void release() { released_ = true; }

 private:
  std::string path_;
  int fd_ = -1;
  bool released_ = false;
};

}  // namespace

std::string read_input(const std::string& path, std::istream& standard_input) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << standard_input.rdbuf();
    return buffer.str();
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw UsageError(path + ": is a folder; expected a case file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError(path + ": cannot open: " + std::strerror(errno));
  // Read in one go into a string of the file's size (no doubling growth);
  // whatever the size said, read to the end (a file may grow or be a pipe).
  std::string text;
  if (const auto size = std::filesystem::file_size(path, ec); !ec) text.reserve(size);
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) throw UsageError(path + ": cannot read: " + std::strerror(errno));
  return text;
}

void write_output_atomically(const std::string& path, std::string_view content,
                             std::ostream& standard_output) {
  if (path == "-") {
    standard_output.write(content.data(), static_cast<std::streamsize>(content.size()));
    standard_output.flush();
    if (!standard_output) throw OutputError("standard output", "write failed");
    return;
  }
  const std::filesystem::path target(path);
  std::error_code ec;
  if (std::filesystem::is_directory(target, ec)) throw OutputError(path, "is a folder");
  const std::filesystem::path folder =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  // Said before mkstemp, whose ENOENT would read as "No such file or directory".
  if (!std::filesystem::is_directory(folder, ec))
    throw OutputError(path, std::filesystem::exists(folder, ec)
                                ? "cannot write here: " + folder.string() + " is not a folder"
                                : "the folder " + folder.string() +
                                      " does not exist; create it first or choose another");
  TemporaryFile temporary(
      (folder / ("." + target.filename().string() + ".kinmap-XXXXXX")).string());
  if (!temporary.opened())
    throw OutputError(path, std::string("cannot write here: ") + std::strerror(errno));
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(temporary.fd(), content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw OutputError(path, std::string("write failed: ") + std::strerror(errno));
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fchmod(temporary.fd(), 0644) != 0 || ::fsync(temporary.fd()) != 0 || !temporary.close())
    throw OutputError(path, std::string("write failed: ") + std::strerror(errno));
  if (std::rename(temporary.path().c_str(), path.c_str()) != 0)
    throw OutputError(path, std::string("cannot replace: ") + std::strerror(errno));
  temporary.release();
}

}  // namespace kinmap
