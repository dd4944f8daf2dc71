// The rules of the findings catalogue (DESIGN.md, "Findings, version 1"),
// one per file in this folder. Each appends its findings to `out`; order
// does not matter (analyse() sorts). Registered in analyse.cpp.
#pragma once

#include <vector>

#include "analysis/analysis_context.h"
#include "analysis/finding.h"

namespace kinmap::rules {

void no_father_recorded(const AnalysisContext& a, std::vector<Finding>& out);
void invisible_man(const AnalysisContext& a, std::vector<Finding>& out);
void unassessed_adult(const AnalysisContext& a, std::vector<Finding>& out);
void missing_from_plan(const AnalysisContext& a, std::vector<Finding>& out);
void father_not_invited(const AnalysisContext& a, std::vector<Finding>& out);
void risk_to_child(const AnalysisContext& a, std::vector<Finding>& out);
void separation_trigger(const AnalysisContext& a, std::vector<Finding>& out);
void pregnancy_trigger(const AnalysisContext& a, std::vector<Finding>& out);
void threats_to_kill(const AnalysisContext& a, std::vector<Finding>& out);
void sole_protector(const AnalysisContext& a, std::vector<Finding>& out);
void conflicting_accounts(const AnalysisContext& a, std::vector<Finding>& out);
void young_parent(const AnalysisContext& a, std::vector<Finding>& out);
void new_partner(const AnalysisContext& a, std::vector<Finding>& out);
void other_children(const AnalysisContext& a, std::vector<Finding>& out);
void children_not_asked(const AnalysisContext& a, std::vector<Finding>& out);
void dash_high_risk(const AnalysisContext& a, std::vector<Finding>& out);
void escalation(const AnalysisContext& a, std::vector<Finding>& out);
void stale_household(const AnalysisContext& a, std::vector<Finding>& out);
void incident_at_home(const AnalysisContext& a, std::vector<Finding>& out);
void relies_on_risk(const AnalysisContext& a, std::vector<Finding>& out);
void victim_needs_support(const AnalysisContext& a, std::vector<Finding>& out);
// With a caseload (AnalysisContext::cross_case); silent without one.
void children_elsewhere(const AnalysisContext& a, std::vector<Finding>& out);
void risk_recorded_elsewhere(const AnalysisContext& a, std::vector<Finding>& out);
void pattern_across_relationships(const AnalysisContext& a, std::vector<Finding>& out);
void possible_match(const AnalysisContext& a, std::vector<Finding>& out);

}  // namespace kinmap::rules
