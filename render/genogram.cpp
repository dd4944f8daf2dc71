#include "genogram.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>

#include "genogram_bands.h"
#include "genogram_graph.h"
#include "genogram_plan.h"
#include "graphviz.h"
#include "graphviz_messages.h"
#include "label_text.h"
#include "legend.h"
#include "notation.h"
#include "overlay_routes.h"

namespace kinmap {
namespace {

using Vertex = FamilyGraph::Vertex;

constexpr std::string_view kFont = "DejaVu Sans";

std::string_view words(Frequency f) {
  switch (f) {
    case Frequency::daily:
      return "daily";
    case Frequency::weekly:
      return "weekly";
    case Frequency::fortnightly:
      return "fortnightly";
    case Frequency::monthly:
      return "monthly";
    case Frequency::occasional:
      return "now and then";
    case Frequency::none:
      return "no contact";
    case Frequency::unknown:
      return "";
  }
  return "";
}

std::string abuse_words(const Relationship& abuse) {
  std::string out;
  for (AbuseForm form : abuse.forms) {
    if (!out.empty()) out += ", ";
    std::string word(spelling(form));
    std::replace(word.begin(), word.end(), '_', ' ');
    out += word;
  }
  if (abuse.last) out += (out.empty() ? "last " : "; last ") + abuse.last->to_string();
  return out;
}

std::string contact_words(const Relationship& contact) {
  std::string out(words(contact.frequency));
  if (contact.supervised) {
    if (!out.empty()) out += ", ";
    out += *contact.supervised ? "supervised" : "unsupervised";
  }
  return out;
}

/// A small label for an overlay line: escaped, at most two short lines.
std::string small_label(std::string_view text, std::string_view color) {
  if (text.empty()) return "";
  return "<FONT POINT-SIZE=\"8\" COLOR=\"" + std::string(color) + "\">" + label_lines(text, 24) +
         "</FONT>";
}

class GenogramBuilder {
 public:
  GenogramBuilder(const FamilyGraph& family, const Overlay& overlay, const GenogramOptions& options)
      : family_(family),
        overlay_(overlay),
        options_(options),
        plan_(plan_genogram(family, options.only)),
        bands_(options.wrap ? plan_bands(family, plan_) : GenogramBands{}),
        graph_("genogram") {}

  GraphvizGraph build() {
    declare_defaults();
    // One outer cluster holds the family and carries the title above it; the
    // key and the marking go below, as the graph's own label.
    family_cluster_ = graph_.subgraph("cluster_family");
    graph_.set(family_cluster_, "peripheries", "0");
    if (options_.title) {
      graph_.set_html(family_cluster_, "label", title_html());
      graph_.set(family_cluster_, "labelloc", "t");
      graph_.set(family_cluster_, "fontsize", "14");
    }
    add_households();
    add_people();
    add_unions();
    add_rows();
    add_parent_lines();
    add_relationship_overlays();
    add_exposure_paths();
    add_sibling_order();
    add_bands();
    for (const OverlayLine& line : overlay_lines_) draw_overlay(line);
    // A wide family's key is wide and short, like the family: a column
    // (some 200 pt) for every two people across, and one more.
    const std::size_t key_columns =
        bands_.wide ? std::clamp<std::size_t>(bands_.across / 2 + 1, 2, 6) : 2;
    graph_.set_html(graph_.get(), "label",
                    legend_.html(family_.case_data().info.marking, key_columns));
    return std::move(graph_);
  }

 private:
  void declare_defaults() {
    graph_.declare(AGRAPH, "newrank", "true");
    graph_.declare(AGRAPH, "rankdir", "TB");
    graph_.declare(AGRAPH, "nodesep", "0.3");
    // Graphviz 2.43's second crossing pass over a graph with clusters
    // ignores the birth-order edges inside household boxes: on a family
    // wrapped into bands it reverses brothers and sisters and then cannot
    // route the edge between them ("triangulation failed"). One pass only.
    if (bands_.bands.size() > 1) graph_.declare(AGRAPH, "remincross", "false");
    graph_.declare(AGRAPH, "ranksep", bands_.wide ? "0.15" : "0.3");
    graph_.declare(AGRAPH, "fontname", kFont);
    graph_.declare(AGRAPH, "fontsize", "10");
    graph_.declare(AGRAPH, "labelloc", "b");
    graph_.declare(AGRAPH, "labeljust", "l");
    graph_.declare(AGRAPH, "pad", "0.25");
    graph_.declare(AGRAPH, "style", "");
    graph_.declare(AGRAPH, "color", "");
    graph_.declare(AGRAPH, "peripheries", "1");
    graph_.declare(AGRAPH, "label", "");
    graph_.declare(AGNODE, "fontname", kFont);
    graph_.declare(AGNODE, "fontsize", "10");
    graph_.declare(AGNODE, "shape", "box");
    graph_.declare(AGNODE, "label", "\\N");
    graph_.declare(AGNODE, "class", "");
    graph_.declare(AGNODE, "margin", "0.04");
    graph_.declare(AGEDGE, "fontname", kFont);
    graph_.declare(AGEDGE, "fontsize", "8");
    graph_.declare(AGEDGE, "dir", "none");
    graph_.declare(AGEDGE, "arrowsize", "0.7");
    graph_.declare(AGEDGE, "class", "");
    graph_.declare(AGEDGE, "label", "");
    // Line labels Graphviz cannot place without covering someone are left
    // out (the findings and the case file still say it): never over a name.
    graph_.declare(AGRAPH, "forcelabels", "false");
  }

  std::string title_html() const {
    const CaseInfo& info = family_.case_data().info;
    std::string out = "<B>" + label_text(info.id) + (info.id.empty() ? "" : " &#8212; ") +
                      label_text(info.title) + "</B><BR/><FONT POINT-SIZE=\"10\">as of " +
                      info.as_of.to_string();
    if (!info.marking.empty()) out += " &#183; <B>" + label_text(info.marking) + "</B>";
    if (!options_.heading.empty()) out += "<BR/>" + label_text(options_.heading);
    return out + "</FONT>";
  }

  void add_households() {
    if (!options_.households) return;
    const auto& households = family_.case_data().households;
    for (const auto& [index, inside] : plan_.boxes) {
      const Household& household = households[index];
      Agraph_t* box = graph_.subgraph("cluster_" + household.id, family_cluster_);
      boxes_[index] = box;
      graph_.set(box, "style", "dotted,rounded");
      graph_.set(box, "color", kHouseholdColor);
      graph_.set(box, "peripheries", "1");
      graph_.set(box, "labelloc", "t");
      graph_.set(box, "labeljust", "l");
      std::string label = label_text(household.label.empty() ? household.id : household.label);
      // In a wide family the date goes below the name: a box no wider than
      // the people in it.
      if (household.confirmed)
        label += std::string(bands_.wide ? "<BR ALIGN=\"LEFT\"/>" : " ") +
                 "<FONT POINT-SIZE=\"8\">(confirmed " + household.confirmed->to_string() +
                 ")</FONT>" + (bands_.wide ? "<BR ALIGN=\"LEFT\"/>" : "");
      graph_.set_html(box, "label",
                      "<FONT COLOR=\"" + std::string(kHouseholdColor) + "\">" + label + "</FONT>");
      legend_.use_household();
      for (Vertex v : inside) box_of_[v] = box;
    }
  }

  Agraph_t* container_of(Vertex v) const {
    auto it = box_of_.find(v);
    return it == box_of_.end() ? family_cluster_ : it->second;
  }

  void add_people() {
    std::vector<Vertex> order;
    std::set<Vertex> seen;
    for (const auto& row : plan_.rows)
      for (const auto& name : row)
        if (auto v = family_.find(name); v && seen.insert(*v).second) order.push_back(*v);
    for (Vertex v : plan_.people)
      if (seen.insert(v).second) order.push_back(v);
    for (Vertex v : order) {
      const Person& person = family_.person(v);
      Agnode_t* node = graph_.node(person.id, container_of(v));
      const std::string_view shape = person_shape(person);
      legend_.use_shape(shape);
      graph_.set(node, "shape", shape);
      graph_.set(node, "regular", shape == "triangle" ? "false" : "true");
      if (shape == "triangle") {
        // A label inside a triangle swells it: keep it small and fixed.
        graph_.set(node, "fixedsize", "true");
        graph_.set(node, "width", "1.0");
        graph_.set(node, "height", "0.85");
        graph_.set(node, "regular", "false");
        graph_.set(node, "fontsize", "8");
      } else {
        graph_.set(node, "width", "0.8");
      }
      graph_.set(node, "id", "person-" + person.id);
      std::string classes = "person";
      if (family_.is_focus(v)) {
        graph_.set(node, "peripheries", "2");
        legend_.use_focus();
        classes += " focus";
      }
      std::string style;
      const auto marks = overlay_.people.find(person.id);
      const PersonMarks* mark = marks == overlay_.people.end() ? nullptr : &marks->second;
      if (mark && mark->unassessed) {
        style = "filled";
        graph_.set(node, "fillcolor", kUnassessedFill);
        legend_.use_unassessed();
        classes += " unassessed";
      }
      if (mark && mark->invisible) {
        style += style.empty() ? "dashed" : ",dashed";
        graph_.set(node, "color", kInvisibleColor);
        graph_.set(node, "penwidth", "3");
        legend_.use_invisible();
        classes += " invisible";
      }
      if (mark && mark->poses_risk) {
        graph_.set(node, "color", kRiskColor);
        graph_.set(node, "penwidth", "3");
        legend_.use_risk();
        classes += " risk";
      } else if (mark && mark->care_concern) {
        graph_.set(node, "color", kCareConcernColor);
        graph_.set(node, "penwidth", "3");
        legend_.use_care_concern();
        classes += " care-concern";
      }
      if (!style.empty()) graph_.set(node, "style", style);
      graph_.set(node, "class", classes);
      graph_.set_html(node, "label", person_label(v, mark));
    }
  }

  std::string person_label(Vertex v, const PersonMarks* mark) {
    const Person& person = family_.person(v);
    std::string out;
    // The "?" says who he is is not known: not for a named father who is
    // simply not engaging.
    if (mark && mark->invisible && person.identity != Identity::known) {
      out += "<FONT POINT-SIZE=\"14\" COLOR=\"" + std::string(kInvisibleColor) +
             "\"><B>?</B></FONT><BR/>";
      legend_.use_unknown_identity();
    }
    std::string name = person.name;
    if (name.empty()) {
      const std::string_view who = person.sex == Sex::male     ? "man"
                                   : person.sex == Sex::female ? "woman"
                                                               : "person";
      name = person.unborn() ? "unborn baby"
                             : (person.identity == Identity::unknown ? "unknown " : "unnamed ") +
                                   std::string(who);
    }
    out += "<B>" + label_lines(name, 9) + "</B>";
    if (person.unborn()) {
      out += "<BR/>due<BR/>" + person.expected->to_string();
    } else if (auto age = family_.age(v)) {
      out +=
          "<BR/>" + std::string(person.age && !person.born ? "about " : "") + std::to_string(*age);
    }
    if (person.deceased()) {
      out += "<BR/>&#8224; " + std::to_string(person.died->year());
      legend_.use_deceased();
    }
    if (mark && !mark->risk_factors.empty()) {
      // Inside the symbol, so nobody reads them as a neighbour's: the two
      // most serious (the overlay lists them most serious first), and a count.
      std::string factors = mark->risk_factors[0];
      if (mark->risk_factors.size() > 1) factors += ", " + mark->risk_factors[1];
      if (mark->risk_factors.size() > 2)
        factors += " +" + std::to_string(mark->risk_factors.size() - 2) + " more";
      const std::string_view colour =
          mark->poses_risk || !mark->care_concern ? kRiskColor : kCareConcernColor;
      out += "<BR/><FONT POINT-SIZE=\"7\" COLOR=\"" + std::string(colour) + "\">" +
             label_lines(factors, 14) + "</FONT>";
    }
    if (plan_.staying.count(v)) {
      out += "<BR/><FONT POINT-SIZE=\"8\"><I>staying</I></FONT>";
      legend_.use_staying();
    }
    if (plan_.disputed.count(v)) {
      out += "<BR/><FONT POINT-SIZE=\"8\"><I>staying? (disputed)</I></FONT>";
      legend_.use_disputed();
    }
    if (auto visit = plan_.visiting.find(v); visit != plan_.visiting.end()) {
      const Household& home = family_.case_data().households[visit->second];
      out += "<BR/><FONT POINT-SIZE=\"8\"><I>visits " +
             label_lines(home.label.empty() ? home.id : home.label, 14) + "</I></FONT>";
      legend_.use_visitor();
    }
    if (auto seen = plan_.seen_at.find(v); seen != plan_.seen_at.end()) {
      const Household& home = family_.case_data().households[seen->second.household];
      out += "<BR/><FONT POINT-SIZE=\"8\"><I>seen at " +
             label_lines(home.label.empty() ? home.id : home.label, 14) + "<BR/>" +
             seen->second.date.to_string() + "</I></FONT>";
      legend_.use_seen();
    }
    return out;
  }

  void add_unions() {
    for (const GenogramUnion& drawn : plan_.unions) {
      const auto box = drawn.household ? boxes_.find(*drawn.household) : boxes_.end();
      Agraph_t* in = box == boxes_.end() ? family_cluster_ : box->second;
      Agnode_t* node = graph_.node(drawn.name, in);
      const LineStyle line = drawn.partnership ? partner_line(*drawn.partnership)
                                               : LineStyle{"dotted", "#757575", 1.0, "",
                                                           "parents, not recorded as partners"};
      graph_.set(node, "class", "union");
      graph_.set(node, "ordering", "out");  // children left to right as added: oldest first
      if (line.mark.empty()) {
        graph_.set(node, "shape", "point");
        graph_.set(node, "width", "0.05");
      } else {
        graph_.set(node, "shape", "plaintext");
        graph_.set(node, "width", "0");
        graph_.set(node, "height", "0");
        graph_.set(node, "margin", "0.02");
        graph_.set(node, "fontsize", "12");
        graph_.set_html(node, "label", "<B>" + label_text(line.mark) + "</B>");
        legend_.use_mark(line);
      }
      legend_.use_partner_line(line);
      const Person& left = family_.person(drawn.left);
      const Person& right = family_.person(drawn.right);
      Agedge_t* to_left = graph_.edge(graph_.node(left.id), node, "partner:" + drawn.name + ":l");
      Agedge_t* to_right = graph_.edge(graph_.node(right.id), node, "partner:" + drawn.name + ":r");
      style_line(to_left, line, "partner");
      style_line(to_right, line, "partner");
      const auto pair = left.id < right.id ? std::make_pair(left.id, right.id)
                                           : std::make_pair(right.id, left.id);
      partner_lines_.emplace(
          pair, PartnerLines{to_left, to_right, left.id, std::string(line.color), line.penwidth});
      for (std::size_t i = 0; i < drawn.children.size(); ++i) {
        const LineStyle child = child_line(drawn.kinds[i]);
        legend_.use_child_line(child);
        const Person& c = family_.person(drawn.children[i]);
        Agedge_t* e = graph_.edge(node, graph_.node(c.id), "child:" + drawn.name + ":" + c.id);
        style_line(e, child, "child");
        graph_.set(e, "weight", "4");
      }
    }
  }

  void style_line(Agedge_t* e, const LineStyle& line, std::string_view what) {
    graph_.set(e, "class", what);
    graph_.set(e, "style", line.style);
    graph_.set(e, "color", line.color);
    std::ostringstream width;
    width << line.penwidth;
    graph_.set(e, "penwidth", width.str());
  }

  // Each row of partners shares a rank. Their left-to-right order is left
  // to dot: invisible ordering edges between people in different household
  // boxes are not honoured by Graphviz 2.43, and together with the birth-
  // order edges they can send its crossing minimisation into an endless
  // loop. The row order still seeds dot's initial order (add_people
  // creates nodes row by row).
  void add_rows() {
    for (std::size_t r = 0; r < plan_.rows.size(); ++r) {
      Agraph_t* same = graph_.subgraph("row:" + std::to_string(r));
      graph_.set(same, "rank", "same");
      for (const auto& name : plan_.rows[r])
        if (name.rfind("union:", 0) != 0) agsubnode(same, graph_.find_node(name), 1);
    }
  }

  // Birth order: siblings keep oldest left through `ordering=out` on the
  // node they hang from (a union, or a single parent, whose lines the plan
  // lists oldest first). Graphviz 2.43 does not honour that inside a
  // household box, so siblings next to each other in one box also get an
  // invisible ordering edge (add_sibling_order). Never more: such edges
  // between siblings far apart or in different boxes make Graphviz fail to
  // route them ("triangulation failed"), hang its crossing minimisation, or
  // abort (beside a recorded sibling line).
  void add_parent_lines() {
    std::map<Vertex, int> single_lines;
    for (const auto& line : plan_.parent_lines) {
      const LineStyle style = child_line(line.kind);
      legend_.use_child_line(style);
      const Person& parent = family_.person(line.parent);
      const Person& child = family_.person(line.child);
      Agedge_t* e = graph_.edge(graph_.node(parent.id), graph_.node(child.id),
                                "child:" + parent.id + ":" + child.id);
      style_line(e, style, "child");
      graph_.set(e, "minlen", "2");  // a generation is two ranks: people, then unions
      if (line.kind != ParentKind::step && line.kind != ParentKind::social &&
          ++single_lines[line.parent] == 2)
        graph_.set(graph_.node(parent.id), "ordering", "out");
      // A step or social parent is usually beside the parent they are
      // partnered with already; the line only keeps the child below them
      // (weight 0: it must not pull them away from their own family).
      if (line.kind == ParentKind::step || line.kind == ParentKind::social)
        graph_.set(e, "weight", "0");
    }
  }

  void add_sibling_order() {
    std::vector<std::vector<Vertex>> groups;
    for (const GenogramUnion& drawn : plan_.unions) groups.push_back(drawn.children);
    std::map<Vertex, std::vector<Vertex>> single;
    for (const auto& line : plan_.parent_lines)
      if (line.kind != ParentKind::step && line.kind != ParentKind::social)
        single[line.parent].push_back(line.child);
    for (auto& [parent, children] : single) groups.push_back(std::move(children));
    // Someone with a partner stands in their row of partners, between the
    // partners, not beside their brother or sister: no edge to them.
    std::set<std::string> in_rows;
    for (const auto& row : plan_.rows) in_rows.insert(row.begin(), row.end());
    for (const auto& siblings : groups)
      for (std::size_t i = 0; i + 1 < siblings.size(); ++i) {
        Agraph_t* box = container_of(siblings[i]);
        if (box == family_cluster_ || box != container_of(siblings[i + 1])) continue;
        if (in_rows.count(family_.person(siblings[i]).id) ||
            in_rows.count(family_.person(siblings[i + 1]).id))
          continue;
        const std::string& a = family_.person(siblings[i]).id;
        const std::string& b = family_.person(siblings[i + 1]).id;
        if (overlay_line_of_pair_.count(a < b ? std::make_pair(a, b) : std::make_pair(b, a)))
          continue;
        Agedge_t* e = graph_.edge(graph_.node(a), graph_.node(b), "birth:" + a + ":" + b);
        // minlen 0: only "not above the older one"; siblings from one node
        // share a rank anyway (partners across generations are not held in
        // one row, so nothing pulls a sibling elsewhere).
        graph_.set(e, "minlen", "0");
        graph_.set(e, "style", "invis");
        graph_.set(e, "class", "other");
      }
  }

  // A wide family in bands (genogram_bands.h): each band held below the
  // one above by an invisible edge from the lowest person drawn there to
  // the top of each branch in the band. Weight 0: it sets the rows, it
  // pulls nobody sideways. Branches share no line (an abuse, contact or
  // care line joins two people into one branch), so no such edge runs
  // beside another between the same two people.
  void add_bands() {
    for (std::size_t b = 1; b < bands_.bands.size(); ++b) {
      const std::string& above = family_.person(bands_.anchor(b - 1)).id;
      for (std::size_t branch : bands_.bands[b]) {
        const std::string& top = family_.person(bands_.branches[branch].top).id;
        if (overlay_line_of_pair_.count(above < top ? std::make_pair(above, top)
                                                    : std::make_pair(top, above)))
          continue;
        Agedge_t* e =
            graph_.edge(graph_.node(above), graph_.node(top), "band:" + above + ":" + top);
        graph_.set(e, "style", "invis");
        graph_.set(e, "weight", "0");
        graph_.set(e, "minlen", "1");
        graph_.set(e, "class", "other");
      }
    }
  }

  // Overlay lines. Every line between the same two people (two abuse
  // records, contact and a risk path, care both ways) becomes ONE edge
  // carrying every label, its colours drawn side by side: no line hides
  // another, and Graphviz 2.43 aborts (class2.c merge_chain) on parallel
  // constraint=false edges between clusters.
  struct OverlayItem {
    LineStyle line;
    std::string what;  ///< the edge class word: abuse, contact, care, other, exposure
    std::string text;  ///< its label, may be empty
    bool directed = true;
    bool forward = true;  ///< from the line's tail to its head
  };
  struct OverlayLine {
    std::string tail, head, name;
    std::vector<OverlayItem> items;
  };

  void add_overlay(const std::string& from, const std::string& to, std::string name,
                   OverlayItem item) {
    const auto key = from < to ? std::make_pair(from, to) : std::make_pair(to, from);
    auto [it, fresh] = overlay_line_of_pair_.emplace(key, overlay_lines_.size());
    if (fresh) overlay_lines_.push_back({from, to, std::move(name), {}});
    OverlayLine& line = overlay_lines_[it->second];
    item.forward = line.tail == from;
    line.items.push_back(std::move(item));
  }

  void add_relationship_overlays() {
    const Case& c = family_.case_data();
    for (std::size_t i = 0; i < c.relationships.size(); ++i) {
      const Relationship& r = c.relationships[i];
      const auto from = family_.find(r.from);
      const auto to = family_.find(r.to);
      if (!from || !to || !plan_.draws(*from) || !plan_.draws(*to)) continue;
      OverlayItem item;
      int order = 0;
      switch (r.type) {
        case RelationshipType::abuse:
          item = {kAbuseLine, "abuse", abuse_words(r)};
          order = 1;
          break;
        case RelationshipType::contact:
          if (r.frequency == Frequency::none) continue;
          item = {kContactLine, "contact", contact_words(r)};
          order = 2;
          break;
        case RelationshipType::care:
          item = {kCareLine, "care", std::string(words(r.frequency))};
          order = 3;
          break;
        case RelationshipType::other:
        case RelationshipType::sibling:
          item = {kOtherLine, "other", r.type == RelationshipType::sibling ? "sibling" : r.label,
                  false};
          order = 4;
          break;
        case RelationshipType::parent:
        case RelationshipType::partner:
          continue;
      }
      legend_.use_overlay_line(item.line, order);
      add_overlay(r.from, r.to, item.what + ":" + std::to_string(i), std::move(item));
    }
  }

  void add_exposure_paths() {
    std::set<std::pair<std::string, std::string>> drawn;
    for (const auto& path : overlay_.exposure_paths)
      for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const auto step = std::make_pair(path[i], path[i + 1]);
        const auto a = family_.find(step.first);
        const auto b = family_.find(step.second);
        if (!a || !b || !plan_.draws(*a) || !plan_.draws(*b) || !drawn.insert(step).second)
          continue;
        legend_.use_overlay_line(kExposureLine, 0);
        add_overlay(step.first, step.second, "exposure:" + step.first + ":" + step.second,
                    {kExposureLine, "exposure", ""});
      }
  }

  void draw_overlay(const OverlayLine& line) {
    std::string classes, colors, label, style = "dashed";
    double penwidth = 0;
    bool forward = false, backward = false;
    std::set<std::string> seen_class, seen_color;
    for (const OverlayItem& item : line.items) {
      if (seen_class.insert(item.what).second) classes += (classes.empty() ? "" : " ") + item.what;
      if (seen_color.insert(std::string(item.line.color)).second)
        colors += (colors.empty() ? "" : ":") + std::string(item.line.color);
      const std::string text = small_label(item.text, item.line.color);
      if (!text.empty()) label += (label.empty() ? "" : "<BR/>") + text;
      penwidth = std::max(penwidth, item.line.penwidth);
      if (item.line.style == "bold")
        style = "bold";
      else if (item.line.style == "solid" && style != "bold")
        style = "solid";
      if (item.directed) (item.forward ? forward : backward) = true;
    }
    const auto pair = line.tail < line.head ? std::make_pair(line.tail, line.head)
                                            : std::make_pair(line.head, line.tail);
    if (auto partners = partner_lines_.find(pair); partners != partner_lines_.end()) {
      draw_on_partner_lines(partners->second, line, classes, colors, label, penwidth, forward,
                            backward);
      return;
    }
    Agedge_t* e = graph_.edge(graph_.node(line.tail), graph_.node(line.head), line.name);
    graph_.set(e, "class", classes);
    graph_.set(e, "style", style);
    graph_.set(e, "color", colors);
    std::ostringstream width;
    width << penwidth;
    graph_.set(e, "penwidth", width.str());
    graph_.set(e, "constraint", "false");
    graph_.set(e, "dir",
               forward && backward ? "both"
               : forward           ? "forward"
               : backward          ? "back"
                                   : "none");
    // xlabel, not label: a labelled edge between two people on one rank
    // (abuse between partners) sends Graphviz 2.43 into a use-after-free
    // (flat_edges); xlabels are placed after layout and never move it.
    if (!label.empty()) graph_.set_html(e, "xlabel", label);
  }

  /// The two lines from a couple down to their union point.
  struct PartnerLines {
    Agedge_t* from_left;
    Agedge_t* from_right;
    std::string left;  ///< person id at the top of from_left
    std::string color;
    double penwidth;
  };

  // Overlay lines between two people joined by a union (abuse between
  // partners, the commonest overlay of all) are drawn ON the partner lines:
  // the union's two lines get the overlay colours beside their own, the
  // arrow and the label at the person abused (the abuser's line is often the
  // long one, where Graphviz finds no room for a label). A separate line between two people on one
  // row is a flat edge that Graphviz 2.43 often cannot route between household boxes
  // ("triangulation failed"), and would run on top of the partner line.
  void draw_on_partner_lines(const PartnerLines& partners, const OverlayLine& line,
                             const std::string& classes, const std::string& colors,
                             const std::string& label, double penwidth, bool forward,
                             bool backward) {
    const bool tail_is_left = line.tail == partners.left;
    Agedge_t* tail_line = tail_is_left ? partners.from_left : partners.from_right;
    Agedge_t* head_line = tail_is_left ? partners.from_right : partners.from_left;
    std::ostringstream width;
    width << std::max(penwidth, partners.penwidth);
    for (Agedge_t* e : {tail_line, head_line}) {
      graph_.set(e, "class", "partner " + classes);
      graph_.set(e, "color", partners.color + ":" + colors);
      graph_.set(e, "penwidth", width.str());
    }
    // Each partner line runs from the person down to the union: an arrow
    // at a person is an arrow at the line's tail.
    if (forward) graph_.set(head_line, "dir", "back");
    if (backward) graph_.set(tail_line, "dir", "back");
    if (!label.empty())
      graph_.set_html(backward && !forward ? tail_line : head_line, "xlabel", label);
  }

  const FamilyGraph& family_;
  const Overlay& overlay_;
  const GenogramOptions& options_;
  GenogramPlan plan_;
  GenogramBands bands_;
  GraphvizGraph graph_;
  Legend legend_;
  Agraph_t* family_cluster_ = nullptr;

  std::map<std::size_t, Agraph_t*> boxes_;
  std::map<Vertex, Agraph_t*> box_of_;
  std::map<std::pair<std::string, std::string>, std::size_t> overlay_line_of_pair_;
  std::vector<OverlayLine> overlay_lines_;
  std::map<std::pair<std::string, std::string>, PartnerLines>
      partner_lines_;  ///< first union per pair
};

/// Padding Graphviz puts round the drawing ("pad" in declare_defaults), in points.
constexpr double kPadPoints = 0.25 * 72;

const char* format_name(GenogramFormat format) {
  switch (format) {
    case GenogramFormat::svg:
      return "svg";
    case GenogramFormat::pdf:
      return "pdf";
    case GenogramFormat::png:
      return "png";
    case GenogramFormat::dot:
      return "dot";
    case GenogramFormat::json:
      return "json";
  }
  return "svg";
}

std::string number(double value, int decimals) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(decimals);
  out << value;
  return out.str();
}

std::size_t people_in(const GraphvizGraph& graph) {
  std::size_t people = 0;
  for (Agnode_t* n = agfstnode(graph.get()); n; n = agnxtnode(graph.get(), n))
    if (std::string_view(agget(n, const_cast<char*>("class"))).rfind("person", 0) == 0) ++people;
  return people;
}

/// Whether a line Graphviz reports lost between `tail` and `head` is drawn
/// at all (not an invisible ordering edge). Unknown ends count as drawn.
bool drawn_between(const GraphvizGraph& graph, const std::string& tail, const std::string& head) {
  Agnode_t* a = graph.find_node(tail);
  Agnode_t* b = graph.find_node(head);
  if (!a || !b) return true;
  for (Agedge_t* e = agfstedge(graph.get(), a); e; e = agnxtedge(graph.get(), e, a)) {
    if (aghead(e) != b && agtail(e) != b) continue;
    if (std::string_view(agget(e, const_cast<char*>("style"))).find("invis") ==
        std::string_view::npos)
      return true;
  }
  return false;
}

/// What one layout produced: the bytes, the scale, or that it was declined
/// as illegible. Crosses the pipe from a layout child as text.
struct Written {
  double zoom = 1;
  bool declined = false;
  std::string bytes;

  std::string encode() const { return number(zoom, 6) + (declined ? " 1\n" : " 0\n") + bytes; }
  static Written decode(const std::string& text) {
    Written out;
    const auto end = text.find('\n');
    if (end == std::string::npos) throw RenderError("the layout process sent back nothing usable");
    std::istringstream head(text.substr(0, end));
    int declined = 0;
    head >> out.zoom >> declined;
    out.declined = declined != 0;
    out.bytes = text.substr(end + 1);
    return out;
  }
};

/// One layout, then the output at the size it must have (drawing_size.h):
/// Graphviz's viewport sets the page or image size, the scale and the
/// centre at write time, so nothing is laid out twice.
Written lay_out_and_write(GraphvizGraph& graph, const GenogramOptions& options,
                          GenogramFormat format) {
  std::optional<GraphvizLayout> laid_out;
  laid_out.emplace(graphviz_context(), graph, "dot");
  // Overlay lines that can run straight do (overlay_routes.h): nop2 keeps
  // dot's positions and other lines and draws only those again.
  if (mark_direct_overlay_lines(graph) > 0) {
    laid_out.reset();
    graph.set(graph.get(), "splines", "line");
    laid_out.emplace(graphviz_context(), graph, "nop2");
    graph.set(graph.get(), "splines", "");
    forget_route_ports(graph);
  }
  const GraphvizLayout& layout = *laid_out;
  const auto [width, height] = layout.size_points();
  DrawingFit fit;
  if (options.page != Page::none)
    fit = fit_to_page(options.page, width, height);
  else if (format == GenogramFormat::png)
    fit = fit_raster(width, height, kPadPoints);
  Written out;
  out.zoom = fit.zoom;
  if (fit.fixed && options.legible_only && fit.name_points() < kLegiblePoints) {
    out.declined = true;
    return out;
  }
  if (fit.fixed) {
    const auto [x, y] = layout.centre_points();
    graph.set(graph.get(), "viewport",
              number(fit.width, 2) + "," + number(fit.height, 2) + "," + number(fit.zoom, 6) + "," +
                  number(x, 2) + "," + number(y, 2));
  }
  out.bytes = layout.render(format_name(format));
  return out;
}

/// Test only: KINMAP_TEST_LAYOUT_FAULT makes the layout child process fail
/// on purpose, so that tests can show what a user sees when Graphviz 2.43
/// aborts, loops or runs out of memory. Read only inside the child (never
/// in kinmap's own process): "abort", "hang", "memory",
/// "abort-with-households" (only while household boxes are drawn, so the
/// simpler drawing succeeds), "abort-wrapped" (only while a wide family may
/// be wrapped, so the one-row drawing succeeds), or "lose-line" (Graphviz's "lost edge" error
/// for the first line between two people, as on big trees).
void fail_on_purpose_for_tests(const GenogramOptions& options, const GraphvizGraph& graph) {
  const char* fault = std::getenv("KINMAP_TEST_LAYOUT_FAULT");
  if (!fault) return;
  const std::string_view which(fault);
  if (which == "lose-line")
    for (Agnode_t* n = agfstnode(graph.get()); n; n = agnxtnode(graph.get(), n))
      if (Agedge_t* e = agfstout(graph.get(), n)) {
        agerr(AGERR, "lost %s %s edge\n", agnameof(agtail(e)), agnameof(aghead(e)));
        return;
      }
  if (which == "abort" || (which == "abort-with-households" && options.households) ||
      (which == "abort-wrapped" && options.wrap))
    std::abort();
  if (which == "hang")
    for (volatile bool forever = true; forever;) {
    }
  if (which == "memory") {
    // As Graphviz's own allocator does when malloc fails.
    for (std::size_t chunk = std::size_t{64} << 20;;)
      if (!std::malloc(chunk)) {
        std::fputs("out of memory\n", stderr);
        std::abort();
      }
  }
}

std::string illegible_words(std::size_t people, double name_points, Page page, bool at_most) {
  std::string who = std::to_string(people) + (people == 1 ? " person" : " people");
  std::string size = (at_most ? "at most " : "") + number(name_points, 1);
  if (page != Page::none)
    return who + " would print with names " + size + " pt high on " + page_name(page) +
           ", too small to read (" + number(kLegiblePoints, 0) + " pt at least)";
  return who + " would come out with names " + number(name_points * kRasterPixelsPerPoint, 1) +
         " px high in the largest image a viewer can open, too small to read";
}

}  // namespace

std::optional<GenogramFormat> genogram_format_named(std::string_view name) {
  if (name == "svg") return GenogramFormat::svg;
  if (name == "pdf") return GenogramFormat::pdf;
  if (name == "png") return GenogramFormat::png;
  if (name == "dot" || name == "gv") return GenogramFormat::dot;
  if (name == "json") return GenogramFormat::json;
  return std::nullopt;
}

std::optional<GenogramFormat> genogram_format_of_file(std::string_view file_name) {
  const auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string extension(file_name.substr(dot + 1));
  for (char& ch : extension) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return genogram_format_named(extension);
}

GraphvizGraph genogram_graph(const FamilyGraph& family, const Overlay& overlay,
                             const GenogramOptions& options) {
  return GenogramBuilder(family, overlay, options).build();
}

const GraphvizContext& graphviz_context() {
  static const GraphvizContext context;
  return context;
}

namespace {

Genogram draw_once(const FamilyGraph& family, const Overlay& overlay,
                   const GenogramOptions& options, GenogramFormat format) {
  GraphvizGraph graph = genogram_graph(family, overlay, options);
  Genogram drawn;
  drawn.people = people_in(graph);
  if (options.legible_only && drawn.people > kMostPeopleInOneDrawing)
    throw IllegibleDrawing(std::to_string(drawn.people) +
                               " people are more than one genogram can show readably (" +
                               std::to_string(kMostPeopleInOneDrawing) + " at most)",
                           0);
  if (options.page != Page::none && options.legible_only) {
    const double best = largest_possible_name_points(options.page, drawn.people);
    if (best < kLegiblePoints)
      throw IllegibleDrawing(illegible_words(drawn.people, best, options.page, true), best);
  }
  // The page is the whole output: no extra border round it in pdf.
  if (options.page != Page::none) graph.set(graph.get(), "margin", "0");

  Written written;
  std::string messages;
  if (options.isolation) {
    const IsolatedRun run = run_isolated(
        [&] {
          fail_on_purpose_for_tests(options, graph);
          return lay_out_and_write(graph, options, format).encode();
        },
        *options.isolation);
    written = Written::decode(run.result);
    messages = run.messages;
  } else {
    take_graphviz_messages();
    written = lay_out_and_write(graph, options, format);
    messages = take_graphviz_messages();
  }
  const GraphvizReport report =
      read_graphviz_messages(messages, [&](const std::string& tail, const std::string& head) {
        return drawn_between(graph, tail, head);
      });
  if (report.damaged()) throw LayoutFailed(LayoutStop::lines_lost, report.damage());
  drawn.name_points = kNamePoints * written.zoom;
  if (written.declined)
    throw IllegibleDrawing(illegible_words(drawn.people, drawn.name_points, options.page, false),
                           drawn.name_points);
  drawn.bytes = std::move(written.bytes);
  drawn.notes = report.notes;
  return drawn;
}

}  // namespace

Genogram draw_genogram(const FamilyGraph& family, const Overlay& overlay,
                       const GenogramOptions& options, GenogramFormat format) {
  try {
    return draw_once(family, overlay, options, format);
  } catch (const LayoutFailed& e) {
    // The compact layout is new to Graphviz's weak spots: when it loses a
    // line or crashes, the family in one row (the layout kinmap had before)
    // before anything simpler. Not after a timeout: that would double it.
    const bool retry = e.stop() == LayoutStop::lines_lost || e.stop() == LayoutStop::crashed;
    if (!retry || !options.wrap || !plan_bands(family, plan_genogram(family, options.only)).wide)
      throw;
    GenogramOptions one_row = options;
    one_row.wrap = false;
    Genogram drawn = draw_once(family, overlay, one_row, format);
    drawn.notes.insert(drawn.notes.begin(), "the compact layout failed (" + std::string(e.what()) +
                                                "); the family is drawn in one long row instead");
    return drawn;
  }
}

std::string render_genogram(const FamilyGraph& family, const Overlay& overlay,
                            const GenogramOptions& options, GenogramFormat format) {
  return draw_genogram(family, overlay, options, format).bytes;
}

}  // namespace kinmap
