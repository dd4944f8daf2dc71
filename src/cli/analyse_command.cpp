// kinmap analyse CASE.json: the findings, as text, JSON or Markdown.
#include <cstdlib>
#include <memory>
#include <ostream>

#include "analysis/analyse.h"
#include "analysis/redaction.h"
#include "cli/cli.h"
#include "cli/output_format.h"
#include "command.h"
#include "errors.h"
#include "family_graph.h"
#include "io/files.h"
#include "report/json_report.h"
#include "report/markdown_report.h"
#include "report/text_report.h"

namespace kinmap {
namespace {

struct AnalyseOptions {
  std::string path;
  std::string format;  ///< empty: from -o, else text
  std::string model;
  std::string fail_on;
  bool redact = false;
  std::string output = "-";
  std::string caseload;
};

}  // namespace

CommandAction declare_analyse(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<AnalyseOptions>();
  app.add_option("CASE", options->path, "case file to analyse (- reads standard input)")
      ->required();
  app.add_option("--format", options->format,
                 "text, json (kinmap-findings/1) or md (Markdown); default: from -o's "
                 "extension (.txt, .json, .md), else text")
      ->transform(CLI::IsMember({"text", "json", "md"}, CLI::ignore_case));
  app.add_option("--model", options->model,
                 "risk model file with local thresholds (default: built in)");
  app.add_option(
         "--fail-on", options->fail_on,
         "exit with code 3 when a finding is at or above this severity (urgent, high, medium, low)")
      ->transform(CLI::IsMember({"urgent", "high", "medium", "low"}, CLI::ignore_case));
  app.add_flag("--redact", options->redact,
               "replace every name with a role (Mother, Father, Child 1, Unknown man 1) and leave "
               "out free text");
  app.add_option("-o,--output", options->output, "write to this file instead of standard output");
  app.add_option("--caseload", options->caseload,
                 "caseload database (kinmap caseload index): add what other cases know of this "
                 "case's people, citing them by case id and role only")
      ->type_name("DB");
  app.footer(
      "Examples:\n"
      "  kinmap analyse examples/three_households.json\n"
      "  kinmap analyse case.json -o findings.md\n"
      "  kinmap analyse case.json --format json --redact --fail-on high\n\n"
      "Each finding names the person and the child, says what is missing and what to do next,\n"
      "and gives the practice lesson behind it. Exit code 0 when the analysis ran (findings are\n"
      "not failures), 1 when the case file is invalid, 3 when --fail-on is met.");
  return [options, &context]() {
    options->format = output_format_for(
        "analyse", options->output, options->format,
        {{"text", {"txt", "text"}}, {"json", {"json"}}, {"md", {"md", "markdown"}}}, "text");
    const RiskModel& model = risk_model_from(options->model, context);
    Case loaded = read_case_file(options->path, context, model);
    // Read before redaction: the caseload knows the case by its own ids.
    auto cross = std::make_unique<CrossCase>(
        options->caseload.empty() ? CrossCase{} : caseload_facts(options->caseload, loaded));
    if (options->redact) {
      Case redacted = redact(loaded, model);
      rekey_after_redaction(*cross, loaded, redacted);
      loaded = std::move(redacted);
    }
    auto owned_family = std::make_unique<const FamilyGraph>(std::move(loaded), model);
    auto owned_analysis = std::make_unique<const AnalysisContext>(
        *owned_family, options->caseload.empty() ? nullptr : cross.get());
    auto owned_findings = std::make_unique<const std::vector<Finding>>(analyse(*owned_analysis));
    const FamilyGraph& family = *owned_family;
    const AnalysisContext& analysis = *owned_analysis;
    const std::vector<Finding>& findings = *owned_findings;

    std::string text;
    if (options->format == "json") {
      text = json_report(family.case_data().info, findings);
    } else if (options->format == "md") {
      text = markdown_report(family, findings, &analysis);
    } else {
      TextReportOptions text_options;
      text_options.analysis = &analysis;
      text_options.colour =
          context.out_is_terminal && options->output == "-" && std::getenv("NO_COLOR") == nullptr;
      text = text_report(family, findings, text_options);
    }
    write_output_atomically(options->output, text, context.out);
    leave_to_exit(context, owned_family, owned_analysis, owned_findings, cross);

    if (!options->fail_on.empty()) {
      const Severity threshold = *parse_severity(options->fail_on);
      for (const Finding& f : findings)  // a reviewed finding has been answered
        if (f.severity <= threshold && !f.review) return static_cast<int>(kExitFindings);
    }
    return static_cast<int>(kExitOk);
  };
}

}  // namespace kinmap
