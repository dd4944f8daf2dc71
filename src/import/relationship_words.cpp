#include "import/relationship_words.h"

#include <nlohmann/json.hpp>

#include "errors.h"
#include "import/ascii.h"
#include "suggestion.h"

namespace kinmap {

extern const char* const kBuiltinRelationshipWordsJson;

namespace {

template <typename E>
E word_or_throw(const nlohmann::json& entry, const char* key, E fallback,
                const std::string& where) {
  const auto it = entry.find(key);
  if (it == entry.end()) return fallback;
  const std::string text = it->is_string() ? it->get<std::string>() : "";
  if (const auto value = parse_word<E>(text)) return *value;
  throw UsageError(where + ": \"" + key + "\": \"" + text + "\" is not one of " +
                   allowed_words<E>());
}

}  // namespace

std::string RelationshipWords::normalise(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char ch = word[i];
    if (ch == ' ' || ch == '-' || ch == '_' || ch == '\'' || ch == '\t') continue;
    if (word.substr(i, 3) == "\xE2\x80\x99") {  // a typographic apostrophe
      i += 2;
      continue;
    }
    out += ascii_lower(ch);
  }
  return out;
}

RelationshipWords RelationshipWords::builtin() {
  static const RelationshipWords table = [] {
    RelationshipWords words;
    words.extend(kBuiltinRelationshipWordsJson, "relationship_words.json");
    return words;
  }();
  return table;
}

void RelationshipWords::extend(std::string_view json_text, const std::string& file) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::parse_error& e) {
    throw UsageError(file + ": not JSON: " + e.what());
  }
  if (!doc.is_object() || !doc.contains("words") || !doc["words"].is_array())
    throw UsageError(file +
                     ": expected an object with a \"words\" list, as in "
                     "src/import/relationship_words.json");
  std::size_t i = 0;
  for (const auto& entry : doc["words"]) {
    const std::string where = file + ": /words/" + std::to_string(i++);
    if (!entry.is_object() || !entry.contains("word") || !entry["word"].is_string() ||
        !entry.contains("type"))
      throw UsageError(where + ": expected {\"word\": ..., \"type\": ..., \"related\": ...}");
    RelationshipWord w;
    w.word = entry["word"].get<std::string>();
    w.meaning.type = word_or_throw(entry, "type", RelationshipType::other, where);
    w.meaning.kind = word_or_throw(entry, "kind", ParentKind::biological, where);
    w.meaning.status = word_or_throw(entry, "status", PartnerStatus::unknown, where);
    w.meaning.form = word_or_throw(entry, "form", PartnerForm::unknown, where);
    if (entry.contains("label") && entry["label"].is_string()) w.meaning.label = entry["label"];
    if (entry.contains("note") && entry["note"].is_string()) w.meaning.note = entry["note"];
    const auto related_it = entry.find("related");
    if (related_it != entry.end() && !related_it->is_string())
      throw UsageError(where + ": \"related\" must be one of from, to or either");
    const std::string related =
        related_it == entry.end() ? std::string("from") : related_it->get<std::string>();
    if (related == "from") {
      w.related = RelatedEnd::from;
    } else if (related == "to") {
      w.related = RelatedEnd::to;
    } else if (related == "either") {
      w.related = RelatedEnd::either;
    } else {
      throw UsageError(where + ": \"related\": \"" + related +
                       "\" is not one of from, to or either");
    }
    const std::string key = normalise(w.word);
    bool replaced = false;
    for (auto& existing : words_)
      if (normalise(existing.word) == key) existing = w, replaced = true;
    if (!replaced) words_.push_back(std::move(w));
  }
}

const RelationshipWord* RelationshipWords::find(std::string_view word) const {
  const std::string key = normalise(word);
  for (const auto& w : words_)
    if (normalise(w.word) == key) return &w;
  return nullptr;
}

std::optional<std::string> RelationshipWords::nearest(std::string_view typed) const {
  std::vector<std::string> keys;
  keys.reserve(words_.size());
  for (const auto& w : words_) keys.push_back(normalise(w.word));
  std::vector<std::string_view> candidates(keys.begin(), keys.end());
  const std::string key = normalise(typed);
  if (const auto near = closest_word(key, candidates))
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == *near) return words_[i].word;
  return std::nullopt;
}

}  // namespace kinmap
