#include "analysis/finding.h"

#include <array>

namespace kinmap {
namespace {

struct SeverityWord {
  Severity severity;
  std::string_view spelling;
};

constexpr std::array<SeverityWord, 4> kSeverities = {{
    {Severity::urgent, "urgent"},
    {Severity::high, "high"},
    {Severity::medium, "medium"},
    {Severity::low, "low"},
}};

}  // namespace

std::string_view spelling(Severity severity) {
  for (const auto& word : kSeverities)
    if (word.severity == severity) return word.spelling;
  return "?";
}

std::optional<Severity> parse_severity(std::string_view text) {
  for (const auto& word : kSeverities)
    if (word.spelling == text) return word.severity;
  return std::nullopt;
}

}  // namespace kinmap
