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
using report::wrap_into;

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

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

/// "Urgent, Threats to kill or strangulation [THREATS_TO_KILL]: <text>", as a list item.
std::string item_text(const report::ReportItem& item) {
  return report::severity_title(item.severity) + " [" + item.rule + "]: " + printable(item.text);
}

/// A labelled list ("Can reach:", "What to do:"), each entry (text_of(entry))
/// wrapped under its dash, appended to `out`.
template <typename Entry, typename TextOf>
void list_into(std::string& out, std::string_view label, const std::vector<Entry>& entries,
               std::size_t width, TextOf text_of) {
  if (entries.empty()) return;
  out += label;
  out += '\n';
  for (const Entry& entry : entries) report::wrap_into(out, text_of(entry), width, "  - ", "    ");
}

/// One block of the report: a person of concern, or a child's own findings.
std::string block_text(const report::ReportBlock& block, std::size_t width, bool colour) {
  std::string out = "\n";
  // "Dean Marsh: URGENT", the name in bold and the severity in its colour.
  const std::string severity = upper(report::severity_title(block.severity));
  if (colour) {
    std::string heading = wrap(printable(block.heading) + ": " + severity, width, "", "  ");
    const std::size_t at = heading.rfind(severity);
    heading = std::string(kBold) + heading.substr(0, at) + std::string(kReset) +
              std::string(severity_colour(block.severity)) + severity + std::string(kReset) +
              heading.substr(at + severity.size());
    out += heading;
  } else {
    wrap_into(out, printable(block.heading) + ": " + severity, width, "", "  ");
  }
  if (!block.links.empty()) wrap_into(out, printable(block.links) + ".", width, "", "");
  if (!block.risk.empty()) wrap_into(out, "Risk: " + printable(block.risk) + ".", width, "", "");
  list_into(out, "Can reach:", block.reach, width, item_text);
  list_into(out, "Recorded:", block.items, width, item_text);
  list_into(out, "To do:", block.actions, width, [](const report::ReportAction& action) {
    return printable(action.text) + " [" + report::rule_list(action.rules) + "]";
  });
  return out;
}

}  // namespace

std::string text_report(const FamilyGraph& family, const std::vector<Finding>& findings,
                        const TextReportOptions& options) {
  const std::size_t width = options.width;
  const CaseInfo& info = family.case_data().info;
  const std::string marking = printable(info.marking);
  std::optional<AnalysisContext> own;
  if (!options.analysis) own.emplace(family);
  const AnalysisContext& analysis = options.analysis ? *options.analysis : *own;
  const report::ReportLayout layout = report::layout_findings(analysis, findings);

  std::string out;
  const std::string title = info.title.empty()
                                ? printable(info.id)
                                : printable(info.title) + " (" + printable(info.id) + ")";
  out += styled(wrap("kinmap findings: " + title, width, "", "  "), kBold, options.colour);
  out += wrap("As of " + info.as_of.to_string() + ".", width, "", "");
  if (!marking.empty()) out += styled(wrap(marking, width, "", ""), kBold, options.colour);

  // Each block is worded and wrapped on every core (a big case has
  // hundreds of thousands of findings), then joined in order.
  std::vector<const report::ReportBlock*> blocks;
  for (const auto& b : layout.people) blocks.push_back(&b);
  for (const auto& b : layout.children) blocks.push_back(&b);
  std::vector<std::string> texts(blocks.size());
  parallel_for(blocks.size(), [&](std::size_t index) {
    texts[index] = block_text(*blocks[index], width, options.colour);
  });
  std::size_t total = out.size();
  for (const std::string& text : texts) total += text.size();
  out.reserve(total + 4096);
  for (std::string& text : texts) {
    out += text;
    std::string().swap(text);
  }
  if (!layout.reviewed.empty()) {
    out += "\n" + styled("Reviewed:\n", kBold, options.colour);
    for (const report::ReportItem& item : layout.reviewed)
      out += wrap(item_text(item), width, "  - ", "    ");
  }
  if (!layout.lessons.empty()) {
    out += "\n" + styled("Why it matters:\n", kBold, options.colour);
    for (const report::ReportLesson& lesson : layout.lessons)
      out += wrap(lesson.rule + ": " + printable(lesson.why), width, "", "    ");
  }
  if (findings.empty()) out += "\n" + wrap("No findings.", width, "", "");
  out += "\n";
  if (!marking.empty()) out += styled(wrap(marking, width, "", ""), kBold, options.colour);
  out += wrap("Summary: " + report::summary_counts(layout), width, "", "");
  return out;
}

}  // namespace kinmap
