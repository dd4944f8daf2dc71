#include "caseload/caseload_db.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "analysis/parallel_for.h"
#include "case_loader.h"
#include "caseload/names.h"

namespace kinmap::caseload {
namespace fs = std::filesystem;

namespace {

constexpr const char* kSchemaVersion = "kinmap-caseload/1";

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(path TEXT PRIMARY KEY, hash TEXT NOT NULL, case_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS people(
  case_id TEXT NOT NULL, person TEXT NOT NULL, file TEXT NOT NULL,
  forename TEXT NOT NULL, surname TEXT NOT NULL, born TEXT NOT NULL, sex INTEGER NOT NULL,
  nhs TEXT NOT NULL, facts TEXT NOT NULL, PRIMARY KEY(case_id, person));
CREATE INDEX IF NOT EXISTS people_by_file ON people(file);
CREATE TABLE IF NOT EXISTS decisions(a TEXT NOT NULL, b TEXT NOT NULL, decision TEXT NOT NULL,
  PRIMARY KEY(a, b));
CREATE TABLE IF NOT EXISTS pairs(a TEXT NOT NULL, b TEXT NOT NULL, weight REAL NOT NULL,
  outcome TEXT NOT NULL, evidence TEXT NOT NULL, PRIMARY KEY(a, b));
CREATE INDEX IF NOT EXISTS pairs_by_b ON pairs(b);
CREATE TABLE IF NOT EXISTS clusters(record TEXT PRIMARY KEY, cluster INTEGER NOT NULL,
  weight REAL NOT NULL);
CREATE INDEX IF NOT EXISTS clusters_by_cluster ON clusters(cluster);
CREATE TABLE IF NOT EXISTS contradictions(reason TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS parameters(field TEXT NOT NULL, level INTEGER NOT NULL,
  name TEXT NOT NULL, m REAL NOT NULL, u REAL NOT NULL);
)sql";

std::string content_hash(const std::string& text) {
  std::uint64_t h = 1469598103934665603ull, g = 0x9e3779b97f4a7c15ull;  // two FNV-1a lanes
  for (unsigned char ch : text) {
    h = (h ^ ch) * 1099511628211ull;
    g = (g ^ ch) * 0x100000001b3ull + 0x632be59bd9b4e019ull;
  }
  char out[40];
  std::snprintf(out, sizeof out, "%016llx%016llx-%zu", static_cast<unsigned long long>(h),
                static_cast<unsigned long long>(g), text.size());
  return out;
}

std::string sex_key(Sex s) {
  return s == Sex::male ? "m" : s == Sex::female ? "f" : "u";
}

std::pair<std::string, std::string> ordered(const std::string& a, const std::string& b) {
  return a < b ? std::pair{a, b} : std::pair{b, a};
}

}  // namespace

std::unique_ptr<Database> open_caseload(const std::string& path, Database::Mode mode) {
  if (mode != Database::Mode::create && !fs::exists(path))
    throw CaseloadError(path +
                        ": no such caseload database; make one with kinmap caseload index "
                        "FOLDER --db " +
                        path);
  auto db = std::make_unique<Database>(path, mode);
  Statement tables(*db, "SELECT count(*) FROM sqlite_schema");
  tables.step();
  const bool empty = tables.integer(0) == 0;
  if (empty && mode == Database::Mode::create) {
    Transaction t(*db);
    db->exec(kSchema);
    Statement meta(*db, "INSERT INTO meta(key, value) VALUES ('format', ?)");
    meta.bind(1, std::string_view(kSchemaVersion)).run();
    t.commit();
    return db;
  }
  try {
    Statement format(*db, "SELECT value FROM meta WHERE key = 'format'");
    if (format.step() && format.text(0) == kSchemaVersion) return db;
  } catch (const CaseloadError& e) {
    if (std::string(e.what()).find("locked") != std::string::npos) throw;
  }
  throw CaseloadError(path + ": this SQLite file is not a kinmap caseload (" + kSchemaVersion +
                      "); index the case files into a new file");
}

IndexSummary index_folders(Database& db, const std::vector<std::string>& folders,
                           const RiskModel& model, const Progress& progress) {
  IndexSummary summary;
  // Every case file on disk, by a stable path.
  std::vector<std::string> paths;
  for (const std::string& folder : folders) {
    std::error_code ec;
    if (fs::is_regular_file(folder, ec)) {
      paths.push_back(fs::weakly_canonical(folder).string());
      continue;
    }
    if (!fs::is_directory(folder, ec)) throw UsageError(folder + ": no such folder of case files");
    for (auto it = fs::recursive_directory_iterator(
             folder, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (it->is_regular_file(ec) && it->path().extension() == ".json")
        paths.push_back(fs::weakly_canonical(it->path()).string());
    }
  }
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  summary.files = paths.size();

  std::map<std::string, std::string> known;  // path -> hash
  {
    Statement files(db, "SELECT path, hash FROM files");
    while (files.step()) known.emplace(files.text(0), files.text(1));
  }
  // Read every file (the hash needs the text), parse only new or changed ones.
  struct Slot {
    std::string hash;
    bool changed = false;
    std::optional<std::vector<PersonRecord>> records;
    std::string case_id, error;
  };
  std::vector<Slot> slots(paths.size());
  std::atomic<std::size_t> done{0};
  std::mutex progress_mutex;
  parallel_for(paths.size(), [&](std::size_t i) {
    Slot& slot = slots[i];
    std::ifstream in(paths[i], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
      slot.changed = true;
      slot.error = paths[i] + ": cannot be read";
    } else {
      std::string content = std::move(text).str();
      slot.hash = content_hash(content);
      const auto it = known.find(paths[i]);
      slot.changed = it == known.end() || it->second != slot.hash;
      if (slot.changed) {
        LoadResult loaded = load_case(std::move(content), paths[i], model);
        if (loaded.ok()) {
          slot.case_id = loaded.loaded->info.id;
          slot.records = person_records(*loaded.loaded);
        } else {
          for (const Diagnostic& d : loaded.diagnostics)
            if (d.level == Diagnostic::Level::error) {
              slot.error = d.to_string();
              break;
            }
        }
      }
    }
    const std::size_t n = ++done;
    if (progress && (n % 256 == 0 || n == paths.size())) {
      const std::lock_guard lock(progress_mutex);
      progress(n, paths.size());
    }
  });

  Transaction t(db);
  Statement drop_people(db, "DELETE FROM people WHERE file = ?");
  Statement drop_file(db, "DELETE FROM files WHERE path = ?");
  Statement add_file(db, "INSERT INTO files(path, hash, case_id) VALUES (?, ?, ?)");
  Statement owner(db, "SELECT file FROM people WHERE case_id = ? LIMIT 1");
  Statement add_person(db,
                       "INSERT INTO people(case_id, person, file, forename, surname, born, sex, "
                       "nhs, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const std::set<std::string> on_disk(paths.begin(), paths.end());
  for (const auto& [path, hash] : known)
    if (!on_disk.count(path)) {
      drop_people.bind(1, path).run();
      drop_file.bind(1, path).run();
      ++summary.removed;
    }
  for (std::size_t i = 0; i < paths.size(); ++i) {
    Slot& slot = slots[i];
    if (!slot.changed) continue;
    const bool was_known = known.count(paths[i]) > 0;
    drop_people.bind(1, paths[i]).run();
    drop_file.bind(1, paths[i]).run();
    if (!slot.records) {
      summary.failed.push_back({paths[i], slot.error});
      if (was_known) ++summary.removed;
      continue;
    }
    owner.bind(1, slot.case_id);
    if (owner.step()) {
      const std::string other = owner.text(0);
      owner.reset();
      summary.failed.push_back(
          {paths[i], paths[i] + ": case id " + slot.case_id + " is already indexed from " + other});
      continue;
    }
    owner.reset();
    ++summary.read;
    add_file.bind(1, paths[i]).bind(2, slot.hash).bind(3, slot.case_id).run();
    for (const PersonRecord& rec : *slot.records) {
      const LinkFields& f = rec.fields;
      add_person.bind(1, f.case_id)
          .bind(2, f.person_id)
          .bind(3, paths[i])
          .bind(4, f.forename)
          .bind(5, f.surname)
          .bind(6, f.born.to_string())
          .bind(7, std::int64_t(f.sex == Sex::male     ? 1
                                : f.sex == Sex::female ? 2
                                                       : 0))
          .bind(8, f.nhs)
          .bind(9, rec.facts.to_json())
          .run();
    }
    slot.records.reset();
  }
  t.commit();
  Statement count(db, "SELECT count(*) FROM people");
  count.step();
  summary.people = static_cast<std::size_t>(count.integer(0));
  return summary;
}

namespace {

std::vector<LinkFields> stored_fields(Database& db) {
  std::vector<LinkFields> out;
  Statement people(db,
                   "SELECT case_id, person, forename, surname, born, sex, nhs FROM people "
                   "ORDER BY case_id, person");
  while (people.step()) {
    LinkFields f;
    f.case_id = people.text(0);
    f.person_id = people.text(1);
    f.forename = people.text(2);
    f.surname = people.text(3);
    f.born = BirthDate::parse(people.text(4));
    const auto sex = people.integer(5);
    f.sex = sex == 1 ? Sex::male : sex == 2 ? Sex::female : Sex::unknown;
    f.nhs = people.text(6);
    out.push_back(std::move(f));
  }
  // The derived keys are not stored: a change to the nickname table applies at once.
  parallel_for(out.size() / 4096 + 1, [&](std::size_t chunk) {
    for (std::size_t i = chunk * 4096; i < std::min(out.size(), (chunk + 1) * 4096); ++i) {
      out[i].forename_group = forename_group(out[i].forename);
      out[i].surname_code = soundex(out[i].surname);
    }
  });
  return out;
}

}  // namespace

LinkSummary relink(Database& db, const LinkSettings& settings) {
  const std::vector<LinkFields> records = stored_fields(db);
  std::vector<Decision> decisions;
  {
    Statement d(db, "SELECT a, b, decision FROM decisions");
    while (d.step()) decisions.push_back({d.text(0), d.text(1), d.text(2) == "confirmed"});
  }
  const LinkageResult result = link_records(records, decisions, settings);
  auto key = [&](std::size_t i) { return record_key(records[i].case_id, records[i].person_id); };

  LinkSummary summary;
  summary.records = records.size();
  summary.candidate_pairs = result.candidate_pairs;
  summary.contradictions = result.contradictions.size();
  summary.clusters = result.cluster_weight.size();
  summary.skipped_blocks = result.skipped_blocks;

  Transaction t(db);
  db.exec(
      "DELETE FROM pairs; DELETE FROM clusters; DELETE FROM contradictions; "
      "DELETE FROM parameters;");
  Statement pair(db, "INSERT INTO pairs(a, b, weight, outcome, evidence) VALUES (?, ?, ?, ?, ?)");
  for (const ScoredPair& p : result.pairs) {
    (p.outcome == Outcome::linked ? summary.linked_pairs : summary.possible_pairs)++;
    const nlohmann::json evidence = {{"for", p.evidence_for}, {"against", p.evidence_against}};
    const auto [a, b] = ordered(key(p.a), key(p.b));
    pair.bind(1, a)
        .bind(2, b)
        .bind(3, p.weight)
        .bind(4, spelling(p.outcome))
        .bind(5, evidence.dump())
        .run();
  }
  Statement cluster(db, "INSERT INTO clusters(record, cluster, weight) VALUES (?, ?, ?)");
  for (std::size_t i = 0; i < records.size(); ++i)
    if (result.cluster[i] >= 0)
      cluster.bind(1, key(i))
          .bind(2, std::int64_t(result.cluster[i]))
          .bind(3, result.cluster_weight[static_cast<std::size_t>(result.cluster[i])])
          .run();
  Statement contradiction(db, "INSERT INTO contradictions(reason) VALUES (?)");
  for (const Contradiction& c : result.contradictions) {
    std::string who;
    for (std::size_t i : c.records) who += (who.empty() ? "" : ", ") + key(i);
    contradiction
        .bind(1, "records " + who + " were linked, but that would put " + c.reason +
                     " in one cluster: split")
        .run();
  }
  Statement parameter(db,
                      "INSERT INTO parameters(field, level, name, m, u) VALUES (?, ?, ?, ?, ?)");
  for (const FieldParameters& f : result.parameters)
    for (std::size_t l = 0; l < f.levels.size(); ++l)
      parameter.bind(1, f.field)
          .bind(2, std::int64_t(l))
          .bind(3, f.levels[l])
          .bind(4, f.m[l])
          .bind(5, f.u[l])
          .run();
  Statement share(db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('match_share', ?)");
  share.bind(1, std::to_string(result.match_share)).run();
  t.commit();
  return summary;
}

void record_decision(Database& db, const std::string& a, const std::string& b, bool confirmed) {
  Statement find(db, "SELECT 1 FROM people WHERE case_id = ? AND person = ?");
  for (const std::string& key : {a, b}) {
    const auto colon = key.find(':');
    if (colon == std::string::npos) throw UsageError(key + ": records are named CASEID:PERSONID");
    find.bind(1, std::string_view(key).substr(0, colon))
        .bind(2, std::string_view(key).substr(colon + 1));
    const bool found = find.step();
    find.reset();
    if (!found)
      throw UsageError(key + ": no such record in " + db.path() +
                       " (records are named CASEID:PERSONID)");
  }
  if (a == b) throw UsageError("--confirm/--reject need two different records");
  const auto [x, y] = ordered(a, b);
  Transaction t(db);
  Statement put(db, "INSERT OR REPLACE INTO decisions(a, b, decision) VALUES (?, ?, ?)");
  put.bind(1, x).bind(2, y).bind(3, std::string_view(confirmed ? "confirmed" : "rejected")).run();
  t.commit();
}

namespace {

StoredMember member(const std::string& key) {
  const auto colon = key.find(':');
  return {key.substr(0, colon), colon == std::string::npos ? "" : key.substr(colon + 1)};
}

}  // namespace

StoredLinks stored_links(Database& db) {
  StoredLinks out;
  {
    Statement c(db, "SELECT record, cluster, weight FROM clusters ORDER BY cluster, record");
    long current = -1;
    while (c.step()) {
      if (c.integer(1) != current) {
        current = static_cast<long>(c.integer(1));
        out.clusters.push_back({{}, c.real(2)});
      }
      out.clusters.back().members.push_back(member(c.text(0)));
    }
    std::sort(out.clusters.begin(), out.clusters.end(), [](const auto& x, const auto& y) {
      return std::tie(x.members.front().case_id, x.members.front().person_id) <
             std::tie(y.members.front().case_id, y.members.front().person_id);
    });
  }
  {
    Statement p(db,
                "SELECT p.a, p.b, p.weight, p.evidence FROM pairs p WHERE p.outcome = 'possible' "
                "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.a = p.a AND d.b = p.b) "
                "ORDER BY p.weight DESC, p.a, p.b");
    while (p.step()) {
      StoredPair pair{member(p.text(0)), member(p.text(1)), p.real(2), {}, {}};
      const auto evidence = nlohmann::json::parse(p.text(3), nullptr, false);
      if (evidence.is_object()) {
        pair.evidence_for = evidence.value("for", std::vector<std::string>{});
        pair.evidence_against = evidence.value("against", std::vector<std::string>{});
      }
      out.possible.push_back(std::move(pair));
    }
  }
  {
    Statement c(db, "SELECT reason FROM contradictions ORDER BY rowid");
    while (c.step()) out.contradictions.push_back(c.text(0));
  }
  {
    Statement p(db, "SELECT field, name, m, u FROM parameters ORDER BY rowid");
    while (p.step()) {
      if (out.parameters.empty() || out.parameters.back().field != p.text(0))
        out.parameters.push_back({p.text(0), {}, {}, {}});
      out.parameters.back().levels.push_back(p.text(1));
      out.parameters.back().m.push_back(p.real(2));
      out.parameters.back().u.push_back(p.real(3));
    }
    Statement share(db, "SELECT value FROM meta WHERE key = 'match_share'");
    if (share.step()) out.match_share = std::atof(share.text(0).c_str());
  }
  return out;
}

}  // namespace kinmap::caseload
