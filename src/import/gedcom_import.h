// A GEDCOM 5.5.1 or 7.0 file as a Case: individuals (name, sex, birth and
// death), each family's couple as a partnership (married, divorced) and its
// children as parent links whose kind comes from the child's FAMC.PEDI.
// Everything else (sources, notes, places, other events and tags) is counted
// in the report as not carried over.
#pragma once

#include <string>
#include <string_view>

#include "case.h"
#include "import/import_report.h"

namespace kinmap {

/// Throws CaseFileError naming `file` and the line of every malformed line,
/// undecodable byte or pointer to a missing record.
Case read_gedcom(std::string_view text, const std::string& file, ImportReport& report);

}  // namespace kinmap
