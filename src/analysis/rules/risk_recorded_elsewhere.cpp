// RISK_RECORDED_ELSEWHERE: another case records risk, abuse or a DASH about
// a person that this case does not.
//
// Lesson (Buckinghamshire SCB domestic abuse audit): "The importance of
// understanding family histories & relationships, and acknowledging patterns
// of behaviour over time ... agencies also need to recognise potential
// barriers if older case notes are not readily available." What one team
// knows, the next does not.
//
// Fires once per person in a focus child's circle, or reaching one, linked
// to a person in another case that records a risk factor this case does not
// record for them, abuse by them when this case records none, or a DASH
// naming them as the perpetrator when this case has none. High; urgent when
// a missing factor is urgent in the risk model.
#include <set>

#include "analysis/rules/cross_case_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "RISK_RECORDED_ELSEWHERE";
constexpr std::string_view kWhy =
    "Risk recorded in one family's case is often unknown to the workers of the next family the "
    "same person joins.";

}  // namespace

void risk_recorded_elsewhere(const AnalysisContext& a, Findings& out) {
  const RiskModel& model = a.family().model();
  const Case& c = a.case_data();
  for_each_linked_person(
      a, [&](Vertex v, const CrossCasePerson& known, const std::vector<Vertex>& children) {
        const Person& p = a.person(v);
        bool abuse_here = false, dash_here = false;
        for (const Relationship& r : c.relationships)
          abuse_here = abuse_here || (r.type == RelationshipType::abuse && r.from == p.id);
        for (const DashAssessment& d : c.dash) dash_here = dash_here || d.perpetrator == p.id;

        std::vector<std::string> what, cases;
        std::set<std::string> said;
        bool urgent = false;
        for (const OtherCaseRecord& other : known.linked) {
          std::vector<std::string> items;
          for (const std::string& factor : other.risk_factors) {
            if (p.has_factor(factor) || !said.insert("factor:" + factor).second) continue;
            const RiskFactor* f = model.factor(factor);
            if (!f || f->kind == FactorKind::vulnerability) continue;  // their need, not a risk
            items.push_back(f->label);
            urgent = urgent || f->urgent;
          }
          if (other.abuse_from && !abuse_here && said.insert("abuse").second)
            items.push_back("abuse of someone in that family by " + him(a, v));
          if (other.dash_perpetrator && !dash_here && said.insert("dash").second)
            items.push_back("a DASH risk assessment naming " + him(a, v) + " as the perpetrator");
          if (items.empty()) continue;
          what.push_back("case " + other.case_id + " (where " + he(a, v) + " " + is(a, v) +
                         " the " + other.role + ") records " + wording::join_list(items));
          cases.push_back(other.case_id);
        }
        if (what.empty()) return;
        const std::string facts = wording::capitalise(wording::join_list(what, "; ", "; and ")) +
                                  ", which this case does not.";
        std::string message = a.describe(v, child_for(a, v, children)) + ": " + facts +
                              " Find out from the worker for " + cases_phrase(cases) +
                              " what it rests on, and record it here with its source.";
        Finding f = make_finding(a, kRule, urgent ? Severity::urgent : Severity::high, {v},
                                 children, std::move(message), kWhy);
        f.detail = facts;
        f.actions = {"Find out from the worker for " + cases_phrase(cases) +
                         " what the risk from " + a.name(v) +
                         " recorded there rests on, and record it in this case with its "
                         "source.",
                     safe_now_action(a, v)};
        out.push_back(std::move(f));
      });
}

}  // namespace kinmap::rules
