// The HTTP front of `kinmap serve`: the page and the JSON API of one
// CaseEditor, on the loopback address only, every request checked by
// access_guard.h before it reaches a handler.
//
//   GET  /?token=T      sets the session cookie, then redirects to /
//   GET  /              the page (web/index.html), carrying the CSRF value
//   GET  /editor.js, /editor.css
//   GET  /api/case      CaseEditor::state
//   PUT  /api/case      CaseEditor::save; body: the whole case; If-Match: version
//   POST /api/undo, /api/redo    If-Match: version
//
// Anything else is 404; no request names a file, so nothing outside the
// case and its history can be read or written through the server.
#pragma once

#include <memory>
#include <string>

#include "case_editor.h"

namespace kinmap::server {

/// Request bodies larger than this are refused with 413 before they are read.
inline constexpr std::size_t kMaxRequestBytes = 8u << 20;

class EditorServer {
 public:
  explicit EditorServer(CaseEditor& editor);
  ~EditorServer();
  EditorServer(const EditorServer&) = delete;
  EditorServer& operator=(const EditorServer&) = delete;

  /// Binds 127.0.0.1:`port` (0: a free port); returns the port. Throws
  /// UsageError naming the port when it cannot be bound.
  int bind(int port);
  /// http://127.0.0.1:PORT/?token=TOKEN, the one link that opens the page.
  std::string url() const;
  /// Serves until stop() is called (from another thread).
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kinmap::server
