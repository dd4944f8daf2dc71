#include "report/markdown_report.h"

#include <optional>

#include "report/report_layout.h"
#include "report/report_text.h"

namespace kinmap {
namespace {

using report::markdown_escape;

/// "**Urgent** `THREATS_TO_KILL`: <text>"
std::string item_text(const report::ReportItem& item) {
  return "**" + report::severity_title(item.severity) + "** `" + item.rule +
         "`: " + markdown_escape(item.text);
}

std::string list(std::string_view label, const std::vector<std::string>& entries) {
  if (entries.empty()) return {};
  std::string out = "\n**" + std::string(label) + "**\n\n";
  for (const std::string& entry : entries) out += "- " + entry + "\n";
  return out;
}

std::string block_text(const report::ReportBlock& block) {
  std::string out = "\n### " + markdown_escape(block.heading) + ": " +
                    report::severity_title(block.severity) + "\n\n";
  if (!block.links.empty()) out += markdown_escape(block.links) + ".\n";
  if (!block.risk.empty())
    out += (block.links.empty() ? "" : "\n") + std::string("**Recorded risk:** ") +
           markdown_escape(block.risk) + ".\n";
  std::vector<std::string> entries;
  for (const report::ReportItem& item : block.reach) entries.push_back(item_text(item));
  out += list("Can reach", entries);
  entries.clear();
  for (const report::ReportItem& item : block.items) entries.push_back(item_text(item));
  out += list(block.person ? "What the record shows" : "Found", entries);
  entries.clear();
  for (const report::ReportAction& action : block.actions) {
    std::string tags;
    for (const std::string& rule : action.rules)
      tags += (tags.empty() ? "" : ", ") + ("`" + rule + "`");
    entries.push_back(markdown_escape(action.text) + " [" + tags + "]");
  }
  out += list("What to do", entries);
  return out;
}

}  // namespace

std::string markdown_report(const FamilyGraph& family, const std::vector<Finding>& findings,
                            const AnalysisContext* analysis) {
  const CaseInfo& info = family.case_data().info;
  std::optional<AnalysisContext> own;
  if (!analysis) own.emplace(family);
  const report::ReportLayout layout =
      report::layout_findings(analysis ? *analysis : *own, findings);
  std::string out;
  out +=
      "## kinmap findings: " + markdown_escape(info.title.empty() ? info.id : info.title) + "\n\n";
  if (!info.marking.empty()) out += "**" + markdown_escape(info.marking) + "**\n\n";
  out += "Case " + markdown_escape(info.id) + ", as of " + info.as_of.to_string() + ": " +
         report::summary_counts(layout) +
         ". By person, most severe first, then what concerns a child alone; check each finding "
         "against the case record.\n";
  for (const report::ReportBlock& block : layout.people) out += block_text(block);
  for (const report::ReportBlock& block : layout.children) out += block_text(block);
  if (!layout.reviewed.empty()) {
    out += "\n### Reviewed\n\n";
    for (const report::ReportItem& item : layout.reviewed) out += "- " + item_text(item) + "\n";
  }
  if (!layout.lessons.empty()) {
    out += "\n### Why it matters\n\n";
    for (const report::ReportLesson& lesson : layout.lessons)
      out += "- `" + lesson.rule + "`: " + markdown_escape(lesson.why) + "\n";
  }
  if (findings.empty()) out += "\nNo findings.\n";
  if (!info.marking.empty()) out += "\n**" + markdown_escape(info.marking) + "**\n";
  return out;
}

}  // namespace kinmap
