// The CSV extract reader: the example family, reciprocal rows, households
// from current addresses, and each error naming file:line:column.
#include "import/csv_import.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "errors.h"
#include "import/imported_case.h"
#include "test_support.h"

namespace kinmap {
namespace {

CsvExtract example_extract() {
  const std::string dir = testing::source_path("examples/import/csv");
  CsvExtract e;
  e.folder = "extract";
  e.people = testing::read_file(dir + "/people.csv");
  e.relationships = testing::read_file(dir + "/relationships.csv");
  e.addresses = testing::read_file(dir + "/addresses.csv");
  e.identifiers = testing::read_file(dir + "/identifiers.csv");
  return e;
}

const PartialDate kAsOf = *PartialDate::parse("2026-11-01");

const Relationship* find_link(const Case& c, RelationshipType type, const std::string& from,
                              const std::string& to) {
  for (const Relationship& r : c.relationships)
    if (r.type == type && ((r.from == from && r.to == to) ||
                           (type != RelationshipType::parent && r.from == to && r.to == from)))
      return &r;
  return nullptr;
}

/// The diagnostics of a rejected extract, one string each.
std::vector<std::string> rejection(const CsvExtract& e,
                                   const RelationshipWords& words = RelationshipWords::builtin()) {
  ImportReport report;
  try {
    read_csv_extract(e, words, kAsOf, report);
  } catch (const CaseFileError& error) {
    std::vector<std::string> out;
    for (const auto& d : error.diagnostics()) out.push_back(d.to_string());
    return out;
  }
  return {};
}

bool has(const std::vector<std::string>& messages, const std::string& fragment) {
  return std::any_of(messages.begin(), messages.end(),
                     [&](const std::string& m) { return m.find(fragment) != std::string::npos; });
}

TEST(CsvImport, TheExampleFamilyComesInWithEveryLinkOnce) {
  ImportReport report;
  const Case c = read_csv_extract(example_extract(), RelationshipWords::builtin(), kAsOf, report);
  ASSERT_EQ(c.people.size(), 7u);
  EXPECT_EQ(c.people[0].name, "Maya Brookfield");
  EXPECT_EQ(c.people[0].sex, Sex::female);
  EXPECT_EQ(c.people[0].born->to_string(), "1996-03-14");  // dd/mm/yyyy, never mm/dd
  EXPECT_EQ(c.people[2].born->to_string(), "2019-06-21");  // ISO
  EXPECT_EQ(c.people[6].died->to_string(), "2020-04-03");
  // 21 rows, 9 of them the other direction of a row before them.
  EXPECT_EQ(c.relationships.size(), 12u);
  const Relationship* mother = find_link(c, RelationshipType::parent, "P100", "P102");
  ASSERT_NE(mother, nullptr);
  EXPECT_EQ(mother->kind, ParentKind::biological);
  EXPECT_EQ(mother->pr, true);
  const Relationship* father = find_link(c, RelationshipType::parent, "P101", "P103");
  ASSERT_NE(father, nullptr);
  EXPECT_EQ(father->pr, false);
  const Relationship* partner = find_link(c, RelationshipType::parent, "P104", "P102");
  ASSERT_NE(partner, nullptr);
  EXPECT_EQ(partner->kind, ParentKind::social);
  const Relationship* ex = find_link(c, RelationshipType::partner, "P100", "P101");
  ASSERT_NE(ex, nullptr);
  EXPECT_EQ(ex->status, PartnerStatus::ended);
  EXPECT_EQ(ex->end->to_string(), "2023-02-01");
  EXPECT_EQ(find_link(c, RelationshipType::other, "P105", "P102")->label, "grandparent");
  EXPECT_EQ(find_link(c, RelationshipType::parent, "P105", "P100")->kind, ParentKind::biological);
  EXPECT_EQ(c.people[2].ids.at("nhs"), "999 000 0102");
  EXPECT_EQ(c.people[0].ids.at("local"), "LCS-4471");
}

TEST(CsvImport, HouseholdsArePeopleSharingACurrentAddress) {
  ImportReport report;
  const Case c = read_csv_extract(example_extract(), RelationshipWords::builtin(), kAsOf, report);
  ASSERT_EQ(c.households.size(), 3u);
  std::vector<std::string> larch;
  for (const auto& m : c.households[0].members) larch.push_back(m.person);
  EXPECT_EQ(larch, (std::vector<std::string>{"P100", "P102", "P103", "P104"}));
  EXPECT_EQ(c.households[0].label, "12 Larch Close, Eastfield, EF4 2QT");
  EXPECT_EQ(c.households[1].members[0].person, "P101");  // left Larch Close in 2023
  EXPECT_EQ(report.not_carried.at("past addresses"), 1u);
  EXPECT_EQ(report.not_carried.at("people.csv column \"ethnicity\""), 7u);
  EXPECT_EQ(report.not_carried.at("people.csv column \"worker_notes\""), 2u);
}

TEST(CsvImport, TheImportedExamplePassesTheLoader) {
  ImportReport report;
  Case c = read_csv_extract(example_extract(), RelationshipWords::builtin(), kAsOf, report);
  ImportOptions options;
  options.as_of = kAsOf;
  options.focus = {"P102", "P103"};
  std::vector<Diagnostic> warnings;
  const std::string json = finish_import(std::move(c), options, "family.json", report, warnings);
  const LoadResult loaded = testing::load(json);
  ASSERT_TRUE(loaded.ok()) << testing::errors_of(loaded).front();
  EXPECT_EQ(loaded.loaded->people.size(), 7u);
  EXPECT_EQ(report.households, 3u);
}

TEST(CsvImport, AnUnknownRelationshipWordNamesItsPlaceAndTheNearestWord) {
  CsvExtract e = example_extract();
  e.relationships = "person_id,related_person_id,relationship\nP102,P100,Mothr\n";
  const auto errors = rejection(e);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "extract/relationships.csv:2:11: error: \"Mothr\" is not a relationship word kinmap "
            "knows; did you mean \"Mother\"? (add the system's own words with --map FILE)");
}

TEST(CsvImport, ACouncilsOwnWordsComeFromAMapFile) {
  CsvExtract e = example_extract();
  e.relationships = "person_id,related_person_id,relationship\nP102,P105,Nana\n";
  RelationshipWords words = RelationshipWords::builtin();
  words.extend(
      R"({"words": [{"word": "Nana", "type": "parent", "related": "from", "kind": "kinship"}]})",
      "local.json");
  ImportReport report;
  const Case c = read_csv_extract(e, words, kAsOf, report);
  ASSERT_EQ(c.relationships.size(), 1u);
  EXPECT_EQ(c.relationships[0].from, "P105");
  EXPECT_EQ(c.relationships[0].kind, ParentKind::kinship);
  EXPECT_THROW(words.extend(R"({"words": [{"word": "Nana", "type": "parnet"}]})", "local.json"),
               UsageError);
  EXPECT_THROW(
      words.extend(R"({"words": [{"word": "X", "type": "parent", "related": 3}]})", "local.json"),
      UsageError);
  EXPECT_THROW(words.extend("[1, 2", "local.json"), UsageError);
}

TEST(CsvImport, ABadDateNamesItsCell) {
  CsvExtract e = example_extract();
  e.people =
      "person_id,forename,gender,date_of_birth\nP100,Maya,F,31/02/1996\nP101,Leon,M,1996/02/01\n";
  e.relationships = "person_id,related_person_id,relationship\n";
  e.addresses.reset();
  e.identifiers.reset();
  const auto errors = rejection(e);
  ASSERT_EQ(errors.size(), 2u) << errors[0];
  EXPECT_TRUE(has(errors, "extract/people.csv:2:13: error: \"31/02/1996\"")) << errors[0];
  EXPECT_TRUE(has(errors, "extract/people.csv:3:13: error: expected a date as dd/mm/yyyy"))
      << errors[1];
}

TEST(CsvImport, ADanglingIdSuggestsTheNearestPerson) {
  CsvExtract e = example_extract();
  e.relationships = "person_id,related_person_id,relationship\nP1O2,P100,Mother\n";
  const auto errors = rejection(e);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "extract/relationships.csv:2:1: error: no person with id \"P1O2\" in "
            "people.csv; did you mean \"P102\"?");
}

TEST(CsvImport, ReciprocalRowsThatDisagreeAreAnError) {
  CsvExtract e = example_extract();
  e.relationships =
      "person_id,related_person_id,relationship\nP102,P100,Mother\nP100,P102,Step-daughter\n";
  const auto errors = rejection(e);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(has(errors, "relationships.csv:3:11: error: \"Step-daughter\" contradicts line 2"));
}

TEST(CsvImport, AMissingColumnAndADuplicatePersonAreErrors) {
  CsvExtract e = example_extract();
  e.people = "id,forename,sex\nP100,Maya,Female\nP100,Maya,Female\nP101,Leon,Mal\n";
  e.relationships = "person_id,relationship\n";
  e.addresses.reset();
  e.identifiers.reset();
  const auto errors = rejection(e);
  EXPECT_TRUE(
      has(errors, "people.csv:3:1: error: person \"P100\" is listed twice (first at line 2)"));
  EXPECT_TRUE(has(errors, "people.csv:4:11: error: \"Mal\" is not a sex or gender"));
  EXPECT_TRUE(has(errors, "relationships.csv:1:1: error: no \"related_person_id\" column"));
}

}  // namespace
}  // namespace kinmap
