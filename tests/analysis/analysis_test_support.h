// Helpers for the analysis tests: analyse a case written as JSON, pick out
// one rule's findings, and print findings readably when a test fails.
#pragma once

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "analysis/analyse.h"
#include "analysis/finding.h"
#include "test_support.h"

namespace kinmap {

inline void PrintTo(const Finding& f, std::ostream* os) {
  *os << "{" << f.rule << " " << spelling(f.severity) << " people=[";
  for (const auto& p : f.people) *os << p << " ";
  *os << "] children=[";
  for (const auto& c : f.children) *os << c << " ";
  *os << "] \"" << f.message << "\"}";
}

namespace testing {

/// Every finding for the case `json`.
inline std::vector<Finding> analyse_json(const std::string& json) {
  const FamilyGraph g = family(json);
  return analyse(g);
}

/// The findings of one rule.
inline std::vector<Finding> only(const std::vector<Finding>& all, std::string_view rule) {
  std::vector<Finding> out;
  for (const Finding& f : all)
    if (f.rule == rule) out.push_back(f);
  return out;
}

/// The findings of `rule` for the case `json`.
inline std::vector<Finding> findings(const std::string& json, std::string_view rule) {
  return only(analyse_json(json), rule);
}

using Ids = std::vector<std::string>;

inline bool mentions(const Finding& f, const std::string& words) {
  return f.message.find(words) != std::string::npos;
}

}  // namespace testing
}  // namespace kinmap

/// EXPECT that the finding's message contains `words`, showing the message if not.
#define EXPECT_MENTIONS(finding, words) \
  EXPECT_TRUE(::kinmap::testing::mentions((finding), (words))) << "message: " << (finding).message
