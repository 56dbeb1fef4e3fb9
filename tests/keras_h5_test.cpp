// Real Keras GAN models (../shared/models/) loaded into ctnn types: the loading checks, and the
// outputs on the stored inputs against the independent numpy cross-check (*.numpy_io.npz).
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/io/keras_h5.hpp>
#include <ctnn/io/npy.hpp>

#include "keras_models.hpp"

using namespace keras_models;
using Catch::Matchers::Contains;

namespace {

const std::filesystem::path models_dir = CTNN_MODELS_DIR;

/// Loads `file`, runs the stored inputs and compares with the numpy outputs; returns the outputs.
template <class Model>
std::vector<float> check_against_numpy(const std::string& folder, const std::string& model_file, const std::string& npz,
                                       const std::string& input_name) {
  Model model;
  ctnn::keras::load_h5(model, models_dir / folder / model_file);
  const auto arrays = ctnn::npy::read_npz((models_dir / folder / npz).string());
  const auto& x = arrays.at(input_name);
  const auto& expected = arrays.at("y_numpy");
  const std::size_t batch = x.shape.at(0);
  REQUIRE(x.values.size() == batch * Model::input_shape_type::size);
  const auto y = model.predict(typename Model::input_tensor(batch, x.values));
  REQUIRE(y.size() == expected.values.size());
  double worst = 0;
  for (std::size_t i = 0; i < y.size(); ++i)
    worst = std::max(worst, std::abs(double(y.values()[i]) - expected.values[i]) / std::max(1.0, std::abs(double(expected.values[i]))));
  INFO(folder << "/" << model_file << ": worst relative difference from numpy " << worst);
  CHECK(worst <= 1e-4);
  return {y.values().begin(), y.values().end()};
}

bool all_within(const std::vector<float>& values, float low, float high) {
  return std::all_of(values.begin(), values.end(), [&](float v) { return v >= low && v <= high; });
}

}  // namespace

TEST_CASE("fmnist_dcgan_upsampling generator: loads and matches numpy", "[keras]") {
  const auto y = check_against_numpy<fmnist_upsampling_generator>("fmnist_dcgan_upsampling", "generator.h5",
                                                                  "generator.numpy_io.npz", "z");
  CHECK(all_within(y, 0.0f, 1.0f));  // sigmoid
}

TEST_CASE("fmnist_dcgan_upsampling discriminator: loads and matches numpy", "[keras]") {
  const auto y = check_against_numpy<fmnist_upsampling_discriminator>("fmnist_dcgan_upsampling", "discriminator.h5",
                                                                      "discriminator.numpy_io.npz", "x");
  CHECK(all_within(y, 0.0f, 1.0f));
}

TEST_CASE("fmnist_dcgan_convt_bn_selu generator (batch norm, selu, tanh): loads and matches numpy", "[keras]") {
  const auto y = check_against_numpy<fmnist_convt_generator>("fmnist_dcgan_convt_bn_selu", "generator.h5",
                                                             "generator.numpy_io.npz", "z");
  CHECK(all_within(y, -1.0f, 1.0f));
}

TEST_CASE("fmnist_dcgan_convt_bn_selu discriminator (optimizer state ignored): loads and matches numpy", "[keras]") {
  const auto y = check_against_numpy<fmnist_convt_discriminator>("fmnist_dcgan_convt_bn_selu", "discriminator.h5",
                                                                 "discriminator.numpy_io.npz", "x");
  CHECK(all_within(y, 0.0f, 1.0f));
}

TEST_CASE("a file whose architecture differs from the type is refused, naming layer and values", "[keras][errors]") {
  const auto path = models_dir / "fmnist_dcgan_upsampling" / "generator.h5";
  using wrong_filters = ctnn::sequential<
      ctnn::input<32>, ctnn::dense<1568>, ctnn::leaky_relu<0.2>, ctnn::reshape<7, 7, 32>, ctnn::upsampling2d<>,
      ctnn::conv2d<ctnn::conv2d_opts{.filters = 32, .kernel_size = 3, .padding = ctnn::padding::same}>, ctnn::leaky_relu<0.2>,
      ctnn::upsampling2d<>, ctnn::conv2d<ctnn::conv2d_opts{.filters = 32, .kernel_size = 5, .padding = ctnn::padding::same}>,
      ctnn::leaky_relu<0.2>, ctnn::conv2d<ctnn::conv2d_opts{.filters = 32, .kernel_size = 4, .padding = ctnn::padding::same}>,
      ctnn::leaky_relu<0.2>, ctnn::conv2d<ctnn::conv2d_opts{.filters = 32, .kernel_size = 4, .padding = ctnn::padding::same}>,
      ctnn::leaky_relu<0.2>,
      ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = 4, .padding = ctnn::padding::same, .activation = ctnn::activation::sigmoid}>>;
  wrong_filters model;
  const auto before = model.get_weights();
  CHECK_THROWS_WITH(ctnn::keras::load_h5(model, path),
                    Contains(path.string()) && Contains("layer 5 'conv2d' (Conv2D): kernel_size is [5,5], the type says [3,3]"));
  CHECK(model.get_weights() == before);  // nothing loaded half-way

  using wrong_slope = ctnn::sequential<ctnn::input<32>, ctnn::dense<1568>, ctnn::leaky_relu<0.3>>;
  wrong_slope short_model;
  CHECK_THROWS_WITH(ctnn::keras::load_h5(short_model, path), Contains("the file's model has 14 layers") && Contains("the type has 2"));

  using namespace ctnn;
  const auto convt_path = models_dir / "fmnist_dcgan_convt_bn_selu" / "generator.h5";
  using dropout_for_batch_norm = sequential<
      input<100>, dense<7 * 7 * 128>, reshape<7, 7, 128>, dropout<0.5>,
      conv2d_transpose<conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::selu}>,
      batch_normalization<>,
      conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::tanh}>>;
  dropout_for_batch_norm other_class;
  CHECK_THROWS_WITH(ctnn::keras::load_h5(other_class, convt_path),
                    Contains("layer 3 'batch_normalization' (BatchNormalization): the type has a Dropout at this position"));
  using wrong_activation = sequential<
      input<100>, dense<7 * 7 * 128>, reshape<7, 7, 128>, batch_normalization<>,
      conv2d_transpose<conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::relu}>,
      batch_normalization<>,
      conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::tanh}>>;
  wrong_activation relu_model;
  CHECK_THROWS_WITH(ctnn::keras::load_h5(relu_model, convt_path),
                    Contains("layer 4 'conv2d_transpose' (Conv2DTranspose): activation is \"selu\", the type says \"relu\""));
  using wrong_input = sequential<input<99>, dense<7 * 7 * 128>, reshape<7, 7, 128>, batch_normalization<>,
      conv2d_transpose<conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::selu}>,
      batch_normalization<>,
      conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::tanh}>>;
  wrong_input narrow;
  CHECK_THROWS_WITH(ctnn::keras::load_h5(narrow, convt_path), Contains("the file's input shape is (None, 100), the type's is (None, 99)"));
}

TEST_CASE("missing, foreign and truncated files get clear errors", "[keras][errors]") {
  fmnist_upsampling_generator model;
  CHECK_THROWS_WITH(ctnn::keras::load_h5(model, models_dir / "no_such_model.h5"), Contains("no_such_model.h5: no such file"));
  const auto scratch = std::filesystem::temp_directory_path() / "ctnn_keras_h5_test";
  std::filesystem::create_directories(scratch);
  {
    std::ofstream text(scratch / "not_hdf5.h5");
    text << "this is not an HDF5 file\n";
  }
  CHECK_THROWS_WITH(ctnn::keras::load_h5(model, scratch / "not_hdf5.h5"), Contains("not_hdf5.h5: not an HDF5 file"));
  {
    std::ifstream whole(models_dir / "fmnist_dcgan_upsampling" / "generator.h5", std::ios::binary);
    std::vector<char> head(100'000);
    whole.read(head.data(), std::streamsize(head.size()));
    std::ofstream truncated(scratch / "truncated.h5", std::ios::binary);
    truncated.write(head.data(), std::streamsize(head.size()));
  }
  CHECK_THROWS_AS(ctnn::keras::load_h5(model, scratch / "truncated.h5"), ctnn::keras::file_error);
  std::filesystem::remove_all(scratch);
}

TEST_CASE("a weights-only file saved through a wrapper model loads by its nested layers", "[keras]") {
  // mnist_generator.h5 stores no architecture; all weights sit in the group sequential_2, listed
  // trainable first and the batch-normalization statistics last.
  mnist_weights_only_generator model;
  ctnn::keras::load_h5(model, models_dir / "mnist_dcgan_upsampling_weights_only_mit" / "mnist_generator.h5");
  const auto weights = model.get_weights();
  REQUIRE(weights.size() == 16);
  // BN moving variances are positive and the moving means are not the initial zeros: the
  // statistics were taken from the end of the list, not mixed up with gamma and beta.
  CHECK(std::all_of(weights[7].begin(), weights[7].end(), [](float v) { return v > 0; }));
  CHECK(std::any_of(weights[6].begin(), weights[6].end(), [](float v) { return v != 0; }));
  typename mnist_weights_only_generator::input_tensor z(8);
  ctnn::fill_uniform(z.values(), 3, 1.0f);
  const auto y = model.predict(z);
  CHECK(all_within({y.values().begin(), y.values().end()}, -1.0f, 1.0f));
  // A digit is bright strokes on a dark background: most pixels near -1, some near +1.
  const auto dark = std::count_if(y.values().begin(), y.values().end(), [](float v) { return v < -0.9f; });
  const auto bright = std::count_if(y.values().begin(), y.values().end(), [](float v) { return v > 0.9f; });
  CHECK(dark > std::ptrdiff_t(y.size() / 2));
  CHECK(bright > std::ptrdiff_t(y.size() / 50));
}

TEST_CASE("the weights-only MNIST discriminator (with ZeroPadding2D) loads and scores in (0, 1)", "[keras]") {
  mnist_weights_only_discriminator discriminator;
  ctnn::keras::load_h5(discriminator, models_dir / "mnist_dcgan_upsampling_weights_only_mit" / "mnist_discriminator.h5");
  mnist_weights_only_generator generator;
  ctnn::keras::load_h5(generator, models_dir / "mnist_dcgan_upsampling_weights_only_mit" / "mnist_generator.h5");
  typename mnist_weights_only_generator::input_tensor z(8);
  ctnn::fill_uniform(z.values(), 5, 1.0f);
  const auto images = generator.predict(z);
  const auto scores = discriminator.predict(typename mnist_weights_only_discriminator::input_tensor(8, images.values()));
  CHECK(all_within({scores.values().begin(), scores.values().end()}, 0.0f, 1.0f));
}
