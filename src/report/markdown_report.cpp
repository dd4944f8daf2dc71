#include "report/markdown_report.h"

#include "report/report_layout.h"
#include "report/report_text.h"

namespace kinmap {

std::string markdown_report(const FamilyGraph& family, const std::vector<Finding>& findings,
                            const Roles* roles) {
  using report::markdown_escape;
  const CaseInfo& info = family.case_data().info;
  const report::ReportLayout layout = report::layout_findings(family, findings, roles);
  std::string out;
  out +=
      "## kinmap findings: " + markdown_escape(info.title.empty() ? info.id : info.title) + "\n\n";
  if (!info.marking.empty()) out += "**" + markdown_escape(info.marking) + "**\n\n";
  out += "Case " + markdown_escape(info.id) + ", as of " + info.as_of.to_string() + ": " +
         report::summary_counts(layout) +
         ". Each finding says who, which child, what is missing and what to do; check it against "
         "the case record.\n";

  std::vector<bool> printed(findings.size(), false);
  std::vector<std::string> first_section(findings.size());
  for (const report::ReportSection& section : layout.sections) {
    const std::string heading = markdown_escape(section.heading);
    out += "\n### " + heading + "\n\n";
    if (section.findings.empty()) {
      out += "No findings.\n";
      continue;
    }
    for (std::size_t index : section.findings) {
      const Finding& f = findings[index];
      const std::string title = std::to_string(index + 1) + ". " +
                                report::severity_title(f.severity) + ": " +
                                report::rule_title(f.rule);
      if (printed[index]) {
        out += "- **" + title + "** (`" + f.rule + "`): see above, under " + first_section[index] +
               ".\n";
        continue;
      }
      printed[index] = true;
      first_section[index] = heading;
      out += "- **" + title + "** (`" + f.rule + "`)  \n";
      out += "  " + markdown_escape(f.message) + "  \n";
      out += "  *Why it matters:* " + markdown_escape(f.why) + "\n";
    }
  }
  if (findings.empty()) out += "\nNo findings.\n";
  if (!info.marking.empty()) out += "\n**" + markdown_escape(info.marking) + "**\n";
  return out;
}

}  // namespace kinmap
