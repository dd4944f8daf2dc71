// Gramps XML in, and the two example trees Debian's gramps package installs
// (scripts/setup installs it): check passes and the counts equal what each
// file holds, counted here independently of the readers.
#include "import/gramps_import.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <string_view>

#include "errors.h"
#include "import/gedcom_import.h"
#include "import/imported_case.h"
#include "test_support.h"

namespace kinmap {
namespace {

const char* const kExampleGramps = "/usr/share/doc/gramps/example/gramps/example.gramps";
const char* const kSampleGed = "/usr/share/doc/gramps/example/gedcom/sample.ged";

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

/// The pieces of `text` from each `open` up to the next `close` (or the end).
std::vector<std::string_view> blocks(std::string_view text, std::string_view open,
                                     std::string_view close) {
  std::vector<std::string_view> out;
  for (auto at = text.find(open); at != std::string_view::npos; at = text.find(open, at + 1)) {
    auto end = text.find(close, at + open.size());
    if (end == std::string_view::npos) end = text.size();
    out.push_back(text.substr(at, end - at));
  }
  return out;
}

std::size_t count_type(const Case& c, RelationshipType type) {
  return static_cast<std::size_t>(std::count_if(c.relationships.begin(), c.relationships.end(),
                                                [&](const auto& r) { return r.type == type; }));
}

std::string finish(Case c, ImportReport& report) {
  ImportOptions options;
  options.as_of = *PartialDate::parse("2026-11-01");
  std::vector<Diagnostic> warnings;
  return finish_import(std::move(c), options, "t.json", report, warnings);
}

const std::string kSmall = R"(<?xml version="1.0" encoding="UTF-8"?>
<database xmlns="http://gramps-project.org/xml/1.7.1/">
  <events>
    <event handle="_e1" id="E1"><type>Birth</type><dateval val="1980-04-02"/></event>
    <event handle="_e2" id="E2"><type>Birth</type><dateval val="2010" type="about"/></event>
    <event handle="_e3" id="E3"><type>Marriage</type><dateval val="2005-06"/></event>
    <event handle="_e4" id="E4"><type>Divorce</type><daterange start="2015" stop="2016"/></event>
    <event handle="_e5" id="E5"><type>Burial</type></event>
  </events>
  <people>
    <person handle="_p1" id="I1"><gender>M</gender><name type="Birth Name"><first>Olu</first><surname>Dare</surname></name>
      <eventref hlink="_e1" role="Primary"/><parentin hlink="_f1"/></person>
    <person handle="_p2" id="I2"><gender>F</gender><name><first>Ines</first><surname>Dare</surname></name><parentin hlink="_f1"/></person>
    <person handle="_p3" id="I3"><gender>U</gender><name><first>Rio</first></name><eventref hlink="_e2"/><eventref hlink="_e5"/><childof hlink="_f1"/></person>
  </people>
  <families>
    <family handle="_f1" id="F1"><rel type="Married"/><father hlink="_p1"/><mother hlink="_p2"/>
      <eventref hlink="_e3" role="Family"/><eventref hlink="_e4" role="Family"/>
      <childref hlink="_p3" mrel="Birth" frel="Stepchild"/></family>
  </families>
  <citations><citation handle="_c1"/></citations>
</database>
)";

TEST(GrampsImport, PeopleFamiliesChildRelationsAndEvents) {
  ImportReport report;
  const Case c = read_gramps(kSmall, "small.gramps", report);
  ASSERT_EQ(c.people.size(), 3u);
  EXPECT_EQ(c.people[0].name, "Olu Dare");
  EXPECT_EQ(c.people[0].born->to_string(), "1980-04-02");
  EXPECT_EQ(c.people[2].sex, Sex::unknown);
  EXPECT_EQ(c.people[2].born->to_string(), "2010");
  ASSERT_EQ(c.relationships.size(), 3u);
  EXPECT_EQ(c.relationships[0].form, PartnerForm::married);
  EXPECT_EQ(c.relationships[0].status, PartnerStatus::divorced);
  EXPECT_EQ(c.relationships[0].start->to_string(), "2005-06");
  EXPECT_EQ(c.relationships[0].end->to_string(), "2015");
  EXPECT_EQ(c.relationships[1].from, "I1");
  EXPECT_EQ(c.relationships[1].kind, ParentKind::step);
  EXPECT_EQ(c.relationships[2].kind, ParentKind::biological);
  EXPECT_EQ(report.approximate_dates.size(), 2u);
  EXPECT_EQ(report.not_carried.at("events Burial"), 1u);
  EXPECT_EQ(report.not_carried.at("Gramps citations (records)"), 1u);
}

TEST(GrampsImport, AMarriageSpanGivesTheStartAndTheEnd) {
  // "from 1971 to 1979" on a marriage; the same span on a birth is approximate.
  const std::string xml = R"(<database>
  <events>
    <event handle="_m"><type>Marriage</type><datespan start="1971-06-12" stop="1979"/></event>
    <event handle="_b"><type>Birth</type><datespan start="1948" stop="1949"/></event>
  </events>
  <people>
    <person handle="_p1" id="I1"><gender>M</gender><eventref hlink="_b"/></person>
    <person handle="_p2" id="I2"><gender>F</gender></person>
  </people>
  <families>
    <family handle="_f" id="F1"><father hlink="_p1"/><mother hlink="_p2"/><eventref hlink="_m"/></family>
  </families>
</database>)";
  ImportReport report;
  const Case c = read_gramps(xml, "span.gramps", report);
  ASSERT_EQ(c.relationships.size(), 1u);
  const Relationship& r = c.relationships[0];
  EXPECT_EQ(r.form, PartnerForm::married);
  EXPECT_EQ(r.status, PartnerStatus::ended);
  EXPECT_EQ(r.start->to_string(), "1971-06-12");
  EXPECT_EQ(r.end->to_string(), "1979");
  EXPECT_EQ(report.approximate_dates, (std::set<std::string>{"I1 born"}));
}

TEST(GrampsImport, GzippedFilesAreRead) {
  // gzip framing, as Gramps writes it, via zlib's gz* functions on a temp file.
  const auto path = std::filesystem::temp_directory_path() / "kinmap-gramps-test.gramps";
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  gzwrite(gz, kSmall.data(), static_cast<unsigned>(kSmall.size()));
  gzclose(gz);
  const std::string bytes = testing::read_file(path.string());
  std::filesystem::remove(path);
  ASSERT_EQ(bytes.substr(0, 2), "\x1F\x8B");
  ImportReport report;
  EXPECT_EQ(read_gramps(bytes, "small.gramps", report).people.size(), 3u);
  EXPECT_THROW(read_gramps(bytes.substr(0, bytes.size() / 2), "cut.gramps", report), CaseFileError);
}

TEST(GrampsImport, XmlErrorsAndMissingPeopleNameTheLine) {
  ImportReport report;
  try {
    read_gramps("<database>\n<people>\n</database>\n", "bad.gramps", report);
    FAIL();
  } catch (const CaseFileError& e) {
    EXPECT_EQ(e.diagnostics()[0].to_string(),
              "bad.gramps:3:3: error: not Gramps XML: mismatched tag");
  }
  try {
    read_gramps(
        "<database>\n<families>\n<family handle=\"_f\"><father hlink=\"_nobody\"/></family>"
        "</families></database>",
        "bad.gramps", report);
    FAIL();
  } catch (const CaseFileError& e) {
    EXPECT_EQ(e.diagnostics()[0].to_string(),
              "bad.gramps:3:1: error: the family refers to person _nobody, who is not in the "
              "file's <people>");
  }
}

TEST(GrampsImport, DebiansExampleTreeHasEveryPersonFamilyAndChild) {
  if (!std::filesystem::exists(kExampleGramps)) GTEST_SKIP() << "gramps is not installed";
  const std::string xml = testing::read_file(kExampleGramps);
  ImportReport report;
  Case c = read_gramps(xml, kExampleGramps, report);
  const std::size_t people = count(xml, "<person handle=");
  std::size_t couples = 0, parent_links = 0;
  for (std::string_view f : blocks(xml, "<family handle=", "</family>")) {
    const std::size_t parents = count(f, "<father ") + count(f, "<mother ");
    if (parents == 2) ++couples;
    // Each child reference is one link per parent the family names.
    parent_links += parents * count(f, "<childref ");
  }
  EXPECT_EQ(c.people.size(), people);
  EXPECT_EQ(count_type(c, RelationshipType::partner), couples);
  EXPECT_EQ(count_type(c, RelationshipType::parent), parent_links);
  const std::string json = finish(std::move(c), report);
  EXPECT_TRUE(testing::load(json).ok());
}

TEST(GedcomImport, DebiansSampleGedcomHasEveryPersonFamilyAndChild) {
  if (!std::filesystem::exists(kSampleGed)) GTEST_SKIP() << "gramps is not installed";
  const std::string ged = testing::read_file(kSampleGed);
  ImportReport report;
  Case c = read_gedcom(ged, kSampleGed, report);
  std::size_t people = 0;
  for (std::string_view record : blocks(ged, "\n0 @", "\n"))
    if (record.ends_with("@ INDI") || record.ends_with("@ INDI\r")) ++people;
  EXPECT_EQ(c.people.size(), people);
  std::size_t parent_links = 0, couples = 0;
  for (std::string_view f : blocks(ged, "@ FAM\n", "\n0 ")) {
    const std::size_t parents = count(f, "\n1 HUSB ") + count(f, "\n1 WIFE ");
    parent_links += parents * count(f, "\n1 CHIL ");
    if (parents == 2) ++couples;
  }
  EXPECT_EQ(count_type(c, RelationshipType::parent), parent_links);
  EXPECT_EQ(count_type(c, RelationshipType::partner), couples);
  const std::string json = finish(std::move(c), report);
  EXPECT_TRUE(testing::load(json).ok());
}

}  // namespace
}  // namespace kinmap
