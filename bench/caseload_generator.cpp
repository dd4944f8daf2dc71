#include "caseload_generator.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

namespace kinmap {
namespace {

using nlohmann::ordered_json;

struct Sections {
  ordered_json people = ordered_json::array();
  ordered_json relationships = ordered_json::array();
  ordered_json households = ordered_json::array();
  ordered_json events = ordered_json::array();
  ordered_json dash = ordered_json::array();
  ordered_json focus = ordered_json::array();     ///< the plan's children
  ordered_json children = ordered_json::array();  ///< every child
  ordered_json mothers = ordered_json::array();
  std::size_t people_added = 0;
};

ordered_json person(const std::string& id, const std::string& name, const char* sex) {
  return {{"id", id}, {"name", name}, {"sex", sex}};
}

ordered_json parent(const std::string& p, const std::string& c) {
  return {{"type", "parent"}, {"parent", p}, {"child", c}};
}

void add_separated(std::size_t n, Sections& s) {
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
  for (const auto& c : {c1, c2, u, fc, fo}) s.children.push_back(c);
  s.mothers.push_back(m);
  s.people_added += kPeoplePerFamily;
}

ordered_json born(ordered_json p, const char* date) {
  p["born"] = date;
  return p;
}

ordered_json partner(const std::string& a, const std::string& b, const char* status,
                     const char* from) {
  return {{"type", "partner"}, {"a", a}, {"b", b}, {"status", status}, {"from", from}};
}

ordered_json member(const std::string& id) {
  return {{"person", id}};
}

void add_blended(std::size_t n, Sections& s) {
  const std::string k = "_b" + std::to_string(n);
  const std::string man = "man" + k, w1 = "wa" + k, w2 = "wb" + k, w3 = "wc" + k, c1 = "ka" + k,
                    c2 = "kb" + k, c3 = "kc" + k, gran = "gr" + k, x = "xf" + k, y = "yo" + k;
  auto him = born(person(man, "Man " + k, "male"), "1986-02");
  him["engagement"] = "not_engaged";
  him["known_to"] = {"police", "substance_misuse"};
  him["risk"] = {{{"factor", "domestic_abuse_perpetrator"}, {"source", "police"}, {"date", "2025"}},
                 {{"factor", "substance_misuse"}, {"source", "gp"}}};
  auto first = born(person(w1, "First partner " + k, "female"), "1990");
  first["assessment"] = {{"status", "complete"}, {"date", "2026-08-01"}};
  auto second = born(person(w2, "Second partner " + k, "female"), "1994-07-01");
  auto third = born(person(w3, "Third partner " + k, "female"), "1997");
  third["engagement"] = "partial";
  for (auto&& p : {std::move(him), std::move(first), std::move(second), std::move(third),
                   born(person(c1, "Eldest " + k, "female"), "2015-05-05"),
                   born(person(c2, "Middle " + k, "male"), "2021-09-09"),
                   born(person(c3, "Youngest " + k, "female"), "2026-03-01"),
                   born(person(gran, "Grandmother " + k, "female"), "1962"),
                   ordered_json{{"id", x}, {"sex", "male"}, {"identity", "partial"}},
                   born(person(y, "Older brother " + k, "male"), "2009-01-01")})
    s.people.push_back(p);
  for (const auto& [a, b] :
       {std::pair{man, c1}, {w1, c1}, {man, c2}, {w2, c2}, {w3, c3}, {x, c3}, {gran, w1}, {w1, y}})
    s.relationships.push_back(parent(a, b));
  auto kinship = parent(gran, c1);
  kinship["kind"] = "kinship";
  kinship["pr"] = true;
  s.relationships.push_back(kinship);
  auto ended = partner(man, w1, "separated", "2012");
  ended["to"] = "2020-06";
  s.relationships.push_back(ended);
  s.relationships.push_back(partner(man, w2, "current", "2020-09"));
  auto dating = partner(man, w3, "current", "2026-06");
  dating["form"] = "dating";
  s.relationships.push_back(dating);
  s.relationships.push_back(
      {{"type", "abuse"}, {"from", man}, {"to", w1}, {"forms", {"physical"}}, {"last", "2020-05"}});
  s.relationships.push_back({{"type", "contact"},
                             {"adult", man},
                             {"child", c1},
                             {"frequency", "monthly"},
                             {"supervised", false}});
  s.relationships.push_back(
      {{"type", "care"}, {"carer", gran}, {"child", c1}, {"frequency", "daily"}});

  s.households.push_back(
      {{"id", "hb" + k}, {"confirmed", "2026-10-01"}, {"members", {member(gran), member(c1)}}});
  s.households.push_back({{"id", "hw" + k}, {"members", {member(w1), member(y)}}});
  s.households.push_back({{"id", "hm" + k}, {"members", {member(man), member(w2), member(c2)}}});
  s.households.push_back(
      {{"id", "hc" + k},
       {"members",
        {member(w3), member(c3), {{"person", man}, {"status", "visitor"}, {"from", "2026-07"}}}}});
  s.events.push_back({{"date", "2026-09-14"}, {"type", "police_callout"}, {"household", "hw" + k}});
  for (const char* date : {"2026-08-02", "2026-10-20"})
    s.events.push_back(
        {{"date", date}, {"type", "sighting"}, {"people", {man}}, {"household", "hc" + k}});
  s.focus.push_back(c1);
  s.focus.push_back(c3);
  for (const auto& c : {c1, c2, c3, y}) s.children.push_back(c);
  s.mothers.push_back(w3);
  s.people_added += 10;
}

void add_extended(std::size_t n, Sections& s) {
  const std::string k = "_e" + std::to_string(n);
  const std::string gf = "gf" + k, gm = "gm" + k, dau = "da" + k, son = "so" + k, dp = "dp" + k,
                    k1 = "k1" + k, k2 = "k2" + k, ex = "ex" + k, k3 = "k3" + k, teen = "tn" + k,
                    baby = "bb" + k, dad = "yd" + k, aunt = "au" + k, cousin = "co" + k;
  auto grandfather = born(person(gf, "Grandfather " + k, "male"), "1958");
  grandfather["risk"] = {
      {{"factor", "child_harm_history"}, {"source", "police"}, {"date", "1994"}}};
  auto son_p = born(person(son, "Son " + k, "male"), "1989");
  son_p["assessment"] = {{"status", "in_progress"}};
  auto dad_p = born(person(dad, "Young father " + k, "male"), "2007-03-01");
  dad_p["asked_about_children"] = false;
  for (auto&& p : {std::move(grandfather), born(person(gm, "Grandmother " + k, "female"), "1960"),
                   born(person(dau, "Daughter " + k, "female"), "1992"), std::move(son_p),
                   born(person(dp, "Daughter's partner " + k, "male"), "1990"),
                   born(person(k1, "Grandchild one " + k, "male"), "2018-04-04"),
                   born(person(k2, "Grandchild two " + k, "female"), "2023-12-12"),
                   born(person(ex, "Son's ex-partner " + k, "female"), "1988"),
                   born(person(k3, "Grandchild three " + k, "female"), "2017-06-06"),
                   born(person(teen, "Teenage mother " + k, "female"), "2010-02-02"),
                   ordered_json{{"id", baby}, {"sex", "unknown"}, {"expected", "2027-01-20"}},
                   std::move(dad_p), born(person(aunt, "Aunt " + k, "female"), "1985"),
                   born(person(cousin, "Cousin " + k, "male"), "2012-08-08")})
    s.people.push_back(p);
  for (const auto& [a, b] : {std::pair{gf, dau},
                             {gm, dau},
                             {gf, son},
                             {gm, son},
                             {gm, aunt},
                             {dau, k1},
                             {dp, k1},
                             {dau, k2},
                             {dp, k2},
                             {son, k3},
                             {ex, k3},
                             {ex, teen},
                             {teen, baby},
                             {dad, baby},
                             {aunt, cousin}})
    s.relationships.push_back(parent(a, b));
  auto married = partner(gf, gm, "current", "1984");
  married["form"] = "married";
  s.relationships.push_back(married);
  s.relationships.push_back(partner(dau, dp, "current", "2016"));
  auto split = partner(son, ex, "separated", "2015");
  split["to"] = "2025-11";
  s.relationships.push_back(split);
  s.relationships.push_back(partner(teen, dad, "current", "2026-03"));
  s.relationships.push_back({{"type", "contact"},
                             {"adult", son},
                             {"child", k3},
                             {"frequency", "weekly"},
                             {"supervised", true}});
  s.relationships.push_back(
      {{"type", "care"}, {"carer", gm}, {"child", k1}, {"frequency", "weekly"}});
  s.relationships.push_back(
      {{"type", "care"}, {"carer", gf}, {"child", k2}, {"frequency", "daily"}});
  s.households.push_back({{"id", "hg" + k},
                          {"confirmed", "2026-10-15"},
                          {"members", {member(gf), member(gm), member(son)}}});
  s.households.push_back({{"id", "hd" + k},
                          {"confirmed", "2026-06-01"},
                          {"members", {member(dau), member(dp), member(k1), member(k2)}}});
  s.households.push_back(
      {{"id", "he" + k},
       {"members",
        {member(ex), member(k3), member(teen), {{"person", dad}, {"status", "staying"}}}}});
  s.households.push_back({{"id", "ha" + k}, {"members", {member(aunt), member(cousin)}}});
  s.events.push_back({{"date", "2026-02-01"}, {"type", "separation"}, {"people", {son, ex}}});
  s.events.push_back({{"date", "2026-09-30"},
                      {"type", "sighting"},
                      {"people", {son}},
                      {"household", "he" + k},
                      {"source", "school"}});
  s.events.push_back({{"date", "2026-07-01"}, {"type", "pregnancy"}, {"people", {teen}}});
  for (const auto& c : {k1, k2, k3, baby}) s.focus.push_back(c);
  for (const auto& c : {k1, k2, k3, teen, baby, cousin}) s.children.push_back(c);
  s.mothers.push_back(dau);
  s.mothers.push_back(ex);
  s.people_added += 14;
}

}  // namespace

std::string generate_caseload(std::size_t people, CaseloadOptions options) {
  Sections s;
  struct Shape {
    void (*add)(std::size_t, Sections&);
    std::size_t people;
  };
  constexpr Shape kShapes[] = {
      {add_separated, kPeoplePerFamily}, {add_blended, 10}, {add_extended, 14}};
  for (std::size_t n = 0;; ++n) {
    const Shape& shape =
        kShapes[options.shape == FamilyShape::mixed ? n % 3
                                                    : static_cast<std::size_t>(options.shape)];
    // Whole families, as many as fit (at least one): never past `people`, so
    // a caseload of 200,000 stays within the loader's limit.
    if (n > 0 && s.people_added + shape.people > people) break;
    shape.add(n, s);
  }
  if (options.every_child_in_focus) s.focus = s.children;
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
