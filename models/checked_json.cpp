#include "checked_json.h"

#include <cmath>
#include <unordered_set>

#include "utf8.h"

namespace kinmap {
namespace {

using json = CaseJson;

// Builds the DOM the way nlohmann's own builder does, while tracking the
// JSON pointer of each value so problems can be placed.
class CheckedDomBuilder : public nlohmann::json_sax<json> {
 public:
  CheckedDomBuilder(std::string_view text, const JsonLimits& limits, Diagnostics& diagnostics,
                    ListSink* sink)
      : text_(text), limits_(limits), diagnostics_(diagnostics), sink_(sink) {}

  json& result() { return root_; }
  bool syntax_failed() const { return syntax_failed_; }

  bool null() override { return add(json(nullptr)); }
  bool boolean(bool value) override { return add(json(value)); }
  bool number_integer(number_integer_t value) override { return add(json(value)); }
  bool number_unsigned(number_unsigned_t value) override { return add(json(value)); }
  bool number_float(number_float_t value, const string_t& spelled) override {
    if (!std::isfinite(value)) {
      diagnostics_.error(next_pointer(),
                         "the number " + spelled.substr(0, 40) + " is too large to be read");
      return add(json(nullptr));
    }
    return add(json(value));
  }
  bool string(string_t& value) override {
    if (value.size() > limits_.max_string_bytes) {
      diagnostics_.error(next_pointer(), "a string of " + std::to_string(value.size()) +
                                             " bytes is longer than the limit of " +
                                             std::to_string(limits_.max_string_bytes) + " bytes");
      return add(json(""));
    }
    return add(json(std::move(value)));
  }
  bool binary(binary_t&) override { return add(json(nullptr)); }

  bool start_object(std::size_t) override { return open(json::object()); }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(json::array()); }
  bool end_array() override { return close(); }

  bool key(string_t& value) override {
    Frame& frame = frames_.back();
    frame.duplicate = !frame.keys.insert(value).second;
    if (frame.duplicate)
      diagnostics_.error(frame.pointer + "/" + pointer_token(value),
                         "duplicate key \"" + value +
                             "\" in one object; each key may appear once (which one to keep "
                             "would be a guess)");
    frame.key = value;
    return true;
  }

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) override {
    syntax_failed_ = true;
    const std::size_t start = token_start(position, last_token);
    const auto [line, column] = line_and_column(text_, start);
    std::string what = ex.what();
    const auto colon = what.find(": ", what.find("parse error"));
    if (colon != std::string::npos) what = what.substr(colon + 2);
    const std::string plain = plain_words(start, what);
    diagnostics_.error_at(line, column, "not valid JSON: " + (plain.empty() ? what : plain));
    return false;
  }

 private:
  // nlohmann reports the offset just past the unexpected token; point at
  // the token's first byte (a string's opening quote, a word's first letter).
  std::size_t token_start(std::size_t position, const std::string& last_token) const {
    if (position == 0 || position > text_.size() || last_token.empty())
      return std::min(position, text_.size());
    std::size_t end = position - 1;
    if (text_[end] == '"' && end > 0) {
      for (std::size_t i = end; i-- > 0;)
        if (text_[i] == '"' && (i == 0 || text_[i - 1] != '\\')) return i;
      return end;
    }
    auto word = [](char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
             c == '.' || c == '+' || c == '-';
    };
    while (end > 0 && word(text_[end]) && word(text_[end - 1])) --end;
    return end;
  }

  /// The last byte before `at` that is not white space; npos at the start.
  std::size_t previous_visible(std::size_t at) const {
    for (std::size_t i = std::min(at, text_.size()); i-- > 0;)
      if (text_[i] != ' ' && text_[i] != '\t' && text_[i] != '\n' && text_[i] != '\r') return i;
    return std::string_view::npos;
  }

  std::string place(std::size_t at) const {
    const auto [line, column] = line_and_column(text_, at);
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
  }

  /// The common mistakes behind a syntax error (`start`: the offending
  /// token's first byte), in words a person can act on; empty when the
  /// parser's own words are the best there is.
  std::string plain_words(std::size_t start, const std::string& parser) const {
    const std::string_view here = start < text_.size() ? text_.substr(start) : std::string_view();
    for (const char* curly : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"})
      if (here.substr(0, 3) == curly)
        return std::string("a curly quote (") + curly +
               ") where JSON needs a straight one (\"); text pasted from a word processor "
               "often has them: retype each quote around the keys and values as \"";
    if (!here.empty() && here[0] == '\'')
      return "a single quote ('); JSON puts keys and text between double quotes (\")";
    const std::size_t before = previous_visible(start);
    const char previous = before == std::string_view::npos ? '\0' : text_[before];
    if (!here.empty() && (here[0] == '}' || here[0] == ']') && previous == ',')
      return std::string("a comma before ") + here[0] +
             ": JSON allows no comma after the last entry of " +
             (here[0] == '}' ? "an object" : "a list") + "; remove the comma at " + place(before);
    const bool value_ended = previous == '"' || previous == '}' || previous == ']' ||
                             (previous >= '0' && previous <= '9') || previous == 'e' ||
                             previous == 'l';
    const bool value_starts =
        !here.empty() &&
        (here[0] == '"' || here[0] == '{' || here[0] == '[' || (here[0] >= '0' && here[0] <= '9') ||
         here[0] == '-' || here[0] == 't' || here[0] == 'f' || here[0] == 'n');
    const bool wanted_end = parser.find("expected '}'") != std::string::npos ||
                            parser.find("expected ']'") != std::string::npos;
    if (value_ended && value_starts && wanted_end)
      return "a comma is missing between two entries: add one after the entry that ends at " +
             place(before);
    if (parser.find("missing closing quote") != std::string::npos)
      return "a text in quotes is not closed: a \" is missing (or the file was cut short)";
    if (parser.find("unexpected end of input") != std::string::npos)
      return "the file ends before the JSON does: a } or ] is missing, or the file was cut "
             "short";
    return "";
  }

  struct Frame {
    json* value;
    std::string pointer;
    std::unordered_set<std::string> keys;
    std::string key;
    bool duplicate = false;  ///< `key` was seen before in this object
    bool taken = false;      ///< a list whose elements go to the sink
  };

  std::string next_pointer() const {
    if (frames_.empty()) return "";
    const Frame& frame = frames_.back();
    if (frame.value->is_object()) return frame.pointer + "/" + pointer_token(frame.key);
    return frame.pointer + "/" + std::to_string(frame.value->size());
  }

  json* insert(json&& value) {
    if (frames_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Frame& frame = frames_.back();
    if (frame.value->is_object()) {
      auto& object = frame.value->get_ref<json::object_t&>();
      if (frame.duplicate) {  // an error already; the later value replaces the earlier
        json& slot = object[frame.key];
        slot = std::move(value);
        return &slot;
      }
      // A new key (the set says so): appended without ordered_map's linear
      // search, which would make an object of many keys quadratic.
      object.emplace_back(frame.key, std::move(value));
      return &object.back().second;
    }
    frame.value->push_back(std::move(value));
    return &frame.value->back();
  }

  bool add(json&& value) {
    const bool taken = in_taken_list();
    json* slot = insert(std::move(value));
    if (taken) hand_over(*slot);
    return true;
  }

  /// The top frame is a list the sink takes, directly under the root object.
  bool in_taken_list() const {
    return sink_ && frames_.size() == 2 && frames_[0].value->is_object() &&
           frames_[1].value->is_array() && frames_[1].taken;
  }

  void hand_over(json& element) {
    sink_->element(frames_[0].key, frames_[1].value->size() - 1, element);
    element = nullptr;
  }

  bool open(json&& container) {
    const std::string pointer = next_pointer();
    if (static_cast<int>(frames_.size()) >= limits_.max_depth) {
      diagnostics_.error(pointer, "nested more than " + std::to_string(limits_.max_depth) +
                                      " levels deep; a case file needs only a few");
      depth_exceeded_ = true;
      return false;
    }
    const bool list_under_root = frames_.size() == 1 && frames_[0].value->is_object() &&
                                 container.is_array() && sink_ && sink_->takes(frames_[0].key);
    json* slot = insert(std::move(container));
    frames_.push_back({slot, pointer, {}, {}});
    if (list_under_root) {
      frames_.back().taken = true;
      sink_->begin(frames_[0].key);
    }
    return true;
  }

  bool close() {
    // Growth by doubling leaves a container up to half empty; a finished one
    // never grows again, so give the slack back, unless it is part of a list
    // element the sink is about to convert and free.
    json& done = *frames_.back().value;
    const bool short_lived = frames_.size() > 2 && frames_[1].taken;
    if (!short_lived && done.is_object()) done.get_ref<json::object_t&>().shrink_to_fit();
    if (!short_lived && done.is_array()) done.get_ref<json::array_t&>().shrink_to_fit();
    frames_.pop_back();
    if (in_taken_list()) hand_over(done);
    return true;
  }

  std::string_view text_;
  const JsonLimits& limits_;
  Diagnostics& diagnostics_;
  ListSink* sink_;
  json root_;
  std::vector<Frame> frames_;
  bool syntax_failed_ = false;
  bool depth_exceeded_ = false;
};

}  // namespace

std::pair<int, int> line_and_column(std::string_view text, std::size_t offset) {
  int line = 1;
  std::size_t line_start = 0;
  const std::size_t end = std::min(offset, text.size());
  for (std::size_t i = 0; i < end; ++i)
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  return {line, static_cast<int>(end - line_start) + 1};
}

std::string pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

std::optional<CaseJson> parse_checked_json(std::string_view text, const JsonLimits& limits,
                                           Diagnostics& diagnostics, ListSink* sink) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
    diagnostics.error_at(1, 1,
                         "the file begins with a byte-order mark (BOM); save it as UTF-8 "
                         "without a BOM");
    return std::nullopt;
  }
  if (const auto bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    const auto [line, column] = line_and_column(text, bad);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[bad]));
    diagnostics.error_at(line, column,
                         std::string("invalid UTF-8: byte ") + byte +
                             " does not begin a valid character; save the file as UTF-8");
    return std::nullopt;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    diagnostics.error_at(1, 1, "the file is empty; expected a kinmap case (a JSON object)");
    return std::nullopt;
  }
  CheckedDomBuilder builder(text, limits, diagnostics, sink);
  const bool complete = json::sax_parse(text.begin(), text.end(), &builder,
                                        json::input_format_t::json, /*strict=*/true);
  if (!complete) return std::nullopt;
  return std::move(builder.result());
}

}  // namespace kinmap
