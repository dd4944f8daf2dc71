#include "report/report_layout.h"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "analysis/analyse.h"
#include "analysis/parallel_for.h"
#include "analysis/roles.h"
#include "analysis/wording.h"

namespace kinmap::report {
namespace {

using Vertex = FamilyGraph::Vertex;

bool same_ignoring_case(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

/// A key into text that the findings own (they outlive the layout's making),
/// so a block remembers what it has said without copying it.
struct TextKey {
  std::string_view rule;
  std::string_view text;
  int severity = 0;
  bool operator==(const TextKey&) const = default;
};

struct TextKeyHash {
  std::size_t operator()(const TextKey& k) const {
    const std::hash<std::string_view> h;
    return h(k.rule) * 31 + h(k.text) * 7 + static_cast<std::size_t>(k.severity);
  }
};

using SeenText = std::unordered_map<TextKey, std::size_t, TextKeyHash>;

/// Adds finding `index` to `items`, merged with an item of the same rule and text.
void add_item(std::vector<ReportItem>& items, SeenText& seen, const Finding& f, std::size_t index,
              const std::string& text) {
  const auto [it, added] = seen.emplace(TextKey{f.rule, text}, items.size());
  if (added) items.push_back(ReportItem{f.severity, f.rule, text, {}});
  ReportItem& item = items[it->second];
  item.severity = std::min(item.severity, f.severity);
  item.findings.push_back(index);
}

/// A block being filled: what it has seen, so that nothing is said twice.
struct Builder {
  ReportBlock block;
  SeenText items, reach, actions;
  std::unordered_set<TextKey, TextKeyHash> paths;  ///< reach lines' paths, by rule and severity
  std::vector<Vertex> children;                    ///< every child its findings are about, once
};

void add_finding(const AnalysisContext& context, Builder& b, const Finding& f, std::size_t index) {
  ReportBlock& block = b.block;
  if (block.findings.empty() || f.severity < block.severity) block.severity = f.severity;
  block.findings.push_back(index);
  if (!f.reach.empty()) {
    // The block names the person: the path is said from the next step on.
    std::string_view how = f.reach;
    const std::string from = block.heading + " \u2192 ";
    if (block.person && how.size() > from.size() && how.substr(0, from.size()) == from)
      how.remove_prefix(from.size());
    // One line for each rule and severity: "Ruby (weekly contact); Ella (lives with him)".
    const int severity = static_cast<int>(f.severity);
    const auto [it, added] = b.reach.emplace(TextKey{f.rule, {}, severity}, block.reach.size());
    if (added) block.reach.push_back(ReportItem{f.severity, f.rule, {}, {}});
    ReportItem& item = block.reach[it->second];
    if (b.paths.insert(TextKey{f.rule, how, severity}).second) {
      if (!item.text.empty()) item.text += "; ";
      item.text += how;
    }
    item.findings.push_back(index);
  }
  if (!f.detail.empty())
    add_item(block.items, b.items, f, index, f.detail);
  else if (f.reach.empty() && f.actions.empty())
    add_item(block.items, b.items, f, index, f.message);  // a finding with no parts: all of it
  for (const std::string& action : f.actions) {
    const auto [it, added] = b.actions.emplace(TextKey{{}, action}, block.actions.size());
    if (added) block.actions.push_back(ReportAction{action, {}});
    std::vector<std::string>& rules = block.actions[it->second].rules;
    if (std::find(rules.begin(), rules.end(), f.rule) == rules.end()) rules.push_back(f.rule);
  }
  for (const std::string& id : f.children)
    if (const auto v = context.family().find(id);
        v && std::find(b.children.begin(), b.children.end(), *v) == b.children.end())
      b.children.push_back(*v);
}

/// "Ruby Marsh's father; Ella Reid's mother's partner; father of Sophie
/// Reid's unborn baby": what `person` is to each child of the block.
std::string links(const AnalysisContext& context, Vertex person, std::vector<Vertex> children) {
  const FamilyGraph& family = context.family();
  const Roles& roles = context.roles();
  // Focus children in focus order, then the others as they came.
  std::stable_partition(children.begin(), children.end(),
                        [&](Vertex c) { return context.is_focus(c); });
  const auto focus_end = std::find_if(children.begin(), children.end(),
                                      [&](Vertex c) { return !context.is_focus(c); });
  std::vector<Vertex> focus(children.begin(), focus_end);
  focus = context.in_focus_order(std::move(focus));
  std::copy(focus.begin(), focus.end(), children.begin());
  // A family tie to several children is said once: "Leo and Isla's father".
  struct Link {
    std::string relation;               ///< empty: `phrase` as it is
    std::vector<std::string> children;  ///< for a family tie
    std::string phrase;
  };
  std::vector<Link> found;
  const std::string& who = roles.name(person);
  for (Vertex child : children) {
    const std::string relation = roles.relation(person, child);
    if (relation.empty()) continue;
    const Person& c = family.person(child);
    const std::string& child_name = roles.name(child);
    if (c.name.empty() && family.is_unborn(child)) {
      // An unnamed baby is called after its mother: only a tie of its own
      // says anything, and never to the mother it is named after.
      if (relation.find('\'') != std::string::npos || child_name.find(who) != std::string::npos)
        continue;
      found.push_back(Link{{}, {}, relation + " of " + child_name});
      continue;
    }
    std::string phrase = roles.relation_phrase_of(relation, child);
    if (same_ignoring_case(phrase, who)) continue;
    if (phrase == wording::possessive(child_name) + " " + relation) {
      auto it = std::find_if(found.begin(), found.end(),
                             [&](const Link& l) { return l.relation == relation; });
      if (it == found.end()) it = found.insert(found.end(), Link{relation, {}, {}});
      it->children.push_back(child_name);
      continue;
    }
    found.push_back(Link{{}, {}, std::move(phrase)});
  }
  std::vector<std::string> phrases;
  for (Link& link : found) {
    std::string phrase =
        link.relation.empty()
            ? std::move(link.phrase)
            : wording::possessive(wording::join_list(link.children)) + " " + link.relation;
    if (std::find(phrases.begin(), phrases.end(), phrase) == phrases.end())
      phrases.push_back(std::move(phrase));
  }
  return wording::join_list(phrases, "; ", "; ");
}

}  // namespace

std::optional<Vertex> person_of_concern(const AnalysisContext& context, const Finding& finding) {
  const FamilyGraph& family = context.family();
  std::vector<Vertex> people;
  for (const std::string& id : finding.people) {
    if (std::find(finding.children.begin(), finding.children.end(), id) != finding.children.end())
      continue;
    if (const auto v = family.find(id)) people.push_back(*v);
  }
  if (people.empty()) return std::nullopt;
  // Support for a victim is about her, in her own block, never in his.
  if (finding.rule == "VICTIM_NEEDS_SUPPORT") return people.front();
  for (Vertex v : people)
    for (const auto& link : family.outgoing(v, RelationshipType::abuse))
      if (std::find(people.begin(), people.end(), link.person) != people.end()) return v;
  for (Vertex v : people)
    if (context.risk().poses_risk(v)) return v;
  return people.front();
}

ReportLayout layout_findings(const AnalysisContext& context, const std::vector<Finding>& findings) {
  const FamilyGraph& family = context.family();
  // Whose block each finding goes in is worked out on every core; the blocks
  // are then made in the order their first finding comes, and filled side by
  // side, each from its own findings in order: the result is a plain loop's.
  std::vector<std::optional<Vertex>> concern(findings.size());
  parallel_for(findings.size(), [&](std::size_t i) {
    if (!findings[i].review) concern[i] = person_of_concern(context, findings[i]);
  });

  std::vector<Builder> people, children;
  std::vector<std::vector<std::size_t>> people_findings, children_findings;
  std::unordered_map<Vertex, std::size_t> person_block;
  std::unordered_map<std::string, std::size_t> children_block;  // by the children's ids
  ReportLayout layout;
  std::unordered_map<std::string_view, std::vector<std::size_t>> lessons;  // by rule
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (f.review) {
      // Answered: apart, with the decision and reason, and not counted.
      const std::string decision = f.review->decision == "accepted" ? "accepted" : "not applicable";
      layout.reviewed.push_back(ReportItem{f.severity,
                                           f.rule,
                                           f.message + " Reviewed " + f.review->date +
                                               (f.review->by.empty() ? "" : " by " + f.review->by) +
                                               ": " + decision + ". " + f.review->reason,
                                           {i}});
      continue;
    }
    ++layout.counts[static_cast<std::size_t>(f.severity)];
    if (!f.why.empty()) {
      std::vector<std::size_t>& of_rule = lessons[f.rule];
      if (std::none_of(of_rule.begin(), of_rule.end(),
                       [&](std::size_t l) { return layout.lessons[l].why == f.why; })) {
        of_rule.push_back(layout.lessons.size());
        layout.lessons.push_back(ReportLesson{f.rule, f.why});
      }
    }
    if (const auto person = concern[i]) {
      const auto [it, added] = person_block.emplace(*person, people.size());
      if (added) {
        people.emplace_back();
        people.back().block.person = *person;
        people_findings.emplace_back();
      }
      people_findings[it->second].push_back(i);
      continue;
    }
    std::string key;
    for (const std::string& id : f.children) key += id + '\n';
    const auto [it, added] = children_block.emplace(std::move(key), children.size());
    if (added) {
      children.emplace_back();
      children_findings.emplace_back();
    }
    children_findings[it->second].push_back(i);
  }

  parallel_for(people.size(), [&](std::size_t n) {
    Builder& b = people[n];
    const Vertex v = *b.block.person;
    b.block.heading = context.name(v);
    for (std::size_t i : people_findings[n]) add_finding(context, b, findings[i], i);
    b.block.links = links(context, v, b.children);
    if (context.risk().poses_risk(v))
      b.block.risk =
          context.risk().summary(v) +
          (context.risk().capacity_only(v)
               ? ": this may affect the care " +
                     std::string(wording::subject_pronoun(family.person(v).sex)) + " gives"
               : "");
  });
  parallel_for(children.size(), [&](std::size_t n) {
    Builder& b = children[n];
    const Finding& f = findings[children_findings[n].front()];
    std::vector<std::string> names;
    for (const std::string& id : f.children)
      if (const auto v = family.find(id))
        names.push_back(name_with_age(family, context.roles(), *v));
    b.block.heading =
        names.empty() ? std::string("Not tied to one child") : wording::join_list(names);
    for (std::size_t i : children_findings[n]) add_finding(context, b, findings[i], i);
  });

  // Most severe first; then the one with more findings; then as they came.
  std::vector<std::size_t> order(people.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const ReportBlock& a = people[x].block;
    const ReportBlock& b = people[y].block;
    if (a.severity != b.severity) return a.severity < b.severity;
    return a.findings.size() > b.findings.size();
  });
  layout.people.reserve(people.size());
  for (std::size_t i : order) layout.people.push_back(std::move(people[i].block));

  // Children's own findings: by their first child, in focus order.
  std::unordered_map<Vertex, std::size_t> focus_rank;
  for (std::size_t i = 0; i < context.focus().size(); ++i)
    focus_rank.emplace(context.focus()[i], i);
  auto rank = [&](const Builder& b) -> std::size_t {
    if (b.children.empty()) return family.size() + 1;
    const auto at = focus_rank.find(b.children.front());
    return at == focus_rank.end() ? family.size() : at->second;
  };
  std::vector<std::size_t> by_focus(children.size());
  std::iota(by_focus.begin(), by_focus.end(), 0);
  std::stable_sort(by_focus.begin(), by_focus.end(), [&](std::size_t x, std::size_t y) {
    return rank(children[x]) < rank(children[y]);
  });
  layout.children.reserve(children.size());
  for (std::size_t i : by_focus) layout.children.push_back(std::move(children[i].block));
  return layout;
}

std::string summary_counts(const ReportLayout& layout) {
  std::size_t total = 0;
  std::string out;
  for (Severity s : {Severity::urgent, Severity::high, Severity::medium, Severity::low}) {
    const std::size_t n = layout.counts[static_cast<std::size_t>(s)];
    total += n;
    if (!out.empty()) out += ", ";
    out += std::to_string(n) + " " + std::string(spelling(s));
  }
  return out + " (" + wording::count(total, "finding", "findings") + ")";
}

std::string severity_title(Severity severity) {
  return wording::capitalise(std::string(spelling(severity)));
}

std::string rule_title(const std::string& rule) {
  const Rule* r = find_rule(rule);
  return r ? std::string(r->title) : rule;
}

std::string rule_list(const std::vector<std::string>& rules) {
  std::string out;
  for (const std::string& rule : rules) out += (out.empty() ? "" : ", ") + rule;
  return out;
}

}  // namespace kinmap::report
