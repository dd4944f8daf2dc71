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
// bytes. Graphviz lays the graph out once; with `isolation` it does so in a
// child process (layout_isolation.h), so that its aborts and endless loops
// become a LayoutFailed. Throws RenderError when Graphviz fails.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "drawing_size.h"
#include "family_graph.h"
#include "layout_isolation.h"
#include "overlay.h"

namespace kinmap {

enum class GenogramFormat { svg, pdf, png, dot, json };

/// The format named by `name` ("svg", ...) or by a file name's extension.
std::optional<GenogramFormat> genogram_format_named(std::string_view name);
std::optional<GenogramFormat> genogram_format_of_file(std::string_view file_name);

struct GenogramOptions {
  /// Draw only these people (ids); empty draws everyone. The caller chooses
  /// them (e.g. one child's circle and two generations, for --focus).
  std::set<std::string> only;
  /// With a page, the output is that page (drawing_size.h), landscape when
  /// the drawing is wider than tall, the drawing scaled into its margins.
  Page page = Page::none;
  /// Leave out the title block (e.g. when the page around it carries one).
  bool title = true;
  /// A line under the title saying what this drawing is, e.g. one page of
  /// several: "Page 2 of 3: Ruby Walsh's circle". Empty: none.
  std::string heading;
  /// Draw the household boxes. Without them Graphviz 2.43 is far less
  /// likely to fail: the simpler drawing kinmap falls back to.
  bool households = true;
  /// Draw a family too wide for a page compact, its unrelated branches
  /// wrapped onto bands one below the other (genogram_bands.h). False: in
  /// one row, as Graphviz puts it; draw_genogram falls back to that by
  /// itself when the compact layout fails.
  bool wrap = true;
  /// When the output's size is imposed (a page, an image cap) and names
  /// would come out smaller than kLegiblePoints, throw IllegibleDrawing
  /// instead of drawing a sliver. False (--all): draw it however small.
  bool legible_only = true;
  /// Lay out and write in a child process under these limits; none: in
  /// this process (tests, and the clean free the sanitizers check).
  std::optional<LayoutLimits> isolation;
};

/// The names would print too small to read at the size the output must
/// have; nothing was drawn. what() says how small, in kinmap's words.
class IllegibleDrawing : public RenderError {
 public:
  IllegibleDrawing(const std::string& what, double name_points)
      : RenderError(what), name_points_(name_points) {}
  double name_points() const { return name_points_; }

 private:
  double name_points_;
};

struct Genogram {
  std::string bytes;
  /// What Graphviz reported while drawing, in kinmap's words (graphviz_messages.h).
  std::vector<std::string> notes;
  /// The size person names come out at: points on the page, or the image's
  /// points at 96 px per inch.
  double name_points = kNamePoints;
  std::size_t people = 0;  ///< people drawn
};

/// The genogram of `family`; `overlay` may be empty (plain diagram: no
/// findings marks, no legend entries for them). Throws LayoutFailed when
/// Graphviz stops or loses lines (the drawing would be damaged),
/// IllegibleDrawing (see GenogramOptions::legible_only), RenderError.
Genogram draw_genogram(const FamilyGraph& family, const Overlay& overlay,
                       const GenogramOptions& options, GenogramFormat format);

/// draw_genogram's bytes alone.
std::string render_genogram(const FamilyGraph& family, const Overlay& overlay,
                            const GenogramOptions& options, GenogramFormat format);

}  // namespace kinmap
