// How long the analysis takes: on the largest example, on generated
// caseloads of 500 to 4,000 people of one family shape, and (scaling) from
// 1,000 to 200,000 people of every shape with every child in focus.
//
//   cmake -S . -B build -DKINMAP_BUILD_BENCHMARKS=ON && cmake --build build
//   build/bench/analysis_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Targets (issue 3): the large example loaded and analysed in under 5 ms;
// 2,000 people under 100 ms on one core; growth no worse than n log n.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "analysis/analyse.h"
#include "case_loader.h"
#include "caseload_generator.h"
#include "family_graph.h"

namespace kinmap {
namespace {

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The example with the most people (by file size), or nothing.
std::filesystem::path largest_example() {
  std::filesystem::path best;
  std::uintmax_t size = 0;
  const std::filesystem::path folder = std::filesystem::path(KINMAP_SOURCE_DIR) / "examples";
  if (!std::filesystem::exists(folder)) return best;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".json" || name.find(".findings.") != std::string::npos)
      continue;
    if (entry.file_size() > size) {
      size = entry.file_size();
      best = entry.path();
    }
  }
  return best;
}

void LoadAndAnalyseLargestExample(benchmark::State& state) {
  const auto path = largest_example();
  if (path.empty()) {
    state.SkipWithError("no examples/*.json");
    return;
  }
  const std::string text = read(path);
  std::size_t findings = 0, people = 0;
  for (auto _ : state) {
    const FamilyGraph family(load_case_or_throw(text, path.string(), RiskModel::builtin()));
    const auto found = analyse(family);
    findings = found.size();
    people = family.size();
    benchmark::DoNotOptimize(found.data());
  }
  state.SetLabel(path.filename().string());
  state.counters["people"] = static_cast<double>(people);
  state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(LoadAndAnalyseLargestExample)->Unit(benchmark::kMillisecond);

void LoadAndAnalyseGenerated(benchmark::State& state) {
  const std::string text = generate_caseload(static_cast<std::size_t>(state.range(0)));
  std::size_t findings = 0, people = 0;
  for (auto _ : state) {
    const FamilyGraph family(load_case_or_throw(text, "generated.json", RiskModel::builtin()));
    const auto found = analyse(family);
    findings = found.size();
    people = family.size();
    benchmark::DoNotOptimize(found.data());
  }
  state.SetComplexityN(static_cast<int64_t>(people));
  state.counters["people"] = static_cast<double>(people);
  state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(LoadAndAnalyseGenerated)
    ->Arg(500)
    ->Arg(1000)
    ->Arg(2000)
    ->Arg(4000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

void AnalyseGenerated(benchmark::State& state) {
  const FamilyGraph family(
      load_case_or_throw(generate_caseload(static_cast<std::size_t>(state.range(0))),
                         "generated.json", RiskModel::builtin()));
  for (auto _ : state) {
    const auto found = analyse(family);
    benchmark::DoNotOptimize(found.data());
  }
  state.SetComplexityN(static_cast<int64_t>(family.size()));
  state.counters["people"] = static_cast<double>(family.size());
}
BENCHMARK(AnalyseGenerated)
    ->Arg(500)
    ->Arg(1000)
    ->Arg(2000)
    ->Arg(4000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

/// Scaling (issue 19): every family shape in turn, every child a focus
/// child, from 1,000 to 200,000 people. Load and analysis are timed apart;
/// the `per_person` counters are the time per person, which stays flat when
/// the work grows linearly.
const std::string& scaling_case(std::int64_t people) {
  static std::map<std::int64_t, std::string> cases;
  auto& text = cases[people];
  if (text.empty())
    text = generate_caseload(static_cast<std::size_t>(people), {FamilyShape::mixed, true});
  return text;
}

void LoadScaling(benchmark::State& state) {
  const std::string& text = scaling_case(state.range(0));
  std::size_t people = 0;
  for (auto _ : state) {
    const Case c = load_case_or_throw(text, "generated.json", RiskModel::builtin());
    people = c.people.size();
    benchmark::DoNotOptimize(c.people.data());
  }
  state.counters["people"] = static_cast<double>(people);
  state.counters["per_person"] = benchmark::Counter(
      static_cast<double>(people),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void AnalyseScaling(benchmark::State& state) {
  const FamilyGraph family(
      load_case_or_throw(scaling_case(state.range(0)), "generated.json", RiskModel::builtin()));
  std::size_t findings = 0;
  for (auto _ : state) {
    const auto found = analyse(family);
    findings = found.size();
    benchmark::DoNotOptimize(found.data());
  }
  state.SetComplexityN(static_cast<int64_t>(family.size()));
  state.counters["people"] = static_cast<double>(family.size());
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["per_person"] = benchmark::Counter(
      static_cast<double>(family.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void scaling_sizes(benchmark::internal::Benchmark* b) {
  for (std::int64_t people : {1000, 10000, 50000, 200000}) b->Arg(people);
  b->Unit(benchmark::kMillisecond);
}
BENCHMARK(LoadScaling)->Apply(scaling_sizes);
BENCHMARK(AnalyseScaling)->Apply(scaling_sizes)->Complexity(benchmark::oNLogN);

}  // namespace
}  // namespace kinmap

BENCHMARK_MAIN();
