#include "caseload/person_record.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "caseload/names.h"
#include "life_stage.h"

namespace kinmap::caseload {

std::string record_key(const std::string& case_id, const std::string& person_id) {
  return case_id + ":" + person_id;
}

std::string BirthDate::to_string() const {
  char text[16] = "";
  if (day)
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  else if (month)
    std::snprintf(text, sizeof text, "%04d-%02d", year, month);
  else if (year)
    std::snprintf(text, sizeof text, "%04d", year);
  return text;
}

BirthDate BirthDate::parse(const std::string& text) {
  BirthDate d;
  if (text.size() >= 4) d.year = std::atoi(text.substr(0, 4).c_str());
  if (text.size() >= 7) d.month = std::atoi(text.substr(5, 2).c_str());
  if (text.size() >= 10) d.day = std::atoi(text.substr(8, 2).c_str());
  return d;
}

std::string RoleFacts::to_json() const {
  nlohmann::json j = {{"role", role}, {"children", children_ages}, {"risk", risk_factors}};
  if (abuse_from) j["abuse_from"] = true;
  if (dash_perpetrator) j["dash"] = true;
  if (!abused.empty()) j["abused"] = abused;
  return j.dump();
}

RoleFacts RoleFacts::from_json(const std::string& text) {
  RoleFacts f;
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return f;
  f.role = j.value("role", "");
  f.children_ages = j.value("children", std::vector<int>{});
  f.risk_factors = j.value("risk", std::vector<std::string>{});
  f.abuse_from = j.value("abuse_from", false);
  f.dash_perpetrator = j.value("dash", false);
  f.abused = j.value("abused", std::vector<std::string>{});
  return f;
}

namespace {

std::string digits(const std::string& text) {
  std::string out;
  for (char ch : text)
    if (ch >= '0' && ch <= '9') out.push_back(ch);
  return out;
}

}  // namespace

std::vector<PersonRecord> person_records(const Case& c) {
  const DayNumber as_of = c.as_of_day();
  const int adult_age = 18;
  std::map<std::string, const Person*> by_id;
  for (const Person& p : c.people) by_id.emplace(p.id, &p);

  std::set<std::string> is_someones_child;
  for (const Relationship& r : c.relationships)
    if (r.type == RelationshipType::parent) is_someones_child.insert(r.to);
  // -2: not a child; -1: unborn; else age at as_of.
  auto child_age = [&](const std::string& id) {
    const auto it = by_id.find(id);
    if (it == by_id.end() || it->second->deceased()) return -2;
    const Person& p = *it->second;
    const LifeStage stage = life_stage(p, as_of, is_someones_child.count(id) > 0, adult_age);
    if (stage == LifeStage::unborn) return -1;
    if (stage == LifeStage::adult) return -2;
    return age_on(p, as_of, as_of).value_or(0);
  };

  std::map<std::string, std::set<std::string>> children_of, partners_of, housemates_of;
  std::map<std::string, std::set<std::string>> abused;
  std::set<std::string> parents;
  for (const Relationship& r : c.relationships) {
    if (r.type == RelationshipType::parent) {
      if (child_age(r.to) != -2) children_of[r.from].insert(r.to);
    } else if (r.type == RelationshipType::partner && !r.partnership_over()) {
      partners_of[r.from].insert(r.to);
      partners_of[r.to].insert(r.from);
    } else if (r.type == RelationshipType::abuse) {
      abused[r.from].insert(r.to);
    }
  }
  for (const Household& h : c.households)
    for (const Membership& m : h.members) {
      if (!m.current_on(as_of)) continue;
      for (const Membership& other : h.members)
        if (other.person != m.person && other.current_on(as_of) && child_age(other.person) != -2)
          housemates_of[m.person].insert(other.person);
    }
  std::set<std::string> dash;
  for (const DashAssessment& d : c.dash)
    if (!d.perpetrator.empty()) dash.insert(d.perpetrator);

  std::vector<PersonRecord> out;
  for (const Person& p : c.people) {
    if (p.identity == Identity::unknown || p.name.empty()) continue;
    PersonRecord rec;
    LinkFields& f = rec.fields;
    f.case_id = c.info.id;
    f.person_id = p.id;
    const NormalisedName name = split_name(fold_name(p.name));
    f.forename = name.forename;
    f.surname = name.surname;
    f.forename_group = forename_group(f.forename);
    f.surname_code = soundex(f.surname);
    if (p.born) f.born = BirthDate::parse(p.born->to_string());
    f.sex = p.sex;
    if (const auto it = p.ids.find("nhs"); it != p.ids.end()) f.nhs = digits(it->second);

    RoleFacts& facts = rec.facts;
    std::set<std::string> children = children_of[p.id];
    const bool parent = !children.empty();
    bool partner_of_parent = false;
    for (const std::string& partner : partners_of[p.id])
      for (const std::string& child : children_of[partner]) {
        partner_of_parent = true;
        children.insert(child);
      }
    const std::set<std::string>& housemates = housemates_of[p.id];
    children.insert(housemates.begin(), housemates.end());
    children.erase(p.id);
    facts.role = parent                  ? (p.sex == Sex::male     ? "father"
                                            : p.sex == Sex::female ? "mother"
                                                                   : "parent")
                 : partner_of_parent     ? "partner of a parent"
                 : !housemates.empty()   ? "member of a household with children"
                 : child_age(p.id) != -2 ? "child"
                                         : "adult in the case";
    for (const std::string& child : children) facts.children_ages.push_back(child_age(child));
    std::sort(facts.children_ages.begin(), facts.children_ages.end());
    for (const RiskFlag& flag : p.risk)
      if (std::find(facts.risk_factors.begin(), facts.risk_factors.end(), flag.factor) ==
          facts.risk_factors.end())
        facts.risk_factors.push_back(flag.factor);
    const auto& victims = abused[p.id];
    facts.abuse_from = !victims.empty();
    facts.abused.assign(victims.begin(), victims.end());
    facts.dash_perpetrator = dash.count(p.id) > 0;
    out.push_back(std::move(rec));
  }
  return out;
}

}  // namespace kinmap::caseload
