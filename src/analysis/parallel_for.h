// Runs independent pieces of the analysis on the machine's cores.
//
//   std::vector<ChildCircle> circles(children.size());
//   parallel_for(children.size(), [&](std::size_t i) { circles[i] = query.circle_of(children[i]);
//   });
//
// `work(i)` is called once for each i in [0, count), from up to
// analysis_threads() threads; each call must write only its own slot, so
// the result is the same as a plain loop's, in the same order. The first
// exception thrown by any call is rethrown here once all have stopped.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kinmap {

/// The machine's cores, or KINMAP_THREADS when set to a whole number of at
/// least 1 (KINMAP_THREADS=1 runs everything in the calling thread, e.g. to
/// count the analysis's work with valgrind, which follows one thread).
inline std::size_t analysis_threads() {
  static const std::size_t threads = [] {
    if (const char* text = std::getenv("KINMAP_THREADS")) {
      char* end = nullptr;
      const unsigned long n = std::strtoul(text, &end, 10);
      if (end != text && *end == '\0' && n >= 1) return static_cast<std::size_t>(n);
    }
    return static_cast<std::size_t>(std::max(1u, std::thread::hardware_concurrency()));
  }();
  return threads;
}

template <typename Work>
void parallel_for(std::size_t count, Work work) {
  const std::size_t threads = std::min(count, analysis_threads());
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto run = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < count;) {
      try {
        work(i);
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next = count;  // the others stop at their next piece
      }
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(run);
  run();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace kinmap
