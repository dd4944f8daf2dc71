// The genogram: a FamilyGraph (plus an optional findings Overlay) drawn by
// Graphviz in the notation practitioners are trained on (DESIGN.md, "The
// diagram"), as svg, pdf, png, dot or Graphviz json.
//
//   GenogramOptions options;
//   options.page = Page::a4;
//   const std::string svg = render_genogram(family, overlay, options, GenogramFormat::svg);
//
// Graphviz node names are person ids; union and helper nodes are named
// "union:..." and "legend:..." (ids cannot contain ':'), so tests and tools
// can find each person. Every edge has a `class`: partner, child, abuse,
// contact, care, exposure or other. The same input always gives the same
// bytes. Throws RenderError when Graphviz fails.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "family_graph.h"
#include "overlay.h"

namespace kinmap {

enum class GenogramFormat { svg, pdf, png, dot, json };

/// The format named by `name` ("svg", ...) or by a file name's extension.
std::optional<GenogramFormat> genogram_format_named(std::string_view name);
std::optional<GenogramFormat> genogram_format_of_file(std::string_view file_name);

enum class Page { none, a4, a3 };

struct GenogramOptions {
  /// Draw only these people (ids); empty draws everyone. The caller chooses
  /// them (e.g. one child's circle and two generations, for --focus).
  std::set<std::string> only;
  /// With a page, the drawing is scaled down to fit it, landscape when wider.
  Page page = Page::none;
  /// Leave out the title block (e.g. when the page around it carries one).
  bool title = true;
};

/// The genogram of `family`; `overlay` may be empty (plain diagram: no
/// findings marks, no legend entries for them).
std::string render_genogram(const FamilyGraph& family, const Overlay& overlay,
                            const GenogramOptions& options, GenogramFormat format);

}  // namespace kinmap
