#include "case_generator.h"

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string_view>
#include <vector>

namespace kinmap {
namespace {

using nlohmann::ordered_json;

constexpr int kAsOfYear = 2026;  // as_of is 2026-11-01

/// SplitMix64: small, fast and the same on every platform and standard
/// library (std's distributions are not).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [low, high].
  int between(int low, int high) {
    return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
  }
  bool chance(int percent) { return between(1, 100) <= percent; }
  template <typename T>
  const T& pick(const std::vector<T>& from) {
    return from[next() % from.size()];
  }

 private:
  std::uint64_t state_;
};

// Fictional names, Latin and not, so labels of every script reach Graphviz.
const std::vector<std::string> kMaleNames = {
    "Dean",  "Ryan", "Liam", "Kyle",    "Jason",  "Tomasz", "Mehmet", "Oluwaseun", "Darius",
    "Ahmed", "Wei",  "Raj",  "Dmitri",  "Kwame",  "Seán",   "José",   "Андрей",    "Мухаммад",
    "محمد",  "明",   "राहुल", "Γιώργος", "Łukasz", "Nguyễn", "Ólafur", "Jörg",      "David"};
const std::vector<std::string> kFemaleNames = {
    "Jade",  "Ruby", "Chloe",  "Kayleigh", "Sophie", "Gemma",    "Aisha", "Priya",   "Agnieszka",
    "Fatma", "Mei",  "Zainab", "Olga",     "Ama",    "Siobhán",  "María", "Наталья", "Олена",
    "فاطمة", "美玲", "प्रिया",  "Ελένη",    "Zoë",    "Małgosia", "Thu",   "Ingrid",  "Pat"};
const std::vector<std::string> kFamilyNames = {"Marsh",        "Cole",
                                               "Dunn",         "Kowalski",
                                               "Yılmaz",       "Okafor",
                                               "Chen",         "Patel",
                                               "Ivanov",       "Mensah",
                                               "O'Neill",      "García",
                                               "Смирнов",      "الحسن",
                                               "王",           "शर्मा",
                                               "Παπαδόπουλος", "Wiśniewski",
                                               "Trần",         "Jónsdóttir",
                                               "Müller",       "Brown & Sons <b>"};

const std::vector<std::string> kAbuseForms = {"physical",      "sexual",           "emotional",
                                              "financial",     "coercive_control", "stalking",
                                              "strangulation", "threats_to_kill",  "neglect"};
const std::vector<std::string> kFrequencies = {"daily",      "weekly", "fortnightly", "monthly",
                                               "occasional", "none",   "unknown"};
const std::vector<std::string> kRiskBases = {"conviction", "caution",      "charge",
                                             "allegation", "disclosure",   "self_report",
                                             "assessment", "intelligence", "unknown"};
const std::vector<std::string> kPartnerStatus = {"current", "separated", "divorced",
                                                 "ended",   "on_off",    "unknown"};
const std::vector<std::string> kPartnerForms = {"married", "civil_partnership", "cohabiting",
                                                "dating", "unknown"};
const std::vector<std::string> kRiskFactors = {"domestic_abuse_perpetrator",
                                               "violence_history",
                                               "substance_misuse",
                                               "alcohol_misuse",
                                               "mental_health",
                                               "threats_to_kill",
                                               "non_fatal_strangulation",
                                               "offending_history"};

struct GenPerson {
  std::string id;
  char sex = 'u';  ///< 'm', 'f', 'u'
  int born = 0;    ///< year; 0 for unborn
  int generation = 0;
  std::vector<std::size_t> children;
  std::vector<std::size_t> partners;
  int home = -1;  ///< household index they live in, -1: none yet
};

class CaseGenerator {
 public:
  CaseGenerator(std::uint64_t seed, std::size_t max_people) : random_(seed) {
    const int shape = random_.between(1, 100);
    const int cap =
        static_cast<int>(std::max<std::size_t>(1, std::min<std::size_t>(max_people, 300)));
    if (shape <= 15)
      target_ = random_.between(1, std::min(cap, 6));
    else if (shape <= 65)
      target_ = random_.between(1, std::min(cap, 25));
    else if (shape <= 90)
      target_ = random_.between(1, std::min(cap, 90));
    else
      target_ = random_.between(1, cap);
  }

  std::string generate() {
    if (target_ <= 4 && random_.chance(40)) {
      small_abusive_pair();
    } else {
      while (!full()) clan();
    }
    add_overlays();
    add_visitors();
    return document();
  }

 private:
  bool full() const { return people_.size() >= static_cast<std::size_t>(target_); }

  std::size_t add_person(char sex, int born, int generation) {
    GenPerson p;
    p.id = "p" + std::to_string(people_.size());
    p.sex = sex;
    p.born = born;
    p.generation = generation;
    ordered_json j;
    j["id"] = p.id;
    j["sex"] = sex == 'm' ? "male" : sex == 'f' ? "female" : "unknown";
    const int style = random_.between(1, 100);
    if (born == 0) {
      j["expected"] = "2027-0" + std::to_string(random_.between(1, 6)) + "-15";
    } else if (style <= 70) {
      j["born"] = std::to_string(born) + "-0" + std::to_string(random_.between(1, 9)) + "-1" +
                  std::to_string(random_.between(0, 9));
    } else if (style <= 85 || kAsOfYear - born > 100) {
      j["born"] = std::to_string(born);
    } else {
      j["age"] = kAsOfYear - born;
      p.born = -born;  // approximate: treat as born that year for ordering only
    }
    if (born != 0 && random_.chance(92)) {
      const std::string& given = random_.pick(sex == 'f' ? kFemaleNames : kMaleNames);
      j["name"] = given + " " + random_.pick(kFamilyNames);
    }
    if (born != 0 && kAsOfYear - born >= 18 && random_.chance(25))
      j["assessment"] = {{"status", "complete"}, {"date", "2026-09-10"}};
    if (born != 0 && born < 1950 && random_.chance(30)) j["died"] = "2019";
    json_people_.push_back(std::move(j));
    people_.push_back(std::move(p));
    return people_.size() - 1;
  }
  int born_of(std::size_t i) const { return std::abs(people_[i].born); }
  bool is_child(std::size_t i) const { return people_[i].born == 0 || kAsOfYear - born_of(i) < 18; }

  void parent(std::size_t p, std::size_t c, const char* kind = nullptr) {
    ordered_json r = {{"type", "parent"}, {"parent", people_[p].id}, {"child", people_[c].id}};
    if (kind) r["kind"] = kind;
    relationships_.push_back(std::move(r));
    people_[p].children.push_back(c);
  }

  void partner(std::size_t a, std::size_t b, const std::string& status) {
    ordered_json r = {{"type", "partner"}, {"a", people_[a].id}, {"b", people_[b].id}};
    if (random_.chance(85)) r["status"] = status;
    if (random_.chance(60)) r["form"] = random_.pick(kPartnerForms);
    if (random_.chance(50)) r["from"] = std::to_string(random_.between(1990, 2025));
    relationships_.push_back(std::move(r));
    people_[a].partners.push_back(b);
    people_[b].partners.push_back(a);
  }

  std::size_t household(const std::string& label) {
    households_.push_back({{"id", "h" + std::to_string(households_.size())},
                           {"label", label},
                           {"members", ordered_json::array()}});
    member_sets_.emplace_back();
    return households_.size() - 1;
  }
  void member(std::size_t h, std::size_t p, const char* status = nullptr) {
    if (!member_sets_[h].insert(p).second) return;
    ordered_json m = {{"person", people_[p].id}};
    if (status) m["status"] = status;
    households_[h]["members"].push_back(std::move(m));
    if (!status && people_[p].home < 0) people_[p].home = static_cast<int>(h);
  }

  /// Three people at most: a man who abused a woman (twice, in different
  /// homes) and maybe their child: the smallest case that crashed Graphviz.
  void small_abusive_pair() {
    const std::size_t man = add_person('m', random_.between(1980, 2000), 0);
    if (full()) return;
    const std::size_t woman = add_person('f', random_.between(1985, 2002), 0);
    member(household("His flat"), man);
    const std::size_t hers = household("Her home");
    member(hers, woman);
    if (random_.chance(50)) partner(man, woman, "separated");
    if (!full()) {
      const std::size_t child = add_person(random_.chance(50) ? 'f' : 'm', 2021, 1);
      parent(woman, child);
      if (random_.chance(60)) parent(man, child);
      member(hers, child);
    }
    for (int i = random_.between(2, 3); i > 0; --i) abuse(man, woman);
  }

  void abuse(std::size_t from, std::size_t to) {
    ordered_json r = {{"type", "abuse"}, {"from", people_[from].id}, {"to", people_[to].id}};
    ordered_json forms = ordered_json::array();
    for (int n = random_.between(0, 2); n > 0; --n) forms.push_back(random_.pick(kAbuseForms));
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    if (!forms.empty()) r["forms"] = forms;
    if (random_.chance(70)) r["last"] = "2026-0" + std::to_string(random_.between(1, 9));
    relationships_.push_back(std::move(r));
  }

  /// One family line: founders, then up to three generations below them.
  void clan() {
    const int generations = random_.between(1, 4);
    const int founder_born =
        kAsOfYear - random_.between(20, 30) * generations - random_.between(0, 10);
    const std::size_t man = add_person('m', founder_born - random_.between(0, 5), 0);
    if (full()) return;
    const std::size_t woman = add_person('f', founder_born, 0);
    const std::size_t home = household("Home of " + people_[woman].id);
    member(home, woman);
    const std::string status = random_.pick(kPartnerStatus);
    member(status == "current" ? home : household("Flat"), man);
    partner(man, woman, status);
    family_below(man, woman, home, 1, generations);
  }

  /// Children of `father` and `mother` (either may be unknown: SIZE_MAX),
  /// then each adult child's partners and their children, down the generations.
  void family_below(std::size_t father, std::size_t mother, std::size_t home, int generation,
                    int generations) {
    if (generation > generations || full()) return;
    const int youngest_parent =
        std::max(father == kNone ? 0 : born_of(father), mother == kNone ? 0 : born_of(mother));
    // Teenage parents now and then: 14 to 17 years older than the child.
    const int gap = random_.chance(12) ? random_.between(14, 17) : random_.between(18, 38);
    int year = youngest_parent + gap;
    std::vector<std::size_t> children;
    for (int n = random_.between(1, 4); n > 0 && !full(); --n) {
      if (year > kAsOfYear) break;
      const char sex = random_.chance(6) ? 'u' : random_.chance(50) ? 'm' : 'f';
      const std::size_t child = add_person(sex, year, generation);
      if (mother != kNone) parent(mother, child, random_.chance(5) ? "adoptive" : nullptr);
      if (father != kNone) parent(father, child, random_.chance(10) ? "presumed" : nullptr);
      if (is_child(child) || random_.chance(30)) member(home, child);
      children.push_back(child);
      year += random_.between(1, 6);
    }
    // An unborn baby in the youngest generation.
    if (!full() && mother != kNone && kAsOfYear - born_of(mother) < 40 && random_.chance(25)) {
      const std::size_t baby = add_person('u', 0, generation);
      parent(mother, baby);
      if (father != kNone && random_.chance(70)) parent(father, baby);
    }
    // Step and social parents: the mother's new partner.
    if (!full() && mother != kNone && !children.empty() && random_.chance(30)) {
      const std::size_t step =
          add_person('m', born_of(mother) + random_.between(-8, 4), people_[mother].generation);
      partner(mother, step, "current");
      member(home, step, random_.chance(40) ? "staying" : nullptr);
      for (std::size_t c : children)
        if (is_child(c)) parent(step, c, random_.chance(70) ? "step" : "social");
    }
    // Kinship care by a grandparent: a grandchild moves to the grandmother's home.
    if (!full() && generation >= 2 && mother != kNone && random_.chance(35) && !children.empty()) {
      const std::size_t child = children.front();
      for (std::size_t gm = 0; gm < people_.size(); ++gm)
        if (std::find(people_[gm].children.begin(), people_[gm].children.end(), mother) !=
                people_[gm].children.end() &&
            people_[gm].sex == 'f' && is_child(child)) {
          // Listed first among the child's parents, as in issue 20.
          ordered_json link = {{"type", "parent"},
                               {"parent", people_[gm].id},
                               {"child", people_[child].id},
                               {"kind", random_.chance(80) ? "kinship" : "foster"}};
          relationships_.insert(relationships_.begin(), std::move(link));
          people_[gm].children.push_back(child);
          const std::size_t gm_home = people_[gm].home >= 0
                                          ? static_cast<std::size_t>(people_[gm].home)
                                          : household("Grandmother's home");
          member(gm_home, gm);
          member(gm_home, child);
          relationships_.push_back({{"type", "care"},
                                    {"carer", people_[gm].id},
                                    {"child", people_[child].id},
                                    {"frequency", "daily"}});
          break;
        }
    }
    for (std::size_t child : children) {
      if (full()) return;
      if (kAsOfYear - born_of(child) < 16 || people_[child].sex == 'u') continue;
      if (random_.chance(25)) continue;  // no partner recorded
      const bool male = people_[child].sex == 'm';
      // Men: up to four partners, each in her own home; women: one or two.
      const int partners = male ? random_.between(1, 4) : random_.between(1, 2);
      for (int n = 0; n < partners && !full(); ++n) {
        const bool unknown = random_.chance(8);
        const std::size_t other =
            add_person(male ? 'f' : 'm', born_of(child) + random_.between(-6, 10), generation);
        if (unknown) {
          json_people_.back()["identity"] = random_.chance(50) ? "unknown" : "partial";
          json_people_.back().erase("assessment");
        }
        const std::string status = n + 1 < partners ? random_.pick(kPartnerStatus) : "current";
        partner(child, other, status);
        const std::size_t mother_of = male ? other : child;
        const std::size_t father_of = male ? child : other;
        const std::size_t their_home = household("Home " + std::to_string(households_.size()));
        member(their_home, mother_of);
        if (status == "current" && random_.chance(60)) member(their_home, father_of);
        if (people_[child].home < 0) member(household("Own flat"), child);
        if (people_[other].home < 0) member(household("Elsewhere"), other);
        // Someone living in two homes.
        if (random_.chance(10)) member(their_home, father_of);
        family_below(father_of, mother_of, their_home, generation + 1, generations);
      }
    }
    across_generations(children);
  }

  /// An older brother partnered with his younger sister's daughter: a case
  /// where partners cannot share a row without breaking the blood line.
  void across_generations(const std::vector<std::size_t>& siblings) {
    if (full() || siblings.size() < 2 || !random_.chance(45)) return;
    const auto older_brother = std::find_if(siblings.begin(), siblings.end(),
                                            [&](std::size_t s) { return people_[s].sex == 'm'; });
    if (older_brother == siblings.end()) return;
    const std::size_t brother = *older_brother;
    for (auto it = std::next(older_brother); it != siblings.end(); ++it) {
      const std::size_t sister = *it;
      for (std::size_t niece : people_[sister].children)
        if (people_[niece].sex == 'f' && people_[niece].born > 0 &&
            kAsOfYear - born_of(niece) >= 16 && people_[sister].sex == 'f') {
          partner(brother, niece, "current");
          return;
        }
    }
  }

  void add_overlays() {
    std::vector<std::size_t> men, women, children;
    for (std::size_t i = 0; i < people_.size(); ++i) {
      if (people_[i].born == 0) continue;
      if (is_child(i))
        children.push_back(i);
      else if (people_[i].sex == 'm')
        men.push_back(i);
      else if (people_[i].sex == 'f')
        women.push_back(i);
    }
    // Abuse between partners, sometimes recorded more than once.
    for (std::size_t m : men)
      for (std::size_t w : people_[m].partners)
        if (random_.chance(35))
          for (int n = random_.chance(30) ? random_.between(2, 3) : 1; n > 0; --n) abuse(m, w);
    for (std::size_t m : men)
      if (random_.chance(20)) {
        json_people_[m]["risk"] = {{{"factor", random_.pick(kRiskFactors)},
                                    {"source", "police"},
                                    {"basis", random_.pick(kRiskBases)}}};
        if (random_.chance(40))
          json_people_[m]["risk"].push_back({{"factor", "domestic_abuse_perpetrator"}});
      }
    // Contact from fathers and care from grandmothers, sometimes twice.
    for (std::size_t c : children) {
      for (std::size_t p = 0; p < people_.size(); ++p) {
        const auto& kids = people_[p].children;
        if (std::find(kids.begin(), kids.end(), c) == kids.end()) continue;
        if (people_[p].sex == 'm' && people_[p].home != people_[c].home && random_.chance(50))
          for (int n = random_.chance(25) ? 2 : 1; n > 0; --n) {
            ordered_json r = {{"type", "contact"},
                              {"adult", people_[p].id},
                              {"child", people_[c].id},
                              {"frequency", random_.pick(kFrequencies)}};
            if (random_.chance(60)) r["supervised"] = random_.chance(50);
            relationships_.push_back(std::move(r));
          }
        for (std::size_t g = 0; g < people_.size(); ++g) {
          const auto& grandkids = people_[g].children;
          if (std::find(grandkids.begin(), grandkids.end(), p) == grandkids.end() ||
              !random_.chance(20))
            continue;
          for (int n = random_.chance(25) ? 2 : 1; n > 0; --n)
            relationships_.push_back({{"type", "care"},
                                      {"carer", people_[g].id},
                                      {"child", people_[c].id},
                                      {"frequency", random_.pick(kFrequencies)}});
        }
      }
      if (!men.empty() && random_.chance(5)) abuse(random_.pick(men), c);
    }
    if (children.size() >= 2 && random_.chance(10))
      relationships_.push_back(
          {{"type", "sibling"}, {"a", people_[children[0]].id}, {"b", people_[children[1]].id}});
    if (men.size() >= 2 && random_.chance(10))
      relationships_.push_back({{"type", "other"},
                                {"a", people_[men[0]].id},
                                {"b", people_[men[1]].id},
                                {"label", "friend"}});
    focus_ = ordered_json::array();
    for (std::size_t c : children)
      if (random_.chance(40)) focus_.push_back(people_[c].id);
  }

  /// Adults staying in or visiting other homes.
  void add_visitors() {
    if (households_.empty()) return;
    for (std::size_t i = 0; i < people_.size(); ++i) {
      if (people_[i].born == 0 || is_child(i) || !random_.chance(12)) continue;
      static const std::vector<std::string> statuses = {"staying", "visitor", "disputed"};
      const std::size_t h = random_.next() % households_.size();
      ordered_json m = {{"person", people_[i].id}, {"status", random_.pick(statuses)}};
      if (random_.chance(40)) m["from"] = "2026-0" + std::to_string(random_.between(1, 9));
      if (member_sets_[h].insert(i).second) households_[h]["members"].push_back(std::move(m));
    }
    // An unknown man seen at a home now and then.
    if (random_.chance(20) && people_.size() < 300) {
      const std::size_t h = random_.next() % households_.size();
      const std::size_t x = people_.size();
      json_people_.push_back({{"id", "x" + std::to_string(x)},
                              {"sex", "male"},
                              {"identity", "unknown"},
                              {"name", "Man seen at the door"}});
      GenPerson p;
      p.id = "x" + std::to_string(x);
      p.sex = 'm';
      p.born = 1990;
      people_.push_back(p);
      households_[h]["members"].push_back({{"person", p.id}, {"status", "staying"}});
    }
  }

  std::string document() {
    ordered_json doc;
    doc["format"] = "kinmap-case/1";
    doc["case"] = {{"id", "GEN"},
                   {"title", "Generated case"},
                   {"as_of", "2026-11-01"},
                   {"marking", "OFFICIAL-SENSITIVE"}};
    if (!focus_.empty()) doc["case"]["focus"] = focus_;
    doc["people"] = json_people_;
    doc["relationships"] = relationships_;
    // Empty households are left out (the loader accepts them, but they say nothing).
    ordered_json households = ordered_json::array();
    for (auto& h : households_)
      if (!h["members"].empty()) households.push_back(h);
    doc["households"] = households;
    if (!focus_.empty()) doc["plan"] = {{"type", "child_protection"}, {"children", focus_}};
    return doc.dump();
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  Random random_;
  int target_ = 1;
  std::vector<GenPerson> people_;
  ordered_json json_people_ = ordered_json::array();
  ordered_json relationships_ = ordered_json::array();
  std::vector<ordered_json> households_;
  std::vector<std::set<std::size_t>> member_sets_;
  ordered_json focus_ = ordered_json::array();
};

}  // namespace

std::string generate_valid_case(std::uint64_t seed, std::size_t max_people) {
  return CaseGenerator(seed, max_people).generate();
}

}  // namespace kinmap
