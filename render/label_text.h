// Text from the case file on its way into a Graphviz HTML-like label.
//
// Every label kinmap gives Graphviz is HTML-like, so one escaping rule
// covers them all: & < > " ' become entities, control characters (newlines,
// tabs, ESC...) become spaces, a backslash is followed by an invisible word
// joiner (so "\N" is not replaced by the node's name), and the text can then never open a tag, end
// the label or reach DOT syntax. Graphviz turns the entities back into text
// when it draws, and escapes again when it writes svg.
//
//   label << "<B>" << label_text(person.name) << "</B>";
#pragma once

#include <string>
#include <string_view>

namespace kinmap {

/// `text` made safe for an HTML-like label (see above).
std::string label_text(std::string_view text);

/// `text` broken into lines of at most `width` characters at spaces, joined
/// with <BR/>, each line escaped. A word longer than `width` stays whole.
std::string label_lines(std::string_view text, std::size_t width);

}  // namespace kinmap
