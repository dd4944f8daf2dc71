#include "cli/diagnostic_names.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace kinmap {
namespace {

using nlohmann::json;

constexpr std::size_t kLongestLabel = 40;

std::string shortened(std::string text) {
  if (text.size() <= kLongestLabel) return text;
  std::size_t cut = kLongestLabel;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  return text.substr(0, cut) + "...";
}

std::optional<std::string> string_at(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
    return std::nullopt;
  return it->get<std::string>();
}

/// "Jay", or "id m7" for a person without a name.
std::optional<std::string> person_label(const json& person) {
  if (!person.is_object()) return std::nullopt;
  if (auto name = string_at(person, "name")) return shortened(*name);
  if (auto id = string_at(person, "id")) return "id " + shortened(*id);
  return std::nullopt;
}

/// "parent: Kayleigh Dunn, Mia": the type and the two people, by name.
std::optional<std::string> relationship_label(const json& relationship,
                                              const std::map<std::string, std::string>& names) {
  if (!relationship.is_object()) return std::nullopt;
  auto end = [&](std::initializer_list<const char*> keys) -> std::optional<std::string> {
    for (const char* key : keys)
      if (auto id = string_at(relationship, key)) {
        const auto named = names.find(*id);
        return named != names.end() ? named->second : shortened(*id);
      }
    return std::nullopt;
  };
  const auto one = end({"parent", "a", "adult", "carer", "from"});
  const auto other = end({"child", "b", "to"});
  if (!one && !other) return std::nullopt;
  std::string label =
      string_at(relationship, "type") ? shortened(*string_at(relationship, "type")) + ": " : "";
  return label + (one ? *one : "?") + ", " + (other ? *other : "?");
}

/// The "/people/6" or "/relationships/4" that starts `pointer`, and its index.
std::optional<std::pair<std::string, std::size_t>> entry_of(const std::string& pointer) {
  for (const char* list : {"/people/", "/relationships/"}) {
    const std::string prefix = list;
    if (pointer.rfind(prefix, 0) != 0) continue;
    std::size_t end = prefix.size();
    while (end < pointer.size() && pointer[end] >= '0' && pointer[end] <= '9') ++end;
    if (end == prefix.size() || (end < pointer.size() && pointer[end] != '/')) return std::nullopt;
    return std::make_pair(pointer.substr(0, end),
                          std::stoul(pointer.substr(prefix.size(), end - prefix.size())));
  }
  return std::nullopt;
}

}  // namespace

std::vector<Diagnostic> with_names(std::vector<Diagnostic> diagnostics, std::string_view text) {
  const bool any = std::any_of(diagnostics.begin(), diagnostics.end(),
                               [](const Diagnostic& d) { return entry_of(d.pointer).has_value(); });
  if (!any) return diagnostics;
  const json document = json::parse(text.begin(), text.end(), nullptr, false);
  if (!document.is_object()) return diagnostics;
  static const json kNone = json::array();
  const auto list = [&](const char* key) -> const json& {
    const auto it = document.find(key);
    return it != document.end() && it->is_array() ? *it : kNone;
  };
  const json& people = list("people");
  const json& relationships = list("relationships");
  std::map<std::string, std::string> names;
  for (const json& person : people)
    if (person.is_object())
      if (auto id = string_at(person, "id"))
        if (auto name = string_at(person, "name")) names.emplace(*id, shortened(*name));

  for (Diagnostic& d : diagnostics) {
    const auto entry = entry_of(d.pointer);
    if (!entry) continue;
    const bool person = d.pointer.rfind("/people/", 0) == 0;
    const json& from = person ? people : relationships;
    if (entry->second >= from.size()) continue;
    const json& item = from[entry->second];
    // An error in the id itself is not helped by quoting that id back.
    if (person && d.pointer == entry->first + "/id" && !string_at(item, "name")) continue;
    const auto label = person ? person_label(item) : relationship_label(item, names);
    if (label) d.pointer.insert(entry->first.size(), " (" + *label + ")");
  }
  return diagnostics;
}

}  // namespace kinmap
