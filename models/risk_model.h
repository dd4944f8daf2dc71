// The risk model: what kind each factor is (harm, capacity, vulnerability), the DASH questions, and
// every threshold and window the checks use.
//
// Thresholds differ between local areas, so they are data (risk_model.json,
// compiled in as the default) and never literals in rule code.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kinmap {

/// What a factor says about a person (DESIGN.md, the risk model).
enum class FactorKind {
  harm,           ///< they may harm others (violence, abuse, sexual offending)
  capacity,       ///< it may affect the care they give (drinking, drugs, mental health)
  vulnerability,  ///< their own need (a victim of abuse, a care leaver)
};

struct RiskFactor {
  std::string id;
  std::string label;  ///< plain English, for messages
  FactorKind kind = FactorKind::harm;
  int weight = 1;
  bool urgent = false;  ///< raises RISK_TO_CHILD to urgent
};

struct DashQuestion {
  std::string id;  ///< q01..q24
  std::string text;
};

struct Thresholds {
  int assessment_max_age_months = 12;
  int max_exposure_cost = 4;
  int separation_window_months = 12;
  int new_partner_window_months = 6;
  int pregnancy_window_months = 9;
  int escalation_count = 3;
  int escalation_window_months = 12;
  int household_confirm_days = 90;
  int adult_age = 18;
  int dash_high_risk_yes_count = 14;
  int sighting_window_months = 6;  ///< seen at the home or with the child: in the circle
  int incident_window_months = 6;  ///< INCIDENT_AT_HOME looks this far back
};

/// What each way of reaching a child costs on an exposure path.
struct ExposureCosts {
  int same_household = 1;
  int care = 1;
  int unsupervised_contact = 1;
  int supervised_contact = 3;
  int partner_of_resident = 2;
  int parent_no_contact = 4;
  int seen = 2;  ///< seen at the child's home or with the child
};

class RiskModel {
 public:
  /// The model compiled into kinmap (models/risk_model.json).
  static const RiskModel& builtin();
  /// Parses a model file; throws CaseFileError naming `file` and the place.
  static RiskModel parse(std::string_view text, const std::string& file);

  const RiskFactor* factor(std::string_view id) const;
  const std::map<std::string, RiskFactor, std::less<>>& factors() const { return factors_; }
  const std::vector<DashQuestion>& dash_questions() const { return dash_questions_; }
  bool has_dash_question(std::string_view id) const;
  const Thresholds& thresholds() const { return thresholds_; }
  const ExposureCosts& exposure_costs() const { return costs_; }
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::map<std::string, RiskFactor, std::less<>> factors_;
  std::vector<DashQuestion> dash_questions_;
  Thresholds thresholds_;
  ExposureCosts costs_;
};

}  // namespace kinmap
