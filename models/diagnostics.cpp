#include "diagnostics.h"

#include <algorithm>

namespace kinmap {

std::string Diagnostic::to_string() const {
  const char* word = level == Level::error ? "error" : "warning";
  if (line > 0)
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + word + ": " +
           message;
  return file + ": " + (pointer.empty() ? "/" : pointer) + ": " + word + ": " + message;
}

void Diagnostics::error_at(int line, int column, std::string message) {
  items_.push_back({Diagnostic::Level::error, file_, line, column, "", std::move(message)});
}

void Diagnostics::error(std::string pointer, std::string message) {
  items_.push_back({Diagnostic::Level::error, file_, 0, 0, std::move(pointer), std::move(message)});
}

void Diagnostics::warning(std::string pointer, std::string message) {
  items_.push_back(
      {Diagnostic::Level::warning, file_, 0, 0, std::move(pointer), std::move(message)});
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.level == Diagnostic::Level::error;
  }));
}

}  // namespace kinmap
