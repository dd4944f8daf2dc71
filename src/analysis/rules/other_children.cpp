// OTHER_CHILDREN: a man in the circle with children elsewhere, or never asked
// whether he has any.
//
// Lesson (Leicester, Leicestershire & Rutland SCP case file audit, questions
// in casework): "Does this male have (other) children?" Norfolk: "The
// perpetrator was invisible as a father in relation to agency involvement
// with his children."
//
// Fires once per man in a focus child's circle who is a parent of a living
// child (under 18) who is not a focus child and does not live in any focus
// child's home, or whose `asked_about_children` is not true. Medium; high if
// he poses risk.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "OTHER_CHILDREN";
constexpr std::string_view kWhy =
    "A man's risk reaches every child he is around, and agencies working with one family often do "
    "not know "
    "about his children in another.";

}  // namespace

void other_children(const AnalysisContext& a, Findings& out) {
  const FamilyGraph& family = a.family();
  std::vector<bool> focus_home(a.case_data().households.size(), false);
  for (Vertex child : a.focus())
    for (const auto& home : a.homes().of(child)) focus_home[home.household] = true;

  for (Vertex v = 0; v < family.size(); ++v) {
    const auto& around = a.circles_holding(v);
    if (around.empty() || !a.is_man(v)) continue;
    std::vector<Vertex> elsewhere;
    for (const auto& link : family.children(v)) {
      const Vertex c = link.person;
      if (!family.is_child(c) || a.person(c).deceased() || a.is_focus(c)) continue;
      bool at_focus_home = false;
      for (const auto& home : a.homes().of(c))
        at_focus_home = at_focus_home || focus_home[home.household];
      if (!at_focus_home && std::find(elsewhere.begin(), elsewhere.end(), c) == elsewhere.end())
        elsewhere.push_back(c);
    }
    const bool not_asked = a.person(v).asked_about_children != true;
    if (elsewhere.empty() && !not_asked) continue;

    std::vector<std::string> reasons, actions, steps;  // steps: the actions as sentences
    if (!elsewhere.empty()) {
      std::vector<std::string> names;
      for (Vertex c : elsewhere) names.push_back(child_with_age(a, c));
      reasons.push_back("he is the parent of " + wording::join_list(names) + ", who " +
                        (elsewhere.size() == 1 ? "lives" : "live") + " away from " +
                        a.child_names(around));
      actions.push_back(
          "find out who looks after " +
          std::string(elsewhere.size() == 1 ? "that child" : "those children") +
          " and share what is known with their social worker, school or health visitor");
      steps.push_back("Find out who looks after " + wording::join_list(names) + ", who " +
                      (elsewhere.size() == 1 ? "lives" : "live") +
                      " elsewhere, and share what is known with their social worker, school or "
                      "health visitor.");
    }
    if (not_asked) {
      reasons.push_back(elsewhere.empty()
                            ? "nobody has recorded asking him whether he has other children"
                            : "nobody has recorded asking him whether he has any more");
      actions.push_back(
          "ask him whether he has other children or contact with any, and check with the police "
          "and "
          "other agencies");
      steps.push_back(ask_about_children_action(a, v));
    }
    std::string message = a.describe(v, child_for(a, v, around)) + ": " +
                          wording::join_list(reasons, "; ", "; and ") + ".";
    message += risk_sentence(a, v);
    message += " Any risk he poses may reach other children too: " +
               wording::join_list(actions, "; ", "; and ") + ".";
    Finding f = make_finding(a, kRule, a.risk().poses_risk(v) ? Severity::high : Severity::medium,
                             {v}, around, std::move(message), kWhy);
    // The actions say it all: who the children elsewhere are, and what to ask.
    f.actions = std::move(steps);
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
