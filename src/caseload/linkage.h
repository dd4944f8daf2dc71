// Record linkage across cases (DESIGN.md, "Caseload"): blocking on cheap
// keys, a Fellegi–Sunter comparison of the candidate pairs, m estimated by
// EM over them and u from random pairs, term-frequency adjustment for
// common names, three outcomes per pair, practitioners' decisions applied,
// and clusters as connected components of the linked pairs, split where
// they contradict themselves.
//
//   LinkageResult r = link_records(fields, decisions, LinkSettings{});
//   for (const ScoredPair& p : r.pairs) if (p.outcome == Outcome::possible) ...
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "caseload/person_record.h"

namespace kinmap::caseload {

enum class Outcome { linked, possible, not_linked };
std::string spelling(Outcome outcome);

struct LinkSettings {
  double upper = 12.0;  ///< match weight (log2) at or above which a pair is linked
  double lower = 8.0;   ///< at or above which (and below upper) it is possible
  /// Without a date of birth on both sides, names alone must say this much more.
  double no_birth_date_margin = 6.0;
  /// A block larger than this is not compared within (a key too common to
  /// say anything); the others still pair its records.
  std::size_t max_block = 400;
  int em_iterations = 25;
  std::size_t u_sample_pairs = 200000;  ///< random pairs u is estimated from
};

/// A practitioner's decision about two records, by record_key().
struct Decision {
  std::string a, b;
  bool confirmed = false;  ///< false: rejected
};

/// One compared field's levels, with m and u as estimated.
struct FieldParameters {
  std::string field;
  std::vector<std::string> levels;
  std::vector<double> m, u;
};

struct ScoredPair {
  std::size_t a = 0, b = 0;  ///< indexes into the records, a < b
  double weight = 0;
  Outcome outcome = Outcome::not_linked;
  bool decided = false;                                     ///< a practitioner confirmed it
  std::vector<std::string> evidence_for, evidence_against;  ///< never values
};

/// A cluster that linked two NHS numbers, two people of one case, or a
/// rejected pair, and was split.
struct Contradiction {
  std::vector<std::size_t> records;
  std::string reason;
};

struct LinkageResult {
  std::vector<ScoredPair> pairs;       ///< linked and possible pairs only, in (a, b) order
  std::vector<long> cluster;           ///< per record; -1 when alone
  std::vector<double> cluster_weight;  ///< per cluster: its weakest link
  std::vector<Contradiction> contradictions;
  std::vector<FieldParameters> parameters;
  double match_share = 0;  ///< EM's estimate of the share of candidate pairs that match
  std::size_t candidate_pairs = 0;
  std::size_t skipped_blocks = 0;
};

LinkageResult link_records(const std::vector<LinkFields>& records,
                           const std::vector<Decision>& decisions, const LinkSettings& settings);

}  // namespace kinmap::caseload
