// Fuzzes the import readers: the CSV grammar, a CSV extract's people.csv,
// GEDCOM lines and records, Gramps XML (and gzip). Any bytes either give a
// Case (which the shared last step then writes and loads back, or rejects
// with diagnostics) or are rejected with at least one diagnostic naming a
// line; never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "errors.h"
#include "import/csv_import.h"
#include "import/csv_table.h"
#include "import/gedcom_import.h"
#include "import/gramps_import.h"
#include "import/imported_case.h"

namespace {

/// The reader's Case through the shared last step; a rejection must say why.
template <typename Read>
void import_and_finish(Read read) {
  kinmap::ImportReport report;
  try {
    kinmap::Case c = read(report);
    kinmap::ImportOptions options;
    options.as_of = *kinmap::PartialDate::parse("2026-11-01");
    std::vector<kinmap::Diagnostic> warnings;
    kinmap::finish_import(std::move(c), options, "fuzz.json", report, warnings);
  } catch (const kinmap::CaseFileError& e) {
    if (e.diagnostics().empty()) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  kinmap::Diagnostics csv("fuzz.csv");
  const kinmap::CsvTable table = kinmap::CsvTable::parse(text, csv);
  for (const auto& d : csv.all())
    if (d.line < 1 || d.column < 1) std::abort();
  for (const auto& row : table.rows())
    for (const auto& field : row.fields)
      if (field.line < row.line) std::abort();
  if (!csv.has_errors()) {
    // The bytes as an extract's people.csv, with no relationships.
    kinmap::CsvExtract extract;
    extract.folder = "fuzz";
    extract.people = text;
    extract.relationships = "person_id,related_person_id,relationship\n";
    import_and_finish([&](kinmap::ImportReport& report) {
      return kinmap::read_csv_extract(extract, kinmap::RelationshipWords::builtin(),
                                      *kinmap::PartialDate::parse("2026-11-01"), report);
    });
  }
  import_and_finish(
      [&](kinmap::ImportReport& report) { return kinmap::read_gedcom(text, "fuzz.ged", report); });
  import_and_finish([&](kinmap::ImportReport& report) {
    return kinmap::read_gramps(text, "fuzz.gramps", report);
  });
  return 0;
}
