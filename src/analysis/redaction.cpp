#include "analysis/redaction.h"

#include <array>
#include <set>
#include <unordered_map>

#include "analysis/homes.h"
#include "analysis/roles.h"

namespace kinmap {
namespace {

/// Sources that are not agencies but name no one.
constexpr std::array<std::string_view, 7> kPlainSources = {"mother", "father", "child",  "family",
                                                           "self",   "carer",  "partner"};

std::string safe_source(const std::string& source) {
  if (parse_word<Agency>(source)) return source;
  for (std::string_view word : kPlainSources)
    if (source == word) return source;
  return {};
}

/// "Mother's partner 2" -> "mothers-partner-2"; unique among `taken`.
std::string slug(const std::string& label, std::set<std::string>& taken) {
  std::string out;
  for (char c : label) {
    if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += c;
    else if ((c == ' ' || c == '-') && !out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty()) out = "person";
  if (out.size() > 56) out.resize(56);
  std::string candidate = out;
  for (int n = 2; !taken.insert(candidate).second; ++n) candidate = out + "-" + std::to_string(n);
  return candidate;
}

std::vector<std::string> remap(const std::vector<std::string>& ids,
                               const std::unordered_map<std::string, std::string>& map) {
  std::vector<std::string> out;
  for (const auto& id : ids) {
    const auto it = map.find(id);
    out.push_back(it == map.end() ? id : it->second);
  }
  return out;
}

}  // namespace

Case redact(const FamilyGraph& family) {
  const Homes homes(family);
  const Roles roles(family, homes);
  Case c = family.case_data();

  std::unordered_map<std::string, std::string> people, households;
  std::set<std::string> taken;
  for (FamilyGraph::Vertex v = 0; v < family.size(); ++v) {
    Person& p = c.people[family.graph()[v].person];
    const std::string label = roles.label(v);
    people[p.id] = slug(label, taken);
    p.id = people[p.id];
    p.name = label;
    p.aliases.clear();
    p.notes.clear();
    p.ids.clear();
    p.ext_json.clear();
    p.assessment.by.clear();
    for (RiskFlag& flag : p.risk) {
      flag.note.clear();
      flag.source = safe_source(flag.source);
    }
  }
  for (std::size_t h = 0; h < c.households.size(); ++h) {
    Household& household = c.households[h];
    std::string id = "household-" + std::to_string(h + 1);
    while (!taken.insert(id).second) id += "-h";
    households[household.id] = id;
    household.id = id;
    household.label = "Household " + std::to_string(h + 1);
    household.ext_json.clear();
    for (Membership& m : household.members) {
      m.person = people.at(m.person);
      m.source = safe_source(m.source);
    }
  }
  for (Relationship& r : c.relationships) {
    r.from = people.at(r.from);
    r.to = people.at(r.to);
    if (r.type == RelationshipType::other) r.label = "other relationship";
    r.source = safe_source(r.source);
    r.note.clear();
    r.ext_json.clear();
  }
  if (c.plan) {
    Plan& plan = *c.plan;
    plan.children = remap(plan.children, people);
    plan.named = remap(plan.named, people);
    plan.invited = remap(plan.invited, people);
    plan.attended = remap(plan.attended, people);
    plan.relies_on = remap(plan.relies_on, people);
    plan.ext_json.clear();
  }
  for (Event& e : c.events) {
    e.people = remap(e.people, people);
    if (!e.household.empty()) {
      const auto it = households.find(e.household);
      e.household = it == households.end() ? std::string() : it->second;
    }
    e.source = safe_source(e.source);
    e.note.clear();
    e.ext_json.clear();
  }
  for (Review& v : c.reviews) {
    if (!v.person.empty()) v.person = people.at(v.person);
    if (!v.child.empty()) v.child = people.at(v.child);
    v.reason = "reason left out (redacted)";  // free text may name anyone
    v.by = safe_source(v.by);
    v.ext_json.clear();
  }
  for (DashAssessment& d : c.dash) {
    d.victim = people.at(d.victim);
    if (!d.perpetrator.empty()) d.perpetrator = people.at(d.perpetrator);
    d.ext_json.clear();
  }
  c.info.id = "redacted";
  c.info.title = "Redacted case";
  c.info.focus = remap(c.info.focus, people);
  c.info.ext_json.clear();
  c.ext_json.clear();
  return c;
}

Case redact(const Case& c, const RiskModel& model) {
  const FamilyGraph family(c, model);
  return redact(family);
}

}  // namespace kinmap
