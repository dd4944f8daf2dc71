// What the loader says about a file: errors that reject it, warnings that
// record an assumption. Each names the file and the place.
#pragma once

#include <string>
#include <vector>

namespace kinmap {

struct Diagnostic {
  enum class Level { error, warning };
  Level level = Level::error;
  std::string file;     ///< as the user named it; "-" is standard input
  int line = 0;         ///< 1-based; 0 when the place is a JSON pointer
  int column = 0;       ///< 1-based byte column
  std::string pointer;  ///< JSON pointer such as /relationships/4/child
  std::string message;

  /// `FILE:LINE:COL: error: ...` or `FILE: /pointer: error: ...`, one
  /// line with control characters, bidirectional controls and invalid UTF-8
  /// written as escapes (`\u001B`, `\xFF`): safe to print to a terminal.
  std::string to_string() const;
};

/// Collects diagnostics in the order they are found.
class Diagnostics {
 public:
  explicit Diagnostics(std::string file) : file_(std::move(file)) {}

  void error_at(int line, int column, std::string message);
  void error(std::string pointer, std::string message);
  void warning(std::string pointer, std::string message);
  /// Adds everything `other` found, after what is here.
  void append(const Diagnostics& other);

  const std::vector<Diagnostic>& all() const { return items_; }
  bool has_errors() const;
  std::size_t error_count() const;
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<Diagnostic> items_;
};

}  // namespace kinmap
