// What a user's program that runs a Keras 3 DCGAN generator compiles, for scripts/compile_times.sh:
// the type ctnn-keras-type writes for ../shared/models/fmnist_dcgan_keras38_native/generator.keras,
// a predict, and, with CTNN_COMPILE_TIME_LOAD=1, the load of that file. The same source without
// the load is the baseline the loading translation unit is held to (docs/performance.md).
#include <cstdio>

#include <ctnn/ctnn.hpp>
#if CTNN_COMPILE_TIME_LOAD
#include <ctnn/io/keras.hpp>
#endif

namespace fmnist {
inline constexpr auto input_layer = ctnn::input<100>{};
inline constexpr auto dense = input_layer | ctnn::dense<6272, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto reshape = dense | ctnn::reshape<7, 7, 128>{};
inline constexpr auto batch_normalization = reshape | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto leaky_re_lu = batch_normalization | ctnn::leaky_relu<0.01>{};
inline constexpr auto conv2d_transpose = leaky_re_lu | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 64, .kernel_size = {5, 5}, .strides = {2, 2}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto batch_normalization_1 = conv2d_transpose | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto leaky_re_lu_1 = batch_normalization_1 | ctnn::leaky_relu<0.01>{};
inline constexpr auto conv2d_transpose_1 = leaky_re_lu_1 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 1, .kernel_size = {5, 5}, .strides = {2, 2}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto activation = conv2d_transpose_1 | ctnn::activation_layer<ctnn::activation::tanh>{};
using generator = decltype(ctnn::functional(ctnn::inputs(input_layer), activation));
}  // namespace fmnist

int main(int argc, char** argv) {
  fmnist::generator g;
#if CTNN_COMPILE_TIME_LOAD
  if (argc > 1) ctnn::keras::load(g, argv[1]);
#else
  (void)argv;
#endif
  ctnn::tensor<fmnist::generator::input_shape_at<0>> z(static_cast<std::size_t>(argc));  // any ctnn: input_tensor_at<0>
  const auto images = g.predict(z);
  std::printf("%g\n", static_cast<double>(images.values()[0]));
}
