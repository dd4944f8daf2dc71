// Reads a case file into a Case, checking everything DESIGN.md's "Bad input"
// lists, and reporting every problem, not only the first.
//
//   auto result = load_case(text, "family.json", RiskModel::builtin());
//   for (const auto& d : result.diagnostics) std::cerr << d.to_string() << '\n';
//   if (result.ok()) use(*result.loaded);
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "case.h"
#include "diagnostics.h"
#include "risk_model.h"

namespace kinmap {

/// Sizes past which a file is rejected with a clear error rather than read.
struct LoaderLimits {
  std::size_t max_file_bytes = 256u << 20;    ///< 256 MiB
  int max_depth = 64;                         ///< nesting of objects and arrays
  std::size_t max_string_bytes = 1u << 20;    ///< any one string, 1 MiB
  std::size_t max_people = 200000;
};

struct LoadResult {
  std::optional<Case> loaded;            ///< set only when there are no errors
  std::vector<Diagnostic> diagnostics;  ///< errors and warnings, in file order
  bool ok() const { return loaded.has_value(); }
};

/// Parses and validates `text`; `file` is how messages name it.
LoadResult load_case(std::string_view text, const std::string& file, const RiskModel& model,
                     const LoaderLimits& limits = {});

/// The same, taking the text and freeing it as soon as it is read, before the
/// checks across records. (Either way each record's JSON is freed as soon as it
/// is converted: the whole file is never held as a JSON document.)
LoadResult load_case(std::string&& text, const std::string& file, const RiskModel& model,
                     const LoaderLimits& limits = {});

/// As load_case, but throws CaseFileError carrying every diagnostic on error.
Case load_case_or_throw(std::string_view text, const std::string& file, const RiskModel& model,
                        const LoaderLimits& limits = {});

/// The JSON key a relationship of `type` uses for its `from` and `to` ends
/// ("parent"/"child", "a"/"b", "adult"/"child", "carer"/"child", "from"/"to").
std::pair<const char*, const char*> end_keys(RelationshipType type);

}  // namespace kinmap
