// NO_FATHER_RECORDED: a focus child with no father or father figure recorded.
//
// Lesson (Norfolk Safeguarding Children Partnership, "Invisible /
// Unaccountable men"): fathers and father figures "may be they were invisible
// to processes such as family assessments ... Agency records may link mother
// and child, but not a father." A man who is not in the record cannot be
// assessed, invited or held to account.
//
// Fires for each focus child (born or unborn) with no male parent of any
// kind. High for an unborn child or a baby under 1, else medium.
#include "analysis/rules/rule_support.h"

namespace kinmap::rules {
namespace {

constexpr std::string_view kRule = "NO_FATHER_RECORDED";
constexpr std::string_view kWhy =
    "Reviews keep finding records that link mother and child but not a father, so the men in a "
    "child's life "
    "go unseen and unassessed.";

}  // namespace

void no_father_recorded(const AnalysisContext& a, Findings& out) {
  for (Vertex child : a.focus()) {
    std::vector<Vertex> mothers;
    bool has_father = false;
    for (const auto& link : a.family().parents(child)) {
      if (a.person(link.person).sex == Sex::male) has_father = true;
      if (a.is_mother(link.person, child) && !a.person(link.person).deceased())
        mothers.push_back(link.person);
    }
    if (has_father) continue;
    const std::string& name = a.name(child);
    const std::string fact =
        "No father or father figure is recorded for " + child_with_age(a, child) + ".";
    const std::string question = " who " + wording::possessive(name) +
                                 " father is and whether he, or another man, is part of " +
                                 wording::possessive(name) + " life";
    const std::string record =
        "record him, even if his identity is not known, so that he can be assessed.";
    std::string message = fact + " ";
    message += mothers.empty() ? "Ask the agencies involved"
                               : "Ask " + describe_among(a, mothers.front(), {child}) +
                                     " and the agencies involved";
    message += question + "; " + record;
    Finding f = make_finding(a, kRule, a.is_baby(child) ? Severity::high : Severity::medium,
                             {child}, {child}, std::move(message), kWhy);
    // The action says it all: ask who the father is, and record him.
    f.actions = {(mothers.empty()
                      ? "Ask the agencies involved"
                      : "Ask " + a.name(mothers.front()) + " and the agencies involved") +
                 question + ", and " + record};
    out.push_back(std::move(f));
  }
}

}  // namespace kinmap::rules
