// kinmap serve CASE.json [--port N] [--open]: the local web editor
// (server/editor_server.h). The first line on standard output is the link to
// open; Ctrl-C (SIGINT) or SIGTERM stops it.
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <filesystem>
#include <memory>
#include <ostream>
#include <thread>

#include "case_editor.h"
#include "cli/cli.h"
#include "cli/genogram_drawing.h"
#include "command.h"
#include "editor_server.h"
#include "errors.h"

extern char** environ;

namespace kinmap {
namespace {

struct ServeOptions {
  std::string path;
  std::string model;
  int port = 0;
  bool open = false;
  double layout_timeout = kDefaultLayoutTimeoutSeconds;
};

/// Starts the desktop's browser on `url`; says so when there is none. The
/// browser gets the usual signals back (serve blocks them in its threads).
void open_browser(const std::string& url, std::ostream& err) {
  const char* argv[] = {"xdg-open", url.c_str(), nullptr};
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
  pid_t pid = 0;
  const int failed =
      posix_spawnp(&pid, "xdg-open", nullptr, &attributes, const_cast<char* const*>(argv), environ);
  posix_spawnattr_destroy(&attributes);
  if (failed) {
    err << "kinmap: could not start a browser (xdg-open); open the link above yourself\n";
    return;
  }
  std::thread([pid] { ::waitpid(pid, nullptr, 0); }).detach();  // leaves no zombie behind
}

}  // namespace

CommandAction declare_serve(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<ServeOptions>();
  app.add_option("CASE", options->path,
                 "case file to edit; a file that does not exist yet starts a new case")
      ->required();
  app.add_option("--port", options->port, "port on 127.0.0.1 (default: a free one)")
      ->check(CLI::Range(0, 65535).description(""));
  app.add_flag("--open", options->open, "open the editor in the desktop's browser");
  app.add_option("--model", options->model,
                 "risk model file with local thresholds (default: built in)");
  add_layout_timeout_option(app, options->layout_timeout);
  app.footer(
      "Example:\n"
      "  kinmap serve family.json\n\n"
      "Prints a link with a one-time token; open it in a browser on this computer. Every\n"
      "change is checked, saved to the case file, and kept in FILE.history/ for undo.\n"
      "Only this computer can connect (127.0.0.1). Ctrl-C stops it.");
  return [options, &context]() {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(options->path, ec))
      throw UsageError(options->path +
                       ": is a folder; give a case file (listing a folder's cases is not "
                       "built yet)");
    const fs::path parent = fs::absolute(options->path).parent_path();
    if (!fs::is_directory(parent, ec))
      throw UsageError(options->path + ": the folder " + parent.string() + " does not exist");

    const RiskModel& model = risk_model_from(options->model, context);
    DrawingRequest request;
    request.case_path = options->path;
    request.limits = layout_limits(options->layout_timeout);
    server::CaseEditor editor(
        options->path, options->path, model,
        [request](const AnalysisContext& analysis, const Overlay& overlay, std::ostream& err) {
          return draw_genogram_for(analysis, overlay, request, err);
        });
    server::EditorServer http(editor);

    // Signals go to one thread that stops the server: block them here,
    // before the server's threads start, so every thread inherits the mask.
    sigset_t stopping;
    sigemptyset(&stopping);
    sigaddset(&stopping, SIGINT);
    sigaddset(&stopping, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopping, nullptr);

    const int port = http.bind(options->port);
    context.out << "kinmap: serving " << options->path << " at " << http.url() << std::endl;
    if (options->open) open_browser(http.url(), context.err);
    std::thread waiter([&] {
      int signal_number = 0;
      sigwait(&stopping, &signal_number);
      http.stop();
    });
    http.run();
    waiter.join();
    pthread_sigmask(SIG_UNBLOCK, &stopping, nullptr);
    context.err << "kinmap: stopped serving " << options->path << " (port " << port << ")\n";
    return static_cast<int>(kExitOk);
  };
}

}  // namespace kinmap
