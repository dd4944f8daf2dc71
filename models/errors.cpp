#include "errors.h"

namespace kinmap {
namespace {
std::string first_message(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.level == Diagnostic::Level::error) return d.to_string();
  return "invalid case file";
}
}  // namespace

CaseFileError::CaseFileError(std::vector<Diagnostic> diagnostics)
    : KinmapError(first_message(diagnostics)), diagnostics_(std::move(diagnostics)) {}

}  // namespace kinmap
