// Diagnostic::to_string: the line a user reads, safe to print to a terminal.
#include "diagnostics.h"

#include <gtest/gtest.h>

namespace kinmap {
namespace {

TEST(Diagnostic, NamesTheFileAndThePlace) {
  const Diagnostic pointer{Diagnostic::Level::error, "case.json", 0, 0,
                           "/people/2/sex",          "expected"};
  EXPECT_EQ(pointer.to_string(), "case.json: /people/2/sex: error: expected");
  const Diagnostic line{Diagnostic::Level::warning, "case.json", 3, 14, "", "assumed"};
  EXPECT_EQ(line.to_string(), "case.json:3:14: warning: assumed");
}

TEST(Diagnostic, WritesControlsBidiOverridesAndStrayBytesAsEscapes) {
  const Diagnostic d{Diagnostic::Level::error,
                     "case.json",
                     0,
                     0,
                     "/people/0/id",
                     "\"a\x1b[2J\xC2\x9B\xE2\x80\xAE\xFF\tZo\xC3\xAB\" is not a valid id"};
  EXPECT_EQ(
      d.to_string(),
      "case.json: /people/0/id: error: \"a\\u001B[2J\\u009B\\u202E\\xFF\\u0009Zo\xC3\xAB\" is "
      "not a valid id");
}

}  // namespace
}  // namespace kinmap
