// ctnn/io/detail/isolated_process.hpp: the caller's side of an isolated load
// (ctnn/io/isolated_load.hpp): starting ctnn-keras-worker, sending it the request, reading and
// checking what comes back, reaping it. Compiled into the library ctnn::keras
// (src/keras/isolated_load.cpp); tests/support/isolated_child.hpp drives collect_isolated_result
// with children that lie.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "ctnn/io/detail/isolated_protocol.hpp"
#include "ctnn/io/file_error.hpp"
#include "ctnn/io/model_facts.hpp"

extern char** environ;

namespace ctnn::keras::detail {

/// A file descriptor closed when it goes out of scope.
class unique_fd {
 public:
  unique_fd() = default;
  explicit unique_fd(int fd) : fd_(fd) {}
  unique_fd(unique_fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  unique_fd(const unique_fd&) = delete;
  unique_fd& operator=(const unique_fd&) = delete;
  unique_fd& operator=(unique_fd&&) = delete;
  ~unique_fd() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);  // never retried on EINTR: Linux has released the descriptor either way
    fd_ = -1;
  }

 private:
  int fd_ = -1;
};

/// A descriptor numbered 10 or above, closed on exec, in place of `fd` (closed): the worker's
/// descriptors 0 to 3 are made from it with dup2, which must not find it there already.
inline unique_fd high_descriptor(unique_fd original, const std::string& context) {
  const int moved = ::fcntl(original.get(), F_DUPFD_CLOEXEC, 10);
  if (moved < 0) throw std::system_error(errno, std::generic_category(), context);
  return unique_fd(moved);
}

/// A pipe, both ends closed on exec and numbered 10 or above.
inline std::array<unique_fd, 2> make_pipe(const std::string& context) {
  int ends[2];
#if defined(__linux__)
  const int status = ::pipe2(ends, O_CLOEXEC);  // closed on exec from the start: another thread may spawn meanwhile
#else
  const int status = ::pipe(ends);
#endif
  if (status != 0) throw std::system_error(errno, std::generic_category(), context + ": cannot make a pipe");
  unique_fd read_end(ends[0]), write_end(ends[1]);
  return {high_descriptor(std::move(read_end), context), high_descriptor(std::move(write_end), context)};
}

/// A connected pair of stream sockets, closed on exec and numbered 10 or above: the request goes
/// one way and the result the other, and a write to a peer that is gone fails instead of raising
/// SIGPIPE (send with MSG_NOSIGNAL).
inline std::array<unique_fd, 2> make_channel(const std::string& context) {
  int ends[2];
#if defined(SOCK_CLOEXEC)
  constexpr int type = SOCK_STREAM | SOCK_CLOEXEC;
#else
  constexpr int type = SOCK_STREAM;
#endif
  if (::socketpair(AF_UNIX, type, 0, ends) != 0)
    throw std::system_error(errno, std::generic_category(), context + ": cannot make a socket pair");
  unique_fd first(ends[0]), second(ends[1]);
  return {high_descriptor(std::move(first), context), high_descriptor(std::move(second), context)};
}

/// Writes all of `bytes` to `fd`, through signals and partial writes; false when the reader is gone.
inline bool write_fully(int fd, const void* data, std::size_t bytes) noexcept {
  const char* next = static_cast<const char*>(data);
  while (bytes > 0) {
    const ssize_t written = ::write(fd, next, bytes);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    next += written;
    bytes -= static_cast<std::size_t>(written);
  }
  return true;
}

/// The worker process: killed and reaped when the caller leaves early, by return or by
/// exception, so that no worker outlives the call and none is left a zombie.
class reader_process {
 public:
  explicit reader_process(pid_t pid) : pid_(pid) {}
  reader_process(const reader_process&) = delete;
  reader_process& operator=(const reader_process&) = delete;
  ~reader_process() {
    if (pid_ > 0) kill_and_reap();
  }
  /// Whether the process has ended (and then its wait status in `status()`), without waiting.
  bool ended() {
    if (pid_ <= 0) return true;
    int status = 0;
    pid_t got;
    do got = ::waitpid(pid_, &status, WNOHANG);
    while (got < 0 && errno == EINTR);
    if (got == 0) return false;
    record(got, status);
    return true;
  }
  void kill_and_reap() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    pid_t got;
    do got = ::waitpid(pid_, &status, 0);
    while (got < 0 && errno == EINTR);
    record(got, status);
  }
  /// The wait status; meaningful when `status_known()`.
  int status() const { return status_; }
  /// False when another part of the process reaped it first (SIGCHLD ignored, waitpid(-1)).
  bool status_known() const { return status_known_; }

 private:
  void record(pid_t got, int status) {
    status_known_ = got == pid_;
    status_ = status;
    pid_ = -1;
  }
  pid_t pid_ = -1;
  int status_ = 0;
  bool status_known_ = false;
};

/// What the caller keeps of the worker's diagnostics: their start and their end.
class diagnostics_excerpt {
 public:
  void add(const char* data, std::size_t bytes) {
    const std::size_t to_head = std::min(bytes, kept - std::min(kept, head_.size()));
    head_.append(data, to_head);
    if (bytes > to_head) {
      tail_.append(data + to_head, bytes - to_head);
      if (tail_.size() > 2 * kept) tail_.erase(0, tail_.size() - kept);
    }
  }
  /// The line that says most: a sanitizer's SUMMARY, else its ERROR line, else the first line.
  std::string telling_line() const {
    const std::string all = head_ + (tail_.empty() ? "" : "\n") + tail_.substr(tail_.size() > kept ? tail_.size() - kept : 0);
    auto line_with = [&](std::string_view marker) -> std::string {
      const std::size_t at = marker.empty() ? all.find_first_not_of("\n\r \t") : all.rfind(marker);
      if (at == std::string::npos) return {};
      const std::size_t start = all.rfind('\n', at) == std::string::npos ? 0 : all.rfind('\n', at) + 1;
      std::string line = all.substr(start, std::min<std::size_t>(all.find('\n', at) - start, 300));
      return line;
    };
    for (std::string_view marker : {"SUMMARY: ", "ERROR: ", ""})
      if (std::string line = line_with(marker); !line.empty()) return line;
    return {};
  }
  bool mentions(std::string_view text) const {
    return head_.find(text) != std::string::npos || tail_.find(text) != std::string::npos;
  }

 private:
  static constexpr std::size_t kept = 2048;
  std::string head_, tail_;
};

inline std::string signal_name(int number) {
  switch (number) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGABRT: return "SIGABRT";
    case SIGFPE: return "SIGFPE";
    case SIGILL: return "SIGILL";
    case SIGKILL: return "SIGKILL";
    case SIGTERM: return "SIGTERM";
    case SIGPIPE: return "SIGPIPE";
    case SIGTRAP: return "SIGTRAP";
    case SIGSYS: return "SIGSYS";
    case SIGXCPU: return "SIGXCPU";
    default: return "signal " + std::to_string(number);
  }
}

inline std::string mebibytes(std::size_t bytes) { return std::to_string((bytes + (std::size_t{1} << 19)) >> 20) + " MiB"; }

/// The caller's side of one isolated read: sends `request` to the worker `child` on `channel`
/// (then closes its writing side), reads what comes back there and on `diagnostics` until the
/// worker ends or `deadline` passes, checks it against `model`, reaps the worker, and returns
/// the weights or throws the error that says what happened. `where` ("ctnn::keras::load: <path>:
/// ") opens every message.
inline loaded_file collect_isolated_result(const model_facts& model, const std::string& where, reader_process& child,
                                           unique_fd channel, unique_fd diagnostics_pipe, std::span<const char> request,
                                           std::chrono::steady_clock::time_point deadline,
                                           std::chrono::milliseconds time_limit, std::size_t memory_limit) {
  // The result as it arrives: the header, then exactly the payload it announces, checked first;
  // after weights, the size of the file's names (checked against the model) and those bytes.
  isolated_result_header header;
  std::vector<float> weights;  // the payload lands in one of these two, sized by the checked header
  std::string message;
  std::span<char> payload;
  std::size_t header_bytes = 0, payload_bytes = 0;
  std::uint64_t info_size = 0;
  std::size_t info_size_bytes = 0, info_bytes = 0;
  std::string info_text;
  bool result_complete = false;
  std::string malformed;  // what was wrong with what the worker sent, if anything
  diagnostics_excerpt diagnostics;

  auto check_header = [&] {
    if (header.magic != isolated_result_header::expected_magic) return malformed = "a header without its mark", false;
    switch (header.kind) {
      case isolated_result_header::weights:
        if (header.length != model.param_count)
          return malformed = std::to_string(header.length) + " weights where the model has " + std::to_string(model.param_count), false;
        weights.resize(model.param_count);
        payload = {reinterpret_cast<char*>(weights.data()), weights.size() * sizeof(float)};
        return true;
      case isolated_result_header::loader_error:
      case isolated_result_header::other_exception:
      case isolated_result_header::setup_error:
        if (header.length > largest_isolated_message)
          return malformed = "a message of " + std::to_string(header.length) + " bytes", false;
        message.resize(static_cast<std::size_t>(header.length));
        payload = {message.data(), message.size()};
        return true;
      case isolated_result_header::out_of_memory:
        if (header.length != 0) return malformed = "a memory report with a payload", false;
        return true;
      default: return malformed = "a result of unknown kind " + std::to_string(header.kind), false;
    }
  };
  auto take_result = [&](const char* data, std::size_t bytes) {
    while (bytes > 0 && malformed.empty()) {
      if (header_bytes < sizeof header) {
        const std::size_t part = std::min(bytes, sizeof header - header_bytes);
        std::memcpy(reinterpret_cast<char*>(&header) + header_bytes, data, part);
        header_bytes += part, data += part, bytes -= part;
        if (header_bytes == sizeof header) check_header();
      } else if (payload_bytes < payload.size()) {
        const std::size_t part = std::min(bytes, payload.size() - payload_bytes);
        std::memcpy(payload.data() + payload_bytes, data, part);
        payload_bytes += part, data += part, bytes -= part;
      } else if (header.kind == isolated_result_header::weights && info_size_bytes < sizeof info_size) {
        const std::size_t part = std::min(bytes, sizeof info_size - info_size_bytes);
        std::memcpy(reinterpret_cast<char*>(&info_size) + info_size_bytes, data, part);
        info_size_bytes += part, data += part, bytes -= part;
        if (info_size_bytes == sizeof info_size && info_size > largest_file_info(model))
          malformed = "names of " + std::to_string(info_size) + " bytes";
        else if (info_size_bytes == sizeof info_size)
          info_text.resize(static_cast<std::size_t>(info_size));
      } else if (header.kind == isolated_result_header::weights && info_bytes < info_text.size()) {
        const std::size_t part = std::min(bytes, info_text.size() - info_bytes);
        std::memcpy(info_text.data() + info_bytes, data, part);
        info_bytes += part, data += part, bytes -= part;
      } else {
        malformed = "more bytes than its header announced";
      }
    }
    result_complete = malformed.empty() && header_bytes == sizeof header && payload_bytes == payload.size() &&
                      (header.kind != isolated_result_header::weights ||
                       (info_size_bytes == sizeof info_size && info_bytes == info_text.size()));
  };

  // Sends the request and reads both descriptors until the worker has ended and they are
  // drained, the deadline passes or the worker sends something malformed. The wait is cut into
  // slices so that a worker that ended is noticed even when a process started meanwhile (by
  // another thread, on a system without closefrom) holds a copy of a descriptor's writing end,
  // which would keep it from reaching its end.
  bool timed_out = false, child_ended = false, sending = true;
  std::size_t sent = 0;
  std::array<char, 65536> buffer;
  int open_fds[2] = {channel.get(), diagnostics_pipe.get()};
  auto stop_sending = [&] {
    sending = false;
    ::shutdown(channel.get(), SHUT_WR);  // the worker reads the request to its end
  };
  if (request.empty()) stop_sending();
  while (malformed.empty()) {
    pollfd watched[2];
    nfds_t count = 0;
    for (const int fd : open_fds)
      if (fd >= 0) watched[count++] = pollfd{fd, static_cast<short>(POLLIN | (fd == channel.get() && sending ? POLLOUT : 0)), 0};
    if (count == 0 && child_ended) break;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 && !child_ended) {
      timed_out = true;
      break;
    }
    if (count == 0) {
      // Both descriptors at their end: the worker is exiting and becomes reapable within
      // microseconds (a millisecond's sleep here would be most of a small file's cost).
      const timespec pause{0, 50'000};
      ::nanosleep(&pause, nullptr);
      child_ended = child.ended();
      continue;
    }
    const int slice = child_ended ? 0 : static_cast<int>(std::min<std::int64_t>(left.count(), 10));
    const int ready = ::poll(watched, count, slice);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) throw std::system_error(errno, std::generic_category(), where + "isolated load: poll");
    for (nfds_t i = 0; ready > 0 && i < count; ++i) {
      if (watched[i].revents == 0) continue;
      const bool is_channel = watched[i].fd == open_fds[0];
      if (is_channel && sending && (watched[i].revents & (POLLOUT | POLLERR | POLLHUP)) != 0) {
        ssize_t wrote;
        do wrote = ::send(watched[i].fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
        while (wrote < 0 && errno == EINTR);
        if (wrote > 0) sent += static_cast<std::size_t>(wrote);
        // A worker that stopped reading (it died, or it is not a worker): what it sends, or its
        // end, says what happened.
        if ((wrote < 0 && errno != EAGAIN && errno != EWOULDBLOCK) || sent == request.size()) stop_sending();
      }
      if ((watched[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
      ssize_t got;
      do got = ::read(watched[i].fd, buffer.data(), buffer.size());
      while (got < 0 && errno == EINTR);
      if (got <= 0) {
        (is_channel ? open_fds[0] : open_fds[1]) = -1;  // its end (or an error): nothing more comes
        if (is_channel) sending = false;
      } else if (is_channel) {
        take_result(buffer.data(), static_cast<std::size_t>(got));
      } else {
        diagnostics.add(buffer.data(), static_cast<std::size_t>(got));
      }
    }
    if (ready == 0 && child_ended) break;  // ended and drained
    if (!child_ended && (ready == 0 || open_fds[0] < 0)) child_ended = child.ended();
  }
  if (!child_ended) child.kill_and_reap();

  if (!malformed.empty())
    throw file_error(where + "the reading process sent a malformed result (" + malformed +
                     "); it was killed and nothing was loaded");
  if (timed_out)
    throw file_error(where + "reading the file did not finish within the time limit of " + std::to_string(time_limit.count()) +
                     " ms (isolation::time_limit); the reading process was killed: libhdf5 or the loader loops on "
                     "this file (a malformed or hostile file), or the limit is too short for it");

  const int status = child.status();
  const bool clean_exit = child.status_known() && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  // Whether the worker ran under its limit: it says so with its result; without one, a
  // sanitizer's report says that it did not.
  const bool limited = result_complete ? (header.flags & isolated_result_header::address_space_limited) != 0
                                       : !sanitizer_reserves_address_space && !diagnostics.mentions("Sanitizer");
  const std::string memory_note =
      limited ? "(isolation::memory_limit_bytes: " + mebibytes(memory_limit) + ")"
              : std::string("(a sanitizer's build of ctnn-keras-worker: no address-space limit, only the sanitizer's allocator's)");
  if (result_complete && clean_exit) {
    switch (header.kind) {
      case isolated_result_header::weights: {
        loaded_file result{std::move(weights), {}};
        try {
          result.info = read_file_info(info_text);
        } catch (const malformed_request& error) {
          throw file_error(where + "the reading process sent a malformed result (" + error.what() + "); nothing was loaded");
        }
        return result;
      }
      case isolated_result_header::loader_error:
        if (header.flags & isolated_result_header::allocation_failed)
          throw file_error(message + " [an allocation failed: the reading process reached its memory limit " + memory_note + "]");
        throw file_error(message);
      case isolated_result_header::out_of_memory:
        throw file_error(where + "reading the file needed more memory than the memory limit allows " + memory_note +
                         ": an allocation failed (std::bad_alloc) in the reading process");
      case isolated_result_header::setup_error: throw std::runtime_error(where + "isolated load: " + message);
      default: throw file_error(where + "the reading process failed: " + message);
    }
  }
  const std::string reported = diagnostics.telling_line();
  const std::string report = reported.empty() ? std::string() : "; it reported: " + reported;
  if (!child.status_known())
    throw file_error(where + "the reading process ended without a result and its exit status is unknown "
                             "(another part of this process reaped it: SIGCHLD ignored, or waitpid(-1))" + report);
  // A sanitizer refuses an impossible allocation with a report, then exits (or aborts, with
  // abort_on_error=1): the memory limit of a sanitizer's build.
  for (const std::string_view refusal : {"allocation-size-too-big", "out-of-memory", "rss-limit-exceeded", "allocator is out of memory"})
    if (diagnostics.mentions(refusal))
      throw file_error(where + "reading the file needed more memory than the memory limit allows " + memory_note +
                       ": the sanitizer refused an allocation" + report);
  if (WIFSIGNALED(status)) {
    const int number = WTERMSIG(status);
    const std::string cause = number == SIGKILL ? "something outside killed it (the system's out-of-memory killer?)"
                                                : "the file crashes libhdf5 or the loader (a malformed or hostile file)";
    throw file_error(where + "the reading process was killed by signal " + std::to_string(number) + " (" +
                     signal_name(number) + ") while reading the file: " + cause + "; nothing was loaded" + report);
  }
  throw file_error(where + "the reading process exited with status " + std::to_string(WEXITSTATUS(status)) +
                   " without a result (a sanitizer's report, or the file crashes libhdf5 or the loader)" + report);
}

/// Starts `worker` with the other ends of `channel` as its descriptor 3 and `diagnostics` as its
/// stdout and stderr (stdin: /dev/null), every signal at its default disposition and none
/// blocked. Throws std::system_error naming the worker when it cannot be started.
inline pid_t spawn_worker(const std::filesystem::path& worker, int channel, int diagnostics, const std::string& where) {
  if (worker.empty())
    throw std::runtime_error(where + "isolated load: no worker program (ctnn-keras-worker): link the CMake target ctnn::keras, "
                             "which says where it is, or name it in isolation::worker");
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  if (::posix_spawn_file_actions_init(&actions) != 0) throw std::system_error(ENOMEM, std::generic_category(), where + "isolated load");
  if (::posix_spawnattr_init(&attributes) != 0) {
    ::posix_spawn_file_actions_destroy(&actions);
    throw std::system_error(ENOMEM, std::generic_category(), where + "isolated load");
  }
  sigset_t all, none;
  sigfillset(&all);
  sigemptyset(&none);
  int failed = ::posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  failed = failed ? failed : ::posix_spawn_file_actions_adddup2(&actions, diagnostics, STDOUT_FILENO);
  failed = failed ? failed : ::posix_spawn_file_actions_adddup2(&actions, diagnostics, STDERR_FILENO);
  failed = failed ? failed : ::posix_spawn_file_actions_adddup2(&actions, channel, 3);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
  failed = failed ? failed : ::posix_spawn_file_actions_addclosefrom_np(&actions, 4);
#endif
  failed = failed ? failed : ::posix_spawnattr_setsigdefault(&attributes, &all);
  failed = failed ? failed : ::posix_spawnattr_setsigmask(&attributes, &none);
  failed = failed ? failed : ::posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  pid_t pid = -1;
  const std::string program = worker.string();
  char* arguments[] = {const_cast<char*>(program.c_str()), const_cast<char*>("--serve-fd=3"), nullptr};
  if (failed == 0) failed = ::posix_spawn(&pid, program.c_str(), &actions, &attributes, arguments, environ);
  ::posix_spawn_file_actions_destroy(&actions);
  ::posix_spawnattr_destroy(&attributes);
  if (failed != 0)
    throw std::system_error(failed, std::generic_category(),
                            where + "isolated load: cannot start the worker program " + program +
                                " (ctnn-keras-worker: build or install ctnn's tools, or name it in isolation::worker)");
  return pid;
}

}  // namespace ctnn::keras::detail
