#include "caseload/linkage.h"

#include <algorithm>
#include <array>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <unordered_map>

#include "caseload/jaro_winkler.h"

namespace kinmap::caseload {

std::string spelling(Outcome outcome) {
  switch (outcome) {
    case Outcome::linked:
      return "linked";
    case Outcome::possible:
      return "possible";
    case Outcome::not_linked:
      break;
  }
  return "not linked";
}

namespace {

constexpr std::uint8_t kNull = 255;
enum Field { kForename, kSurname, kBorn, kSex, kFields };
using Levels = std::array<std::uint8_t, kFields>;

const std::array<std::vector<std::string>, kFields> kLevelNames = {{
    {"same", "nickname or variant", "very similar (Jaro-Winkler >= 0.92)",
     "similar (Jaro-Winkler >= 0.80)", "different"},
    {"same", "very similar (Jaro-Winkler >= 0.92)", "sounds the same (Soundex)",
     "similar (Jaro-Winkler >= 0.80)", "different"},
    {"same", "partial, compatible", "day and month swapped", "year off by one", "different"},
    {"same", "different"},
}};
const std::array<const char*, kFields> kFieldNames = {"forename", "surname", "born", "sex"};

// Priors, as pseudo-pairs, so that a small caseload (a team's first few
// files) still links sensibly; a large one outweighs them at once.
constexpr double kPriorPairs = 200.0;
const std::array<std::vector<double>, kFields> kPriorM = {{
    {0.85, 0.06, 0.04, 0.03, 0.02},
    {0.85, 0.04, 0.03, 0.02, 0.06},  // a surname changed on marriage is "different"
    {0.85, 0.06, 0.03, 0.03, 0.03},
    {0.98, 0.02},
}};
const std::array<std::vector<double>, kFields> kPriorU = {{
    {0.01, 0.002, 0.005, 0.05, 0.933},
    {0.002, 0.002, 0.004, 0.03, 0.962},
    {0.0001, 0.002, 0.0001, 0.0002, 0.9976},
    {0.5, 0.5},
}};
constexpr double kPriorSamples = 20000.0;

std::uint8_t compare_forename(const LinkFields& a, const LinkFields& b) {
  if (a.forename.empty() || b.forename.empty()) return kNull;
  if (a.forename == b.forename) return 0;
  if (a.forename_group == b.forename_group) return 1;
  const double jw = jaro_winkler(a.forename, b.forename);
  return jw >= 0.92 ? 2 : jw >= 0.80 ? 3 : 4;
}

std::uint8_t compare_surname(const LinkFields& a, const LinkFields& b) {
  if (a.surname.empty() || b.surname.empty()) return kNull;
  if (a.surname == b.surname) return 0;
  const double jw = jaro_winkler(a.surname, b.surname);
  if (jw >= 0.92) return 1;
  if (a.surname_code == b.surname_code) return 2;
  return jw >= 0.80 ? 3 : 4;
}

std::uint8_t compare_born(const BirthDate& a, const BirthDate& b) {
  if (!a.known() || !b.known()) return kNull;
  const bool full = a.day && b.day;
  if (full && a.year == b.year && a.month == b.month && a.day == b.day) return 0;
  if (!full) {
    const bool compatible = a.year == b.year && (!a.month || !b.month || a.month == b.month) &&
                            (!a.day || !b.day || a.day == b.day);
    return compatible ? 1 : 4;
  }
  if (a.year == b.year && a.month == b.day && a.day == b.month) return 2;
  if (std::abs(a.year - b.year) == 1 && a.month == b.month && a.day == b.day) return 3;
  return 4;
}

std::uint8_t compare_sex(Sex a, Sex b) {
  if (a == Sex::unknown || b == Sex::unknown) return kNull;
  return a == b ? 0 : 1;
}

Levels compare(const LinkFields& a, const LinkFields& b) {
  return {compare_forename(a, b), compare_surname(a, b), compare_born(a.born, b.born),
          compare_sex(a.sex, b.sex)};
}

std::uint64_t key_hash(const std::string& key) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a: stable across runs and platforms
  for (unsigned char ch : key) h = (h ^ ch) * 1099511628211ull;
  return h;
}

/// Candidate pairs (a < b, different cases) sharing at least one blocking key.
std::vector<std::pair<std::uint32_t, std::uint32_t>> candidate_pairs(
    const std::vector<LinkFields>& r, std::size_t max_block, std::size_t& skipped) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;
  keys.reserve(r.size() * 5);
  for (std::uint32_t i = 0; i < r.size(); ++i) {
    const LinkFields& f = r[i];
    const std::string year = std::to_string(f.born.year);
    auto add = [&](const std::string& key) { keys.emplace_back(key_hash(key), i); };
    if (!f.nhs.empty()) add("n|" + f.nhs);
    if (!f.surname.empty() && f.born.year) add("s|" + f.surname_code + "|" + year);
    if (!f.forename.empty() && f.born.day) {
      const int lo = std::min(f.born.month, f.born.day), hi = std::max(f.born.month, f.born.day);
      add("f|" + f.forename_group + "|" + year + "|" + std::to_string(lo) + "|" +
          std::to_string(hi));
      if (!f.surname.empty())
        add("y|" + f.surname_code + "|" + f.forename_group + "|" + std::to_string(f.born.month) +
            "|" + std::to_string(f.born.day));
    }
    if (!f.forename.empty() && !f.surname.empty())
      add("p|" + f.surname_code + "|" + f.forename_group);
  }
  std::sort(keys.begin(), keys.end());
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (std::size_t start = 0; start < keys.size();) {
    std::size_t end = start;
    while (end < keys.size() && keys[end].first == keys[start].first) ++end;
    if (end - start > max_block) {
      ++skipped;
    } else {
      for (std::size_t i = start; i < end; ++i)
        for (std::size_t j = i + 1; j < end; ++j) {
          const std::uint32_t a = keys[i].second, b = keys[j].second;
          if (a != b && r[a].case_id != r[b].case_id)
            pairs.emplace_back(std::min(a, b), std::max(a, b));
        }
    }
    start = end;
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

struct Model {
  std::array<std::vector<double>, kFields> m, u;
  double lambda = 0.05;
};

/// u from random pairs of records of different cases (most are not matches).
void estimate_u(const std::vector<LinkFields>& r, std::size_t samples, Model& model) {
  for (int f = 0; f < kFields; ++f) {
    model.u[f] = kPriorU[f];
    for (double& x : model.u[f]) x *= kPriorSamples;
  }
  if (r.size() >= 2) {
    std::mt19937_64 random(20261201);
    std::uniform_int_distribution<std::size_t> pick(0, r.size() - 1);
    // No more samples than there are pairs: a small caseload leans on the prior.
    samples = std::min(samples, r.size() * (r.size() - 1) / 2);
    for (std::size_t s = 0; s < samples; ++s) {
      const std::size_t a = pick(random), b = pick(random);
      if (a == b || r[a].case_id == r[b].case_id) continue;
      const Levels l = compare(r[a], r[b]);
      for (int f = 0; f < kFields; ++f)
        if (l[f] != kNull) model.u[f][l[f]] += 1.0;
    }
  }
  for (auto& levels : model.u) {
    const double total = std::accumulate(levels.begin(), levels.end(), 0.0);
    for (double& x : levels) x /= total;
  }
}

/// m and the match share by EM over the candidate pairs, u held fixed.
/// Pairs that share an NHS number are taken as matches and pairs with two
/// different ones as non-matches (semi-supervised EM): without such anchors
/// EM happily calls "same surname, same birth year" the match class, since
/// blocking makes that the commonest agreement. The unlabelled pairs' share
/// of matches is held to at most `kMaxUnlabelledShare`.
constexpr double kMaxUnlabelledShare = 0.05;
constexpr std::size_t kLabelledEnough = 50;
void estimate_m(const std::vector<Levels>& levels, const std::vector<signed char>& label,
                int iterations, Model& model) {
  for (int f = 0; f < kFields; ++f) model.m[f] = kPriorM[f];
  if (levels.empty()) return;
  model.lambda = 0.01;
  // Enough pairs known to match (one NHS number): m is counted from them,
  // and EM estimates only the unlabelled pairs' share of matches. Otherwise
  // m too comes from EM, anchored by the prior and what labels there are.
  const auto known = static_cast<std::size_t>(std::count(label.begin(), label.end(), 1));
  const bool m_from_labels = known >= kLabelledEnough;
  if (m_from_labels) {
    for (int f = 0; f < kFields; ++f) {
      std::vector<double> sum = kPriorM[f];
      for (double& x : sum) x *= kPriorPairs;
      for (std::size_t i = 0; i < levels.size(); ++i)
        if (label[i] > 0 && levels[i][f] != kNull) sum[levels[i][f]] += 1.0;
      const double total = std::accumulate(sum.begin(), sum.end(), 0.0);
      for (std::size_t l = 0; l < sum.size(); ++l) model.m[f][l] = sum[l] / total;
    }
  }
  for (int it = 0; it < iterations; ++it) {
    std::array<std::vector<double>, kFields> sum;
    for (int f = 0; f < kFields; ++f) {
      sum[f] = kPriorM[f];
      for (double& x : sum[f]) x *= kPriorPairs;
    }
    double matches = 0, unlabelled = 0;
    for (std::size_t i = 0; i < levels.size(); ++i) {
      const Levels& l = levels[i];
      double p;
      if (label[i] != 0) {
        p = label[i] > 0 ? 1.0 : 0.0;
      } else {
        double pm = model.lambda, pu = 1.0 - model.lambda;
        for (int f = 0; f < kFields; ++f)
          if (l[f] != kNull) {
            pm *= model.m[f][l[f]];
            pu *= model.u[f][l[f]];
          }
        p = pm / (pm + pu);
        matches += p;
        unlabelled += 1.0;
      }
      if (p == 0.0) continue;
      for (int f = 0; f < kFields; ++f)
        if (l[f] != kNull) sum[f][l[f]] += p;
    }
    if (unlabelled > 0) model.lambda = std::clamp(matches / unlabelled, 1e-6, kMaxUnlabelledShare);
    if (m_from_labels) continue;
    for (int f = 0; f < kFields; ++f) {
      const double total = std::accumulate(sum[f].begin(), sum[f].end(), 0.0);
      for (std::size_t l = 0; l < sum[f].size(); ++l) model.m[f][l] = sum[f][l] / total;
    }
  }
}

/// Share of records with each value, for term-frequency adjustment, drawn
/// toward `prior` (the u of an exact match) by kPriorSamples pseudo-records
/// so that a name seen once in ten records is not taken as common.
struct Frequencies {
  std::unordered_map<std::string, double> count;
  double total = 0, prior = 0;
  double share(const std::string& value) const {
    const auto it = count.find(value);
    return ((it == count.end() ? 0.0 : it->second) + prior * kPriorSamples) /
           (total + kPriorSamples);
  }
  /// Common: at least five records and one in two hundred carry it.
  bool common(const std::string& value) const {
    const auto it = count.find(value);
    return it != count.end() && it->second >= 5 && it->second > 0.005 * total;
  }
};
Frequencies frequencies(const std::vector<LinkFields>& r, std::string LinkFields::*field,
                        double prior) {
  Frequencies out;
  out.prior = prior;
  for (const LinkFields& f : r)
    if (!(f.*field).empty()) {
      out.count[f.*field] += 1.0;
      out.total += 1.0;
    }
  return out;
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
};

}  // namespace

LinkageResult link_records(const std::vector<LinkFields>& r, const std::vector<Decision>& decisions,
                           const LinkSettings& settings) {
  LinkageResult result;
  const auto candidates = candidate_pairs(r, settings.max_block, result.skipped_blocks);

  // Decisions by record index; a decided pair is scored even if no block held it.
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < r.size(); ++i)
    index.emplace(record_key(r[i].case_id, r[i].person_id), i);
  std::map<std::pair<std::size_t, std::size_t>, bool> decided;
  for (const Decision& d : decisions) {
    const auto a = index.find(d.a), b = index.find(d.b);
    if (a == index.end() || b == index.end() || a->second == b->second) continue;
    decided[{std::min(a->second, b->second), std::max(a->second, b->second)}] = d.confirmed;
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> all = candidates;
  for (const auto& [pair, confirmed] : decided)
    all.emplace_back(static_cast<std::uint32_t>(pair.first),
                     static_cast<std::uint32_t>(pair.second));
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  result.candidate_pairs = all.size();

  std::vector<Levels> levels(all.size());
  std::vector<signed char> label(all.size(), 0);  // +1 one NHS number, -1 two
  for (std::size_t i = 0; i < all.size(); ++i) {
    const LinkFields &x = r[all[i].first], &y = r[all[i].second];
    levels[i] = compare(x, y);
    if (!x.nhs.empty() && !y.nhs.empty()) label[i] = x.nhs == y.nhs ? 1 : -1;
  }

  Model model;
  estimate_u(r, settings.u_sample_pairs, model);
  estimate_m(levels, label, settings.em_iterations, model);
  result.match_share = model.lambda;
  for (int f = 0; f < kFields; ++f)
    result.parameters.push_back({kFieldNames[f], kLevelNames[f], model.m[f], model.u[f]});

  const Frequencies forename_tf = frequencies(r, &LinkFields::forename, kPriorU[kForename][0]);
  const Frequencies surname_tf = frequencies(r, &LinkFields::surname, kPriorU[kSurname][0]);

  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::size_t a = all[i].first, b = all[i].second;
    const LinkFields &x = r[a], &y = r[b];
    const Levels& l = levels[i];
    const auto decision = decided.find({a, b});
    if (decision != decided.end() && !decision->second) continue;  // rejected: never again
    const bool two_nhs = !x.nhs.empty() && !y.nhs.empty() && x.nhs != y.nhs;
    if (two_nhs) continue;  // two different NHS numbers never link
    const bool same_nhs = !x.nhs.empty() && x.nhs == y.nhs;

    ScoredPair p;
    p.a = a;
    p.b = b;
    bool common_name = false;
    for (int f = 0; f < kFields; ++f) {
      if (l[f] == kNull) continue;
      double u = model.u[f][l[f]];
      bool common = false;
      if (l[f] == 0 && (f == kForename || f == kSurname)) {
        const Frequencies& tf = f == kForename ? forename_tf : surname_tf;
        const std::string& value = f == kForename ? x.forename : x.surname;
        u = tf.share(value);
        common = tf.common(value);
      }
      const double w = std::log2(model.m[f][l[f]] / u);
      p.weight += w;
      std::string said = std::string(kFieldNames[f]) + ": " + kLevelNames[f][l[f]];
      if (common) said += " (a common name)";
      common_name = common_name || common;
      (w >= 0 ? p.evidence_for : p.evidence_against).push_back(std::move(said));
    }
    if (same_nhs) {
      p.weight += std::log2(double(std::max<std::size_t>(r.size(), 2)));
      p.evidence_for.emplace_back("NHS number: same");
    }
    if (decision != decided.end()) {
      p.outcome = Outcome::linked;
      p.decided = true;
      p.evidence_for.emplace_back("confirmed by a practitioner");
    } else if (same_nhs) {
      p.outcome = Outcome::linked;
    } else if (p.weight >=
                   settings.upper + (l[kBorn] == kNull ? settings.no_birth_date_margin : 0) &&
               l[kForename] != 4 && l[kBorn] != 4 && l[kSurname] != 4 &&
               !(common_name && (l[kBorn] == 2 || l[kBorn] == 3))) {
      // Never linked without a practitioner: different forenames (a twin?),
      // different dates of birth (a father and son?), different surnames
      // (married, or someone else born that day), a near date with a common
      // name (another Oliver Smith born a year later).
      p.outcome = Outcome::linked;
    } else if (p.weight >= settings.lower) {
      p.outcome = Outcome::possible;
    } else {
      continue;
    }
    result.pairs.push_back(std::move(p));
  }

  // Clusters: connected components of the linked pairs.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Graph graph(r.size());
  for (const ScoredPair& p : result.pairs)
    if (p.outcome == Outcome::linked) boost::add_edge(p.a, p.b, graph);
  std::vector<std::size_t> component(r.size());
  boost::connected_components(graph, component.data());

  std::map<std::size_t, std::vector<std::size_t>> members;  // components of two or more
  {
    std::vector<std::size_t> size(r.size(), 0);
    for (std::size_t c : component) ++size[c];
    for (std::size_t i = 0; i < r.size(); ++i)
      if (size[component[i]] > 1) members[component[i]].push_back(i);
  }
  std::set<std::pair<std::size_t, std::size_t>> rejected;
  for (const auto& [pair, confirmed] : decided)
    if (!confirmed) rejected.insert(pair);

  // Within each component, records joined strongest link first; a link that
  // would join two NHS numbers, two people of one case or a rejected pair is
  // left out, and the component is reported as split.
  std::map<std::size_t, std::vector<std::size_t>> edges_of;  // component -> pair indexes
  for (std::size_t i = 0; i < result.pairs.size(); ++i)
    if (result.pairs[i].outcome == Outcome::linked)
      edges_of[component[result.pairs[i].a]].push_back(i);
  UnionFind sets(r.size());
  std::vector<std::set<std::string>> nhs(r.size()), cases(r.size());
  std::vector<std::vector<std::size_t>> set_members(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) {
    if (!r[i].nhs.empty()) nhs[i].insert(r[i].nhs);
    cases[i].insert(r[i].case_id);
    set_members[i] = {i};
  }
  std::vector<double> weakest(r.size(), INFINITY);
  for (auto& [comp, edges] : edges_of) {
    std::sort(edges.begin(), edges.end(), [&](std::size_t x, std::size_t y) {
      const ScoredPair &p = result.pairs[x], &q = result.pairs[y];
      return std::tie(q.decided, q.weight, p.a, p.b) < std::tie(p.decided, p.weight, q.a, q.b);
    });
    std::set<std::string> reasons;
    for (std::size_t e : edges) {
      ScoredPair& p = result.pairs[e];
      const std::size_t x = sets.find(p.a), y = sets.find(p.b);
      if (x == y) continue;
      std::string conflict;
      std::set<std::string> both = nhs[x];
      both.insert(nhs[y].begin(), nhs[y].end());
      if (both.size() > 1) conflict = "two different NHS numbers";
      for (const std::string& c : cases[y])
        if (conflict.empty() && cases[x].count(c)) conflict = "two people of case " + c;
      for (std::size_t i : set_members[x])
        for (std::size_t j : set_members[y])
          if (conflict.empty() && rejected.count({std::min(i, j), std::max(i, j)}))
            conflict = "a pair a practitioner rejected";
      if (!conflict.empty()) {
        reasons.insert(conflict);
        p.outcome = Outcome::possible;  // left for review, with why
        p.evidence_against.push_back("would put " + conflict + " in one cluster");
        continue;
      }
      sets.parent[y] = x;
      nhs[x].insert(nhs[y].begin(), nhs[y].end());
      cases[x].insert(cases[y].begin(), cases[y].end());
      set_members[x].insert(set_members[x].end(), set_members[y].begin(), set_members[y].end());
      weakest[x] = std::min({weakest[x], weakest[y], p.weight});
    }
    if (!reasons.empty()) {
      Contradiction c;
      c.records = members[comp];
      std::vector<std::string> each(reasons.begin(), reasons.end());
      for (const std::string& reason : each) c.reason += (c.reason.empty() ? "" : "; ") + reason;
      result.contradictions.push_back(std::move(c));
    }
  }
  result.cluster.assign(r.size(), -1);
  std::map<std::size_t, long> numbering;
  for (std::size_t i = 0; i < r.size(); ++i) {
    const std::size_t root = sets.find(i);
    if (set_members[root].size() < 2) continue;
    auto [it, added] = numbering.emplace(root, static_cast<long>(numbering.size()));
    if (added) result.cluster_weight.push_back(weakest[root]);
    result.cluster[i] = it->second;
  }
  // A demoted pair whose records ended up together anyway is linked after all.
  for (ScoredPair& p : result.pairs)
    if (p.outcome == Outcome::possible && result.cluster[p.a] >= 0 &&
        result.cluster[p.a] == result.cluster[p.b])
      p.outcome = Outcome::linked;
  return result;
}

}  // namespace kinmap::caseload
