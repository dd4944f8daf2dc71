#include "case_loader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <nlohmann/json.hpp>

#include "case_consistency.h"
#include "checked_json.h"
#include "errors.h"
#include "suggestion.h"

namespace kinmap {
namespace {

using json = CaseJson;
using Keys = std::initializer_list<std::string_view>;

const char* type_name(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "true/false";
    case json::value_t::string:
      return "a string";
    case json::value_t::array:
      return "a list";
    case json::value_t::object:
      return "an object";
    case json::value_t::number_float:
      return "a decimal number";
    default:
      return "a number";
  }
}

// What kind of text a field holds: names may not contain any control
// character; free-text notes may contain line breaks and tabs.
enum class TextKind { name, note };

// The longest text of each kind, in characters (code points, as JSON Schema's
// maxLength counts them); models/case.schema.json states the same limits.
constexpr std::size_t kMaxNameChars = 1000;
constexpr std::size_t kMaxNoteChars = 100000;
constexpr std::size_t kMaxCaseIdChars = 200;

std::size_t max_chars(TextKind kind) {
  return kind == TextKind::name ? kMaxNameChars : kMaxNoteChars;
}

/// Code points in valid UTF-8 (the parser has already rejected invalid bytes).
std::size_t characters(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// How to write what a person meant by a word the format spells otherwise:
/// "F" for a sex, "father" for a relationship. Empty when there is no
/// better advice than the list of words (and a near spelling).
std::string how_to_write(std::string_view what, std::string_view typed) {
  std::string word(typed);
  for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  auto is = [&](std::initializer_list<const char*> words) {
    return std::any_of(words.begin(), words.end(), [&](const char* w) { return word == w; });
  };
  if (what == "sex") {
    if (is({"f", "female", "woman", "girl", "w"})) return "write \"female\" (in lower case)";
    if (is({"m", "male", "man", "boy"})) return "write \"male\" (in lower case)";
    if (is({"u", "unknown", "not known", "x", "other", "non-binary", "nonbinary", "?", ""}))
      return "write \"unknown\" when the sex is not recorded (the genogram draws a diamond); "
             "sex picks the symbol only, so say more about the person's gender in \"notes\"";
    return "";
  }
  if (what != "relationship type") return "";
  if (is({"father", "mother", "dad", "mum", "mom", "parent_of", "birth_father", "birth_mother",
          "biological_father", "biological_mother"}))
    return "a parent is written {\"type\": \"parent\", \"parent\": \"PARENT-ID\", \"child\": "
           "\"CHILD-ID\"}; the person's sex says father or mother";
  if (is({"stepfather", "stepmother", "step_father", "step_mother", "step-father", "step-mother",
          "step_parent", "stepparent", "adoptive_parent", "foster_parent", "foster_carer",
          "special_guardian"}))
    return "a step, adoptive or foster parent is written {\"type\": \"parent\", \"parent\": "
           "\"PARENT-ID\", \"child\": \"CHILD-ID\", \"kind\": \"step\"} (or \"adoptive\", "
           "\"foster\", \"kinship\")";
  if (is({"son", "daughter", "child", "child_of"}))
    return "write the parent's side: {\"type\": \"parent\", \"parent\": \"PARENT-ID\", "
           "\"child\": \"CHILD-ID\"}";
  if (is({"grandfather", "grandmother", "grandparent", "nan", "nana", "grandad"}))
    return "a grandparent is two parent relationships: the grandparent is a \"parent\" of the "
           "child's parent, and kinmap works out the rest";
  if (is({"husband", "wife", "spouse", "boyfriend", "girlfriend", "married", "ex", "ex_partner",
          "partners", "cohabiting"}))
    return "a couple is written {\"type\": \"partner\", \"a\": \"ID\", \"b\": \"ID\"} with "
           "\"form\" (married, civil_partnership, cohabiting, dating) and \"status\" (current, "
           "separated, ...)";
  if (is({"brother", "sister", "half_brother", "half_sister", "siblings"}))
    return "write \"sibling\" only where the parents are not recorded; otherwise record the "
           "parents and kinmap works out brothers and sisters";
  return "";
}

// Reads JSON values into model fields, recording each problem at its place.
class Reader {
 public:
  Reader(Diagnostics& diagnostics, const RiskModel& model)
      : diagnostics_(diagnostics), model_(model) {}

  Diagnostics& diagnostics() { return diagnostics_; }
  const RiskModel& model() const { return model_; }

  /// Checks `value` is an object holding only `allowed` keys and every one of
  /// `required`; `what` names it in messages ("a person").
  bool object(const json& value, const std::string& at, std::string_view what, Keys allowed,
              Keys required) {
    if (!value.is_object()) {
      diagnostics_.error(
          at, "expected " + std::string(what) + " (an object), found " + type_name(value));
      return false;
    }
    const std::vector<std::string_view> allowed_list(allowed);
    for (const auto& [key, child] : value.items()) {
      if (std::find(allowed_list.begin(), allowed_list.end(), key) != allowed_list.end()) continue;
      std::string message = "unknown key \"" + key + "\" in " + std::string(what);
      if (const auto near = closest_word(key, allowed_list))
        message += "; did you mean \"" + std::string(*near) + "\"?";
      message += " (allowed: " + join(allowed_list) + ")";
      diagnostics_.error(at + "/" + pointer_token(key), message);
    }
    for (std::string_view key : required)
      if (!value.contains(key))
        diagnostics_.error(
            at, "missing required key \"" + std::string(key) + "\" in " + std::string(what));
    return true;
  }

  std::string text(const json& object, std::string_view key, const std::string& at,
                   TextKind kind = TextKind::name, std::size_t limit = 0) {
    const auto it = object.find(key);
    if (it == object.end()) return {};
    return text_value(*it, at + "/" + std::string(key), kind, limit);
  }

  /// `limit`: the most characters allowed; 0 means the kind's own limit.
  std::string text_value(const json& value, const std::string& at, TextKind kind,
                         std::size_t limit = 0) {
    if (!value.is_string()) {
      diagnostics_.error(at, std::string("expected a string, found ") + type_name(value));
      return {};
    }
    const std::string& s = value.get_ref<const std::string&>();
    if (limit == 0) limit = max_chars(kind);
    // Bytes bound characters from above: count only when it could matter.
    if (s.size() > limit && characters(s) > limit) {
      diagnostics_.error(at, "a text of " + std::to_string(characters(s)) +
                                 " characters is longer than the limit of " +
                                 std::to_string(limit) + " for this field" +
                                 (kind == TextKind::name ? " (names and labels are short; put "
                                                           "longer text in a note)"
                                                         : ""));
      return {};
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      const bool allowed_break = kind == TextKind::note && (c == '\n' || c == '\t' || c == '\r');
      const bool c1 = c == 0xC2 && i + 1 < s.size() &&
                      static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                      static_cast<unsigned char>(s[i + 1]) <= 0x9F;
      if (((c < 0x20 || c == 0x7F) && !allowed_break) || c1) {
        char code[12];
        std::snprintf(code, sizeof code, "U+%04X",
                      c1 ? static_cast<unsigned char>(s[i + 1]) : static_cast<unsigned>(c));
        diagnostics_.error(
            at, std::string("control character ") + code + " in text; " +
                    (kind == TextKind::name ? "names and labels must be plain printable text"
                                            : "notes may hold line breaks and tabs but no other "
                                              "control characters"));
        return {};
      }
    }
    return s;
  }

  std::optional<PartialDate> date(const json& object, std::string_view key, const std::string& at,
                                  int earliest = kEarliestYear, int latest = kLatestYear) {
    const auto it = object.find(key);
    if (it == object.end()) return std::nullopt;
    return date_value(*it, at + "/" + std::string(key), earliest, latest);
  }

  std::optional<PartialDate> date_value(const json& value, const std::string& at,
                                        int earliest = kEarliestYear, int latest = kLatestYear) {
    if (!value.is_string()) {
      diagnostics_.error(at, std::string("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found ") +
                                 type_name(value));
      return std::nullopt;
    }
    std::string why;
    auto parsed = PartialDate::parse(value.get_ref<const std::string&>(), &why, earliest, latest);
    if (!parsed) diagnostics_.error(at, "\"" + value.get<std::string>() + "\": " + why);
    return parsed;
  }

  template <typename E>
  std::optional<E> word(const json& object, std::string_view key, const std::string& at,
                        std::string_view what) {
    const auto it = object.find(key);
    if (it == object.end()) return std::nullopt;
    return word_value<E>(*it, at + "/" + std::string(key), what);
  }

  template <typename E>
  std::optional<E> word_value(const json& value, const std::string& at, std::string_view what) {
    if (!value.is_string()) {
      diagnostics_.error(at, "expected " + std::string(what) + ", one of " + allowed_words<E>() +
                                 "; found " + type_name(value));
      return std::nullopt;
    }
    const std::string& s = value.get_ref<const std::string&>();
    if (auto parsed = parse_word<E>(s)) return parsed;
    std::vector<std::string_view> words;
    for (const auto& w : vocabulary<E>()) words.push_back(w.spelling);
    std::string message = "\"" + s + "\" is not a valid " + std::string(what) +
                          "; expected one of " + allowed_words<E>();
    if (const std::string how = how_to_write(what, s); !how.empty())
      message += "; " + how;
    else if (const auto near = closest_word(s, words))
      message += " (did you mean \"" + std::string(*near) + "\"?)";
    diagnostics_.error(at, message);
    return std::nullopt;
  }

  std::optional<bool> flag(const json& object, std::string_view key, const std::string& at) {
    const auto it = object.find(key);
    if (it == object.end()) return std::nullopt;
    if (!it->is_boolean()) {
      diagnostics_.error(at + "/" + std::string(key),
                         std::string("expected true or false, found ") + type_name(*it));
      return std::nullopt;
    }
    return it->get<bool>();
  }

  std::optional<int> whole(const json& object, std::string_view key, const std::string& at, int min,
                           int max) {
    const auto it = object.find(key);
    if (it == object.end()) return std::nullopt;
    const std::string place = at + "/" + std::string(key);
    if (it->is_number_float() && std::floor(it->get<double>()) == it->get<double>()) {
      diagnostics_.error(place, it->dump() + " is out of range; expected a whole number from " +
                                    std::to_string(min) + " to " + std::to_string(max));
      return std::nullopt;
    }
    if (!it->is_number_integer()) {
      diagnostics_.error(place, "expected a whole number from " + std::to_string(min) + " to " +
                                    std::to_string(max) + ", found " + type_name(*it));
      return std::nullopt;
    }
    const bool in_range = it->is_number_unsigned()
                              ? it->get<std::uint64_t>() <= static_cast<std::uint64_t>(max)
                              : it->get<std::int64_t>() >= min && it->get<std::int64_t>() <= max;
    if (!in_range) {
      diagnostics_.error(place, it->dump() + " is out of range; expected a whole number from " +
                                    std::to_string(min) + " to " + std::to_string(max));
      return std::nullopt;
    }
    return it->get<int>();
  }

  /// An id: [A-Za-z0-9_.-]{1,64}. Empty on error.
  std::string id_value(const json& value, const std::string& at) {
    if (!value.is_string()) {
      diagnostics_.error(at, std::string("expected an id (a string), found ") + type_name(value));
      return {};
    }
    const std::string& s = value.get_ref<const std::string&>();
    const bool well_formed =
        !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 c == '_' || c == '.' || c == '-';
        });
    if (!well_formed) {
      diagnostics_.error(at, "\"" + s.substr(0, 80) +
                                 "\" is not a valid id; ids are 1 to 64 letters, digits, "
                                 "'_', '.' or '-'");
      return {};
    }
    return s;
  }

  std::string id(const json& object, std::string_view key, const std::string& at) {
    const auto it = object.find(key);
    if (it == object.end()) return {};
    return id_value(*it, at + "/" + std::string(key));
  }

  std::vector<std::string> ids(const json& object, std::string_view key, const std::string& at) {
    std::vector<std::string> out;
    const auto it = object.find(key);
    if (it == object.end()) return out;
    const std::string place = at + "/" + std::string(key);
    if (!it->is_array()) {
      diagnostics_.error(place, std::string("expected a list of ids, found ") + type_name(*it));
      return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i)
      out.push_back(id_value((*it)[i], place + "/" + std::to_string(i)));
    return out;
  }

  template <typename E>
  std::vector<E> words(const json& object, std::string_view key, const std::string& at,
                       std::string_view what) {
    std::vector<E> out;
    const auto it = object.find(key);
    if (it == object.end()) return out;
    const std::string place = at + "/" + std::string(key);
    if (!it->is_array()) {
      diagnostics_.error(place,
                         "expected a list of " + std::string(what) + "s, found " + type_name(*it));
      return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i)
      if (auto w = word_value<E>((*it)[i], place + "/" + std::to_string(i), what))
        out.push_back(*w);
    return out;
  }

  /// The `ext` object, kept as compact JSON; anything inside is allowed.
  std::string ext(const json& object, const std::string& at) {
    const auto it = object.find("ext");
    if (it == object.end()) return {};
    if (!it->is_object()) {
      diagnostics_.error(at + "/ext", std::string("expected an object, found ") + type_name(*it));
      return {};
    }
    // Kept as compact JSON with its keys sorted, however the file ordered them.
    return nlohmann::json(*it).dump();
  }

  /// The top-level list `key` of `doc`, or nullptr when absent (or not a
  /// list, which is recorded as an error).
  json* section(json& doc, std::string_view key) {
    const auto it = doc.find(key);
    if (it == doc.end()) return nullptr;
    if (!it->is_array()) {
      diagnostics_.error("/" + std::string(key),
                         std::string("expected a list, found ") + type_name(*it));
      return nullptr;
    }
    return &*it;
  }

  /// The list under `key`, or an empty one (recording an error if not a list).
  const json& list(const json& object, std::string_view key, const std::string& at) {
    static const json kEmpty = json::array();
    const auto it = object.find(key);
    if (it == object.end()) return kEmpty;
    if (!it->is_array()) {
      diagnostics_.error(at + "/" + std::string(key),
                         std::string("expected a list, found ") + type_name(*it));
      return kEmpty;
    }
    return *it;
  }

 private:
  static std::string join(const std::vector<std::string_view>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i) out += ", ";
      out += words[i];
    }
    return out;
  }

  Diagnostics& diagnostics_;
  const RiskModel& model_;
};

CaseInfo read_case_info(Reader& r, const json& doc) {
  CaseInfo info;
  const auto it = doc.find("case");
  if (it == doc.end()) return info;
  const std::string at = "/case";
  if (!r.object(*it, at, "the case section", {"id", "title", "as_of", "marking", "focus", "ext"},
                {"id", "as_of"}))
    return info;
  info.id = r.text(*it, "id", at, TextKind::name, kMaxCaseIdChars);
  if (const auto id = it->find("id");
      id != it->end() && id->is_string() && id->get_ref<const std::string&>().empty())
    r.diagnostics().error(at + "/id", "the case id is empty; every report and drawing carries it");
  info.title = r.text(*it, "title", at);
  if (auto d = r.date(*it, "as_of", at)) info.as_of = *d;
  info.marking = r.text(*it, "marking", at);
  info.focus = r.ids(*it, "focus", at);
  info.ext_json = r.ext(*it, at);
  return info;
}

Person read_person(Reader& r, const json& value, const std::string& at) {
  Person p;
  if (!r.object(value, at, "a person",
                {"id", "sex", "name", "aliases", "born", "age", "died", "expected", "identity",
                 "assessment", "engagement", "known_to", "checks", "risk", "asked_about_children",
                 "ids", "notes", "ext"},
                {"id", "sex"}))
    return p;
  p.id = r.id(value, "id", at);
  p.sex = r.word<Sex>(value, "sex", at, "sex").value_or(Sex::unknown);
  p.name = r.text(value, "name", at);
  const json& aliases = r.list(value, "aliases", at);
  for (std::size_t i = 0; i < aliases.size(); ++i)
    p.aliases.push_back(
        r.text_value(aliases[i], at + "/aliases/" + std::to_string(i), TextKind::name));
  p.born = r.date(value, "born", at, kEarliestPersonYear, kLatestPersonYear);
  p.age = r.whole(value, "age", at, 0, 130);
  if (value.contains("born") && value.contains("age"))
    r.diagnostics().error(at + "/age", "give either \"born\" or \"age\", not both");
  p.died = r.date(value, "died", at, kEarliestPersonYear, kLatestPersonYear);
  p.expected = r.date(value, "expected", at, kEarliestPersonYear, kLatestPersonYear);
  p.identity = r.word<Identity>(value, "identity", at, "identity").value_or(Identity::known);
  if (const auto it = value.find("assessment"); it != value.end()) {
    const std::string place = at + "/assessment";
    if (r.object(*it, place, "an assessment", {"status", "date", "by"}, {"status"})) {
      p.assessment.status = r.word<AssessmentStatus>(*it, "status", place, "assessment status")
                                .value_or(AssessmentStatus::none);
      p.assessment.date = r.date(*it, "date", place);
      p.assessment.by = r.text(*it, "by", place);
    }
  }
  p.engagement =
      r.word<Engagement>(value, "engagement", at, "engagement").value_or(Engagement::unknown);
  p.known_to = r.words<Agency>(value, "known_to", at, "agency code");
  p.checks = r.words<Agency>(value, "checks", at, "agency code");
  const json& risk = r.list(value, "risk", at);
  for (std::size_t i = 0; i < risk.size(); ++i) {
    const std::string place = at + "/risk/" + std::to_string(i);
    if (!r.object(risk[i], place, "a risk factor", {"factor", "source", "date", "basis", "note"},
                  {"factor"}))
      continue;
    RiskFlag flag;
    flag.factor = r.text(risk[i], "factor", place);
    if (!flag.factor.empty() && !r.model().factor(flag.factor)) {
      std::vector<std::string_view> known;
      for (const auto& [id, f] : r.model().factors()) known.push_back(id);
      std::string message = "\"" + flag.factor + "\" is not a risk factor of the risk model";
      if (const auto near = closest_word(flag.factor, known))
        message += "; did you mean \"" + std::string(*near) + "\"?";
      else
        message +=
            "; expected one of its factors (see risk_model.json: in /usr/share/kinmap when "
            "installed, models/ in the source)";
      r.diagnostics().error(place + "/factor", message);
    }
    flag.source = r.text(risk[i], "source", place);
    flag.date = r.date(risk[i], "date", place);
    flag.basis =
        r.word<RiskBasis>(risk[i], "basis", place, "risk basis").value_or(RiskBasis::unknown);
    flag.note = r.text(risk[i], "note", place, TextKind::note);
    p.risk.push_back(std::move(flag));
  }
  p.asked_about_children = r.flag(value, "asked_about_children", at);
  if (const auto it = value.find("ids"); it != value.end()) {
    if (!it->is_object())
      r.diagnostics().error(
          at + "/ids", std::string("expected an object of scheme: value, found ") + type_name(*it));
    else
      for (const auto& [scheme, number] : it->items())
        p.ids[scheme] = r.text_value(number, at + "/ids/" + pointer_token(scheme), TextKind::name);
  }
  p.notes = r.text(value, "notes", at, TextKind::note);
  p.ext_json = r.ext(value, at);
  return p;
}

Relationship read_relationship(Reader& r, const json& value, const std::string& at) {
  Relationship rel;
  if (!value.is_object()) {
    r.diagnostics().error(
        at, std::string("expected a relationship (an object), found ") + type_name(value));
    return rel;
  }
  if (!value.contains("type")) {
    r.diagnostics().error(at, "missing required key \"type\" in a relationship; expected one of " +
                                  allowed_words<RelationshipType>());
    return rel;
  }
  const auto type = r.word<RelationshipType>(value, "type", at, "relationship type");
  if (!type) return rel;
  rel.type = *type;
  const auto [from_key, to_key] = end_keys(rel.type);
  const std::string what = "a " + std::string(spelling(rel.type)) + " relationship";
  switch (rel.type) {
    case RelationshipType::parent:
      r.object(value, at, what,
               {"type", "parent", "child", "kind", "pr", "source", "reported", "note", "ext"},
               {"parent", "child"});
      rel.kind =
          r.word<ParentKind>(value, "kind", at, "kind of parent").value_or(ParentKind::biological);
      rel.pr = r.flag(value, "pr", at);
      break;
    case RelationshipType::partner:
      r.object(
          value, at, what,
          {"type", "a", "b", "status", "form", "from", "to", "source", "reported", "note", "ext"},
          {"a", "b"});
      rel.status = r.word<PartnerStatus>(value, "status", at, "partnership status")
                       .value_or(PartnerStatus::unknown);
      rel.form =
          r.word<PartnerForm>(value, "form", at, "partnership form").value_or(PartnerForm::unknown);
      rel.start = r.date(value, "from", at);
      rel.end = r.date(value, "to", at);
      break;
    case RelationshipType::contact:
      r.object(value, at, what,
               {"type", "adult", "child", "frequency", "supervised", "basis", "source", "reported",
                "note", "ext"},
               {"adult", "child"});
      rel.frequency =
          r.word<Frequency>(value, "frequency", at, "frequency").value_or(Frequency::unknown);
      rel.supervised = r.flag(value, "supervised", at);
      rel.basis = r.word<ContactBasis>(value, "basis", at, "basis of contact")
                      .value_or(ContactBasis::unknown);
      break;
    case RelationshipType::care:
      r.object(value, at, what,
               {"type", "carer", "child", "frequency", "source", "reported", "note", "ext"},
               {"carer", "child"});
      rel.frequency =
          r.word<Frequency>(value, "frequency", at, "frequency").value_or(Frequency::unknown);
      break;
    case RelationshipType::abuse:
      r.object(value, at, what,
               {"type", "from", "to", "forms", "last", "source", "reported", "note", "ext"},
               {"from", "to"});
      rel.forms = r.words<AbuseForm>(value, "forms", at, "form of abuse");
      rel.last = r.date(value, "last", at);
      break;
    case RelationshipType::sibling:
      r.object(value, at, what, {"type", "a", "b", "source", "reported", "note", "ext"},
               {"a", "b"});
      break;
    case RelationshipType::other:
      r.object(value, at, what, {"type", "a", "b", "label", "source", "reported", "note", "ext"},
               {"a", "b", "label"});
      rel.label = r.text(value, "label", at);
      break;
  }
  // The two ends, by the keys this type names them with (see end_keys).
  rel.from = r.id(value, from_key, at);
  rel.to = r.id(value, to_key, at);
  rel.source = r.text(value, "source", at);
  rel.reported = r.date(value, "reported", at);
  rel.note = r.text(value, "note", at, TextKind::note);
  rel.ext_json = r.ext(value, at);
  return rel;
}

Household read_household(Reader& r, const json& value, const std::string& at) {
  Household h;
  if (!r.object(value, at, "a household", {"id", "label", "confirmed", "members", "ext"},
                {"id", "members"}))
    return h;
  h.id = r.id(value, "id", at);
  h.label = r.text(value, "label", at);
  h.confirmed = r.date(value, "confirmed", at);
  const json& members = r.list(value, "members", at);
  for (std::size_t i = 0; i < members.size(); ++i) {
    const std::string place = at + "/members/" + std::to_string(i);
    Membership m;
    if (r.object(members[i], place, "a household member",
                 {"person", "status", "from", "to", "source"}, {"person"})) {
      m.person = r.id(members[i], "person", place);
      m.status = r.word<MemberStatus>(members[i], "status", place, "member status")
                     .value_or(MemberStatus::resident);
      m.from = r.date(members[i], "from", place);
      m.to = r.date(members[i], "to", place);
      m.source = r.text(members[i], "source", place);
    }
    h.members.push_back(std::move(m));
  }
  h.ext_json = r.ext(value, at);
  return h;
}

std::optional<Plan> read_plan(Reader& r, const json& doc) {
  const auto it = doc.find("plan");
  if (it == doc.end()) return std::nullopt;
  const std::string at = "/plan";
  Plan plan;
  if (!r.object(*it, at, "the plan",
                {"type", "date", "review", "children", "named", "invited", "attended", "relies_on",
                 "ext"},
                {}))
    return plan;
  plan.type = r.word<PlanType>(*it, "type", at, "plan type");
  plan.date = r.date(*it, "date", at);
  plan.review = r.date(*it, "review", at);
  plan.children = r.ids(*it, "children", at);
  plan.named = r.ids(*it, "named", at);
  plan.invited = r.ids(*it, "invited", at);
  plan.attended = r.ids(*it, "attended", at);
  plan.relies_on = r.ids(*it, "relies_on", at);
  plan.ext_json = r.ext(*it, at);
  return plan;
}

Event read_event(Reader& r, const json& value, const std::string& at) {
  Event e;
  if (!r.object(value, at, "an event",
                {"date", "type", "people", "household", "source", "note", "ext"}, {"date", "type"}))
    return e;
  if (auto d = r.date(value, "date", at)) e.date = *d;
  e.type = r.word<EventType>(value, "type", at, "event type").value_or(EventType::other);
  e.people = r.ids(value, "people", at);
  e.household = r.id(value, "household", at);
  e.source = r.text(value, "source", at);
  e.note = r.text(value, "note", at, TextKind::note);
  e.ext_json = r.ext(value, at);
  return e;
}

Review read_review(Reader& r, const json& value, const std::string& at) {
  Review v;
  if (!r.object(value, at, "a review",
                {"rule", "person", "child", "decision", "reason", "by", "date", "ext"},
                {"rule", "decision", "reason", "date"}))
    return v;
  v.rule = r.text(value, "rule", at);
  if (!v.rule.empty() && !std::all_of(v.rule.begin(), v.rule.end(),
                                      [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; }))
    r.diagnostics().error(at + "/rule", "\"" + v.rule +
                                            "\" is not a rule id; expected one such as "
                                            "\"INVISIBLE_MAN\" (see kinmap analyse --format json)");
  v.person = r.id(value, "person", at);
  v.child = r.id(value, "child", at);
  v.decision = r.word<ReviewDecision>(value, "decision", at, "review decision")
                   .value_or(ReviewDecision::accepted);
  v.reason = r.text(value, "reason", at, TextKind::note);
  if (const auto it = value.find("reason");
      it != value.end() && it->is_string() && it->get_ref<const std::string&>().empty())
    r.diagnostics().error(at + "/reason",
                          "the reason is empty; say why the finding was decided so");
  v.by = r.text(value, "by", at);
  if (auto d = r.date(value, "date", at)) v.date = *d;
  v.ext_json = r.ext(value, at);
  return v;
}

DashAssessment read_dash(Reader& r, const json& value, const std::string& at) {
  DashAssessment d;
  if (!r.object(value, at, "a DASH assessment",
                {"victim", "perpetrator", "date", "yes_count", "answers", "ext"},
                {"victim", "date"}))
    return d;
  d.victim = r.id(value, "victim", at);
  d.perpetrator = r.id(value, "perpetrator", at);
  if (auto date = r.date(value, "date", at)) d.date = *date;
  d.yes_count = r.whole(value, "yes_count", at, 0, 27);
  if (const auto it = value.find("answers"); it != value.end()) {
    if (!it->is_object()) {
      r.diagnostics().error(
          at + "/answers",
          std::string("expected an object of question: answer, found ") + type_name(*it));
    } else {
      for (const auto& [question, answer] : it->items()) {
        const std::string place = at + "/answers/" + pointer_token(question);
        if (!r.model().has_dash_question(question)) {
          r.diagnostics().error(place, "\"" + question +
                                           "\" is not a DASH question of the risk model; "
                                           "expected q01 to q" +
                                           std::to_string(r.model().dash_questions().size()));
          continue;
        }
        if (answer.is_null())
          d.answers[question] = std::nullopt;
        else if (answer.is_boolean())
          d.answers[question] = answer.get<bool>();
        else
          r.diagnostics().error(
              place, std::string("expected true, false or null, found ") + type_name(answer));
      }
    }
  }
  if (!value.contains("yes_count") && !value.contains("answers"))
    r.diagnostics().error(at, "a DASH assessment needs \"yes_count\" or \"answers\"");
  d.ext_json = r.ext(value, at);
  return d;
}

}  // namespace

std::pair<const char*, const char*> end_keys(RelationshipType type) {
  switch (type) {
    case RelationshipType::parent:
      return {"parent", "child"};
    case RelationshipType::contact:
      return {"adult", "child"};
    case RelationshipType::care:
      return {"carer", "child"};
    case RelationshipType::abuse:
      return {"from", "to"};
    case RelationshipType::partner:
    case RelationshipType::sibling:
    case RelationshipType::other:
      return {"a", "b"};
  }
  return {"a", "b"};
}

namespace {

// The records of the six lists, converted while the file is parsed (each
// element's JSON is freed as soon as it is read), with what was found about
// each list kept apart until the loader reaches that list: messages come out
// in the same order as when the whole document was read first.
class StreamedLists : public ListSink {
 public:
  StreamedLists(const std::string& file, const RiskModel& model, std::size_t max_people)
      : model_(model), max_people_(max_people), found_(kLists, Diagnostics(file)) {}

  bool takes(std::string_view list) const override { return slot(list) < kLists; }

  void begin(std::string_view list) override {
    const std::size_t at = slot(list);
    found_[at] = Diagnostics(found_[at].file());
    switch (at) {
      case 0:
        std::vector<Person>().swap(records_.people);
        break;
      case 1:
        std::vector<Relationship>().swap(records_.relationships);
        break;
      case 2:
        std::vector<Household>().swap(records_.households);
        break;
      case 3:
        std::vector<Event>().swap(records_.events);
        break;
      case 4:
        std::vector<DashAssessment>().swap(records_.dash);
        break;
      default:
        std::vector<Review>().swap(records_.reviews);
        break;
    }
  }

  void element(std::string_view list, std::size_t index, json& value) override {
    const std::size_t at = slot(list);
    Reader r(found_[at], model_);
    const std::string place = "/" + std::string(list) + "/" + std::to_string(index);
    switch (at) {
      case 0:
        // Past the limit nothing more is read: the loader reports the count alone.
        if (index >= max_people_) {
          std::vector<Person>().swap(records_.people);
          return;
        }
        records_.people.push_back(read_person(r, value, place));
        break;
      case 1:
        records_.relationships.push_back(read_relationship(r, value, place));
        break;
      case 2:
        records_.households.push_back(read_household(r, value, place));
        break;
      case 3:
        records_.events.push_back(read_event(r, value, place));
        break;
      case 4:
        records_.dash.push_back(read_dash(r, value, place));
        break;
      default:
        records_.reviews.push_back(read_review(r, value, place));
        break;
    }
  }

  /// The people, relationships, households, events, DASH records and reviews read.
  Case& records() { return records_; }
  /// What was found in `list` ("people", ...).
  const Diagnostics& found(std::string_view list) const { return found_[slot(list)]; }

 private:
  static constexpr std::size_t kLists = 6;
  static std::size_t slot(std::string_view list) {
    constexpr std::string_view kNames[kLists] = {"people", "relationships", "households",
                                                 "events", "dash",          "reviews"};
    return static_cast<std::size_t>(std::find(kNames, kNames + kLists, list) - kNames);
  }

  const RiskModel& model_;
  std::size_t max_people_;
  Case records_;
  std::vector<Diagnostics> found_;
};

/// The parsed document (its lists already taken by `lists`), or nothing
/// (with the reason in `diagnostics`).
std::optional<json> parse(std::string_view text, const LoaderLimits& limits,
                          Diagnostics& diagnostics, StreamedLists& lists) {
  if (text.size() > limits.max_file_bytes) {
    diagnostics.error_at(1, 1,
                         "the file is " + std::to_string(text.size() >> 20) +
                             " MiB; the limit is " + std::to_string(limits.max_file_bytes >> 20) +
                             " MiB");
    return std::nullopt;
  }
  return parse_checked_json(text, {limits.max_depth, limits.max_string_bytes}, diagnostics, &lists);
}

LoadResult convert(std::optional<json> parsed, StreamedLists& lists, Diagnostics& diagnostics,
                   const RiskModel& model, const LoaderLimits& limits);

}  // namespace

LoadResult load_case(std::string_view text, const std::string& file, const RiskModel& model,
                     const LoaderLimits& limits) {
  Diagnostics diagnostics(file);
  StreamedLists lists(file, model, limits.max_people);
  std::optional<json> parsed = parse(text, limits, diagnostics, lists);
  return convert(std::move(parsed), lists, diagnostics, model, limits);
}

LoadResult load_case(std::string&& text, const std::string& file, const RiskModel& model,
                     const LoaderLimits& limits) {
  Diagnostics diagnostics(file);
  StreamedLists lists(file, model, limits.max_people);
  std::optional<json> parsed = parse(text, limits, diagnostics, lists);
  std::string().swap(text);  // read in full; the checks that follow need only the model
  return convert(std::move(parsed), lists, diagnostics, model, limits);
}

namespace {

LoadResult convert(std::optional<json> parsed, StreamedLists& lists, Diagnostics& diagnostics,
                   const RiskModel& model, const LoaderLimits& limits) {
  LoadResult result;
  if (!parsed) {
    result.diagnostics = diagnostics.all();
    return result;
  }
  json& doc = *parsed;
  Reader r(diagnostics, model);
  if (!doc.is_object()) {
    diagnostics.error("", std::string("expected a kinmap case (a JSON object with \"format\": "
                                      "\"kinmap-case/1\"), found ") +
                              type_name(doc));
    result.diagnostics = diagnostics.all();
    return result;
  }
  const auto format = doc.find("format");
  if (format == doc.end()) {
    diagnostics.error("",
                      "missing required key \"format\"; expected \"format\": \"kinmap-case/1\"");
  } else if (!format->is_string() || *format != "kinmap-case/1") {
    diagnostics.error("/format", "this is not a kinmap-case/1 file (format is " + format->dump() +
                                     "); this version of kinmap reads \"kinmap-case/1\"");
    result.diagnostics = diagnostics.all();
    return result;
  }
  r.object(doc, "", "a case file",
           {"format", "case", "people", "relationships", "households", "plan", "events", "dash",
            "reviews", "ext"},
           {"case", "people"});

  Case c;
  c.info = read_case_info(r, doc);
  Case& read = lists.records();
  const json* people = r.section(doc, "people");
  if (people && people->size() > limits.max_people) {
    // Nothing else can be checked without the people: every reference to
    // them would be reported missing, a million lines that hide the one that matters.
    diagnostics.error("/people", std::to_string(people->size()) +
                                     " people is more than the limit of " +
                                     std::to_string(limits.max_people) +
                                     "; split the case, or check it in parts");
    result.diagnostics = diagnostics.all();
    return result;
  }
  if (people && people->empty()) diagnostics.error("/people", "a case needs at least one person");
  // A list counts only if the document's value for it is a list (a repeated
  // key whose later value is not one leaves nothing read).
  auto take = [&](std::string_view list, auto& records, auto& into) {
    if (!r.section(doc, list)) return;
    diagnostics.append(lists.found(list));
    into = std::move(records);
  };
  if (people) {
    diagnostics.append(lists.found("people"));
    c.people = std::move(read.people);
  }
  take("relationships", read.relationships, c.relationships);
  take("households", read.households, c.households);
  c.plan = read_plan(r, doc);
  take("events", read.events, c.events);
  take("dash", read.dash, c.dash);
  take("reviews", read.reviews, c.reviews);
  c.ext_json = r.ext(doc, "");

  check_consistency(c, model, diagnostics);

  result.diagnostics = diagnostics.all();
  if (!diagnostics.has_errors()) result.loaded = std::move(c);
  return result;
}

}  // namespace

Case load_case_or_throw(std::string_view text, const std::string& file, const RiskModel& model,
                        const LoaderLimits& limits) {
  LoadResult result = load_case(text, file, model, limits);
  if (!result.ok()) throw CaseFileError(std::move(result.diagnostics));
  return std::move(*result.loaded);
}

}  // namespace kinmap
