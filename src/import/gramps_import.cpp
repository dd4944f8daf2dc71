#include "import/gramps_import.h"

#include <expat.h>
#include <zlib.h>

#include <cstring>
#include <map>
#include <memory>
#include <unordered_map>

#include "errors.h"
#include "import/imported_case.h"

namespace kinmap {
namespace {

/// The bytes inflated when they are gzip, else as they are.
std::string gunzip_if_needed(std::string_view bytes, Diagnostics& diagnostics) {
  if (bytes.size() < 2 || bytes[0] != '\x1F' || bytes[1] != '\x8B') return std::string(bytes);
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 16) != Z_OK) {
    diagnostics.error_at(1, 1, "cannot start reading the gzip data");
    return {};
  }
  std::unique_ptr<z_stream, decltype(&inflateEnd)> guard(&stream, &inflateEnd);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  std::string out;
  char buffer[1 << 16];
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    status = inflate(&stream, Z_NO_FLUSH);
    if (status != Z_OK && status != Z_STREAM_END) {
      diagnostics.error_at(1, 1,
                           "the gzip data is damaged or cut short (" +
                               std::string(stream.msg ? stream.msg : "zlib error") + ")");
      return {};
    }
    out.append(buffer, sizeof buffer - stream.avail_out);
    if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
      diagnostics.error_at(1, 1, "the gzip data is cut short");
      return {};
    }
  }
  return out;
}

struct GrampsDate {
  std::optional<PartialDate> date;  ///< the day, or a range's or a span's start
  bool approximate = false;         ///< about, before, after, a range, estimated
  std::optional<PartialDate> stop;  ///< a span's end ("from 1971 to 1979")
  bool span = false;
};

/// Gramps' "1897-09-09", "1897-09", "1897", "1897-00-09" (zero: unknown).
std::optional<PartialDate> gramps_value(std::string_view val) {
  int parts[3] = {0, 0, 0};
  int n = 0;
  std::size_t at = 0;
  while (n < 3 && at <= val.size()) {
    const std::size_t dash = val.find('-', at);
    const std::string_view piece =
        val.substr(at, dash == std::string_view::npos ? dash : dash - at);
    if (piece.empty() || piece.size() > 4) return std::nullopt;
    for (char ch : piece)
      if (ch < '0' || ch > '9') return std::nullopt;
    parts[n++] = std::stoi(std::string(piece));
    if (dash == std::string_view::npos) break;
    at = dash + 1;
  }
  if (parts[0] == 0) return std::nullopt;
  char text[16];
  if (parts[1] == 0) {
    std::snprintf(text, sizeof text, "%04d", parts[0]);
  } else if (parts[2] == 0) {
    std::snprintf(text, sizeof text, "%04d-%02d", parts[0], parts[1]);
  } else {
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", parts[0], parts[1], parts[2]);
  }
  return PartialDate::parse(text, nullptr, kEarliestPersonYear, kLatestPersonYear);
}

struct GrampsEvent {
  std::string type;
  GrampsDate date;
  bool has_date_text = false;  ///< a datestr, or a value kinmap cannot read
};

struct GrampsPerson {
  std::string id;
  Person person;
  std::vector<std::pair<std::string, std::string>> events;  // hlink, role
  bool named = false;
};

struct ChildRef {
  std::string handle, mrel, frel;
};

struct GrampsFamily {
  int line = 0;
  std::string father, mother, rel;
  std::vector<std::string> events;
  std::vector<ChildRef> children;
};

class GrampsReader {
 public:
  GrampsReader(const std::string& file, ImportReport& report)
      : diagnostics_(file), report_(report) {}

  Case read(std::string_view bytes) {
    const std::string xml = gunzip_if_needed(bytes, diagnostics_);
    if (diagnostics_.has_errors()) throw CaseFileError(diagnostics_.all());
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(
        XML_ParserCreate(nullptr), &XML_ParserFree);
    parser_ = parser.get();
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &GrampsReader::on_start, &GrampsReader::on_end);
    XML_SetCharacterDataHandler(parser_, &GrampsReader::on_text);
    if (XML_Parse(parser_, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_ERROR) {
      diagnostics_.error_at(
          static_cast<int>(XML_GetCurrentLineNumber(parser_)),
          static_cast<int>(XML_GetCurrentColumnNumber(parser_)) + 1,
          std::string("not Gramps XML: ") + XML_ErrorString(XML_GetErrorCode(parser_)));
      throw CaseFileError(diagnostics_.all());
    }
    if (!saw_database_) {
      diagnostics_.error_at(1, 1, "not Gramps XML: no <database> element");
      throw CaseFileError(diagnostics_.all());
    }
    return build();
  }

 private:
  static void on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
    static_cast<GrampsReader*>(self)->start(name, attributes);
  }
  static void on_end(void* self, const XML_Char* name) {
    static_cast<GrampsReader*>(self)->end(name);
  }
  static void on_text(void* self, const XML_Char* text, int length) {
    auto* reader = static_cast<GrampsReader*>(self);
    if (reader->collecting_) reader->text_.append(text, static_cast<std::size_t>(length));
  }

  static std::string attribute(const XML_Char** attributes, const char* name) {
    for (int i = 0; attributes[i]; i += 2)
      if (std::strcmp(attributes[i], name) == 0) return attributes[i + 1];
    return {};
  }

  /// What a person's or family's element is, for the summary.
  static std::string kind_of_reference(const std::string& name, const std::string& owner) {
    static const std::map<std::string, std::string> kinds = {
        {"citationref", "sources"}, {"noteref", "notes"},          {"objref", "media"},
        {"tagref", "tags"},         {"attribute", "attributes"},   {"address", "addresses"},
        {"url", "web links"},       {"lds_ord", "LDS ordinances"}, {"personref", "associations"}};
    const auto it = kinds.find(name);
    return it != kinds.end() ? it->second : owner + " " + name;
  }

  int line() const { return static_cast<int>(XML_GetCurrentLineNumber(parser_)); }

  void start(const std::string& name, const XML_Char** a) {
    collecting_ = false;
    path_.push_back(name);
    const std::string parent = path_.size() >= 2 ? path_[path_.size() - 2] : "";
    if (name == "database") saw_database_ = true;
    if (parent == "database") section_ = name;
    if (path_.size() == 3 && section_ != "header" && section_ != "people" && section_ != "events" &&
        section_ != "families")
      report_.skip("Gramps " + section_ + " (records)");
    if (name == "person" && parent == "people") {
      person_ = std::make_unique<GrampsPerson>();
      person_->id = attribute(a, "id");
      person_handle_ = attribute(a, "handle");
    } else if (name == "event" && parent == "events") {
      event_ = std::make_unique<GrampsEvent>();
      event_handle_ = attribute(a, "handle");
    } else if (name == "family" && parent == "families") {
      family_ = std::make_unique<GrampsFamily>();
      family_->line = line();
      family_handle_ = attribute(a, "handle");
    } else if (person_) {
      if (name == "gender" || ((name == "first" || name == "surname") && !person_->named))
        collecting_ = true, text_.clear();
      else if (name == "name" && person_->named)
        report_.skip("alternate names");
      else if (name == "eventref")
        person_->events.emplace_back(
            attribute(a, "hlink"), attribute(a, "role").empty() ? "Primary" : attribute(a, "role"));
      else if (parent == "person" && name != "childof" && name != "parentin" && name != "name")
        report_.skip(kind_of_reference(name, "person"));
    } else if (event_) {
      if (name == "type" || name == "datestr") collecting_ = true, text_.clear();
      if (name == "datestr") event_->has_date_text = true;
      if (name == "dateval" || name == "daterange" || name == "datespan") read_date(name, a);
      if (name == "place") report_.skip("places");
      if (name == "citationref") report_.skip("sources");
      if (name == "noteref") report_.skip("notes");
      if (name == "description") report_.skip("event descriptions");
    } else if (family_) {
      if (name == "father")
        family_->father = attribute(a, "hlink");
      else if (name == "mother")
        family_->mother = attribute(a, "hlink");
      else if (name == "rel")
        family_->rel = attribute(a, "type");
      else if (name == "eventref")
        family_->events.push_back(attribute(a, "hlink"));
      else if (name == "childref")
        family_->children.push_back(
            {attribute(a, "hlink"), attribute(a, "mrel"), attribute(a, "frel")});
      else if (parent == "family")
        report_.skip(kind_of_reference(name, "family"));
    }
  }

  void read_date(const std::string& name, const XML_Char** a) {
    const std::string val = attribute(a, name == "dateval" ? "val" : "start");
    event_->date.date = gramps_value(val);
    if (!event_->date.date) event_->has_date_text = true;
    if (name == "datespan") {
      event_->date.span = true;
      event_->date.stop = gramps_value(attribute(a, "stop"));
    }
    const std::string type = attribute(a, "type"), quality = attribute(a, "quality");
    event_->date.approximate = name == "daterange" || !type.empty() || !quality.empty();
  }

  void end(const std::string& name) {
    collecting_ = false;
    if (person_) {
      if (name == "gender") {
        person_->person.sex = text_ == "M" ? Sex::male : text_ == "F" ? Sex::female : Sex::unknown;
      } else if (name == "first") {
        first_ = text_;
      } else if (name == "surname") {
        surname_ = text_;
      } else if (name == "name" && !person_->named) {
        person_->person.name = first_ + (first_.empty() || surname_.empty() ? "" : " ") + surname_;
        person_->named = true;
        first_.clear(), surname_.clear();
      } else if (name == "person") {
        people_order_.push_back(person_handle_);
        people_.emplace(person_handle_, std::move(*person_));
        person_.reset();
      }
    } else if (event_) {
      if (name == "type") event_->type = text_;
      if (name == "event") events_.emplace(event_handle_, std::move(*event_)), event_.reset();
    } else if (family_ && name == "family") {
      families_.push_back(std::move(*family_));
      family_.reset();
    }
    path_.pop_back();
  }

  /// The event's date, or nothing (counted when the event had one); `approximate`
  /// says whether it was approximate, a range or a span.
  std::optional<PartialDate> use_date(const GrampsEvent& e, bool& approximate) {
    approximate = false;
    if (!e.date.date) {
      if (e.has_date_text) report_.skip("dates kinmap cannot read");
      return std::nullopt;
    }
    approximate = e.date.approximate || e.date.span;
    return e.date.date;
  }

  static ParentKind kind_of(const std::string& rel) {
    if (rel.empty() || rel == "Birth") return ParentKind::biological;
    if (rel == "Adopted") return ParentKind::adoptive;
    if (rel == "Stepchild") return ParentKind::step;
    if (rel == "Foster") return ParentKind::foster;
    if (rel == "Unknown") return ParentKind::presumed;
    return ParentKind::social;  // Sponsored, custom
  }

  Case build() {
    Case c;
    IdAllocator ids;
    std::unordered_map<std::string, std::size_t> index;
    for (const std::string& handle : people_order_) {
      GrampsPerson& gp = people_.at(handle);
      Person& p = gp.person;
      p.id = ids.take(sanitize_id(gp.id.empty() ? handle : gp.id));
      for (const auto& [hlink, role] : gp.events) {
        const auto it = events_.find(hlink);
        if (it == events_.end()) continue;
        const GrampsEvent& e = it->second;
        bool approximate = false;
        if (role != "Primary") {
          report_.skip("events where the person is not the main one");
        } else if (e.type == "Birth" && !p.born) {
          p.born = use_date(e, approximate);
          if (approximate) report_.approximate_dates.insert(date_place(p, DateField::born));
        } else if (e.type == "Death" && !p.died) {
          p.died = use_date(e, approximate);
          if (!p.died) report_.skip("deaths without a usable date");
          if (approximate) report_.approximate_dates.insert(date_place(p, DateField::died));
        } else {
          report_.skip("events " + e.type);
        }
      }
      index.emplace(handle, c.people.size());
      c.people.push_back(std::move(p));
    }
    auto person = [&](const std::string& handle, int line) -> std::optional<std::size_t> {
      if (handle.empty()) return std::nullopt;
      if (const auto it = index.find(handle); it != index.end()) return it->second;
      diagnostics_.error_at(
          line, 1, "the family refers to person " + handle + ", who is not in the file's <people>");
      return std::nullopt;
    };
    for (const GrampsFamily& f : families_) {
      const auto father = person(f.father, f.line), mother = person(f.mother, f.line);
      if (father && mother && *father != *mother) {
        Relationship r;
        r.type = RelationshipType::partner;
        r.from = c.people[*father].id;
        r.to = c.people[*mother].id;
        r.form = f.rel == "Married"       ? PartnerForm::married
                 : f.rel == "Civil Union" ? PartnerForm::civil_partnership
                 : f.rel == "Unmarried"   ? PartnerForm::cohabiting
                                          : PartnerForm::unknown;
        bool start_approximate = false, end_approximate = false;
        for (const std::string& hlink : f.events) {
          const auto it = events_.find(hlink);
          if (it == events_.end()) continue;
          const GrampsEvent& e = it->second;
          if (e.type == "Marriage") {
            r.start = use_date(e, start_approximate);
            if (r.form == PartnerForm::unknown) r.form = PartnerForm::married;
            // A span ("from 1971 to 1979"): its end is the partnership's.
            if (e.date.span && r.start) {
              start_approximate = e.date.approximate;
              if (e.date.stop && !r.end) r.end = e.date.stop, end_approximate = e.date.approximate;
              if (r.end && r.status == PartnerStatus::unknown) r.status = PartnerStatus::ended;
            }
          } else if (e.type == "Divorce") {
            r.status = PartnerStatus::divorced;
            r.end = use_date(e, end_approximate);
          } else {
            report_.skip("events " + it->second.type);
          }
        }
        if (start_approximate) report_.approximate_dates.insert(date_place(r, DateField::start));
        if (end_approximate) report_.approximate_dates.insert(date_place(r, DateField::end));
        c.relationships.push_back(std::move(r));
      }
      for (const ChildRef& ref : f.children) {
        const auto child = person(ref.handle, f.line);
        if (!child) continue;
        for (const auto& [parent, rel] :
             {std::pair{father, ref.frel}, std::pair{mother, ref.mrel}}) {
          if (!parent || *parent == *child) continue;
          if (rel == "None") {
            report_.skip("child references with no relation to a parent");
            continue;
          }
          Relationship link;
          link.type = RelationshipType::parent;
          link.from = c.people[*parent].id;
          link.to = c.people[*child].id;
          link.kind = kind_of(rel);
          c.relationships.push_back(std::move(link));
        }
      }
    }
    if (diagnostics_.has_errors()) throw CaseFileError(diagnostics_.all());
    return c;
  }

  Diagnostics diagnostics_;
  ImportReport& report_;
  XML_Parser parser_ = nullptr;
  bool saw_database_ = false;
  bool collecting_ = false;
  std::string text_, first_, surname_, section_;
  std::vector<std::string> path_;
  std::unique_ptr<GrampsPerson> person_;
  std::unique_ptr<GrampsEvent> event_;
  std::unique_ptr<GrampsFamily> family_;
  std::string person_handle_, event_handle_, family_handle_;
  std::unordered_map<std::string, GrampsPerson> people_;
  std::vector<std::string> people_order_;
  std::unordered_map<std::string, GrampsEvent> events_;
  std::vector<GrampsFamily> families_;
};

}  // namespace

Case read_gramps(std::string_view bytes, const std::string& file, ImportReport& report) {
  report.format = "Gramps XML";
  return GrampsReader(file, report).read(bytes);
}

}  // namespace kinmap
