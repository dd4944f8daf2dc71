#include "graphviz_messages.h"

#include <regex>
#include <set>

namespace kinmap {
namespace {

std::string_view trimmed(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
    line.remove_suffix(1);
  return line;
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string GraphvizReport::damage() const {
  std::string text = plural(lost_lines, "line", "lines") +
                     " could not be routed and may be missing from the drawing";
  if (!lost_between.empty()) {
    text += " (between ";
    for (std::size_t i = 0; i < lost_between.size() && i < 5; ++i) {
      if (i > 0) text += ", ";
      text += lost_between[i].first + " and " + lost_between[i].second;
    }
    if (lost_between.size() > 5) text += ", ...";
    text += ")";
  }
  return text;
}

GraphvizReport read_graphviz_messages(
    std::string_view messages,
    const std::function<bool(const std::string&, const std::string&)>& visible) {
  static const std::regex lost_edge(R"(lost (\S+) (\S+) edge)");
  static const std::regex small_label(R"(node '([^']*)'.* size too small for label)");
  static const std::regex placed_labels(R"((\d+) out of (\d+) exterior labels positioned)");
  GraphvizReport report;
  std::size_t unrouted = 0;
  std::size_t triangulations = 0;
  std::set<std::string> overflowing;
  bool scaled = false;
  long labels_left_out = 0;
  std::vector<std::string> other;
  while (!messages.empty()) {
    const auto end = messages.find('\n');
    std::string_view line = trimmed(messages.substr(0, end));
    messages.remove_prefix(end == std::string_view::npos ? messages.size() : end + 1);
    for (std::string_view level : {"Error: ", "Warning: ", "Error:", "Warning:"})
      if (line.substr(0, level.size()) == level) line = trimmed(line.substr(level.size()));
    if (line.empty()) continue;
    const std::string text(line);
    std::smatch match;
    if (std::regex_search(text, match, lost_edge)) {
      if (visible(match[1], match[2])) {
        ++report.lost_lines;
        report.lost_between.emplace_back(match[1], match[2]);
      }
    } else if (contains(line, "Pshortestpath failed") || contains(line, "Proutespline failed") ||
               contains(line, "unable to route")) {
      ++unrouted;
    } else if (contains(line, "triangulation failed")) {
      ++triangulations;
    } else if (std::regex_search(text, match, placed_labels)) {
      labels_left_out += std::stol(match[2]) - std::stol(match[1]);
    } else if (std::regex_search(text, match, small_label)) {
      overflowing.insert(match[1]);
    } else if (contains(line, "too large")) {
      scaled = true;
    } else {
      other.push_back(text);
    }
  }
  // A failed triangulation is what makes routesplines fail; count each line once.
  report.lost_lines += unrouted > 0 ? unrouted : triangulations;
  if (!overflowing.empty()) {
    std::string who;
    for (const std::string& id : overflowing) who += (who.empty() ? "" : ", ") + id;
    report.notes.push_back("the label of " + who + " is larger than " +
                           (overflowing.size() == 1 ? "its symbol" : "their symbols") +
                           " and runs over the outline; a shorter name would fit");
  }
  // forcelabels=false (genogram.cpp): a line label that would cover someone is left out.
  if (labels_left_out > 0)
    report.notes.push_back(
        plural(static_cast<std::size_t>(labels_left_out), "line label", "line labels") +
        " could not be placed without covering someone and " +
        (labels_left_out == 1 ? "was" : "were") +
        " left out of the drawing (the lines are drawn; `kinmap analyse` and the case file "
        "still say what they are)");
  if (scaled) report.notes.push_back("the drawing was too large for Graphviz and was scaled down");
  if (!other.empty())
    report.notes.push_back("Graphviz gave " +
                           plural(other.size(), "other warning", "other warnings") +
                           " while drawing; the first: \"" + other.front() + "\"");
  return report;
}

}  // namespace kinmap
