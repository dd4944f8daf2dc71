// The key to the genogram: one row per symbol the drawing actually uses,
// in a fixed order, as an HTML-like Graphviz table. The protective marking
// closes it, so the marking is at the bottom of every drawing.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "notation.h"

namespace kinmap {

class Legend {
 public:
  void use_shape(std::string_view shape);
  void use_focus() {
    use("40 focus", "<B>&#9678;</B>", "child the case is about (double outline)");
  }
  void use_deceased() { use("41 deceased", "&#8224;", "died (with the year)"); }
  void use_staying() {
    use("42 staying", "<I>staying</I>", "staying in the home, not living there");
  }
  void use_disputed() {
    use("42a disputed", "<I>staying? (disputed)</I>",
        "seen staying in the home; the family denies it");
  }
  void use_seen() {
    use("42c seen", "<I>seen at</I>",
        "seen at the home named (a sighting, incident or call-out), with the date");
  }
  void use_visitor() {
    use("42b visitor", "<I>visits</I>", "visits the home named, does not live or stay there");
  }
  void use_household() { use("43 household", "", "dotted box: a household, who lives there now"); }
  void use_partner_line(const LineStyle& line);
  void use_mark(const LineStyle& line);
  void use_child_line(const LineStyle& line);
  void use_overlay_line(const LineStyle& line, int order);
  void use_invisible();
  void use_unknown_identity();
  void use_unassessed();
  void use_risk();
  void use_care_concern();

  bool empty() const { return rows_.empty(); }
  /// The table (the inside of an HTML-like label), `columns` symbols
  /// across, ending with `marking` (escaped here) when it is not empty.
  std::string html(std::string_view marking, std::size_t columns = 2) const;

 private:
  struct Row {
    std::string symbol;  ///< HTML-like cell content
    std::string cell_attributes;
    std::string meaning;
  };
  void use(const std::string& key, std::string symbol, std::string_view meaning,
           std::string cell_attributes = "");
  std::map<std::string, Row> rows_;  ///< by sort key: the order rows appear in
};

}  // namespace kinmap
