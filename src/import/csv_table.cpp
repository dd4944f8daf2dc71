#include "import/csv_table.h"

#include "import/ascii.h"
#include "utf8.h"

namespace kinmap {

std::string CsvTable::normalise(std::string_view name) {
  std::string out;
  for (char ch : name) {
    if (ch == ' ' || ch == '_' || ch == '-' || ch == '\t') continue;
    out += ascii_lower(ch);
  }
  return out;
}

CsvTable CsvTable::parse(std::string_view text, Diagnostics& diagnostics) {
  CsvTable table;
  std::size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  int line = 1;
  std::size_t line_start = 0;  // offset of the current line's first byte
  auto column_of = [&](std::size_t at) { return static_cast<int>(at - line_start) + 1; };
  if (const std::size_t bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    int bad_line = 1;
    std::size_t start = 0;
    for (std::size_t k = 0; k < bad; ++k)
      if (text[k] == '\n') ++bad_line, start = k + 1;
    diagnostics.error_at(bad_line, static_cast<int>(bad - start) + 1,
                         "this byte is not UTF-8; save the extract as UTF-8 (CSV UTF-8 in Excel)");
    return table;
  }
  std::vector<CsvRow> records;
  CsvRow row;
  bool at_row_start = true;
  while (i < text.size()) {
    if (at_row_start) {
      row = CsvRow{line, {}};
      at_row_start = false;
    }
    CsvField field{"", line, column_of(i)};
    bool ended_row = false;
    if (text[i] == '"') {
      ++i;
      bool closed = false;
      while (i < text.size()) {
        const char ch = text[i];
        if (ch == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field.text += '"';
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        if (ch == '\n') ++line, line_start = i + 1;
        field.text += ch;
        ++i;
      }
      if (!closed) {
        diagnostics.error_at(field.line, field.column,
                             "this quoted field is never closed: a '\"' is missing");
        return table;
      }
      // A CRLF inside quotes is a line break in the value: store it as LF.
      for (std::size_t k = field.text.find("\r\n"); k != std::string::npos;
           k = field.text.find("\r\n", k))
        field.text.erase(k, 1);
      if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        diagnostics.error_at(line, column_of(i),
                             "expected ',' or the end of the line after a closing quote");
        return table;
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        if (text[i] == '"') {
          diagnostics.error_at(line, column_of(i),
                               "a '\"' inside an unquoted field; quote the whole field and "
                               "double the quote (\"\")");
          return table;
        }
        field.text += text[i++];
      }
    }
    row.fields.push_back(std::move(field));
    if (i < text.size() && text[i] == ',') {
      ++i;
      if (i == text.size() || text[i] == '\n' || text[i] == '\r')
        row.fields.push_back(CsvField{"", line, column_of(i)});
    }
    if (i < text.size() && (text[i] == '\r' || text[i] == '\n')) {
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++i;
      ++line;
      line_start = i;
      ended_row = true;
    }
    if (ended_row || i >= text.size()) {
      const bool blank = row.fields.size() == 1 && row.fields[0].text.empty();
      if (!blank) records.push_back(std::move(row));
      at_row_start = true;
    }
  }
  if (records.empty()) {
    diagnostics.error_at(1, 1, "the file is empty: expected a header row naming the columns");
    return table;
  }
  table.header_ = std::move(records.front().fields);
  table.rows_.assign(std::make_move_iterator(records.begin() + 1),
                     std::make_move_iterator(records.end()));
  return table;
}

std::optional<std::size_t> CsvTable::column(std::initializer_list<std::string_view> names) const {
  for (std::string_view name : names) {
    const std::string wanted = normalise(name);
    for (std::size_t c = 0; c < header_.size(); ++c)
      if (normalise(header_[c].text) == wanted) return c;
  }
  return std::nullopt;
}

CsvField CsvTable::field(const CsvRow& row, std::optional<std::size_t> column) const {
  if (!column) return CsvField{"", row.line, 1};
  if (*column < row.fields.size()) {
    CsvField f = row.fields[*column];
    // Systems pad fields; a value never means its surrounding spaces.
    const auto first = f.text.find_first_not_of(" \t");
    if (first == std::string::npos) {
      f.text.clear();
    } else {
      f.text = f.text.substr(first, f.text.find_last_not_of(" \t") - first + 1);
    }
    return f;
  }
  const int col = row.fields.empty() ? 1 : row.fields.back().column;
  return CsvField{"", row.line, col};
}

}  // namespace kinmap
