// A case-management system's CSV extract as a Case: people.csv,
// relationships.csv (one row per direction, as Liquidlogic, Mosaic and
// Eclipse export them), and optionally addresses.csv and identifiers.csv.
// The columns are described in README.md, "Getting a family in".
#pragma once

#include <optional>
#include <string>

#include "case.h"
#include "import/import_report.h"
#include "import/relationship_words.h"

namespace kinmap {

/// The extract's files, already read; `folder` is how messages name them
/// ("extract/people.csv").
struct CsvExtract {
  std::string folder;
  std::string people;
  std::string relationships;
  std::optional<std::string> addresses;
  std::optional<std::string> identifiers;
};

/// Reads the extract. Addresses current on `as_of` become households.
/// Throws CaseFileError with every problem found, each naming file:line:column.
Case read_csv_extract(const CsvExtract& extract, const RelationshipWords& words,
                      const PartialDate& as_of, ImportReport& report);

}  // namespace kinmap
