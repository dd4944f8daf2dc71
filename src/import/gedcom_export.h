// A Case as GEDCOM, so genealogy and genogram tools can open it: people
// (name, sex, birth, death), partnerships as families (married, divorced,
// other statuses and forms as typed events) and parent links as family
// children with their kind in FAMC.PEDI. Each person's kinmap id is kept in
// REFN (TYPE kinmap), so importing the export gives back the same ids.
#pragma once

#include <map>
#include <string>

#include "case.h"

namespace kinmap {

enum class GedcomVersion { v551, v70 };

struct GedcomExport {
  std::string text;
  /// What a GEDCOM file cannot hold (households, risk, contact, abuse, ...) -> count.
  std::map<std::string, std::size_t> left_out;
};

GedcomExport write_gedcom(const Case& c, GedcomVersion version);

}  // namespace kinmap
