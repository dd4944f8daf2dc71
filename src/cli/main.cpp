// kinmap's entry point: hand the arguments and standard streams to run_cli.
#include <unistd.h>

#include <iostream>

#include "cli/cli.h"

namespace {

// Under AddressSanitizer everything is freed, so that a real leak stands out.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kLeaveToExit = false;
#else
constexpr bool kLeaveToExit = true;
#endif

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  return kinmap::run_cli(args, std::cin, std::cout, std::cerr, ::isatty(STDOUT_FILENO) == 1,
                         kLeaveToExit);
}
