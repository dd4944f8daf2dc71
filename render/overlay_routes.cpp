#include "overlay_routes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kinmap {
namespace {

/// How far a straight line must keep from anyone it does not join, in
/// points; from a union point, where a couple's lines and their
/// children's meet, further: a line through there reads as family.
constexpr double kClearance = 4;
constexpr double kUnionClearance = 4;
/// From the labels on family lines (abuse between partners is drawn on
/// theirs, with its forms): a line must not run through them. The labels of
/// overlay lines are placed again when their line moves.
constexpr double kLabelClearance = 2;
/// The widest clearance asked for: how far round a line to look.
constexpr double kLookAround = std::max({kClearance, kUnionClearance, kLabelClearance});

struct Box {
  double left, bottom, right, top;
  void* object;  ///< the node, or the edge whose label this is
  double clearance;
};

std::string_view attribute(void* object, const char* name) {
  const char* value = agget(object, const_cast<char*>(name));
  return value ? std::string_view(value) : std::string_view();
}

Box box_around(pointf centre, double width, double height, void* object, double clearance) {
  return {centre.x - width / 2,
          centre.y - height / 2,
          centre.x + width / 2,
          centre.y + height / 2,
          object,
          clearance};
}

/// Whether the segment a-b passes through `box` (Liang-Barsky clipping).
bool crosses(pointf a, pointf b, const Box& box) {
  double from = 0, to = 1;
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {a.x - box.left, box.right - a.x, a.y - box.bottom, box.top - a.y};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return false;
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0)
      from = std::max(from, t);
    else
      to = std::min(to, t);
    if (from > to) return false;
  }
  return true;
}

double distance(pointf p, pointf a, pointf b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double length = dx * dx + dy * dy;
  const double t =
      length == 0 ? 0 : std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length, 0.0, 1.0);
  return std::hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

double distance(pointf p, const Box& box) {
  const double dx = std::max({box.left - p.x, 0.0, p.x - box.right});
  const double dy = std::max({box.bottom - p.y, 0.0, p.y - box.top});
  return std::hypot(dx, dy);
}

/// How far the segment a-b passes from `box`; zero when it crosses it.
double distance(pointf a, pointf b, const Box& box) {
  if (crosses(a, b, box)) return 0;
  double out = std::min(distance(a, box), distance(b, box));
  for (pointf corner : {pointf{box.left, box.bottom}, pointf{box.left, box.top},
                        pointf{box.right, box.bottom}, pointf{box.right, box.top}})
    out = std::min(out, distance(corner, a, b));
  return out;
}

/// Where a line may leave or reach a person: the centre (Graphviz clips
/// the line at the outline) or the middle of one side.
struct Port {
  const char* name;
  double x, y;  ///< unit direction from the centre; (0, 0) for the centre
};
constexpr Port kPorts[] = {{"", 0, 0}, {"s", 0, -1}, {"n", 0, 1}, {"e", 1, 0}, {"w", -1, 0}};

pointf at(Agnode_t* n, const Port& port) {
  const pointf centre = ND_coord(n);
  return {centre.x + port.x * ND_width(n) * 72 / 2, centre.y + port.y * ND_height(n) * 72 / 2};
}

/// A short straight piece of a family line (partner or child), from the
/// points sampled along its curve.
struct Piece {
  pointf a, b;
  Agedge_t* line;
  double left() const { return std::min(a.x, b.x); }
  double right() const { return std::max(a.x, b.x); }
};

/// Everything a line could run into: people, union points and family-line
/// labels, and the family lines themselves, each sorted by its left edge so
/// that a line looks only at what is level with it.
struct Surroundings {
  std::vector<Box> obstacles;
  double widest_obstacle = 0;
  std::vector<Piece> pieces;
  double widest_piece = 0;
};

/// Points along `e`'s route as dot drew it (each cubic piece sampled).
std::vector<pointf> course(Agedge_t* e) {
  std::vector<pointf> out;
  const splines* route = ED_spl(e);
  if (!route) return out;
  for (int i = 0; i < route->size; ++i) {
    const bezier& curve = route->list[i];
    for (int j = 0; j + 3 < curve.size; j += 3) {
      const pointf* p = curve.list + j;
      for (double t : {0.0, 0.25, 0.5, 0.75, 1.0}) {
        const double u = 1 - t;
        out.push_back({u * u * u * p[0].x + 3 * u * u * t * p[1].x + 3 * u * t * t * p[2].x +
                           t * t * t * p[3].x,
                       u * u * u * p[0].y + 3 * u * u * t * p[1].y + 3 * u * t * t * p[2].y +
                           t * t * t * p[3].y});
      }
    }
  }
  return out;
}

int side(pointf p, pointf q, pointf r) {
  const double v = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  return v > 1e-9 ? 1 : (v < -1e-9 ? -1 : 0);
}

bool cross(pointf a, pointf b, pointf c, pointf d) {
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/// How many family lines the path through `points` crosses; lines that
/// end at one of `e`'s two people meet it there and do not count.
std::size_t family_lines_crossed(const std::vector<pointf>& points, Agedge_t* e,
                                 const Surroundings& around) {
  std::set<Agedge_t*> crossed;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const pointf a = points[i], b = points[i + 1];
    const double low = std::min(a.x, b.x), high = std::max(a.x, b.x);
    auto it =
        std::lower_bound(around.pieces.begin(), around.pieces.end(), low - around.widest_piece,
                         [](const Piece& piece, double x) { return piece.left() < x; });
    for (; it != around.pieces.end() && it->left() <= high; ++it) {
      Agnode_t* ends[] = {agtail(it->line), aghead(it->line)};
      if (it->right() < low || crossed.count(it->line)) continue;
      if (std::find(std::begin(ends), std::end(ends), agtail(e)) != std::end(ends) ||
          std::find(std::begin(ends), std::end(ends), aghead(e)) != std::end(ends))
        continue;
      if (cross(a, b, it->a, it->b)) crossed.insert(it->line);
    }
  }
  return crossed.size();
}

Surroundings surroundings(Agraph_t* g) {
  Surroundings out;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    const std::string_view what = attribute(n, "class");
    if (what.rfind("person", 0) != 0 && what != "union") continue;
    out.obstacles.push_back(box_around(ND_coord(n), ND_width(n) * 72, ND_height(n) * 72, n,
                                       what == "union" ? kUnionClearance : kClearance));
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      const std::string_view line = attribute(e, "class");
      if (line.rfind("partner", 0) != 0 && line.rfind("child", 0) != 0) continue;
      if (const textlabel_t* label = ED_xlabel(e); label && label->set)
        out.obstacles.push_back(
            box_around(label->pos, label->dimen.x, label->dimen.y, e, kLabelClearance));
      const std::vector<pointf> points = course(e);
      for (std::size_t i = 0; i + 1 < points.size(); ++i)
        out.pieces.push_back({points[i], points[i + 1], e});
    }
  }
  for (const Box& box : out.obstacles)
    out.widest_obstacle = std::max(out.widest_obstacle, box.right - box.left);
  for (const Piece& piece : out.pieces)
    out.widest_piece = std::max(out.widest_piece, piece.right() - piece.left());
  std::sort(out.obstacles.begin(), out.obstacles.end(),
            [](const Box& a, const Box& b) { return a.left < b.left; });
  std::sort(out.pieces.begin(), out.pieces.end(),
            [](const Piece& a, const Piece& b) { return a.left() < b.left(); });
  return out;
}

/// Whether the segment a-b keeps clear of everyone and every family-line
/// label but the two people `e` joins.
bool keeps_clear(pointf a, pointf b, Agedge_t* e, const Surroundings& around) {
  const double low = std::min(a.x, b.x) - kLookAround;
  const double high = std::max(a.x, b.x) + kLookAround;
  auto it = std::lower_bound(around.obstacles.begin(), around.obstacles.end(),
                             low - around.widest_obstacle,
                             [](const Box& box, double x) { return box.left < x; });
  for (; it != around.obstacles.end() && it->left <= high; ++it)
    if (it->object != agtail(e) && it->object != aghead(e) && it->object != e && it->right >= low &&
        distance(a, b, *it) < it->clearance)
      return false;
  return true;
}

struct Route {
  const Port* tail = nullptr;
  const Port* head = nullptr;
  double length = 0;
};

/// The best straight route for overlay line `e` among the ports: clear of
/// everyone, crossing no more family lines than dot's route does; centre to
/// centre when it can, else the shortest. None (tail null) when no route is.
Route straight_route(Agedge_t* e, const Surroundings& around) {
  Agnode_t* tail = agtail(e);
  Agnode_t* head = aghead(e);
  const pointf from = ND_coord(tail), to = ND_coord(head);
  const std::size_t dot_crossings = family_lines_crossed(course(e), e, around);
  Route best;
  for (const Port& tp : kPorts)
    for (const Port& hp : kPorts) {
      // A side port only where the line leaves or arrives on that side.
      if (tp.x * (to.x - from.x) + tp.y * (to.y - from.y) < 0) continue;
      if (hp.x * (from.x - to.x) + hp.y * (from.y - to.y) < 0) continue;
      const pointf a = at(tail, tp), b = at(head, hp);
      const double length = std::hypot(b.x - a.x, b.y - a.y);
      if (best.tail && (best.tail->name[0] == '\0' || length >= best.length)) continue;
      const bool clear = keeps_clear(a, b, e, around);
      if (!clear || family_lines_crossed({a, b}, e, around) > dot_crossings) continue;
      best = {&tp, &hp, length};
    }
  return best;
}

/// Whether `p` is inside `n`'s shape (its outline as kinmap draws people:
/// circle, box, diamond or triangle; anything else by its box).
bool inside(Agnode_t* n, pointf p) {
  const pointf centre = ND_coord(n);
  const double dx = (p.x - centre.x) / (ND_width(n) * 72 / 2);
  const double dy = (p.y - centre.y) / (ND_height(n) * 72 / 2);
  const std::string_view shape = attribute(n, "shape");
  if (shape == "circle" || shape == "ellipse" || shape == "point") return dx * dx + dy * dy <= 1;
  if (shape == "diamond") return std::abs(dx) + std::abs(dy) <= 1;
  if (shape == "triangle") return dy >= -1 && dy <= 1 && std::abs(dx) <= (1 - dy) / 2;
  return std::abs(dx) <= 1 && std::abs(dy) <= 1;
}

pointf quadratic(pointf p0, pointf c, pointf p2, double t) {
  const double u = 1 - t;
  return {u * u * p0.x + 2 * u * t * c.x + t * t * p2.x,
          u * u * p0.y + 2 * u * t * c.y + t * t * p2.y};
}

std::string number(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", v);
  return text;
}

std::string xy(pointf p) {
  return number(p.x) + "," + number(p.y);
}

/// Length Graphviz gives an arrowhead: 10 points times arrowsize.
constexpr double kArrowLength = 10 * 0.7;
/// How many bends to try on each side, and how far apart, relative to
/// the distance between the two people.
constexpr int kBends = 6;
constexpr double kBendStep = 0.12;
/// The largest drawing whose overlay lines are routed again.
constexpr std::size_t kMostPeopleRouted = 500;
/// The border dot leaves round its outer cluster, in points.
constexpr double kFrameBorder = 8;
/// Points along a bent route checked against the surroundings.
constexpr int kBendSamples = 24;

/// A gentle curve for overlay line `e` when no straight route is clear:
/// one bow to the side (a quadratic curve through a point beside the
/// middle), the least bow that keeps clear of everyone, crosses no more
/// family lines than dot's route and is shorter than it. Its Graphviz
/// `pos` (clipped at the two shapes, room left for the arrowheads), or
/// empty when none is.
std::string bent_route(Agedge_t* e, const Surroundings& around) {
  Agnode_t* tail = agtail(e);
  Agnode_t* head = aghead(e);
  const pointf a = ND_coord(tail), b = ND_coord(head);
  const double span = std::hypot(b.x - a.x, b.y - a.y);
  if (span == 0) return "";
  const std::vector<pointf> dot_course = course(e);
  double dot_length = 0;
  for (std::size_t i = 0; i + 1 < dot_course.size(); ++i)
    dot_length +=
        std::hypot(dot_course[i + 1].x - dot_course[i].x, dot_course[i + 1].y - dot_course[i].y);
  const std::size_t may_cross = family_lines_crossed(dot_course, e, around);
  const pointf middle{(a.x + b.x) / 2, (a.y + b.y) / 2};
  const pointf normal{-(b.y - a.y) / span, (b.x - a.x) / span};
  for (int step = 1; step <= kBends; ++step)
    for (int sign : {1, -1}) {
      const double offset = sign * step * kBendStep * span;
      // Control point of the quadratic that passes through middle + offset.
      const pointf control{middle.x + 2 * offset * normal.x, middle.y + 2 * offset * normal.y};
      // Where the curve leaves the tail's shape and enters the head's.
      std::vector<pointf> points;
      double from = -1, to = -1;
      for (int k = 0; k <= kBendSamples * 4; ++k) {
        const double t = static_cast<double>(k) / (kBendSamples * 4);
        const pointf p = quadratic(a, control, b, t);
        if (from < 0 && !inside(tail, p)) from = t;
        if (from >= 0 && to < 0 && inside(head, p)) to = t;
      }
      if (from < 0 || to <= from) continue;
      for (int k = 0; k <= kBendSamples; ++k)
        points.push_back(quadratic(a, control, b, from + (to - from) * k / kBendSamples));
      // Inside the drawing: nop2 draws it in the box round everything it
      // holds, without the border dot leaves round the outer cluster.
      const boxf frame = GD_bb(agroot(tail));
      bool clear = std::all_of(points.begin(), points.end(), [&](pointf p) {
        return p.x >= frame.LL.x + kFrameBorder && p.x <= frame.UR.x - kFrameBorder &&
               p.y >= frame.LL.y + kFrameBorder && p.y <= frame.UR.y - kFrameBorder;
      });
      double length = 0;
      for (std::size_t i = 0; clear && i + 1 < points.size(); ++i) {
        clear = keeps_clear(points[i], points[i + 1], e, around);
        length += std::hypot(points[i + 1].x - points[i].x, points[i + 1].y - points[i].y);
      }
      if (!clear || length >= dot_length || family_lines_crossed(points, e, around) > may_cross)
        continue;
      // In a few cubic pieces, each exactly its part of the quadratic, so
      // that Graphviz finds the middle for the label on the curve; the
      // arrowheads take their length off the two ends.
      constexpr int kPieces = 4;
      std::vector<pointf> ends, controls;
      for (int k = 0; k <= kPieces; ++k)
        ends.push_back(quadratic(a, control, b, from + (to - from) * k / kPieces));
      for (int k = 0; k < kPieces; ++k) {
        const double t0 = from + (to - from) * k / kPieces;
        const double t1 = from + (to - from) * (k + 1) / kPieces;
        const double u0 = 1 - t0, u1 = 1 - t1, m = u0 * t1 + t0 * u1;
        controls.push_back({u0 * u1 * a.x + m * control.x + t0 * t1 * b.x,
                            u0 * u1 * a.y + m * control.y + t0 * t1 * b.y});
      }
      const auto pull_back = [](pointf tip, pointf toward) {
        const double dx = toward.x - tip.x, dy = toward.y - tip.y;
        const double d = std::hypot(dx, dy);
        return d <= kArrowLength
                   ? tip
                   : pointf{tip.x + dx / d * kArrowLength, tip.y + dy / d * kArrowLength};
      };
      const std::string_view dir = attribute(e, "dir");
      std::string pos;
      if (dir == "back" || dir == "both") {
        pos += "s," + xy(ends.front()) + " ";
        ends.front() = pull_back(ends.front(), controls.front());
      }
      if (dir == "forward" || dir == "both") {
        pos += "e," + xy(ends.back()) + " ";
        ends.back() = pull_back(ends.back(), controls.back());
      }
      pos += xy(ends.front());
      for (int k = 0; k < kPieces; ++k) {
        const pointf p0 = ends[k], q = controls[k], p3 = ends[k + 1];
        pos += " " + xy({p0.x + 2.0 / 3 * (q.x - p0.x), p0.y + 2.0 / 3 * (q.y - p0.y)}) + " " +
               xy({p3.x + 2.0 / 3 * (q.x - p3.x), p3.y + 2.0 / 3 * (q.y - p3.y)}) + " " + xy(p3);
      }
      return pos;
    }
  return "";
}

}  // namespace

std::size_t mark_direct_overlay_lines(GraphvizGraph& graph) {
  Agraph_t* g = graph.get();
  // Past a few hundred people the checks cost more than the layout is
  // worth re-drawing (each line looks at every family line level with it,
  // and wide drawings have long ones): dot's routes stay.
  std::size_t people = 0;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
    if (attribute(n, "class").rfind("person", 0) == 0) ++people;
  if (people > kMostPeopleRouted) return 0;
  const Surroundings around = surroundings(g);
  std::vector<std::pair<Agedge_t*, Route>> straight;
  std::vector<std::pair<Agedge_t*, std::string>> bent;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      if (attribute(e, "constraint") != "false") continue;
      const Route route = straight_route(e, around);
      if (route.tail)
        straight.emplace_back(e, route);
      else if (std::string pos = bent_route(e, around); !pos.empty())
        bent.emplace_back(e, std::move(pos));
    }

  // The dot layout as attributes, which nop2 reads back. attach_attrs
  // writes each node's drawn size, outer outlines included: nop2 would add
  // them again (a focus child's double circle grows), so every node gets
  // back the size kinmap asked for, from which nop2 sizes it as dot did.
  std::vector<std::array<std::string, 3>> sizes;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
    sizes.push_back(
        {agnameof(n), std::string(attribute(n, "width")), std::string(attribute(n, "height"))});
  attach_attrs(g);
  for (const auto& [name, width, height] : sizes) {
    Agnode_t* n = graph.find_node(name);
    graph.set(n, "width", width);
    graph.set(n, "height", height);
  }
  for (const auto& [e, route] : straight) {
    graph.set(e, "pos", "");
    if (!attribute(e, "xlp").empty()) graph.set(e, "xlp", "");
    if (route.tail->name[0] != '\0') graph.set(e, "tailport", route.tail->name);
    if (route.head->name[0] != '\0') graph.set(e, "headport", route.head->name);
  }
  for (const auto& [e, pos] : bent) {
    graph.set(e, "pos", pos);
    if (!attribute(e, "xlp").empty()) graph.set(e, "xlp", "");
  }
  return straight.size() + bent.size();
}

void forget_route_ports(GraphvizGraph& graph) {
  Agraph_t* g = graph.get();
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e))
      for (const char* port : {"tailport", "headport"})
        if (const std::string_view name = attribute(e, port); !name.empty()) {
          // The layout still points at the name ("s"), which cgraph frees
          // with its last reference: keep one until the graph is closed.
          agstrdup(g, const_cast<char*>(std::string(name).c_str()));
          graph.set(e, port, "");
        }
}

}  // namespace kinmap
