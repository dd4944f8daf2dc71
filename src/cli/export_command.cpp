// kinmap export CASE.json -o FAMILY.ged: the case's people, parents and
// partnerships as GEDCOM for genealogy and genogram tools.
#include <ostream>

#include "cli/output_format.h"
#include "command.h"
#include "errors.h"
#include "import/gedcom_export.h"
#include "io/files.h"

namespace kinmap {

CommandAction declare_export(CLI::App& app, CommandContext& context) {
  struct Options {
    std::string path, output, version = "7";
  };
  auto options = std::make_shared<Options>();
  app.add_option("CASE", options->path, "case file to export (- reads standard input)")->required();
  app.add_option("-o,--output", options->output,
                 "the GEDCOM file to write (- writes standard output)")
      ->required();
  app.add_option("--gedcom", options->version, "GEDCOM version: 7 (7.0) or 5.5.1")
      ->check(CLI::IsMember({"7", "7.0", "5.5.1"}))
      ->capture_default_str();
  app.footer(
      "Examples:\n"
      "  kinmap export examples/three_households.json -o family.ged\n"
      "  kinmap export case.json -o family.ged --gedcom 5.5.1\n\n"
      "People, parent links (their kind in FAMC.PEDI) and partnerships go into the file;\n"
      "each person's kinmap id is kept in REFN (TYPE kinmap), so `kinmap import` of the\n"
      "export gives back the same people and links. What GEDCOM cannot hold (households,\n"
      "risk, contact and abuse links, events) is listed on standard error.");
  return [options, &context]() {
    output_format_for("export", options->output, "", {{"gedcom", {"ged", "gedcom"}}}, "gedcom");
    const Case c = read_case_file(options->path, context, RiskModel::builtin());
    const GedcomVersion version =
        options->version == "5.5.1" ? GedcomVersion::v551 : GedcomVersion::v70;
    const GedcomExport exported = write_gedcom(c, version);
    write_output_atomically(options->output, exported.text, context.out);
    context.err << options->output << ": wrote GEDCOM "
                << (version == GedcomVersion::v70 ? "7.0" : "5.5.1") << ": " << c.people.size()
                << (c.people.size() == 1 ? " person" : " people") << "\n";
    if (!exported.left_out.empty()) {
      context.err << options->output << ": not in the GEDCOM file:";
      bool first = true;
      for (const auto& [kind, n] : exported.left_out) {
        context.err << (first ? " " : ", ") << kind << " (" << n << ")";
        first = false;
      }
      context.err << "\n";
    }
    return 0;
  };
}

}  // namespace kinmap
