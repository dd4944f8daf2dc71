#include "caseload_generator.h"

#include <nlohmann/json.hpp>

namespace kinmap {
namespace {

using nlohmann::ordered_json;

struct Sections {
  ordered_json people = ordered_json::array();
  ordered_json relationships = ordered_json::array();
  ordered_json households = ordered_json::array();
  ordered_json events = ordered_json::array();
  ordered_json dash = ordered_json::array();
  ordered_json focus = ordered_json::array();
  ordered_json mothers = ordered_json::array();
};

ordered_json person(const std::string& id, const std::string& name, const char* sex) {
  return {{"id", id}, {"name", name}, {"sex", sex}};
}

ordered_json parent(const std::string& p, const std::string& c) {
  return {{"type", "parent"}, {"parent", p}, {"child", c}};
}

void add_family(std::size_t n, Sections& s) {
  const std::string k = std::to_string(n);
  const std::string m = "m" + k, f = "f" + k, p = "p" + k, c1 = "a" + k, c2 = "b" + k, u = "u" + k,
                    g = "g" + k, gp = "gp" + k, fp = "fp" + k, fc = "fc" + k, fo = "fo" + k,
                    x = "x" + k;
  auto mother = person(m, "Mother " + k, "female");
  mother["born"] = "1996-04-02";
  mother["assessment"] = {{"status", "complete"}, {"date", "2026-09-10"}};
  mother["engagement"] = "engaged";
  auto father = person(f, "Father " + k, "male");
  father["age"] = 31;
  father["engagement"] = "not_contacted";
  father["known_to"] = {"police", "probation"};
  father["risk"] = {
      {{"factor", "domestic_abuse_perpetrator"}, {"source", "police"}, {"date", "2026-04-20"}}};
  auto partner = person(p, "Partner " + k, "male");
  partner["age"] = 35;
  auto child1 = person(c1, "Child A" + k, "female");
  child1["born"] = "2024-06-02";
  auto child2 = person(c2, "Child B" + k, "male");
  child2["born"] = "2019-02-11";
  ordered_json unborn = {{"id", u}, {"sex", "unknown"}, {"expected", "2027-02-10"}};
  auto gran = person(g, "Grandmother " + k, "female");
  gran["born"] = "1968";
  auto gran_partner = person(gp, "Grandmother's partner " + k, "male");
  gran_partner["born"] = "1965";
  auto father_partner = person(fp, "Father's partner " + k, "female");
  father_partner["age"] = 29;
  auto father_partner_child = person(fc, "Child C" + k, "male");
  father_partner_child["born"] = "2016-01-01";
  auto father_other_child = person(fo, "Child D" + k, "female");
  father_other_child["born"] = "2025-03-03";
  ordered_json unknown = {
      {"id", x}, {"sex", "male"}, {"identity", "unknown"}, {"name", "Man seen at home " + k}};
  for (auto* entry : {&mother, &father, &partner, &child1, &child2, &unborn, &gran, &gran_partner,
                      &father_partner, &father_partner_child, &father_other_child, &unknown})
    s.people.push_back(std::move(*entry));

  for (const auto& [a, b] : {std::pair{m, c1},
                             {f, c1},
                             {m, c2},
                             {f, c2},
                             {m, u},
                             {p, u},
                             {g, m},
                             {fp, fc},
                             {f, fo},
                             {fp, fo}})
    s.relationships.push_back(parent(a, b));
  s.relationships.push_back({{"type", "partner"},
                             {"a", m},
                             {"b", f},
                             {"status", "separated"},
                             {"from", "2017"},
                             {"to", "2026-05"},
                             {"source", "mother"}});
  s.relationships.push_back(
      {{"type", "partner"}, {"a", m}, {"b", p}, {"status", "current"}, {"from", "2026-08"}});
  s.relationships.push_back({{"type", "partner"}, {"a", g}, {"b", gp}, {"status", "current"}});
  s.relationships.push_back(
      {{"type", "partner"}, {"a", f}, {"b", fp}, {"status", "current"}, {"from", "2024-05"}});
  s.relationships.push_back({{"type", "contact"},
                             {"adult", f},
                             {"child", c1},
                             {"frequency", "weekly"},
                             {"supervised", false}});
  s.relationships.push_back({{"type", "contact"},
                             {"adult", f},
                             {"child", c2},
                             {"frequency", "weekly"},
                             {"supervised", true}});
  s.relationships.push_back(
      {{"type", "care"}, {"carer", g}, {"child", c1}, {"frequency", "weekly"}});
  s.relationships.push_back({{"type", "abuse"},
                             {"from", f},
                             {"to", m},
                             {"forms", {"physical", "coercive_control"}},
                             {"last", "2026-04-20"},
                             {"source", "police"}});

  s.households.push_back({{"id", "h" + k},
                          {"label", "Home " + k},
                          {"confirmed", "2026-05-01"},
                          {"members",
                           {{{"person", m}},
                            {{"person", c1}},
                            {{"person", c2}},
                            {{"person", p}, {"status", "staying"}, {"from", "2026-09"}},
                            {{"person", x}, {"status", "staying"}}}}});
  s.households.push_back({{"id", "hg" + k}, {"members", {{{"person", g}}, {{"person", gp}}}}});
  s.households.push_back(
      {{"id", "hf" + k},
       {"members", {{{"person", f}}, {{"person", fp}}, {{"person", fc}}, {{"person", fo}}}}});

  for (const char* date : {"2026-01-05", "2026-03-10", "2026-04-20"})
    s.events.push_back(
        {{"date", date}, {"type", "incident"}, {"people", {m, f}}, {"source", "police"}});
  s.events.push_back({{"date", "2026-05-01"}, {"type", "separation"}, {"people", {m, f}}});
  s.events.push_back(
      {{"date", "2026-10-12"}, {"type", "sighting"}, {"people", {f}}, {"household", "h" + k}});
  s.events.push_back({{"date", "2026-06-20"}, {"type", "pregnancy"}, {"people", {m}}});
  s.dash.push_back({{"victim", m}, {"perpetrator", f}, {"date", "2026-04-21"}, {"yes_count", 15}});
  s.focus.push_back(c1);
  s.focus.push_back(c2);
  s.mothers.push_back(m);
}

}  // namespace

std::string generate_caseload(std::size_t people) {
  Sections s;
  const std::size_t families =
      std::max<std::size_t>(1, (people + kPeoplePerFamily - 1) / kPeoplePerFamily);
  for (std::size_t n = 0; n < families; ++n) add_family(n, s);
  ordered_json doc;
  doc["format"] = "kinmap-case/1";
  doc["case"] = {{"id", "C-BENCH"},
                 {"title", "Generated caseload"},
                 {"as_of", "2026-11-01"},
                 {"marking", "OFFICIAL"},
                 {"focus", s.focus}};
  doc["people"] = std::move(s.people);
  doc["relationships"] = std::move(s.relationships);
  doc["households"] = std::move(s.households);
  doc["plan"] = {{"type", "child_protection"},
                 {"children", s.focus},
                 {"named", s.mothers},
                 {"invited", s.mothers},
                 {"relies_on", s.mothers}};
  doc["events"] = std::move(s.events);
  doc["dash"] = std::move(s.dash);
  return doc.dump();
}

}  // namespace kinmap
