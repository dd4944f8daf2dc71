// The loader: what it accepts, and for every rejection in DESIGN.md's "Bad
// input" list, that the message names the place and says what was expected.
#include "case_loader.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::errors_of;
using testing::has_error;
using testing::load;

const char* const kMother =
    R"({"id": "m1", "sex": "female", "name": "Kayleigh Dunn", "born": "2001-03"})";
const char* const kChild = R"({"id": "c1", "sex": "female", "name": "Mia", "born": "2024-06-02"})";

TEST(CaseLoader, LoadsAFullCase) {
  const auto result = load(case_json(
      std::string(kMother) + "," + kChild +
          R"(, {"id": "f1", "sex": "male", "name": "Ryan Cole", "age": 27, "engagement": "not_contacted",
                "known_to": ["police"], "risk": [{"factor": "domestic_abuse_perpetrator", "source": "police", "date": "2026-04-20"}]},
             {"id": "p1", "sex": "male", "identity": "unknown", "name": "Man seen at the home"},
             {"id": "u1", "sex": "unknown", "expected": "2027-02-10"})",
      R"({"type": "parent", "parent": "m1", "child": "c1", "pr": true},
         {"type": "parent", "parent": "f1", "child": "c1", "kind": "biological", "pr": true},
         {"type": "partner", "a": "m1", "b": "f1", "status": "separated", "form": "cohabiting", "from": "2022", "to": "2026-05"},
         {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly", "supervised": false, "basis": "informal"},
         {"type": "abuse", "from": "f1", "to": "m1", "forms": ["physical", "coercive_control"], "last": "2026-04-20"})",
      R"("households": [{"id": "h1", "label": "Home", "confirmed": "2026-10-20",
                        "members": [{"person": "m1"}, {"person": "c1"}, {"person": "p1", "status": "staying", "from": "2026-09"}]}],
         "plan": {"type": "child_protection", "date": "2026-09-15", "children": ["c1"], "named": ["m1"], "relies_on": ["m1"]},
         "events": [{"date": "2026-10-12", "type": "sighting", "people": ["f1"], "household": "h1", "source": "police"}],
         "dash": [{"victim": "m1", "perpetrator": "f1", "date": "2026-04-21", "yes_count": 15}])"));
  ASSERT_TRUE(result.ok()) << ::testing::PrintToString(errors_of(result));
  const Case& c = *result.loaded;
  EXPECT_EQ(c.people.size(), 5u);
  EXPECT_EQ(c.people[2].risk[0].factor, "domestic_abuse_perpetrator");
  EXPECT_EQ(c.relationships[2].type, RelationshipType::partner);
  EXPECT_EQ(c.relationships[2].status, PartnerStatus::separated);
  EXPECT_EQ(c.relationships[2].end->to_string(), "2026-05");
  EXPECT_EQ(c.relationships[4].from, "f1");
  EXPECT_EQ(c.relationships[4].to, "m1");
  EXPECT_EQ(c.households[0].members[2].status, MemberStatus::staying);
  EXPECT_EQ(c.dash[0].yes_answers(), 15);
  EXPECT_TRUE(c.people[4].unborn());
}

TEST(CaseLoader, KeepsExtObjectsAndAcceptsAnythingInside) {
  const auto result = load(case_json(
      R"({"id": "m1", "sex": "female", "ext": {"anything": [1, {"nested": true}], "borne": 3}})",
      "", R"("ext": {"tool": "x"})"));
  ASSERT_TRUE(result.ok()) << ::testing::PrintToString(errors_of(result));
  EXPECT_EQ(result.loaded->people[0].ext_json, R"({"anything":[1,{"nested":true}],"borne":3})");
}

TEST(CaseLoader, WarnsWhenAChildsAgeIsAssumed) {
  const auto result = load(case_json(std::string(kMother) + R"(, {"id": "c1", "sex": "male"})",
                                     R"({"type": "parent", "parent": "m1", "child": "c1"})"));
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].level, Diagnostic::Level::warning);
  EXPECT_EQ(result.diagnostics[0].pointer, "/people/1");
  EXPECT_NE(result.diagnostics[0].message.find("taken to be a child"), std::string::npos);
}

TEST(CaseLoaderRejects, SyntaxErrorsWithLineAndColumn) {
  const auto result =
      load("{\"format\": \"kinmap-case/1\",\n  \"case\": {\"id\": \"x\" \"as_of\": \"2026\"}}");
  EXPECT_TRUE(has_error(result, "2:22", "not valid JSON"))
      << ::testing::PrintToString(errors_of(result));
}

TEST(CaseLoaderRejects, WrongTypes) {
  const auto result =
      load(case_json(R"({"id": "m1", "sex": "female", "age": "27", "aliases": "Kay"})"));
  EXPECT_TRUE(has_error(result, "/people/0/age", "expected a whole number"));
  EXPECT_TRUE(has_error(result, "/people/0/aliases", "expected a list"));
}

TEST(CaseLoaderRejects, MissingRequiredFields) {
  const auto result = load(case_json(R"({"id": "m1"})", R"({"type": "parent", "parent": "m1"})"));
  EXPECT_TRUE(has_error(result, "/people/0", "missing required key \"sex\""));
  EXPECT_TRUE(has_error(result, "/relationships/0", "missing required key \"child\""));
}

TEST(CaseLoaderRejects, UnknownKeysAndSuggestsTheNearMiss) {
  const auto result = load(case_json(R"({"id": "m1", "sex": "female", "brn": "2001"})"));
  EXPECT_TRUE(has_error(result, "/people/0/brn", "unknown key \"brn\""));
  EXPECT_TRUE(has_error(result, "/people/0/brn", "did you mean \"born\"?"));
}

TEST(CaseLoaderRejects, UnknownEnumValuesListingTheAllowedOnes) {
  const auto result =
      load(case_json(std::string(kMother) + "," + kChild,
                     R"({"type": "parent", "parent": "m1", "child": "c1", "kind": "birth"})"));
  EXPECT_TRUE(
      has_error(result, "/relationships/0/kind",
                "expected one of biological, presumed, step, adoptive, foster, kinship or social"));
}

TEST(CaseLoaderRejects, UnknownRelationshipType) {
  const auto result = load(case_json(kMother, R"({"type": "friend", "a": "m1", "b": "m1"})"));
  EXPECT_TRUE(has_error(result, "/relationships/0/type", "not a valid relationship type"));
}

TEST(CaseLoaderRejects, DuplicateIdsAcrossPeopleAndHouseholds) {
  const auto result = load(
      case_json(std::string(kMother) + R"(, {"id": "m1", "sex": "male"})", "",
                R"("households": [{"id": "c1", "members": []}, {"id": "m1", "members": []}])"));
  EXPECT_TRUE(has_error(result, "/people/1/id", "duplicate id \"m1\""));
  EXPECT_TRUE(has_error(result, "/households/1/id", "duplicate id \"m1\""));
}

TEST(CaseLoaderRejects, IdsDifferingOnlyInCase) {
  const auto result = load(case_json(std::string(kMother) + R"(, {"id": "M1", "sex": "male"})"));
  EXPECT_TRUE(has_error(result, "/people/1/id", "differ only in case"));
}

TEST(CaseLoaderRejects, MalformedIds) {
  const auto result = load(case_json(R"({"id": "m 1", "sex": "female"})"));
  EXPECT_TRUE(has_error(result, "/people/0/id", "not a valid id"));
}

TEST(CaseLoaderRejects, ReferencesToMissingPeopleEverywhere) {
  const auto result = load(case_json(std::string(kMother) + "," + kChild,
                                     R"({"type": "parent", "parent": "m1", "child": "c2"})",
                                     R"("households": [{"id": "h1", "members": [{"person": "x1"}]}],
         "plan": {"named": ["f9"]},
         "events": [{"date": "2026-01", "type": "incident", "people": ["q1"], "household": "h2"}],
         "dash": [{"victim": "v1", "date": "2026-01", "yes_count": 3}])"));
  EXPECT_TRUE(has_error(result, "/relationships/0/child", "\"c2\" does not exist"));
  EXPECT_TRUE(has_error(result, "/relationships/0/child", "did you mean \"c1\"?"));
  EXPECT_TRUE(has_error(result, "/households/0/members/0/person", "\"x1\" does not exist"));
  EXPECT_TRUE(has_error(result, "/plan/named/0", "\"f9\" does not exist"));
  EXPECT_TRUE(has_error(result, "/events/0/people/0", "\"q1\" does not exist"));
  EXPECT_TRUE(has_error(result, "/events/0/household", "no household has this id"));
  EXPECT_TRUE(has_error(result, "/dash/0/victim", "\"v1\" does not exist"));
}

TEST(CaseLoaderRejects, APersonWhoIsTheirOwnAncestor) {
  const auto result = load(case_json(
      R"({"id": "a", "sex": "female", "age": 40}, {"id": "b", "sex": "female", "age": 20}, {"id": "c", "sex": "male", "age": 5})",
      R"({"type": "parent", "parent": "a", "child": "b"}, {"type": "parent", "parent": "b", "child": "c"},
         {"type": "parent", "parent": "c", "child": "a", "kind": "adoptive"})"));
  const auto errors = errors_of(result);
  ASSERT_EQ(errors.size(), 1u) << ::testing::PrintToString(errors);
  EXPECT_NE(errors[0].find("own ancestor"), std::string::npos);
  EXPECT_NE(errors[0].find("/relationships/"), std::string::npos);
}

TEST(CaseLoaderRejects, AChildBornBeforeABiologicalParent) {
  const auto result = load(case_json(
      R"({"id": "m1", "sex": "female", "born": "2010"}, {"id": "c1", "sex": "male", "born": "2008-05-01"})",
      R"({"type": "parent", "parent": "m1", "child": "c1"})"));
  EXPECT_TRUE(has_error(result, "/relationships/0/child", "born before their biological parent"));
}

// Genealogy imports carry ancestors from centuries ago (issue 19): people's
// own dates may be any year from 1 to 9999; the checks on them still hold.
TEST(CaseLoaderAccepts, PeopleBornInAnyYearFromOneTo9999) {
  const auto result = load(case_json(
      R"({"id": "a", "sex": "male", "born": "0001", "died": "0060"},
         {"id": "b", "sex": "female", "born": "1703-04-02", "died": "1766"},
         {"id": "c", "sex": "male", "born": "1730"})",
      R"({"type": "parent", "parent": "b", "child": "c"})"));
  EXPECT_TRUE(result.ok()) << ::testing::PrintToString(errors_of(result));
  ASSERT_TRUE(result.loaded);
  EXPECT_EQ(result.loaded->people[1].born->year(), 1703);
}

TEST(CaseLoaderRejects, OldDatesStillCheckedAndYearZeroAndWorkDatesOutOfRange) {
  const auto result = load(case_json(
      R"({"id": "b", "sex": "female", "born": "1703"}, {"id": "c", "sex": "male", "born": "1690"},
         {"id": "z", "sex": "male", "born": "0000"}, {"id": "d", "sex": "male", "born": "1800", "died": "1790"},
         {"id": "late", "sex": "male", "born": "9999"})",
      R"({"type": "parent", "parent": "b", "child": "c"},
         {"type": "partner", "a": "b", "b": "d", "from": "1720"})"));
  EXPECT_TRUE(has_error(result, "/relationships/0/child", "born before their biological parent"));
  EXPECT_TRUE(has_error(result, "/people/2/born", "out of range (1 to 9999)"));
  EXPECT_TRUE(has_error(result, "/people/3/died", "before born"));
  EXPECT_TRUE(has_error(result, "/people/4/born", "after the case's as_of"));
  // The work's own dates (partnerships, events, the plan) keep the typo check.
  EXPECT_TRUE(has_error(result, "/relationships/1/from", "out of range (1850 to 2200)"));
}

TEST(CaseLoaderAccepts, AStepParentYoungerThanTheChild) {
  const auto result = load(case_json(
      R"({"id": "s1", "sex": "male", "born": "2007"}, {"id": "c1", "sex": "male", "born": "2006-05-01"})",
      R"({"type": "parent", "parent": "s1", "child": "c1", "kind": "step"})"));
  EXPECT_TRUE(result.ok()) << ::testing::PrintToString(errors_of(result));
}

TEST(CaseLoaderRejects, MoreThanTwoBiologicalParents) {
  const auto result = load(case_json(
      std::string(kMother) + "," + kChild +
          R"(, {"id": "f1", "sex": "male", "age": 30}, {"id": "f2", "sex": "male", "age": 31})",
      R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"},
         {"type": "parent", "parent": "f2", "child": "c1"})"));
  EXPECT_TRUE(has_error(result, "/relationships/2", "more than two biological parents"));
}

TEST(CaseLoaderRejects, ImpossibleDates) {
  const auto result =
      load(case_json(R"({"id": "m1", "sex": "female", "born": "2001-02-30", "died": "2026-13"})",
                     "", "", "2026-11-31"));
  EXPECT_TRUE(has_error(result, "/people/0/born", "not a valid date"));
  EXPECT_TRUE(has_error(result, "/people/0/died", "month 13"));
  EXPECT_TRUE(has_error(result, "/case/as_of", "not a valid date"));
}

TEST(CaseLoaderRejects, DatesOutOfOrder) {
  const auto result = load(case_json(
      R"({"id": "m1", "sex": "female", "born": "2001", "died": "1999"}, {"id": "f1", "sex": "male", "age": 30})",
      R"({"type": "partner", "a": "m1", "b": "f1", "from": "2024", "to": "2023"})",
      R"("households": [{"id": "h1", "members": [{"person": "f1", "from": "2026-05", "to": "2026-01"}]}])"));
  EXPECT_TRUE(has_error(result, "/people/0/died", "before born"));
  EXPECT_TRUE(has_error(result, "/relationships/0/to", "before it begins"));
  EXPECT_TRUE(has_error(result, "/households/0/members/0/to", "before arriving"));
}

TEST(CaseLoaderRejects, InvalidUtf8WithItsPosition) {
  const auto result = load("{\"format\": \"kinmap-case/1\",\n \"case\": {\"id\": \"\xff\"}}");
  EXPECT_TRUE(has_error(result, "2:18", "invalid UTF-8"))
      << ::testing::PrintToString(errors_of(result));
}

TEST(CaseLoaderRejects, DashYesCountOutOfRangeAndUnknownQuestions) {
  const auto result =
      load(case_json(kMother, "",
                     R"("dash": [{"victim": "m1", "date": "2026-01", "yes_count": 28},
                                                 {"victim": "m1", "date": "2026-02", "answers": {"q01": true, "q25": true}}])"));
  EXPECT_TRUE(has_error(result, "/dash/0/yes_count", "out of range"));
  EXPECT_TRUE(has_error(result, "/dash/1/answers/q25", "not a DASH question"));
}

TEST(CaseLoaderRejects, AFileOfAnotherFormat) {
  const auto result = load(R"({"format": "kinmap-case/2", "case": {}, "people": []})");
  EXPECT_TRUE(has_error(result, "/format", "not a kinmap-case/1 file"));
  EXPECT_EQ(errors_of(result).size(), 1u);
}

TEST(CaseLoaderRejects, UnknownRiskFactors) {
  const auto result =
      load(case_json(R"({"id": "f1", "sex": "male", "risk": [{"factor": "violance_history"}]})"));
  EXPECT_TRUE(has_error(result, "/people/0/risk/0/factor", "did you mean \"violence_history\"?"));
}

TEST(CaseLoaderRejects, DuplicateKeysInOneObject) {
  const auto result = load(case_json(R"({"id": "m1", "sex": "female", "sex": "male"})"));
  EXPECT_TRUE(has_error(result, "/people/0/sex", "duplicate key"));
}

TEST(CaseLoaderRejects, DeepNestingWithoutExhaustingTheStack) {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  const auto result = load(deep);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(errors_of(result)[0].find("nested more than 64 levels"), std::string::npos);
}

TEST(CaseLoaderRejects, AHundredMegabyteStringNamingItsPlace) {
  // Generated here rather than kept in tests/bad: 100 MB has no place in git.
  const std::string name(100u << 20, 'a');
  const auto result =
      load(case_json(R"({"id": "m1", "sex": "female", "name": ")" + name + R"("})"));
  ASSERT_FALSE(result.ok());
  EXPECT_TRUE(has_error(result, "/people/0/name",
                        "a string of 104857600 bytes is longer than the limit of 1048576"))
      << ::testing::PrintToString(errors_of(result));
}

TEST(CaseLoaderRejects, ControlCharactersInNamesButAllowsLineBreaksInNotes) {
  const auto result = load(case_json(
      R"({"id": "m1", "sex": "female", "name": "Kay\u0007", "notes": "line one\nline two"})"));
  EXPECT_TRUE(has_error(result, "/people/0/name", "control character U+0007"));
  EXPECT_EQ(errors_of(result).size(), 1u);
}

TEST(CaseLoaderRejects, ARelationshipWithThemselvesAndAPersonListedTwice) {
  const auto result = load(case_json(
      std::string(kMother) + "," + kChild, R"({"type": "partner", "a": "m1", "b": "m1"})",
      R"("households": [{"id": "h1", "members": [{"person": "c1"}, {"person": "c1"}]}])"));
  EXPECT_TRUE(has_error(result, "/relationships/0/b", "with themselves"));
  EXPECT_TRUE(has_error(result, "/households/0/members/1/person", "listed twice"));
}

TEST(CaseLoaderRejects, EmptyFilesBareArraysAndAByteOrderMark) {
  EXPECT_TRUE(has_error(load(""), "1:1", "empty"));
  EXPECT_TRUE(has_error(load("[]"), "", "expected a kinmap case"));
  EXPECT_TRUE(has_error(load("\xEF\xBB\xBF" + case_json(kMother)), "1:1", "byte-order mark"));
}

TEST(CaseLoaderRejects, AnAdultAsAFocusChild) {
  const auto result = load(
      R"({"format": "kinmap-case/1", "case": {"id": "x", "as_of": "2026-11-01", "focus": ["m1"]},
                              "people": [{"id": "m1", "sex": "female", "born": "2001-03"}]})");
  EXPECT_TRUE(has_error(result, "/case/focus/0", "is an adult"));
}

TEST(CaseLoader, ListsEveryErrorNotOnlyTheFirst) {
  const auto result =
      load(case_json(R"({"id": "m1", "sex": "mail"}, {"id": "m1", "sex": "female"})",
                     R"({"type": "parent", "parent": "m1", "child": "zz"})"));
  EXPECT_EQ(errors_of(result).size(), 3u) << ::testing::PrintToString(errors_of(result));
}

TEST(CaseLoader, EnforcesThePeopleLimit) {
  LoaderLimits limits;
  limits.max_people = 1;
  const auto result = load_case(
      case_json(std::string(kMother) + R"(, {"id": "c1", "sex": "female", "born": "2024-06"})"),
      "many.json", RiskModel::builtin(), limits);
  EXPECT_TRUE(has_error(result, "/people", "2 people is more than the limit of 1"))
      << ::testing::PrintToString(errors_of(result));
}

TEST(CaseLoader, PastThePeopleLimitReportsThatAloneNotEveryReference) {
  // Without the people every reference would be "does not exist": at 200,000
  // people that was over a million lines hiding the one that matters.
  LoaderLimits limits;
  limits.max_people = 1;
  const auto result = load_case(
      case_json(std::string(kMother) + R"(, {"id": "c1", "sex": "female", "born": "2024-06"})",
                R"({"type": "parent", "parent": "m1", "child": "c1"})"),
      "many.json", RiskModel::builtin(), limits);
  EXPECT_EQ(errors_of(result).size(), 1u) << ::testing::PrintToString(errors_of(result));
  EXPECT_TRUE(has_error(result, "/people", "split the case"));
}

// Records are read as the file is parsed (a big file is never held whole as
// JSON): what comes out must not depend on that.
TEST(CaseLoaderStreams, ListsInAnyOrderAndErrorsInTheSameOrderAsTheFile) {
  const auto result = load(R"({"relationships": [{"type": "parent", "parent": "m1", "child": "zz"}],
    "people": [{"id": "m1", "sex": "mail"}], "format": "kinmap-case/1",
    "case": {"id": "T-1", "as_of": "2026-11-01"}})");
  const std::vector<std::string> errors = errors_of(result);
  ASSERT_EQ(errors.size(), 2u) << ::testing::PrintToString(errors);
  // People are reported before relationships, as the format lists them.
  EXPECT_NE(errors[0].find("/people/0/sex"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("/relationships/0/child"), std::string::npos) << errors[1];
}

TEST(CaseLoaderStreams, ARepeatedListKeepsOnlyTheLaterListAndItsErrors) {
  const auto result = load(case_json(
      std::string(kMother) + ", " + kChild, R"({"type": "parent", "parent": "m1", "child": "zz"})",
      R"("relationships": [{"type": "parent", "parent": "m1", "child": "c1"}])"));
  const std::vector<std::string> errors = errors_of(result);
  ASSERT_EQ(errors.size(), 1u) << ::testing::PrintToString(errors);
  EXPECT_NE(errors[0].find("duplicate key \"relationships\""), std::string::npos) << errors[0];

  const auto replaced_by_nothing = load(case_json(
      kMother, R"({"type": "parent", "parent": "m1", "child": "zz"})", R"("relationships": {})"));
  EXPECT_TRUE(has_error(replaced_by_nothing, "/relationships", "expected a list, found an object"));
  EXPECT_FALSE(has_error(replaced_by_nothing, "/relationships/0/child", "zz"));
}

TEST(CaseLoaderStreams, AFileOfAnotherFormatGetsThatErrorAloneWhateverItsRecordsSay) {
  const auto result = load(R"({"format": "kinmap-case/2", "case": {},
    "people": [{"id": "m1", "sex": "mail"}], "relationships": [{"type": "cousin"}]})");
  EXPECT_EQ(errors_of(result).size(), 1u) << ::testing::PrintToString(errors_of(result));
}

bool has_warning(const LoadResult& result, const std::string& place, const std::string& fragment) {
  return std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                     [&](const Diagnostic& d) {
                       return d.level == Diagnostic::Level::warning && d.pointer == place &&
                              d.message.find(fragment) != std::string::npos;
                     });
}

TEST(CaseLoader, AnEventDatedAfterAsOfIsAWarningNotAnError) {
  const auto result = load(case_json(
      kMother, "",
      R"("events": [{"date": "2026-12-03", "type": "police_callout", "people": ["m1"]}])"));
  EXPECT_TRUE(result.ok());
  EXPECT_TRUE(has_warning(result, "/events/0/date", "after the case's as_of date 2026-11-01"));
  EXPECT_TRUE(has_warning(result, "/events/0/date", "no finding counts it"));
  const auto on_the_day = load(case_json(
      kMother, "",
      R"("events": [{"date": "2026-11-01", "type": "police_callout", "people": ["m1"]}])"));
  EXPECT_FALSE(has_warning(on_the_day, "/events/0/date", "after"));
}

TEST(CaseLoader, AnUnbornChildDueLongBeforeAsOfIsAWarning) {
  // Six years past the due date the child has surely been born; the case
  // still loads (the rest of the record stands) but the practitioner is told.
  const auto result = load(case_json(
      std::string(kMother) + R"(, {"id": "u1", "sex": "unknown", "expected": "2020-09-01"})",
      R"({"type": "parent", "parent": "m1", "child": "u1"})"));
  EXPECT_TRUE(result.ok()) << ::testing::PrintToString(errors_of(result));
  EXPECT_TRUE(has_warning(result, "/people/1/expected", "has surely been born"));
}

TEST(CaseLoader, AnUnbornChildJustOverdueIsNoWarning) {
  // A week past the due date is an ordinary late baby.
  const auto result = load(case_json(
      std::string(kMother) + R"(, {"id": "u1", "sex": "unknown", "expected": "2026-10-25"})",
      R"({"type": "parent", "parent": "m1", "child": "u1"})"));
  ASSERT_TRUE(result.ok());
  EXPECT_FALSE(has_warning(result, "/people/1/expected", "born"));
}

TEST(CaseLoader, ADeathAfterAsOfIsAnErrorAndOneBeforeIsNot) {
  const auto later = load(case_json(
      R"({"id": "g1", "sex": "male", "name": "Grandad", "born": "1950", "died": "2027-01"})"));
  EXPECT_TRUE(has_error(later, "/people/0/died", "after the case's as_of date"));
  const auto earlier = load(case_json(
      R"({"id": "g1", "sex": "male", "name": "Grandad", "born": "1950", "died": "2026-10"})"));
  EXPECT_TRUE(earlier.ok()) << ::testing::PrintToString(errors_of(earlier));
}

TEST(CaseLoader, AnEmptyCaseIdIsAnError) {
  const auto result = load(R"({"format": "kinmap-case/1", "case": {"id": "", "as_of": "2026-11-01"},
                               "people": [{"id": "m1", "sex": "female"}]})");
  EXPECT_TRUE(has_error(result, "/case/id", "empty"));
}

TEST(CaseLoader, EnforcesTheFileSizeLimit) {
  LoaderLimits limits;
  limits.max_file_bytes = 100;
  const auto result = load_case(case_json(kMother) + std::string(200, ' '), "big.json",
                                RiskModel::builtin(), limits);
  EXPECT_TRUE(has_error(result, "1:1", "the limit is"));
}

}  // namespace
}  // namespace kinmap
