// Linkage decisions a practitioner would notice: who is linked, who is only
// possible, who is never linked, and that decisions and contradictions hold.
#include "caseload/linkage.h"

#include <gtest/gtest.h>

#include "caseload/names.h"

namespace kinmap::caseload {
namespace {

LinkFields person(const std::string& case_id, const std::string& id, const std::string& name,
                  const std::string& born, Sex sex = Sex::male, const std::string& nhs = "") {
  LinkFields f;
  f.case_id = case_id;
  f.person_id = id;
  const NormalisedName n = split_name(fold_name(name));
  f.forename = n.forename;
  f.surname = n.surname;
  f.forename_group = forename_group(f.forename);
  f.surname_code = soundex(f.surname);
  f.born = BirthDate::parse(born);
  f.sex = sex;
  f.nhs = nhs;
  return f;
}

/// Other people of other cases, so that u and name frequencies mean something.
std::vector<LinkFields> background() {
  const char* forenames[] = {"Oliver", "Amelia", "George", "Isla", "Harry", "Ava",   "Noah",
                             "Mia",    "Jack",   "Ivy",    "Leo",  "Lily",  "Oscar", "Grace"};
  const char* surnames[] = {"Smith",   "Jones",  "Taylor", "Brown", "Wilson", "Evans", "Thomas",
                            "Roberts", "Walker", "Wright", "Green", "Hall",   "Wood",  "Clarke"};
  std::vector<LinkFields> out;
  for (int i = 0; i < 600; ++i) {
    const std::string born = std::to_string(1960 + i % 45) + "-" + (i % 12 < 9 ? "0" : "") +
                             std::to_string(i % 12 + 1) + "-" + (i % 28 < 9 ? "0" : "") +
                             std::to_string(i % 28 + 1);
    out.push_back(person("BG-" + std::to_string(i), "p" + std::to_string(i),
                         std::string(forenames[i % 14]) + " " + surnames[(i / 14) % 14], born,
                         i % 2 ? Sex::female : Sex::male));
  }
  // People known to two teams, with their NHS number: what m is learned from.
  for (int i = 0; i < 80; ++i) {
    const std::string nhs = std::to_string(7000000000 + i);
    out[static_cast<std::size_t>(i)].nhs = nhs;
    LinkFields again = out[static_cast<std::size_t>(i)];
    again.case_id = "BG2-" + std::to_string(i);
    out.push_back(again);
  }
  return out;
}

const ScoredPair* pair_of(const LinkageResult& r, std::size_t a, std::size_t b) {
  for (const ScoredPair& p : r.pairs)
    if (p.a == std::min(a, b) && p.b == std::max(a, b)) return &p;
  return nullptr;
}

Outcome outcome(const LinkageResult& r, std::size_t a, std::size_t b) {
  const ScoredPair* p = pair_of(r, a, b);
  return p ? p->outcome : Outcome::not_linked;
}

struct Linked {
  std::vector<LinkFields> records = background();
  std::size_t add(LinkFields f) {
    records.push_back(std::move(f));
    return records.size() - 1;
  }
  LinkageResult run(const std::vector<Decision>& decisions = {}) {
    return link_records(records, decisions, LinkSettings{});
  }
};

TEST(Linkage, ANicknameWithTheSameBirthDateLinks) {
  Linked l;
  const auto a = l.add(person("A", "f1", "William Okafor", "1988-03-02"));
  const auto b = l.add(person("B", "d1", "Bill Okafor", "1988-03-02"));
  const auto r = l.run();
  EXPECT_EQ(outcome(r, a, b), Outcome::linked);
  EXPECT_GE(r.cluster[a], 0);
  EXPECT_EQ(r.cluster[a], r.cluster[b]);
}

TEST(Linkage, DayAndMonthSwappedStillLinksWithARareName) {
  Linked l;
  const auto a = l.add(person("A", "f1", "Tomasz Zielinski", "1985-04-07"));
  const auto b = l.add(person("B", "d1", "Tomasz Zielinski", "1985-07-04"));
  const auto r = l.run();
  ASSERT_NE(pair_of(r, a, b), nullptr);
  std::string why;
  for (const auto& e : pair_of(r, a, b)->evidence_against) why += e + "; ";
  EXPECT_EQ(outcome(r, a, b), Outcome::linked) << pair_of(r, a, b)->weight << " against: " << why;
  bool said = false;
  for (const auto& e : pair_of(r, a, b)->evidence_for)
    said = said || e.find("swapped") != std::string::npos;
  EXPECT_TRUE(said);
}

TEST(Linkage, TheSameNhsNumberLinksDespiteADifferentName) {
  Linked l;
  const auto a = l.add(person("A", "f1", "Kyle Brennan", "1990-01-05", Sex::male, "4010232137"));
  const auto b = l.add(person("B", "d1", "Kai Bryant", "", Sex::male, "4010232137"));
  const auto r = l.run();
  EXPECT_EQ(outcome(r, a, b), Outcome::linked);
}

TEST(Linkage, TwoDifferentNhsNumbersNeverLink) {
  Linked l;
  const auto a =
      l.add(person("A", "f1", "Tomasz Zielinski", "1985-04-07", Sex::male, "4010232137"));
  const auto b =
      l.add(person("B", "d1", "Tomasz Zielinski", "1985-04-07", Sex::male, "9434765919"));
  const auto r = l.run();
  EXPECT_EQ(outcome(r, a, b), Outcome::not_linked);
  EXPECT_EQ(r.cluster[a], -1);
}

TEST(Linkage, ATwinIsNotLinked) {
  Linked l;
  const auto a = l.add(person("A", "f1", "Jordan Achterberg", "2001-06-19"));
  const auto b = l.add(person("B", "d1", "Jayden Achterberg", "2001-06-19"));
  const auto r = l.run();
  EXPECT_NE(outcome(r, a, b), Outcome::linked);
  EXPECT_EQ(r.cluster[a], -1);
}

TEST(Linkage, AFatherAndSonOfOneNameAreNotLinked) {
  Linked l;
  const auto a = l.add(person("A", "f1", "Craig Fenwick", "1968-02-14"));
  const auto b = l.add(person("B", "d1", "Craig Fenwick", "1993-09-30"));
  const auto r = l.run();
  EXPECT_NE(outcome(r, a, b), Outcome::linked);
}

TEST(Linkage, ACommonNameCountsForLessThanARareOne) {
  Linked l;
  const auto a = l.add(person("A", "f1", "Oliver Smith", ""));
  const auto b = l.add(person("B", "d1", "Oliver Smith", ""));
  const auto c = l.add(person("C", "f1", "Ezekiel Quartermaine", ""));
  const auto d = l.add(person("D", "d1", "Ezekiel Quartermaine", ""));
  const auto r = l.run();
  const ScoredPair* common = pair_of(r, a, b);
  const ScoredPair* rare = pair_of(r, c, d);
  ASSERT_NE(rare, nullptr);
  const double common_weight = common ? common->weight : -100;
  EXPECT_LT(common_weight, rare->weight);
}

TEST(Linkage, DecisionsAreRespected) {
  Linked l;
  const auto a = l.add(person("A", "f1", "William Okafor", "1988-03-02"));
  const auto b = l.add(person("B", "d1", "Bill Okafor", "1988-03-02"));
  const auto c = l.add(person("C", "x1", "Ngozi Eze", "1979-11-11", Sex::female));
  const auto d = l.add(person("D", "y1", "Grace Hall", "1991-01-01", Sex::female));
  const auto r = l.run({{"A:f1", "B:d1", false}, {"C:x1", "D:y1", true}});
  EXPECT_EQ(outcome(r, a, b), Outcome::not_linked);
  EXPECT_EQ(r.cluster[a], -1);
  EXPECT_EQ(outcome(r, c, d), Outcome::linked);
  EXPECT_EQ(r.cluster[c], r.cluster[d]);
}

TEST(Linkage, AClusterWithTwoNhsNumbersIsSplitAndReported) {
  Linked l;
  const auto a =
      l.add(person("A", "f1", "Tomasz Zielinski", "1985-04-07", Sex::male, "4010232137"));
  const auto b = l.add(person("B", "d1", "Tomasz Zielinski", "1985-04-07", Sex::male));
  const auto c =
      l.add(person("C", "x1", "Tomasz Zielinski", "1985-04-07", Sex::male, "9434765919"));
  const auto r = l.run();
  EXPECT_NE(r.cluster[a], r.cluster[c]);
  ASSERT_EQ(r.contradictions.size(), 1u);
  EXPECT_NE(r.contradictions[0].reason.find("NHS"), std::string::npos);
  EXPECT_TRUE(r.cluster[b] == r.cluster[a] || r.cluster[b] == r.cluster[c]);
}

TEST(Linkage, TwoPeopleOfOneCaseNeverShareACluster) {
  Linked l;
  const auto a = l.add(person("A", "f1", "Tomasz Zielinski", "1985-04-07"));
  const auto b = l.add(person("A", "f2", "Tomasz Zielinski", "1985-04-07"));
  const auto c = l.add(person("C", "x1", "Tomasz Zielinski", "1985-04-07"));
  const auto r = l.run();
  EXPECT_TRUE(r.cluster[a] == -1 || r.cluster[a] != r.cluster[b]);
  ASSERT_EQ(r.contradictions.size(), 1u);
  EXPECT_NE(r.contradictions[0].reason.find("two people of case A"), std::string::npos);
  EXPECT_GE(r.cluster[c], 0);
}

TEST(Linkage, ParametersAreEstimatedAndPlausible) {
  Linked l;
  const auto r = l.run();
  ASSERT_EQ(r.parameters.size(), 4u);
  for (const FieldParameters& f : r.parameters) {
    EXPECT_EQ(f.m.size(), f.levels.size());
    EXPECT_GT(f.m[0], f.u[0]) << f.field << ": agreement must be likelier among matches";
  }
}

}  // namespace
}  // namespace kinmap::caseload
