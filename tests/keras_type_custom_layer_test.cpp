// A file with a layer of a class ctnn does not have (a PixelNormalization registered outside
// Keras, `Custom>PixelNormalization`, in keras_files/broken_unknown_class.keras): the user writes
// the layer in C++, ctnn-keras-type writes it into the generated type when told its C++ name
// (`--layer PixelNormalization=user::pixel_normalization`), and the type loads the file and
// computes what the layers compute, checked here by hand.
#include <cmath>
#include <cstddef>
#include <filesystem>
#include <string_view>
#include <vector>

#include <ctnn/ctnn.hpp>
#include <ctnn/io/keras.hpp>

#include <catch2/catch.hpp>

namespace user {

/// ProGAN's pixel-wise feature normalisation: each vector of the last axis divided by its root
/// mean square, y = x / sqrt(mean(x^2) + epsilon). No weights.
struct pixel_normalization : ctnn::same_shape_layer {
  static constexpr std::string_view keras_class = "PixelNormalization";
  static constexpr std::string_view keras_name = "pixel_normalization";
  static constexpr double epsilon = 1e-8;

  template <class In>
  static consteval bool check() {
    return true;
  }
  /// What the file's configuration must hold: its epsilon, compared as float32.
  template <class In>
  static constexpr ctnn::keras::layer_config keras_config() {
    return {{"epsilon", epsilon, {}, true}};
  }
};

}  // namespace user

template <>
struct ctnn::reference::kernel<user::pixel_normalization> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    constexpr std::size_t width = In::dims[In::rank - 1];
    for (std::size_t row = 0; row < batch * (In::size / width); ++row, x += width, y += width) {
      double squares = 0.0;
      for (std::size_t i = 0; i < width; ++i) squares += double(x[i]) * x[i];
      const double scale = 1.0 / std::sqrt(squares / double(width) + user::pixel_normalization::epsilon);
      for (std::size_t i = 0; i < width; ++i) y[i] = static_cast<float>(x[i] * scale);
    }
  }
};

// ctnn-keras-type keras_files/broken_unknown_class.keras --name pixel_cgan
//     --layer PixelNormalization=user::pixel_normalization
#include "pixel_cgan.hpp"

namespace {

static_assert(pixel_cgan::param_count == 5 * 3 + 3 + 3 * 2 + 2);  // the two Dense layers; the file agrees

float sigmoid(double v) { return static_cast<float>(1.0 / (1.0 + std::exp(-v))); }

}  // namespace

TEST_CASE("keras_type: a class registered outside Keras, written as the user's C++ layer, loads and computes", "[keras][type][custom]") {
  pixel_cgan model;
  ctnn::keras::load(model, std::filesystem::path(CTNN_KERAS_FILES_DIR) / "broken_unknown_class.keras");
  const std::vector<std::vector<float>> w = model.get_weights();  // dense kernel [5, 3], bias, dense_1 kernel [3, 2], bias
  REQUIRE(w.size() == 4);
  REQUIRE(w[0].size() == 15);
  REQUIRE(w[2].size() == 6);

  const std::vector<float> noise = {0.5f, -1.0f, 2.0f, -0.25f, 0.75f, 1.5f}, label = {1.0f, 0.0f, 0.0f, 1.0f};
  const auto y = model.predict(pixel_cgan::input_tensor_at<0>(2, noise), pixel_cgan::input_tensor_at<1>(2, label));
  REQUIRE(y.size() == 4);
  for (std::size_t n = 0; n < 2; ++n) {
    // concatenate(noise, label) -> Dense(3, relu) -> PixelNormalization -> Dense(2, sigmoid)
    const float in[5] = {noise[n * 3], noise[n * 3 + 1], noise[n * 3 + 2], label[n * 2], label[n * 2 + 1]};
    double hidden[3], squares = 0.0;
    for (int j = 0; j < 3; ++j) {
      double sum = w[1][j];
      for (int i = 0; i < 5; ++i) sum += double(in[i]) * w[0][i * 3 + j];
      hidden[j] = sum > 0.0 ? sum : 0.0;
      squares += hidden[j] * hidden[j];
    }
    for (double& h : hidden) h /= std::sqrt(squares / 3.0 + 1e-8);
    for (int k = 0; k < 2; ++k) {
      double sum = w[3][k];
      for (int j = 0; j < 3; ++j) sum += hidden[j] * w[2][j * 2 + k];
      CHECK(y.values()[n * 2 + k] == Approx(sigmoid(sum)).epsilon(1e-5));
    }
  }
}
