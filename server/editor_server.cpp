#include "editor_server.h"

#include <httplib.h>

#include "access_guard.h"
#include "errors.h"
#include "web_assets.h"

namespace kinmap::server {
namespace {

using nlohmann::json;

constexpr const char* kCsrfHeader = "X-Kinmap-CSRF";
constexpr const char* kCsrfPlaceholder = "KINMAP_CSRF_VALUE";

void send_json(httplib::Response& res, int status, const json& body) {
  res.status = status;
  // Invalid UTF-8 cannot reach here (the loader rejects it); replace, never throw.
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void refuse(httplib::Response& res, int status, const std::string& why) {
  res.status = status;
  res.set_content("kinmap: " + why + "\n", "text/plain; charset=utf-8");
}

const char* content_type_of(const std::string& name) {
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".js") == 0)
    return "text/javascript; charset=utf-8";
  if (name.size() > 4 && name.compare(name.size() - 4, 4, ".css") == 0)
    return "text/css; charset=utf-8";
  return "text/html; charset=utf-8";
}

}  // namespace

struct EditorServer::Impl {
  CaseEditor& editor;
  httplib::Server http;
  std::string token = new_secret();
  std::string csrf = new_secret();
  int port = 0;

  explicit Impl(CaseEditor& e) : editor(e) { routes(); }

  bool signed_in(const httplib::Request& req) const {
    if (req.has_param("token") && secrets_equal(req.get_param_value("token"), token)) return true;
    const std::string cookie = cookie_value(req.get_header_value("Cookie"), cookie_name(port));
    return !cookie.empty() && secrets_equal(cookie, token);
  }

  /// The checks every request passes first (access_guard.h); true when the
  /// request was answered here, refused.
  bool refused(const httplib::Request& req, httplib::Response& res) const {
    if (!host_allowed(req.get_header_value("Host"), port)) {
      refuse(res, 403, "this server answers only to 127.0.0.1:" + std::to_string(port));
      return true;
    }
    if (!signed_in(req)) {
      refuse(res, 403, "open the link kinmap serve printed (it carries the access token)");
      return true;
    }
    if (req.method != "GET" && req.method != "HEAD") {
      if (!origin_allowed(req.get_header_value("Origin"), port) ||
          !secrets_equal(req.get_header_value(kCsrfHeader), csrf)) {
        refuse(res, 403, "changes are accepted only from the editor's own page");
        return true;
      }
    }
    return false;
  }

  void routes() {
    http.set_payload_max_length(kMaxRequestBytes);
    http.set_default_headers({
        {"Content-Security-Policy",
         "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
         "form-action 'self'; frame-ancestors 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
    });
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      return refused(req, res) ? httplib::Server::HandlerResponse::Handled
                               : httplib::Server::HandlerResponse::Unhandled;
    });
    http.Get("/", [this](const httplib::Request& req, httplib::Response& res) {
      if (req.has_param("token")) {
        // Swap the token in the address bar for the cookie, so the token
        // does not stay in the browser's history.
        res.set_header("Set-Cookie", session_cookie(port, token));
        res.set_redirect("/", 303);
        return;
      }
      std::string page = *web_asset("index.html");
      page.replace(page.find(kCsrfPlaceholder), std::string(kCsrfPlaceholder).size(), csrf);
      res.set_content(page, "text/html; charset=utf-8");
    });
    for (const char* name : {"editor.js", "editor.css"}) {
      http.Get(std::string("/") + name, [name](const httplib::Request&, httplib::Response& res) {
        res.set_content(*web_asset(name), content_type_of(name));
      });
    }
    http.Get("/api/case", [this](const httplib::Request&, httplib::Response& res) {
      answer(res, [&] { return editor.state(); });
    });
    http.Put("/api/case", [this](const httplib::Request& req, httplib::Response& res) {
      answer(res, [&] { return editor.save(req.body, req.get_header_value("If-Match")); });
    });
    http.Post("/api/undo", [this](const httplib::Request& req, httplib::Response& res) {
      answer(res, [&] { return editor.undo(req.get_header_value("If-Match")); });
    });
    http.Post("/api/redo", [this](const httplib::Request& req, httplib::Response& res) {
      answer(res, [&] { return editor.redo(req.get_header_value("If-Match")); });
    });
  }

  template <typename Call>
  static void answer(httplib::Response& res, Call call) {
    try {
      EditorAnswer answered = call();
      send_json(res, answered.status, answered.body);
    } catch (const std::exception& e) {
      // A file that cannot be written (disk full, folder removed): say so;
      // the case on disk is as it was (writes are atomic).
      send_json(res, 500, {{"answer", "error"}, {"message", e.what()}});
    }
  }
};

EditorServer::EditorServer(CaseEditor& editor) : impl_(std::make_unique<Impl>(editor)) {}
EditorServer::~EditorServer() = default;

int EditorServer::bind(int port) {
  const bool bound = port == 0 ? (port = impl_->http.bind_to_any_port("127.0.0.1")) > 0
                               : impl_->http.bind_to_port("127.0.0.1", port);
  if (!bound)
    throw UsageError("cannot listen on 127.0.0.1:" + std::to_string(port) +
                     " (in use? try another --port, or leave it out for a free one)");
  impl_->port = port;
  return port;
}

std::string EditorServer::url() const {
  return "http://127.0.0.1:" + std::to_string(impl_->port) + "/?token=" + impl_->token;
}

void EditorServer::run() {
  impl_->http.listen_after_bind();
}
void EditorServer::stop() {
  impl_->http.stop();
}

}  // namespace kinmap::server
