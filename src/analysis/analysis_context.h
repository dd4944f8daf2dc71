// Everything the rules share, computed once per case: the homes, the role
// names, each person's risk, each focus child's circle and exposure paths,
// the plan's lists as sets, and the phrases messages are built from.
//
// Rules read it and never change it; see analyse.h for the rule table.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/child_circle.h"
#include "analysis/cross_case.h"
#include "analysis/exposure.h"
#include "analysis/homes.h"
#include "analysis/risk_profile.h"
#include "analysis/roles.h"
#include "family_graph.h"

namespace kinmap {

class AnalysisContext {
 public:
  using Vertex = FamilyGraph::Vertex;

  /// `family` (and `cross_case`, when given) must outlive the context.
  /// Without `cross_case` the cross-case rules say nothing.
  explicit AnalysisContext(const FamilyGraph& family, const CrossCase* cross_case = nullptr);
  AnalysisContext(const AnalysisContext&) = delete;
  AnalysisContext& operator=(const AnalysisContext&) = delete;

  const FamilyGraph& family() const { return family_; }
  const Case& case_data() const { return family_.case_data(); }
  const Person& person(Vertex v) const { return family_.person(v); }
  const Thresholds& thresholds() const { return family_.model().thresholds(); }
  DayNumber as_of() const { return family_.as_of(); }
  const Homes& homes() const { return homes_; }
  const Roles& roles() const { return roles_; }
  const RiskProfiles& risk() const { return risk_; }
  /// What other cases in the caseload know of this case's people; null
  /// without `--caseload`.
  const CrossCase* cross_case() const { return cross_case_; }

  // Focus children, their circles and who reaches them.
  const std::vector<Vertex>& focus() const { return focus_; }
  bool is_focus(Vertex v) const { return focus_index_[v] >= 0; }
  /// `children` (focus children) in focus order.
  std::vector<Vertex> in_focus_order(std::vector<Vertex> children) const;
  /// The circle of a focus child.
  const ChildCircle& circle(Vertex child) const;
  /// Focus children whose circle holds `person`, in focus order.
  const std::vector<Vertex>& circles_holding(Vertex person) const { return in_circle_of_[person]; }
  /// Focus children `person` reaches within max_exposure_cost, in focus order.
  const std::vector<Vertex>& children_reached_by(Vertex person) const { return reaches_[person]; }
  /// The cheapest path from `person` to focus child `child` within max_exposure_cost.
  std::optional<ExposurePath> exposure(Vertex person, Vertex child) const;
  /// The cheapest of `person`'s paths to any focus child (ties: focus order).
  std::optional<ExposurePath> cheapest_exposure(Vertex person) const;
  /// Focus children whose circle holds any of `people`, or whom any of them
  /// reaches; in focus order.
  std::vector<Vertex> children_around(const std::vector<Vertex>& people) const;

  // The chronology and homes, indexed.
  /// Events naming `v`, in file order.
  const std::vector<const Event*>& events_of(Vertex v) const { return events_of_[v]; }
  /// Events naming nobody, in file order.
  const std::vector<const Event*>& events_of_nobody() const { return events_of_nobody_; }
  /// Events naming `a` or `b` (or both), each once, in file order.
  std::vector<const Event*> events_of_either(Vertex a, Vertex b) const;
  /// The household with this id.
  std::optional<std::size_t> household_index(const std::string& id) const;

  // The plan.
  const Plan* plan() const { return case_data().plan ? &*case_data().plan : nullptr; }
  bool plan_names(Vertex v) const { return named_.count(person(v).id) > 0; }
  bool plan_invites(Vertex v) const { return invited_.count(person(v).id) > 0; }
  /// The focus children the plan is for (every focus child when it lists none).
  const std::vector<Vertex>& plan_children() const { return plan_children_; }
  bool is_plan_child(Vertex v) const { return is_plan_child_[v]; }
  /// "child protection plan", "child in need plan", "safety plan", "plan".
  std::string plan_name() const;

  // People.
  /// A man: male, and an adult or someone's parent (a young father counts).
  bool is_man(Vertex v) const;
  /// A mother of `child`: a female parent who is not only a foster or kinship carer.
  bool is_mother(Vertex person, Vertex child) const;
  /// Male parents of any kind (fathers and father figures), alive, in file order.
  std::vector<Vertex> fathers(Vertex child) const;
  /// Under 1 year old, or unborn.
  bool is_baby(Vertex child) const;

  // Words.
  const std::string& name(Vertex v) const { return roles_.name(v); }
  std::string describe(Vertex person, Vertex child) const { return roles_.describe(person, child); }
  /// "Mia", "Mia and Leo", "Mia, Leo and Kai".
  std::string child_names(const std::vector<Vertex>& children) const;
  /// "aged 2", "aged 8 months", "unborn, due 2027-02-10", "age not recorded".
  std::string age_phrase(Vertex v) const;
  /// What puts `person` in `child`'s circle, as verb phrases that the
  /// person's relation does not already say: "has weekly unsupervised
  /// contact with Mia", "is staying at Mia's home since 2026-09".
  std::vector<std::string> circle_predicates(Vertex person, Vertex child) const;
  /// A household as messages name it: its label, else "the home <id>".
  std::string household_name(std::size_t h) const;
  std::vector<std::string> ids(const std::vector<Vertex>& people) const;

 private:
  const FamilyGraph& family_;
  const CrossCase* cross_case_;
  Homes homes_;
  Roles roles_;
  RiskProfiles risk_;
  std::vector<Vertex> focus_;
  std::vector<int> focus_index_;
  std::vector<ChildCircle> circles_;  ///< by focus index
  std::unique_ptr<ExposureGraph> exposure_graph_;
  std::vector<ExposureTree> trees_;  ///< by focus index
  std::vector<std::vector<Vertex>> in_circle_of_;
  std::vector<std::vector<Vertex>> reaches_;
  std::vector<std::vector<const Event*>> events_of_;
  std::vector<const Event*> events_of_nobody_;
  std::unordered_map<std::string, std::size_t> household_by_id_;
  std::unordered_set<std::string> named_;
  std::unordered_set<std::string> invited_;
  std::vector<Vertex> plan_children_;
  std::vector<bool> is_plan_child_;
};

}  // namespace kinmap
