// The isolated load's entry point (ctnn/io/isolated_load.hpp), compiled once into the library
// ctnn::keras: the worker started, the request sent, the result checked
// (ctnn/io/detail/isolated_process.hpp).
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "ctnn/io/isolated_load.hpp"

#if CTNN_HAS_ISOLATED_LOAD
#include "ctnn/io/detail/isolated_process.hpp"

namespace ctnn::keras::detail {

loaded_file run_isolated_load(const model_facts& model, const std::filesystem::path& path, const isolation& limits) {
  const std::string where = "ctnn::keras::load: " + path.string() + ": ";
  std::error_code size_error;
  const std::uintmax_t file_size = std::filesystem::file_size(path, size_error);
  const std::size_t memory_limit = limits.memory_limit_bytes != 0
                                       ? limits.memory_limit_bytes
                                       : default_memory_limit(model.param_count, size_error ? 0 : file_size);
  // The worker starts in this process's directory, but is given the absolute path all the same.
  std::error_code absolute_error;
  const std::filesystem::path absolute = std::filesystem::absolute(path, absolute_error);
  const std::string request = isolated_request(model, absolute_error ? path.string() : absolute.string(), memory_limit);
  auto [channel, worker_channel] = make_channel(where + "isolated load");
  auto [diagnostics_in, diagnostics_out] = make_pipe(where + "isolated load");
  const auto deadline = std::chrono::steady_clock::now() + limits.time_limit;
  reader_process child(spawn_worker(limits.worker, worker_channel.get(), diagnostics_out.get(), where));
  worker_channel.reset();
  diagnostics_out.reset();
  return collect_isolated_result(model, where, child, std::move(channel), std::move(diagnostics_in), request, deadline,
                                 limits.time_limit, memory_limit);
}

}  // namespace ctnn::keras::detail
#endif
