#include "import/gedcom_lines.h"

#include <cctype>
#include <optional>

#include "import/ascii.h"
#include "utf8.h"

namespace kinmap {
namespace {

// Windows-1252's bytes 0x80..0x9F; 0 where the code page leaves a byte undefined.
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// `text` read as Windows-1252, or nothing when it holds a byte the code page leaves undefined.
std::optional<std::string> from_cp1252(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    const auto byte = static_cast<unsigned char>(ch);
    if (byte < 0x80) {
      out += ch;
    } else if (byte < 0xA0) {
      const char32_t cp = kCp1252High[byte - 0x80];
      if (cp == 0) return std::nullopt;
      append_utf8(out, cp);
    } else {
      append_utf8(out, byte);
    }
  }
  return out;
}

struct RawLine {
  int number;
  int level;
  std::string xref, tag, value;
};

template <typename Visit>
void visit_nodes(std::vector<GedcomNode>& nodes, Visit& visit) {
  for (auto& node : nodes) {
    visit(node);
    visit_nodes(node.children, visit);
  }
}

}  // namespace

const GedcomNode* GedcomNode::child(std::string_view wanted) const {
  for (const auto& c : children)
    if (c.tag == wanted) return &c;
  return nullptr;
}

GedcomFile parse_gedcom_lines(std::string_view text, Diagnostics& diagnostics) {
  GedcomFile file;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  } else if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF") {
    diagnostics.error_at(1, 1, "the file is UTF-16; save it as UTF-8 and import it again");
    return file;
  }
  // Split into lines (CR, LF or CRLF) and parse each.
  std::vector<RawLine> lines;
  int number = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find_first_of("\r\n", at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    ++number;
    at = end;
    if (at < text.size())
      at += (text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n') ? 2 : 1;
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i == line.size()) continue;  // blank lines: tolerated
    const std::size_t level_start = i;
    while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
    if (i == level_start || i - level_start > 2) {
      diagnostics.error_at(number, static_cast<int>(level_start) + 1,
                           "expected a level number (0, 1, 2, ...) at the start of the line");
      continue;
    }
    RawLine raw{number, std::stoi(std::string(line.substr(level_start, i - level_start))), "", "",
                ""};
    if (i >= line.size() || line[i] != ' ') {
      diagnostics.error_at(number, static_cast<int>(i) + 1, "expected a space after the level");
      continue;
    }
    ++i;
    if (i < line.size() && line[i] == '@') {
      const std::size_t close = line.find('@', i + 1);
      if (close == std::string_view::npos || close == i + 1) {
        diagnostics.error_at(number, static_cast<int>(i) + 1,
                             "a cross-reference id (@I1@) is not closed with '@'");
        continue;
      }
      raw.xref = std::string(line.substr(i, close - i + 1));
      i = close + 1;
      if (i >= line.size() || line[i] != ' ') {
        diagnostics.error_at(number, static_cast<int>(i) + 1,
                             "expected a space and a tag after the id");
        continue;
      }
      ++i;
    }
    const std::size_t tag_start = i;
    while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_'))
      ++i;
    if (i == tag_start || (i < line.size() && line[i] != ' ')) {
      diagnostics.error_at(number, static_cast<int>(i) + 1,
                           "expected a tag (letters, digits, '_') after the level");
      continue;
    }
    raw.tag = ascii_upper(line.substr(tag_start, i - tag_start));
    if (i < line.size()) raw.value = std::string(line.substr(i + 1));
    lines.push_back(std::move(raw));
  }
  // Nest by level, joining CONT/CONC into their line's value.
  std::vector<GedcomNode*> stack;
  int previous_level = -1;
  for (RawLine& raw : lines) {
    if (raw.level > previous_level + 1) {
      diagnostics.error_at(raw.number, 1,
                           "level " + std::to_string(raw.level) + " follows level " +
                               std::to_string(previous_level) +
                               "; a line may go at most one level deeper than the one before");
      continue;
    }
    if ((raw.tag == "CONT" || raw.tag == "CONC") && raw.level > 0) {
      if (static_cast<int>(stack.size()) < raw.level) continue;
      GedcomNode* owner = stack[static_cast<std::size_t>(raw.level - 1)];
      if (raw.tag == "CONT") owner->value += '\n';
      owner->value += raw.value;
      continue;  // the continued line keeps its level: the next line may not go deeper
    }
    previous_level = raw.level;
    GedcomNode node{raw.number, std::move(raw.xref), std::move(raw.tag), std::move(raw.value), {}};
    stack.resize(static_cast<std::size_t>(raw.level));
    if (raw.level == 0) {
      file.records.push_back(std::move(node));
      stack.push_back(&file.records.back());
    } else {
      auto& siblings = stack.back()->children;
      siblings.push_back(std::move(node));
      stack.push_back(&siblings.back());
    }
  }
  // The character set: what HEAD says, checked against the bytes.
  std::string declared;
  for (const auto& record : file.records)
    if (record.tag == "HEAD") {
      if (const auto* c = record.child("CHAR")) declared = ascii_upper(c->value);
      if (const auto* g = record.child("GEDC"))
        if (const auto* v = g->child("VERS")) file.version = v->value;
    }
  // '@' is written doubled in values: 7.0 only at the start, 5.5.1 anywhere.
  const bool seven = !file.version.empty() && file.version[0] == '7';
  auto unescape = [&](GedcomNode& n) {
    if (seven) {
      if (n.value.rfind("@@", 0) == 0) n.value.erase(0, 1);
      return;
    }
    for (std::size_t k = n.value.find("@@"); k != std::string::npos; k = n.value.find("@@", k + 1))
      n.value.erase(k, 1);
  };
  visit_nodes(file.records, unescape);
  int first_bad = 0;
  auto find_bad = [&](GedcomNode& n) {
    if (first_bad == 0 && (first_invalid_utf8(n.value) != std::string::npos ||
                           first_invalid_utf8(n.xref) != std::string::npos))
      first_bad = n.line;
  };
  visit_nodes(file.records, find_bad);
  if (first_bad == 0) return file;
  if (declared == "ANSEL" || declared == "UNICODE") {
    diagnostics.error_at(first_bad, 1,
                         "the file's character set is " + declared +
                             ", which kinmap does not read; save the file as UTF-8 in the "
                             "program that made it");
    return file;
  }
  int undefined = 0;
  auto convert = [&](GedcomNode& n) {
    for (std::string* s : {&n.value, &n.xref}) {
      if (auto converted = from_cp1252(*s)) {
        *s = std::move(*converted);
      } else if (undefined == 0) {
        undefined = n.line;
      }
    }
  };
  visit_nodes(file.records, convert);
  if (undefined != 0) {
    diagnostics.error_at(undefined, 1,
                         "this line holds bytes that are neither UTF-8 nor Windows-1252; save "
                         "the file as UTF-8");
    return file;
  }
  if (declared == "ANSI" || declared == "WINDOWS-1252" || declared == "CP1252")
    file.notes.push_back("read as Windows-1252, as the file's header says (CHAR " + declared + ")");
  else
    file.notes.push_back("the file says " +
                         (declared.empty() ? std::string("nothing") : "CHAR " + declared) +
                         " but line " + std::to_string(first_bad) +
                         " is not UTF-8; read as Windows-1252 (check accented names)");
  return file;
}

}  // namespace kinmap
