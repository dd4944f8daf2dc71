// CONFLICTING_ACCOUNTS: a relationship is recorded as over, but later records
// show the two together or the ex-partner at the child's home.
//
// Lesson (Buckinghamshire SCB, "Maintaining a healthy scepticism"): "In some
// cases, the mother tells agencies that she is no longer in touch with her
// ex-partner. Only too late does it become apparent that he is still seeing
// her and / or the children." And: professionals "should not rely on a
// previous claim that the relationship has permanently ended."
//
// For each partnership recorded as separated, divorced or ended, the date it
// ended is the latest of its `to` date and any `separation` event of the two
// (with neither, the date it was reported). Fires when, after that date, a
// sighting, incident, police callout, arrest, breach or reconciliation
// involves both of them, or involves one of them at a home where the other,
// or a child of them both, lives and they do not; or when another partnership record
// of the two is current or on-off; or when both are recorded as living in
// the same home. `people` is the two partners, in the order recorded. High.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "CONFLICTING_ACCOUNTS";
constexpr std::string_view kWhy =
    "Separated couples may still be together, and an abusive ex-partner may still be seeing the "
    "mother or the children.";

struct EventWords {
  EventType type;
  std::string_view words;  // with the article
};

constexpr EventWords kShowsTogether[] = {
    {EventType::sighting, "a sighting"},
    {EventType::incident, "an incident"},
    {EventType::police_callout, "a police callout"},
    {EventType::arrest, "an arrest"},
    {EventType::breach, "a breach of an order"},
    {EventType::reconciliation, "a reconciliation"},
};

std::optional<std::string_view> shows_together(EventType type) {
  for (const auto& e : kShowsTogether)
    if (e.type == type) return e.words;
  return std::nullopt;
}

/// True when a child of both `x` and `y` lives in household `h`.
bool shared_child_lives_in(const AnalysisContext& a, Vertex x, Vertex y, std::size_t h) {
  for (const auto& link : a.family().children(x))
    if (is_parent_of(a, y, link.person) && a.homes().lives_in(link.person, h)) return true;
  return false;
}

}  // namespace

void conflicting_accounts(const AnalysisContext& a, Findings& out) {
  const FamilyGraph& family = a.family();
  for (const Relationship& r : a.case_data().relationships) {
    if (r.type != RelationshipType::partner || !r.partnership_over()) continue;
    const Vertex first = family.at(r.from), second = family.at(r.to);
    std::optional<PartialDate> ended = r.end;
    for (const Event* e : a.events_of(first))
      if (e->type == EventType::separation && e->involves(r.to) &&
          (!ended || e->date.last_day() > ended->last_day()))
        ended = e->date;
    if (!ended) ended = r.reported;

    // Stalking recorded between them after a recent separation: later
    // contact is pursuit, SEPARATION_TRIGGER's question, not a conflicting
    // account of whether the relationship ended.
    bool stalking = false;
    for (const auto& [x, y] : {std::pair{first, second}, std::pair{second, first}})
      for (const auto& link : family.outgoing(x, RelationshipType::abuse))
        stalking =
            stalking || (link.person == y && link.relationship->has_form(AbuseForm::stalking));
    if (stalking && ended &&
        ended->last_day() >= months_before(a.as_of(), a.thresholds().separation_window_months))
      continue;

    const std::vector<Vertex> pair{first, second};
    std::vector<Vertex> children = a.children_around(pair);
    std::vector<std::string> evidence;
    if (ended) {
      for (const Event* event : a.events_of_either(first, second)) {
        const Event& e = *event;
        const auto words = shows_together(e.type);
        if (!words || e.date.first_day() <= ended->last_day()) continue;
        const bool both = e.involves(r.from) && e.involves(r.to);
        const std::optional<std::size_t> home =
            e.household.empty() ? std::nullopt : a.household_index(e.household);
        std::optional<Vertex> visitor;
        if (!both && home)
          for (const auto& [x, y] : {std::pair{first, second}, std::pair{second, first}}) {
            if (!e.involves(a.person(x).id) || a.homes().lives_in(x, *home)) continue;
            if (a.homes().lives_in(y, *home) || shared_child_lives_in(a, x, y, *home)) visitor = x;
          }
        if (!both && !visitor) continue;
        std::string place;
        if (home) {
          // Name the home after a child of theirs who lives there, else the first focus child.
          std::vector<Vertex> there;
          for (const auto& resident : a.homes().residents(*home))
            if (a.is_focus(resident.person)) there.push_back(resident.person);
          there = a.in_focus_order(std::move(there));
          std::optional<Vertex> child_there;
          for (Vertex c : there)
            if (!child_there && is_parent_of(a, first, c) && is_parent_of(a, second, c))
              child_there = c;
          if (!child_there && !there.empty()) child_there = there.front();
          place = child_there ? " at " + wording::possessive(a.name(*child_there)) + " home"
                              : " at " + a.household_name(*home);
        }
        std::string text = std::string(*words) + " on " + e.date.to_string() +
                           (both ? " involving both of them" : " involving " + a.name(*visitor)) +
                           place;
        if (!e.source.empty()) text += " (" + wording::source_name(e.source) + ")";
        evidence.push_back(std::move(text));
      }
    }
    for (const auto& link : family.partners(first)) {
      const Relationship& other = *link.relationship;
      if (&other == &r || link.person != second || other.partnership_over() ||
          other.status == PartnerStatus::unknown)
        continue;
      std::string text = "another record shows the relationship as " +
                         std::string(wording::partnership_status_word(other.status));
      if (other.reported) text += " (reported " + other.reported->to_string() + ")";
      evidence.push_back(std::move(text));
    }
    for (const auto& home : a.homes().of(first))
      if (home.membership && a.homes().lives_in(second, home.household)) {
        evidence.push_back("both are recorded as living at " + a.household_name(home.household));
        break;
      }
    if (evidence.empty()) continue;

    auto who = [&](Vertex v) {
      return children.empty() ? a.name(v) : a.describe(v, child_for(a, v, children));
    };
    std::string account =
        " are recorded as " + std::string(wording::partnership_status_word(r.status));
    if (ended) account += " since " + ended->to_string();
    if (!r.source.empty()) account += " (account from " + wording::source_name(r.source) + ")";
    account += ", but the record also shows " + wording::join_list(evidence, "; ", "; and ") + ".";
    std::string message = who(first) + " and " + who(second) + account;
    std::string detail = a.name(first) + " and " + a.name(second) + account;
    std::vector<std::string> actions;
    // With abuse between them, later contact may be him pursuing her, not a
    // reconciliation: the message must not blame the victim for it.
    std::optional<Vertex> abuser;
    for (const auto& [x, y] : {std::pair{first, second}, std::pair{second, first}})
      for (const auto& link : family.outgoing(x, RelationshipType::abuse))
        if (link.person == y && !abuser) abuser = x;
    if (abuser) {
      const Vertex victim = *abuser == first ? second : first;
      const std::string pursuing = " Whether they are back together or " + a.name(*abuser) +
                                   " is still pursuing " + a.name(victim) +
                                   ", the separation has not ended the contact between them";
      const std::string kept =
          children.empty() ? std::string("the children") : a.child_names(children);
      message += pursuing + ": do not rely on it to keep " + kept + " safe. Talk with " +
                 a.name(victim) +
                 " alone, check with the police and other agencies, and review the risk "
                 "assessment and the plan.";
      actions = {"Do not rely on the separation: talk with " + a.name(victim) +
                 " alone and check with the police and other agencies about " + a.name(*abuser) +
                 "."};
    } else {
      message +=
          " Do not rely on the account that the relationship has ended: talk with each of them "
          "separately, "
          "check with the police and other agencies, and review the risk assessment and the plan.";
      actions = {"Do not rely on the account that " + a.name(first) + " and " + a.name(second) +
                 " have separated: talk with each of them separately, check with the police and "
                 "other agencies, and review the risk assessment and the plan."};
    }
    Finding f = make_finding(a, kRule, Severity::high, pair, children, std::move(message), kWhy);
    f.detail = std::move(detail);
    f.actions = std::move(actions);
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
