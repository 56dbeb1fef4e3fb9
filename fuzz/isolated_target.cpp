// ctnn_fuzz_isolated: the input as a whole file through the isolated load,
// ctnn::keras::load(model, path, isolation{...}), which parses it in a child process. Whatever
// the file does to libhdf5 in the child (crash, endless loop, impossible allocation), this process
// must get a file_error and live on: a crash, an exception of another kind, or a file descriptor
// left open here is a finding. libFuzzer sees the coverage of this side only (the child's counters
// die with it), so this target checks containment rather than exploring the readers; the other
// targets explore them.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <ctnn/io/isolated_load.hpp>

#include "fuzz_models.hpp"

namespace {

// Shorter than libFuzzer's -timeout (10 s in scripts/fuzz.sh), so that a child that loops is
// killed by the isolated load, not reported by libFuzzer.
const ctnn::keras::isolation limits{.time_limit = std::chrono::seconds(3)};

std::size_t open_descriptors() {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++count;
  return count;
}

template <class Model>
void load_isolated(const std::filesystem::path& path) {
  static const bool verbose = std::getenv("CTNN_FUZZ_VERBOSE") != nullptr;
  try {
    if constexpr (Model::param_count < 1000) {
      static Model model;
      ctnn::keras::load(model, path, limits);
    } else {
      (void)ctnn::keras::detail::read_keras_file_isolated(ctnn::keras::detail::model_facts_of<Model>, path, limits);
    }
  } catch (const ctnn::keras::file_error& error) {
    if (verbose) std::fprintf(stderr, "file_error (%zu parameters): %.400s\n", Model::param_count, error.what());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::size_t descriptors_before = open_descriptors();
  {
    const ctnn_fuzz::memory_file file(data, size);
    // Three types, one per family of formats (a child per type and input is the cost here).
    load_isolated<ctnn_fuzz::tiny>(ctnn_fuzz::memory_file::path());                    // legacy .h5
    load_isolated<ctnn_fuzz::cgan>(ctnn_fuzz::memory_file::path());                    // .keras, .weights.h5, nested
    load_isolated<keras_models::cifar10_discriminator>(ctnn_fuzz::memory_file::path());  // the three formats of one model
  }
  if (const std::size_t now = open_descriptors(); now != descriptors_before) {
    std::fprintf(stderr, "ctnn_fuzz_isolated: %zu file descriptors open after the input, %zu before\n", now, descriptors_before);
    std::abort();
  }
  return 0;
}
