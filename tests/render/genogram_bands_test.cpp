// Wrapping a wide family (genogram_bands.h): two unrelated families side by
// side would make one long row; they are stacked, each keeping its own
// generations, and a small family is left as it is.
#include "genogram_bands.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace kinmap {
namespace {

std::string ids(const FamilyGraph& family, const std::vector<FamilyGraph::Vertex>& people) {
  std::string out;
  for (auto v : people) out += (out.empty() ? "" : " ") + family.person(v).id;
  return out;
}

FamilyGraph large_family() {
  return testing::family(testing::read_file(testing::source_path("examples/large_family.json")));
}

TEST(GenogramBands, TheKellyAndHoltFamiliesAreTwoBranchesStackedInTwoBands) {
  const FamilyGraph family = large_family();
  const GenogramBands bands = plan_bands(family, plan_genogram(family, {}));
  ASSERT_EQ(bands.branches.size(), 2u);
  const GenogramBranch& kelly = bands.branches[0];
  const GenogramBranch& holt = bands.branches[1];
  EXPECT_EQ(family.person(kelly.people.front()).id, "ggf1");
  EXPECT_EQ(kelly.people.size() + holt.people.size(), family.size());
  // Great-grandparents down to Archie, Brandon's baby; Holt: four generations.
  EXPECT_EQ(kelly.generations, 5);
  EXPECT_EQ(holt.generations, 4);
  EXPECT_EQ(family.person(kelly.bottom).id, "g5");
  const std::string kelly_top = family.person(kelly.top).id;
  EXPECT_TRUE(kelly_top == "ggf1" || kelly_top == "ggm1") << kelly_top;
  const std::string holt_top = family.person(holt.top).id;
  EXPECT_TRUE(holt_top == "ggf2" || holt_top == "ggm2") << holt_top;

  EXPECT_TRUE(bands.wide);
  ASSERT_EQ(bands.bands.size(), 2u);
  EXPECT_EQ(bands.bands[0], std::vector<std::size_t>{0});
  EXPECT_EQ(bands.bands[1], std::vector<std::size_t>{1});
  EXPECT_EQ(family.person(bands.anchor(0)).id, "g5");
  EXPECT_EQ(bands.across, std::max(kelly.widest, holt.widest));
}

TEST(GenogramBands, ASmallFamilyAndAnUnrelatedManStayInOneBand) {
  const FamilyGraph family = testing::family(testing::case_json(
      R"({"id": "mum", "sex": "female", "born": "1990"},
         {"id": "dad", "sex": "male", "born": "1988"},
         {"id": "kid", "sex": "female", "born": "2020"},
         {"id": "lodger", "sex": "male", "born": "1970"})",
      R"({"type": "partner", "a": "dad", "b": "mum", "status": "current", "form": "married"},
         {"type": "parent", "parent": "mum", "child": "kid"},
         {"type": "parent", "parent": "dad", "child": "kid"})"));
  const GenogramBands bands = plan_bands(family, plan_genogram(family, {}));
  ASSERT_EQ(bands.branches.size(), 2u);
  EXPECT_EQ(ids(family, bands.branches[0].people), "mum dad kid");
  EXPECT_EQ(bands.branches[0].generations, 2);
  EXPECT_EQ(bands.branches[0].widest, 2u);
  EXPECT_EQ(ids(family, bands.branches[1].people), "lodger");
  EXPECT_FALSE(bands.wide);
  ASSERT_EQ(bands.bands.size(), 1u);
  EXPECT_EQ(bands.bands[0], (std::vector<std::size_t>{0, 1}));
}

TEST(GenogramBands, PeopleInOneHomeAreOneBranchThoughNotRelated) {
  const FamilyGraph family = testing::family(testing::case_json(
      R"({"id": "mum", "sex": "female", "born": "1990"},
         {"id": "kid", "sex": "female", "born": "2020"},
         {"id": "lodger", "sex": "male", "born": "1970"})",
      R"({"type": "parent", "parent": "mum", "child": "kid"})",
      R"("households": [{"id": "h", "members": [{"person": "mum"}, {"person": "kid"},
                                              {"person": "lodger"}]}])"));
  const GenogramBands bands = plan_bands(family, plan_genogram(family, {}));
  ASSERT_EQ(bands.branches.size(), 1u);
  EXPECT_EQ(bands.branches[0].people.size(), 3u);
}

/// `couples` unrelated couples with two children each.
FamilyGraph unrelated_families(int couples) {
  std::string people, relationships;
  for (int i = 0; i < couples; ++i) {
    const std::string n = std::to_string(i);
    people += std::string(i ? "," : "") + R"({"id": "m)" + n +
              R"(", "sex": "female", "born": "1990"},
        {"id": "f)" +
              n + R"(", "sex": "male", "born": "1990"},
        {"id": "a)" +
              n + R"(", "sex": "male", "born": "2015"},
        {"id": "b)" +
              n + R"(", "sex": "female", "born": "2017"})";
    relationships += std::string(i ? "," : "") + R"({"type": "partner", "a": "f)" + n +
                     R"(", "b": "m)" + n + R"(", "status": "current", "form": "married"})";
    for (const std::string child : {"a", "b"})
      for (const std::string parent : {"m", "f"})
        relationships += R"(,{"type": "parent", "parent": ")" + parent + n + R"(", "child": ")" +
                         child + n + R"("})";
  }
  return testing::family(testing::case_json(people, relationships));
}

// Twelve unrelated couples with two children each, too wide for one row:
// several bands, each no wider than the widest, every couple whole.
TEST(GenogramBands, ManyUnrelatedFamiliesWrapOntoSeveralBands) {
  const FamilyGraph family = unrelated_families(12);
  const GenogramBands bands = plan_bands(family, plan_genogram(family, {}));
  ASSERT_EQ(bands.branches.size(), 12u);
  EXPECT_TRUE(bands.wide);
  EXPECT_GT(bands.bands.size(), 1u);
  EXPECT_LT(bands.bands.size(), 12u);
  std::size_t seen = 0;
  for (std::size_t b = 0; b < bands.bands.size(); ++b)
    for (std::size_t branch : bands.bands[b]) EXPECT_EQ(branch, seen++);  // in file order
  EXPECT_EQ(seen, 12u);
}

// Three hundred families (1,200 people) cannot be read on A3 however they
// are wrapped: left in one row, where Graphviz lays each out on its own.
TEST(GenogramBands, AFamilyTooLargeToReadAnywayIsNotWrapped) {
  const FamilyGraph family = unrelated_families(300);
  const GenogramBands bands = plan_bands(family, plan_genogram(family, {}));
  EXPECT_EQ(bands.branches.size(), 300u);
  EXPECT_FALSE(bands.wide);
  EXPECT_EQ(bands.bands.size(), 1u);
}

}  // namespace
}  // namespace kinmap
