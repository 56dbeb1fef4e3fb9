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
// (path, limits, the model as plain values: ctnn/io/detail/isolated_protocol.hpp) from a socket, sets its
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
#include <cstdint>
#include <filesystem>
#include <utility>
#include <vector>

#include "ctnn/io/keras.hpp"

#if defined(__unix__) || (defined(__APPLE__) && defined(__MACH__))
#define CTNN_HAS_ISOLATED_LOAD 1
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

/// The worker program where CMake built or installed it ("" when this program was not built
/// with ctnn::keras's compile definitions).
inline std::filesystem::path default_worker() {
#if defined(CTNN_KERAS_WORKER)
  return CTNN_KERAS_WORKER;
#else
  return {};
#endif
}

/// The checked weights of the Keras file at `path` for `model`, read by the worker `limits.worker`
/// under `limits` (ctnn::keras, src/keras/isolated_load.cpp). Throws file_error for everything
/// the file causes; std::system_error or std::runtime_error when no worker can be started or it
/// is not this ctnn's.
loaded_file run_isolated_load(const model_facts& model, const std::filesystem::path& path, const isolation& limits);

/// The same, the worker found where CMake built or installed it unless `limits` names one.
inline loaded_file read_keras_file_isolated(const model_facts& model, const std::filesystem::path& path, isolation limits) {
  if (limits.worker.empty()) limits.worker = default_worker();
  return run_isolated_load(model, path, limits);
}

}  // namespace detail

/// Loads `path` into `model` as `load(model, path)` does, but parses the file in a worker process
/// under `limits`, so that a file that crashes libhdf5, makes it loop or allocate without bound
/// ends in a file_error (naming the signal, the time limit or the memory limit) and this process
/// lives on. Use it for files from strangers; see docs/keras.md for what it costs.
template <class Model>
file_info load(Model& model, const std::filesystem::path& path, const isolation& limits) {
  detail::loaded_file file = detail::read_keras_file_isolated(detail::model_facts_of<Model>, path, limits);
  model.set_weights_flat(file.weights);
  return std::move(file.info);
}

#else

namespace detail {
template <class>
inline constexpr bool isolated_load_available = false;
}  // namespace detail

template <class Model>
file_info load(Model&, const std::filesystem::path&, const isolation&) {
  static_assert(detail::isolated_load_available<Model>,  // this target has no POSIX posix_spawn()
                "ctnn::keras::load(model, path, isolation) needs POSIX posix_spawn(), waitpid() and setrlimit(): "
                "on this target use ctnn::keras::load(model, path) on files you trust");
}

#endif

}  // namespace ctnn::keras
