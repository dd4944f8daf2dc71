// The good-input fixtures (tests/import/good/): one small file or extract
// folder for each construct `kinmap import` reads, imported as a user runs
// it. Each test checks what the user would see: the people, their links and
// dates in the case file written, and the summary lines.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "case_loader.h"
#include "cli/cli.h"
#include "risk_model.h"
#include "test_support.h"

namespace kinmap {
namespace {

namespace fs = std::filesystem;

struct Imported {
  std::string name;
  Case c;
  std::string summary;  ///< standard error, the fixture's folder left out
};

/// `kinmap import tests/import/good/NAME -o TMP.json --as-of 2026-11-01`,
/// which must succeed; the case file it wrote, loaded back.
Imported import_fixture(const std::string& name) {
  const std::string good = testing::source_path("tests/import/good");
  const fs::path out = fs::temp_directory_path() / ("kinmap-good-" + name + ".json");
  std::istringstream in;
  std::ostringstream stdout_text, stderr_text;
  const int code = run_cli({"import", good + "/" + name, "-o", out.string(), "--as-of",
                            "2026-11-01", "--case-id", "FIXTURE"},
                           in, stdout_text, stderr_text);
  std::string summary = stderr_text.str();
  for (auto at = summary.find(good + "/"); at != std::string::npos; at = summary.find(good + "/"))
    summary.erase(at, good.size() + 1);
  if (code != 0)
    throw std::runtime_error(name + ": import failed (" + std::to_string(code) + "):\n" + summary);
  Case c = load_case_or_throw(testing::read_file(out.string()), out.string(), RiskModel::builtin());
  fs::remove(out);
  return {name, std::move(c), summary};
}

/// The summary has the line "NAME: `line`".
::testing::AssertionResult says(const Imported& r, const std::string& line) {
  if (("\n" + r.summary).find("\n" + r.name + ": " + line + "\n") != std::string::npos)
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "no line \"" << line << "\" in:\n" << r.summary;
}

/// The summary holds `fragment` somewhere.
::testing::AssertionResult mentions(const Imported& r, const std::string& fragment) {
  if (r.summary.find(fragment) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "no \"" << fragment << "\" in:\n" << r.summary;
}

const Person& person(const Case& c, const std::string& id) {
  for (const Person& p : c.people)
    if (p.id == id) return p;
  throw std::runtime_error("no person " + id);
}

std::string date(const std::optional<PartialDate>& d) {
  return d ? d->to_string() : "-";
}

/// "Name (sex) born..died" for each person, by id.
std::map<std::string, std::string> people(const Case& c) {
  std::map<std::string, std::string> out;
  for (const Person& p : c.people) {
    std::string text = p.name + " (" + std::string(spelling(p.sex)) + ")";
    if (p.born || p.died) text += " " + date(p.born) + ".." + date(p.died);
    out[p.id] = text;
  }
  return out;
}

/// Each link as a user reads it: "parent A > B adoptive", "partner A ~ B
/// married divorced 1975-05-02..1990", "sibling A ~ B half-sibling".
std::set<std::string> links(const Case& c) {
  std::set<std::string> out;
  for (const Relationship& r : c.relationships) {
    std::string a = r.from, b = r.to;
    const bool symmetric =
        r.type == RelationshipType::partner || r.type == RelationshipType::sibling;
    if (symmetric && b < a) std::swap(a, b);
    std::string text = std::string(spelling(r.type)) + " " + a + (symmetric ? " ~ " : " > ") + b;
    if (r.type == RelationshipType::parent) {
      text += " " + std::string(spelling(r.kind));
      if (r.pr) text += *r.pr ? " pr" : " no-pr";
    } else if (r.type == RelationshipType::partner) {
      text += " " + std::string(spelling(r.form)) + " " + std::string(spelling(r.status));
      if (r.start || r.end) text += " " + date(r.start) + ".." + date(r.end);
    }
    if (!r.label.empty()) text += " " + r.label;
    if (!r.note.empty()) text += " (" + r.note + ")";
    out.insert(text);
  }
  return out;
}

using Texts = std::set<std::string>;
using People = std::map<std::string, std::string>;

// ---- GEDCOM ----

TEST(GoodGedcom, IndividualsFamiliesHusbandWifeAndChildren) {
  const Imported r = import_fixture("ged_families.ged");
  EXPECT_EQ(people(r.c), (People{{"I1", "Colm Tarrant (male)"},
                                 {"I2", "Lise Tarrant (female)"},
                                 {"I3", "Maeve Tarrant (female)"},
                                 {"I4", "Rory Tarrant (male)"},
                                 {"I5", "Nia Tarrant (female)"}}));
  // F2 has a mother only: her child, and no partnership.
  EXPECT_EQ(links(r.c), (Texts{"partner I1 ~ I2 unknown unknown", "parent I1 > I3 biological",
                               "parent I2 > I3 biological", "parent I1 > I4 biological",
                               "parent I2 > I4 biological", "parent I2 > I5 biological"}));
  EXPECT_TRUE(says(r, "read GEDCOM 5.5.1: 5 people, 6 relationships, 0 households"));
  EXPECT_TRUE(says(r, "everything read was carried over"));
}

TEST(GoodGedcom, PedigreesBirthAdoptedFoster) {
  const Imported r = import_fixture("ged_pedigree.ged");
  EXPECT_EQ(links(r.c),
            (Texts{"partner I1 ~ I2 unknown unknown", "parent I1 > I3 biological",
                   "parent I2 > I3 biological", "parent I1 > I4 adoptive",
                   "parent I2 > I4 adoptive", "parent I1 > I5 foster", "parent I2 > I5 foster"}));
}

TEST(GoodGedcom, SexMaleFemaleUnknownAndX) {
  const Imported r = import_fixture("ged_sex.ged");
  // kinmap records male, female or unknown; X and a missing SEX are unknown.
  EXPECT_EQ(people(r.c), (People{{"I1", "Abel Marsh (male)"},
                                 {"I2", "Beth Marsh (female)"},
                                 {"I3", "Cory Marsh (unknown)"},
                                 {"I4", "Dale Marsh (unknown)"},
                                 {"I5", "Eden Marsh (unknown)"}}));
}

TEST(GoodGedcom, NamesWithTheSurnameBetweenSlashes) {
  const Imported r = import_fixture("ged_names.ged");
  EXPECT_EQ(person(r.c, "I1").name, "Ana Rose Vellacott");
  EXPECT_EQ(person(r.c, "I2").name, "Osei Kofi");
  EXPECT_EQ(person(r.c, "I3").name, "Jos van Damme Jr");
  EXPECT_EQ(person(r.c, "I4").name, "Tamsin");
  EXPECT_EQ(person(r.c, "I5").name, "Petra Quill");  // from GIVN and SURN
  EXPECT_EQ(person(r.c, "I6").name, "Mary Hollis");
  EXPECT_EQ(person(r.c, "I6").aliases, std::vector<std::string>{"Mae Dunmore"});
  EXPECT_TRUE(says(r, "not carried over: NAME.TYPE (1)"));
}

TEST(GoodGedcom, ApproximateRangedPeriodAndDualYearDates) {
  const Imported r = import_fixture("ged_dates.ged");
  EXPECT_EQ(people(r.c), (People{{"I1", "Hugo Fenwick (male) 1948..2019"},        // ABT, BEF
                                 {"I2", "Greta Fenwick (female) 1950..2020-03"},  // AFT, BET...AND
                                 {"I3", "Otto Fenwick (male) 1900-02-03..-"},     // 1899/00
                                 {"I4", "Ilse Brandt (female) 1952-07-14..-"},
                                 {"I5", "Karl Brandt (male) 1951..-"}}));
  // A marriage FROM ... TO ...: the period's end is the partnership's end.
  EXPECT_EQ(links(r.c), (Texts{"partner I1 ~ I2 married ended 1971-06-12..1979",
                               "partner I4 ~ I5 married divorced 1975-05-02..1990"}));
  // ABT, BEF, AFT, BET...AND and the ABT of the divorce; not the divorce
  // date of F3, which has one spouse and so no partnership to date.
  EXPECT_TRUE(
      says(r, "5 dates were approximate, a range or a bound, written as the nearest partial date"));
  EXPECT_TRUE(says(r,
                   "1 person was born more than 120 years before the as_of date with no death "
                   "recorded; the case shows them as living"));
  EXPECT_TRUE(says(r,
                   "1 partnership was dated by a period (FROM ... TO ...); the period's end "
                   "became the partnership's end"));
  EXPECT_TRUE(mentions(r, "family events without two partners (1)"));
}

TEST(GoodGedcom, ConcAndContJoinValuesAndKeepASplitUtf8Character) {
  const Imported r = import_fixture("ged_conc_cont.ged");
  // "Zoë": the two bytes of "ë" stand on either side of a CONC.
  EXPECT_EQ(person(r.c, "I1").name, "Zo\xC3\xAB Hallam");
  // The note, three lines joined, is counted once and not carried over.
  EXPECT_TRUE(says(r, "not carried over: notes (1)"));
  EXPECT_FALSE(mentions(r, "Windows-1252"));
}

TEST(GoodGedcom, AFamilyBeforeThePeopleItNames) {
  const Imported r = import_fixture("ged_forward_refs.ged");
  EXPECT_EQ(links(r.c), (Texts{"partner I2 ~ I3 unknown unknown", "parent I2 > I1 biological",
                               "parent I3 > I1 biological"}));
}

TEST(GoodGedcom, Utf8WithAndWithoutAByteOrderMark) {
  for (const char* name : {"ged_utf8_bom.ged", "ged_utf8_plain.ged"}) {
    SCOPED_TRACE(name);
    const Imported r = import_fixture(name);
    EXPECT_EQ(people(r.c), (People{{"I1",
                                    "Ren\xC3\xA9"
                                    "e \xC3\x98stby (female)"}}));
    EXPECT_FALSE(mentions(r, "Windows-1252"));
  }
}

TEST(GoodGedcom, Windows1252ThatSaysUtf8IsReadAndReported) {
  const Imported r = import_fixture("ged_cp1252_says_utf8.ged");
  EXPECT_EQ(person(r.c, "I1").name,
            "Ren\xC3\xA9"
            "e \xC3\x98stby");
  EXPECT_EQ(person(r.c, "I2").name, "\xE2\x80\x9CJay\xE2\x80\x9D Quinton");
  EXPECT_TRUE(says(r,
                   "the file says CHAR UTF-8 but line 7 is not UTF-8; read as Windows-1252 (check "
                   "accented names)"));
}

TEST(GoodGedcom, A551AndA70HeaderGiveTheSameFamily) {
  const Imported old_file = import_fixture("ged_551_header.ged");
  EXPECT_TRUE(says(old_file, "read GEDCOM 5.5.1: 3 people, 3 relationships, 0 households"));
  EXPECT_EQ(links(old_file.c), (Texts{"partner I1 ~ I2 unknown unknown",
                                      "parent I1 > I3 biological", "parent I2 > I3 biological"}));
  const Imported new_file = import_fixture("ged_70_header.ged");
  EXPECT_TRUE(says(new_file, "read GEDCOM 7.0: 4 people, 5 relationships, 0 households"));
  // 7.0 writes PEDI in capitals, and other kinds as OTHER with a PHRASE.
  EXPECT_EQ(links(new_file.c),
            (Texts{"partner I1 ~ I2 unknown unknown", "parent I1 > I3 kinship",
                   "parent I2 > I3 kinship", "parent I1 > I4 foster", "parent I2 > I4 foster"}));
  People expected = people(old_file.c);
  expected["I4"] = "Tess Wetherby (female)";
  EXPECT_EQ(people(new_file.c), expected);
}

// ---- CSV extract ----

TEST(GoodCsv, ReciprocalRowsBecomeOneLink) {
  const Imported r = import_fixture("csv_reciprocal");
  EXPECT_EQ(links(r.c),
            (Texts{"parent C1 > C2 biological", "parent C1 > C3 biological", "sibling C2 ~ C3"}));
  EXPECT_TRUE(says(r, "read CSV extract: 3 people, 3 relationships, 0 households"));
  EXPECT_TRUE(says(r, "3 reciprocal relationship rows merged with their other direction"));
}

TEST(GoodCsv, TheSystemsRelationshipWords) {
  const Imported r = import_fixture("csv_words");
  EXPECT_EQ(links(r.c), (Texts{"parent W1 > W3 biological",       // Mother
                               "parent W2 > W3 step",             // Step-father
                               "parent W8 > W3 social",           // Mother's partner
                               "partner W1 ~ W8 unknown ended",   // Ex-partner
                               "other W4 > W3 grandparent",       // Grandmother
                               "sibling W3 ~ W5 (half-sibling)",  // Half-brother
                               "parent W6 > W3 foster",           // Foster carer
                               "parent W7 > W5 kinship"}));       // Kinship carer
}

TEST(GoodCsv, TheParentalResponsibilityColumn) {
  const Imported r = import_fixture("csv_pr");
  EXPECT_EQ(links(r.c), (Texts{"parent R1 > R3 biological pr", "parent R2 > R3 biological no-pr",
                               "parent R4 > R3 step"}));
}

TEST(GoodCsv, DatesDayFirstAndIso) {
  const Imported r = import_fixture("csv_dates");
  EXPECT_EQ(people(r.c), (People{{"D1", "Lena Parr (female) 1987-11-09..-"},
                                 {"D2", "Moss Parr (male) 1985-04-30..2024-02-01"},
                                 {"D3", "Tilly Parr (female) 2021-06..-"},
                                 {"D4", "Vic Parr (male) 2019-03-02..-"}}));
  EXPECT_TRUE(links(r.c).count("partner D1 ~ D2 unknown ended 2010-05-01..2023-08-15"));
}

TEST(GoodCsv, HouseholdsFromASharedCurrentAddress) {
  const Imported r = import_fixture("csv_households");
  std::map<std::string, std::set<std::string>> households;
  for (const Household& h : r.c.households)
    for (const Membership& m : h.members) households[h.label].insert(m.person);
  // Iris's old flat is past; "4 QUARRY ROW, NORTHBY" is the same address.
  EXPECT_EQ(households, (std::map<std::string, std::set<std::string>>{
                            {"4 Quarry Row, Northby, NB2 7XY", {"H1", "H2", "H4"}},
                            {"Flat 9, Mill House, Northby, NB1 1AA", {"H3"}}}));
  EXPECT_TRUE(says(r, "read CSV extract: 4 people, 3 relationships, 2 households"));
  EXPECT_TRUE(says(r, "not carried over: past addresses (1)"));
}

TEST(GoodCsv, IdentifiersBySchemeOnEachPerson) {
  const Imported r = import_fixture("csv_identifiers");
  EXPECT_EQ(person(r.c, "N1").ids,
            (std::map<std::string, std::string>{{"nhs", "999 000 0201"}, {"pnc", "26/0000001X"}}));
  EXPECT_EQ(person(r.c, "N2").ids,
            (std::map<std::string, std::string>{{"nhs", "999 000 0202"}, {"local", "LCS-8810"}}));
}

// ---- Gramps XML ----

TEST(GoodGramps, ChildReferencesWithTheirMotherAndFatherRelations) {
  const Imported r = import_fixture("gramps_rels.gramps");
  EXPECT_EQ(links(r.c), (Texts{"partner I0001 ~ I0002 married unknown",
                               "parent I0001 > I0003 biological", "parent I0002 > I0003 biological",
                               // mrel Stepchild, frel absent (birth)
                               "parent I0001 > I0004 biological", "parent I0002 > I0004 step",
                               "parent I0001 > I0005 foster", "parent I0002 > I0005 foster",
                               "parent I0001 > I0006 adoptive", "parent I0002 > I0006 adoptive"}));
}

TEST(GoodGramps, BirthDeathMarriageAndDivorceEventsFromGzip) {
  const Imported r = import_fixture("gramps_events.gramps");
  EXPECT_EQ(people(r.c), (People{{"I0001", "Anselm Greaves (male) 1961-04-09..2021-11"},
                                 {"I0002", "Bettina Greaves (female) 1964..-"},
                                 {"I0003", "Cyril Greaves (male) 1990-01-20..-"}}));
  EXPECT_TRUE(links(r.c).count("partner I0001 ~ I0002 married divorced 1988-07-16..2003-02-01"));
  EXPECT_TRUE(
      says(r, "1 date was approximate, a range or a bound, written as the nearest partial date"));
  EXPECT_TRUE(mentions(r, "events Occupation (1)"));
}

}  // namespace
}  // namespace kinmap
