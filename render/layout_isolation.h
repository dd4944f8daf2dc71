// Graphviz 2.43 can abort (class2.c merge_chain), crash or loop for ever
// (mincross) on some graphs. Laying out in a forked child process, under a
// time and a memory limit, keeps such a failure from taking kinmap down:
// the parent turns it into a LayoutFailed and carries on (a simpler
// drawing, or exit 4 with nothing written).
//
//   LayoutLimits limits;
//   limits.time = std::chrono::seconds(60);
//   IsolatedRun run = run_isolated([&] { return layout_and_render(graph); }, limits);
//   // run.result: what the work returned; run.messages: what it wrote to stderr
//
// The child shares the parent's memory at the moment of the fork (the
// cgraph graph already built), sends back the bytes the work returned and
// everything written to its stderr (Graphviz's messages, assertion text),
// and leaves with _exit(): it never frees the layout, runs no destructors
// and no atexit handlers, so nothing the parent owns is touched twice.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "graphviz.h"

namespace kinmap {

struct LayoutLimits {
  /// Wall-clock time the child may take; zero: no limit.
  std::chrono::milliseconds time{std::chrono::seconds(60)};
  /// The child's address space (RLIMIT_AS); zero: no limit. Not applied in
  /// AddressSanitizer builds, whose shadow memory needs terabytes of it.
  std::size_t memory_bytes = std::size_t{4} << 30;
};

/// Why a layout did not finish.
enum class LayoutStop {
  crashed,        ///< Graphviz aborted or crashed (a signal)
  timed_out,      ///< the time limit was reached; the child was killed
  out_of_memory,  ///< the memory limit was reached
  lines_lost,     ///< finished, but lines could not be routed (see graphviz_messages.h)
};

/// The layout of the genogram failed; what() says so in kinmap's words
/// (which limit, what Graphviz said), without the case file's name, which
/// the command line adds.
class LayoutFailed : public RenderError {
 public:
  LayoutFailed(LayoutStop stop, const std::string& what) : RenderError(what), stop_(stop) {}
  LayoutStop stop() const { return stop_; }

 private:
  LayoutStop stop_;
};

struct IsolatedRun {
  std::string result;    ///< what the work returned
  std::string messages;  ///< everything the child wrote to stderr, Graphviz's messages included
};

/// Runs `work` in a forked child under `limits` and returns its result.
/// A RenderError the work throws is thrown again here with its message;
/// an abort, crash, timeout or memory exhaustion throws LayoutFailed. The
/// parent reads the child's output while it runs, so large drawings cannot
/// fill a pipe and stall it. Throws RenderError if the child cannot start.
IsolatedRun run_isolated(const std::function<std::string()>& work, const LayoutLimits& limits);

}  // namespace kinmap
