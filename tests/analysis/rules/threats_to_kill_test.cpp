// THREATS_TO_KILL: threats to kill or strangulation anywhere in the record.
#include <gtest/gtest.h>

#include "analysis/analysis_test_support.h"

namespace kinmap {
namespace {

using testing::case_json;
using testing::findings;
using testing::Ids;

const std::string kPeople =
    R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
       {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
       {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27})";
const std::string kParents =
    R"({"type": "parent", "parent": "m1", "child": "c1"}, {"type": "parent", "parent": "f1", "child": "c1"})";

TEST(ThreatsToKill, StrangulationInARecordedAbuse) {
  const auto found = findings(
      case_json(
          kPeople,
          kParents +
              R"(, {"type": "abuse", "from": "f1", "to": "m1", "forms": ["physical", "strangulation"], "last": "2026-04-20"})"),
      "THREATS_TO_KILL");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, Severity::urgent);
  EXPECT_EQ(found[0].people, (Ids{"f1", "m1"}));  // who did it, then the victim
  EXPECT_EQ(found[0].children, Ids{"c1"});
  EXPECT_MENTIONS(found[0], "Ryan Cole (Mia's father) has a record of non-fatal strangulation");
  EXPECT_MENTIONS(found[0], "in the recorded abuse of Kayleigh Dunn (last 2026-04-20)");
  EXPECT_MENTIONS(found[0], "urgent risk assessment");
}

TEST(ThreatsToKill, ARiskFactorAlone) {
  const auto found = findings(
      case_json(R"({"id": "m1", "name": "Kayleigh Dunn", "sex": "female", "born": "1998-03"},
                   {"id": "c1", "name": "Mia", "sex": "female", "born": "2024-06-02"},
                   {"id": "f1", "name": "Ryan Cole", "sex": "male", "age": 27,
                    "risk": [{"factor": "threats_to_kill", "source": "police", "date": "2026-07"}]})",
                kParents),
      "THREATS_TO_KILL");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, Ids{"f1"});  // no victim recorded
  EXPECT_MENTIONS(found[0], "threats to kill recorded as a risk factor by police (2026-07)");
}

TEST(ThreatsToKill, AThreatEventNamesWhoThreatenedFromTheAbuseRecord) {
  // The event lists the mother first; the abuse record shows who threatens whom.
  const auto found = findings(
      case_json(
          kPeople,
          kParents + R"(, {"type": "abuse", "from": "f1", "to": "m1", "forms": ["emotional"]})",
          R"("events": [{"date": "2026-10-02", "type": "threat", "people": ["m1", "f1"], "source": "police"}])"),
      "THREATS_TO_KILL");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].people, (Ids{"f1", "m1"}));
  EXPECT_MENTIONS(found[0], "a threat recorded on 2026-10-02 by police");
}

TEST(ThreatsToKill, QuietForOtherAbuseAndEvents) {
  const auto found = findings(
      case_json(
          kPeople,
          kParents +
              R"(, {"type": "abuse", "from": "f1", "to": "m1", "forms": ["physical", "coercive_control"]})",
          R"("events": [{"date": "2026-10-02", "type": "incident", "people": ["m1", "f1"]}])"),
      "THREATS_TO_KILL");
  EXPECT_TRUE(found.empty());
}

}  // namespace
}  // namespace kinmap
