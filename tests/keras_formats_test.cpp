// Every format Keras saves, through the one entry point ctnn::keras::load: Keras 3 `.keras`
// archives (and tf.keras 2.13-2.15's), Keras 3 `.weights.h5`, legacy `.h5` full saves and weights
// files (whatever their names say), each real model of ../shared/models/ against its numpy
// cross-check (*.numpy_io.npz).
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/io/keras.hpp>
#include <ctnn/io/npy.hpp>

#include "fer_mini_xception_separable_keras205_fer2013_mini_XCEPTION_102-0_66_hdf5.hpp"  // ctnn-keras-type's type
#include "keras_models.hpp"
#include "support/summary_golden.hpp"

using namespace keras_models;
using Catch::Matchers::Contains;

namespace {

const std::filesystem::path models_dir = CTNN_MODELS_DIR;

/// Loads folder/file with ctnn::keras::load, runs the npz's input through the fused engine and the
/// reference path, and compares both with the numpy outputs; returns the fused outputs. The
/// reference path runs the first `reference_samples` samples (all by default): its plain loops
/// take over a minute for four 128x128 images under the sanitizers, the fused engine a second.
template <class Model>
std::vector<float> check_load(const std::string& folder, const std::string& file, const std::string& npz, const std::string& input,
                              std::size_t reference_samples = std::numeric_limits<std::size_t>::max()) {
  Model model;
  ctnn::keras::load(model, models_dir / folder / file);
  const auto arrays = ctnn::npy::read_npz((models_dir / folder / npz).string());
  const auto& x = arrays.at(input);
  const auto& expected = arrays.at("y_numpy");
  const std::size_t batch = x.shape.at(0);
  REQUIRE(x.values.size() % batch == 0);
  const std::size_t out_size = batch * Model::output_shape_type::size;
  REQUIRE(expected.values.size() == out_size);
  const std::size_t reference_batch = std::min(batch, reference_samples);
  std::vector<float> fused(out_size), reference(reference_batch * Model::output_shape_type::size);
  model.predict(std::span<const float>(x.values), std::span<float>(fused));
  model.reference_predict(x.values.data(), reference.data(), reference_batch);
  double worst_fused = 0, worst_reference = 0;
  for (std::size_t i = 0; i < out_size; ++i) {
    const double scale = std::max(1.0, std::abs(double(expected.values[i])));
    worst_fused = std::max(worst_fused, std::abs(double(fused[i]) - expected.values[i]) / scale);
    if (i < reference.size()) worst_reference = std::max(worst_reference, std::abs(double(reference[i]) - expected.values[i]) / scale);
  }
  INFO(folder << "/" << file << ": worst relative difference from numpy, fused " << worst_fused << ", reference "
              << worst_reference);
  CHECK(worst_fused <= 1e-4);
  CHECK(worst_reference <= 1e-4);
  return fused;
}

}  // namespace

TEST_CASE("a Keras 3 .keras archive (Functional, BN, LeakyReLU 0.01, ConvT) loads and matches numpy", "[keras][keras3]") {
  const auto y = check_load<fmnist_keras38_generator>("fmnist_dcgan_keras38_native", "generator.keras", "generator.numpy_io.npz", "z");
  CHECK(std::all_of(y.begin(), y.end(), [](float v) { return v >= -1.0f && v <= 1.0f; }));  // tanh
}

TEST_CASE("a Keras 3 .keras discriminator with optimizer variables loads and matches numpy", "[keras][keras3]") {
  check_load<fmnist_keras38_discriminator>("fmnist_dcgan_keras38_native", "discriminator.keras", "discriminator.numpy_io.npz", "x");
}

TEST_CASE("tf.keras 2.13's .keras (_layer_checkpoint_dependencies, counters with gaps) loads", "[keras][keras3]") {
  check_load<maxpool_gan_generator>("mnist_gan_maxpool_keras213_native", "generator.keras", "generator.numpy_io.npz", "z");
}

TEST_CASE("tf.keras 2.13's .keras discriminator (MaxPooling2D, optimizer and metrics state) loads", "[keras][keras3]") {
  const auto y = check_load<maxpool_gan_discriminator>("mnist_gan_maxpool_keras213_native", "descriminator.keras", "descriminator.numpy_io.npz", "x");
  CHECK(std::all_of(y.begin(), y.end(), [](float v) { return v >= 0.0f && v <= 1.0f; }));  // sigmoid
  // The poolings run as reference steps between the fused convolutions (docs/design.md).
  CHECK(maxpool_gan_discriminator::plan::describe() ==
        "Conv2D(1) + relu\nreference MaxPooling2D(2)\nConv2D(3) + relu\nreference MaxPooling2D(4)\nDense(6) + sigmoid\n");
}

TEST_CASE("a Keras 3 VAE decoder (Cropping2D, BN on vectors, ConvT from 1x1) loads and matches numpy", "[keras][keras3]") {
  check_load<vae_decoder>("fmnist_vae_decoder_cropping2d_keras38", "decoder_model.keras", "decoder_model.numpy_io.npz", "z");
}

TEST_CASE("a .keras saved on Windows (backslashes in group names) loads and matches numpy", "[keras][keras3]") {
  check_load<face_denoiser>("face_denoise_conv_keras213_windows_paths", "generator_model.keras", "generator_model.numpy_io.npz", "x",
                            /*reference_samples=*/1);
}

TEST_CASE("one discriminator in three formats (.keras, legacy .h5, legacy weights .h5) gives bit-identical outputs", "[keras][keras3]") {
  const std::string folder = "cifar10_discriminator_3formats_keras215";
  const auto from_archive = check_load<cifar10_discriminator>(folder, "discriminator.keras", "discriminator_keras.numpy_io.npz", "x");
  const auto from_h5 = check_load<cifar10_discriminator>(folder, "discriminator.h5", "discriminator_h5.numpy_io.npz", "x");
  const auto from_weights = check_load<cifar10_discriminator>(folder, "discriminator_weights.h5", "discriminator_weights.numpy_io.npz", "x");
  CHECK(from_archive == from_h5);
  CHECK(from_archive == from_weights);
}

TEST_CASE("a Keras 3 .weights.h5 (no architecture) loads into a hand-written type", "[keras][keras3]") {
  const auto y = check_load<mlp_weights_only_generator>("mnist_mlp_gan_weights_only_keras3", "generator.weights.h5", "generator.numpy_io.npz", "z");
  CHECK(std::all_of(y.begin(), y.end(), [](float v) { return v > 0.0f && v < 1.0f; }));  // sigmoid
}

TEST_CASE("a legacy weights file named .weights.h5 is read by its content, not its name", "[keras][keras3]") {
  check_load<emnist_generator>("emnist_dcgan_legacy_layout_named_weights_h5", "dcgan_generator.weights.h5", "dcgan_generator.numpy_io.npz", "z");
}

TEST_CASE("load reads the legacy files load_h5 reads, with the same checks", "[keras][keras3]") {
  check_load<fmnist_convt_generator>("fmnist_dcgan_convt_bn_selu", "generator.h5", "generator.numpy_io.npz", "z");
  fmnist_convt_discriminator wrong;  // the generator's file in the discriminator's type
  CHECK_THROWS_WITH(ctnn::keras::load(wrong, models_dir / "fmnist_dcgan_convt_bn_selu" / "generator.h5"),
                    Contains("ctnn::keras::load: ") && Contains("generator.h5"));
}

TEST_CASE("a Keras 3 archive whose architecture differs from the type names the layer and the values", "[keras][keras3][errors]") {
  fmnist_keras38_discriminator wrong;  // the generator's archive in the discriminator's type
  CHECK_THROWS_WITH(ctnn::keras::load(wrong, models_dir / "fmnist_dcgan_keras38_native" / "generator.keras"),
                    Contains("ctnn::keras::load: ") && Contains("generator.keras: the file's graph differs from the type's") &&
                        Contains("'reshape' (Reshape)") && Contains("'dense' (Dense)"));
  cifar10_discriminator wrong_weights;  // a Keras 3 weights file whose layers are not the type's
  CHECK_THROWS_WITH(ctnn::keras::load(wrong_weights, models_dir / "mnist_mlp_gan_weights_only_keras3" / "generator.weights.h5"),
                    Contains("generator.weights.h5: layer 1 (Conv2D): the file has no weights group for it: it is the 1st conv2d "
                             "layer, and 'layers' holds none"));
}

namespace {
/// `load` and `load_h5` read the same parameters from a legacy file.
template <class Model>
void same_as_load_h5(const std::filesystem::path& file) {
  INFO(file.string());
  Model through_load, through_load_h5;
  ctnn::keras::load(through_load, file);
  ctnn::keras::load_h5(through_load_h5, file);
  const auto a = through_load.parameters(), b = through_load_h5.parameters();
  CHECK(std::equal(a.begin(), a.end(), b.begin(), b.end()));
  CHECK(std::any_of(a.begin(), a.end(), [](float v) { return v != 0.0f; }));
}
}  // namespace

TEST_CASE("every legacy model of ../shared/models loads through load as through load_h5", "[keras][keras3]") {
  same_as_load_h5<fmnist_upsampling_generator>(models_dir / "fmnist_dcgan_upsampling" / "generator.h5");
  same_as_load_h5<fmnist_upsampling_discriminator>(models_dir / "fmnist_dcgan_upsampling" / "discriminator.h5");
  same_as_load_h5<fmnist_convt_generator>(models_dir / "fmnist_dcgan_convt_bn_selu" / "generator.h5");
  same_as_load_h5<fmnist_convt_discriminator>(models_dir / "fmnist_dcgan_convt_bn_selu" / "discriminator.h5");
  same_as_load_h5<mnist_cgan_keras3::generator>(models_dir / "mnist_cgan_embedding_keras3" / "cgan_generator.h5");
  same_as_load_h5<mnist_cgan_tfkeras::generator>(models_dir / "mnist_cgan_embedding_tfkeras" / "generator.h5");
  same_as_load_h5<mnist_weights_only_generator>(models_dir / "mnist_dcgan_upsampling_weights_only_mit" / "mnist_generator.h5");
  same_as_load_h5<mnist_weights_only_discriminator>(models_dir / "mnist_dcgan_upsampling_weights_only_mit" / "mnist_discriminator.h5");
}

TEST_CASE("load returns what the file says of the model: its name, its layers' names, its Keras", "[keras][names]") {
  // Keras 3.8's generator.keras: summary(model, info) prints the table Keras 3 prints for it, with
  // the file's names (tests/summary_golden: drawn by rich for the same rows).
  const auto path = models_dir / "fmnist_dcgan_keras38_native" / "generator.keras";
  fmnist_keras38_generator model;
  const ctnn::keras::file_info info = ctnn::keras::load(model, path);
  CHECK(info.model_name == "generator");
  CHECK(info.keras_version == "3.8.0");
  CHECK(info.layer_names == std::vector<std::string>{"input_layer", "dense", "reshape", "batch_normalization", "leaky_re_lu",
                                                     "conv2d_transpose", "batch_normalization_1", "leaky_re_lu_1",
                                                     "conv2d_transpose_1", "activation"});
  CHECK(info.summary_style() == ctnn::summary_style::keras3);
  CHECK(ctnn::keras::summary(model, info) == ctnn_test::keras3_summaries().at("fmnist_keras38_generator"));
  // A tf.keras 2 legacy .h5 (a Sequential): the names of its layers after the input, TF 2's table.
  fmnist_upsampling_generator legacy;
  const auto legacy_info = ctnn::keras::load(legacy, models_dir / "fmnist_dcgan_upsampling" / "generator.h5");
  CHECK(legacy_info.keras_version.starts_with("2."));
  CHECK(legacy_info.layer_names.size() == fmnist_upsampling_generator::layer_count);
  CHECK(legacy_info.summary_style() == ctnn::summary_style::keras2);
  CHECK(ctnn::keras::summary(legacy, legacy_info) == fmnist_upsampling_generator::summary(legacy_info.model_name, legacy_info.layer_names));
  // A Keras 3 weights file names no layer: the summary keeps Keras's automatic names.
  mlp_weights_only_generator weights_only;
  const auto weights_info = ctnn::keras::load(weights_only, models_dir / "mnist_mlp_gan_weights_only_keras3" / "generator.weights.h5");
  CHECK(weights_info.layer_names.empty());
  CHECK(weights_info.model_name.empty());
}

TEST_CASE("a Keras 2.0.5 mini-Xception (SeparableConv2D, residual Adds, MaxPooling2D 'same') loads and matches numpy",
          "[keras][separable]") {
  // fer_mini_xception_separable_keras205: its type as ctnn-keras-type writes it; 58423 parameters
  // (PROVENANCE.md), depthwise_kernel and pointwise_kernel named separable_conv2d_1_1/... by Keras 2.0.5.
  using model = generated_fer_mini_xception_separable_keras205::mini_xception;
  static_assert(model::param_count == 58423);
  static_assert(model::output_shape == ctnn::shape<7>{});
  const auto y = check_load<model>("fer_mini_xception_separable_keras205", "fer2013_mini_XCEPTION.102-0.66.hdf5",
                                   "fer2013_mini_XCEPTION.102-0.66.numpy_io.npz", "x");
  // Seven probabilities per face.
  for (std::size_t n = 0; n < y.size() / 7; ++n) {
    double total = 0;
    for (std::size_t k = 0; k < 7; ++k) total += y[n * 7 + k];
    CHECK(total == Approx(1.0).epsilon(1e-5));
  }
}
