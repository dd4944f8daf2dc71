// What one edit in `kinmap serve` costs on the server: the page sends the
// whole case, the loader checks it, it is written with its history version,
// the genogram redrawn (under the same safety net as `kinmap render`: a
// child process with limits) and the findings worked out and arranged by
// person (EditAndAnswer); against drawing the genogram alone (RenderAlone),
// which is most of it. Input: examples/large_family.json (62 people), one
// person's notes changed each time so every save is a real change.
//
//   build/bench/editor_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Target (issue 15): EditAndAnswer median under 100 ms.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analysis/analyse.h"
#include "case_editor.h"
#include "case_loader.h"
#include "cli/command.h"
#include "cli/genogram_drawing.h"
#include "report/genogram_overlay.h"

namespace kinmap {
namespace {

namespace fs = std::filesystem;

std::string large_family() {
  std::ifstream in(fs::path(KINMAP_SOURCE_DIR) / "examples" / "large_family.json");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

DrawingRequest serve_request() {
  DrawingRequest request;
  request.case_path = "large_family.json";
  request.limits = layout_limits(kDefaultLayoutTimeoutSeconds);
  return request;
}

void EditAndAnswer(benchmark::State& state) {
  const fs::path folder =
      fs::temp_directory_path() / ("kinmap-editor-bench-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  const DrawingRequest request = serve_request();
  std::ostringstream notes;
  server::CaseEditor editor(folder / "case.json", "case.json", RiskModel::builtin(),
                            [&](const AnalysisContext& a, const Overlay& o, std::ostream& err) {
                              return draw_genogram_for(a, o, request, err);
                            });
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(large_family());
  std::string version = server::CaseStore::kAbsent;
  std::size_t edit = 0;
  for (auto _ : state) {
    doc["people"][0]["notes"] = "Edit " + std::to_string(++edit);
    const server::EditorAnswer answer = editor.save(doc.dump(2), version);
    if (answer.status != 200) state.SkipWithError("the edit was not saved");
    version = answer.body["version"];
    benchmark::DoNotOptimize(answer.body["view"]["svg"]);
  }
  fs::remove_all(folder);
}
BENCHMARK(EditAndAnswer)->Unit(benchmark::kMillisecond)->UseRealTime();

void RenderAlone(benchmark::State& state) {
  const FamilyGraph family(
      load_case_or_throw(large_family(), "large_family.json", RiskModel::builtin()));
  const AnalysisContext analysis(family);
  const Overlay overlay = genogram_overlay(analysis, analyse(analysis));
  const DrawingRequest request = serve_request();
  std::ostringstream err;
  for (auto _ : state) benchmark::DoNotOptimize(draw_genogram_for(analysis, overlay, request, err));
}
BENCHMARK(RenderAlone)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace kinmap

BENCHMARK_MAIN();
