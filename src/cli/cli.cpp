#include "cli/cli.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>

#include "case_loader.h"
#include "cli/command.h"
#include "cli/diagnostic_names.h"
#include "cli/version.h"
#include "errors.h"
#include "io/files.h"
#include "suggestion.h"

namespace kinmap {
namespace {

const Command kCommands[] = {
    {"check", "Validate a case file and list every problem in it", &declare_check},
    {"analyse", "List who is missing, unassessed or a risk to the children, and why it matters",
     &declare_analyse},
    {"render", "Draw the genogram, with the findings marked, as svg, pdf, png, dot or json",
     &declare_render},
    {"report",
     "Write the case-conference page: genogram, who is around each child, findings, chronology",
     &declare_report},
    {"import", "Read a family from a CSV extract, GEDCOM or Gramps file into a case file",
     &declare_import},
    {"export", "Write a case's people, parents and partnerships as GEDCOM", &declare_export},
    {"serve", "Edit a case in the browser: the genogram, forms and findings (this computer only)",
     &declare_serve},
    {"caseload", "Index many case files, link the same person across them, review possible matches",
     &declare_caseload},
};

}  // namespace

Case read_case_file(const std::string& path, CommandContext& context, const RiskModel& model,
                    std::size_t shown_warnings) {
  // A file's text goes to the loader to be freed early (a big case) and is
  // read again only to name people in errors; standard input is kept.
  std::string kept;
  LoadResult result = path == "-" ? load_case(kept = read_input(path, context.in), path, model)
                                  : load_case(read_input(path, context.in), path, model);
  if (!result.diagnostics.empty() && path != "-") {
    std::istringstream none;
    try {
      kept = read_input(path, none);
    } catch (const UsageError&) {  // gone since: the errors go out unlabelled
    }
  }
  std::size_t warnings = 0;
  for (const Diagnostic& d : with_names(result.diagnostics, kept))
    if (d.level == Diagnostic::Level::error || warnings++ < shown_warnings)
      context.err << d.to_string() << '\n';
  if (warnings > shown_warnings)
    context.err << path << ": " << warnings - shown_warnings
                << (warnings - shown_warnings == 1 ? " more warning" : " more warnings")
                << "; run kinmap check " << path << " to see them all\n";
  if (!result.ok()) {
    const std::size_t errors = static_cast<std::size_t>(
        std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                      [](const Diagnostic& d) { return d.level == Diagnostic::Level::error; }));
    context.err << path << ": " << errors << (errors == 1 ? " error" : " errors")
                << "; nothing was analysed or written\n";
    throw CaseFileError(std::move(result.diagnostics));
  }
  return std::move(*result.loaded);
}

std::optional<std::size_t> focus_position(const Case& c, const std::string& id,
                                          const std::string& path) {
  if (id.empty()) return std::nullopt;
  for (std::size_t i = 0; i < c.people.size(); ++i)
    if (c.people[i].id == id) return i;
  throw UsageError("--focus " + id + ": no person with that id in " + path);
}

const RiskModel& risk_model_from(const std::string& path, CommandContext& context) {
  if (path.empty()) return RiskModel::builtin();
  static std::map<std::string, std::unique_ptr<RiskModel>> loaded;
  auto& slot = loaded[path];
  if (!slot)
    slot = std::make_unique<RiskModel>(RiskModel::parse(read_input(path, context.in), path));
  return *slot;
}

void add_layout_timeout_option(CLI::App& app, double& seconds) {
  app.add_option("--layout-timeout", seconds,
                 "seconds Graphviz may take to lay out one drawing before kinmap stops it and "
                 "tries a simpler one (0: no limit)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 86400.0).description(""))
      ->type_name("SECONDS");
}

LayoutLimits layout_limits(double seconds) {
  LayoutLimits limits;
  limits.time = std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
  return limits;
}

CommandLine declare_command_line(CommandContext& context) {
  CommandLine line;
  line.app = std::make_unique<CLI::App>(
      "kinmap: map the people around a child, find who is missing, draw the genogram");
  CLI::App& app = *line.app;
  app.name("kinmap");
  app.require_subcommand(1);
  app.set_version_flag("--version", kinmap_version_text(),
                       "print kinmap's version and the commit it was built from");
  for (const Command& command : kCommands) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    line.actions[sub] = command.declare(*sub, context);
  }
  // The spelling half of kinmap's users type.
  app.get_subcommand("analyse")->alias("analyze");
  // Rewritten as COMMAND --help before parsing (help_as_flag); declared so
  // that --help lists it.
  app.add_subcommand("help", "Show the help of kinmap or of one command: kinmap help COMMAND")
      ->allow_extras();
  return line;
}

namespace {

/// The subcommand of `app` named or aliased `name`.
CLI::App* subcommand_named(CLI::App& app, const std::string& name) {
  for (CLI::App* sub : app.get_subcommands({}))
    if (sub->check_name(name)) return sub;
  return nullptr;
}

std::vector<std::string> command_names(CLI::App& app) {
  std::vector<std::string> names;
  for (CLI::App* sub : app.get_subcommands({})) {
    names.push_back(sub->get_name());
    for (const std::string& alias : sub->get_aliases()) names.push_back(alias);
  }
  return names;
}

/// Before CLI11 parses: a command name kinmap does not know, answered with
/// the nearest one (CLI11 would say only "The following argument was not
/// expected"). Walks down through commands that have their own (caseload
/// index). Returns the exit code when it answered, nothing to go on parsing.
std::optional<int> unknown_command(CLI::App& app, const std::vector<std::string>& args,
                                   std::ostream& err) {
  CLI::App* at = &app;
  std::string path = "kinmap";
  for (const std::string& arg : args) {
    if (!arg.empty() && arg[0] == '-') {
      if (at == &app) continue;  // kinmap's own flags (--version, --help)
      break;                     // the command's options: CLI11's to read
    }
    if (at->get_subcommands({}).empty()) break;  // a CASE or other value, not a command
    if (CLI::App* sub = subcommand_named(*at, arg); sub && sub->get_name() != "help") {
      at = sub;
      path += " " + sub->get_name();
      continue;
    }
    const std::vector<std::string> names = command_names(*at);
    std::vector<std::string_view> words;
    for (const std::string& name : names)
      if (name != "help") words.push_back(name);
    err << path << ": '" << arg << "' is not a " << (at == &app ? "kinmap" : path) << " command";
    if (const auto guess = closest_word(arg, words))
      err << "; did you mean '" << *guess << "'?\n";
    else
      err << "\n";
    err << "Run '" << path << " --help' for the commands.\n";
    return static_cast<int>(kExitUsage);
  }
  return std::nullopt;
}

/// `kinmap help COMMAND...` as `kinmap COMMAND... --help`, so that both print
/// the same page.
std::vector<std::string> help_as_flag(const std::vector<std::string>& args) {
  const auto first = std::find_if(args.begin(), args.end(),
                                  [](const std::string& a) { return a.empty() || a[0] != '-'; });
  if (first == args.end() || *first != "help") return args;
  std::vector<std::string> rewritten(args.begin(), first);
  rewritten.insert(rewritten.end(), first + 1, args.end());
  rewritten.push_back("--help");
  return rewritten;
}

}  // namespace

int run_cli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
            std::ostream& err, bool out_is_terminal, bool ends_process) {
  CommandContext context{in, out, err, out_is_terminal, ends_process};
  CommandLine line = declare_command_line(context);
  CLI::App& app = *line.app;
  auto& actions = line.actions;
  const std::vector<std::string> words = help_as_flag(args);
  if (auto answered = unknown_command(app, words, err)) return *answered;
  std::vector<std::string> reversed(words.rbegin(), words.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    out << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::CallForVersion& e) {
    out << e.what() << '\n';
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    // A subcommand's --help arrives here as CallForHelp thrown from within.
    if (e.get_exit_code() == 0) {
      for (auto* sub : app.get_subcommands()) {
        out << sub->help();
        return kExitOk;
      }
      out << app.help();
      return kExitOk;
    }
    err << "kinmap: " << e.what() << "\n";
    err << "Run 'kinmap --help' for the commands, or 'kinmap help COMMAND'.\n";
    return kExitUsage;
  }
  try {
    for (auto* sub : app.get_subcommands()) return actions.at(sub)();
    return kExitUsage;
  } catch (const CaseFileError& e) {
    return kExitInvalidCase;  // diagnostics were printed as they were found
  } catch (const UsageError& e) {
    err << "kinmap: " << e.what() << '\n';
    return kExitUsage;
  } catch (const OutputError& e) {
    err << "kinmap: cannot write " << e.what() << '\n';
    return kExitOutput;
  } catch (const KinmapError& e) {
    // A diagram Graphviz could not draw (RenderError): nothing was written.
    err << "kinmap: " << e.what() << "; nothing was written\n";
    return kExitOutput;
  }
}

}  // namespace kinmap
