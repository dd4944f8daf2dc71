// The safety net under Graphviz: work run in a child process comes back
// whole (however large), and an abort, a crash, an endless loop or running
// out of memory becomes a LayoutFailed saying which, never a dead kinmap.
#include "layout_isolation.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace kinmap {
namespace {

LayoutFailed failure_of(const std::function<std::string()>& work, const LayoutLimits& limits) {
  try {
    run_isolated(work, limits);
  } catch (const LayoutFailed& e) {
    return e;
  }
  ADD_FAILURE() << "the work did not fail";
  return LayoutFailed(LayoutStop::crashed, "");
}

TEST(LayoutIsolation, ReturnsWhatTheWorkReturnedHoweverLarge) {
  // Far more than a pipe holds: the parent must read while the child writes.
  const IsolatedRun run = run_isolated(
      [] {
        std::string large(8 << 20, 'x');
        large.append("end");
        return large;
      },
      {});
  EXPECT_EQ(run.result.size(), (8u << 20) + 3);
  EXPECT_EQ(run.result.substr(run.result.size() - 3), "end");
}

TEST(LayoutIsolation, WhatTheChildWritesToStderrAndGraphvizSaysComesBack) {
  const IsolatedRun run = run_isolated(
      [] {
        std::fputs("libpath/shortest.c:324: triangulation failed\n", stderr);
        agerr(AGWARN, "lost %s %s edge\n", "f1", "c2");
        return std::string("drawn");
      },
      {});
  EXPECT_EQ(run.result, "drawn");
  EXPECT_NE(run.messages.find("triangulation failed"), std::string::npos) << run.messages;
  EXPECT_NE(run.messages.find("lost f1 c2 edge"), std::string::npos) << run.messages;
}

TEST(LayoutIsolation, TheChildCannotChangeTheParentsMemory) {
  int drawn = 0;
  run_isolated(
      [&] {
        drawn = 1;
        return std::string();
      },
      {});
  EXPECT_EQ(drawn, 0);
}

TEST(LayoutIsolation, AnAbortIsAnInternalErrorNamingTheFailedCheck) {
  const LayoutFailed e = failure_of(
      [] {
        // What glibc prints for Graphviz 2.43's assertion in class2.c.
        std::fputs("kinmap: class2.c:161: merge_chain: Assertion `ED_to_virt(e) == NULL' failed.\n",
                   stderr);
        std::abort();
        return std::string();
      },
      {});
  EXPECT_EQ(e.stop(), LayoutStop::crashed);
  EXPECT_STREQ(e.what(),
               "Graphviz stopped with an internal error (an internal check failed in "
               "merge_chain)");
}

TEST(LayoutIsolation, GraphvizsOwnOutOfMemoryAbortIsSaidAsMemory) {
  // Graphviz's allocator prints this and aborts when malloc fails.
  const LayoutFailed e = failure_of(
      [] {
        std::fputs("out of memory\n", stderr);
        std::abort();
        return std::string();
      },
      {});
  EXPECT_EQ(e.stop(), LayoutStop::out_of_memory);
  EXPECT_STREQ(e.what(), "Graphviz ran out of memory (the limit is 4 GiB)");
}

TEST(LayoutIsolation, ACrashIsAnInternalError) {
  const LayoutFailed e = failure_of(
      [] {
        std::raise(SIGSEGV);
        return std::string();
      },
      {});
  EXPECT_EQ(e.stop(), LayoutStop::crashed);
  EXPECT_NE(std::string(e.what()).find("internal error"), std::string::npos) << e.what();
}

TEST(LayoutIsolation, ExitingBeforeFinishingIsAnInternalError) {
  // Graphviz calls exit() on some errors; a sanitizer exits after its report.
  const LayoutFailed e = failure_of(
      [] {
        ::_exit(3);
        return std::string();
      },
      {});
  EXPECT_EQ(e.stop(), LayoutStop::crashed);
  EXPECT_STREQ(
      e.what(),
      "Graphviz stopped with an internal error (it exited with status 3 before finishing)");
}

TEST(LayoutIsolation, AnEndlessLoopIsStoppedAtTheTimeLimit) {
  LayoutLimits limits;
  limits.time = std::chrono::seconds(1);
  const auto start = std::chrono::steady_clock::now();
  const LayoutFailed e = failure_of(
      [] {
        for (volatile bool forever = true; forever;) {
        }
        return std::string();
      },
      limits);
  const auto took = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(e.stop(), LayoutStop::timed_out);
  EXPECT_STREQ(e.what(), "Graphviz did not finish within the time limit of 1 s (--layout-timeout)");
  EXPECT_GE(took, std::chrono::milliseconds(900));
  EXPECT_LT(took, std::chrono::seconds(5));
}

TEST(LayoutIsolation, ARenderErrorKeepsItsMessage) {
  try {
    run_isolated([]() -> std::string { throw RenderError("Graphviz could not write svg"); }, {});
    FAIL() << "no error";
  } catch (const LayoutFailed&) {
    FAIL() << "a RenderError is not a failed layout";
  } catch (const RenderError& e) {
    EXPECT_STREQ(e.what(), "Graphviz could not write svg");
  }
}

#if defined(__SANITIZE_ADDRESS__)
#define KINMAP_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KINMAP_TEST_UNDER_ASAN 1
#endif
#endif

TEST(LayoutIsolation, RunningOutOfMemoryIsSaidWithTheLimit) {
#ifdef KINMAP_TEST_UNDER_ASAN
  GTEST_SKIP() << "AddressSanitizer needs an unlimited address space; no memory limit is set";
#endif
  LayoutLimits limits;
  limits.memory_bytes = std::size_t{1} << 30;
  const LayoutFailed e = failure_of(
      [] {
        std::string grown;
        for (;;) grown.append(std::size_t{16} << 20, 'x');  // std::bad_alloc at the limit
        return grown;
      },
      limits);
  EXPECT_EQ(e.stop(), LayoutStop::out_of_memory);
  EXPECT_STREQ(e.what(), "Graphviz ran out of memory (the limit is 1 GiB)");
}

}  // namespace
}  // namespace kinmap
