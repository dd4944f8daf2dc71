// Lays out generated valid cases (case_generator.h) the way `kinmap render`
// does, each in a forked child with a time limit, so that an abort inside
// Graphviz or an endless layout is counted rather than fatal; checks the
// layout invariants (tests/render/layout_invariants.h) on every drawing.
//
//   layout_probe --cases 40                       # CTest: seeds 1..40
//   layout_probe --first 1000 --cases 5000 --timeout 60 --keep /tmp/probe
//
// Prints one line per case that failed and a summary; exit 1 when a
// generated case does not load, crashes, hangs, makes Graphviz report an
// error (a line it could not route) or breaks an invariant.
// --keep writes each failing case there (crash-SEED.json, ...), ready to
// be kept in tests/render/regressions/; --file CASE.json lays out one file
// the same way (exit 3 crash, 4 hang, 5 Graphviz error such as "triangulation
// failed", 1 invariant broken), for cutting one down.
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>

#include "analysis/analyse.h"
#include "analysis/analysis_context.h"
#include "case_generator.h"
#include "case_loader.h"
#include "genogram.h"
#include "render/laid_out.h"
#include "render/layout_invariants.h"
#include "report/genogram_overlay.h"

namespace {

using namespace kinmap;

struct Options {
  std::uint64_t first = 1;
  std::uint64_t cases = 40;
  std::size_t max_people = 300;
  int timeout_seconds = 30;
  std::string keep;
  bool verbose = false;
};

enum class Outcome { ok, crash, hang, graphviz_error, violation, invalid };

const char* name_of(Outcome o) {
  switch (o) {
    case Outcome::ok:
      return "ok";
    case Outcome::crash:
      return "crash";
    case Outcome::hang:
      return "hang";
    case Outcome::graphviz_error:
      return "graphviz-error";
    case Outcome::violation:
      return "violation";
    case Outcome::invalid:
      return "invalid";
  }
  return "?";
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// What Graphviz wrote on stderr that means a line or a node was not drawn
/// ("lost edge", "triangulation failed", any "Error"); its warning that some
/// line labels were left out is kinmap's choice (forcelabels=false), not damage.
std::string graphviz_errors(const std::string& stderr_text) {
  std::istringstream in(stderr_text);
  std::string out;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line.find("exterior labels positioned") == std::string::npos)
      out += (out.empty() ? "" : "; ") + line;
  return out;
}

/// Renders `text` to Graphviz json in a child process; the json in `json`.
/// The child stops itself with SIGALRM after the time limit, and the parent
/// kills it outright a little later should SIGALRM be blocked. Graphviz's
/// stderr is kept in a file and read back.
Outcome lay_out_in_child(const std::string& text, int timeout_seconds, std::string& json,
                         std::string& detail) {
  char path[] = "/tmp/kinmap-probe-XXXXXX";
  char err_path[] = "/tmp/kinmap-probe-err-XXXXXX";
  const int fd = mkstemp(path);
  const int err_fd = mkstemp(err_path);
  if (fd < 0 || err_fd < 0) {
    std::perror("mkstemp");
    std::exit(2);
  }
  close(fd);
  close(err_fd);
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid < 0) {
    std::perror("fork");
    std::exit(2);
  }
  if (pid == 0) {
    alarm(static_cast<unsigned>(timeout_seconds));
    // Graphviz's own messages go to a file the parent reads.
    if (std::freopen(err_path, "w", stderr) == nullptr) _exit(3);
    try {
      FamilyGraph family(load_case_or_throw(text, "generated.json", RiskModel::builtin()));
      const AnalysisContext context(family);
      const Overlay overlay = genogram_overlay(context, analyse(context));
      const std::string out =
          render_genogram(family, overlay, GenogramOptions{}, GenogramFormat::json);
      std::ofstream file(path, std::ios::binary);
      file << out;
      file.close();
      std::fflush(stderr);  // _exit does not flush, and stderr is a file now
      _exit(file ? 0 : 4);
    } catch (...) {
      _exit(5);
    }
  }
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds + 5);
  int status = 0;
  while (true) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  Outcome outcome = Outcome::ok;
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    outcome = sig == SIGALRM || sig == SIGKILL ? Outcome::hang : Outcome::crash;
    detail = std::string("signal ") + strsignal(sig);
  } else if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
    outcome = Outcome::crash;
    detail = "exit " + std::to_string(WEXITSTATUS(status)) +
             (WEXITSTATUS(status) == 5 ? " (render threw)" : "");
  } else {
    json = read_all(path);
    detail = graphviz_errors(read_all(err_path));
    if (!detail.empty()) outcome = Outcome::graphviz_error;
  }
  std::remove(path);
  std::remove(err_path);
  return outcome;
}

/// Lays out one case file, as the probe does a generated case: for cutting a
/// failing case down. Exit 0 ok, 1 violation, 3 crash, 4 hang, 2 invalid.
int run_file(const std::string& path, int timeout_seconds) {
  const std::string text = read_all(path);
  LoadResult loaded = load_case(text, path, RiskModel::builtin());
  if (!loaded.ok()) {
    std::cout << path << ": does not load\n";
    return 2;
  }
  std::string json, detail;
  const Outcome outcome = lay_out_in_child(text, timeout_seconds, json, detail);
  std::size_t violations = 0;
  if (outcome == Outcome::ok) {
    const FamilyGraph family(std::move(*loaded.loaded));
    const auto found = testing::layout_violations(family, testing::read_laid_out(json));
    violations = found.count();
    for (const auto& v : found.all()) detail += "\n    " + v;
  }
  std::cout << path << ": " << (violations ? "violation" : name_of(outcome))
            << (detail.empty() ? "" : ": ") << detail << '\n';
  if (outcome == Outcome::crash) return 3;
  if (outcome == Outcome::hang) return 4;
  if (outcome == Outcome::graphviz_error) return 5;
  return violations ? 1 : 0;
}

int run(const Options& options) {
  std::map<Outcome, int> counts;
  std::size_t violations = 0;
  std::size_t people = 0;
  if (!options.keep.empty()) std::filesystem::create_directories(options.keep);
  const auto started = std::chrono::steady_clock::now();
  for (std::uint64_t seed = options.first; seed < options.first + options.cases; ++seed) {
    const std::string text = generate_valid_case(seed, options.max_people);
    LoadResult loaded = load_case(text, "generated.json", RiskModel::builtin());
    Outcome outcome = Outcome::ok;
    std::string detail;
    std::size_t size = 0;
    if (!loaded.ok()) {
      outcome = Outcome::invalid;
      for (const auto& d : loaded.diagnostics)
        if (d.level == Diagnostic::Level::error) detail += "\n    " + d.to_string();
    } else {
      size = loaded.loaded->people.size();
      people += size;
      std::string json;
      outcome = lay_out_in_child(text, options.timeout_seconds, json, detail);
      if (outcome == Outcome::ok) {
        const FamilyGraph family(std::move(*loaded.loaded));
        const auto found = testing::layout_violations(family, testing::read_laid_out(json));
        if (found.count() > 0) {
          outcome = Outcome::violation;
          violations += found.count();
          for (const auto& v : found.all()) detail += "\n    " + v;
        }
      }
    }
    ++counts[outcome];
    if (outcome != Outcome::ok || options.verbose)
      std::cout << "seed " << seed << " (" << size << " people): " << name_of(outcome)
                << (detail.empty() ? "" : ": ") << detail << std::endl;
    if (outcome != Outcome::ok && !options.keep.empty())
      std::ofstream(options.keep + "/" + name_of(outcome) + "-" + std::to_string(seed) + ".json")
          << text;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "layout probe: " << options.cases << " cases (seeds " << options.first << ".."
            << options.first + options.cases - 1 << ", " << people << " people) in " << seconds
            << " s: " << counts[Outcome::ok] << " ok, " << counts[Outcome::crash] << " crashed, "
            << counts[Outcome::hang] << " hung (>" << options.timeout_seconds << " s), "
            << counts[Outcome::graphviz_error] << " with Graphviz errors, "
            << counts[Outcome::violation] << " broke invariants (" << violations << " violations), "
            << counts[Outcome::invalid] << " did not load" << std::endl;
  return counts[Outcome::ok] == static_cast<int>(options.cases) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--first")
      options.first = std::stoull(value());
    else if (arg == "--cases")
      options.cases = std::stoull(value());
    else if (arg == "--max-people")
      options.max_people = std::stoul(value());
    else if (arg == "--timeout")
      options.timeout_seconds = std::stoi(value());
    else if (arg == "--keep")
      options.keep = value();
    else if (arg == "--verbose")
      options.verbose = true;
    else if (arg == "--file")
      return run_file(value(), options.timeout_seconds);
    else if (arg == "--print") {
      // The generated case itself, to look at or keep.
      std::cout << generate_valid_case(std::stoull(value()), options.max_people) << '\n';
      return 0;
    } else {
      std::cerr
          << "usage: layout_probe [--first SEED] [--cases N] [--max-people N] "
             "[--timeout SECONDS] [--keep DIR] [--verbose] | --print SEED | --file CASE.json\n";
      return 2;
    }
  }
  return run(options);
}
