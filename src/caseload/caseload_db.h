// The caseload index: which case files were read (by content hash), the
// people of each, the linkage's results and practitioners' decisions, in
// one SQLite file. Case files are only ever read.
//
//   auto db = open_caseload("caseload.db", Database::Mode::create);
//   IndexSummary s = index_folders(*db, {"cases/"}, RiskModel::builtin(), {});
//   LinkSummary l = relink(*db, LinkSettings{});
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "caseload/linkage.h"
#include "caseload/sqlite.h"
#include "risk_model.h"

namespace kinmap::caseload {

/// Opens (or, with Mode::create, makes) a caseload database and checks it is one.
std::unique_ptr<Database> open_caseload(const std::string& path, Database::Mode mode);

struct FileFailure {
  std::string file;
  std::string error;  ///< the first error, as `check` prints it
};

struct IndexSummary {
  std::size_t files = 0;    ///< case files found
  std::size_t read = 0;     ///< new or changed, read this run
  std::size_t removed = 0;  ///< gone from disk (or now failing): their people left the index
  std::vector<FileFailure> failed;
  std::size_t people = 0;  ///< records in the index after the run
};

/// progress(done, total) is called now and then while files are read.
using Progress = std::function<void(std::size_t, std::size_t)>;

/// Reads every *.json file under `folders` (recursively) that is new or
/// changed since the last run, replaces its people in the index, and drops
/// the people of files that are gone. A file that fails the loader's checks
/// is reported and left out, never half-indexed.
IndexSummary index_folders(Database& db, const std::vector<std::string>& folders,
                           const RiskModel& model, const Progress& progress);

struct LinkSummary {
  std::size_t records = 0, candidate_pairs = 0, linked_pairs = 0, possible_pairs = 0;
  std::size_t clusters = 0, contradictions = 0, skipped_blocks = 0;
};

/// Links every record in the index again and stores the pairs, clusters,
/// contradictions and estimated parameters; decisions are respected.
LinkSummary relink(Database& db, const LinkSettings& settings);

/// Records a practitioner's decision (keys CASEID:PERSONID); throws
/// CaseloadError when either record is not in the index.
void record_decision(Database& db, const std::string& a, const std::string& b, bool confirmed);

// What `links`, `review` and --explain print, read back from the index.
struct StoredMember {
  std::string case_id, person_id;
};
struct StoredCluster {
  std::vector<StoredMember> members;
  double weight = 0;
};
struct StoredPair {
  StoredMember a, b;
  double weight = 0;
  std::vector<std::string> evidence_for, evidence_against;
};
struct StoredLinks {
  std::vector<StoredCluster> clusters;
  std::vector<StoredPair> possible;  ///< without a decision
  std::vector<std::string> contradictions;
  std::vector<FieldParameters> parameters;
  double match_share = 0;
};
StoredLinks stored_links(Database& db);

}  // namespace kinmap::caseload
