// GEDCOM's line grammar, shared by 5.5.1 and 7.0: `LEVEL [@XREF@] TAG [VALUE]`,
// lines nested by level into records, CONT/CONC joined into the value they
// continue (byte by byte, so a UTF-8 character split across CONC lines is
// whole again), and the character set settled: UTF-8 with or without a
// byte-order mark, Windows-1252 (declared, or detected in a file that says
// UTF-8, and then reported).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"

namespace kinmap {

struct GedcomNode {
  int line = 0;      ///< 1-based line of the GEDCOM file
  std::string xref;  ///< "@I1@" on records, else ""
  std::string tag;
  std::string value;  ///< with CONT/CONC joined
  std::vector<GedcomNode> children;

  /// The first child tagged `tag`, or nullptr.
  const GedcomNode* child(std::string_view tag) const;
};

struct GedcomFile {
  std::vector<GedcomNode> records;  ///< level-0 lines with their substructures
  std::string version;              ///< HEAD.GEDC.VERS ("5.5.1", "7.0"), "" when absent
  std::vector<std::string> notes;   ///< what the reader assumed (the character set)
};

/// Parses `text`; malformed lines and undecodable bytes go to `diagnostics`
/// with their line number.
GedcomFile parse_gedcom_lines(std::string_view text, Diagnostics& diagnostics);

}  // namespace kinmap
