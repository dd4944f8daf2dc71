// A laid-out genogram read back from Graphviz's `json` output, so tests can
// check what a reader of the drawing sees: where each person is, which box
// they are in, and the curve of every line.
#pragma once

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace kinmap::testing {

struct Point {
  double x = 0;
  double y = 0;  ///< Graphviz coordinates: y grows upwards
};

struct LaidOutNode {
  std::string name;
  Point centre;
  double width = 0;   ///< points
  double height = 0;  ///< points
  nlohmann::json attributes;
  std::string attribute(const std::string& key) const {
    return attributes.contains(key) ? attributes[key].get<std::string>() : "";
  }
};

struct LaidOutBox {
  std::string name;
  Point low, high;  ///< bounding box corners
  std::vector<std::string> nodes;
  bool contains(const LaidOutNode& n) const {
    return n.centre.x - n.width / 2 >= low.x - 0.5 && n.centre.x + n.width / 2 <= high.x + 0.5 &&
           n.centre.y - n.height / 2 >= low.y - 0.5 && n.centre.y + n.height / 2 <= high.y + 0.5;
  }
};

struct LaidOutEdge {
  std::string tail, head;
  std::string cls;
  nlohmann::json attributes;
  std::vector<Point> curve;  ///< the drawn spline, sampled as a polyline
  std::string attribute(const std::string& key) const {
    return attributes.contains(key) ? attributes[key].get<std::string>() : "";
  }
};

struct LaidOut {
  std::map<std::string, LaidOutNode> nodes;
  std::map<std::string, LaidOutBox> boxes;  ///< clusters by name
  std::vector<LaidOutEdge> edges;

  const LaidOutNode& node(const std::string& name) const { return nodes.at(name); }
  std::vector<const LaidOutEdge*> edges_of_class(const std::string& cls) const {
    std::vector<const LaidOutEdge*> out;
    for (const auto& e : edges)
      if (e.cls == cls || e.cls.rfind(cls + " ", 0) == 0) out.push_back(&e);
    return out;
  }
};

inline std::vector<double> numbers(const std::string& text) {
  std::vector<double> out;
  std::string cleaned = text;
  for (char& c : cleaned)
    if (c == ',') c = ' ';
  std::istringstream in(cleaned);
  double v = 0;
  while (in >> v) out.push_back(v);
  return out;
}

/// Samples the cubic B-spline Graphviz writes in an edge's `pos`
/// ("e,x,y s,x,y p0 p1 p2 p3 ... " : control points in groups of three).
inline std::vector<Point> sample_spline(const std::string& pos) {
  std::vector<Point> control;
  std::istringstream in(pos);
  std::string token;
  while (in >> token) {
    if (token.rfind("e,", 0) == 0 || token.rfind("s,", 0) == 0) continue;
    const auto xy = numbers(token);
    if (xy.size() == 2) control.push_back({xy[0], xy[1]});
  }
  std::vector<Point> out;
  for (std::size_t i = 0; i + 3 < control.size(); i += 3) {
    const Point p0 = control[i], p1 = control[i + 1], p2 = control[i + 2], p3 = control[i + 3];
    for (int step = (i == 0 ? 0 : 1); step <= 16; ++step) {
      const double t = step / 16.0;
      const double a = (1 - t) * (1 - t) * (1 - t), b = 3 * (1 - t) * (1 - t) * t,
                   c = 3 * (1 - t) * t * t, d = t * t * t;
      out.push_back(
          {a * p0.x + b * p1.x + c * p2.x + d * p3.x, a * p0.y + b * p1.y + c * p2.y + d * p3.y});
    }
  }
  if (out.empty()) out = control;
  return out;
}

inline LaidOut read_laid_out(const std::string& json_text) {
  const auto json = nlohmann::json::parse(json_text);
  LaidOut out;
  std::map<int, std::string> by_gvid;
  for (const auto& object : json.value("objects", nlohmann::json::array())) {
    const std::string name = object.value("name", "");
    if (object.contains("pos")) {
      const auto xy = numbers(object["pos"].get<std::string>());
      LaidOutNode node{name,
                       {xy.at(0), xy.at(1)},
                       std::stod(object["width"].get<std::string>()) * 72,
                       std::stod(object["height"].get<std::string>()) * 72,
                       object};
      by_gvid[object["_gvid"].get<int>()] = name;
      out.nodes.emplace(name, std::move(node));
    }
  }
  for (const auto& object : json.value("objects", nlohmann::json::array())) {
    if (object.contains("pos") || !object.contains("bb")) continue;
    const auto bb = numbers(object["bb"].get<std::string>());
    LaidOutBox box{
        object["name"].get<std::string>(), {bb.at(0), bb.at(1)}, {bb.at(2), bb.at(3)}, {}};
    for (const auto& id : object.value("nodes", nlohmann::json::array()))
      box.nodes.push_back(by_gvid[id.get<int>()]);
    out.boxes.emplace(box.name, std::move(box));
  }
  for (const auto& edge : json.value("edges", nlohmann::json::array())) {
    LaidOutEdge e{by_gvid[edge["tail"].get<int>()],
                  by_gvid[edge["head"].get<int>()],
                  edge.value("class", ""),
                  edge,
                  {}};
    if (edge.contains("pos")) e.curve = sample_spline(edge["pos"].get<std::string>());
    out.edges.push_back(std::move(e));
  }
  return out;
}

/// Crossings between family lines (partner and child edges): the number of
/// pairs of lines that cross, not counting lines that meet at a person or a
/// union they share.
inline int family_line_crossings(const LaidOut& drawing) {
  std::vector<const LaidOutEdge*> lines = drawing.edges_of_class("partner");
  for (const auto* e : drawing.edges_of_class("child")) lines.push_back(e);
  const auto cross = [](Point a, Point b, Point c, Point d) {
    const auto orient = [](Point p, Point q, Point r) {
      const double v = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
      return v > 1e-9 ? 1 : (v < -1e-9 ? -1 : 0);
    };
    return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
  };
  int crossings = 0;
  for (std::size_t i = 0; i < lines.size(); ++i)
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
      const LaidOutEdge& p = *lines[i];
      const LaidOutEdge& q = *lines[j];
      if (p.tail == q.tail || p.tail == q.head || p.head == q.tail || p.head == q.head) continue;
      bool crossed = false;
      for (std::size_t a = 0; a + 1 < p.curve.size() && !crossed; ++a)
        for (std::size_t b = 0; b + 1 < q.curve.size() && !crossed; ++b)
          crossed = cross(p.curve[a], p.curve[a + 1], q.curve[b], q.curve[b + 1]);
      if (crossed) ++crossings;
    }
  return crossings;
}

/// The overlay lines drawn on their own (abuse, contact, care, exposure and
/// other lines between two people; not those drawn on a couple's partner
/// lines, nor invisible ordering edges).
inline std::vector<const LaidOutEdge*> overlay_lines(const LaidOut& drawing) {
  std::vector<const LaidOutEdge*> out;
  for (const auto& e : drawing.edges) {
    if (e.cls.rfind("partner", 0) == 0 || e.cls.rfind("child", 0) == 0) continue;
    if (e.attribute("style").find("invis") != std::string::npos || e.curve.empty()) continue;
    out.push_back(&e);
  }
  return out;
}

inline double length_of(const std::vector<Point>& curve) {
  double length = 0;
  for (std::size_t i = 0; i + 1 < curve.size(); ++i)
    length += std::hypot(curve[i + 1].x - curve[i].x, curve[i + 1].y - curve[i].y);
  return length;
}

/// Overlay lines that go the long way round: longer than the straight way
/// between the centres of the two people they join (a straight line,
/// clipped at both shapes, is shorter than that; a loop round a household
/// box or round other people is longer).
inline std::vector<std::string> overlay_detours(const LaidOut& drawing) {
  std::vector<std::string> out;
  for (const LaidOutEdge* e : overlay_lines(drawing)) {
    const Point a = drawing.node(e->tail).centre, b = drawing.node(e->head).centre;
    if (length_of(e->curve) > std::hypot(b.x - a.x, b.y - a.y))
      out.push_back(e->tail + " -> " + e->head + " (" + e->cls + ")");
  }
  return out;
}

/// People an overlay line runs over: "line: person" for every person (not
/// one of the line's two) whose shape's box, 1 pt inside, the curve enters.
inline std::vector<std::string> overlay_lines_over_people(const LaidOut& drawing) {
  std::vector<std::string> out;
  for (const LaidOutEdge* e : overlay_lines(drawing))
    for (const auto& [name, n] : drawing.nodes) {
      if (name == e->tail || name == e->head || n.attribute("class").rfind("person", 0) != 0)
        continue;
      for (const Point& p : e->curve)
        if (std::abs(p.x - n.centre.x) < n.width / 2 - 1 &&
            std::abs(p.y - n.centre.y) < n.height / 2 - 1) {
          out.push_back(e->tail + " -> " + e->head + ": " + name);
          break;
        }
    }
  return out;
}

}  // namespace kinmap::testing
