// Redaction: no name, alias, note or free text survives; analysis still works.
#include "analysis/redaction.h"

#include <gtest/gtest.h>

#include "analysis/analyse.h"
#include "case_writer.h"
#include "report/json_report.h"
#include "report/markdown_report.h"
#include "report/text_report.h"
#include "test_support.h"

namespace kinmap {
namespace {

using testing::case_json;

const std::string kCase = R"({"format": "kinmap-case/1",
  "case": {"id": "dunn-family", "title": "Children of Kayleigh Dunn", "as_of": "2026-11-01",
           "marking": "OFFICIAL-SENSITIVE", "ext": {"worker": "Jo Bloggs"}},
  "people": [
    {"id": "kayleigh", "name": "Kayleigh Dunn", "aliases": ["Kay Smith"], "sex": "female", "born": "1998-03",
     "ids": {"nhs": "943 476 5919"}, "notes": "Lives with her sister Stacey.",
     "assessment": {"status": "complete", "date": "2026-09-10", "by": "SW Jane Parker"},
     "risk": [{"factor": "domestic_abuse_victim", "source": "PC Hughes", "note": "Told PC Hughes about Ryan"}]},
    {"id": "ryan", "name": "Ryan Cole", "sex": "male", "age": 27, "engagement": "not_contacted",
     "risk": [{"factor": "domestic_abuse_perpetrator", "source": "police", "date": "2026-04-20"}]},
    {"id": "mia", "name": "Mia Dunn", "sex": "female", "born": "2024-06-02"},
    {"id": "stranger", "name": "Man called Gaz", "sex": "male", "identity": "partial"}
  ],
  "relationships": [
    {"type": "parent", "parent": "kayleigh", "child": "mia", "pr": true},
    {"type": "parent", "parent": "ryan", "child": "mia", "pr": true, "note": "Ryan Cole named on the birth certificate"},
    {"type": "contact", "adult": "ryan", "child": "mia", "frequency": "weekly", "supervised": false, "source": "Nan Dunn"},
    {"type": "abuse", "from": "ryan", "to": "kayleigh", "forms": ["physical"], "source": "police"},
    {"type": "other", "a": "stranger", "b": "kayleigh", "label": "Gaz from the Red Lion"},
    {"type": "partner", "a": "kayleigh", "b": "stranger", "status": "current"}
  ],
  "households": [{"id": "dunn-home", "label": "14 Acacia Road", "confirmed": "2026-10-01",
                  "members": [{"person": "kayleigh"}, {"person": "mia"}, {"person": "stranger", "status": "staying"}]}],
  "plan": {"type": "child_protection", "children": ["mia"], "named": ["kayleigh"], "relies_on": ["kayleigh"]},
  "events": [{"date": "2026-10-12", "type": "sighting", "people": ["ryan"], "household": "dunn-home",
              "source": "neighbour Mrs Patel", "note": "Ryan Cole's van outside"}],
  "dash": [{"victim": "kayleigh", "perpetrator": "ryan", "date": "2026-04-21", "yes_count": 15}]})";

const char* const kSecrets[] = {"Kayleigh",    "Dunn",     "Kay Smith", "Ryan",   "Cole",
                                "Mia",         "Gaz",      "Red Lion",  "Stacey", "Jane Parker",
                                "Hughes",      "Patel",    "943 476",   "Acacia", "Jo Bloggs",
                                "dunn-family", "kayleigh", "ryan",      "mia",    "stranger",
                                "dunn-home",   "Nan"};

void expect_no_secret(const std::string& text, const std::string& what) {
  for (const char* secret : kSecrets)
    EXPECT_EQ(text.find(secret), std::string::npos) << what << " leaks \"" << secret << "\"";
}

TEST(Redaction, NoNameOrFreeTextSurvivesInTheCaseOrAnyReport) {
  const Case original = load_case_or_throw(kCase, "case.json", RiskModel::builtin());
  const Case redacted = redact(original, RiskModel::builtin());
  expect_no_secret(write_case(redacted), "the redacted case");
  const FamilyGraph g(redacted);
  const auto findings = analyse(g);
  ASSERT_FALSE(findings.empty());
  expect_no_secret(json_report(redacted.info, findings), "JSON");
  expect_no_secret(text_report(g, findings), "text");
  expect_no_secret(markdown_report(g, findings), "Markdown");
  EXPECT_NE(text_report(g, findings).find("OFFICIAL-SENSITIVE"),
            std::string::npos);  // the marking stays
}

TEST(Redaction, RolesReplaceNamesAndIds) {
  const Case redacted =
      redact(load_case_or_throw(kCase, "case.json", RiskModel::builtin()), RiskModel::builtin());
  std::vector<std::pair<std::string, std::string>> people;
  for (const Person& p : redacted.people) people.emplace_back(p.id, p.name);
  EXPECT_EQ(people, (std::vector<std::pair<std::string, std::string>>{
                        {"mother", "Mother"},
                        {"father", "Father"},
                        {"child-1", "Child 1"},
                        {"mothers-partner", "Mother's partner"}}));
  EXPECT_EQ(redacted.info.title, "Redacted case");
  EXPECT_EQ(redacted.info.id, "redacted");
  EXPECT_EQ(redacted.households[0].label, "Household 1");
  EXPECT_EQ(redacted.plan->relies_on, std::vector<std::string>{"mother"});
  EXPECT_EQ(redacted.dash[0].perpetrator, "father");
  EXPECT_EQ(redacted.relationships[3].source, "police");  // an agency code is kept
  EXPECT_EQ(redacted.relationships[2].source, "");        // a person's name is not
}

TEST(Redaction, TheRedactedCaseAnalysesTheSameWay) {
  const Case original = load_case_or_throw(kCase, "case.json", RiskModel::builtin());
  const FamilyGraph before(original);
  const FamilyGraph after(redact(original, RiskModel::builtin()));
  const auto a = analyse(before), b = analyse(after);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].rule, b[i].rule);
    EXPECT_EQ(a[i].severity, b[i].severity);
  }
  // And it is still a valid case file.
  EXPECT_TRUE(testing::load(write_case(redact(original, RiskModel::builtin()))).ok());
}

}  // namespace
}  // namespace kinmap
