#include "report/json_report.h"

#include <array>
#include <nlohmann/json.hpp>

namespace kinmap {

namespace {

using nlohmann::ordered_json;

std::string dumped(const ordered_json& value, int indent = -1) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

/// `text` (a dump that starts at column 0) as it reads nested `by` spaces deeper.
void append_indented(std::string& out, const std::string& text, std::size_t by) {
  const std::string margin(by, ' ');
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    out.append(text, start, end + 1 - start);
    out += margin;
  }
  out.append(text, start, std::string::npos);
}

}  // namespace

std::string json_report(const CaseInfo& info, const std::vector<Finding>& findings) {
  // Written a finding at a time, laid out exactly as one pretty-printed
  // document would be: a large case's findings never stand in memory twice.
  std::string out =
      "{\n  \"format\": \"kinmap-findings/1\",\n  \"case\": " + dumped(ordered_json(info.id)) +
      ",\n  \"as_of\": " + dumped(ordered_json(info.as_of.to_string())) + ",\n  \"findings\": ";
  std::array<std::size_t, 4> counts{};
  std::size_t reviewed = 0;
  out += findings.empty() ? "[]" : "[\n";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    ordered_json item;
    item["rule"] = f.rule;
    item["severity"] = std::string(spelling(f.severity));
    item["people"] = f.people;
    item["children"] = f.children;
    item["path"] = f.path;
    item["household"] = f.household ? ordered_json(*f.household) : ordered_json(nullptr);
    item["message"] = f.message;
    item["why"] = f.why;
    if (f.review) {
      ordered_json review;
      review["decision"] = f.review->decision;
      review["reason"] = f.review->reason;
      if (!f.review->by.empty()) review["by"] = f.review->by;
      review["date"] = f.review->date;
      item["review"] = review;
    }
    out += "    ";
    append_indented(out, dumped(item, 2), 4);
    out += i + 1 < findings.size() ? ",\n" : "\n  ]";
    if (f.review)
      ++reviewed;
    else
      ++counts[static_cast<std::size_t>(f.severity)];
  }
  // The severities count what is still open; answered findings apart.
  ordered_json summary;
  for (Severity s : {Severity::urgent, Severity::high, Severity::medium, Severity::low})
    summary[std::string(spelling(s))] = counts[static_cast<std::size_t>(s)];
  summary["reviewed"] = reviewed;
  out += ",\n  \"summary\": ";
  append_indented(out, dumped(summary, 2), 2);
  out += "\n}\n";
  return out;
}

}  // namespace kinmap
