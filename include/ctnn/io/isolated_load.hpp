// ctnn/io/isolated_load.hpp: load a Keras file from a stranger in a separate process, so that
// what libhdf5 does with a malformed file (crash, endless loop, terabyte allocations) cannot take
// the calling process with it.
//
//   generator model;
//   ctnn::keras::load(model, "downloaded.keras", ctnn::keras::isolation{});              // defaults
//   ctnn::keras::load(model, "downloaded.h5", {.time_limit = std::chrono::seconds(10)});
//
// The file is parsed by `detail::read_keras_file` (the same checks as the in-process `load`) in a
// child process made with fork(), under an address-space limit (setrlimit RLIMIT_AS) and a
// wall-clock limit that the parent enforces with SIGKILL. The child hands back only the checked
// parameter block over a pipe; the parent validates every byte it reads and never trusts the
// child's lengths. Every outcome other than success is a file_error naming the file and what
// happened (the loader's own message, a signal, the time limit, the memory limit, an exit without
// a result); `model` is unchanged on failure. POSIX only.
//
// Caveats (docs/keras.md, "Files from strangers"):
// - fork() in a multi-threaded process copies only the calling thread. The child runs nothing but
//   the loader (HDF5, libzip, nlohmann/json, malloc); a lock that another thread held at the fork
//   (in HDF5 or elsewhere) stays locked in the child forever, and the time limit ends it.
// - The child inherits the parent's signal handlers and file descriptors. It resets the crash
//   signals to their defaults, so that a server's crash handler (or a sanitizer's) never runs for
//   a crash in the child, and closes nothing the parent owns (the copies die with it). Its stdout
//   and stderr go to the parent, which keeps a line of them for its message.
// - The parent reaps its own child with waitpid(pid): a process that ignores SIGCHLD (children
//   reaped automatically) or reaps with waitpid(-1) elsewhere makes the exit status unknowable,
//   which is reported as such.
// - Under AddressSanitizer, ThreadSanitizer or MemorySanitizer no address-space limit can be set
//   (their shadow memory reserves terabytes of address space); the sanitizer's own allocator then
//   refuses impossible sizes with a report, and the time limit still holds.
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
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>
#else
#define CTNN_HAS_ISOLATED_LOAD 0
#endif

namespace ctnn::keras {

/// The limits under which an isolated `load` reads a file. Designated initializers name what they
/// change: `{.time_limit = std::chrono::seconds(5)}`.
struct isolation {
  /// Wall-clock time the reading process may take, from the fork to its result; then it is
  /// killed. The shared models (up to 0.9 M parameters, 3.5 MB) read in under 0.1 s isolated; the
  /// time grows with the file, and a minute leaves room for models a thousand times larger.
  std::chrono::milliseconds time_limit{std::chrono::seconds(60)};
  /// Address space the reading may add to what the process already maps, in bytes; 0 derives it
  /// from the model's parameter count and the file's size (`detail::default_memory_limit`:
  /// 256 MiB + 2 x the file + 160 bytes per parameter).
  std::size_t memory_limit_bytes = 0;
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
/// bookkeeping and the architecture's JSON; the file twice over; and 160 bytes per parameter,
/// room for a `.keras` archive's model.weights.h5 at the largest the loader accepts (64 bytes per
/// parameter: the weights and an optimizer's state) twice (the member and HDF5's image of it),
/// and the parameter block and its copy. The real models of ../shared/models need 2 to 11 MiB
/// (bench/isolated_load_bench --memory); the hostile files of ../shared/hostile ask for 4 GiB
/// to 2^57 bytes at once.
inline std::size_t default_memory_limit(std::size_t param_count, std::uintmax_t file_size) {
  constexpr std::size_t fixed_allowance = std::size_t{256} << 20;
  const std::uintmax_t capped_file = std::min<std::uintmax_t>(file_size, std::uintmax_t{1} << 40);
  return fixed_allowance + 2 * static_cast<std::size_t>(capped_file) + 160 * param_count;
}

/// What the reading process sends back: this header, then `length` floats (weights) or `length`
/// bytes of message.
struct isolated_result_header {
  static constexpr std::uint32_t expected_magic = 0x63746e6e;  // "ctnn"
  enum kind_t : std::uint32_t { weights = 1, loader_error = 2, out_of_memory = 3, other_exception = 4 };
  static constexpr std::uint32_t allocation_failed = 1;  // flags: errno was ENOMEM when the loader gave up
  std::uint32_t magic = expected_magic;
  std::uint32_t kind = 0;
  std::uint32_t flags = 0;
  std::uint32_t reserved = 0;
  std::uint64_t length = 0;
};

/// The longest message the reading process may send (longer ones are cut there).
inline constexpr std::size_t largest_isolated_message = 4096;

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

/// A pipe whose ends are closed on exec (so that a program another thread starts inherits none).
inline std::array<unique_fd, 2> make_pipe(const std::string& context) {
  int ends[2];
#if defined(__linux__)
  const int status = ::pipe2(ends, O_CLOEXEC);
#else
  const int status = ::pipe(ends);
  if (status == 0) {
    ::fcntl(ends[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(ends[1], F_SETFD, FD_CLOEXEC);
  }
#endif
  if (status != 0) throw std::system_error(errno, std::generic_category(), context + ": cannot make a pipe");
  return {unique_fd(ends[0]), unique_fd(ends[1])};
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

/// The address space this process maps now, in bytes (Linux: /proc/self/statm); 0 when unknown.
/// Plain system calls only: it runs in the child between fork and the loader.
inline std::size_t mapped_bytes() noexcept {
  const int fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char text[64] = {};
  ssize_t got = -1;
  do got = ::read(fd, text, sizeof text - 1);
  while (got < 0 && errno == EINTR);
  ::close(fd);
  std::size_t pages = 0;
  for (ssize_t i = 0; i < got && text[i] >= '0' && text[i] <= '9'; ++i) pages = pages * 10 + static_cast<std::size_t>(text[i] - '0');
  const long page_size = ::sysconf(_SC_PAGESIZE);
  return page_size > 0 ? pages * static_cast<std::size_t>(page_size) : 0;
}

/// The child's side: reads the file under the memory limit and sends the result. It ends with
/// _exit (no atexit handlers, no second flush of the stdio buffers it inherited, no leak check of
/// the parent's memory).
[[noreturn]] inline void isolated_reader(const model_facts& model, const std::filesystem::path& path,
                                         std::size_t memory_limit, int result_fd) noexcept {
  if constexpr (!sanitizer_reserves_address_space) {
    // The child starts with all of the parent's mappings: the limit is on what the reading adds.
    if (const std::size_t inherited = mapped_bytes(); inherited > 0) {
      rlimit limit{};
      ::getrlimit(RLIMIT_AS, &limit);
      const std::size_t total = memory_limit > SIZE_MAX - inherited ? SIZE_MAX : inherited + memory_limit;
      const rlim_t wanted = total >= RLIM_INFINITY ? RLIM_INFINITY - 1 : static_cast<rlim_t>(total);
      if (limit.rlim_max == RLIM_INFINITY || wanted < limit.rlim_max) limit.rlim_max = wanted;
      limit.rlim_cur = limit.rlim_max;
      ::setrlimit(RLIMIT_AS, &limit);
    }
  }
  isolated_result_header header;
  auto send = [&](std::uint32_t kind, const void* data, std::size_t bytes, std::uint64_t length) {
    header.kind = kind;
    header.length = length;
    const bool sent = write_fully(result_fd, &header, sizeof header) && write_fully(result_fd, data, bytes);
    ::_exit(sent ? 0 : 3);
  };
  auto send_message = [&](std::uint32_t kind, const char* text) {
    const std::size_t bytes = std::min(std::strlen(text), largest_isolated_message);  // no copy: memory may be short
    send(kind, text, bytes, bytes);
  };
  errno = 0;
  try {
    const std::vector<float> weights = read_keras_file(model, path);
    send(isolated_result_header::weights, weights.data(), weights.size() * sizeof(float), weights.size());
  } catch (const file_error& error) {
    if (errno == ENOMEM) header.flags |= isolated_result_header::allocation_failed;
    send_message(isolated_result_header::loader_error, error.what());
  } catch (const std::bad_alloc&) {
    send(isolated_result_header::out_of_memory, nullptr, 0, 0);
  } catch (const std::exception& error) {
    send_message(isolated_result_header::other_exception, error.what());
  } catch (...) {
    send_message(isolated_result_header::other_exception, "an exception that is not a std::exception");
  }
  ::_exit(3);  // not reached: every path above sends and exits
}

/// The child process: killed and reaped when the parent leaves early, by return or by exception,
/// so that no child outlives the call and none is left a zombie.
class reader_process {
 public:
  explicit reader_process(pid_t pid) : pid_(pid) {}
  reader_process(const reader_process&) = delete;
  reader_process& operator=(const reader_process&) = delete;
  ~reader_process() {
    if (pid_ > 0) kill_and_reap();
  }
  /// Whether the child has ended (and then its wait status in `status()`), without waiting.
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
  /// False when another part of the process reaped the child first (SIGCHLD ignored, waitpid(-1)).
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

/// What the parent keeps of the child's diagnostics: their start and their end.
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

/// The parent's side: reads what the child at `child` sends on `result_fd` (and its diagnostics
/// on `diagnostics_fd`) until it ends or `deadline` passes, checks it against `model`, reaps the
/// child, and returns the weights or throws the file_error that says what happened. `where`
/// ("ctnn::keras::load: <path>: ") opens every message.
inline std::vector<float> collect_isolated_result(const model_facts& model, const std::string& where, reader_process& child,
                                                  unique_fd result_pipe, unique_fd diagnostics_pipe,
                                                  std::chrono::steady_clock::time_point deadline,
                                                  std::chrono::milliseconds time_limit, std::size_t memory_limit) {
  // The result as it arrives: the header, then exactly the payload it announces, checked first.
  isolated_result_header header;
  std::vector<float> weights;  // the payload lands in one of these two, sized by the checked header
  std::string message;
  std::span<char> payload;
  std::size_t header_bytes = 0, payload_bytes = 0;
  bool result_complete = false;
  std::string malformed;  // what was wrong with what the child sent, if anything
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

  // Reads both pipes until the child has ended and they are drained, the deadline passes or the
  // child sends something malformed. The wait is cut into slices so that a child that ended is
  // noticed even when a process forked meanwhile (by another thread) holds a copy of a pipe's
  // writing end, which would keep the pipe from reaching its end.
  bool timed_out = false, child_ended = false;
  std::array<char, 65536> buffer;
  int open_pipes[2] = {result_pipe.get(), diagnostics_pipe.get()};
  while (malformed.empty()) {
    pollfd watched[2];
    nfds_t count = 0;
    for (const int fd : open_pipes)
      if (fd >= 0) watched[count++] = pollfd{fd, POLLIN, 0};
    if (count == 0 && child_ended) break;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 && !child_ended) {
      timed_out = true;
      break;
    }
    if (count == 0) {
      // Both pipes at their end: the child is exiting and becomes reapable within microseconds
      // (a millisecond's sleep here would be most of a small file's cost).
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
      ssize_t got;
      do got = ::read(watched[i].fd, buffer.data(), buffer.size());
      while (got < 0 && errno == EINTR);
      const bool is_result = watched[i].fd == open_pipes[0];
      if (got <= 0)
        (is_result ? open_pipes[0] : open_pipes[1]) = -1;  // its end (or an error): nothing more comes
      else if (is_result)
        take_result(buffer.data(), static_cast<std::size_t>(got));
      else
        diagnostics.add(buffer.data(), static_cast<std::size_t>(got));
    }
    if (ready == 0 && child_ended) break;  // ended and drained
    if (!child_ended && (ready == 0 || open_pipes[0] < 0)) child_ended = child.ended();
  }
  if (!child_ended) child.kill_and_reap();

  if (!malformed.empty())
    throw file_error(where + "the reading process sent a malformed result (" + malformed +
                     "); it was killed and nothing was loaded");
  if (timed_out)
    throw file_error(where + "reading the file did not finish within the time limit of " + std::to_string(time_limit.count()) +
                     " ms (isolation::time_limit); the reading process was killed: libhdf5 or the loader loops on "
                     "this file (a malformed or hostile file), or the limit is too short for it");

  const std::string memory_note =
      sanitizer_reserves_address_space
          ? std::string("(a sanitizer's build: no address-space limit, only the sanitizer's allocator's)")
          : "(isolation::memory_limit_bytes: " + mebibytes(memory_limit) + ")";
  const int status = child.status();
  if (result_complete && child.status_known() && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    switch (header.kind) {
      case isolated_result_header::weights: return weights;
      case isolated_result_header::loader_error:
        if (header.flags & isolated_result_header::allocation_failed)
          throw file_error(message + " [an allocation failed: the reading process reached its memory limit " + memory_note + "]");
        throw file_error(message);
      case isolated_result_header::out_of_memory:
        throw file_error(where + "reading the file needed more memory than the memory limit allows " + memory_note +
                         ": an allocation failed (std::bad_alloc) in the reading process");
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

/// Runs `child_body(result_fd)` in a child process (its stdout and stderr sent to the parent,
/// which keeps an excerpt for its messages instead of letting a hostile file's diagnostics into
/// the caller's log) and collects what it sends as `collect_isolated_result` does. `child_body` must end the
/// child with _exit; the tests give it a child that lies about what it sends.
template <class ChildBody>
std::vector<float> run_isolated(const model_facts& model, const std::string& where, std::chrono::milliseconds time_limit,
                                std::size_t memory_limit, ChildBody&& child_body) {
  auto [result_in, result_out] = make_pipe(where + "isolated load");
#if defined(F_SETPIPE_SZ)
  // A larger pipe (Linux: up to /proc/sys/fs/pipe-max-size, 1 MiB by default) takes the weights
  // in a few hand-overs instead of one per 64 KiB; where it is refused, the default works too.
  const std::size_t result_bytes = sizeof(isolated_result_header) + model.param_count * sizeof(float);
  if (result_bytes > (std::size_t{64} << 10))
    ::fcntl(result_out.get(), F_SETPIPE_SZ, static_cast<int>(std::min(result_bytes, std::size_t{1} << 20)));
#endif
  auto [diagnostics_in, diagnostics_out] = make_pipe(where + "isolated load");
  const auto deadline = std::chrono::steady_clock::now() + time_limit;
  const pid_t pid = ::fork();
  if (pid < 0) throw std::system_error(errno, std::generic_category(), where + "isolated load: cannot fork the reading process");
  if (pid == 0) {
    result_in.reset();
    diagnostics_in.reset();
    ::dup2(diagnostics_out.get(), STDOUT_FILENO);
    ::dup2(diagnostics_out.get(), STDERR_FILENO);
    diagnostics_out.reset();
    // A crash must end the child with its signal, whatever handler the caller (a server's crash
    // reporter, a test framework) or a sanitizer installed: those would run the caller's code, or
    // print its report, in the child. A sanitizer's own reports (overlapping or overflowing copies,
    // impossible allocations) still come, and end in SIGABRT or exit status 1.
    for (const int crash : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS}) ::signal(crash, SIG_DFL);
    ::signal(SIGPIPE, SIG_DFL);  // if the parent gave up and closed the pipe, the child may just die
    child_body(result_out.get());
    ::_exit(3);  // not reached when the body ends the child itself, as it must
  }
  reader_process child(pid);
  result_out.reset();
  diagnostics_out.reset();
  return collect_isolated_result(model, where, child, std::move(result_in), std::move(diagnostics_in), deadline, time_limit,
                                 memory_limit);
}

/// The checked weights of the Keras file at `path` for `model`, read in a child process under
/// `limits`. Throws file_error for everything the file causes, std::system_error when no child
/// can be started (no pipe, no fork).
inline std::vector<float> read_keras_file_isolated(const model_facts& model, const std::filesystem::path& path,
                                                   const isolation& limits) {
  std::error_code size_error;
  const std::uintmax_t file_size = std::filesystem::file_size(path, size_error);
  const std::size_t memory_limit = limits.memory_limit_bytes != 0
                                       ? limits.memory_limit_bytes
                                       : default_memory_limit(model.param_count, size_error ? 0 : file_size);
  // The HDF5 library initialized once in this process rather than in every child (a sixth of a
  // small file's isolated cost); it reads no file.
  H5open();
  return run_isolated(model, "ctnn::keras::load: " + path.string() + ": ", limits.time_limit, memory_limit,
                      [&](int result_fd) { isolated_reader(model, path, memory_limit, result_fd); });
}

}  // namespace detail

/// Loads `path` into `model` as `load(model, path)` does, but parses the file in a child process
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
  static_assert(detail::isolated_load_available<Model>,  // this target has no POSIX fork()
                "ctnn::keras::load(model, path, isolation) needs POSIX fork(), waitpid() and setrlimit(): "
                "on this target use ctnn::keras::load(model, path) on files you trust");
}

#endif

}  // namespace ctnn::keras
