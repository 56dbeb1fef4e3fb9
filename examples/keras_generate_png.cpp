// Loads a generator saved by Keras, in any format Keras writes (a Keras 3 `.keras` archive, a
// legacy `.h5` full save, a `.weights.h5`: ctnn::keras::load tells them by content), runs it on
// seeded inputs, and writes the images as one PNG grid (ctnn/io/image.hpp), grayscale or RGB.
//
//   keras_generate_png KIND MODEL_FILE grid.png [seed]
//
// KIND names the model's ctnn type (below, as `ctnn-keras-type MODEL_FILE` prints it, or written
// by hand from the model's code for a weights-only file), for the models of ../shared/models/:
//   fmnist_convt    fmnist_dcgan_convt_bn_selu/generator.h5            28x28 gray, tanh
//   fmnist_keras3   fmnist_dcgan_keras38_native/generator.keras        28x28 gray, tanh
//   vae_decoder     fmnist_vae_decoder_cropping2d_keras38/decoder_model.keras  28x28 gray, sigmoid
//   mlp_weights     mnist_mlp_gan_weights_only_keras3/generator.weights.h5     28x28 gray, sigmoid
//   face_denoise    face_denoise_conv_keras213_windows_paths/generator_model.keras  128x128 RGB:
//                   a denoiser, fed seeded noisy colour pictures instead of latent points
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <numbers>
#include <span>
#include <string>
#include <vector>

#include <ctnn/io/image.hpp>
#include <ctnn/io/keras.hpp>

#include "normal_noise.hpp"

namespace models {
using namespace ctnn;

using fmnist_convt = sequential<
    input<100>, dense<7 * 7 * 128>, reshape<7, 7, 128>, batch_normalization<>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::selu}>,
    batch_normalization<>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::tanh}>>;

inline constexpr auto z = input<100>{};
inline constexpr auto fmnist_image =
    z | dense<6272, dense_opts{.use_bias = false}>{} | reshape<7, 7, 128>{} | batch_normalization<>{} | leaky_relu<0.01>{} |
    conv2d_transpose<conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same}>{} |
    batch_normalization<>{} | leaky_relu<0.01>{} |
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2, .padding = padding::same}>{} |
    activation_layer<activation::tanh>{};
using fmnist_keras3 = decltype(functional(inputs(z), fmnist_image));

template <int Filters>
inline constexpr auto up = conv2d_transpose<conv2d_transpose_opts{.filters = Filters, .kernel_size = 3, .strides = 2, .padding = padding::same, .use_bias = false}>{};
inline constexpr auto latent16 = input<16>{};
inline constexpr auto vae_image =
    latent16 | dense<32, dense_opts{.use_bias = false}>{} | batch_normalization<>{} | leaky_relu<0.01>{} |
    dense<64, dense_opts{.use_bias = false}>{} | batch_normalization<>{} | leaky_relu<0.01>{} |
    dense<128, dense_opts{.use_bias = false}>{} | batch_normalization<>{} | leaky_relu<0.01>{} | dropout<0.2>{} |
    reshape<1, 1, 128>{} | up<64> | batch_normalization<>{} | leaky_relu<0.01>{} | up<32> | batch_normalization<>{} |
    leaky_relu<0.01>{} | up<16> | batch_normalization<>{} | leaky_relu<0.01>{} | up<8> | batch_normalization<>{} |
    leaky_relu<0.01>{} | up<1> | cropping2d<cropping2d_opts{.top = 2, .bottom = 2, .left = 2, .right = 2}>{} |
    activation_layer<activation::sigmoid>{};
using vae_decoder = decltype(functional(inputs(latent16), vae_image));

using mlp_weights = sequential<input<100>, dense<128, dense_opts{.activation = activation::relu}>, batch_normalization<>,
                               dense<784, dense_opts{.activation = activation::sigmoid}>, reshape<28, 28>>;

template <int Filters, activation A = activation::relu>
inline constexpr auto conv3 = conv2d<conv2d_opts{.filters = Filters, .kernel_size = 3, .padding = padding::same, .activation = A}>{};
inline constexpr auto picture = input<128, 128, 3>{};
inline constexpr auto denoised = picture | conv3<64> | conv3<128> | upsampling2d<upsampling2d_opts{.size = 1}>{} | conv3<64> |
                                 conv3<3, activation::sigmoid>;
using face_denoise = decltype(functional(inputs(picture), denoised));

}  // namespace models

namespace {

/// Smooth colour pictures (sums of seeded sinusoids in [0, 1]) with seeded noise on top: what a
/// denoiser is given.
void fill_noisy_pictures(std::span<float> values, std::size_t side, std::uint64_t seed) {
  std::vector<float> noise(values.size());
  normal_noise::fill_normal(noise, seed);
  ctnn::splitmix64 random(seed ^ 0x5eedULL);
  const std::size_t pixels = side * side * 3;
  for (std::size_t n = 0; n < values.size() / pixels; ++n) {
    double phase[3][2];
    for (auto& channel : phase)
      for (double& p : channel) p = 2.0 * std::numbers::pi * static_cast<double>(random.next() >> 11) * 0x1p-53;
    for (std::size_t y = 0; y < side; ++y)
      for (std::size_t x = 0; x < side; ++x)
        for (std::size_t c = 0; c < 3; ++c) {
          const double u = double(y) / double(side), v = double(x) / double(side);
          const double clean = 0.5 + 0.25 * std::sin(2 * std::numbers::pi * (c + 1) * u + phase[c][0]) +
                               0.25 * std::cos(2 * std::numbers::pi * (3 - c) * v + phase[c][1]);
          const std::size_t i = n * pixels + (y * side + x) * 3 + c;
          values[i] = static_cast<float>(std::clamp(clean + 0.1 * noise[i], 0.0, 1.0));
        }
  }
}

/// Loads `file` into a `Model`, runs it on columns * rows inputs from `seed`, writes the grid.
template <class Model>
void generate(const std::string& file, const std::string& png, std::uint64_t seed, ctnn::image::grid_format format,
              bool pictures = false) {
  Model model;
  ctnn::keras::load(model, file);
  constexpr std::size_t columns = 8, rows = 4;
  const std::size_t count = pictures ? 2 : columns * rows;  // 128x128 pictures cost 2.5 GFLOP each
  std::vector<float> in(count * Model::layout::template layer<Model::input_positions[0]>::output_shape::size);
  if (pictures) fill_noisy_pictures(in, format.width, seed);
  else normal_noise::fill_normal(in, seed);
  std::vector<float> out(count * Model::output_shape_type::size);
  model.predict(std::span<const float>(in), std::span<float>(out));
  ctnn::image::write_png_grid(png, out, pictures ? count : columns, pictures ? 1 : rows, format);
  std::cout << "wrote " << png << ": " << count << " images from " << file << ", seed " << seed << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: keras_generate_png KIND MODEL_FILE grid.png [seed]\n"
                 "  KIND: fmnist_convt, fmnist_keras3, vae_decoder, mlp_weights, face_denoise\n";
    return 1;
  }
  const std::string kind = argv[1], file = argv[2], png = argv[3];
  const std::uint64_t seed = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 1;
  using ctnn::image::color;
  const ctnn::image::grid_format tanh_gray{.range = {-1.0f, 1.0f}}, sigmoid_gray{.range = {0.0f, 1.0f}},
      sigmoid_rgb{.height = 128, .width = 128, .colors = color::rgb, .range = {0.0f, 1.0f}};
  try {
    if (kind == "fmnist_convt") generate<models::fmnist_convt>(file, png, seed, tanh_gray);
    else if (kind == "fmnist_keras3") generate<models::fmnist_keras3>(file, png, seed, tanh_gray);
    else if (kind == "vae_decoder") generate<models::vae_decoder>(file, png, seed, sigmoid_gray);
    else if (kind == "mlp_weights") generate<models::mlp_weights>(file, png, seed, sigmoid_gray);
    else if (kind == "face_denoise") generate<models::face_denoise>(file, png, seed, sigmoid_rgb, true);
    else {
      std::cerr << "keras_generate_png: unknown KIND '" << kind << "'\n";
      return 1;
    }
  } catch (const std::exception& error) {
    std::cerr << error.what() << "\n";
    return 2;
  }
}
