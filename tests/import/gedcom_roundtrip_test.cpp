// kinmap export, then kinmap import: every example gives back the same
// people and the same parent and partner links, in both GEDCOM versions.
#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <tuple>

#include "import/gedcom_export.h"
#include "import/gedcom_import.h"
#include "import/imported_case.h"
#include "test_support.h"

namespace kinmap {
namespace {

using PersonFacts = std::tuple<std::string, std::string, Sex, std::string, std::string>;
using LinkFacts =
    std::tuple<RelationshipType, std::string, std::string, int, int, int, std::string, std::string>;

std::set<PersonFacts> people_of(const Case& c) {
  std::set<PersonFacts> out;
  for (const Person& p : c.people)
    out.emplace(p.id, p.name, p.sex, p.born ? p.born->to_string() : "",
                p.died ? p.died->to_string() : "");
  return out;
}

std::set<LinkFacts> links_of(const Case& c) {
  std::set<LinkFacts> out;
  for (const Relationship& r : c.relationships) {
    if (r.type == RelationshipType::parent) {
      out.emplace(r.type, r.from, r.to, static_cast<int>(r.kind), 0, 0, "", "");
    } else if (r.type == RelationshipType::partner) {
      const auto [a, b] = std::minmax(r.from, r.to);
      out.emplace(r.type, a, b, 0, static_cast<int>(r.status), static_cast<int>(r.form),
                  r.start ? r.start->to_string() : "", r.end ? r.end->to_string() : "");
    }
  }
  return out;
}

class GedcomRoundTrip : public ::testing::TestWithParam<GedcomVersion> {};

TEST_P(GedcomRoundTrip, EveryExampleComesBackWithTheSamePeopleAndLinks) {
  const auto files = testing::example_files();
  ASSERT_FALSE(files.empty());
  for (const auto& file : files) {
    SCOPED_TRACE(file.filename().string());
    const Case original =
        load_case_or_throw(testing::read_file(file.string()), file.string(), RiskModel::builtin());
    const GedcomExport exported = write_gedcom(original, GetParam());
    ImportReport report;
    Case back = read_gedcom(exported.text, "export.ged", report);
    EXPECT_EQ(report.format, GetParam() == GedcomVersion::v70 ? "GEDCOM 7.0" : "GEDCOM 5.5.1");
    ImportOptions options;
    options.case_id = original.info.id;
    options.as_of = original.info.as_of;
    std::vector<Diagnostic> warnings;
    const std::string json = finish_import(std::move(back), options, "back.json", report, warnings);
    const Case reloaded = load_case_or_throw(json, "back.json", RiskModel::builtin());
    EXPECT_EQ(people_of(reloaded), people_of(original));
    EXPECT_EQ(links_of(reloaded), links_of(original));
    EXPECT_EQ(report.not_carried.count("sources"), 0u);
  }
}

INSTANTIATE_TEST_SUITE_P(BothVersions, GedcomRoundTrip,
                         ::testing::Values(GedcomVersion::v70, GedcomVersion::v551),
                         [](const auto& info) {
                           return info.param == GedcomVersion::v70 ? "Gedcom7" : "Gedcom551";
                         });

TEST(GedcomExport, ALongNameGoesOnInConcLinesIn551AndComesBackWhole) {
  Case c;
  c.info.as_of = *PartialDate::parse("2026-11-01");
  Person p;
  p.id = "p1";
  for (int i = 0; i < 60; ++i)
    p.name += (i ? " " : "") + std::string("Zo\xC3\xAB") + std::to_string(i);
  c.people.push_back(p);
  const GedcomExport exported = write_gedcom(c, GedcomVersion::v551);
  std::istringstream lines(exported.text);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 255u);
  EXPECT_NE(exported.text.find("\n2 CONC "), std::string::npos);
  ImportReport report;
  EXPECT_EQ(read_gedcom(exported.text, "long.ged", report).people[0].name, p.name);
}

TEST(GedcomExport, SaysWhatAGedcomFileCannotHold) {
  const Case c =
      load_case_or_throw(testing::read_file(testing::source_path("examples/three_households.json")),
                         "three_households.json", RiskModel::builtin());
  const GedcomExport exported = write_gedcom(c, GedcomVersion::v70);
  EXPECT_EQ(exported.left_out.at("households"), c.households.size());
  EXPECT_EQ(exported.text.substr(0, 25), "0 HEAD\n1 GEDC\n2 VERS 7.0\n");
  EXPECT_NE(exported.text.find("2 TYPE kinmap\n"), std::string::npos);
}

}  // namespace
}  // namespace kinmap
