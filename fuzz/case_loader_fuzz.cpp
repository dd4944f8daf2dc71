// Fuzzes the case loader with arbitrary bytes. When the bytes load, the case
// is written back and loaded again (the writer must round-trip), built into
// a FamilyGraph, analysed, and drawn as a Graphviz graph with the findings
// marked (layout left out: it is Graphviz's, and slow). Any crash, sanitizer
// report or abort is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "analysis/analyse.h"
#include "case_loader.h"
#include "case_writer.h"
#include "family_graph.h"
#include "genogram_graph.h"
#include "report/genogram_overlay.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  kinmap::LoadResult result = kinmap::load_case(text, "fuzz.json", kinmap::RiskModel::builtin());
  if (!result.ok()) {
    if (result.diagnostics.empty()) std::abort();  // a rejection must say why
    return 0;
  }
  const std::string written = kinmap::write_case(*result.loaded);
  kinmap::LoadResult again =
      kinmap::load_case(written, "written.json", kinmap::RiskModel::builtin());
  if (!again.ok() || kinmap::write_case(*again.loaded) != written) std::abort();
  const kinmap::FamilyGraph family(std::move(*result.loaded));
  for (auto v : family.vertices()) {
    (void)family.siblings(v);
    (void)family.ancestors(v);
    (void)family.current_partners(v);
  }
  const kinmap::AnalysisContext context(family);
  const kinmap::Overlay overlay = kinmap::genogram_overlay(context, kinmap::analyse(context));
  const kinmap::GraphvizGraph graph = kinmap::genogram_graph(family, overlay, {});
  return 0;
}
