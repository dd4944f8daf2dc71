// parallel_for: every piece done once, in its own slot; a failure comes back.
#include "analysis/parallel_for.h"

#include <gtest/gtest.h>

#include <numeric>
#include <stdexcept>
#include <vector>

namespace kinmap {
namespace {

TEST(ParallelFor, DoesEveryPieceOnceIntoItsOwnSlot) {
  std::vector<int> calls(10000, 0);
  parallel_for(calls.size(), [&](std::size_t i) { calls[i] += static_cast<int>(i % 7) + 1; });
  for (std::size_t i = 0; i < calls.size(); ++i) ASSERT_EQ(calls[i], static_cast<int>(i % 7) + 1);
}

TEST(ParallelFor, NothingToDoIsNothingDone) {
  int calls = 0;
  parallel_for(0, [&](std::size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(ParallelFor, AFailureInAnyPieceIsRethrownToTheCaller) {
  EXPECT_THROW(parallel_for(1000,
                            [](std::size_t i) {
                              if (i == 637) throw std::out_of_range("piece 637");
                            }),
               std::out_of_range);
}

}  // namespace
}  // namespace kinmap
