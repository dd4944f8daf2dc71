#include "report/json_report.h"

#include <array>
#include <nlohmann/json.hpp>

namespace kinmap {

std::string json_report(const CaseInfo& info, const std::vector<Finding>& findings) {
  using nlohmann::ordered_json;
  ordered_json doc;
  doc["format"] = "kinmap-findings/1";
  doc["case"] = info.id;
  doc["as_of"] = info.as_of.to_string();
  doc["findings"] = ordered_json::array();
  std::array<std::size_t, 4> counts{};
  for (const Finding& f : findings) {
    ordered_json item;
    item["rule"] = f.rule;
    item["severity"] = std::string(spelling(f.severity));
    item["people"] = f.people;
    item["children"] = f.children;
    item["path"] = f.path;
    item["household"] = f.household ? ordered_json(*f.household) : ordered_json(nullptr);
    item["message"] = f.message;
    item["why"] = f.why;
    doc["findings"].push_back(std::move(item));
    ++counts[static_cast<std::size_t>(f.severity)];
  }
  ordered_json summary;
  for (Severity s : {Severity::urgent, Severity::high, Severity::medium, Severity::low})
    summary[std::string(spelling(s))] = counts[static_cast<std::size_t>(s)];
  doc["summary"] = std::move(summary);
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace kinmap
