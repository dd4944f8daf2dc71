#include "case_editor.h"

#include <set>
#include <sstream>

#include "analysis/analyse.h"
#include "case_loader.h"
#include "errors.h"
#include "family_graph.h"
#include "report/genogram_overlay.h"
#include "report/report_layout.h"

namespace kinmap::server {
namespace {

using nlohmann::json;

json diagnostics_json(const std::vector<Diagnostic>& diagnostics) {
  json out = json::array();
  for (const Diagnostic& d : diagnostics)
    out.push_back({{"level", d.level == Diagnostic::Level::error ? "error" : "warning"},
                   {"pointer", d.pointer},
                   {"line", d.line},
                   {"column", d.column},
                   {"message", d.message}});
  return out;
}

json item_json(const report::ReportItem& item) {
  return {{"severity", spelling(item.severity)}, {"rule", item.rule}, {"text", item.text}};
}

/// One block of the findings, with every person its findings name, so a
/// click on it can select them on the genogram.
json block_json(const FamilyGraph& family, const std::vector<Finding>& findings,
                const report::ReportBlock& block) {
  json out = {{"heading", block.heading},
              {"person", block.person ? json(family.person(*block.person).id) : json(nullptr)},
              {"severity", spelling(block.severity)},
              {"links", block.links},
              {"risk", block.risk}};
  json items = json::array();
  for (const auto& item : block.reach) items.push_back(item_json(item));
  for (const auto& item : block.items) items.push_back(item_json(item));
  out["items"] = std::move(items);
  json actions = json::array();
  for (const auto& action : block.actions) actions.push_back(action.text);
  out["actions"] = std::move(actions);
  std::vector<std::string> people;
  std::set<std::string> seen;
  const auto add = [&](const std::string& id) {
    if (seen.insert(id).second) people.push_back(id);
  };
  if (block.person) add(family.person(*block.person).id);
  for (std::size_t i : block.findings) {
    for (const auto& id : findings[i].people) add(id);
    for (const auto& id : findings[i].children) add(id);
  }
  out["people"] = people;
  return out;
}

std::string answer_of(CaseStore::Outcome outcome) {
  switch (outcome) {
    case CaseStore::Outcome::saved:
      return "saved";
    case CaseStore::Outcome::conflict:
      return "conflict";
    case CaseStore::Outcome::nothing_to_do:
      return "unchanged";
  }
  return "unchanged";
}

}  // namespace

CaseEditor::CaseEditor(std::filesystem::path case_file, std::string display_path,
                       const RiskModel& model, DrawGenogram draw)
    : display_path_(std::move(display_path)),
      model_(model),
      draw_(std::move(draw)),
      store_(std::move(case_file)) {}

json CaseEditor::view_of(Case loaded) {
  const FamilyGraph family(std::move(loaded), model_);
  const AnalysisContext analysis(family);
  const std::vector<Finding> findings = analyse(analysis);
  json view;
  std::ostringstream notes;
  try {
    view["svg"] = draw_(analysis, genogram_overlay(analysis, findings), notes);
    view["drawing_error"] = "";
  } catch (const KinmapError& e) {
    view["svg"] = "";
    view["drawing_error"] = e.what();
  }
  view["notes"] = notes.str();
  const report::ReportLayout layout = report::layout_findings(analysis, findings);
  json people = json::array();
  for (const auto& block : layout.people) people.push_back(block_json(family, findings, block));
  json children = json::array();
  for (const auto& block : layout.children) children.push_back(block_json(family, findings, block));
  json reviewed = json::array();
  for (const auto& item : layout.reviewed) reviewed.push_back(item_json(item));
  view["findings"] = {{"counts",
                       {{"urgent", layout.counts[0]},
                        {"high", layout.counts[1]},
                        {"medium", layout.counts[2]},
                        {"low", layout.counts[3]}}},
                      {"people", std::move(people)},
                      {"children", std::move(children)},
                      {"reviewed", std::move(reviewed)}};
  return view;
}

json CaseEditor::state_locked() {
  const CaseStore::Snapshot now = store_.current();
  json out = {{"path", display_path_},
              {"exists", now.exists},
              {"version", now.version},
              {"history",
               {{"can_undo", store_.can_undo()},
                {"can_redo", store_.can_redo()},
                {"versions", store_.version_count()}}}};
  out["document"] = nullptr;
  out["diagnostics"] = json::array();
  out["view"] = nullptr;
  if (!now.exists) return out;
  out["document"] = json::parse(now.text, nullptr, false);
  if (out["document"].is_discarded()) out["document"] = nullptr;
  LoadResult result = load_case(now.text, display_path_, model_);
  out["diagnostics"] = diagnostics_json(result.diagnostics);
  if (!result.ok()) return out;
  if (cached_version_ != now.version) {
    cached_view_ = view_of(std::move(*result.loaded));
    cached_version_ = now.version;
  }
  out["view"] = cached_view_;
  return out;
}

EditorAnswer CaseEditor::state() {
  std::lock_guard lock(mutex_);
  return {200, state_locked()};
}

EditorAnswer CaseEditor::save(const std::string& document, const std::string& base_version) {
  LoadResult result = load_case(document, display_path_, model_);
  if (!result.ok())
    return {422, {{"answer", "invalid"}, {"diagnostics", diagnostics_json(result.diagnostics)}}};
  // Written as the page sent it, keys in its order, two-space indent.
  const std::string text = nlohmann::ordered_json::parse(document).dump(2) + "\n";
  std::lock_guard lock(mutex_);
  const CaseStore::Outcome outcome = store_.save(text, base_version);
  if (outcome == CaseStore::Outcome::saved) {
    cached_view_ = view_of(std::move(*result.loaded));
    cached_version_ = CaseStore::version_of(text);
  }
  json body = state_locked();
  body["answer"] = answer_of(outcome);
  return {outcome == CaseStore::Outcome::conflict ? 409 : 200, std::move(body)};
}

EditorAnswer CaseEditor::after_move(CaseStore::Outcome outcome) {
  json body = state_locked();
  body["answer"] = answer_of(outcome);
  return {outcome == CaseStore::Outcome::conflict ? 409 : 200, std::move(body)};
}

EditorAnswer CaseEditor::undo(const std::string& base_version) {
  std::lock_guard lock(mutex_);
  return after_move(store_.undo(base_version));
}

EditorAnswer CaseEditor::redo(const std::string& base_version) {
  std::lock_guard lock(mutex_);
  return after_move(store_.redo(base_version));
}

}  // namespace kinmap::server
