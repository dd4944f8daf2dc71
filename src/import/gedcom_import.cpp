#include "import/gedcom_import.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "errors.h"
#include "import/ascii.h"
#include "import/gedcom_date.h"
#include "import/gedcom_lines.h"
#include "import/imported_case.h"
#include "suggestion.h"

namespace kinmap {
namespace {

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
  std::string word = ascii_lower(pedi->value);
  if (word == "other")
    if (const auto* phrase = pedi->child("PHRASE")) word = ascii_lower(phrase->value);
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
    if (periods_ > 0)
      report_.notes.push_back(std::to_string(periods_) +
                              (periods_ == 1 ? " partnership was" : " partnerships were") +
                              " dated by a period (FROM ... TO ...); the period's end became "
                              "the partnership's end");
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

  /// The event's first usable DATE (none: `date` is empty), counting the rest.
  GedcomDate event_date(const GedcomNode& event) {
    GedcomDate date;
    for (const GedcomNode& part : event.children) {
      if (part.tag == "DATE" && !date.date) {
        date = parse_gedcom_date(part.value);
        if (!date.date) report_.skip("dates that are " + date.unusable);
      } else if (part.tag != "TYPE" && part.tag != "DATE") {
        count_unread(part, event.tag);
      }
    }
    return date;
  }

  /// A birth or a death: one day, so a period only says roughly when.
  struct DayOf {
    std::optional<PartialDate> date;
    bool approximate = false;
  };
  DayOf day_of(const GedcomNode& event) {
    const GedcomDate d = event_date(event);
    return {d.date, d.approximate || d.period};
  }

  /// Where a partnership's event puts its start (MARR) or its end (DIV):
  /// a period gives both.
  struct Dating {
    std::optional<PartialDate> start, end;
    bool start_approximate = false, end_approximate = false;
    bool period = false;
  };
  void date_partnership(const GedcomNode& event, bool starts, Dating& dating) {
    const GedcomDate d = event_date(event);
    if (!d.date) return;
    if (d.period && starts) {
      if (d.from) take(dating.start, dating.start_approximate, d.from, false, "start");
      if (d.to && take(dating.end, dating.end_approximate, d.to, false, "end"))
        dating.period = true;
      return;
    }
    if (starts) {
      take(dating.start, dating.start_approximate, d.date, d.approximate || d.period, "start");
    } else {
      take(dating.end, dating.end_approximate, d.date, d.approximate || d.period, "end");
    }
  }

  /// Sets an empty `date` (true), or counts the second date of its kind.
  bool take(std::optional<PartialDate>& date, bool& approximate,
            const std::optional<PartialDate>& value, bool value_approximate, const char* kind) {
    if (date) {
      report_.skip(std::string("second ") + kind + " dates of a family");
      return false;
    }
    date = value;
    approximate = value_approximate;
    return true;
  }

  void read_individual(const GedcomNode& record) {
    Person p;
    bool born_approximate = false, died_approximate = false;
    std::string id;
    for (const GedcomNode& part : record.children) {
      if (part.tag == "REFN") {
        const auto* type = part.child("TYPE");
        if (type && ascii_lower(type->value) == "kinmap") {
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
        // The name's pieces repeat its value; anything else (TYPE, NICK,
        // TRAN, sources, notes) is not carried over.
        for (const GedcomNode& piece : part.children)
          if (piece.tag != "GIVN" && piece.tag != "SURN" && piece.tag != "NPFX" &&
              piece.tag != "SPFX" && piece.tag != "NSFX")
            count_unread(piece, "NAME");
      } else if (part.tag == "SEX") {
        const std::string sex = ascii_lower(part.value);
        p.sex = sex == "m" ? Sex::male : sex == "f" ? Sex::female : Sex::unknown;
      } else if (part.tag == "BIRT" || part.tag == "DEAT") {
        const bool birth = part.tag == "BIRT";
        const DayOf d = day_of(part);
        if (!d.date && !birth) report_.skip("deaths without a usable date");
        auto& date = birth ? p.born : p.died;
        if (d.date && date) {
          report_.skip(birth ? "second birth dates" : "second death dates");
        } else if (d.date) {
          date = d.date;
          (birth ? born_approximate : died_approximate) = d.approximate;
        }
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
    if (born_approximate) report_.approximate_dates.insert(date_place(p, DateField::born));
    if (died_approximate) report_.approximate_dates.insert(date_place(p, DateField::died));
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
    Dating dating;
    bool partnership_events = false;  // MARR, DIV, ... say something of the couple
    for (const GedcomNode& part : record.children) {
      if (part.tag == "HUSB") {
        husband = person(part.value, part.line);
      } else if (part.tag == "WIFE") {
        wife = person(part.value, part.line);
      } else if (part.tag == "CHIL") {
        if (const auto c = person(part.value, part.line)) children.push_back(*c);
      } else if (part.tag == "MARR") {
        partnership_events = true;
        partnership.form = PartnerForm::married;
        if (const auto* type = part.child("TYPE");
            type && ascii_lower(type->value) == "civil partnership")
          partnership.form = PartnerForm::civil_partnership;
        date_partnership(part, true, dating);
      } else if (part.tag == "DIV" || part.tag == "ANUL") {
        partnership_events = true;
        partnership.status = part.tag == "DIV" ? PartnerStatus::divorced : PartnerStatus::ended;
        date_partnership(part, false, dating);
      } else if (const std::string type = event_type(part); type.rfind(kStatusPrefix, 0) == 0) {
        partnership_events = true;
        const std::string word = type.substr(kStatusPrefix.size());
        if (const auto status = parse_word<PartnerStatus>(word)) partnership.status = *status;
        date_partnership(part, false, dating);
      } else if (type.rfind(kFormPrefix, 0) == 0) {
        partnership_events = true;
        const std::string word = type.substr(kFormPrefix.size());
        if (const auto form = parse_word<PartnerForm>(word)) partnership.form = *form;
        date_partnership(part, true, dating);
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
      partnership.start = dating.start;
      partnership.end = dating.end;
      // A marriage FROM ... TO ... that nothing else ends: it ended then.
      if (dating.period && dating.end && partnership.status == PartnerStatus::unknown)
        partnership.status = PartnerStatus::ended;
      if (dating.start_approximate)
        report_.approximate_dates.insert(date_place(partnership, DateField::start));
      if (dating.end_approximate)
        report_.approximate_dates.insert(date_place(partnership, DateField::end));
      if (dating.period) ++periods_;
      case_.relationships.push_back(partnership);
    } else if (partnership_events) {
      report_.skip("family events without two partners");
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

  /// An EVEN's TYPE in lower case ("relationship status: separated"), or "".
  static std::string event_type(const GedcomNode& part) {
    const auto* type = part.tag == "EVEN" ? part.child("TYPE") : nullptr;
    return type ? ascii_lower(type->value) : "";
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
  std::size_t periods_ = 0;  ///< partnerships dated by a period
};

}  // namespace

Case read_gedcom(std::string_view text, const std::string& file, ImportReport& report) {
  return GedcomReader(file, report).read(text);
}

}  // namespace kinmap
