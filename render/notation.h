// The genogram notation as tables: which shape each person gets and how
// each kind of line is drawn (DESIGN.md, "The diagram"; McGoldrick/GenoPro
// conventions). The renderer and the legend both read these tables, so a
// symbol is changed here and nowhere else.
#pragma once

#include <string_view>

#include "person.h"
#include "relationship.h"

namespace kinmap {

/// How one kind of line is drawn, and how the legend names it.
struct LineStyle {
  std::string_view style;  ///< Graphviz style: "solid", "dashed", "dotted", "bold"
  std::string_view color;
  double penwidth = 1.0;
  std::string_view mark;     ///< drawn on the line at the union: "/", "//", "on/off", ""
  std::string_view meaning;  ///< for the legend
};

/// Graphviz shape of a person: square (male), circle (female), diamond
/// (unknown sex), triangle (unborn).
std::string_view person_shape(const Person& person);
std::string_view person_shape_meaning(std::string_view shape);

/// The partner line for a partnership's form and status.
LineStyle partner_line(const Relationship& partnership);
/// The line from parents to a child of this kind.
LineStyle child_line(ParentKind kind);
/// Two parents of different kinds share one line: the less certain kind.
ParentKind weaker_kind(ParentKind a, ParentKind b);

// Overlay lines (constraint=false: they never move the layout).
inline constexpr LineStyle kAbuseLine{"solid", "#c62828", 1.6, "",
                                      "abuse (arrow to the person abused)"};
inline constexpr LineStyle kContactLine{"solid", "#2e7d32", 1.3, "", "contact with a child"};
inline constexpr LineStyle kCareLine{"solid", "#1565c0", 1.3, "", "looks after a child"};
inline constexpr LineStyle kOtherLine{"dashed", "#757575", 1.0, "", "other recorded link"};
inline constexpr LineStyle kExposureLine{"bold", "#d50000", 3.0, "",
                                         "how risk can reach a child (findings)"};

// Findings marks on people.
inline constexpr std::string_view kRiskColor = "#d50000";
inline constexpr std::string_view kCareConcernColor = "#6a1b9a";
inline constexpr std::string_view kInvisibleColor = "#ef6c00";
inline constexpr std::string_view kUnassessedFill = "#fff59d";
inline constexpr std::string_view kHouseholdColor = "#546e7a";

}  // namespace kinmap
