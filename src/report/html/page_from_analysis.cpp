#include "report/html/page_from_analysis.h"

#include <algorithm>

#include "analysis/child_circle.h"
#include "analysis/risk_profile.h"
#include "analysis/roles.h"

namespace kinmap {
namespace {

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string plan_line(const AnalysisContext& context) {
  const Plan* plan = context.plan();
  if (!plan) return {};
  std::string line = capitalised(context.plan_name());
  if (plan->date) line += ", dated " + plan->date->to_string();
  if (plan->review) line += "; review due " + plan->review->to_string();
  return line;
}

std::string child_heading(const AnalysisContext& context, FamilyGraph::Vertex child) {
  const FamilyGraph& family = context.family();
  const Person& p = family.person(child);
  std::string heading = context.roles().name(child);
  if (family.is_unborn(child))
    heading += p.expected ? " (unborn, due " + p.expected->to_string() + ")" : " (unborn)";
  else if (const auto age = family.age(child))
    heading += *age == 0 ? " (under 1)" : " (" + std::to_string(*age) + ")";
  return heading;
}

std::string assessment_text(const Person& p) {
  std::string text(spelling(p.assessment.status));
  std::replace(text.begin(), text.end(), '_', ' ');
  if (p.assessment.date) text += ", " + p.assessment.date->to_string();
  return text;
}

}  // namespace

ConferencePage conference_page(const AnalysisContext& context, std::vector<Finding> findings,
                               std::string genogram_svg, bool redacted) {
  const Case& c = context.case_data();
  const FamilyGraph& family = context.family();
  ConferencePage page;
  page.case_id = c.info.id;
  page.title = c.info.title;
  page.as_of = c.info.as_of.to_string();
  page.marking = c.info.marking;
  page.plan = plan_line(context);
  page.genogram_svg = std::move(genogram_svg);
  page.layout = report::layout_findings(context, findings);
  page.findings = std::move(findings);
  page.redacted = redacted;

  for (FamilyGraph::Vertex child : context.focus()) {
    CircleTable table;
    table.child = child_heading(context, child);
    for (const CircleMember& member : context.circle(child).members) {
      const Person& p = family.person(member.person);
      CircleRow row;
      row.person = context.roles().name(member.person);
      row.link = member.reason();
      row.lives_with_child = member.lives_with_child;
      row.assessed = p.assessment.status == AssessmentStatus::complete;
      row.assessment = assessment_text(p);
      row.named_in_plan = context.plan_names(member.person);
      row.invited = context.plan_invites(member.person);
      row.poses_risk = context.risk().poses_risk(member.person);
      table.rows.push_back(std::move(row));
    }
    page.circles.push_back(std::move(table));
  }

  std::vector<const Event*> events;
  for (const Event& e : c.events) events.push_back(&e);
  std::stable_sort(events.begin(), events.end(), [](const Event* a, const Event* b) {
    return a->date.first_day() < b->date.first_day();
  });
  for (const Event* e : events) {
    ChronologyEntry entry;
    entry.date = e->date.to_string();
    entry.type = std::string(spelling(e->type));
    std::vector<std::string> names;
    for (const std::string& id : e->people)
      if (const auto v = family.find(id)) names.push_back(context.roles().name(*v));
    for (std::size_t i = 0; i < names.size(); ++i) entry.people += (i ? ", " : "") + names[i];
    if (!e->household.empty())
      for (const Household& h : c.households)
        if (h.id == e->household)
          entry.people += (entry.people.empty() ? "" : "; ") + std::string("at ") +
                          (h.label.empty() ? "household " + h.id : h.label);
    entry.source = e->source;
    entry.note = e->note;
    page.chronology.push_back(std::move(entry));
  }
  return page;
}

}  // namespace kinmap
