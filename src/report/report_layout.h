// How the text and Markdown reports arrange findings: a section per focus
// child (in focus order), each listing that child's findings by severity,
// then a section for findings tied to no child; and the summary counts.
// A finding about several children appears in each of their sections.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "analysis/finding.h"
#include "analysis/roles.h"
#include "family_graph.h"

namespace kinmap::report {

struct ReportSection {
  std::string heading;                       ///< "Mia (aged 2)"; case data, not yet made printable
  std::optional<FamilyGraph::Vertex> child;  ///< none for the whole-case section
  std::vector<std::size_t> findings;         ///< indexes into the findings, in their order
};

struct ReportLayout {
  std::vector<ReportSection> sections;
  std::array<std::size_t, 4> counts{};  ///< by Severity: urgent, high, medium, low
};

/// `roles`: the names the analysis used (computed here when null).
ReportLayout layout_findings(const FamilyGraph& family, const std::vector<Finding>& findings,
                             const Roles* roles = nullptr);

/// "1 urgent, 3 high, 2 medium, 0 low (6 findings)".
std::string summary_counts(const ReportLayout& layout);

/// "Urgent", "High", "Medium", "Low".
std::string severity_title(Severity severity);

/// The plain-English title of a rule ("Invisible man"), or the id when unknown.
std::string rule_title(const std::string& rule);

}  // namespace kinmap::report
