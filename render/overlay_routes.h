// Direct routes for the overlay lines (abuse, contact, care, exposure: the
// constraint=false edges of DESIGN.md, "The diagram"). dot routes such a
// line through virtual nodes that must stay outside every household box its
// two people are not in, so a contact arrow from a father's flat to his
// daughter in her mother's home loops round the box, and a grandmother's
// care arrows loop round the mother (issue 14). The family lines are laid
// out well by dot and stay as they are.
//
//   GraphvizLayout dot(context, graph, "dot");
//   if (mark_direct_overlay_lines(graph) > 0) {
//     /* free dot's layout, lay out with "nop2" and splines=line */
//     forget_route_ports(graph);
//   }
//
// After dot's layout, every overlay line whose straight course between its
// two people (centre to centre, or side to side) keeps clear of everyone
// else (people, union points and family-line labels, with a margin) and
// crosses no more family lines than dot's route loses its route and its
// label's place; Graphviz's nop2 engine, run with splines=line, then keeps
// every position and every other line as dot left them and draws the marked
// lines straight, clipped at the two shapes, their labels placed again
// (never over a name: forcelabels=false). A line with someone in every
// straight way gets the least single bow round them that passes the same
// checks and is shorter than dot's route; failing that it keeps dot's.
// Drawings of more than 500 people keep dot's routes (the checks would
// cost more than the layout: 45% more CPU at 1,000 people).
#pragma once

#include <cstddef>

#include "graphviz.h"

namespace kinmap {

/// Writes the dot layout into `graph`'s attributes (pos, bb, ...) and
/// clears the route of every overlay line that can be drawn straight (or
/// sets the bowed one).
/// `graph` must be laid out by dot. Returns how many were cleared.
std::size_t mark_direct_overlay_lines(GraphvizGraph& graph);

/// After nop2 has drawn them: forgets the ports the straight lines were
/// given, so that a written .dot laid out again by plain dot is the graph
/// kinmap built (dot is not asked to route ports between household boxes).
void forget_route_ports(GraphvizGraph& graph);

}  // namespace kinmap
