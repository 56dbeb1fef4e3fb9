// ctnn_fuzz_architecture: the input as a model's JSON architecture (a legacy file's model_config,
// a .keras archive's config.json), checked against each fixed type with a valid weights file of
// that type: the JSON reader, the architecture and graph matching and every layer's configuration
// check, without HDF5's or libzip's parsing in the way of the mutations.
//
// Input layout: the first byte chooses the (type, weights file) pair (modulo their number, in
// the order LLVMFuzzerInitialize lists them), the rest is the JSON. One pair per input, not every
// pair: reading the architecture against a pair costs a walk of its HDF5 file, and the fuzzer
// learns which byte leads where (scripts/make_fuzz_seeds.py writes each JSON seed once per pair).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <ctnn/io/detail/keras_reader.hpp>

#include "fuzz_models.hpp"

namespace {

using ctnn::keras::detail::h5_file;
using ctnn::keras::detail::model_facts;

/// A type and a valid weights file of it, opened once: each input is read against it.
struct fixed_pair {
  const model_facts* model;
  std::unique_ptr<h5_file> weights;
};

std::vector<fixed_pair>& pairs() {
  // Never destroyed: HDF5 closes itself at exit first, and a later H5Fclose would print its errors.
  static auto* all = new std::vector<fixed_pair>;
  return *all;
}

void add_h5(const model_facts& model, const std::filesystem::path& path) {
  if (!std::filesystem::exists(path)) return;  // the shared models may be absent
  pairs().push_back({&model, std::make_unique<h5_file>(path, "ctnn_fuzz_architecture")});
}

void add_archive(const model_facts& model, const std::filesystem::path& path) {
  if (!std::filesystem::exists(path)) return;
  const std::string who = "ctnn_fuzz_architecture";
  const ctnn::keras::detail::byte_buffer archive = ctnn::keras::detail::read_file_bytes(path, who, std::uint64_t{1} << 30);
  auto members = ctnn::keras::detail::read_archive_members(path.string(), archive, who, std::uint64_t{1} << 30);
  pairs().push_back({&model, std::make_unique<h5_file>(path.string(), std::move(members.weights), who, true)});
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  using ctnn::keras::detail::model_facts_of;
  namespace models = keras_models;
  const std::filesystem::path small = CTNN_KERAS_FILES_DIR, real = CTNN_MODELS_DIR;
  add_h5(model_facts_of<ctnn_fuzz::tiny>, small / "valid_keras2.h5");
  add_h5(model_facts_of<ctnn_fuzz::tiny_graph>, small / "functional_model.h5");
  add_h5(model_facts_of<ctnn_fuzz::cgan>, small / "cgan_nested_tfkeras.h5");
  add_archive(model_facts_of<ctnn_fuzz::cgan>, small / "cgan_nested_keras3.keras");
  add_archive(model_facts_of<ctnn_fuzz::gan_stack>, small / "gan_stacked_keras3.keras");
  add_h5(model_facts_of<models::fmnist_upsampling_generator>, real / "fmnist_dcgan_upsampling/generator.h5");
  add_archive(model_facts_of<models::fmnist_keras38_generator>, real / "fmnist_dcgan_keras38_native/generator.keras");
  add_archive(model_facts_of<models::cifar10_discriminator>, real / "cifar10_discriminator_3formats_keras215/discriminator.keras");
  add_h5(model_facts_of<models::mnist_cgan_keras3::generator>, real / "mnist_cgan_embedding_keras3/cgan_generator.h5");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || pairs().empty()) return 0;
  const fixed_pair& pair = pairs()[data[0] % pairs().size()];
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    (void)ctnn::keras::detail::read_h5(*pair.model, *pair.weights, &text);
  } catch (const ctnn::keras::file_error& error) {
    static const bool verbose = std::getenv("CTNN_FUZZ_VERBOSE") != nullptr;  // a replay by hand shows the refusal
    if (verbose) std::fprintf(stderr, "file_error (pair %d): %.400s\n", data[0] % int(pairs().size()), error.what());
  }
  return 0;
}
