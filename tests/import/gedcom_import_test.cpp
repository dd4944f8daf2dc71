// GEDCOM 5.5.1 and 7.0 in: the constructs genealogy programs write, the
// character-set traps, and malformed lines named by number.
#include "import/gedcom_import.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "errors.h"
#include "import/gedcom_date.h"
#include "import/imported_case.h"
#include "test_support.h"

namespace kinmap {
namespace {

Case import_text(const std::string& text, ImportReport& report) {
  return read_gedcom(text, "tree.ged", report);
}

std::vector<std::string> rejection(const std::string& text) {
  ImportReport report;
  try {
    read_gedcom(text, "tree.ged", report);
  } catch (const CaseFileError& e) {
    std::vector<std::string> out;
    for (const auto& d : e.diagnostics()) out.push_back(d.to_string());
    return out;
  }
  return {};
}

const Person& person(const Case& c, const std::string& id) {
  for (const Person& p : c.people)
    if (p.id == id) return p;
  throw std::runtime_error("no person " + id);
}

const Relationship* parent_link(const Case& c, const std::string& parent,
                                const std::string& child) {
  for (const Relationship& r : c.relationships)
    if (r.type == RelationshipType::parent && r.from == parent && r.to == child) return &r;
  return nullptr;
}

// Families before the people they name (forward references), a child by
// birth and one adopted, dual years, approximate dates, SEX X.
const std::string k551 =
    "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n"
    "0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 CHIL @I3@\n1 CHIL @I4@\n"
    "1 MARR\n2 DATE 12 JUN 1990\n2 PLAC Eastfield\n1 DIV\n2 DATE 2001\n"
    "0 @I1@ INDI\n1 NAME Tom /Harker/\n1 SEX M\n1 BIRT\n2 DATE 3 FEB 1750/51\n"
    "1 FAMS @F1@\n1 NOTE A note\n1 OCCU Miller\n"
    "0 @I2@ INDI\n1 NAME Ada /Harker/\n1 SEX F\n1 BIRT\n2 DATE ABT 1752\n1 DEAT\n2 DATE BET 1800 "
    "AND 1810\n"
    "0 @I3@ INDI\n1 NAME Ned /Harker/\n1 SEX X\n1 BIRT\n2 DATE MAR 1780\n1 FAMC @F1@\n2 PEDI "
    "birth\n"
    "0 @I4@ INDI\n1 NAME Bea\n1 SEX U\n1 BIRT\n2 DATE BEF 12 MAY 1785\n1 FAMC @F1@\n2 PEDI "
    "adopted\n"
    "0 @S1@ SOUR\n1 TITL Parish register\n"
    "0 TRLR\n";

TEST(GedcomImport, PeopleFamiliesAndPedigreesOf551) {
  ImportReport report;
  const Case c = import_text(k551, report);
  EXPECT_EQ(report.format, "GEDCOM 5.5.1");
  ASSERT_EQ(c.people.size(), 4u);
  EXPECT_EQ(person(c, "I1").name, "Tom Harker");
  EXPECT_EQ(person(c, "I1").born->to_string(), "1751-02-03");  // the New Style year
  EXPECT_EQ(person(c, "I2").born->to_string(), "1752");
  EXPECT_EQ(person(c, "I2").died->to_string(), "1800");
  EXPECT_EQ(person(c, "I3").sex, Sex::unknown);
  EXPECT_EQ(person(c, "I3").born->to_string(), "1780-03");
  EXPECT_EQ(person(c, "I4").born->to_string(), "1785");
  EXPECT_EQ(report.approximate_dates.size(), 3u);  // ABT, BET...AND, BEF
  ASSERT_NE(parent_link(c, "I1", "I3"), nullptr);
  EXPECT_EQ(parent_link(c, "I2", "I3")->kind, ParentKind::biological);
  EXPECT_EQ(parent_link(c, "I2", "I4")->kind, ParentKind::adoptive);
  const auto partner =
      std::find_if(c.relationships.begin(), c.relationships.end(),
                   [](const auto& r) { return r.type == RelationshipType::partner; });
  ASSERT_NE(partner, c.relationships.end());
  EXPECT_EQ(partner->form, PartnerForm::married);
  EXPECT_EQ(partner->status, PartnerStatus::divorced);
  EXPECT_EQ(partner->start->to_string(), "1990-06-12");
  EXPECT_EQ(report.not_carried.at("source records"), 1u);
  EXPECT_EQ(report.not_carried.at("places"), 1u);
  EXPECT_EQ(report.not_carried.at("notes"), 1u);
  EXPECT_EQ(report.not_carried.at("INDI.OCCU"), 1u);
}

TEST(GedcomImport, TheResultPassesTheLoader) {
  ImportReport report;
  ImportOptions options;
  options.as_of = *PartialDate::parse("2026-11-01");
  std::vector<Diagnostic> warnings;
  const std::string json =
      finish_import(import_text(k551, report), options, "t.json", report, warnings);
  EXPECT_TRUE(testing::load(json).ok());
  EXPECT_EQ(report.people, 4u);
}

TEST(GedcomImport, Gedcom7FosterPhrasesAndTheXSex) {
  const std::string text =
      "0 HEAD\n1 GEDC\n2 VERS 7.0\n"
      "0 @I1@ INDI\n1 NAME Kim /Obi/\n1 SEX X\n1 FAMS @F1@\n"
      "0 @I2@ INDI\n1 NAME Sol /Obi/\n1 SEX M\n1 FAMC @F1@\n2 PEDI FOSTER\n"
      "0 @I3@ INDI\n1 NAME Ife\n1 SEX F\n1 FAMC @F1@\n2 PEDI OTHER\n3 PHRASE step\n"
      "0 @F1@ FAM\n1 HUSB @I1@\n1 CHIL @I2@\n1 CHIL @I3@\n1 WIFE @VOID@\n"
      "0 TRLR\n";
  ImportReport report;
  const Case c = import_text(text, report);
  EXPECT_EQ(report.format, "GEDCOM 7.0");
  EXPECT_EQ(person(c, "I1").sex, Sex::unknown);
  EXPECT_EQ(parent_link(c, "I1", "I2")->kind, ParentKind::foster);
  EXPECT_EQ(parent_link(c, "I1", "I3")->kind, ParentKind::step);
  EXPECT_EQ(c.relationships.size(), 2u);  // @VOID@ is nobody
}

TEST(GedcomImport, AUtf8CharacterSplitAcrossConcLinesSurvives) {
  // "Zoë" with the two bytes of "ë" (C3 AB) on either side of a CONC.
  const std::string text =
      "0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Zo\xC3\n2 CONC \xAB /Hale/\n"
      "1 NOTE First line\n2 CONT second line\n0 TRLR\n";
  ImportReport report;
  const Case c = import_text(text, report);
  EXPECT_EQ(c.people[0].name, "Zo\xC3\xAB Hale");
  EXPECT_TRUE(report.notes.empty());  // no encoding complaint
}

TEST(GedcomImport, AMarriagePeriodAfterADivorceKeepsItsStart) {
  ImportReport report;
  const Case c = import_text(
      "0 HEAD\n0 @I1@ INDI\n0 @I2@ INDI\n0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n"
      "1 DIV\n2 DATE 1980\n1 MARR\n2 DATE FROM 1970 TO 1979\n0 TRLR\n",
      report);
  ASSERT_EQ(c.relationships.size(), 1u);
  EXPECT_EQ(c.relationships[0].status, PartnerStatus::divorced);
  EXPECT_EQ(c.relationships[0].start->to_string(), "1970");
  EXPECT_EQ(c.relationships[0].end->to_string(), "1980");  // the divorce's, given first
  EXPECT_EQ(report.not_carried.at("second end dates of a family"), 1u);
  EXPECT_TRUE(report.notes.empty());  // the period's end was not taken
}

TEST(GedcomImport, DoubledAtSignsAreOneAtSign) {
  ImportReport report;
  EXPECT_EQ(import_text("0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME @@Jo\n0 TRLR\n", report)
                .people[0]
                .name,
            "@Jo");
  EXPECT_EQ(import_text("0 HEAD\n0 @I1@ INDI\n1 NAME Jo@@home\n0 TRLR\n", report).people[0].name,
            "Jo@home");
}

TEST(GedcomImport, AByteOrderMarkAndCrlfLinesAreRead) {
  ImportReport report;
  const Case c = import_text(
      "\xEF\xBB\xBF"
      "0 HEAD\r\n1 CHAR UTF-8\r\n0 @I1@ INDI\r\n1 NAME Jo /Fenn/\r\n0 TRLR\r\n",
      report);
  ASSERT_EQ(c.people.size(), 1u);
  EXPECT_EQ(c.people[0].name, "Jo Fenn");
}

TEST(GedcomImport, Windows1252ThatSaysUtf8IsDetectedAndReported) {
  // "Renée" and "Øst" in Windows-1252 bytes, in a file that claims UTF-8.
  ImportReport report;
  const Case c = import_text(
      "0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Ren\xE9"
      "e /\xD8st/\n"
      "0 @I2@ INDI\n1 NAME \x93Jay\x94\n0 TRLR\n",
      report);
  EXPECT_EQ(c.people[0].name,
            "Ren\xC3\xA9"
            "e \xC3\x98st");
  EXPECT_EQ(c.people[1].name, "\xE2\x80\x9CJay\xE2\x80\x9D");
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_EQ(report.notes[0],
            "the file says CHAR UTF-8 but line 4 is not UTF-8; read as "
            "Windows-1252 (check accented names)");
}

TEST(GedcomImport, MalformedLinesAreErrorsWithTheirLineNumber) {
  const auto errors = rejection(
      "0 HEAD\nINDI without a level\n0 @I1@ INDI\n3 NAME Too deep\n"
      "1 NAME\tTab\n0 @I2 INDI\n0 TRLR\n");
  ASSERT_EQ(errors.size(), 4u) << errors[0];
  EXPECT_EQ(errors[0],
            "tree.ged:2:1: error: expected a level number (0, 1, 2, ...) at the start of the line");
  EXPECT_EQ(errors[1],
            "tree.ged:5:7: error: expected a tag (letters, digits, '_') after the level");
  EXPECT_EQ(errors[2], "tree.ged:6:3: error: a cross-reference id (@I1@) is not closed with '@'");
  EXPECT_EQ(errors[3],
            "tree.ged:4:1: error: level 3 follows level 0; a line may go at most one "
            "level deeper than the one before");
}

TEST(GedcomImport, APointerToNoRecordIsAnErrorWithTheNearestId) {
  const auto errors = rejection(
      "0 HEAD\n0 @I1@ INDI\n0 @I2@ INDI\n0 @F1@ FAM\n1 HUSB @I1@\n1 CHIL @I22@\n0 TRLR\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "tree.ged:6:1: error: @I22@ points to no individual (INDI) record; did you "
            "mean @I2@?");
}

TEST(GedcomImport, Utf16AndUndecodableBytesAreRejected) {
  EXPECT_EQ(rejection("\xFF\xFE"
                      "0\0")[0],
            "tree.ged:1:1: error: the file is UTF-16; save it as UTF-8 and import it again");
  const auto errors = rejection("0 HEAD\n0 @I1@ INDI\n1 NAME A\x81\n0 TRLR\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("tree.ged:3:1: error: this line holds bytes that are neither UTF-8 nor "
                           "Windows-1252"),
            std::string::npos);
}

TEST(GedcomDate, APeriodKeepsBothEnds) {
  const GedcomDate both = parse_gedcom_date("FROM 12 JUN 1971 TO 1979");
  ASSERT_TRUE(both.period && both.from && both.to);
  EXPECT_EQ(both.from->to_string(), "1971-06-12");
  EXPECT_EQ(both.to->to_string(), "1979");
  EXPECT_FALSE(both.approximate);
  const GedcomDate open_end = parse_gedcom_date("FROM 1971");
  EXPECT_TRUE(open_end.period && open_end.from && !open_end.to);
  const GedcomDate open_start = parse_gedcom_date("TO 1979");
  EXPECT_TRUE(open_start.period && !open_start.from && open_start.to);
  EXPECT_FALSE(parse_gedcom_date("1979").period);
  EXPECT_FALSE(parse_gedcom_date("BET 1971 AND 1979").period);
}

TEST(GedcomDate, EachFormTakesTheNearestPartialDate) {
  auto text = [](const char* s) {
    const GedcomDate d = parse_gedcom_date(s);
    return d.date ? d.date->to_string() + (d.approximate ? "~" : "") : "none: " + d.unusable;
  };
  EXPECT_EQ(text("4 MAR 1987"), "1987-03-04");
  EXPECT_EQ(text("mar 1987"), "1987-03");
  EXPECT_EQ(text("ABT 1987"), "1987~");
  EXPECT_EQ(text("CAL 4 MAR 1987"), "1987-03-04~");
  EXPECT_EQ(text("AFT 4 MAR 1987"), "1987~");
  EXPECT_EQ(text("BET 1 MAR 1987 AND 30 MAR 1987"), "1987-03~");
  EXPECT_EQ(text("BET 1980 AND 1990"), "1980~");
  EXPECT_EQ(text("FROM 1980 TO 1990"), "1980");
  EXPECT_EQ(text("TO 1990"), "1990");
  EXPECT_EQ(text("1699/00"), "1700");
  EXPECT_EQ(text("@#DGREGORIAN@ 1 JAN 1900"), "1900-01-01");
  EXPECT_EQ(text("INT 1900 (about the war)"), "1900~");
  EXPECT_EQ(text("@#DJULIAN@ 1 JAN 1700"), "none: a date of another calendar");
  EXPECT_EQ(text("(after the war)"), "none: a phrase, not a date");
  EXPECT_EQ(text("30 FEB 1900"), "none: not a date");
  EXPECT_EQ(text("44 BCE"), "none: a B.C. year");
  EXPECT_EQ(text("123456789012/13"), "none: not a date");
}

}  // namespace
}  // namespace kinmap
