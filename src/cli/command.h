// The subcommand table: each command is a name, a one-line description and a
// function that declares its options on a CLI11 subcommand and returns the
// action to run once parsing succeeded.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <string>

#include "case.h"
#include "risk_model.h"

namespace kinmap {

/// What a command may touch: the standard streams, never the process's own.
struct CommandContext {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
};

using CommandAction = std::function<int()>;

struct Command {
  const char* name;
  const char* description;
  CommandAction (*declare)(CLI::App& app, CommandContext& context);
};

/// Reads and validates a case file ("-": standard input); prints warnings to
/// `context.err`; throws CaseFileError with every error.
Case read_case_file(const std::string& path, CommandContext& context, const RiskModel& model);

/// The risk model from `--model FILE`, or the built-in one when `path` is empty.
const RiskModel& risk_model_from(const std::string& path, CommandContext& context);

CommandAction declare_check(CLI::App& app, CommandContext& context);
CommandAction declare_analyse(CLI::App& app, CommandContext& context);
CommandAction declare_render(CLI::App& app, CommandContext& context);
CommandAction declare_report(CLI::App& app, CommandContext& context);

}  // namespace kinmap
