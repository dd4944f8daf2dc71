// One case open for editing: every change the page sends is checked by the
// same loader as `kinmap check`, and only a valid case is saved; after each
// accepted change the genogram is redrawn and the findings worked out again,
// arranged by person as in the reports (report_layout.h).
//
// Answers are JSON for the page (editor_server.h maps them to HTTP):
//
//   state   {exists, version, document, diagnostics[], history{}, view{}}
//   view    {svg, notes, drawing_error, findings{counts, people[], children[], reviewed[]}}
//   diagnostics[i]  {level, pointer, line, column, message}; `pointer` is
//                   the JSON pointer of the field, so the page shows the
//                   message beside it.
//
// Thread safe: one lock around the file and its history.
#pragma once

#include <functional>
#include <iosfwd>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "analysis/analysis_context.h"
#include "case_store.h"
#include "overlay.h"
#include "risk_model.h"

namespace kinmap::server {

/// Draws the genogram as SVG, notes to `err`; throws RenderError when it
/// cannot. The CLI passes `kinmap render`'s safety net (genogram_drawing.h).
using DrawGenogram =
    std::function<std::string(const AnalysisContext&, const Overlay&, std::ostream& err)>;

struct EditorAnswer {
  int status = 200;  ///< 200 done; 409 the file changed elsewhere; 422 invalid, not saved
  nlohmann::json body;
};

class CaseEditor {
 public:
  /// `display_path` is how messages name the file (as the user typed it).
  CaseEditor(std::filesystem::path case_file, std::string display_path, const RiskModel& model,
             DrawGenogram draw);

  /// The case as it is on disk now, with its drawing and findings.
  EditorAnswer state();
  /// Saves `document` (a whole case file) if the loader accepts it and the
  /// file is still at `base_version`.
  EditorAnswer save(const std::string& document, const std::string& base_version);
  EditorAnswer undo(const std::string& base_version);
  EditorAnswer redo(const std::string& base_version);

  const std::string& display_path() const { return display_path_; }

 private:
  nlohmann::json view_of(Case loaded);
  nlohmann::json state_locked();
  EditorAnswer after_move(CaseStore::Outcome outcome);

  std::mutex mutex_;
  std::string display_path_;
  const RiskModel& model_;
  DrawGenogram draw_;
  CaseStore store_;
  std::string cached_version_;  ///< the version `cached_view_` was made for
  nlohmann::json cached_view_;
};

}  // namespace kinmap::server
