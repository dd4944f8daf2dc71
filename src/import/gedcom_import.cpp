#include "import/gedcom_import.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include "errors.h"
#include "import/gedcom_date.h"
#include "import/gedcom_lines.h"
#include "import/imported_case.h"
#include "suggestion.h"

namespace kinmap {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

/// "Given /Surname/ Jr" -> "Given Surname Jr".
std::string plain_name(std::string_view value) {
  std::string out;
  bool space = false;
  for (char ch : value) {
    if (ch == '/') ch = ' ';
    if (ch == ' ' || ch == '\t' || ch == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ', space = false;
    out += ch;
  }
  return out;
}

/// PEDI (5.5.1 lowercase, 7.0 uppercase) and the words kinmap's export writes.
ParentKind pedigree_kind(const GedcomNode* pedi) {
  if (!pedi) return ParentKind::biological;
  std::string word = lower(pedi->value);
  if (word == "other")
    if (const auto* phrase = pedi->child("PHRASE")) word = lower(phrase->value);
  if (word == "birth") return ParentKind::biological;
  if (word == "adopted") return ParentKind::adoptive;
  if (word == "foster") return ParentKind::foster;
  if (word == "sealing") return ParentKind::social;
  if (const auto kind = parse_word<ParentKind>(word)) return *kind;
  return ParentKind::social;
}

constexpr std::string_view kStatusPrefix = "relationship status: ";
constexpr std::string_view kFormPrefix = "relationship form: ";

class GedcomReader {
 public:
  GedcomReader(const std::string& file, ImportReport& report)
      : diagnostics_(file), report_(report) {}

  Case read(std::string_view text) {
    GedcomFile gedcom = parse_gedcom_lines(text, diagnostics_);
    if (diagnostics_.has_errors()) throw CaseFileError(diagnostics_.all());
    report_.format =
        "GEDCOM " + (gedcom.version.empty() ? std::string("(no version given)") : gedcom.version);
    for (auto& note : gedcom.notes) report_.notes.push_back(note);
    // Individuals first, so families may point forward or back.
    for (const GedcomNode& record : gedcom.records)
      if (record.tag == "INDI") read_individual(record);
    for (const GedcomNode& record : gedcom.records) {
      // SUBM says who made the file, not anything about the family.
      if (record.tag == "INDI" || record.tag == "HEAD" || record.tag == "TRLR" ||
          record.tag == "SUBM")
        continue;
      if (record.tag == "FAM") {
        read_family(record);
      } else {
        count_record(record.tag);
      }
    }
    if (diagnostics_.has_errors()) throw CaseFileError(diagnostics_.all());
    return std::move(case_);
  }

 private:
  void count_record(const std::string& tag) {
    static const std::map<std::string, std::string> kinds = {
        {"SOUR", "source records"}, {"NOTE", "note records"},       {"SNOTE", "note records"},
        {"OBJE", "media records"},  {"REPO", "repository records"}, {"SUBN", "submission records"}};
    const auto it = kinds.find(tag);
    report_.skip(it != kinds.end() ? it->second : "records " + tag);
  }

  /// Substructures nobody reads, by kind.
  void count_unread(const GedcomNode& node, std::string_view where) {
    if (node.tag == "SOUR") return report_.skip("sources");
    if (node.tag == "NOTE" || node.tag == "SNOTE") return report_.skip("notes");
    if (node.tag == "OBJE") return report_.skip("media");
    if (node.tag == "PLAC") return report_.skip("places");
    if (node.tag == "ADDR") return report_.skip("addresses");
    report_.skip(std::string(where) + "." + node.tag);
  }

  std::optional<PartialDate> event_date(const GedcomNode& event) {
    std::optional<PartialDate> date;
    for (const GedcomNode& part : event.children) {
      if (part.tag == "DATE" && !date) {
        GedcomDate parsed = parse_gedcom_date(part.value);
        if (!parsed.date) {
          report_.skip("dates that are " + parsed.unusable);
          continue;
        }
        if (parsed.approximate) ++report_.approximate_dates;
        date = parsed.date;
      } else if (part.tag != "TYPE" && part.tag != "DATE") {
        count_unread(part, event.tag);
      }
    }
    return date;
  }

  void read_individual(const GedcomNode& record) {
    Person p;
    std::string id;
    for (const GedcomNode& part : record.children) {
      if (part.tag == "REFN") {
        const auto* type = part.child("TYPE");
        if (type && lower(type->value) == "kinmap") {
          id = part.value;
          continue;
        }
      }
      if (part.tag == "NAME") {
        std::string name = plain_name(part.value);
        if (name.empty()) {
          const auto* given = part.child("GIVN");
          const auto* surname = part.child("SURN");
          name = plain_name((given ? given->value : "") + " " + (surname ? surname->value : ""));
        }
        if (name.empty()) continue;
        if (p.name.empty()) {
          p.name = name;
        } else if (std::find(p.aliases.begin(), p.aliases.end(), name) == p.aliases.end() &&
                   name != p.name) {
          p.aliases.push_back(name);
        }
        for (const GedcomNode& piece : part.children)
          if (piece.tag == "SOUR" || piece.tag == "NOTE") count_unread(piece, "NAME");
      } else if (part.tag == "SEX") {
        const std::string sex = lower(part.value);
        p.sex = sex == "m" ? Sex::male : sex == "f" ? Sex::female : Sex::unknown;
      } else if (part.tag == "BIRT") {
        auto d = event_date(part);
        if (!p.born) p.born = d;
      } else if (part.tag == "DEAT") {
        auto d = event_date(part);
        if (!d) report_.skip("deaths without a usable date");
        if (!p.died) p.died = d;
      } else if (part.tag == "FAMC") {
        famc_.push_back({record.xref, part.value, pedigree_kind(part.child("PEDI")), part.line});
      } else if (part.tag == "FAMS" || part.tag == "CHAN" || part.tag == "_UID" ||
                 part.tag == "UID" || part.tag == "RIN") {
        // Links kept from FAM's side; bookkeeping with no meaning for a case.
      } else {
        count_unread(part, "INDI");
      }
    }
    p.id = ids_.take(sanitize_id(id.empty() ? trim_at(record.xref) : id));
    if (record.xref.empty()) {
      diagnostics_.error_at(record.line, 1, "an INDI record without an id (@I1@)");
      return;
    }
    person_of_.emplace(record.xref, case_.people.size());
    xrefs_.push_back(record.xref);
    case_.people.push_back(std::move(p));
  }

  static std::string trim_at(const std::string& xref) {
    if (xref.size() >= 2 && xref.front() == '@' && xref.back() == '@')
      return xref.substr(1, xref.size() - 2);
    return xref;
  }

  /// The person `pointer` names; an error at `line` when it names no INDI.
  std::optional<std::size_t> person(const std::string& pointer, int line) {
    if (pointer == "@VOID@" || pointer.empty()) return std::nullopt;
    if (const auto it = person_of_.find(pointer); it != person_of_.end()) return it->second;
    std::string message = pointer + " points to no individual (INDI) record";
    std::vector<std::string_view> candidates(xrefs_.begin(), xrefs_.end());
    if (const auto near = closest_word(pointer, candidates))
      message += "; did you mean " + std::string(*near) + "?";
    diagnostics_.error_at(line, 1, message);
    return std::nullopt;
  }

  void read_family(const GedcomNode& record) {
    std::optional<std::size_t> husband, wife;
    std::vector<std::size_t> children;
    Relationship partnership;
    partnership.type = RelationshipType::partner;
    for (const GedcomNode& part : record.children) {
      if (part.tag == "HUSB") {
        husband = person(part.value, part.line);
      } else if (part.tag == "WIFE") {
        wife = person(part.value, part.line);
      } else if (part.tag == "CHIL") {
        if (const auto c = person(part.value, part.line)) children.push_back(*c);
      } else if (part.tag == "MARR") {
        partnership.form = PartnerForm::married;
        if (const auto* type = part.child("TYPE");
            type && lower(type->value) == "civil partnership")
          partnership.form = PartnerForm::civil_partnership;
        if (auto d = event_date(part); d && !partnership.start) partnership.start = d;
      } else if (part.tag == "DIV") {
        partnership.status = PartnerStatus::divorced;
        if (auto d = event_date(part); d && !partnership.end) partnership.end = d;
      } else if (part.tag == "ANUL") {
        partnership.status = PartnerStatus::ended;
        if (auto d = event_date(part); d && !partnership.end) partnership.end = d;
      } else if (part.tag == "EVEN" && part.child("TYPE") &&
                 lower(part.child("TYPE")->value).rfind(kStatusPrefix, 0) == 0) {
        const std::string word = lower(part.child("TYPE")->value).substr(kStatusPrefix.size());
        if (const auto status = parse_word<PartnerStatus>(word)) partnership.status = *status;
        if (auto d = event_date(part); d && !partnership.end) partnership.end = d;
      } else if (part.tag == "EVEN" && part.child("TYPE") &&
                 lower(part.child("TYPE")->value).rfind(kFormPrefix, 0) == 0) {
        const std::string word = lower(part.child("TYPE")->value).substr(kFormPrefix.size());
        if (const auto form = parse_word<PartnerForm>(word)) partnership.form = *form;
        if (auto d = event_date(part); d && !partnership.start) partnership.start = d;
      } else if (part.tag == "CHAN" || part.tag == "_UID" || part.tag == "UID" ||
                 part.tag == "RIN") {
      } else {
        count_unread(part, "FAM");
      }
    }
    // Children that only say FAMC (5.5.1 files from some programs).
    for (const auto& link : famc_)
      if (link.family == record.xref)
        if (const auto c = person_of_.find(link.child);
            c != person_of_.end() &&
            std::find(children.begin(), children.end(), c->second) == children.end())
          children.push_back(c->second);
    if (husband && wife && *husband != *wife) {
      partnership.from = case_.people[*husband].id;
      partnership.to = case_.people[*wife].id;
      case_.relationships.push_back(partnership);
    }
    for (std::size_t child : children)
      for (const auto parent : {husband, wife}) {
        if (!parent || *parent == child) continue;
        Relationship link;
        link.type = RelationshipType::parent;
        link.from = case_.people[*parent].id;
        link.to = case_.people[child].id;
        link.kind = kind_of(xrefs_[child], record.xref);
        case_.relationships.push_back(link);
      }
  }

  ParentKind kind_of(const std::string& child, const std::string& family) const {
    for (const auto& link : famc_)
      if (link.child == child && link.family == family) return link.kind;
    return ParentKind::biological;
  }

  struct ChildOf {
    std::string child, family;
    ParentKind kind;
    int line;
  };

  Diagnostics diagnostics_;
  ImportReport& report_;
  Case case_;
  std::unordered_map<std::string, std::size_t> person_of_;
  std::vector<std::string> xrefs_;
  std::vector<ChildOf> famc_;
  IdAllocator ids_;
};

}  // namespace

Case read_gedcom(std::string_view text, const std::string& file, ImportReport& report) {
  return GedcomReader(file, report).read(text);
}

}  // namespace kinmap
