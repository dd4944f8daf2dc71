// RFC 4180 CSV as the case-management systems export it: quoted fields with
// embedded commas, quotes ("") and line breaks, CRLF or LF, an optional UTF-8
// byte-order mark. Every field keeps its line and column so an error can name
// the place. (Debian's libcsv parses the same grammar but reports no
// positions, which every message here needs; the grammar is small.)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"

namespace kinmap {

struct CsvField {
  std::string text;
  int line = 0;    ///< 1-based, where the field starts
  int column = 0;  ///< 1-based byte column
};

struct CsvRow {
  int line = 0;
  std::vector<CsvField> fields;
};

/// A header row and the records under it; columns found by normalised name
/// (case, spaces, '-' and '_' ignored: "Person ID" == "person_id").
class CsvTable {
 public:
  /// Parses `text`; syntax errors (a quote in an unquoted field, an unclosed
  /// quote, text after a closing quote, invalid UTF-8) go to `diagnostics`.
  static CsvTable parse(std::string_view text, Diagnostics& diagnostics);

  const std::vector<CsvField>& header() const { return header_; }
  const std::vector<CsvRow>& rows() const { return rows_; }

  /// The column named by any of `names`, or nothing.
  std::optional<std::size_t> column(std::initializer_list<std::string_view> names) const;

  /// Row `row`'s field in `column`, "" (at the row's line) when the row is short.
  CsvField field(const CsvRow& row, std::optional<std::size_t> column) const;

  static std::string normalise(std::string_view name);

 private:
  std::vector<CsvField> header_;
  std::vector<CsvRow> rows_;
};

}  // namespace kinmap
