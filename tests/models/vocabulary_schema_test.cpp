// The JSON Schema users validate against and the loader's word lists must
// name the same words: a word added to one and not the other would be
// accepted by one checker and rejected by the other.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support.h"
#include "vocabulary.h"

namespace kinmap {
namespace {

const nlohmann::json& schema() {
  static const nlohmann::json parsed = [] {
    std::ifstream in(testing::source_path("models/case.schema.json"));
    return nlohmann::json::parse(in);
  }();
  return parsed;
}

template <typename E>
void expect_schema_lists_the_vocabulary(const std::string& pointer) {
  std::vector<std::string> words;
  for (const auto& word : vocabulary<E>()) words.emplace_back(word.spelling);
  const auto& node = schema().at(nlohmann::json::json_pointer(pointer));
  EXPECT_EQ(node.at("enum").get<std::vector<std::string>>(), words) << pointer;
}

TEST(VocabularyAndSchema, NameTheSameWordsInTheSameOrder) {
  expect_schema_lists_the_vocabulary<Agency>("/$defs/agency");
  expect_schema_lists_the_vocabulary<Sex>("/$defs/person/properties/sex");
  expect_schema_lists_the_vocabulary<Identity>("/$defs/person/properties/identity");
  expect_schema_lists_the_vocabulary<AssessmentStatus>(
      "/$defs/person/properties/assessment/properties/status");
  expect_schema_lists_the_vocabulary<Engagement>("/$defs/person/properties/engagement");
  expect_schema_lists_the_vocabulary<RiskBasis>(
      "/$defs/person/properties/risk/items/properties/basis");
  expect_schema_lists_the_vocabulary<RelationshipType>("/$defs/relationship/properties/type");
  expect_schema_lists_the_vocabulary<ParentKind>("/$defs/relationship/oneOf/0/properties/kind");
  expect_schema_lists_the_vocabulary<PartnerStatus>(
      "/$defs/relationship/oneOf/1/properties/status");
  expect_schema_lists_the_vocabulary<PartnerForm>("/$defs/relationship/oneOf/1/properties/form");
  expect_schema_lists_the_vocabulary<Frequency>("/$defs/relationship/oneOf/2/properties/frequency");
  expect_schema_lists_the_vocabulary<ContactBasis>("/$defs/relationship/oneOf/2/properties/basis");
  expect_schema_lists_the_vocabulary<Frequency>("/$defs/relationship/oneOf/3/properties/frequency");
  expect_schema_lists_the_vocabulary<AbuseForm>(
      "/$defs/relationship/oneOf/4/properties/forms/items");
  expect_schema_lists_the_vocabulary<MemberStatus>(
      "/$defs/household/properties/members/items/properties/status");
  expect_schema_lists_the_vocabulary<PlanType>("/$defs/plan/properties/type");
  expect_schema_lists_the_vocabulary<EventType>("/$defs/event/properties/type");
}

}  // namespace
}  // namespace kinmap
