// Results depend on the case file alone: not on the locale, the time zone or
// the clock. Runs the real binary under a Turkish locale (whose dotless i
// breaks naive case folding) and a UTC+14 time zone, and compares outputs
// byte for byte with a plain C/UTC run.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <memory>

#include "test_support.h"

namespace kinmap {
namespace {

std::string run_binary(const std::string& environment, const std::string& arguments) {
  const std::string command =
      "env " + environment + " " + KINMAP_BINARY + " " + arguments + " 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  std::string out;
  std::array<char, 4096> buffer{};
  while (pipe && std::fgets(buffer.data(), buffer.size(), pipe.get())) out += buffer.data();
  return out;
}

const char* const kPlain = "LC_ALL=C TZ=UTC";
const char* const kHostile = "LC_ALL=tr_TR.UTF-8 LANG=tr_TR.UTF-8 TZ=Pacific/Kiritimati";

TEST(Determinism, OutputDoesNotDependOnLocaleOrTimeZone) {
  const auto examples = testing::example_files();
  if (examples.empty()) GTEST_SKIP() << "no examples/*.json yet";
#ifdef KINMAP_SANITIZED
  // Some 250 runs of the binary, a minute under the sanitizers, which see
  // the same code paths in the other end-to-end tests.
  GTEST_SKIP() << "runs in the normal build only";
#endif
  const std::vector<std::string> commands = {"check",
                                             "analyse --format json",
                                             "analyse --format text",
                                             "analyse --format md",
                                             "render -o - --format svg",
                                             "render -o - --format dot",
                                             "report -o -"};
  for (const auto& path : examples)
    for (const auto& command : commands) {
      const std::string verb = command.substr(0, command.find(' '));
      const std::string rest = command.size() > verb.size() ? command.substr(verb.size()) : "";
      const std::string arguments = verb + " " + path.string() + rest;
      const std::string plain = run_binary(kPlain, arguments);
      EXPECT_FALSE(plain.empty()) << arguments;
      EXPECT_EQ(run_binary(kHostile, arguments), plain) << arguments;
      EXPECT_EQ(run_binary(kPlain, arguments), plain) << "not repeatable: " << arguments;
    }
}

TEST(Determinism, ErrorMessagesDoNotDependOnLocale) {
  const std::string bad = testing::source_path("tests/cli/determinism_bad.json");
  const std::string plain = run_binary(kPlain, "check " + bad);
  EXPECT_NE(plain.find("/people/0 (\xC4\xB0lkay I\xC5\x9F\xC4\xB1k)/sex"), std::string::npos) << plain;
  EXPECT_EQ(run_binary(kHostile, "check " + bad), plain);
}

}  // namespace
}  // namespace kinmap
