// THREATS_TO_KILL: threats to kill or non-fatal strangulation on record.
//
// Lesson (Buckinghamshire SCB, "Trigger events"): "Threats from men to kill
// themselves, the mother or the children, must be taken seriously and should
// lead to an urgent risk assessment." Norfolk, learning from domestic
// homicide reviews: "Non-fatal strangulation ... Recognising when this has
// occurred and the heightened risk."
//
// Fires once per person with a `threats_to_kill` or
// `non_fatal_strangulation` risk factor, the `from` of an abuse relationship
// with form `threats_to_kill` or `strangulation`, or the person who made a
// `threat` event. In a threat event the person who made the threat is the
// one with a recorded abuse of another person in the event; else the only
// one in it who poses risk; else the first listed (case files should list
// the person who threatened first). `people` is that person, then the
// victims where known. Children: those whose circle holds any of them or
// whom they reach, else every focus child. Urgent.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "THREATS_TO_KILL";
constexpr std::string_view kWhy =
    "Threats to kill and non-fatal strangulation are among the strongest warnings of homicide, and "
    "must lead "
    "to an urgent risk assessment.";

struct Record {
  std::vector<std::string>
      kinds;  // "threats to kill", "non-fatal strangulation", "a recorded threat"
  std::vector<std::string> sources;  // where each is recorded
  std::vector<Vertex> victims;

  void add(std::string kind, std::string source) {
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
      kinds.push_back(std::move(kind));
    if (std::find(sources.begin(), sources.end(), source) == sources.end())
      sources.push_back(std::move(source));
  }
  void victim(Vertex v) {
    if (std::find(victims.begin(), victims.end(), v) == victims.end()) victims.push_back(v);
  }
};

std::string label(const AnalysisContext& a, std::string_view factor) {
  const RiskFactor* f = a.family().model().factor(factor);
  return f ? f->label : std::string(factor);
}

/// Who made the threat in a `threat` event (see the header comment).
std::optional<Vertex> threatener(const AnalysisContext& a, const Event& e) {
  std::vector<Vertex> people;
  for (const std::string& id : e.people)
    if (const auto v = a.family().find(id)) people.push_back(*v);
  for (Vertex v : people)
    for (const auto& abuse : a.family().outgoing(v, RelationshipType::abuse))
      if (std::find(people.begin(), people.end(), abuse.person) != people.end()) return v;
  std::optional<Vertex> only;
  int risky = 0;
  for (Vertex v : people)
    if (a.risk().poses_risk(v)) {
      only = v;
      ++risky;
    }
  if (risky == 1) return only;
  if (!people.empty()) return people.front();
  return std::nullopt;
}

}  // namespace

void threats_to_kill(const AnalysisContext& a, Findings& out) {
  const FamilyGraph& family = a.family();
  std::map<Vertex, Record> records;
  for (Vertex v = 0; v < family.size(); ++v)
    for (const RiskFlag& flag : a.person(v).risk)
      if (flag.factor == "threats_to_kill" || flag.factor == "non_fatal_strangulation") {
        std::string source = label(a, flag.factor) + " recorded as a risk factor";
        if (!flag.source.empty()) source += " by " + wording::source_name(flag.source);
        if (flag.date) source += " (" + flag.date->to_string() + ")";
        records[v].add(label(a, flag.factor), std::move(source));
      }
  for (Vertex v = 0; v < family.size(); ++v)
    for (const auto& link : family.outgoing(v, RelationshipType::abuse)) {
      const Relationship& r = *link.relationship;
      for (const auto& [form, factor] :
           {std::pair{AbuseForm::threats_to_kill, "threats_to_kill"},
            std::pair{AbuseForm::strangulation, "non_fatal_strangulation"}}) {
        if (!r.has_form(form)) continue;
        std::string source = label(a, factor) + " in the recorded abuse of " + a.name(link.person);
        if (r.last) source += " (last " + r.last->to_string() + ")";
        records[v].add(label(a, factor), std::move(source));
        records[v].victim(link.person);
      }
    }
  for (const Event& e : a.case_data().events) {
    if (e.type != EventType::threat) continue;
    const auto who = threatener(a, e);
    if (!who) continue;
    std::string source = "a threat recorded on " + e.date.to_string();
    if (!e.source.empty()) source += " by " + wording::source_name(e.source);
    records[*who].add("a recorded threat", std::move(source));
    for (const std::string& id : e.people)
      if (const auto v = family.find(id); v && *v != *who) records[*who].victim(*v);
  }

  for (const auto& [v, record] : records) {
    std::vector<Vertex> people{v};
    people.insert(people.end(), record.victims.begin(), record.victims.end());
    std::vector<Vertex> children = a.children_around(people);
    if (children.empty()) children = a.focus();
    const std::string what = " " + has(a, v) + " a record of " + wording::join_list(record.kinds) +
                             ": " + wording::join_list(record.sources, "; ", "; ") + ".";
    std::string message = describe_among(a, v, children) + what;
    if (const auto path = a.cheapest_exposure(v))
      message += " " + he(a, v, true) + " can reach " + a.name(path->people.back()) + ": " +
                 path->format(a.roles()) + ".";
    message +=
        " Threats to kill and strangulation must lead to an urgent risk assessment: arrange one "
        "now with the "
        "police, consider a MARAC referral, and make sure the safety plan for " +
        (children.empty() ? std::string("the household") : a.child_names(children)) + " covers " +
        him(a, v) + ".";
    Finding f =
        make_finding(a, kRule, Severity::urgent, people, children, std::move(message), kWhy);
    // The report states the risk factors once; a recorded threat is more than they say.
    if (std::find(record.kinds.begin(), record.kinds.end(), "a recorded threat") !=
        record.kinds.end())
      f.detail = a.name(v) + what;
    f.actions = {urgent_assessment_action(a, v), safe_now_action(a, v), marac_action(a, v)};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
