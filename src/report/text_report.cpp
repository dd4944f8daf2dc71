#include "report/text_report.h"

#include <algorithm>
#include <cctype>

#include "analysis/parallel_for.h"
#include "report/report_layout.h"
#include "report/report_text.h"

namespace kinmap {
namespace {

using report::printable;
using report::wrap;

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";

std::string_view severity_colour(Severity s) {
  switch (s) {
    case Severity::urgent:
      return "\x1b[1;37;41m";  // bold white on red
    case Severity::high:
      return "\x1b[1;31m";  // bold red
    case Severity::medium:
      return "\x1b[33m";  // yellow
    case Severity::low:
      return "\x1b[36m";  // cyan
  }
  return "";
}

/// Wrapped lines, each wrapped in `colour` ... reset when colour is on.
std::string styled(const std::string& wrapped, std::string_view colour, bool on) {
  if (!on || colour.empty()) return wrapped;
  std::string out;
  std::size_t start = 0;
  while (start < wrapped.size()) {
    const std::size_t end = wrapped.find('\n', start);
    out += std::string(colour) + wrapped.substr(start, end - start) + std::string(kReset) + "\n";
    start = end + 1;
  }
  return out;
}

/// "Title [RULE_ID]", the first line of a finding.
std::string heading_line(const Finding& f) {
  return report::rule_title(f.rule) + " [" + f.rule + "]";
}

}  // namespace

std::string text_report(const FamilyGraph& family, const std::vector<Finding>& findings,
                        const TextReportOptions& options) {
  const std::size_t width = options.width;
  const CaseInfo& info = family.case_data().info;
  const std::string marking = printable(info.marking);
  const report::ReportLayout layout = report::layout_findings(family, findings, options.roles);

  std::string out;
  const std::string title = info.title.empty()
                                ? printable(info.id)
                                : printable(info.title) + " (" + printable(info.id) + ")";
  out += styled(wrap("kinmap findings: " + title, width, "", "  "), kBold, options.colour);
  out += wrap("As of " + info.as_of.to_string() +
                  ". Each finding says who, which child, what is missing and what "
                  "to do; check it against the case record.",
              width, "", "");
  if (!marking.empty()) out += styled(wrap(marking, width, "", ""), kBold, options.colour);

  // Each finding's text is wrapped once, on every core (a big case has
  // hundreds of thousands), then laid out in sections in order.
  std::vector<std::string> blocks(findings.size());
  parallel_for(findings.size(), [&](std::size_t index) {
    const Finding& f = findings[index];
    const std::string number = "  " + std::to_string(index + 1) + ". ";
    const std::string indent(number.size(), ' ');
    std::string& block = blocks[index];
    block = styled(wrap(heading_line(f), width, number, indent), kBold, options.colour);
    block += wrap(printable(f.message), width, indent, indent);
    block += wrap("Why it matters: " + printable(f.why), width, indent, indent);
  });
  std::size_t total = out.size();
  for (const std::string& block : blocks) total += block.size();
  out.reserve(total + total / 8);

  std::vector<bool> printed(findings.size(), false);
  std::vector<std::string> first_section(findings.size());
  for (const report::ReportSection& section : layout.sections) {
    const std::string heading = printable(section.heading);
    out += "\n" + styled(wrap(heading, width, "", ""), kBold, options.colour);
    out += std::string(std::min(report::display_width(heading), width), '=') + "\n";
    if (section.findings.empty()) {
      out += wrap("No findings.", width, "  ", "  ");
      continue;
    }
    std::optional<Severity> current;
    for (std::size_t index : section.findings) {
      const Finding& f = findings[index];
      if (f.severity != current) {
        current = f.severity;
        std::string label = report::severity_title(f.severity);
        for (char& c : label) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        out += styled(label + "\n", severity_colour(f.severity), options.colour);
      }
      if (printed[index]) {
        const std::string number = "  " + std::to_string(index + 1) + ". ";
        out += wrap(heading_line(f) + ": see above, under " + first_section[index] + ".", width,
                    number, std::string(number.size(), ' '));
        continue;
      }
      printed[index] = true;
      first_section[index] = heading;
      out += blocks[index];
      std::string().swap(blocks[index]);
    }
  }
  if (findings.empty()) out += "\n" + wrap("No findings.", width, "", "");
  out += "\n";
  if (!marking.empty()) out += styled(wrap(marking, width, "", ""), kBold, options.colour);
  out += wrap("Summary: " + report::summary_counts(layout), width, "", "");
  return out;
}

}  // namespace kinmap
