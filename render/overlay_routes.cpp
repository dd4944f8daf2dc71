#include "overlay_routes.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>
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
      const double low = std::min(a.x, b.x) - kLookAround;
      const double high = std::max(a.x, b.x) + kLookAround;
      auto it = std::lower_bound(around.obstacles.begin(), around.obstacles.end(),
                                 low - around.widest_obstacle,
                                 [](const Box& box, double x) { return box.left < x; });
      bool clear = true;
      for (; clear && it != around.obstacles.end() && it->left <= high; ++it)
        if (it->object != tail && it->object != head && it->object != e && it->right >= low)
          clear = distance(a, b, *it) >= it->clearance;
      if (!clear || family_lines_crossed({a, b}, e, around) > dot_crossings) continue;
      best = {&tp, &hp, length};
    }
  return best;
}

}  // namespace

std::size_t mark_direct_overlay_lines(GraphvizGraph& graph) {
  Agraph_t* g = graph.get();
  const Surroundings around = surroundings(g);
  std::vector<std::pair<Agedge_t*, Route>> straight;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      if (attribute(e, "constraint") != "false") continue;
      const Route route = straight_route(e, around);
      if (route.tail) straight.emplace_back(e, route);
    }

  attach_attrs(g);  // the dot layout as attributes, which nop2 reads back
  for (const auto& [e, route] : straight) {
    graph.set(e, "pos", "");
    if (!attribute(e, "xlp").empty()) graph.set(e, "xlp", "");
    if (route.tail->name[0] != '\0') graph.set(e, "tailport", route.tail->name);
    if (route.head->name[0] != '\0') graph.set(e, "headport", route.head->name);
  }
  return straight.size();
}

}  // namespace kinmap
