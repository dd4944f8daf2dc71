#include "legend.h"

#include <algorithm>
#include <vector>

#include "label_text.h"

namespace kinmap {
namespace {

/// A short stretch of line in the style's pattern and colour.
std::string line_sample(const LineStyle& line, std::string_view arrow = "") {
  std::string stroke;
  if (line.style == "dashed")
    stroke = "&#8211; &#8211; &#8211;";
  else if (line.style == "dotted")
    stroke = "&#183; &#183; &#183; &#183; &#183;";
  else if (line.style == "bold")
    stroke = "<B>&#9473;&#9473;&#9473;&#9473;</B>";
  else
    stroke = "&#8212;&#8212;&#8212;";
  return "<FONT COLOR=\"" + std::string(line.color) + "\">" + stroke + std::string(arrow) +
         "</FONT>";
}

}  // namespace

void Legend::use(const std::string& key, std::string symbol, std::string_view meaning,
                 std::string cell_attributes) {
  rows_.emplace(key, Row{std::move(symbol), std::move(cell_attributes), label_text(meaning)});
}

void Legend::use_shape(std::string_view shape) {
  if (shape == "square") use("10 square", "&#9633;", person_shape_meaning(shape));
  if (shape == "circle") use("11 circle", "&#9675;", person_shape_meaning(shape));
  if (shape == "diamond") use("12 diamond", "&#9671;", person_shape_meaning(shape));
  if (shape == "triangle") use("13 triangle", "&#9651;", person_shape_meaning(shape));
}

void Legend::use_partner_line(const LineStyle& line) {
  use("20 partner " + std::string(line.meaning), line_sample(line), line.meaning);
}

void Legend::use_mark(const LineStyle& line) {
  if (line.mark == "/") use("25 /", "&#8212;/&#8212;", "separated or ended");
  if (line.mark == "//") use("26 //", "&#8212;//&#8212;", "divorced");
  if (line.mark == "on/off") use("27 on/off", "on/off", "together on and off");
}

void Legend::use_child_line(const LineStyle& line) {
  use("30 child " + std::string(line.meaning), line_sample(line), std::string(line.meaning));
}

void Legend::use_overlay_line(const LineStyle& line, int order) {
  use("5" + std::to_string(order) + " overlay", line_sample(line, "&#9654;"), line.meaning);
}

void Legend::use_invisible() {
  use("60 invisible", " ", "orange dashed outline: not known to the work with the child (findings)",
      "BORDER=\"2\" COLOR=\"" + std::string(kInvisibleColor) + "\" STYLE=\"dashed\"");
}

void Legend::use_unknown_identity() {
  use("60a unknown identity",
      "<FONT POINT-SIZE=\"14\" COLOR=\"" + std::string(kInvisibleColor) + "\"><B>?</B></FONT>",
      "?: not known who this is (identity unknown or partial)");
}

void Legend::use_unassessed() {
  use("61 unassessed", " ", "yellow: adult not assessed (findings)",
      "BGCOLOR=\"" + std::string(kUnassessedFill) + "\" BORDER=\"1\"");
}

void Legend::use_risk() {
  use("62 risk", "<FONT POINT-SIZE=\"8\" COLOR=\"" + std::string(kRiskColor) + "\">factor</FONT>",
      "red outline: recorded as a risk, with the factors (findings)",
      "BORDER=\"2\" COLOR=\"" + std::string(kRiskColor) + "\"");
}

void Legend::use_care_concern() {
  use("62a care concern",
      "<FONT POINT-SIZE=\"8\" COLOR=\"" + std::string(kCareConcernColor) + "\">factor</FONT>",
      "purple outline: drinking, drugs or mental health that may affect the care given "
      "(findings)",
      "BORDER=\"2\" COLOR=\"" + std::string(kCareConcernColor) + "\"");
}

std::string Legend::html(std::string_view marking, std::size_t columns) const {
  columns = std::max<std::size_t>(columns, 1);
  const std::string span = std::to_string(3 * columns - 1);  // symbol, meaning, a gap between
  std::string out =
      "<TABLE BORDER=\"1\" COLOR=\"#9e9e9e\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">"
      "<TR><TD COLSPAN=\"" +
      span + "\" ALIGN=\"LEFT\"><B>Key</B></TD></TR>";
  // Columns of symbols read down, so the key is wide and short like the family.
  std::vector<const Row*> rows;
  for (const auto& [key, row] : rows_) rows.push_back(&row);
  const std::size_t down = (rows.size() + columns - 1) / columns;
  const auto cells = [](const Row* row) {
    if (!row) return std::string("<TD></TD><TD></TD>");
    return "<TD " + (row->cell_attributes.empty() ? std::string() : row->cell_attributes + " ") +
           "ALIGN=\"CENTER\">" + row->symbol + "</TD><TD ALIGN=\"LEFT\">" + row->meaning + "</TD>";
  };
  for (std::size_t i = 0; i < down; ++i) {
    out += "<TR>";
    for (std::size_t c = 0; c < columns; ++c) {
      if (c > 0) out += "<TD WIDTH=\"12\"></TD>";
      const std::size_t at = c * down + i;
      out += cells(at < rows.size() ? rows[at] : nullptr);
    }
    out += "</TR>";
  }
  if (!marking.empty())
    out += "<TR><TD COLSPAN=\"" + span + "\"><B>" + label_text(marking) + "</B></TD></TR>";
  out += "</TABLE>";
  return out;
}

}  // namespace kinmap
