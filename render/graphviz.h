// RAII owners for the Graphviz C API (cgraph builds the graph, gvc lays it
// out and renders it). Nothing else in kinmap touches a Graphviz pointer
// that it must free.
//
//   GraphvizContext context;                 // plugins: layout engines, renderers
//   GraphvizGraph graph("genogram");
//   Agnode_t* a = graph.node("f1");
//   graph.set(a, "shape", "box");
//   GraphvizLayout layout(context, graph, "dot");   // freed before the graph
//   std::string svg = layout.render("svg");
//
// Every owner deletes copying and frees in its destructor; a layout holds
// its context and graph so it can never outlive them. Graphviz's own error
// messages are captured and become RenderError; its warnings are kept for
// take_graphviz_messages() (graphviz_messages.h puts them in kinmap's words).
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "errors.h"

namespace kinmap {

/// Graphviz could not lay out or render the genogram; carries its message.
class RenderError : public KinmapError {
 public:
  using KinmapError::KinmapError;
};

/// Everything Graphviz has said (errors and warnings, one per line, each
/// starting "Error: " or "Warning: ") since the last call, and forgets it.
std::string take_graphviz_messages();

/// From now on Graphviz's messages are written to `fd` as they come instead
/// of being kept (for a layout child process, whose memory dies with it).
void send_graphviz_messages_to(int fd);

class GraphvizContext {
 public:
  GraphvizContext();
  GraphvizContext(const GraphvizContext&) = delete;
  GraphvizContext& operator=(const GraphvizContext&) = delete;
  GVC_t* get() const { return context_.get(); }

 private:
  struct Free {
    void operator()(GVC_t* c) const { gvFreeContext(c); }
  };
  std::unique_ptr<GVC_t, Free> context_;
};

/// A directed cgraph graph and its subgraphs, nodes and edges.
class GraphvizGraph {
 public:
  explicit GraphvizGraph(std::string_view name);
  GraphvizGraph(const GraphvizGraph&) = delete;
  GraphvizGraph& operator=(const GraphvizGraph&) = delete;
  GraphvizGraph(GraphvizGraph&&) noexcept = default;
  GraphvizGraph& operator=(GraphvizGraph&&) noexcept = default;

  Agraph_t* get() const { return graph_.get(); }

  /// Declares attribute `name` for `kind` (AGRAPH, AGNODE, AGEDGE) with its default.
  void declare(int kind, std::string_view name, std::string_view default_value);
  /// The subgraph `name` of `parent` (the root when null), created on first use.
  Agraph_t* subgraph(std::string_view name, Agraph_t* parent = nullptr);
  /// The node `name` in `in` (the root when null), created on first use.
  Agnode_t* node(std::string_view name, Agraph_t* in = nullptr);
  Agnode_t* find_node(std::string_view name) const;
  /// A new edge tail -> head, named `name` so parallel edges stay distinct.
  Agedge_t* edge(Agnode_t* tail, Agnode_t* head, std::string_view name);
  /// Sets an attribute on this graph or one of its subgraphs, nodes or
  /// edges. The value is stored as is: callers escape label text (see
  /// label_text.h). Attribute symbols are looked up once per name and kind.
  void set(void* object, std::string_view attribute, std::string_view value);
  void set_html(void* object, std::string_view attribute, std::string_view html);

 private:
  Agsym_t* symbol(void* object, std::string_view attribute);

  struct Close {
    void operator()(Agraph_t* g) const { agclose(g); }
  };
  std::unique_ptr<Agraph_t, Close> graph_;
  // One table per kind (AGRAPH, AGNODE, AGEDGE), searched without copying the name.
  std::array<std::map<std::string, Agsym_t*, std::less<>>, 3> symbols_;
};

/// A laid-out graph. Holds its context and graph; frees the layout first.
class GraphvizLayout {
 public:
  /// Lays `graph` out with `engine` ("dot"). Throws RenderError on failure.
  GraphvizLayout(const GraphvizContext& context, GraphvizGraph& graph, const char* engine);
  ~GraphvizLayout();
  GraphvizLayout(const GraphvizLayout&) = delete;
  GraphvizLayout& operator=(const GraphvizLayout&) = delete;

  /// The laid-out graph in `format` ("svg", "pdf", "png", "dot", "json").
  std::string render(const char* format) const;
  /// Bounding box of the drawing in points: width and height.
  std::pair<double, double> size_points() const;
  /// Centre of that box, in Graphviz's coordinates (points, y up).
  std::pair<double, double> centre_points() const;

 private:
  GVC_t* context_;
  Agraph_t* graph_;
};

}  // namespace kinmap
