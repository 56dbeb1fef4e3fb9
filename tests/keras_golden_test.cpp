// Real Keras GAN models (../shared/models/) loaded into ctnn types and run on the first 4 stored
// inputs (or, for the weights-only MNIST models, the 4 inputs in the golden file), against the
// outputs of an independent PyTorch float64 implementation (tests/keras_golden/, written by
// tests/keras_golden/make_keras_golden.py).
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/io/keras_h5.hpp>
#include <ctnn/io/npy.hpp>

#include "keras_models.hpp"

namespace {

const std::filesystem::path models_dir = CTNN_MODELS_DIR;
const std::filesystem::path golden_dir = CTNN_KERAS_GOLDEN_DIR;
constexpr std::size_t golden_samples = 4;  // the golden files hold the first 4 samples

/// A golden file: the values of its `output <count> v...` line, and of the `input <count> v...` line
/// before it where the file carries its inputs ('#' lines are comments).
struct golden {
  std::vector<float> input;  // empty: the inputs are the model's stored .numpy_io.npz samples
  std::vector<float> output;
};

golden read_golden(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path.string() + ": cannot open (run tests/keras_golden/make_keras_golden.py)");
  golden result;
  bool have_input = false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string tag;
    std::size_t count = 0;
    if (!(fields >> tag >> count) || (tag != "input" && tag != "output"))
      throw std::runtime_error(path.string() + ": expected 'input <count> ...' or 'output <count> ...'");
    if (tag == "input" && have_input) throw std::runtime_error(path.string() + ": more than one input line");
    std::vector<float> values(count);
    for (float& v : values)
      if (!(fields >> v)) throw std::runtime_error(path.string() + ": fewer values than the count");
    if (std::string rest; fields >> rest) throw std::runtime_error(path.string() + ": more values than the count");
    if (tag == "input") {
      result.input = std::move(values);
      have_input = true;
      continue;
    }
    result.output = std::move(values);
    return result;
  }
  throw std::runtime_error(path.string() + ": no output line");
}

/// Runs the 4 samples in `x` through `model` and compares with `expected`; returns the worst
/// |a - b| / max(1, |b|) (infinity for a non-finite output).
template <class Model>
double worst_difference(const Model& model, const std::vector<float>& x, const std::vector<float>& expected) {
  REQUIRE(x.size() == golden_samples * Model::input_shape_type::size);
  const auto y = model.predict(typename Model::input_tensor(golden_samples, x));
  REQUIRE(expected.size() == golden_samples * Model::output_shape_type::size);
  REQUIRE(y.size() == expected.size());
  double worst = 0;
  for (std::size_t i = 0; i < y.size(); ++i) {
    const double a = y.values()[i], b = expected[i];
    worst = std::max(worst, std::isfinite(a) ? std::abs(a - b) / std::max(1.0, std::abs(b)) : INFINITY);
  }
  return worst;
}

/// Loads folder/kind.h5 into Model, runs the first 4 inputs of kind.numpy_io.npz and compares with
/// the golden file folder_kind.txt; returns the worst |a - b| / max(1, |b|) (infinity for a non-finite output).
template <class Model>
double worst_difference_from_golden(const std::string& folder, const std::string& kind, const std::string& input_name) {
  Model model;
  ctnn::keras::load_h5(model, models_dir / folder / (kind + ".h5"));
  const auto arrays = ctnn::npy::read_npz((models_dir / folder / (kind + ".numpy_io.npz")).string());
  const auto& x = arrays.at(input_name);
  REQUIRE(x.shape.at(0) >= golden_samples);
  REQUIRE(x.values.size() == x.shape.at(0) * Model::input_shape_type::size);
  const std::vector<float> first(x.values.begin(), x.values.begin() + std::ptrdiff_t(golden_samples * Model::input_shape_type::size));
  const auto expected = read_golden(golden_dir / (folder + "_" + kind + ".txt"));
  REQUIRE(expected.input.empty());
  return worst_difference(model, first, expected.output);
}

/// Loads folder/file (a model without a .numpy_io.npz) into Model, runs the inputs stored in the
/// golden file folder_kind.txt and compares with its outputs; returns the worst relative difference.
template <class Model>
double worst_difference_from_golden_inputs(const std::string& folder, const std::string& file, const std::string& kind) {
  Model model;
  ctnn::keras::load_h5(model, models_dir / folder / file);
  const auto expected = read_golden(golden_dir / (folder + "_" + kind + ".txt"));
  return worst_difference(model, expected.input, expected.output);
}

}  // namespace

TEST_CASE("fmnist_dcgan_upsampling generator matches the PyTorch reference", "[keras][keras_golden]") {
  const double worst = worst_difference_from_golden<keras_models::fmnist_upsampling_generator>("fmnist_dcgan_upsampling", "generator", "z");
  INFO("worst relative difference from PyTorch: " << worst);
  CHECK(worst <= 1e-4);
}

TEST_CASE("fmnist_dcgan_upsampling discriminator matches the PyTorch reference", "[keras][keras_golden]") {
  const double worst = worst_difference_from_golden<keras_models::fmnist_upsampling_discriminator>("fmnist_dcgan_upsampling", "discriminator", "x");
  INFO("worst relative difference from PyTorch: " << worst);
  CHECK(worst <= 1e-4);
}

TEST_CASE("fmnist_dcgan_convt_bn_selu generator matches the PyTorch reference", "[keras][keras_golden]") {
  const double worst = worst_difference_from_golden<keras_models::fmnist_convt_generator>("fmnist_dcgan_convt_bn_selu", "generator", "z");
  INFO("worst relative difference from PyTorch: " << worst);
  CHECK(worst <= 1e-4);
}

TEST_CASE("fmnist_dcgan_convt_bn_selu discriminator matches the PyTorch reference", "[keras][keras_golden]") {
  const double worst = worst_difference_from_golden<keras_models::fmnist_convt_discriminator>("fmnist_dcgan_convt_bn_selu", "discriminator", "x");
  INFO("worst relative difference from PyTorch: " << worst);
  CHECK(worst <= 1e-4);
}

TEST_CASE("the weights-only MNIST generator matches the PyTorch reference", "[keras][keras_golden]") {
  // No model_config in the file: the architecture is ctnn's type (Keras-GAN dcgan.py), and the
  // script builds the same one by hand. Inputs: 4 seeded latent vectors from the golden file.
  const double worst = worst_difference_from_golden_inputs<keras_models::mnist_weights_only_generator>(
      "mnist_dcgan_upsampling_weights_only_mit", "mnist_generator.h5", "generator");
  INFO("worst relative difference from PyTorch: " << worst);
  CHECK(worst <= 1e-4);
}

TEST_CASE("the weights-only MNIST discriminator matches the PyTorch reference", "[keras][keras_golden]") {
  // Inputs: the generator's 4 golden images (its output rounded to float32).
  const double worst = worst_difference_from_golden_inputs<keras_models::mnist_weights_only_discriminator>(
      "mnist_dcgan_upsampling_weights_only_mit", "mnist_discriminator.h5", "discriminator");
  INFO("worst relative difference from PyTorch: " << worst);
  CHECK(worst <= 1e-4);
}
