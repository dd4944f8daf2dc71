#include "layout_isolation.h"

#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <new>
#include <thread>

#if defined(__SANITIZE_ADDRESS__)
#define KINMAP_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KINMAP_ADDRESS_SANITIZER 1
#endif
#endif

namespace kinmap {
namespace {

// The first byte the child sends on the result pipe says how the work ended.
constexpr char kReturned = 'R';
constexpr char kRenderError = 'E';
constexpr char kOutOfMemory = 'M';
constexpr char kOtherError = 'X';

/// Both ends of a pipe, closed when it goes out of scope.
class Pipe {
 public:
  Pipe() {
    if (::pipe(fds_) != 0)
      throw RenderError(std::string("could not start the layout process: ") + std::strerror(errno));
  }
  ~Pipe() {
    close_read();
    close_write();
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  int read_end() const { return fds_[0]; }
  int write_end() const { return fds_[1]; }
  void close_read() { close(fds_[0]); }
  void close_write() { close(fds_[1]); }

 private:
  static void close(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  int fds_[2] = {-1, -1};
};

void write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return;  // the parent has gone: nobody is left to tell
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
}

[[noreturn]] void run_child(const std::function<std::string()>& work, const LayoutLimits& limits,
                            int result_fd, int message_fd) {
  ::dup2(message_fd, STDERR_FILENO);
  send_graphviz_messages_to(STDERR_FILENO);
#ifndef KINMAP_ADDRESS_SANITIZER
  if (limits.memory_bytes > 0) {
    const rlimit memory{static_cast<rlim_t>(limits.memory_bytes),
                        static_cast<rlim_t>(limits.memory_bytes)};
    ::setrlimit(RLIMIT_AS, &memory);
  }
#endif
  char status = kReturned;
  std::string payload;
  try {
    payload = work();
  } catch (const std::bad_alloc&) {
    status = kOutOfMemory;
  } catch (const RenderError& e) {
    status = kRenderError;
    payload = e.what();
  } catch (const std::exception& e) {
    status = kOtherError;
    payload = e.what();
  }
  write_all(result_fd, &status, 1);
  write_all(result_fd, payload.data(), payload.size());
  // No destructors, no atexit handlers, no stdio flush: the layout, the
  // graph and every buffer belong to the parent's copy of the memory.
  ::_exit(0);
}

std::string gibibytes(std::size_t bytes) {
  const double value = static_cast<double>(bytes) / static_cast<double>(std::size_t{1} << 30);
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text + " GiB";
}

std::string seconds(std::chrono::milliseconds time) {
  const double value = static_cast<double>(time.count()) / 1000.0;
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text + " s";
}

/// What Graphviz said as it stopped, in a few words: the function of a
/// failed assertion ("an internal check failed in merge_chain"), or nothing.
std::string last_words(const std::string& messages) {
  const auto assertion = messages.find("Assertion");
  if (assertion != std::string::npos) {
    // glibc: "PROGRAM: FILE:LINE: FUNCTION: Assertion `...' failed."
    const auto line_start = messages.rfind('\n', assertion);
    const std::string line =
        messages.substr(line_start == std::string::npos ? 0 : line_start + 1,
                        assertion - (line_start == std::string::npos ? 0 : line_start + 1));
    std::string function;
    const auto end = line.rfind(':');
    if (end != std::string::npos && end > 0) {
      const auto start = line.rfind(": ", end - 1);
      if (start != std::string::npos) function = line.substr(start + 2, end - start - 2);
    }
    return function.empty() ? "an internal check failed"
                            : "an internal check failed in " + function;
  }
  return "";
}

}  // namespace

IsolatedRun run_isolated(const std::function<std::string()>& work, const LayoutLimits& limits) {
  Pipe result;
  Pipe messages;
  const pid_t child = ::fork();
  if (child < 0)
    throw RenderError(std::string("could not start the layout process: ") + std::strerror(errno));
  if (child == 0) {
    result.close_read();
    messages.close_read();
    run_child(work, limits, result.write_end(), messages.write_end());
  }
  result.close_write();
  messages.close_write();

  using Clock = std::chrono::steady_clock;
  const bool limited = limits.time.count() > 0;
  const Clock::time_point deadline = Clock::now() + limits.time;
  const auto remaining_ms = [&]() -> int {
    if (!limited) return -1;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return left.count() <= 0 ? 0 : static_cast<int>(std::min<long long>(left.count(), 1 << 30));
  };

  IsolatedRun run;
  std::string returned;
  bool timed_out = false;
  pollfd fds[2] = {{result.read_end(), POLLIN, 0}, {messages.read_end(), POLLIN, 0}};
  std::string* into[2] = {&returned, &run.messages};
  char buffer[1 << 16];
  while (fds[0].fd >= 0 || fds[1].fd >= 0) {
    const int wait = remaining_ms();
    if (limited && wait == 0) {
      timed_out = true;
      break;
    }
    const int ready = ::poll(fds, 2, wait);
    if (ready < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        into[i]->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;  // end of output; the Pipe closes it
      }
    }
  }
  // Both pipes closed: the child is about to exit. Wait for it, still within the limit.
  int status = 0;
  while (!timed_out) {
    const pid_t done = ::waitpid(child, &status, WNOHANG);
    if (done == child) break;
    if (done < 0 && errno != EINTR)
      throw RenderError(std::string("lost the layout process: ") + std::strerror(errno));
    if (limited && remaining_ms() == 0) {
      timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  if (timed_out) {
    ::kill(child, SIGKILL);
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    throw LayoutFailed(LayoutStop::timed_out, "Graphviz did not finish within the time limit of " +
                                                  seconds(limits.time) + " (--layout-timeout)");
  }

  const bool out_of_memory_said = run.messages.find("out of memory") != std::string::npos;
  const std::string memory_limit =
      limits.memory_bytes > 0 ? " (the limit is " + gibibytes(limits.memory_bytes) + ")" : "";
  if (WIFSIGNALED(status)) {
    const int signal = WTERMSIG(status);
    if (out_of_memory_said ||
        signal == SIGKILL)  // SIGKILL we did not send: the system's OOM killer
      throw LayoutFailed(LayoutStop::out_of_memory, "Graphviz ran out of memory" + memory_limit);
    const std::string words = last_words(run.messages);
    throw LayoutFailed(LayoutStop::crashed,
                       "Graphviz stopped with an internal error (" +
                           (words.empty() ? std::string(strsignal(signal)) : words) + ")");
  }
  if (returned.empty()) {
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (out_of_memory_said)
      throw LayoutFailed(LayoutStop::out_of_memory, "Graphviz ran out of memory" + memory_limit);
    // A crash a sanitizer caught ends this way too: it reports, then exits.
    throw LayoutFailed(LayoutStop::crashed,
                       "Graphviz stopped with an internal error (it exited with status " +
                           std::to_string(code) + " before finishing)");
  }
  const char how = returned[0];
  returned.erase(0, 1);
  switch (how) {
    case kReturned:
      run.result = std::move(returned);
      return run;
    case kRenderError:
      throw RenderError(returned);
    case kOutOfMemory:
      throw LayoutFailed(LayoutStop::out_of_memory, "Graphviz ran out of memory" + memory_limit);
    case kOtherError:
    default:
      throw LayoutFailed(LayoutStop::crashed, "the layout stopped with an error: " + returned);
  }
}

}  // namespace kinmap
