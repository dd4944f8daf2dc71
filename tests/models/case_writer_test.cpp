// Load -> write -> load gives the same model, and writing is canonical.
#include "case_writer.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace kinmap {
namespace {

TEST(CaseWriter, RoundTripsEveryExample) {
  const auto examples = testing::example_files();
  if (examples.empty()) GTEST_SKIP() << "no examples/*.json yet";
  for (const auto& path : examples) {
    const std::string original = testing::read_file(path.string());
    const Case first = load_case_or_throw(original, path.string(), RiskModel::builtin());
    const std::string written = write_case(first);
    const Case second = load_case_or_throw(written, "written", RiskModel::builtin());
    EXPECT_EQ(write_case(second), written) << path;
    EXPECT_EQ(second.people.size(), first.people.size()) << path;
    EXPECT_EQ(second.relationships.size(), first.relationships.size()) << path;
    EXPECT_EQ(second.events.size(), first.events.size()) << path;
  }
}

TEST(CaseWriter, KeepsEveryFieldOfAFullCase) {
  const std::string text = testing::case_json(
      R"({"id": "m1", "sex": "female", "name": "Kay", "aliases": ["K"], "born": "2001-03", "identity": "partial",
          "assessment": {"status": "complete", "date": "2026-09-10", "by": "CSC"}, "engagement": "engaged",
          "known_to": ["gp", "csc"], "checks": ["police"], "risk": [{"factor": "domestic_abuse_victim", "source": "police", "date": "2026-04", "note": "n"}],
          "asked_about_children": true, "ids": {"nhs": "000 000 0000"}, "notes": "a\nb", "ext": {"k": 1}},
         {"id": "c1", "sex": "female", "born": "2024-06-02"}, {"id": "f1", "sex": "male", "age": 27})",
      R"({"type": "parent", "parent": "m1", "child": "c1", "kind": "presumed", "pr": true, "source": "mother", "reported": "2026-01", "note": "x"},
         {"type": "partner", "a": "m1", "b": "f1", "status": "on_off", "form": "dating", "from": "2022", "to": "2026-05"},
         {"type": "contact", "adult": "f1", "child": "c1", "frequency": "weekly", "supervised": true, "basis": "court_order"},
         {"type": "care", "carer": "f1", "child": "c1", "frequency": "daily"},
         {"type": "abuse", "from": "f1", "to": "m1", "forms": ["stalking"], "last": "2026-04-20"},
         {"type": "other", "a": "f1", "b": "c1", "label": "godfather"})",
      R"("households": [{"id": "h1", "label": "Home", "confirmed": "2026-10", "members": [{"person": "m1"}, {"person": "f1", "status": "visitor", "from": "2026-01", "to": "2026-12"}]}],
         "plan": {"type": "child_in_need", "date": "2026-09", "review": "2026-12", "children": ["c1"], "named": ["m1"], "invited": ["m1"], "attended": ["m1"], "relies_on": ["m1"]},
         "events": [{"date": "2026-10-12", "type": "sighting", "people": ["f1"], "household": "h1", "source": "police", "note": "seen"}],
         "dash": [{"victim": "m1", "perpetrator": "f1", "date": "2026-04-21", "answers": {"q01": true, "q02": null}}])");
  const Case first = load_case_or_throw(text, "t", RiskModel::builtin());
  const std::string written = write_case(first);
  const Case second = load_case_or_throw(written, "w", RiskModel::builtin());
  EXPECT_EQ(write_case(second), written);
  EXPECT_EQ(second.people[0].ids.at("nhs"), "000 000 0000");
  EXPECT_EQ(second.people[0].assessment.by, "CSC");
  EXPECT_EQ(second.relationships[1].status, PartnerStatus::on_off);
  EXPECT_EQ(second.relationships[2].basis, ContactBasis::court_order);
  EXPECT_EQ(second.relationships[5].label, "godfather");
  EXPECT_EQ(second.dash[0].answers.size(), 2u);
  EXPECT_FALSE(second.dash[0].answers.at("q02").has_value());
  EXPECT_EQ(second.people[0].ext_json, R"({"k":1})");
  EXPECT_NE(written.find("\"notes\": \"a\\nb\""), std::string::npos);
}

}  // namespace
}  // namespace kinmap
