#include "report/report_layout.h"

#include <optional>
#include <unordered_map>

#include "analysis/analyse.h"
#include "analysis/homes.h"
#include "analysis/roles.h"
#include "analysis/wording.h"

namespace kinmap::report {

ReportLayout layout_findings(const FamilyGraph& family, const std::vector<Finding>& findings,
                             const Roles* given) {
  // Naming everyone is a large part of a big case's analysis: reuse it.
  std::optional<Homes> homes;
  std::optional<Roles> own;
  if (!given) {
    homes.emplace(family);
    own.emplace(family, *homes);
  }
  const Roles& roles = given ? *given : *own;
  ReportLayout layout;
  std::vector<FamilyGraph::Vertex> children = family.focus_children();
  std::vector<bool> listed(family.size(), false);
  for (auto v : children) listed[v] = true;
  // A finding about a child who is not a focus child still gets a section.
  for (const Finding& f : findings)
    for (const std::string& id : f.children)
      if (const auto v = family.find(id); v && !listed[*v]) {
        listed[*v] = true;
        children.push_back(*v);
      }
  std::unordered_map<std::string, std::vector<std::size_t>> by_child;
  for (std::size_t i = 0; i < findings.size(); ++i)
    for (const std::string& id : findings[i].children) {
      auto& list = by_child[id];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  for (FamilyGraph::Vertex child : children) {
    ReportSection section;
    section.child = child;
    section.heading = name_with_age(family, roles, child);
    if (const auto it = by_child.find(family.person(child).id); it != by_child.end())
      section.findings = it->second;
    layout.sections.push_back(std::move(section));
  }
  ReportSection whole;
  whole.heading = "Not tied to one child";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    bool placed = false;
    for (const std::string& id : findings[i].children)
      placed = placed || family.find(id).has_value();
    if (!placed) whole.findings.push_back(i);
  }
  if (!whole.findings.empty()) layout.sections.push_back(std::move(whole));
  for (const Finding& f : findings) ++layout.counts[static_cast<std::size_t>(f.severity)];
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

}  // namespace kinmap::report
