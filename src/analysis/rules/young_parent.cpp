// YOUNG_PARENT: a parent under 18.
//
// Lesson (Buckinghamshire SCB, "Young parents are a vulnerable group"):
// "parents under 18 are themselves still children, and may need child
// protection assessments in their own right ... New partners, and in
// particular older partners, should be assessed to see if they pose a risk."
//
// Fires once per living parent (of any kind) whose age at as_of is known and
// below the risk model's `adult_age`. Their current partners who are adults
// are named in the message. Medium.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "YOUNG_PARENT";
constexpr std::string_view kWhy =
    "A parent under 18 is still a child, may need protection in their own right, and may be with "
    "an older "
    "partner who has not been assessed.";

}  // namespace

void young_parent(const AnalysisContext& a, Findings& out) {
  const FamilyGraph& family = a.family();
  const int adult_age = a.thresholds().adult_age;
  for (Vertex v = 0; v < family.size(); ++v) {
    const auto& their_children = family.children(v);
    if (their_children.empty() || a.person(v).deceased()) continue;
    const auto age = family.age(v);
    if (!age || *age >= adult_age || family.is_unborn(v)) continue;
    std::vector<Vertex> children;
    for (const auto& link : their_children)
      if (a.is_focus(link.person)) children.push_back(link.person);
    if (children.empty()) children = a.children_around({v});
    std::vector<Vertex> own;
    for (const auto& link : their_children) own.push_back(link.person);
    const std::string young = " " + is(a, v) + " " + std::to_string(*age) + ", a parent of " +
                              a.child_names(own) + " while still a child";
    const std::string consider = "onsider whether " + he(a, v) + " " +
                                 (a.person(v).sex == Sex::unknown ? "need" : "needs") +
                                 " an assessment and support in " + his(a, v) +
                                 " own right, and who supports " + him(a, v) + ".";
    std::string message = describe_among(a, v, children) + young + ": c" + consider;
    std::string detail = a.name(v) + young + ".";
    std::vector<std::string> actions{"C" + consider};
    for (const auto& link : family.current_partners(v)) {
      const auto partner_age = family.age(link.person);
      if (!family.is_adult(link.person)) continue;
      const std::string partner =
          " " + wording::capitalise(his(a, v)) + " partner " + a.name(link.person) + " is " +
          (partner_age ? std::to_string(*partner_age) : std::string("an adult"));
      message += partner + ": assess whether " + he(a, link.person) + " " +
                 (a.person(link.person).sex == Sex::unknown ? "pose" : "poses") + " a risk to " +
                 him(a, v) + " and to " + a.child_names(own) + ".";
      detail += partner + ".";
      actions.push_back("Assess whether " + a.name(link.person) + " poses a risk to " + a.name(v) +
                        " and to " + a.child_names(own) + ".");
    }
    Finding f = make_finding(a, kRule, Severity::medium, {v}, children, std::move(message), kWhy);
    f.detail = std::move(detail);
    f.actions = std::move(actions);
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
