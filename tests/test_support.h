// Helpers shared by the tests: build small cases from JSON fragments, load
// them, and find diagnostics by place.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "case_loader.h"
#include "family_graph.h"
#include "risk_model.h"

namespace kinmap::testing {

/// A case file with the given sections (each a JSON fragment, "" to omit).
inline std::string case_json(const std::string& people, const std::string& relationships = "",
                             const std::string& extra = "", const std::string& as_of = "2026-11-01") {
  std::string text = R"({"format": "kinmap-case/1", "case": {"id": "T-1", "as_of": ")" + as_of +
                     R"("}, "people": [)" + people + "]";
  if (!relationships.empty()) text += R"(, "relationships": [)" + relationships + "]";
  if (!extra.empty()) text += ", " + extra;
  return text + "}";
}

inline LoadResult load(const std::string& text) {
  return load_case(text, "case.json", RiskModel::builtin());
}

inline FamilyGraph family(const std::string& text) {
  return FamilyGraph(load_case_or_throw(text, "case.json", RiskModel::builtin()));
}

/// The errors of `result`, one string each, for readable failure output.
inline std::vector<std::string> errors_of(const LoadResult& result) {
  std::vector<std::string> out;
  for (const auto& d : result.diagnostics)
    if (d.level == Diagnostic::Level::error) out.push_back(d.to_string());
  return out;
}

/// True when an error sits at `place` (pointer or LINE:COL) and its message
/// contains `fragment`.
inline bool has_error(const LoadResult& result, const std::string& place, const std::string& fragment) {
  return std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [&](const Diagnostic& d) {
    const std::string where = d.line > 0 ? std::to_string(d.line) + ":" + std::to_string(d.column) : d.pointer;
    return d.level == Diagnostic::Level::error && where == place &&
           d.message.find(fragment) != std::string::npos;
  });
}

inline std::string source_path(const std::string& relative) {
  return std::string(KINMAP_SOURCE_DIR) + "/" + relative;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Every examples/*.json, sorted.
inline std::vector<std::filesystem::path> example_files() {
  std::vector<std::filesystem::path> out;
  const auto folder = std::filesystem::path(source_path("examples"));
  if (!std::filesystem::exists(folder)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const auto name = entry.path().filename().string();
    if (entry.path().extension() == ".json" && name.find(".findings.") == std::string::npos)
      out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kinmap::testing
