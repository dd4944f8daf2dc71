#include "risk_model.h"

#include <nlohmann/json.hpp>
#include <optional>

#include "diagnostics.h"
#include "errors.h"

namespace kinmap {

extern const char* const kBuiltinRiskModelJson;  // generated from risk_model.json

namespace {

using nlohmann::json;

std::optional<FactorKind> factor_kind(const std::string& word) {
  if (word == "harm") return FactorKind::harm;
  if (word == "capacity") return FactorKind::capacity;
  if (word == "vulnerability") return FactorKind::vulnerability;
  return std::nullopt;
}

// Reads one whole-number setting, recording an error when it is missing or
// not a positive whole number; the default stays in place on error.
void read_setting(const json& object, const char* key, const std::string& where, int& out,
                  Diagnostics& diagnostics) {
  if (!object.contains(key)) {
    diagnostics.error(where + "/" + key, "missing setting; expected a whole number");
    return;
  }
  const json& value = object.at(key);
  if (!value.is_number_integer() || value.get<long long>() < 0 || value.get<long long>() > 100000) {
    diagnostics.error(where + "/" + key, "expected a whole number from 0 to 100000");
    return;
  }
  out = value.get<int>();
}

}  // namespace

const RiskModel& RiskModel::builtin() {
  static const RiskModel model = parse(kBuiltinRiskModelJson, "<built-in risk model>");
  return model;
}

RiskModel RiskModel::parse(std::string_view text, const std::string& file) {
  Diagnostics diagnostics(file);
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    diagnostics.error("", std::string("not valid JSON: ") + e.what());
    throw CaseFileError(diagnostics.all());
  }
  RiskModel model;
  if (!doc.is_object() || doc.value("format", "") != "kinmap-risk-model/1") {
    diagnostics.error("/format", "expected \"kinmap-risk-model/1\"");
    throw CaseFileError(diagnostics.all());
  }
  model.name_ = doc.value("name", file);

  const json factors = doc.value("factors", json::object());
  if (!factors.is_object() || factors.empty())
    diagnostics.error("/factors", "expected an object of risk factors");
  else
    for (const auto& [id, entry] : factors.items()) {
      const std::string where = "/factors/" + id;
      const std::optional<FactorKind> kind =
          entry.is_object() && entry.contains("kind") && entry["kind"].is_string()
              ? factor_kind(entry["kind"].get<std::string>())
              : std::nullopt;
      if (!kind) {
        diagnostics.error(where + (entry.is_object() && entry.contains("kind") ? "/kind" : ""),
                          entry.is_object() && entry.contains("poses_risk")
                              ? "\"poses_risk\" was replaced by \"kind\": \"harm\", \"capacity\" "
                                "or \"vulnerability\" (see risk_model.json: in /usr/share/kinmap "
                                "when installed, models/ in the source)"
                              : "expected {\"label\", \"kind\": \"harm\" | \"capacity\" | "
                                "\"vulnerability\", \"weight\"}");
        continue;
      }
      RiskFactor factor;
      factor.id = id;
      factor.label = entry.value("label", id);
      factor.kind = *kind;
      factor.weight = entry.value("weight", 1);
      factor.urgent = entry.value("urgent", false);
      model.factors_.emplace(id, std::move(factor));
    }

  const json dash = doc.value("dash", json::object());
  if (dash.contains("high_risk_yes_count"))
    read_setting(dash, "high_risk_yes_count", "/dash", model.thresholds_.dash_high_risk_yes_count,
                 diagnostics);
  for (const auto& question : dash.value("questions", json::array())) {
    if (!question.is_object() || !question.contains("id") || !question["id"].is_string()) {
      diagnostics.error("/dash/questions", "each question needs an \"id\" and \"text\"");
      continue;
    }
    model.dash_questions_.push_back(
        {question["id"].get<std::string>(), question.value("text", "")});
  }

  const json thresholds = doc.value("thresholds", json::object());
  Thresholds& t = model.thresholds_;
  read_setting(thresholds, "assessment_max_age_months", "/thresholds", t.assessment_max_age_months,
               diagnostics);
  read_setting(thresholds, "max_exposure_cost", "/thresholds", t.max_exposure_cost, diagnostics);
  read_setting(thresholds, "separation_window_months", "/thresholds", t.separation_window_months,
               diagnostics);
  read_setting(thresholds, "new_partner_window_months", "/thresholds", t.new_partner_window_months,
               diagnostics);
  read_setting(thresholds, "pregnancy_window_months", "/thresholds", t.pregnancy_window_months,
               diagnostics);
  read_setting(thresholds, "escalation_count", "/thresholds", t.escalation_count, diagnostics);
  read_setting(thresholds, "escalation_window_months", "/thresholds", t.escalation_window_months,
               diagnostics);
  read_setting(thresholds, "household_confirm_days", "/thresholds", t.household_confirm_days,
               diagnostics);
  read_setting(thresholds, "adult_age", "/thresholds", t.adult_age, diagnostics);
  // Settings added after the first model: a local file written before them
  // keeps working with the defaults.
  for (auto [key, out] : {std::pair{"sighting_window_months", &t.sighting_window_months},
                          std::pair{"incident_window_months", &t.incident_window_months}})
    if (thresholds.contains(key)) read_setting(thresholds, key, "/thresholds", *out, diagnostics);

  const json costs = doc.value("exposure_costs", json::object());
  ExposureCosts& c = model.costs_;
  read_setting(costs, "same_household", "/exposure_costs", c.same_household, diagnostics);
  read_setting(costs, "care", "/exposure_costs", c.care, diagnostics);
  read_setting(costs, "unsupervised_contact", "/exposure_costs", c.unsupervised_contact,
               diagnostics);
  read_setting(costs, "supervised_contact", "/exposure_costs", c.supervised_contact, diagnostics);
  read_setting(costs, "partner_of_resident", "/exposure_costs", c.partner_of_resident, diagnostics);
  read_setting(costs, "parent_no_contact", "/exposure_costs", c.parent_no_contact, diagnostics);
  if (costs.contains("seen")) read_setting(costs, "seen", "/exposure_costs", c.seen, diagnostics);

  if (diagnostics.has_errors()) throw CaseFileError(diagnostics.all());
  return model;
}

const RiskFactor* RiskModel::factor(std::string_view id) const {
  const auto it = factors_.find(id);
  return it == factors_.end() ? nullptr : &it->second;
}

bool RiskModel::has_dash_question(std::string_view id) const {
  for (const auto& q : dash_questions_)
    if (q.id == id) return true;
  return false;
}

}  // namespace kinmap
