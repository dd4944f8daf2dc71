// kinmap report CASE.json -o OUT.html|OUT.pdf: the case-conference page.
#include <memory>
#include <optional>
#include <ostream>

#include "analysis/analyse.h"
#include "analysis/focus_people.h"
#include "analysis/redaction.h"
#include "cli/chromium_print.h"
#include "cli/cli.h"
#include "cli/genogram_drawing.h"
#include "cli/output_format.h"
#include "command.h"
#include "errors.h"
#include "family_graph.h"
#include "genogram.h"
#include "io/files.h"
#include "report/genogram_overlay.h"
#include "report/html/conference_page.h"
#include "report/html/page_from_analysis.h"

namespace kinmap {
namespace {

struct ReportOptions {
  std::string path;
  std::string output;
  std::string focus;
  std::string model;
  double layout_timeout = kDefaultLayoutTimeoutSeconds;
  bool redact = false;
  std::string caseload;
};

/// The <svg> element alone: Graphviz's svg starts with an XML declaration,
/// a DOCTYPE and comments, none of which belong inside an HTML page.
std::string inline_svg(const std::string& svg) {
  const auto start = svg.find("<svg");
  return start == std::string::npos ? svg : svg.substr(start);
}

}  // namespace

CommandAction declare_report(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<ReportOptions>();
  app.add_option("CASE", options->path, "case file (- reads standard input)")->required();
  app.add_option("-o,--output", options->output,
                 "the page to write: .html, or .pdf printed by headless Chromium (- for HTML on "
                 "standard output)")
      ->required();
  app.add_option("--focus", options->focus,
                 "draw only this child's circle and two generations in the genogram (a person id)");
  app.add_option("--model", options->model,
                 "risk model file with local thresholds (default: built in)");
  app.add_flag("--redact", options->redact,
               "replace every name with a role (Mother, Father, Child 1) and leave out free text");
  add_layout_timeout_option(app, options->layout_timeout);
  app.add_option("--caseload", options->caseload,
                 "caseload database (kinmap caseload index): add what other cases know of this "
                 "case's people, citing them by case id and role only")
      ->type_name("DB");
  app.footer(
      "Examples:\n"
      "  kinmap report examples/three_households.json -o conference.html\n"
      "  kinmap report case.json -o training.html --redact\n\n"
      "One self-contained page (no network, nothing else to copy): the header with the case,\n"
      "the plan and the protective marking; the genogram; who is around each child; the\n"
      "findings by person, with what to do; the chronology. Open it in a browser and print it on "
      "A4,\nor write -o FILE.pdf to have headless Chromium (when installed) print it for you.");
  return [options, &context]() {
    const bool pdf =
        output_format_for("report", options->output, "",
                          {{"html", {"html", "htm"}}, {"pdf", {"pdf"}}}, "html") == "pdf";
    // Checked before the work, so that a missing browser costs no time.
    const std::optional<std::string> chromium = pdf ? find_chromium() : std::nullopt;
    if (pdf && !chromium)
      throw UsageError(options->output +
                       ": a PDF of the page is printed by Chromium, which is not installed "
                       "(sudo apt install chromium, or set KINMAP_CHROMIUM to a Chrome or "
                       "Chromium binary). Or write the page as HTML (-o case.html), open it in "
                       "a browser and print it to PDF on A4.");
    const RiskModel& model = risk_model_from(options->model, context);
    Case loaded = read_case_file(options->path, context, model);
    const std::optional<std::size_t> focus = focus_position(loaded, options->focus, options->path);
    // Read before redaction: the caseload knows the case by its own ids.
    CrossCase cross =
        options->caseload.empty() ? CrossCase{} : caseload_facts(options->caseload, loaded);
    if (options->redact) {
      Case redacted = redact(loaded, model);
      rekey_after_redaction(cross, loaded, redacted);
      loaded = std::move(redacted);
    }
    const FamilyGraph family(std::move(loaded), model);
    const AnalysisContext analysis(family, options->caseload.empty() ? nullptr : &cross);
    std::vector<Finding> findings = analyse(analysis);

    DrawingRequest request;
    request.case_path = options->path;
    request.options.title = false;  // the page's own header carries the case and the marking
    request.focused = focus.has_value();
    request.limits = layout_limits(options->layout_timeout);
    if (focus)
      request.options.only =
          focus_people(analysis, family.at(family.case_data().people[*focus].id));
    const std::string svg =
        draw_genogram_for(analysis, genogram_overlay(analysis, findings), request, context.err);
    const ConferencePage page =
        conference_page(analysis, std::move(findings), inline_svg(svg), options->redact);
    std::string html = render_conference_page(page);
    write_output_atomically(options->output,
                            pdf ? print_page_to_pdf(*chromium, html, options->output) : html,
                            context.out);
    return static_cast<int>(kExitOk);
  };
}

}  // namespace kinmap
