// kinmap caseload, end to end on examples/caseload/: the three-case caseload
// where one man raises every cross-case rule, decisions, incremental
// indexing, and a corrupt or locked database.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "caseload/sqlite.h"
#include "cli/cli.h"
#include "test_support.h"

namespace kinmap {
namespace {
namespace fs = std::filesystem;

struct CliRun {
  int code;
  std::string out, err;
};

CliRun run(const std::vector<std::string>& args) {
  std::istringstream in;
  std::ostringstream out, err;
  const int code = run_cli(args, in, out, err);
  return {code, out.str(), err.str()};
}

/// A copy of examples/caseload in a fresh folder, and a database path beside it.
struct Caseload {
  fs::path dir;
  fs::path cases;
  std::string db;
  Caseload() {
    dir = fs::temp_directory_path() /
          ("kinmap-caseload-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
           "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    cases = dir / "cases";
    fs::create_directories(cases);
    for (const auto& e : fs::directory_iterator(testing::source_path("examples/caseload")))
      if (e.path().extension() == ".json") fs::copy_file(e.path(), cases / e.path().filename());
    db = (dir / "caseload.db").string();
  }
  ~Caseload() { fs::remove_all(dir); }
  std::string file(const std::string& name) const { return (cases / name).string(); }
  CliRun index() const { return run({"caseload", "index", cases.string(), "--db", db}); }
};

// Names that only the other cases hold: none may appear in the analysis of CL-A-2026.
const std::vector<std::string> kOtherCasesNames = {"Kerry",  "Walsh", "Tyler", "Mason", "Danny",
                                                   "Sophie", "Gill",  "Ruby",  "Hirst"};
const std::vector<std::string> kCrossCaseRules = {"CHILDREN_ELSEWHERE", "RISK_RECORDED_ELSEWHERE",
                                                  "PATTERN_ACROSS_RELATIONSHIPS", "POSSIBLE_MATCH"};

std::set<std::string> rules_for(const std::string& json, const std::string& person) {
  std::set<std::string> out;
  const auto report = nlohmann::json::parse(json);
  for (const auto& f : report["findings"])
    for (const auto& p : f["people"])
      if (p == person) out.insert(f["rule"].get<std::string>());
  return out;
}

TEST(CaseloadCommand, ALinkedManRaisesEveryCrossCaseRuleCitingTheOtherCaseById) {
  Caseload c;
  const CliRun indexed = c.index();
  ASSERT_EQ(indexed.code, kExitOk) << indexed.err;
  EXPECT_NE(indexed.out.find("indexed 3 case files"), std::string::npos) << indexed.out;

  const CliRun json =
      run({"analyse", c.file("price_household.json"), "--caseload", c.db, "--format", "json"});
  ASSERT_EQ(json.code, kExitOk) << json.err;
  const auto rules = rules_for(json.out, "f1");
  for (const std::string& rule : kCrossCaseRules)
    EXPECT_TRUE(rules.count(rule)) << rule << "\n" << json.out;
  const auto report = nlohmann::json::parse(json.out);
  for (const auto& f : report["findings"]) {
    const std::string rule = f["rule"];
    if (rule == "POSSIBLE_MATCH") {
      EXPECT_NE(f["message"].get<std::string>().find("case CL-C-2026"), std::string::npos);
    } else if (std::find(kCrossCaseRules.begin(), kCrossCaseRules.end(), rule) !=
               kCrossCaseRules.end()) {
      EXPECT_NE(f["message"].get<std::string>().find("CL-B-2024"), std::string::npos)
          << f["message"];
    }
    if (rule == "CHILDREN_ELSEWHERE")
      EXPECT_NE(f["message"].get<std::string>().find("2 children (aged 4 and 7)"),
                std::string::npos)
          << f["message"];
    if (rule == "RISK_RECORDED_ELSEWHERE") EXPECT_EQ(f["severity"], "urgent");  // strangulation
  }
  for (const std::string& format : {"text", "json", "md"}) {
    const CliRun out =
        run({"analyse", c.file("price_household.json"), "--caseload", c.db, "--format", format});
    for (const std::string& name : kOtherCasesNames)
      EXPECT_EQ(out.out.find(name), std::string::npos) << name << " in the " << format << " report";
  }
}

TEST(CaseloadCommand, WithoutACaseloadTheCrossCaseRulesAreSilent) {
  Caseload c;
  const CliRun plain = run({"analyse", c.file("price_household.json"), "--format", "json"});
  ASSERT_EQ(plain.code, kExitOk) << plain.err;
  for (const std::string& rule : kCrossCaseRules)
    EXPECT_EQ(plain.out.find(rule), std::string::npos) << rule;
}

TEST(CaseloadCommand, ARejectedMatchIsQuietOnEveryLaterRun) {
  Caseload c;
  ASSERT_EQ(c.index().code, kExitOk);
  const CliRun rejected =
      run({"caseload", "review", "--db", c.db, "--reject", "CL-A-2026:f1", "CL-B-2024:d1"});
  ASSERT_EQ(rejected.code, kExitOk) << rejected.err;
  for (int pass = 0; pass < 2; ++pass) {  // and after indexing again
    const CliRun json =
        run({"analyse", c.file("price_household.json"), "--caseload", c.db, "--format", "json"});
    const auto rules = rules_for(json.out, "f1");
    for (const char* rule :
         {"CHILDREN_ELSEWHERE", "RISK_RECORDED_ELSEWHERE", "PATTERN_ACROSS_RELATIONSHIPS"})
      EXPECT_FALSE(rules.count(rule))
          << rule << " after the match was rejected (pass " << pass << ")";
    ASSERT_EQ(c.index().code, kExitOk);
  }
  // Rejecting the possible match quietens POSSIBLE_MATCH too.
  ASSERT_EQ(
      run({"caseload", "review", "--db", c.db, "--reject", "CL-A-2026:f1", "CL-C-2026:p1"}).code,
      kExitOk);
  const CliRun json =
      run({"analyse", c.file("price_household.json"), "--caseload", c.db, "--format", "json"});
  EXPECT_FALSE(rules_for(json.out, "f1").count("POSSIBLE_MATCH"));
}

TEST(CaseloadCommand, LinksAsJsonInTheKinmapLinksFormatWithNoNames) {
  Caseload c;
  ASSERT_EQ(c.index().code, kExitOk);
  const CliRun links = run({"caseload", "links", "--db", c.db, "--format", "json"});
  ASSERT_EQ(links.code, kExitOk) << links.err;
  const auto j = nlohmann::json::parse(links.out);
  EXPECT_EQ(j["format"], "kinmap-links/1");
  ASSERT_EQ(j["clusters"].size(), 1u) << links.out;
  const auto& members = j["clusters"][0]["members"];
  ASSERT_EQ(members.size(), 2u);
  EXPECT_EQ(members[0], (nlohmann::json{{"case", "CL-A-2026"}, {"person", "f1"}}));
  EXPECT_EQ(members[1], (nlohmann::json{{"case", "CL-B-2024"}, {"person", "d1"}}));
  EXPECT_TRUE(j["clusters"][0]["weight"].is_number());
  bool possible_c = false;
  for (const auto& p : j["possible"]) {
    EXPECT_TRUE(p["weight"].is_number());
    EXPECT_TRUE(p["evidence"].is_array());
    possible_c = possible_c || p["b"]["case"] == "CL-C-2026" || p["a"]["case"] == "CL-C-2026";
  }
  EXPECT_TRUE(possible_c) << links.out;
  const CliRun review = run({"caseload", "review", "--db", c.db});
  const CliRun explain = run({"caseload", "links", "--db", c.db, "--explain"});
  EXPECT_NE(explain.out.find("m "), std::string::npos);
  for (const std::string& name : {"Daniel", "Danny", "Dan ", "Hurst", "Hirst", "Leanne", "Kerry"})
    for (const std::string* out : {&links.out, &review.out, &explain.out})
      EXPECT_EQ(out->find(name), std::string::npos) << name;
}

TEST(CaseloadCommand, IndexingIsIncrementalAndForgetsRemovedFiles) {
  Caseload c;
  ASSERT_EQ(c.index().code, kExitOk);
  const CliRun again = c.index();
  EXPECT_NE(again.out.find("(0 new or changed, 0 removed, 0 failed)"), std::string::npos)
      << again.out;
  fs::remove(c.file("walsh_family.json"));
  const CliRun removed = c.index();
  EXPECT_NE(removed.out.find("(0 new or changed, 1 removed, 0 failed)"), std::string::npos)
      << removed.out;
  const CliRun links = run({"caseload", "links", "--db", c.db, "--format", "json"});
  EXPECT_EQ(links.out.find("CL-B-2024"), std::string::npos);
}

TEST(CaseloadCommand, AFailingFileIsReportedAndSkipped) {
  Caseload c;
  {
    std::ofstream bad(c.file("broken.json"));
    bad << R"({"format": "kinmap-case/1", "case": {"id": "X-1"}, "people": [)";
  }
  const CliRun indexed = c.index();
  EXPECT_EQ(indexed.code, kExitInvalidCase);
  EXPECT_NE(indexed.err.find("broken.json"), std::string::npos) << indexed.err;
  EXPECT_NE(indexed.err.find("skipped"), std::string::npos);
  EXPECT_NE(indexed.out.find("1 failed"), std::string::npos) << indexed.out;
  EXPECT_NE(indexed.out.find("3 new or changed"), std::string::npos) << indexed.out;
}

TEST(CaseloadCommand, ACorruptDatabaseIsAnErrorAndTheCaseFilesAreUntouched) {
  Caseload c;
  const std::string before = testing::read_file(c.file("price_household.json"));
  const auto when = fs::last_write_time(c.file("price_household.json"));
  {
    std::ofstream db(c.db, std::ios::binary);
    db << std::string(8192, 'x');
  }
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"caseload", "index", c.cases.string(), "--db", c.db},
           {"caseload", "links", "--db", c.db},
           {"analyse", c.file("price_household.json"), "--caseload", c.db}}) {
    const CliRun r = run(args);
    EXPECT_NE(r.code, kExitOk) << args[1];
    EXPECT_NE(r.err.find(c.db), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("not a kinmap caseload"), std::string::npos) << r.err;
  }
  EXPECT_EQ(testing::read_file(c.file("price_household.json")), before);
  EXPECT_EQ(fs::last_write_time(c.file("price_household.json")), when);
}

TEST(CaseloadCommand, ALockedDatabaseIsAnError) {
  Caseload c;
  ASSERT_EQ(c.index().code, kExitOk);
  caseload::Database holder(c.db, caseload::Database::Mode::read_write);
  holder.exec("BEGIN EXCLUSIVE");
  const CliRun r = c.index();
  EXPECT_NE(r.code, kExitOk);
  EXPECT_NE(r.err.find("locked"), std::string::npos) << r.err;
  holder.exec("ROLLBACK");
}

TEST(CaseloadCommand, AMissingDatabaseOrCaseIsAClearError) {
  Caseload c;
  const CliRun missing = run({"caseload", "links", "--db", c.db});
  EXPECT_NE(missing.code, kExitOk);
  EXPECT_NE(missing.err.find("no such caseload"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(c.db));
}

}  // namespace
}  // namespace kinmap
