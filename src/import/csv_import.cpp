#include "import/csv_import.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "errors.h"
#include "import/ascii.h"
#include "import/csv_table.h"
#include "import/imported_case.h"
#include "import/outside_date.h"
#include "suggestion.h"

namespace kinmap {
namespace {

/// One CSV file of the extract: its table, its diagnostics, the columns used.
struct ExtractFile {
  std::string name;
  Diagnostics diagnostics;
  CsvTable table;
  std::set<std::size_t> used;

  ExtractFile(std::string file_name, std::string_view text)
      : name(std::move(file_name)), diagnostics(name) {
    table = CsvTable::parse(text, diagnostics);
  }

  bool readable() const { return !diagnostics.has_errors(); }

  std::optional<std::size_t> column(std::initializer_list<std::string_view> names) {
    auto c = table.column(names);
    if (c) used.insert(*c);
    return c;
  }

  std::optional<std::size_t> required(std::initializer_list<std::string_view> names) {
    auto c = column(names);
    if (!c) {
      std::string header;
      for (const auto& h : table.header()) header += (header.empty() ? "" : ", ") + h.text;
      diagnostics.error_at(
          1, 1, "no \"" + std::string(*names.begin()) + "\" column; the header has: " + header);
    }
    return c;
  }

  void error(const CsvField& at, std::string message) {
    diagnostics.error_at(at.line, at.column, std::move(message));
  }

  /// Counts the non-empty values of every column nobody read.
  void count_unused(ImportReport& report) {
    const std::string base = name.substr(name.find_last_of('/') + 1);
    for (std::size_t c = 0; c < table.header().size(); ++c) {
      if (used.count(c)) continue;
      std::size_t values = 0;
      for (const auto& row : table.rows())
        if (!table.field(row, c).text.empty()) ++values;
      if (values > 0) report.skip(base + " column \"" + table.header()[c].text + "\"", values);
    }
  }
};

std::optional<PartialDate> date_field(ExtractFile& file, const CsvField& f, int earliest,
                                      int latest) {
  if (f.text.empty()) return std::nullopt;
  std::string why;
  auto d = parse_extract_date(f.text, why, earliest, latest);
  if (!d) file.error(f, why);
  return d;
}

/// Sex or gender as the systems record it.
std::optional<Sex> sex_word(std::string_view text) {
  static const std::map<std::string, Sex> words = {
      {"m", Sex::male},
      {"male", Sex::male},
      {"man", Sex::male},
      {"boy", Sex::male},
      {"f", Sex::female},
      {"female", Sex::female},
      {"woman", Sex::female},
      {"girl", Sex::female},
      {"u", Sex::unknown},
      {"unknown", Sex::unknown},
      {"notknown", Sex::unknown},
      {"notstated", Sex::unknown},
      {"notrecorded", Sex::unknown},
      {"indeterminate", Sex::unknown},
      {"x", Sex::unknown},
      {"other", Sex::unknown},
      {"", Sex::unknown},
  };
  const auto it = words.find(CsvTable::normalise(text));
  if (it == words.end()) return std::nullopt;
  return it->second;
}

std::optional<bool> yes_no(std::string_view text) {
  const std::string t = ascii_lower(text);
  if (t == "y" || t == "yes" || t == "true" || t == "1") return true;
  if (t == "n" || t == "no" || t == "false" || t == "0") return false;
  return std::nullopt;
}

class ExtractReader {
 public:
  ExtractReader(const CsvExtract& extract, const RelationshipWords& words, const PartialDate& as_of,
                ImportReport& report)
      : extract_(extract), words_(words), as_of_(as_of), report_(report) {}

  Case read() {
    const std::string folder = extract_.folder.empty() ? "" : extract_.folder + "/";
    ExtractFile people(folder + "people.csv", extract_.people);
    if (people.readable()) read_people(people);
    files_.push_back(std::move(people));
    ExtractFile relationships(folder + "relationships.csv", extract_.relationships);
    if (relationships.readable()) read_relationships(relationships);
    files_.push_back(std::move(relationships));
    if (extract_.addresses) {
      ExtractFile addresses(folder + "addresses.csv", *extract_.addresses);
      if (addresses.readable()) read_addresses(addresses);
      files_.push_back(std::move(addresses));
    }
    if (extract_.identifiers) {
      ExtractFile identifiers(folder + "identifiers.csv", *extract_.identifiers);
      if (identifiers.readable()) read_identifiers(identifiers);
      files_.push_back(std::move(identifiers));
    }
    std::vector<Diagnostic> all;
    for (auto& f : files_) {
      for (const auto& d : f.diagnostics.all()) all.push_back(d);
      if (f.readable()) f.count_unused(report_);
    }
    if (!all.empty()) throw CaseFileError(std::move(all));
    return std::move(case_);
  }

 private:
  void read_people(ExtractFile& file) {
    const auto id = file.required({"person_id", "id", "personid", "person_ref", "client_id"});
    const auto forename = file.column(
        {"forename", "forenames", "first_name", "given_name", "first_names", "given_names"});
    const auto surname = file.column({"surname", "last_name", "family_name"});
    const auto name = file.column({"name", "full_name"});
    const auto known_as = file.column({"known_as", "alias", "preferred_name", "aka"});
    const auto sex = file.column({"sex", "gender", "legal_sex"});
    const auto born = file.column({"date_of_birth", "dob", "birth_date", "born"});
    const auto died = file.column({"date_of_death", "dod", "death_date", "died"});
    const auto expected =
        file.column({"expected_date_of_birth", "expected_dob", "due_date", "edd", "expected"});
    if (!id) return;
    for (const CsvRow& row : file.table.rows()) {
      const CsvField id_field = file.table.field(row, id);
      if (id_field.text.empty()) {
        file.error(id_field, "the person has no id; every row of people.csv needs one");
        continue;
      }
      Person p;
      p.id = sanitize_id(id_field.text);
      if (p.id != id_field.text) {
        file.error(id_field, "\"" + id_field.text +
                                 "\" is not usable as an id: ids are 1 to 64 "
                                 "letters, digits, '_', '.' or '-'");
        continue;
      }
      if (const auto [it, fresh] = line_of_person_.emplace(p.id, id_field.line); !fresh) {
        file.error(id_field, "person \"" + p.id + "\" is listed twice (first at line " +
                                 std::to_string(it->second) + ")");
        continue;
      }
      std::string full = file.table.field(row, name).text;
      if (full.empty()) {
        const std::string first = file.table.field(row, forename).text;
        const std::string last = file.table.field(row, surname).text;
        full = first + (first.empty() || last.empty() ? "" : " ") + last;
      }
      p.name = full;
      if (const auto alias = file.table.field(row, known_as); !alias.text.empty())
        p.aliases.push_back(alias.text);
      const CsvField sex_field = file.table.field(row, sex);
      if (const auto s = sex_word(sex_field.text)) {
        p.sex = *s;
      } else {
        file.error(sex_field, "\"" + sex_field.text +
                                  "\" is not a sex or gender this reader knows; expected Male, "
                                  "Female, Unknown, Not stated, Indeterminate (or M, F, U)");
      }
      p.born =
          date_field(file, file.table.field(row, born), kEarliestPersonYear, kLatestPersonYear);
      p.died =
          date_field(file, file.table.field(row, died), kEarliestPersonYear, kLatestPersonYear);
      p.expected =
          date_field(file, file.table.field(row, expected), kEarliestPersonYear, kLatestPersonYear);
      person_ids_.push_back(p.id);
      case_.people.push_back(std::move(p));
    }
  }

  /// The person `f` names, or an error with the nearest id.
  bool known_person(ExtractFile& file, const CsvField& f) {
    if (f.text.empty()) {
      file.error(f, "expected a person id here");
      return false;
    }
    if (line_of_person_.count(f.text)) return true;
    std::vector<std::string_view> candidates(person_ids_.begin(), person_ids_.end());
    std::string message = "no person with id \"" + f.text + "\" in people.csv";
    if (const auto near = closest_word(f.text, candidates))
      message += "; did you mean \"" + std::string(*near) + "\"?";
    file.error(f, message);
    return false;
  }

  void read_relationships(ExtractFile& file) {
    const auto person = file.required({"person_id", "personid", "person", "client_id"});
    const auto related = file.required(
        {"related_person_id", "related_id", "other_person_id", "relative_id", "related_person"});
    const auto word = file.required(
        {"relationship", "relationship_type", "relation", "relationship_to_person", "role"});
    const auto pr =
        file.column({"parental_responsibility", "pr", "has_pr", "has_parental_responsibility"});
    const auto start = file.column({"start_date", "from", "date_from", "start"});
    const auto end = file.column({"end_date", "to", "date_to", "end"});
    if (!person || !related || !word) return;
    struct Merged {
      std::size_t index;
      int line;
      std::string word;
    };
    std::map<std::tuple<RelationshipType, std::string, std::string, std::string>, Merged> seen;
    for (const CsvRow& row : file.table.rows()) {
      const CsvField person_field = file.table.field(row, person);
      const CsvField related_field = file.table.field(row, related);
      const CsvField word_field = file.table.field(row, word);
      // Both ends looked up, so a row with two unknown ids reports both.
      const bool person_known = known_person(file, person_field);
      const bool related_known = known_person(file, related_field);
      const bool ends_ok = person_known && related_known;
      const RelationshipWord* meaning = words_.find(word_field.text);
      if (!meaning) {
        std::string message = "\"" + word_field.text + "\" is not a relationship word kinmap knows";
        if (const auto near = words_.nearest(word_field.text))
          message += "; did you mean \"" + *near + "\"?";
        file.error(word_field, message + " (add the system's own words with --map FILE)");
        continue;
      }
      const CsvField pr_field = file.table.field(row, pr);
      std::optional<bool> has_pr;
      if (!pr_field.text.empty()) {
        has_pr = yes_no(pr_field.text);
        if (!has_pr)
          file.error(pr_field, "expected Y or N (yes, no), found \"" + pr_field.text + "\"");
      }
      const CsvField start_field = file.table.field(row, start);
      const CsvField end_field = file.table.field(row, end);
      auto from = date_field(file, start_field, kEarliestPersonYear, kLatestPersonYear);
      auto to = date_field(file, end_field, kEarliestPersonYear, kLatestPersonYear);
      if (!ends_ok) continue;
      Relationship r = meaning->meaning;
      if (meaning->related == RelatedEnd::from) {
        r.from = related_field.text, r.to = person_field.text;
      } else {
        r.from = person_field.text, r.to = related_field.text;
      }
      if (r.type == RelationshipType::parent) {
        r.pr = has_pr;
      } else if (has_pr) {
        report_.skip("parental responsibility on links other than a parent's");
      }
      if (r.type == RelationshipType::partner) {
        r.start = from, r.end = to;
        if (r.end && r.status == PartnerStatus::current) r.status = PartnerStatus::ended;
      } else {
        if (from)
          r.note += (r.note.empty() ? "" : "; ") + std::string("since ") + from->to_string();
        if (to) r.note += (r.note.empty() ? "" : "; ") + std::string("until ") + to->to_string();
      }
      std::string a = r.from, b = r.to;
      if (meaning->related == RelatedEnd::either && b < a) std::swap(a, b);
      const auto key = std::make_tuple(r.type, a, b, r.label);
      const auto it = seen.find(key);
      if (it == seen.end()) {
        seen.emplace(key, Merged{case_.relationships.size(), row.line, word_field.text});
        case_.relationships.push_back(std::move(r));
        continue;
      }
      // The reciprocal row ("Mother" one way, "Son" the other): one link.
      Relationship& first = case_.relationships[it->second.index];
      if (first.kind != r.kind || first.status != r.status || first.form != r.form) {
        file.error(word_field, "\"" + word_field.text + "\" contradicts line " +
                                   std::to_string(it->second.line) + " (\"" + it->second.word +
                                   "\") about the same two people");
        continue;
      }
      if (first.pr && r.pr && *first.pr != *r.pr) {
        file.error(pr_field, "parental responsibility contradicts line " +
                                 std::to_string(it->second.line) + " about the same two people");
        continue;
      }
      if (!first.pr) first.pr = r.pr;
      if (!first.start) first.start = r.start;
      if (!first.end) first.end = r.end;
      ++reciprocal_rows_;
    }
    if (reciprocal_rows_ > 0)
      report_.notes.push_back(std::to_string(reciprocal_rows_) +
                              " reciprocal relationship rows merged with their other direction");
  }

  void read_addresses(ExtractFile& file) {
    const auto person = file.required({"person_id", "personid", "person", "client_id"});
    const auto address_id = file.column({"address_id", "addressid", "address_ref", "uprn"});
    const auto address = file.column(
        {"address", "full_address", "address_line", "address_line_1", "address_1", "addressline1"});
    const auto postcode = file.column({"postcode", "post_code"});
    const auto start = file.column({"start_date", "from", "date_from", "moved_in"});
    const auto end = file.column({"end_date", "to", "date_to", "moved_out"});
    if (!person) return;
    if (!address_id && !address && !postcode) {
      file.diagnostics.error_at(1, 1,
                                "no address column: expected address_id, address or postcode");
      return;
    }
    std::map<std::string, std::size_t> household_of;  // address key -> index
    std::set<std::string> taken(person_ids_.begin(), person_ids_.end());
    std::size_t past = 0;
    for (const CsvRow& row : file.table.rows()) {
      const CsvField person_field = file.table.field(row, person);
      const bool ok = known_person(file, person_field);
      const std::string id_text = file.table.field(row, address_id).text;
      std::string text = file.table.field(row, address).text;
      const std::string code = file.table.field(row, postcode).text;
      if (!code.empty()) text += (text.empty() ? "" : ", ") + code;
      const auto from = date_field(file, file.table.field(row, start), kEarliestYear, kLatestYear);
      const auto to = date_field(file, file.table.field(row, end), kEarliestYear, kLatestYear);
      if (!ok) continue;
      if (id_text.empty() && text.empty()) {
        file.error(file.table.field(row, address ? address : address_id),
                   "the address is empty; give an address_id, address or postcode");
        continue;
      }
      const DayNumber day = as_of_.last_day();
      if ((to && to->last_day() < day) || (from && from->first_day() > day)) {
        ++past;
        continue;
      }
      std::string key = id_text.empty() ? ascii_lower(text) : "#" + id_text;
      key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
      auto [it, fresh] = household_of.emplace(key, case_.households.size());
      if (fresh) {
        Household h;
        std::string id = id_text.empty() ? "H" + std::to_string(case_.households.size() + 1)
                                         : sanitize_id("H-" + id_text);
        while (taken.count(id)) id += "x";
        taken.insert(id);
        h.id = id;
        h.label = text.empty() ? id_text : text;
        case_.households.push_back(std::move(h));
      }
      Household& h = case_.households[it->second];
      if (std::any_of(h.members.begin(), h.members.end(),
                      [&](const Membership& m) { return m.person == person_field.text; }))
        continue;
      Membership m;
      m.person = person_field.text;
      m.from = from;
      h.members.push_back(std::move(m));
    }
    if (past > 0) report_.skip("past addresses", past);
  }

  void read_identifiers(ExtractFile& file) {
    const auto person = file.required({"person_id", "personid", "person", "client_id"});
    const auto scheme = file.required({"scheme", "identifier_type", "type", "id_type"});
    const auto value = file.required({"value", "identifier", "number", "id_value"});
    if (!person || !scheme || !value) return;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < case_.people.size(); ++i) index.emplace(case_.people[i].id, i);
    for (const CsvRow& row : file.table.rows()) {
      const CsvField person_field = file.table.field(row, person);
      if (!known_person(file, person_field)) continue;
      const CsvField scheme_field = file.table.field(row, scheme);
      const CsvField value_field = file.table.field(row, value);
      if (scheme_field.text.empty() || value_field.text.empty()) {
        file.error(scheme_field.text.empty() ? scheme_field : value_field,
                   "an identifier needs both a scheme (NHS, PNC, local) and a value");
        continue;
      }
      std::string s = ascii_lower(scheme_field.text);
      for (const char* tail : {" number", " no", " id", " ref"})
        if (s.size() > std::string(tail).size() && s.ends_with(tail))
          s.resize(s.size() - std::string(tail).size());
      std::replace(s.begin(), s.end(), ' ', '_');
      Person& p = case_.people[index.at(person_field.text)];
      if (p.ids.count(s)) {
        report_.skip("second identifiers of the same scheme");
        continue;
      }
      p.ids[s] = value_field.text;
    }
  }

  const CsvExtract& extract_;
  const RelationshipWords& words_;
  PartialDate as_of_;
  ImportReport& report_;
  Case case_;
  std::vector<ExtractFile> files_;
  std::unordered_map<std::string, int> line_of_person_;
  std::vector<std::string> person_ids_;
  std::size_t reciprocal_rows_ = 0;
};

}  // namespace

Case read_csv_extract(const CsvExtract& extract, const RelationshipWords& words,
                      const PartialDate& as_of, ImportReport& report) {
  report.format = "CSV extract";
  return ExtractReader(extract, words, as_of, report).read();
}

}  // namespace kinmap
