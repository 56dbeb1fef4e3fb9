// ctnn/io/isolated_load.hpp: load a Keras file from a stranger in a separate process, so that
// what libhdf5 does with a malformed file (crash, endless loop, terabyte allocations) cannot take
// the calling process with it.
//
//   generator model;
//   ctnn::keras::load(model, "downloaded.keras", ctnn::keras::isolation{});              // defaults
//   ctnn::keras::load(model, "downloaded.h5", {.time_limit = std::chrono::seconds(10)});
//
// The file is parsed by `detail::read_keras_file` (the same checks as the in-process `load`) in
// ctnn's worker program, `ctnn-keras-worker` (tools/keras_worker.cpp, built and installed with
// ctnn::keras), started for each load with posix_spawn: a fresh process, not a copy of the caller,
// so that it holds none of the caller's memory (a file that made the loader read /proc/self/mem
// would find nothing of the caller's there) and none of its locks (a fork() while another thread
// held HDF5's global lock left the child waiting for it forever). The worker reads the request
// (path, limits, the model as plain values: ctnn/io/isolated_protocol.hpp) from a socket, sets its
// address-space limit (setrlimit RLIMIT_AS), reads the file and sends back the checked parameter
// block or its message; this process enforces a wall-clock limit with SIGKILL and validates every
// byte it reads, never trusting the worker's lengths. Every outcome that the file causes is a
// file_error naming the file and what happened (the loader's own message, a signal, the time limit,
// the memory limit, an exit without a result); a worker that cannot be started, or one of another
// version of ctnn, is a std::system_error or std::runtime_error: this process's problem, never
// blamed on the file. `model` is unchanged on failure. POSIX only.
//
// Caveats (docs/keras.md, "Files from strangers"):
// - The worker inherits the caller's environment and its signal dispositions are reset to their
//   defaults (posix_spawn); it gets the socket, a pipe for its stdout and stderr (the caller keeps
//   a line of them for its message) and /dev/null as stdin, and no other of the caller's file
//   descriptors on glibc 2.34 and later (posix_spawn_file_actions_addclosefrom_np); elsewhere it
//   inherits those the caller did not mark close-on-exec.
// - The worker is found at `isolation::worker`, or where CMake built or installed it (the
//   compile definition CTNN_KERAS_WORKER that the target ctnn::keras carries).
// - The caller reaps its own worker with waitpid(pid): a process that ignores SIGCHLD (children
//   reaped automatically) or reaps with waitpid(-1) elsewhere makes the exit status unknowable,
//   which is reported as such.
// - A worker built with AddressSanitizer, ThreadSanitizer or MemorySanitizer sets no address-space
//   limit (their shadow memory reserves terabytes of address space); the sanitizer's own allocator
//   then refuses impossible sizes with a report, and the time limit still holds.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>

#include "ctnn/io/keras.hpp"

#if defined(__unix__) || (defined(__APPLE__) && defined(__MACH__))
#define CTNN_HAS_ISOLATED_LOAD 1
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
#include <cstdint>
#include <cstring>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "ctnn/io/isolated_protocol.hpp"

extern char** environ;
#else
#define CTNN_HAS_ISOLATED_LOAD 0
#endif

namespace ctnn::keras {

/// The limits under which an isolated `load` reads a file. Designated initializers name what they
/// change: `{.time_limit = std::chrono::seconds(5)}`.
struct isolation {
  /// Wall-clock time the reading process may take, from its start to its result; then it is
  /// killed. The shared models (up to 0.9 M parameters, 3.5 MB) read in under 0.1 s isolated; the
  /// time grows with the file, and a minute leaves room for models a thousand times larger.
  std::chrono::milliseconds time_limit{std::chrono::seconds(60)};
  /// Address space the reading may add to what the worker maps when it starts, in bytes; 0
  /// derives it from the model's parameter count and the file's size (`detail::default_memory_limit`:
  /// 256 MiB + 2 x the file + 160 bytes per parameter).
  std::size_t memory_limit_bytes = 0;
  /// The worker program (ctnn-keras-worker); empty: where ctnn's CMake built or installed it.
  std::filesystem::path worker{};
};

#if CTNN_HAS_ISOLATED_LOAD

namespace detail {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool sanitizer_reserves_address_space = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
inline constexpr bool sanitizer_reserves_address_space = true;
#else
inline constexpr bool sanitizer_reserves_address_space = false;
#endif
#else
inline constexpr bool sanitizer_reserves_address_space = false;
#endif

/// The default address-space budget of an isolated load: a fixed allowance for the libraries'
/// bookkeeping and the architecture's JSON; the file twice over (the bytes read, and a .keras
/// archive's weights member); and 160 bytes per parameter, room for a `.keras` archive's
/// model.weights.h5 at the largest the loader accepts (64 bytes per parameter: the weights and an
/// optimizer's state) twice, and the parameter block and its copy. The real models of
/// ../shared/models need 2 to 11 MiB (bench/isolated_load_bench --memory); the hostile files of
/// ../shared/hostile ask for 4 GiB to 2^57 bytes at once.
inline std::size_t default_memory_limit(std::size_t param_count, std::uintmax_t file_size) {
  constexpr std::size_t fixed_allowance = std::size_t{256} << 20;
  const std::uintmax_t capped_file = std::min<std::uintmax_t>(file_size, std::uintmax_t{1} << 40);
  return fixed_allowance + 2 * static_cast<std::size_t>(capped_file) + 160 * param_count;
}

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
inline std::vector<float> collect_isolated_result(const model_facts& model, const std::string& where, reader_process& child,
                                                  unique_fd channel, unique_fd diagnostics_pipe, std::span<const char> request,
                                                  std::chrono::steady_clock::time_point deadline,
                                                  std::chrono::milliseconds time_limit, std::size_t memory_limit) {
  // The result as it arrives: the header, then exactly the payload it announces, checked first.
  isolated_result_header header;
  std::vector<float> weights;  // the payload lands in one of these two, sized by the checked header
  std::string message;
  std::span<char> payload;
  std::size_t header_bytes = 0, payload_bytes = 0;
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
      } else {
        malformed = "more bytes than its header announced";
      }
    }
    result_complete = malformed.empty() && header_bytes == sizeof header && payload_bytes == payload.size();
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
      case isolated_result_header::weights: return weights;
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

/// The worker program where CMake built or installed it ("" when this program was not built
/// with ctnn::keras's compile definitions).
inline std::filesystem::path default_worker() {
#if defined(CTNN_KERAS_WORKER)
  return CTNN_KERAS_WORKER;
#else
  return {};
#endif
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

/// The checked weights of the Keras file at `path` for `model`, read by the worker under
/// `limits`. Throws file_error for everything the file causes; std::system_error or
/// std::runtime_error when no worker can be started or it is not this ctnn's.
inline std::vector<float> read_keras_file_isolated(const model_facts& model, const std::filesystem::path& path,
                                                   const isolation& limits) {
  const std::string where = "ctnn::keras::load: " + path.string() + ": ";
  std::error_code size_error;
  const std::uintmax_t file_size = std::filesystem::file_size(path, size_error);
  const std::size_t memory_limit = limits.memory_limit_bytes != 0
                                       ? limits.memory_limit_bytes
                                       : default_memory_limit(model.param_count, size_error ? 0 : file_size);
  // A relative path is the caller's: the worker starts in the same directory, but is given the
  // absolute one all the same.
  std::error_code absolute_error;
  const std::filesystem::path absolute = std::filesystem::absolute(path, absolute_error);
  const std::string request = isolated_request(model, absolute_error ? path.string() : absolute.string(), memory_limit);
  auto [channel, worker_channel] = make_channel(where + "isolated load");
  auto [diagnostics_in, diagnostics_out] = make_pipe(where + "isolated load");
  const auto deadline = std::chrono::steady_clock::now() + limits.time_limit;
  const std::filesystem::path worker = limits.worker.empty() ? default_worker() : limits.worker;
  reader_process child(spawn_worker(worker, worker_channel.get(), diagnostics_out.get(), where));
  worker_channel.reset();
  diagnostics_out.reset();
  return collect_isolated_result(model, where, child, std::move(channel), std::move(diagnostics_in), request, deadline,
                                 limits.time_limit, memory_limit);
}

}  // namespace detail

/// Loads `path` into `model` as `load(model, path)` does, but parses the file in a worker process
/// under `limits`, so that a file that crashes libhdf5, makes it loop or allocate without bound
/// ends in a file_error (naming the signal, the time limit or the memory limit) and this process
/// lives on. Use it for files from strangers; see docs/keras.md for what it costs.
template <class Model>
void load(Model& model, const std::filesystem::path& path, const isolation& limits) {
  model.set_weights_flat(detail::read_keras_file_isolated(detail::facts_of<Model>, path, limits));
}

#else

namespace detail {
template <class>
inline constexpr bool isolated_load_available = false;
}  // namespace detail

template <class Model>
void load(Model&, const std::filesystem::path&, const isolation&) {
  static_assert(detail::isolated_load_available<Model>,  // this target has no POSIX posix_spawn()
                "ctnn::keras::load(model, path, isolation) needs POSIX posix_spawn(), waitpid() and setrlimit(): "
                "on this target use ctnn::keras::load(model, path) on files you trust");
}

#endif

}  // namespace ctnn::keras
