// kinmap import SOURCE -o CASE.json: a family from where it is already
// recorded (a CSV extract folder, GEDCOM, Gramps XML) as a case file that
// passes `kinmap check`, with a summary of what was not carried over.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "cli/output_format.h"
#include "command.h"
#include "errors.h"
#include "import/ascii.h"
#include "import/csv_import.h"
#include "import/gedcom_import.h"
#include "import/gramps_import.h"
#include "import/imported_case.h"
#include "io/files.h"

namespace kinmap {
namespace {

struct ImportCommandOptions {
  std::string source;
  std::string output;
  std::string from;
  std::string case_id = "IMPORTED";
  std::string title;
  std::string as_of;
  std::vector<std::string> focus;
  std::string map;
};

std::string today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return PartialDate::from_day(static_cast<DayNumber>(now.time_since_epoch().count())).to_string();
}

bool has_suffix(const std::string& name, std::string_view suffix) {
  if (name.size() < suffix.size()) return false;
  return ascii_lower(std::string_view(name).substr(name.size() - suffix.size())) == suffix;
}

/// The format from the name, then from the first bytes.
std::string guess_format(const std::string& source, const std::string& head) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (source != "-" && fs::is_directory(source, ec)) return "csv";
  if (has_suffix(source, ".csv")) return "csv";
  if (has_suffix(source, ".ged") || has_suffix(source, ".gedcom")) return "gedcom";
  if (has_suffix(source, ".gramps") || has_suffix(source, ".xml")) return "gramps";
  std::string_view text = head;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.substr(0, 2) == "\x1F\x8B" || text.substr(0, 5) == "<?xml") return "gramps";
  if (text.substr(0, 6) == "0 HEAD") return "gedcom";
  throw UsageError(source +
                   ": cannot tell the format from the name or the content; give --from "
                   "csv, gedcom or gramps");
}

std::optional<std::string> read_if_present(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return std::nullopt;
  std::istringstream none;
  return read_input(path.string(), none);
}

CsvExtract read_extract_folder(const std::string& source) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path folder =
      fs::is_directory(source, ec) ? fs::path(source) : fs::path(source).parent_path();
  if (folder.empty()) folder = ".";
  CsvExtract extract;
  extract.folder = folder.string();
  for (const char* required : {"people.csv", "relationships.csv"})
    if (!fs::exists(folder / required, ec))
      throw UsageError(source + ": no " + required + " in " + folder.string() +
                       "; a CSV extract is a folder holding people.csv and relationships.csv "
                       "(addresses.csv and identifiers.csv are optional)");
  extract.people = *read_if_present(folder / "people.csv");
  extract.relationships = *read_if_present(folder / "relationships.csv");
  extract.addresses = read_if_present(folder / "addresses.csv");
  extract.identifiers = read_if_present(folder / "identifiers.csv");
  return extract;
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::ostream& err) {
  for (const Diagnostic& d : diagnostics) err << d.to_string() << '\n';
}

}  // namespace

CommandAction declare_import(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<ImportCommandOptions>();
  app.add_option("SOURCE", options->source,
                 "a CSV extract folder (people.csv, relationships.csv, ...), a GEDCOM file (.ged) "
                 "or a Gramps XML file (.gramps); - reads standard input")
      ->required();
  app.add_option("-o,--output", options->output,
                 "the case file to write (- writes standard output)")
      ->required();
  app.add_option("--from", options->from, "the source's format (default: from its name or content)")
      ->transform(CLI::IsMember({"csv", "gedcom", "gramps"}, CLI::ignore_case));
  app.add_option("--case-id", options->case_id, "the case id to give the case file")
      ->capture_default_str();
  app.add_option("--title", options->title, "the case title (default: \"Imported from SOURCE\")");
  app.add_option("--as-of", options->as_of,
                 "the date the case speaks for, YYYY-MM-DD (default: today); addresses current "
                 "on it become households");
  app.add_option("--focus", options->focus, "ids of the children the case is about")
      ->type_name("ID");
  app.add_option("--map", options->map,
                 "a JSON table of extra relationship words, shaped like "
                 "src/import/relationship_words.json (CSV only)")
      ->type_name("FILE");
  app.footer(
      "Examples:\n"
      "  kinmap import examples/import/csv -o family.json --as-of 2026-11-01 --focus P102 P103\n"
      "  kinmap import tree.ged -o family.json\n\n"
      "A summary on standard error counts the people, relationships and households read and\n"
      "lists by kind what was not carried over. The case file is written only when it passes\n"
      "kinmap check. Exit code 0 on success, 1 when the source is invalid, 2 on a usage\n"
      "error, 4 when the output could not be written.");
  return [options, &context]() {
    output_format_for("import", options->output, "", {{"case", {"json"}}}, "case");
    ImportOptions import_options;
    import_options.case_id = options->case_id;
    import_options.title =
        options->title.empty()
            ? "Imported from " + std::filesystem::path(options->source).filename().string()
            : options->title;
    if (options->source == "-" && options->title.empty()) import_options.title = "Imported";
    import_options.focus = options->focus;
    const std::string as_of = options->as_of.empty() ? today() : options->as_of;
    std::string why;
    const auto parsed = PartialDate::parse(as_of, &why);
    if (!parsed) throw UsageError("--as-of " + as_of + ": " + why);
    import_options.as_of = *parsed;

    std::string format = options->from;
    std::optional<std::string> text;
    namespace fs = std::filesystem;
    std::error_code ec;
    if (format != "csv" && !(options->source != "-" && fs::is_directory(options->source, ec))) {
      text = read_input(options->source, context.in);
      if (format.empty()) format = guess_format(options->source, text->substr(0, 16));
    } else if (format.empty()) {
      format = "csv";
    }
    ImportReport report;
    Case imported;
    try {
      if (format == "csv") {
        if (options->source == "-")
          throw UsageError(
              "a CSV extract is a folder of files; it cannot come from standard input");
        RelationshipWords words = RelationshipWords::builtin();
        if (!options->map.empty()) words.extend(read_input(options->map, context.in), options->map);
        imported = read_csv_extract(read_extract_folder(options->source), words,
                                    import_options.as_of, report);
      } else if (format == "gedcom") {
        imported = read_gedcom(*text, options->source, report);
      } else {
        imported = read_gramps(*text, options->source, report);
      }
    } catch (const CaseFileError& e) {
      print_diagnostics(e.diagnostics(), context.err);
      context.err << options->source << ": " << e.diagnostics().size()
                  << (e.diagnostics().size() == 1 ? " error" : " errors")
                  << "; nothing was written\n";
      throw;
    }
    std::vector<Diagnostic> warnings;
    std::string json;
    const std::string output_name = options->output == "-" ? "-" : options->output;
    try {
      json = finish_import(std::move(imported), import_options, output_name, report, warnings);
    } catch (const CaseFileError& e) {
      print_diagnostics(e.diagnostics(), context.err);
      context.err
          << options->source
          << ": the imported case does not pass kinmap check (above); nothing was written\n";
      throw;
    }
    write_output_atomically(options->output, json, context.out);
    context.err << report.summary(options->source);
    constexpr std::size_t kShownWarnings = 3;
    for (std::size_t i = 0; i < warnings.size() && i < kShownWarnings; ++i)
      context.err << warnings[i].to_string() << '\n';
    if (warnings.size() > kShownWarnings)
      context.err << output_name << ": " << warnings.size() - kShownWarnings
                  << " more warnings; run kinmap check " << output_name << " to see them all\n";
    return 0;
  };
}

}  // namespace kinmap
