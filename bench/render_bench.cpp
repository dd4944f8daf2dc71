// How long drawing the genogram takes, and how much of it is kinmap's own
// work: planning the drawing (Plan: no Graphviz calls), planning and
// building the Graphviz graph through cgraph (Build), against the same plus
// Graphviz's dot layout (BuildAndLayout) and plus writing svg (Full).
//
//   cmake -S . -B build -DKINMAP_BUILD_BENCHMARKS=ON && cmake --build build
//   build/bench/render_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Target (issue 4): kinmap's own share, Build / Full, under 10%. Inputs: the
// largest example and a generated caseload of 500 people (whole families of
// one shape, see caseload_generator.h), each with its findings overlay.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "analysis/analyse.h"
#include "case_loader.h"
#include "caseload_generator.h"
#include "genogram_graph.h"
#include "genogram_plan.h"
#include "report/genogram_overlay.h"

namespace kinmap {
namespace {

struct Input {
  std::unique_ptr<FamilyGraph> family;
  Overlay overlay;
};

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Input load(const std::string& text, const std::string& name) {
  Input input;
  input.family =
      std::make_unique<FamilyGraph>(load_case_or_throw(text, name, RiskModel::builtin()));
  const AnalysisContext context(*input.family);
  input.overlay = genogram_overlay(context, analyse(context));
  return input;
}

const Input& input(int which) {
  static const Input large =
      load(read(std::filesystem::path(KINMAP_SOURCE_DIR) / "examples/large_family.json"),
           "large_family.json");
  static const Input generated = load(generate_caseload(500), "generated.json");
  return which == 0 ? large : generated;
}

void label(benchmark::State& state) {
  state.SetLabel(state.range(0) == 0 ? "large_family.json" : "generated 500 people");
  state.counters["people"] =
      static_cast<double>(input(static_cast<int>(state.range(0))).family->size());
}

// kinmap's decisions alone: unions, rows, boxes, birth order (no Graphviz calls).
void Plan(benchmark::State& state) {
  const Input& in = input(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    const GenogramPlan plan = plan_genogram(*in.family, {});
    benchmark::DoNotOptimize(plan.unions.data());
  }
  label(state);
}

void Build(benchmark::State& state) {
  const Input& in = input(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    GraphvizGraph graph = genogram_graph(*in.family, in.overlay, {});
    benchmark::DoNotOptimize(graph.get());
  }
  label(state);
}

void BuildAndLayout(benchmark::State& state) {
  const Input& in = input(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    GraphvizGraph graph = genogram_graph(*in.family, in.overlay, {});
    const GraphvizLayout layout(graphviz_context(), graph, "dot");
    benchmark::DoNotOptimize(layout.size_points());
  }
  label(state);
}

void Full(benchmark::State& state) {
  const Input& in = input(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    const std::string svg = render_genogram(*in.family, in.overlay, {}, GenogramFormat::svg);
    benchmark::DoNotOptimize(svg.data());
  }
  label(state);
}

BENCHMARK(Plan)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(Build)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BuildAndLayout)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(Full)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kinmap

BENCHMARK_MAIN();
