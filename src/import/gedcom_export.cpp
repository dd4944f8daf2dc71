#include "import/gedcom_export.h"

#include <algorithm>
#include <unordered_map>

#include "import/gedcom_date.h"

namespace kinmap {
namespace {

/// "Jade Smith" -> "Jade /Smith/": the last word taken as the surname, as
/// genealogy programs want one.
std::string gedcom_name(std::string name) {
  std::replace(name.begin(), name.end(), '/', ' ');
  const auto space = name.find_last_of(' ');
  if (space == std::string::npos) return name;
  return name.substr(0, space) + " /" + name.substr(space + 1) + "/";
}

/// '@' doubled as each version asks: 7.0 only a leading one, 5.5.1 every one.
std::string escape_value(const std::string& value, GedcomVersion version) {
  if (version == GedcomVersion::v70) return !value.empty() && value[0] == '@' ? "@" + value : value;
  std::string out;
  for (char ch : value) out += ch == '@' ? std::string("@@") : std::string(1, ch);
  return out;
}

/// "LEVEL TAG VALUE\n"; in 5.5.1, whose lines may hold at most 255
/// characters, a long value goes on in CONC lines, split between whole UTF-8
/// characters and never before a space (some readers trim one).
std::string gedcom_line(int level, const std::string& tag, const std::string& value,
                        GedcomVersion version) {
  constexpr std::size_t kMaxValue = 200;
  const std::string head = std::to_string(level) + " " + tag;
  if (version == GedcomVersion::v70 || value.size() <= kMaxValue) return head + " " + value + "\n";
  std::string out = head;
  std::size_t at = 0;
  bool first = true;
  while (at < value.size()) {
    std::size_t end = std::min(value.size(), at + kMaxValue);
    while (end < value.size() && end > at + 1 &&
           ((static_cast<unsigned char>(value[end]) & 0xC0) == 0x80 || value[end] == ' '))
      --end;
    out += (first ? " " : "\n" + std::to_string(level + 1) + " CONC ") + value.substr(at, end - at);
    first = false;
    at = end;
  }
  return out + "\n";
}

std::string pedigree(ParentKind kind, GedcomVersion version) {
  const bool seven = version == GedcomVersion::v70;
  switch (kind) {
    case ParentKind::biological:
      return seven ? "BIRTH" : "birth";
    case ParentKind::adoptive:
      return seven ? "ADOPTED" : "adopted";
    case ParentKind::foster:
      return seven ? "FOSTER" : "foster";
    default:
      break;
  }
  // Step, presumed, kinship and social parents have no GEDCOM word.
  const std::string word(spelling(kind));
  return seven ? "OTHER\n3 PHRASE " + word : word;
}

struct Family {
  std::optional<std::size_t> husband, wife;
  const Relationship* partnership = nullptr;
  std::vector<std::pair<std::size_t, ParentKind>> children;
};

}  // namespace

GedcomExport write_gedcom(const Case& c, GedcomVersion version) {
  GedcomExport out;
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < c.people.size(); ++i) index.emplace(c.people[i].id, i);
  std::vector<Family> families;
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> family_of;  // (a, b or npos)
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  auto family = [&](std::size_t a, std::size_t b) -> Family& {
    if (b != kNone && b < a) std::swap(a, b);
    auto [it, fresh] = family_of.emplace(std::pair{a, b}, families.size());
    if (fresh) {
      Family f;
      // HUSB the man where the sex says so; otherwise the order given.
      std::size_t first = a, second = b;
      if (b != kNone && c.people[a].sex == Sex::female && c.people[b].sex != Sex::female)
        std::swap(first, second);
      f.husband = first;
      if (second != kNone) f.wife = second;
      if (b == kNone && c.people[a].sex == Sex::female) f.wife = a, f.husband.reset();
      families.push_back(f);
    }
    return families[it->second];
  };
  for (const Relationship& r : c.relationships) {
    if (r.type != RelationshipType::partner) continue;
    Family& f = family(index.at(r.from), index.at(r.to));
    if (!f.partnership) f.partnership = &r;
  }
  // Each child's parents, paired by kind: PEDI belongs to the child's link
  // with a family, so two parents share a family only when their kind agrees,
  // and only when they are partners (a family with two spouses reads as a
  // couple); otherwise each parent has a family of their own with the child.
  std::map<std::size_t, std::vector<std::pair<std::size_t, ParentKind>>> parents_of;
  for (const Relationship& r : c.relationships)
    if (r.type == RelationshipType::parent)
      parents_of[index.at(r.to)].emplace_back(index.at(r.from), r.kind);
  for (const auto& [child, parents] : parents_of) {
    std::vector<bool> placed(parents.size(), false);
    for (std::size_t i = 0; i < parents.size(); ++i) {
      if (placed[i]) continue;
      placed[i] = true;
      std::size_t other = kNone;
      for (std::size_t j = i + 1; j < parents.size(); ++j)
        if (!placed[j] && parents[j].second == parents[i].second &&
            family_of.count(std::minmax(parents[i].first, parents[j].first))) {
          other = parents[j].first;
          placed[j] = true;
          break;
        }
      family(parents[i].first, other).children.emplace_back(child, parents[i].second);
    }
  }
  // Pointers back from each person, as lineage-linked GEDCOM wants them.
  std::vector<std::vector<std::pair<std::size_t, ParentKind>>> famc(c.people.size());
  std::vector<std::vector<std::size_t>> fams(c.people.size());
  for (std::size_t f = 0; f < families.size(); ++f) {
    for (const auto spouse : {families[f].husband, families[f].wife})
      if (spouse) fams[*spouse].push_back(f);
    for (const auto& [child, kind] : families[f].children) famc[child].emplace_back(f, kind);
  }

  std::string& t = out.text;
  const bool seven = version == GedcomVersion::v70;
  t += "0 HEAD\n1 GEDC\n2 VERS ";
  t += seven ? "7.0\n" : "5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n";
  t += "1 SOUR kinmap\n2 VERS 0.1.0\n";
  if (!seven) t += "1 SUBM @U1@\n";
  t += "1 NOTE Exported by kinmap from case " + escape_value(c.info.id, version) + "\n";
  auto fam_xref = [](std::size_t f) { return "@F" + std::to_string(f + 1) + "@"; };
  auto indi_xref = [](std::size_t p) { return "@I" + std::to_string(p + 1) + "@"; };
  for (std::size_t i = 0; i < c.people.size(); ++i) {
    const Person& p = c.people[i];
    t += "0 " + indi_xref(i) + " INDI\n";
    if (!p.name.empty())
      t += gedcom_line(1, "NAME", escape_value(gedcom_name(p.name), version), version);
    for (const std::string& alias : p.aliases)
      t += gedcom_line(1, "NAME", escape_value(gedcom_name(alias), version), version);
    t += std::string("1 SEX ") +
         (p.sex == Sex::male     ? "M"
          : p.sex == Sex::female ? "F"
                                 : "U") +
         "\n";
    if (p.born) t += "1 BIRT\n2 DATE " + gedcom_date_text(*p.born) + "\n";
    if (p.died) t += "1 DEAT\n2 DATE " + gedcom_date_text(*p.died) + "\n";
    for (const auto& [f, kind] : famc[i])
      t += "1 FAMC " + fam_xref(f) + "\n2 PEDI " + pedigree(kind, version) + "\n";
    for (std::size_t f : fams[i]) t += "1 FAMS " + fam_xref(f) + "\n";
    t += "1 REFN " + escape_value(p.id, version) + "\n2 TYPE kinmap\n";
    if (p.unborn()) ++out.left_out["unborn children's due dates"];
    if (!p.risk.empty()) out.left_out["risk factors"] += p.risk.size();
    if (!p.ids.empty()) out.left_out["identifiers"] += p.ids.size();
    if (!p.notes.empty()) ++out.left_out["notes"];
    if (p.age) ++out.left_out["ages without a date of birth"];
  }
  for (std::size_t f = 0; f < families.size(); ++f) {
    const Family& fam = families[f];
    t += "0 " + fam_xref(f) + " FAM\n";
    if (fam.husband) t += "1 HUSB " + indi_xref(*fam.husband) + "\n";
    if (fam.wife) t += "1 WIFE " + indi_xref(*fam.wife) + "\n";
    for (const auto& [child, kind] : fam.children) t += "1 CHIL " + indi_xref(child) + "\n";
    if (const Relationship* r = fam.partnership) {
      const bool married =
          r->form == PartnerForm::married || r->form == PartnerForm::civil_partnership;
      if (married) {
        t += "1 MARR";
        t += r->start ? "\n2 DATE " + gedcom_date_text(*r->start) + "\n" : " Y\n";
        if (r->form == PartnerForm::civil_partnership) t += "2 TYPE Civil partnership\n";
      } else if (r->form != PartnerForm::unknown) {
        t += "1 EVEN\n2 TYPE Relationship form: " + std::string(spelling(r->form)) + "\n";
        if (r->start) t += "2 DATE " + gedcom_date_text(*r->start) + "\n";
      }
      if (r->status == PartnerStatus::divorced) {
        t += "1 DIV";
        t += r->end ? "\n2 DATE " + gedcom_date_text(*r->end) + "\n" : " Y\n";
      } else if (r->status != PartnerStatus::unknown) {
        t += "1 EVEN\n2 TYPE Relationship status: " + std::string(spelling(r->status)) + "\n";
        if (r->end) t += "2 DATE " + gedcom_date_text(*r->end) + "\n";
      }
    }
  }
  if (!seven) t += "0 @U1@ SUBM\n1 NAME kinmap\n";
  t += "0 TRLR\n";
  for (const Relationship& r : c.relationships)
    if (r.type != RelationshipType::parent && r.type != RelationshipType::partner)
      ++out.left_out[std::string(spelling(r.type)) + " links"];
  if (!c.households.empty()) out.left_out["households"] += c.households.size();
  if (!c.events.empty()) out.left_out["events"] += c.events.size();
  if (c.plan) ++out.left_out["plan"];
  if (!c.dash.empty()) out.left_out["DASH assessments"] += c.dash.size();
  if (!c.reviews.empty()) out.left_out["reviews"] += c.reviews.size();
  return out;
}

}  // namespace kinmap
