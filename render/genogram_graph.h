// The genogram as a Graphviz graph before layout: what render_genogram lays
// out and writes. Separate so the benchmark can time kinmap's own work
// (planning and building the graph) apart from Graphviz's layout.
#pragma once

#include "genogram.h"
#include "graphviz.h"

namespace kinmap {

GraphvizGraph genogram_graph(const FamilyGraph& family, const Overlay& overlay,
                             const GenogramOptions& options);

/// The one Graphviz context kinmap uses (plugins load once per process).
const GraphvizContext& graphviz_context();

}  // namespace kinmap
