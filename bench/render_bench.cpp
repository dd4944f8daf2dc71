// How long drawing the genogram takes, and how much of it is kinmap's own
// work: planning the drawing (Plan: no Graphviz calls), planning and
// building the Graphviz graph through cgraph (Build), against the same plus
// Graphviz's dot layout (BuildAndLayout) and plus writing svg (Full).
//
//   cmake -S . -B build -DKINMAP_BUILD_BENCHMARKS=ON && cmake --build build
//   build/bench/render_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Target (issue 4): kinmap's own share under 10% of Full. Build counts
// cgraph's own work too (its string pool, dictionaries, freeing the graph),
// so CgraphReplay builds and frees the very same graph straight through
// cgraph with every decision already made: Build - CgraphReplay is kinmap's
// own code, and (Build - CgraphReplay) / Full is the share the target means.
// Build / Full is the upper bound. FullIsolated is what the command line
// does: the layout and svg in a child process (layout_isolation.h) that
// never frees the layout. Inputs: the largest example (argument 0) and
// generated caseloads of 10, 60, 300, 1,000 and 5,000 people (whole
// families of one shape, see caseload_generator.h), each with its findings
// overlay; the whole family is drawn however many people (legible_only off).
//
//   build/bench/render_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//       --benchmark_filter='^(Build|CgraphReplay|Full|FullIsolated)/'
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string_view>
#include <vector>

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

// Every cgraph call genogram_graph makes, recorded from a built graph so it
// can be replayed with no kinmap code in between.
struct CgraphScript {
  struct Declaration {
    int kind;
    std::string name, default_value;
  };
  struct Value {
    std::size_t symbol;  // index into declarations
    std::string text;
    bool html;
  };
  struct Subgraph {
    std::string name;
    std::size_t parent;  // index into subgraphs, npos for the root
    std::vector<Value> values;
  };
  struct Node {
    std::string name;
    std::vector<std::size_t> subgraphs;
    std::vector<Value> values;
  };
  struct Edge {
    std::size_t tail, head;
    std::string name;
    std::vector<Value> values;
  };
  std::vector<Declaration> declarations;
  std::vector<Value> graph_values;
  std::vector<Subgraph> subgraphs;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

CgraphScript record(Agraph_t* graph) {
  CgraphScript script;
  std::map<Agsym_t*, std::size_t> symbol_index;  // cgraph's symbols are unique per kind
  for (int kind : {AGRAPH, AGNODE, AGEDGE}) {
    for (Agsym_t* sym = agnxtattr(graph, kind, nullptr); sym; sym = agnxtattr(graph, kind, sym)) {
      symbol_index[sym] = script.declarations.size();
      script.declarations.push_back({kind, sym->name, sym->defval});
    }
  }
  const auto values = [&](void* object, int kind) {
    std::vector<CgraphScript::Value> out;
    for (Agsym_t* sym = agnxtattr(graph, kind, nullptr); sym; sym = agnxtattr(graph, kind, sym)) {
      char* text = agxget(object, sym);
      if (std::string_view(text) != sym->defval)
        out.push_back({symbol_index.at(sym), text, aghtmlstr(text) != 0});
    }
    return out;
  };
  script.graph_values = values(graph, AGRAPH);
  std::map<Agraph_t*, std::size_t> subgraph_index;
  const auto walk = [&](auto& self, Agraph_t* parent, std::size_t parent_index) -> void {
    for (Agraph_t* sub = agfstsubg(parent); sub; sub = agnxtsubg(sub)) {
      subgraph_index[sub] = script.subgraphs.size();
      script.subgraphs.push_back({agnameof(sub), parent_index, values(sub, AGRAPH)});
      self(self, sub, script.subgraphs.size() - 1);
    }
  };
  walk(walk, graph, std::string::npos);
  std::map<Agnode_t*, std::size_t> node_index;
  for (Agnode_t* n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
    node_index[n] = script.nodes.size();
    CgraphScript::Node node{agnameof(n), {}, values(n, AGNODE)};
    for (const auto& [sub, index] : subgraph_index)
      if (agsubnode(sub, n, 0)) node.subgraphs.push_back(index);
    script.nodes.push_back(std::move(node));
  }
  for (Agnode_t* n = agfstnode(graph); n; n = agnxtnode(graph, n))
    for (Agedge_t* e = agfstout(graph, n); e; e = agnxtout(graph, e))
      script.edges.push_back(
          {node_index.at(agtail(e)), node_index.at(aghead(e)), agnameof(e), values(e, AGEDGE)});
  return script;
}

// Builds the recorded graph; building and freeing it is cgraph's share of Build.
Agraph_t* replay(const CgraphScript& script) {
  const auto text = [](const std::string& s) { return const_cast<char*>(s.c_str()); };
  Agraph_t* graph = agopen(text("genogram"), Agdirected, nullptr);
  std::vector<Agsym_t*> symbols;
  for (const auto& d : script.declarations)
    symbols.push_back(agattr(graph, d.kind, text(d.name), text(d.default_value)));
  const auto set = [&](void* object, const std::vector<CgraphScript::Value>& values) {
    for (const auto& v : values) {
      if (v.html) {
        char* marked = agstrdup_html(graph, text(v.text));
        agxset(object, symbols[v.symbol], marked);
        agstrfree(graph, marked);
      } else {
        agxset(object, symbols[v.symbol], text(v.text));
      }
    }
  };
  set(graph, script.graph_values);
  std::vector<Agraph_t*> subgraphs;
  for (const auto& s : script.subgraphs) {
    subgraphs.push_back(
        agsubg(s.parent == std::string::npos ? graph : subgraphs[s.parent], text(s.name), 1));
    set(subgraphs.back(), s.values);
  }
  std::vector<Agnode_t*> nodes;
  for (const auto& n : script.nodes) {
    nodes.push_back(agnode(graph, text(n.name), 1));
    for (std::size_t sub : n.subgraphs) agsubnode(subgraphs[sub], nodes.back(), 1);
    set(nodes.back(), n.values);
  }
  for (const auto& e : script.edges)
    set(agedge(graph, nodes[e.tail], nodes[e.head], text(e.name), 1), e.values);
  return graph;
}

/// The case file in $KINMAP_BENCH_CASE (e.g. an imported genealogy tree), or empty.
std::string bench_case() {
  const char* path = std::getenv("KINMAP_BENCH_CASE");
  return path ? path : "";
}

/// 0: large_family.json; -1: $KINMAP_BENCH_CASE; otherwise a generated
/// caseload of that many people.
const Input& input(int which) {
  static std::map<int, Input> inputs;
  auto it = inputs.find(which);
  if (it == inputs.end()) {
    Input loaded =
        which == 0
            ? load(read(std::filesystem::path(KINMAP_SOURCE_DIR) / "examples/large_family.json"),
                   "large_family.json")
        : which == -1 ? load(read(bench_case()), bench_case())
                      : load(generate_caseload(static_cast<std::size_t>(which)), "generated.json");
    it = inputs.emplace(which, std::move(loaded)).first;
  }
  return it->second;
}

/// The whole family, however many people: the bench times drawing, not declining.
GenogramOptions everyone() {
  GenogramOptions options;
  options.legible_only = false;
  return options;
}

void label(benchmark::State& state) {
  state.SetLabel(state.range(0) == 0    ? "large_family.json"
                 : state.range(0) == -1 ? bench_case()
                                        : "generated");
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
    GraphvizGraph graph = genogram_graph(*in.family, in.overlay, everyone());
    benchmark::DoNotOptimize(graph.get());
  }
  label(state);
}

void CgraphReplay(benchmark::State& state) {
  const Input& in = input(static_cast<int>(state.range(0)));
  const GraphvizGraph graph = genogram_graph(*in.family, in.overlay, everyone());
  const CgraphScript script = record(graph.get());
  Agraph_t* copy = replay(script);
  const bool same = agnnodes(copy) == agnnodes(graph.get()) &&
                    agnedges(copy) == agnedges(graph.get()) &&
                    agnsubg(copy) == agnsubg(graph.get());
  agclose(copy);
  if (!same) state.SkipWithError("the replayed graph differs from the genogram");
  for (auto _ : state) agclose(replay(script));
  label(state);
  state.counters["objects"] =
      static_cast<double>(script.subgraphs.size() + script.nodes.size() + script.edges.size());
}

void BuildAndLayout(benchmark::State& state) {
  const Input& in = input(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    GraphvizGraph graph = genogram_graph(*in.family, in.overlay, everyone());
    const GraphvizLayout layout(graphviz_context(), graph, "dot");
    benchmark::DoNotOptimize(layout.size_points());
  }
  label(state);
}

void Full(benchmark::State& state) {
  const Input& in = input(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    const std::string svg =
        render_genogram(*in.family, in.overlay, everyone(), GenogramFormat::svg);
    benchmark::DoNotOptimize(svg.data());
  }
  label(state);
}

void FullIsolated(benchmark::State& state) {
  const Input& in = input(static_cast<int>(state.range(0)));
  GenogramOptions options = everyone();
  options.isolation = LayoutLimits{std::chrono::milliseconds(0), 0};
  for (auto _ : state) {
    const std::string svg = render_genogram(*in.family, in.overlay, options, GenogramFormat::svg);
    benchmark::DoNotOptimize(svg.data());
  }
  label(state);
}

/// With KINMAP_BENCH_CASE set, that file alone (the Gramps tree of issue 19:
/// `kinmap import` it, then KINMAP_BENCH_CASE=tree.json render_bench ...).
void Sizes(benchmark::internal::Benchmark* b) {
  if (!bench_case().empty())
    b->Arg(-1);
  else
    for (int which : {0, 10, 60, 300, 1000, 5000}) b->Arg(which);
  b->Unit(benchmark::kMillisecond);
}

BENCHMARK(Plan)->Apply(Sizes);
BENCHMARK(Build)->Apply(Sizes);
BENCHMARK(CgraphReplay)->Apply(Sizes);
BENCHMARK(BuildAndLayout)->Apply(Sizes);
BENCHMARK(Full)->Apply(Sizes);
BENCHMARK(FullIsolated)->Apply(Sizes);

}  // namespace
}  // namespace kinmap

BENCHMARK_MAIN();
