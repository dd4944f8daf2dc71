// kinmap render CASE.json -o OUT.(svg|pdf|png|dot|json): the genogram.
#include <memory>
#include <optional>
#include <ostream>

#include "analysis/analyse.h"
#include "analysis/focus_people.h"
#include "analysis/redaction.h"
#include "cli/cli.h"
#include "cli/genogram_drawing.h"
#include "cli/output_format.h"
#include "command.h"
#include "errors.h"
#include "family_graph.h"
#include "genogram.h"
#include "io/files.h"
#include "report/genogram_overlay.h"

namespace kinmap {
namespace {

struct RenderOptions {
  std::string path;
  std::string output;
  std::string format;
  std::string focus;
  std::string page;
  std::string model;
  double layout_timeout = kDefaultLayoutTimeoutSeconds;
  bool plain = false;
  bool redact = false;
  bool all = false;
};

GenogramFormat format_for(const RenderOptions& options) {
  const std::string format = output_format_for("render", options.output, options.format,
                                               {{"svg", {"svg"}},
                                                {"pdf", {"pdf"}},
                                                {"png", {"png"}},
                                                {"dot", {"dot", "gv"}},
                                                {"json", {"json"}}},
                                               "");
  if (!format.empty()) return *genogram_format_named(format);
  if (options.output == "-")
    throw UsageError("writing to standard output needs --format (svg, pdf, png, dot or json)");
  throw UsageError(options.output +
                   ": cannot tell the format from the file name; end it in .svg, .pdf, .png, "
                   ".dot or .json, or give --format");
}

}  // namespace

CommandAction declare_render(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<RenderOptions>();
  app.add_option("CASE", options->path, "case file to draw (- reads standard input)")->required();
  app.add_option("-o,--output", options->output,
                 "the diagram to write: .svg, .pdf, .png, .dot or .json (- for standard output)")
      ->required();
  app.add_option("--format", options->format, "svg, pdf, png, dot or json (default: from -o)")
      ->transform(CLI::IsMember({"svg", "pdf", "png", "dot", "json"}, CLI::ignore_case));
  app.add_option("--focus", options->focus,
                 "draw one child's circle and two generations around them (a person id)");
  app.add_option("--page", options->page,
                 "make the output a true a4 or a3 page, the drawing fitted and centred on it "
                 "(landscape when the drawing is wider than tall)")
      ->transform(CLI::IsMember({"a4", "a3"}, CLI::ignore_case));
  app.add_option("--model", options->model,
                 "risk model file with local thresholds (default: built in)");
  app.add_flag("--all", options->all,
               "draw the whole family even when names would come out smaller than 6 pt (on the "
               "page, or in the largest image a viewer opens) or it has over 3,000 people");
  add_layout_timeout_option(app, options->layout_timeout);
  app.add_flag("--plain", options->plain,
               "leave out the findings (invisible men, unassessed adults, risk, exposure paths)");
  app.add_flag("--redact", options->redact,
               "replace every name with a role (Mother, Father, Child 1, Unknown man 1)");
  app.footer(
      "Examples:\n"
      "  kinmap render examples/three_households.json -o family.svg\n"
      "  kinmap render case.json -o conference.pdf --page a4\n"
      "  kinmap render case.json -o ruby.png --focus c4 --redact\n\n"
      "Squares are men, circles women, triangles unborn children; the children the case is\n"
      "about have a double outline. Dotted boxes are households. Red lines show how risk can\n"
      "reach a child. The key on the drawing lists every symbol it uses.\n\n"
      "With --page the output is a true A4 or A3 page. When the whole family cannot be\n"
      "printed legibly on it (names under 6 pt), kinmap draws the focus children's circles\n"
      "instead and says so (a .pdf gets an overview page, then a page per child's circle);\n"
      "--all draws everyone anyway. If Graphviz fails or takes longer\n"
      "than --layout-timeout, kinmap draws without household boxes, then the focus\n"
      "children's circles, and says so; if nothing can be drawn it writes nothing (exit 4).");
  return [options, &context]() {
    const GenogramFormat format = format_for(*options);
    const RiskModel& model = risk_model_from(options->model, context);
    Case loaded = read_case_file(options->path, context, model);
    // Redaction renames everyone but keeps their order: find the focus
    // child by position so --focus takes the id the user knows.
    const std::optional<std::size_t> focus = focus_position(loaded, options->focus, options->path);
    if (options->redact) loaded = redact(loaded, model);
    const FamilyGraph family(std::move(loaded), model);
    const AnalysisContext analysis(family);

    DrawingRequest request;
    request.case_path = options->path;
    request.format = format;
    request.all = options->all;
    request.focused = focus.has_value();
    request.limits = layout_limits(options->layout_timeout);
    if (focus)
      request.options.only =
          focus_people(analysis, family.at(family.case_data().people[*focus].id));
    if (options->page == "a4") request.options.page = Page::a4;
    if (options->page == "a3") request.options.page = Page::a3;

    Overlay overlay;
    if (!options->plain) overlay = genogram_overlay(analysis, analyse(analysis));
    write_output_atomically(
        options->output, draw_genogram_for(analysis, overlay, request, context.err), context.out);
    return static_cast<int>(kExitOk);
  };
}

}  // namespace kinmap
