// The model types the fuzz targets (and tests/fuzz_regression_test.cpp) load files into.
//
// The small types are those of tests/keras_files (their files are the seeds, so a mutated seed
// still meets the type it was written for and reaches the weight checks); the real ones are
// the shared models' types (tests/keras_models.hpp), whose shrunk copies scripts/make_fuzz_seeds.py
// writes. Only the small types are instantiated as models (ctnn::keras::load sets their weights);
// the real ones are read through the code load calls (detail::read_keras_file) without
// instantiating their models: their engines' compile time would buy nothing the reader does.
#pragma once

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include <unistd.h>

#include <ctnn/io/keras.hpp>

#include "keras_models.hpp"  // tests/
#include "support/keras_file_models.hpp"

namespace ctnn_fuzz {
using namespace ctnn;

// The types of tests/keras_files (their files are the seeds).
using keras_file_models::tiny;
using keras_file_models::tiny_graph;
using keras_file_models::cgan;
using keras_file_models::gan_stack;

/// Reads the file at `path` for `Model`: through ctnn::keras::load for the small types, through
/// the reader load calls (the same checks, without setting a model's weights) for the real ones.
/// Throws what they throw.
template <class Model>
void load_or_read(const std::filesystem::path& path) {
  if constexpr (Model::param_count < 1000) {
    static Model model;  // one per type: constructing a model per input would only cost time
    ctnn::keras::load(model, path);
  } else {
    (void)ctnn::keras::detail::read_keras_file(ctnn::keras::detail::model_facts_of<Model>, path);
  }
}

/// Calls `visit.template operator()<Model>()` for every fixed type.
template <class Visitor>
void for_each_fixed_type(Visitor&& visit) {
  visit.template operator()<tiny>();
  visit.template operator()<tiny_graph>();
  visit.template operator()<cgan>();
  visit.template operator()<gan_stack>();
  visit.template operator()<keras_models::fmnist_upsampling_generator>();   // tf.keras 2.10 legacy .h5
  visit.template operator()<keras_models::fmnist_keras38_generator>();      // Keras 3.8 .keras, functional
  visit.template operator()<keras_models::cifar10_discriminator>();         // tf.keras 2.15 .keras, .h5, weights
  visit.template operator()<keras_models::mlp_weights_only_generator>();    // Keras 3 .weights.h5
  visit.template operator()<keras_models::mnist_cgan_keras3::generator>();  // Keras 3 legacy .h5, embedding
  visit.template operator()<keras_models::mnist_cgan_tfkeras::generator>(); // tf.keras 2.10 legacy .h5, embedding
}

/// The file into every fixed type in turn. A file_error is the expected outcome of a damaged
/// file; any other exception escapes, and libFuzzer reports it as a crash.
inline void load_into_every_type(const std::filesystem::path& path) {
  // CTNN_FUZZ_VERBOSE=1 shows each refusal when an input is replayed by hand (the fuzzer runs quiet).
  static const bool verbose = std::getenv("CTNN_FUZZ_VERBOSE") != nullptr;
  for_each_fixed_type([&]<class Model>() {
    try {
      load_or_read<Model>(path);
      if (verbose) std::fprintf(stderr, "loaded (%zu parameters)\n", Model::param_count);
    } catch (const ctnn::keras::file_error& error) {
      if (verbose) std::fprintf(stderr, "file_error (%zu parameters): %.400s\n", Model::param_count, error.what());
    }
  });
}

/// The bytes as a file: a per-process file in /dev/shm (memory), rewritten for each input.
/// HDF5 resolves the real path of every file it opens, so a memfd's /proc/self/fd path, which
/// leads to "/memfd:... (deleted)", cannot be used. Forked fuzzing processes have their own file.
class memory_file {
 public:
  memory_file(const std::uint8_t* data, std::size_t size) {
    std::FILE* file = std::fopen(path().c_str(), "wb");
    if (file == nullptr || std::fwrite(data, 1, size, file) != size || std::fclose(file) != 0) {
      std::fprintf(stderr, "ctnn_fuzz: %s: %s\n", path().c_str(), std::strerror(errno));
      std::abort();
    }
  }
  memory_file(const memory_file&) = delete;
  memory_file& operator=(const memory_file&) = delete;
  ~memory_file() { std::remove(path().c_str()); }
  static const std::filesystem::path& path() {
    static const std::filesystem::path name = "/dev/shm/ctnn_fuzz_" + std::to_string(getpid()) + ".bin";
    return name;
  }
};

}  // namespace ctnn_fuzz
