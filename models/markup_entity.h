// The five characters that end text in XML and HTML (and Graphviz's
// HTML-like labels), with the entity each must be written as. One table, so
// the conference page and the genogram labels cannot disagree.
#pragma once

#include <string_view>

namespace kinmap {

/// "&amp;" for '&', and likewise for < > " '; empty for any other character.
constexpr std::string_view markup_entity(char32_t code_point) {
  switch (code_point) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&#39;";
    default:
      return {};
  }
}

}  // namespace kinmap
