#include "cli/cli.h"

#include <map>
#include <memory>
#include <ostream>

#include "case_loader.h"
#include "cli/command.h"
#include "errors.h"
#include "io/files.h"

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
    {"caseload",
     "Index many case files, link the same person across them, review possible matches",
     &declare_caseload},
};

}  // namespace

Case read_case_file(const std::string& path, CommandContext& context, const RiskModel& model) {
  LoadResult result = load_case(read_input(path, context.in), path, model);
  for (const Diagnostic& d : result.diagnostics) context.err << d.to_string() << '\n';
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

int run_cli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
            std::ostream& err, bool out_is_terminal, bool ends_process) {
  CommandContext context{in, out, err, out_is_terminal, ends_process};
  CLI::App app{"kinmap: map the people around a child, find who is missing, draw the genogram"};
  app.name("kinmap");
  app.require_subcommand(1);
  app.set_version_flag("--version", "kinmap 0.1.0");
  std::map<CLI::App*, CommandAction> actions;
  for (const Command& command : kCommands) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    actions[sub] = command.declare(*sub, context);
  }
  std::vector<std::string> reversed(args.rbegin(), args.rend());
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
    err << "Run 'kinmap --help' for the commands, or 'kinmap COMMAND --help'.\n";
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
