// kinmap's command line, callable in-process so tests can drive it.
//
// Exit codes (DESIGN.md): 0 success; 1 invalid case file; 2 usage error;
// 3 findings at or above --fail-on; 4 output could not be written (also a
// genogram Graphviz could not draw, or that would be too small to read).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace kinmap {

enum ExitCode : int {
  kExitOk = 0,
  kExitInvalidCase = 1,
  kExitUsage = 2,
  kExitFindings = 3,
  kExitOutput = 4,
};

/// Runs kinmap with `args` (without the program name). `ends_process`: the
/// process exits when this returns, so a command may leave its large results
/// for the exit to reclaim rather than free them object by object (a fifth of
/// a big case's time); tests, running many commands, leave it false.
int run_cli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
            std::ostream& err, bool out_is_terminal = false, bool ends_process = false);

}  // namespace kinmap
