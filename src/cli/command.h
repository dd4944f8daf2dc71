// The subcommand table: each command is a name, a one-line description and a
// function that declares its options on a CLI11 subcommand and returns the
// action to run once parsing succeeded.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "case.h"
#include "layout_isolation.h"
#include "risk_model.h"

namespace kinmap {

/// What a command may touch: the standard streams, never the process's own.
struct CommandContext {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  bool ends_process = false;  ///< see run_cli
};

/// Leaves `owned` to the process's exit when the command ends the process
/// (see run_cli); otherwise frees them here as usual.
template <typename... T>
void leave_to_exit(const CommandContext& context, std::unique_ptr<T>&... owned) {
  if (context.ends_process) (static_cast<void>(owned.release()), ...);
}

using CommandAction = std::function<int()>;

struct Command {
  const char* name;
  const char* description;
  CommandAction (*declare)(CLI::App& app, CommandContext& context);
};

/// Reads and validates a case file ("-": standard input); prints every error
/// and at most `shown_warnings` warnings to `context.err` (then a line saying
/// how many more and that `check` lists them: an imported genealogy tree has
/// hundreds, which would bury the command's own message); throws
/// CaseFileError with every error.
constexpr std::size_t kWarningsShownByDefault = 10;
Case read_case_file(const std::string& path, CommandContext& context, const RiskModel& model,
                    std::size_t shown_warnings = kWarningsShownByDefault);

/// Where person `id` stands in `c.people`, for --focus; nothing when `id` is
/// empty. Redaction renames people but keeps their order, so the position
/// finds the child again after it. Throws UsageError naming `path` when no
/// one has that id.
std::optional<std::size_t> focus_position(const Case& c, const std::string& id,
                                          const std::string& path);

/// What the caseload database at `path` knows of the people of `c` from
/// other cases (for --caseload); throws a KinmapError naming the database.
struct CrossCase;
CrossCase caseload_facts(const std::string& path, const Case& c);
/// The same facts keyed by the ids of `after`, a redacted copy of `before`
/// (redaction renames people but keeps their order).
void rekey_after_redaction(CrossCase& facts, const Case& before, const Case& after);

/// The risk model from `--model FILE`, or the built-in one when `path` is empty.
const RiskModel& risk_model_from(const std::string& path, CommandContext& context);

/// --layout-timeout's default: seconds one drawing may take in Graphviz.
inline constexpr double kDefaultLayoutTimeoutSeconds = 60;

/// Declares --layout-timeout SECONDS (0: no limit) on a command that draws.
void add_layout_timeout_option(CLI::App& app, double& seconds);

/// The limits a drawing runs under for `--layout-timeout seconds`.
LayoutLimits layout_limits(double seconds);

/// kinmap's whole command line, each command with the action it runs; the
/// man pages and the bash completion are written from the same declaration.
struct CommandLine {
  std::unique_ptr<CLI::App> app;
  std::map<CLI::App*, CommandAction> actions;
};
CommandLine declare_command_line(CommandContext& context);

CommandAction declare_check(CLI::App& app, CommandContext& context);
CommandAction declare_analyse(CLI::App& app, CommandContext& context);
CommandAction declare_render(CLI::App& app, CommandContext& context);
CommandAction declare_report(CLI::App& app, CommandContext& context);
CommandAction declare_import(CLI::App& app, CommandContext& context);
CommandAction declare_export(CLI::App& app, CommandContext& context);
CommandAction declare_serve(CLI::App& app, CommandContext& context);
CommandAction declare_caseload(CLI::App& app, CommandContext& context);

}  // namespace kinmap
