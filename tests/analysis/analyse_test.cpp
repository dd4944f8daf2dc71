// analyse(): the catalogue, the order of findings and determinism.
#include "analysis/analyse.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>

#include "analysis/analysis_test_support.h"
#include "report/json_report.h"

namespace kinmap {
namespace {

const std::string kBusyCase =
    testing::read_file(testing::source_path("tests/analysis/busy_case.json"));

TEST(Analyse, TheCatalogueIsTheDesignsTable) {
  // Every rule id in DESIGN.md's table, and no other, except the rules the
  // design already describes that open issues will build: named here, so
  // that building one (or the design dropping one) must update this list.
  const std::set<std::string> pending = {};
  std::set<std::string> design;
  std::ifstream in(std::string(KINMAP_SOURCE_DIR) + "/../shared/design/DESIGN.md");
  if (!in) GTEST_SKIP() << "DESIGN.md is not beside the repository";
  const std::regex row(R"(^\| `([A-Z_]+)` \|)");
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_search(line, m, row)) design.insert(m[1]);
  }
  std::set<std::string> ours;
  for (const Rule& rule : catalogue()) {
    ours.insert(std::string(rule.id));
    EXPECT_EQ(find_rule(rule.id), &rule);
    EXPECT_FALSE(rule.title.empty());
  }
  EXPECT_EQ(ours.size(), 25u);
  std::set<std::string> built_and_pending = ours;
  built_and_pending.insert(pending.begin(), pending.end());
  EXPECT_EQ(built_and_pending, design);
  for (const std::string& id : pending) EXPECT_EQ(ours.count(id), 0u) << id << " is built now";
}

TEST(Analyse, FindingsAreSortedBySeverityRuleThenFirstPerson) {
  const auto found = testing::analyse_json(kBusyCase);
  ASSERT_GT(found.size(), 10u);
  std::set<std::string> rules;
  for (std::size_t i = 1; i < found.size(); ++i) {
    const Finding& a = found[i - 1];
    const Finding& b = found[i];
    const std::string pa = a.people.empty() ? "" : a.people[0],
                      pb = b.people.empty() ? "" : b.people[0];
    EXPECT_LE(std::tie(a.severity, a.rule, pa), std::tie(b.severity, b.rule, pb)) << "at " << i;
  }
  for (const Finding& f : found) {
    rules.insert(f.rule);
    EXPECT_FALSE(f.message.empty());
    EXPECT_FALSE(f.why.empty());
    EXPECT_EQ(f.message.find("  "), std::string::npos) << f.message;
    EXPECT_NE(f.message.back(), ' ');
  }
  EXPECT_GE(rules.size(), 15u);  // the busy case exercises most of the catalogue
}

TEST(Analyse, SortingRemovesExactDuplicates) {
  Finding a;
  a.rule = "INVISIBLE_MAN";
  a.severity = Severity::high;
  a.people = {"p1"};
  a.children = {"c1"};
  Finding b = a;
  b.rule = "DASH_HIGH_RISK";
  b.severity = Severity::urgent;
  Finding c = a;
  c.people = {"a0"};
  std::vector<Finding> all{a, b, a, c};
  sort_findings(all);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].rule, "DASH_HIGH_RISK");
  EXPECT_EQ(all[1].people, std::vector<std::string>{"a0"});
  EXPECT_EQ(all[2].people, std::vector<std::string>{"p1"});
}

TEST(Analyse, TheSameInputGivesByteIdenticalJson) {
  std::string first;
  for (int run = 0; run < 3; ++run) {
    const FamilyGraph g = testing::family(kBusyCase);
    const std::string json = json_report(g.case_data().info, analyse(g));
    if (run == 0) first = json;
    EXPECT_EQ(json, first) << "run " << run;
  }
}

}  // namespace
}  // namespace kinmap
