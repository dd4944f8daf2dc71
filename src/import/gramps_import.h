// A Gramps XML database (.gramps, gzipped or plain) as a Case: people (name,
// gender, birth and death), each family's couple as a partnership (its rel
// type; marriage and divorce events) and its child references as parent
// links whose kind comes from mrel/frel. Everything else (citations,
// sources, places, notes, media, other events) is counted in the report.
#pragma once

#include <string>
#include <string_view>

#include "case.h"
#include "import/import_report.h"

namespace kinmap {

/// Throws CaseFileError naming `file` and the line of the first XML error
/// or of a reference to a missing person.
Case read_gramps(std::string_view bytes, const std::string& file, ImportReport& report);

}  // namespace kinmap
