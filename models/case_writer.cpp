#include "case_writer.h"

#include <nlohmann/json.hpp>

#include "case_loader.h"

namespace kinmap {
namespace {

using ordered = nlohmann::ordered_json;

void put_text(ordered& out, const char* key, const std::string& value) {
  if (!value.empty()) out[key] = value;
}
void put_date(ordered& out, const char* key, const std::optional<PartialDate>& value) {
  if (value) out[key] = value->to_string();
}
void put_ids(ordered& out, const char* key, const std::vector<std::string>& ids) {
  if (!ids.empty()) out[key] = ids;
}
void put_ext(ordered& out, const std::string& ext_json) {
  if (!ext_json.empty()) out["ext"] = ordered::parse(ext_json);
}
template <typename E>
void put_words(ordered& out, const char* key, const std::vector<E>& values) {
  if (values.empty()) return;
  ordered list = ordered::array();
  for (E v : values) list.push_back(std::string(spelling(v)));
  out[key] = list;
}

ordered person_json(const Person& p) {
  ordered o;
  o["id"] = p.id;
  o["sex"] = std::string(spelling(p.sex));
  put_text(o, "name", p.name);
  if (!p.aliases.empty()) o["aliases"] = p.aliases;
  put_date(o, "born", p.born);
  if (p.age) o["age"] = *p.age;
  put_date(o, "died", p.died);
  put_date(o, "expected", p.expected);
  if (p.identity != Identity::known) o["identity"] = std::string(spelling(p.identity));
  if (p.assessment.status != AssessmentStatus::none || p.assessment.date ||
      !p.assessment.by.empty()) {
    ordered a;
    a["status"] = std::string(spelling(p.assessment.status));
    put_date(a, "date", p.assessment.date);
    put_text(a, "by", p.assessment.by);
    o["assessment"] = a;
  }
  if (p.engagement != Engagement::unknown) o["engagement"] = std::string(spelling(p.engagement));
  put_words(o, "known_to", p.known_to);
  put_words(o, "checks", p.checks);
  if (!p.risk.empty()) {
    ordered list = ordered::array();
    for (const RiskFlag& f : p.risk) {
      ordered r;
      r["factor"] = f.factor;
      put_text(r, "source", f.source);
      put_date(r, "date", f.date);
      if (f.basis != RiskBasis::unknown) r["basis"] = std::string(spelling(f.basis));
      put_text(r, "note", f.note);
      list.push_back(r);
    }
    o["risk"] = list;
  }
  if (p.asked_about_children) o["asked_about_children"] = *p.asked_about_children;
  if (!p.ids.empty()) o["ids"] = p.ids;
  put_text(o, "notes", p.notes);
  put_ext(o, p.ext_json);
  return o;
}

ordered relationship_json(const Relationship& r) {
  ordered o;
  o["type"] = std::string(spelling(r.type));
  const auto [from_key, to_key] = end_keys(r.type);
  o[from_key] = r.from;
  o[to_key] = r.to;
  switch (r.type) {
    case RelationshipType::parent:
      if (r.kind != ParentKind::biological) o["kind"] = std::string(spelling(r.kind));
      if (r.pr) o["pr"] = *r.pr;
      break;
    case RelationshipType::partner:
      if (r.status != PartnerStatus::unknown) o["status"] = std::string(spelling(r.status));
      if (r.form != PartnerForm::unknown) o["form"] = std::string(spelling(r.form));
      put_date(o, "from", r.start);
      put_date(o, "to", r.end);
      break;
    case RelationshipType::contact:
      if (r.frequency != Frequency::unknown) o["frequency"] = std::string(spelling(r.frequency));
      if (r.supervised) o["supervised"] = *r.supervised;
      if (r.basis != ContactBasis::unknown) o["basis"] = std::string(spelling(r.basis));
      break;
    case RelationshipType::care:
      if (r.frequency != Frequency::unknown) o["frequency"] = std::string(spelling(r.frequency));
      break;
    case RelationshipType::abuse:
      put_words(o, "forms", r.forms);
      put_date(o, "last", r.last);
      break;
    case RelationshipType::other:
      o["label"] = r.label;
      break;
    case RelationshipType::sibling:
      break;
  }
  put_text(o, "source", r.source);
  put_date(o, "reported", r.reported);
  put_text(o, "note", r.note);
  put_ext(o, r.ext_json);
  return o;
}

}  // namespace

std::string write_case(const Case& c) {
  ordered doc;
  doc["format"] = "kinmap-case/1";
  ordered info;
  info["id"] = c.info.id;
  put_text(info, "title", c.info.title);
  info["as_of"] = c.info.as_of.to_string();
  put_text(info, "marking", c.info.marking);
  put_ids(info, "focus", c.info.focus);
  put_ext(info, c.info.ext_json);
  doc["case"] = info;

  ordered people = ordered::array();
  for (const Person& p : c.people) people.push_back(person_json(p));
  doc["people"] = people;

  ordered relationships = ordered::array();
  for (const Relationship& r : c.relationships) relationships.push_back(relationship_json(r));
  if (!relationships.empty()) doc["relationships"] = relationships;

  ordered households = ordered::array();
  for (const Household& h : c.households) {
    ordered o;
    o["id"] = h.id;
    put_text(o, "label", h.label);
    put_date(o, "confirmed", h.confirmed);
    ordered members = ordered::array();
    for (const Membership& m : h.members) {
      ordered member;
      member["person"] = m.person;
      if (m.status != MemberStatus::resident) member["status"] = std::string(spelling(m.status));
      put_date(member, "from", m.from);
      put_date(member, "to", m.to);
      put_text(member, "source", m.source);
      members.push_back(member);
    }
    o["members"] = members;
    put_ext(o, h.ext_json);
    households.push_back(o);
  }
  if (!households.empty()) doc["households"] = households;

  if (c.plan) {
    ordered plan = ordered::object();
    if (c.plan->type) plan["type"] = std::string(spelling(*c.plan->type));
    put_date(plan, "date", c.plan->date);
    put_date(plan, "review", c.plan->review);
    put_ids(plan, "children", c.plan->children);
    put_ids(plan, "named", c.plan->named);
    put_ids(plan, "invited", c.plan->invited);
    put_ids(plan, "attended", c.plan->attended);
    put_ids(plan, "relies_on", c.plan->relies_on);
    put_ext(plan, c.plan->ext_json);
    doc["plan"] = plan;
  }

  ordered events = ordered::array();
  for (const Event& e : c.events) {
    ordered o;
    o["date"] = e.date.to_string();
    o["type"] = std::string(spelling(e.type));
    put_ids(o, "people", e.people);
    put_text(o, "household", e.household);
    put_text(o, "source", e.source);
    put_text(o, "note", e.note);
    put_ext(o, e.ext_json);
    events.push_back(o);
  }
  if (!events.empty()) doc["events"] = events;

  ordered dash = ordered::array();
  for (const DashAssessment& d : c.dash) {
    ordered o;
    o["victim"] = d.victim;
    put_text(o, "perpetrator", d.perpetrator);
    o["date"] = d.date.to_string();
    if (d.yes_count) o["yes_count"] = *d.yes_count;
    if (!d.answers.empty()) {
      ordered answers = ordered::object();
      for (const auto& [q, a] : d.answers) answers[q] = a ? ordered(*a) : ordered(nullptr);
      o["answers"] = answers;
    }
    put_ext(o, d.ext_json);
    dash.push_back(o);
  }
  if (!dash.empty()) doc["dash"] = dash;

  ordered reviews = ordered::array();
  for (const Review& v : c.reviews) {
    ordered o;
    o["rule"] = v.rule;
    put_text(o, "person", v.person);
    put_text(o, "child", v.child);
    o["decision"] = std::string(spelling(v.decision));
    o["reason"] = v.reason;
    put_text(o, "by", v.by);
    o["date"] = v.date.to_string();
    put_ext(o, v.ext_json);
    reviews.push_back(o);
  }
  if (!reviews.empty()) doc["reviews"] = reviews;
  put_ext(doc, c.ext_json);
  return doc.dump(2) + "\n";
}

}  // namespace kinmap
