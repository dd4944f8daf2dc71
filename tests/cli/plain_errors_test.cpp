// Errors a person can act on (issue 18): JSON syntax mistakes in plain
// words with their place, a parent written as "father", sex spellings such
// as "F", and every error inside a person or relationship naming them.
#include <gtest/gtest.h>

#include "example_support.h"
#include "test_support.h"

namespace kinmap {
namespace {

using testing::CliRun;
using testing::run_kinmap;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

CliRun check(const std::string& text) {
  return run_kinmap({"check", "-"}, text);
}

TEST(PlainErrors, ACommaBeforeAClosingBraceSaysWhereTheCommaIs) {
  const CliRun r = check("{\n  \"format\": \"kinmap-case/1\",\n}");
  EXPECT_EQ(r.code, kExitInvalidCase);
  EXPECT_TRUE(contains(r.err,
                       "-:3:1: error: not valid JSON: a comma before }: JSON allows no "
                       "comma after the last entry of an object; remove the comma at "
                       "line 2, column 28"))
      << r.err;
  const CliRun list = check(R"({"format": "kinmap-case/1", "people": [{"id": "a"},]})");
  EXPECT_TRUE(contains(list.err, "a comma before ]")) << list.err;
  EXPECT_TRUE(contains(list.err, "the last entry of a list")) << list.err;
}

TEST(PlainErrors, AMissingCommaBetweenEntriesIsNamed) {
  const CliRun r = check("{\n  \"format\": \"kinmap-case/1\"\n  \"case\": {}\n}");
  EXPECT_EQ(r.code, kExitInvalidCase);
  EXPECT_TRUE(contains(r.err,
                       "-:3:3: error: not valid JSON: a comma is missing between two "
                       "entries: add one after the entry that ends at line 2, column 27"))
      << r.err;
  // A missing colon is not a missing comma.
  const CliRun colon = check(R"({"format" "kinmap-case/1"})");
  EXPECT_EQ(colon.code, kExitInvalidCase);
  EXPECT_FALSE(contains(colon.err, "comma is missing")) << colon.err;
}

TEST(PlainErrors, CurlyQuotesFromAWordProcessorAreExplained) {
  const CliRun r = check("{\"format\": \xE2\x80\x9Ckinmap-case/1\xE2\x80\x9D}");
  EXPECT_EQ(r.code, kExitInvalidCase);
  EXPECT_TRUE(contains(r.err,
                       "-:1:12: error: not valid JSON: a curly quote (\xE2\x80\x9C) where "
                       "JSON needs a straight one (\")"))
      << r.err;
  EXPECT_TRUE(contains(r.err, "word processor")) << r.err;
  EXPECT_FALSE(contains(r.err, "last read")) << r.err;  // no parser jargon
  const CliRun single = check("{'format': 'kinmap-case/1'}");
  EXPECT_TRUE(contains(single.err, "-:1:2: error: not valid JSON: a single quote (')"))
      << single.err;
}

TEST(PlainErrors, AFileCutShortSaysSo) {
  const CliRun r = check(R"({"format": "kinmap-case/1")");
  EXPECT_TRUE(contains(r.err, "the file ends before the JSON does")) << r.err;
  const CliRun open = check(R"({"format": "kinmap-case/1)");
  EXPECT_TRUE(contains(open.err, "a text in quotes is not closed")) << open.err;
}

const std::string kMother = R"({"id": "m1", "name": "Gemma Hart", "sex": "female", "age": 30})";
const std::string kChild = R"({"id": "c1", "name": "Jay", "sex": "male", "born": "2023-05"})";

TEST(PlainErrors, FatherExplainsHowToWriteAParent) {
  const CliRun r = check(testing::case_json(
      kMother + ", " + kChild, R"({"type": "father", "parent": "m1", "child": "c1"})"));
  EXPECT_EQ(r.code, kExitInvalidCase);
  EXPECT_TRUE(contains(r.err, "\"father\" is not a valid relationship type")) << r.err;
  EXPECT_TRUE(contains(r.err, R"(a parent is written {"type": "parent", "parent": "PARENT-ID", )"
                              R"("child": "CHILD-ID"})"))
      << r.err;
  EXPECT_FALSE(contains(r.err, "did you mean \"other\"")) << r.err;
  const CliRun step = check(testing::case_json(
      kMother + ", " + kChild, R"({"type": "stepmother", "parent": "m1", "child": "c1"})"));
  EXPECT_TRUE(contains(step.err, R"("kind": "step")")) << step.err;
  const CliRun wife = check(
      testing::case_json(kMother + ", " + kChild, R"({"type": "wife", "a": "m1", "b": "c1"})"));
  EXPECT_TRUE(contains(wife.err, R"({"type": "partner", "a": "ID", "b": "ID"})")) << wife.err;
}

TEST(PlainErrors, SexSpellingsAreExplained) {
  for (const auto& [typed, advice] :
       std::vector<std::pair<std::string, std::string>>{{"F", "write \"female\""},
                                                        {"Female", "write \"female\""},
                                                        {"M", "write \"male\""},
                                                        {"MALE", "write \"male\""},
                                                        {"non-binary", "write \"unknown\""}}) {
    const CliRun r =
        check(testing::case_json(R"({"id": "p1", "sex": ")" + typed + R"(", "age": 40})"));
    EXPECT_EQ(r.code, kExitInvalidCase) << typed;
    EXPECT_TRUE(contains(r.err, "/people/0 (id p1)/sex: error: \"" + typed +
                                    "\" is not a valid sex; expected one of male, female or "
                                    "unknown; " +
                                    advice))
        << r.err;
  }
}

TEST(PlainErrors, ErrorsInAPersonOrRelationshipNameThem) {
  const CliRun r = check(testing::case_json(
      kMother + ", " + R"({"id": "c1", "name": "Jay", "sex": "male", "born": "2023-13"})",
      R"({"type": "parent", "parent": "m1", "child": "c1", "kind": "birth"})"));
  EXPECT_EQ(r.code, kExitInvalidCase);
  EXPECT_TRUE(contains(r.err, "-: /people/1 (Jay)/born: error:")) << r.err;
  EXPECT_TRUE(contains(r.err, "-: /relationships/0 (parent: Gemma Hart, Jay)/kind: error:"))
      << r.err;
  // A file is read again to name them; the names are escaped like the rest.
  const CliRun hostile = check(testing::case_json(
      R"({"id": "m1", "name": "Eve\u001b[2J", "sex": "female", "age": "thirty"})"));
  EXPECT_TRUE(contains(hostile.err, "/people/0 (Eve\\u001B[2J)/age: error:")) << hostile.err;
  EXPECT_FALSE(contains(hostile.err, "\x1b")) << hostile.err;
}

}  // namespace
}  // namespace kinmap
