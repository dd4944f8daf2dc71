#include "import/imported_case.h"

#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "case_loader.h"
#include "case_writer.h"
#include "errors.h"
#include "import/ascii.h"
#include "risk_model.h"

namespace kinmap {
namespace {

bool in_work_range(const PartialDate& d) {
  return d.year() >= kEarliestYear && d.year() <= kLatestYear;
}

void weaken_dates(Case& c, ImportReport& report) {
  const DayNumber as_of = c.as_of_day();
  for (Person& p : c.people) {
    if (p.born && p.born->first_day() > as_of) {
      p.born.reset();
      report.skip("birth dates after the as_of date");
    }
    if (p.died && p.died->first_day() > as_of) {
      p.died.reset();
      report.skip("death dates after the as_of date");
    }
    if (p.born && p.died && p.died->last_day() < p.born->first_day()) {
      p.died.reset();
      report.skip("death dates before the birth date");
    }
  }
  for (Relationship& r : c.relationships) {
    if (r.start && !in_work_range(*r.start)) {
      r.start.reset();
      report.skip("relationship dates before 1850 or after 2200");
    }
    if (r.end && !in_work_range(*r.end)) {
      r.end.reset();
      report.skip("relationship dates before 1850 or after 2200");
    }
    if (r.start && r.end && r.end->last_day() < r.start->first_day()) {
      r.end.reset();
      report.skip("relationship end dates before their start");
    }
  }
  for (Household& h : c.households)
    for (Membership& m : h.members) {
      if (m.from && !in_work_range(*m.from)) m.from.reset();
      if (m.to && !in_work_range(*m.to)) m.to.reset();
    }
}

void weaken_links(Case& c, ImportReport& report) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < c.people.size(); ++i) index.emplace(c.people[i].id, i);
  std::set<std::tuple<RelationshipType, std::string, std::string>> seen;
  std::map<std::string, int> biological;
  std::vector<Relationship> kept;
  for (Relationship& r : c.relationships) {
    if (r.from == r.to) {
      report.skip("links of a person with themselves");
      continue;
    }
    std::string a = r.from, b = r.to;
    if (r.type != RelationshipType::parent && r.type != RelationshipType::contact &&
        r.type != RelationshipType::care && r.type != RelationshipType::abuse && b < a)
      std::swap(a, b);
    if (!seen.emplace(r.type, a, b).second) {
      report.skip("links given twice");
      continue;
    }
    if (r.type == RelationshipType::parent && r.kind == ParentKind::biological) {
      if (++biological[r.to] > 2) {
        r.kind = ParentKind::presumed;
        report.notes.push_back("\"" + r.from + "\" recorded as a presumed parent of \"" + r.to +
                               "\": the source gives more than two birth parents");
      }
      const auto p = index.find(r.from), ch = index.find(r.to);
      if (p != index.end() && ch != index.end()) {
        Person& parent = c.people[p->second];
        Person& child = c.people[ch->second];
        if (parent.born && child.born && child.born->last_day() < parent.born->first_day()) {
          child.born.reset();
          report.skip("birth dates before a birth parent's");
        }
      }
    }
    kept.push_back(std::move(r));
  }
  c.relationships = std::move(kept);
}

/// Forgets the approximate dates the case no longer holds.
void keep_approximate_dates_in(const Case& c, ImportReport& report) {
  std::set<std::string> dated;
  for (const Person& p : c.people) {
    if (p.born) dated.insert(date_place(p, DateField::born));
    if (p.died) dated.insert(date_place(p, DateField::died));
  }
  for (const Relationship& r : c.relationships) {
    if (r.start) dated.insert(date_place(r, DateField::start));
    if (r.end) dated.insert(date_place(r, DateField::end));
  }
  for (auto it = report.approximate_dates.begin(); it != report.approximate_dates.end();)
    it = dated.count(*it) ? std::next(it) : report.approximate_dates.erase(it);
}

const char* field_word(DateField field) {
  constexpr const char* kWords[] = {"born", "died", "from", "to"};  // DateField's order
  return kWords[static_cast<int>(field)];
}

}  // namespace

std::string date_place(const Person& p, DateField field) {
  return p.id + " " + field_word(field);
}

std::string date_place(const Relationship& r, DateField field) {
  return std::string(spelling(r.type)) + " " + r.from + " " + r.to + " " + field_word(field);
}

std::string sanitize_id(std::string_view outside) {
  std::string out;
  for (char ch : outside) {
    if (out.size() == 64) break;
    const bool ok =
        std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '.' || ch == '-';
    out += ok ? ch : '_';
  }
  return out.empty() ? "P" : out;
}

std::string IdAllocator::take(const std::string& wanted) {
  std::string id = wanted;
  for (int n = 2; taken_.count(ascii_lower(id)); ++n)
    id = wanted.substr(0, 60) + "-" + std::to_string(n);
  taken_.insert(ascii_lower(id));
  return id;
}

std::string finish_import(Case c, const ImportOptions& options, const std::string& output_name,
                          ImportReport& report, std::vector<Diagnostic>& warnings) {
  c.info.id = options.case_id;
  if (!options.title.empty()) c.info.title = options.title;
  c.info.as_of = options.as_of;
  c.info.focus = options.focus;
  weaken_dates(c, report);
  weaken_links(c, report);
  keep_approximate_dates_in(c, report);
  // A family tree leaves most ancestors' deaths unrecorded; a case file
  // reads a person with no death as living, so say how many that is.
  std::size_t ancient = 0;
  for (const Person& p : c.people)
    if (p.born && !p.died && whole_years_between(p.born->first_day(), c.as_of_day()) > 120)
      ++ancient;
  if (ancient > 0)
    report.notes.push_back(std::to_string(ancient) +
                           (ancient == 1 ? " person was" : " people were") +
                           " born more than 120 years before the as_of date with no death "
                           "recorded; the case shows them as living");
  report.people = c.people.size();
  report.relationships = c.relationships.size();
  report.households = c.households.size();
  std::string text = write_case(c);
  LoadResult loaded = load_case(text, output_name, RiskModel::builtin());
  if (!loaded.ok()) throw CaseFileError(std::move(loaded.diagnostics));
  for (Diagnostic& d : loaded.diagnostics)
    if (d.level == Diagnostic::Level::warning) warnings.push_back(std::move(d));
  return text;
}

}  // namespace kinmap
