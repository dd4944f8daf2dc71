// Fuzzes the hand-written import parsers: GEDCOM lines and CSV tables. Any
// bytes either give a Case (which the shared last step then writes and loads
// back, or rejects with diagnostics) or are rejected with at least one
// diagnostic naming a line; never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "errors.h"
#include "import/csv_table.h"
#include "import/gedcom_import.h"
#include "import/imported_case.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  kinmap::Diagnostics csv("fuzz.csv");
  const kinmap::CsvTable table = kinmap::CsvTable::parse(text, csv);
  for (const auto& d : csv.all())
    if (d.line < 1 || d.column < 1) std::abort();
  for (const auto& row : table.rows())
    for (const auto& field : row.fields)
      if (field.line < row.line) std::abort();
  kinmap::ImportReport report;
  try {
    kinmap::Case c = kinmap::read_gedcom(text, "fuzz.ged", report);
    kinmap::ImportOptions options;
    options.as_of = *kinmap::PartialDate::parse("2026-11-01");
    std::vector<kinmap::Diagnostic> warnings;
    kinmap::finish_import(std::move(c), options, "fuzz.json", report, warnings);
  } catch (const kinmap::CaseFileError& e) {
    if (e.diagnostics().empty()) std::abort();
  }
  return 0;
}
