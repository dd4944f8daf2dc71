// CHILDREN_NOT_ASKED: an adult known to adult services never asked whether
// they have children.
//
// Lesson (Leicester, Leicestershire & Rutland SCP case file audit, "What are
// we worried about?"): "Lone male adults accessing services were not always
// asked if they had children." Leeds, "Men presenting in crisis":
// "Practitioners need to think wider than the needs of the person in front of
// them."
//
// Fires once per living adult in the case known to probation, substance
// misuse or mental health services whose `asked_about_children` is not true.
// Medium.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "CHILDREN_NOT_ASKED";
constexpr std::string_view kWhy =
    "Adults using probation, substance misuse and mental health services are not always asked "
    "whether they "
    "have children, so risk to those children goes unseen.";

}  // namespace

void children_not_asked(const AnalysisContext& a, Findings& out) {
  const FamilyGraph& family = a.family();
  for (Vertex v = 0; v < family.size(); ++v) {
    const Person& p = a.person(v);
    if (!family.is_adult(v) || p.deceased() || p.asked_about_children == true) continue;
    const std::vector<std::string> services = adult_services_knowing(p);
    if (services.empty()) continue;
    const std::vector<Vertex> children = a.children_around({v});
    const std::string who = children.empty() ? a.name(v) : a.describe(v, children.front());
    std::string message = who + " " + is(a, v) + " known to " + wording::join_list(services) +
                          ", but nobody has recorded asking " + him(a, v) + " whether " + he(a, v) +
                          " " + has(a, v) + " children or contact with any. Ask " + him(a, v) +
                          ", and ask " + wording::join_list(services) +
                          " what they know about children in " + his(a, v) + " life.";
    Finding f = make_finding(a, kRule, Severity::medium, {v}, children, std::move(message), kWhy);
    // The actions say it all: ask them, and ask the services.
    f.actions = {ask_about_children_action(a, v), "Ask " + wording::join_list(services) +
                                                      " what they know about children in " +
                                                      wording::possessive(a.name(v)) + " life."};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
