// What Graphviz said while laying out and writing the genogram, in kinmap's
// words. Graphviz's own text ("Error: lost f1 c2 edge", "libpath/shortest.c:
// triangulation failed") never reaches the user raw: the messages that
// matter become a sentence a practitioner can act on, and a line that could
// not be routed counts as damage, because the drawing may lack it.
//
//   const GraphvizReport report = read_graphviz_messages(messages, is_drawn);
//   if (report.damaged()) ...           // lines are missing: do not write it
//   for (const auto& note : report.notes) err << note << '\n';
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kinmap {

struct GraphvizReport {
  /// Lines Graphviz could not route: they may be missing from the drawing.
  std::size_t lost_lines = 0;
  /// The two ends (Graphviz node names: person ids) of each lost line Graphviz named.
  std::vector<std::pair<std::string, std::string>> lost_between;
  /// Everything else worth saying, one sentence each, in kinmap's words.
  std::vector<std::string> notes;

  bool damaged() const { return lost_lines > 0; }
  /// "3 lines could not be routed and may be missing from the drawing (between f1 and c2, ...)"
  std::string damage() const;
};

/// Reads Graphviz's messages (its errors and warnings and whatever else its
/// libraries wrote to stderr). `visible(tail, head)` says whether a line
/// between those two nodes is drawn at all: a lost invisible line (an
/// ordering aid) is no damage.
GraphvizReport read_graphviz_messages(
    std::string_view messages,
    const std::function<bool(const std::string&, const std::string&)>& visible);

}  // namespace kinmap
