// How the reports for people (text, Markdown, the conference page) arrange
// findings: by person, not by rule (DESIGN.md, "Reports for people").
//
//   - one block for each person of concern, most severe first: who they are
//     and how they are linked, their recorded risk once, the children they
//     can reach and how, what each finding adds, and one list of actions in
//     which an action several rules ask for is written once, tagged with
//     every rule it comes from;
//   - then a block for each child (or children) with findings about them
//     alone: no father recorded, a household not confirmed;
//   - then the reviewed findings (DESIGN.md, `reviews[]`), with the decision;
//   - then the lesson of each rule, once.
//
// Every finding is in exactly one block. Text is case data, already worded,
// not yet made printable or escaped: each writer does that for its format.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analysis/analysis_context.h"
#include "analysis/finding.h"
#include "family_graph.h"

namespace kinmap::report {

/// What one finding adds to its block (several findings of one rule that
/// say the same are one item).
struct ReportItem {
  Severity severity = Severity::medium;
  std::string rule;
  std::string text;                   ///< the finding's detail, else its whole message
  std::vector<std::size_t> findings;  ///< indexes into the findings
};

/// One thing to do, once, with the rules that ask for it.
struct ReportAction {
  std::string text;
  std::vector<std::string> rules;  ///< in the order they first ask for it
};

struct ReportBlock {
  std::optional<FamilyGraph::Vertex> person;  ///< none for a block of children's own findings
  std::string heading;                        ///< "Dean Marsh"; "Ella Reid (aged 4)" for children
  std::string links;  ///< "Ruby Marsh's father; Ella Reid's mother's partner"; may be empty
  std::string risk;   ///< the person's recorded risk, stated once; empty when none
  Severity severity = Severity::low;  ///< the most severe of its findings
  std::vector<ReportItem> reach;      ///< how they reach each child (exposure findings)
  std::vector<ReportItem> items;      ///< what the other findings add
  std::vector<ReportAction> actions;
  std::vector<std::size_t> findings;  ///< every finding in the block, in their order
};

/// The practice lesson behind a rule, printed once.
struct ReportLesson {
  std::string rule;
  std::string why;
};

struct ReportLayout {
  std::vector<ReportBlock> people;    ///< most severe first
  std::vector<ReportBlock> children;  ///< findings about children alone, in focus order
  /// Findings a review answers (DESIGN.md, `reviews[]`), for the "Reviewed"
  /// part, with the decision and reason; not in `counts`. Writers print the
  /// part only when it is not empty.
  std::vector<ReportItem> reviewed;
  std::vector<ReportLesson> lessons;    ///< one per rule, in the order the rules first appear
  std::array<std::size_t, 4> counts{};  ///< by Severity: urgent, high, medium, low
};

/// `context` must be the analysis the findings came from (its names, risk and focus).
ReportLayout layout_findings(const AnalysisContext& context, const std::vector<Finding>& findings);

/// The person a finding is about, for its block: among its people who are not
/// among its children, the one who abused another of them, else the first who
/// poses risk, else the first. None when the finding is about children alone.
std::optional<FamilyGraph::Vertex> person_of_concern(const AnalysisContext& context,
                                                     const Finding& finding);

/// "1 urgent, 3 high, 2 medium, 0 low (6 findings)".
std::string summary_counts(const ReportLayout& layout);

/// "Urgent", "High", "Medium", "Low".
std::string severity_title(Severity severity);

/// The plain-English title of a rule ("Invisible man"), or the id when unknown.
std::string rule_title(const std::string& rule);

/// "RISK_TO_CHILD, THREATS_TO_KILL".
std::string rule_list(const std::vector<std::string>& rules);

}  // namespace kinmap::report
