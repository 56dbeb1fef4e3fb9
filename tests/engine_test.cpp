// The fused engine (ctnn/engine/): what its plan decides, and that every fused path gives the
// reference path's numbers (within 1e-4 of the output's scale) on the tutorial's models, the
// benchmark models, the real GAN types and randomized stacks; results bit-identical for any
// thread count and any batch split.
//
// This file is compiled once per vector width (tests/CMakeLists.txt: portable, -march=native, and
// 16 lanes without AVX-512), so that every width's kernels and register blocks are tested.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "../bench/bench_models.hpp"
#include "keras_models.hpp"
#include "support/randomized_model.hpp"

namespace {

using namespace ctnn;
using namespace bench_models;

/// The model with randomized weights (tests/support/randomized_model.hpp), noise streams
/// seed * 1000 + array.
template <class Model>
Model randomized(std::uint64_t seed) {
  return ctnn_test::randomized<Model>(seed, 1000);
}

/// max |fused - reference| / max(1, max |reference|) over a batch of uniform inputs in [-2, 2].
template <class Model>
double fused_vs_reference(const Model& model, std::size_t batch, std::uint64_t seed) {
  typename Model::input_tensor x(batch);
  fill_uniform(x.values(), seed, 2.0f);
  std::vector<float> reference(batch * Model::output_shape_type::size), fused(reference.size());
  model.reference_predict(x.data(), reference.data(), batch);
  model.fused_predict(x.data(), fused.data(), batch, threads{2});
  double scale = 1.0, worst = 0.0;
  for (float v : reference) scale = std::max(scale, double(std::abs(v)));
  for (std::size_t i = 0; i < fused.size(); ++i) {
    const double difference = std::abs(double(fused[i]) - double(reference[i]));
    worst = std::max(worst, std::isfinite(difference) ? difference : INFINITY);
  }
  return worst / scale;
}

template <class Model>
void check_fused(std::uint64_t seed, std::size_t batch = 3) {
  const Model model = randomized<Model>(seed);
  const double worst = fused_vs_reference(model, batch, seed + 7);
  INFO(Model::plan::describe());
  INFO("worst difference / output scale: " << worst);
  CHECK(worst <= 1e-4);
}

// ---- Randomized stacks --------------------------------------------------------------------------
// conv2d (kernel 1-5, stride 1-3, either padding, relu) -> conv2d_transpose (kernel 1-5,
// stride 1-3, either padding, selu) -> batch_normalization -> leaky_relu -> nearest
// upsampling2d (1-3 per axis) -> conv2d (kernel 1-5, dilation 1-2, either padding, tanh) ->
// flatten -> dense(5, sigmoid), on odd sizes and channel counts that are not multiples of 4 or 8.

struct stack_config {
  int h, w, c;
  int k1, s1, f1;
  bool same1;
  int k2, s2, f2;
  bool same2;
  int uh, uw;
  int k3, d3, f3;
  bool same3;
};

constexpr stack_config make_stack_config(std::uint64_t seed) {
  splitmix64 generator(seed);
  auto pick = [&](int low, int high) { return low + int(generator.next() % std::uint64_t(high - low + 1)); };
  stack_config c{};
  c.h = pick(1, 9), c.w = pick(1, 9), c.c = pick(1, 11);
  c.k1 = pick(1, 5), c.s1 = pick(1, 3), c.f1 = pick(1, 19), c.same1 = pick(0, 1) == 1;
  if (c.h < c.k1 || c.w < c.k1) c.same1 = true;
  c.k2 = pick(1, 5), c.s2 = pick(1, 3), c.f2 = pick(1, 19), c.same2 = pick(0, 1) == 1;
  c.uh = pick(1, 3), c.uw = pick(1, 3);
  c.k3 = pick(1, 5), c.d3 = pick(1, 2), c.f3 = pick(1, 11), c.same3 = pick(0, 1) == 1;
  auto after = [&](int n, int s1x) {
    const int conv = c.same1 ? (n + s1x - 1) / s1x : (n - c.k1) / s1x + 1;
    const int transposed = c.same2 ? conv * c.s2 : conv * c.s2 + std::max(c.k2 - c.s2, 0);
    return transposed;
  };
  const int extent3 = (c.k3 - 1) * c.d3 + 1;
  if (after(c.h, c.s1) * c.uh < extent3 || after(c.w, c.s1) * c.uw < extent3) c.same3 = true;
  return c;
}

constexpr padding padding_of(bool same) { return same ? padding::same : padding::valid; }

template <std::uint64_t Seed>
struct random_stack {
  static constexpr stack_config c = make_stack_config(Seed);
  using type = sequential<
      input<c.h, c.w, c.c>,
      conv2d<conv2d_opts{.filters = c.f1, .kernel_size = c.k1, .strides = c.s1, .padding = padding_of(c.same1),
                         .activation = activation::relu}>,
      conv2d_transpose<conv2d_transpose_opts{.filters = c.f2, .kernel_size = c.k2, .strides = c.s2,
                                             .padding = padding_of(c.same2), .activation = activation::selu}>,
      batch_normalization<>, leaky_relu<0.1>, upsampling2d<upsampling2d_opts{.size = {c.uh, c.uw}}>,
      conv2d<conv2d_opts{.filters = c.f3, .kernel_size = c.k3, .padding = padding_of(c.same3), .dilation_rate = c.d3,
                         .activation = activation::tanh}>,
      flatten, dense<5, dense_opts{.activation = activation::sigmoid}>>;
};

template <std::uint64_t... Seeds>
void check_random_stacks() {
  (check_fused<typename random_stack<Seeds>::type>(Seeds), ...);
}

}  // namespace

TEST_CASE("engine: the plan fuses what it can and says so", "[engine][plan]") {
  CHECK(model_a::plan::describe() == "Dense(1)\nConv2D(4) reads UpSampling2D(3)\n");
  CHECK(model_b::plan::describe() == "Dense(1)\nConv2DTranspose(3)\n");
  CHECK(model_c::plan::describe() ==
        "Dense(1) + LeakyReLU(2)\nConv2DTranspose(4) + LeakyReLU(5)\nConv2DTranspose(6) + LeakyReLU(7)\nConv2D(8) + tanh\n");
  CHECK(model_d::plan::describe() == "Conv2D(1) + LeakyReLU(2)\nConv2D(3) + LeakyReLU(4)\nDense(6) + sigmoid\n");
  // Batch normalization right after a linear producer is folded into its weights, also through
  // a reshape (dense units -> channels); after an activation it stays in the epilogue.
  CHECK(keras_models::fmnist_convt_generator::plan::describe() ==
        "Dense(1) folds BatchNormalization(3)\nConv2DTranspose(4) + selu + BatchNormalization(5)\nConv2DTranspose(6) + tanh\n");
  CHECK(keras_models::mnist_weights_only_generator::plan::describe() ==
        "Dense(1) + relu\nConv2D(4) reads UpSampling2D(3) folds BatchNormalization(5) + Activation(6)\n"
        "Conv2D(8) reads UpSampling2D(7) folds BatchNormalization(9) + Activation(10)\nConv2D(11) + Activation(12)\n");
  // A zero padding between a conv and its batch normalization is a step of its own, and so is
  // the normalization then (the padded zeros are normalized too).
  CHECK(keras_models::mnist_weights_only_discriminator::plan::describe() ==
        "Conv2D(1) + LeakyReLU(2)\nConv2D(4)\nreference ZeroPadding2D(5)\nreference BatchNormalization(6)\n"
        "reference LeakyReLU(7)\nConv2D(9) folds BatchNormalization(10) + LeakyReLU(11)\n"
        "Conv2D(13) folds BatchNormalization(14) + LeakyReLU(15)\nDense(18) + sigmoid\n");
  // Bilinear upsampling, and a nearest upsampling before a strided conv, are computed into the
  // conv's input scratch; alone, an upsampling runs its reference kernel.
  using bilinear = sequential<input<4, 4, 3>, upsampling2d<upsampling2d_opts{.interpolation = interpolation::bilinear}>,
                              conv2d<conv2d_opts{.filters = 2, .kernel_size = 3}>>;
  CHECK(bilinear::plan::describe() == "Conv2D(2) builds its input with UpSampling2D(1)\n");
  using strided = sequential<input<4, 4, 3>, upsampling2d<>, conv2d<conv2d_opts{.filters = 2, .kernel_size = 3, .strides = 2}>>;
  CHECK(strided::plan::describe() == "Conv2D(2) builds its input with UpSampling2D(1)\n");
  using alone = sequential<input<4, 4, 3>, upsampling2d<>, flatten>;
  CHECK(alone::plan::describe() == "reference UpSampling2D(1)\n");
  // Past 16 phases (a 5x4 upsampling), the upsampled input is built rather than lowered.
  using many_phases = sequential<input<2, 2, 3>, upsampling2d<upsampling2d_opts{.size = {5, 4}}>,
                                 conv2d<conv2d_opts{.filters = 2, .kernel_size = 3}>>;
  CHECK(many_phases::plan::describe() == "Conv2D(2) builds its input with UpSampling2D(1)\n");
  // A batch normalization over fewer channels than its producer's, through a reshape; and more
  // element-wise layers than one epilogue holds (8): the rest run on their own.
  using fewer_channels = sequential<input<4, 4, 2>, conv2d<conv2d_opts{.filters = 8, .kernel_size = 3, .padding = padding::same,
                                                                        .activation = activation::relu}>,
                                    reshape<4, 8, 4>, batch_normalization<>>;
  CHECK(fewer_channels::plan::describe() == "Conv2D(1) + relu + BatchNormalization(3)\n");
  using long_chain = sequential<input<6>, dense<4, dense_opts{.activation = activation::tanh}>, leaky_relu<0.1>,
                                batch_normalization<>, leaky_relu<0.2>, activation_layer<activation::sigmoid>,
                                batch_normalization<>, leaky_relu<0.3>, activation_layer<activation::selu>,
                                batch_normalization<>, leaky_relu<0.4>>;
  CHECK(long_chain::plan::describe() ==
        "Dense(1) + tanh + LeakyReLU(2) + BatchNormalization(3) + LeakyReLU(4) + Activation(5) + "
        "BatchNormalization(6) + LeakyReLU(7) + Activation(8)\nreference BatchNormalization(9)\nreference LeakyReLU(10)\n");
  // Views cost nothing: a model of views only has no step.
  using views = sequential<input<2, 3>, reshape<3, 2>, flatten, dropout<0.5>>;
  CHECK(views::plan::size == 0);
}

TEST_CASE("engine: compile-time costs", "[engine][plan]") {
  // 2 x multiply-adds: dense 100x3200; conv 10x10 pixels x 1 filter x 3x3x128.
  STATIC_REQUIRE(model_a::flops_per_sample == 2 * (100 * 3200 + 10 * 10 * 1 * 9 * 128));
  // dense; conv_transpose 5x5 input pixels x 3x3 kernel x 128 -> 1.
  STATIC_REQUIRE(model_b::flops_per_sample == 2 * (100 * 3200 + 5 * 5 * 9 * 128));
  STATIC_REQUIRE(model_c::flops_per_sample ==
                 2 * (100 * 6272 + 7 * 7 * 128 * 16 * 128 + 14 * 14 * 128 * 16 * 128 + 28 * 28 * 49 * 128));
  STATIC_REQUIRE(model_d::flops_per_sample == 2 * (14 * 14 * 64 * 9 + 7 * 7 * 64 * 9 * 64 + 3136));
  // Per thread: two tiles of 8 samples of the largest activation (28x28x128), and the zero-padded
  // input of the 7x7 'same' conv (34x34x128). (The transposed convs' packed weights, 1 MiB, are
  // below the size from which a conv runs block by block over the tile with a padded input per sample.)
  STATIC_REQUIRE(model_c::arena_bytes == 4 * (2 * 8 * 28 * 28 * 128 + 34 * 34 * 128));
  // Model F's transposed convs up to 8x8 -> 16x16 have 2 MiB or more of packed weights (8x8 -> 16x16:
  // 4 phases x 2x2 taps x 256 x 128 floats): they run block by block over the tile, each sample's
  // input padded apart; the largest of those copies is 8 x 10x10x256.
  STATIC_REQUIRE(model_f::arena_bytes == 4 * (2 * 8 * 32 * 32 * 64 + 8 * 10 * 10 * 256));
  STATIC_REQUIRE(model_c::parameter_bytes == 4 * (model_c::param_count + model_c::packed_param_count));
}

TEST_CASE("engine: fused equals reference on the tutorial and benchmark models", "[engine]") {
  check_fused<model_a>(1);
  check_fused<model_b>(2);
  check_fused<model_c>(3);
  check_fused<model_d>(4);
  check_fused<model_c>(5, 17);  // tiles of 8, 8 and 1
}

TEST_CASE("engine: fused equals reference on the real GAN types", "[engine]") {
  check_fused<keras_models::fmnist_upsampling_generator>(11);
  check_fused<keras_models::fmnist_upsampling_discriminator>(12);
  check_fused<keras_models::fmnist_convt_generator>(13);
  check_fused<keras_models::fmnist_convt_discriminator>(14);
  check_fused<keras_models::mnist_weights_only_generator>(15);
  check_fused<keras_models::mnist_weights_only_discriminator>(16);
}

/// The same for a conditional generator (noise, label): labels 0..9 in turn, batches that split
/// into tiles of 8 and fewer, on 1 and 2 threads (bit-identical).
template <class Generator>
void check_fused_conditional(std::uint64_t seed, std::size_t batch) {
  const Generator model = randomized<Generator>(seed);
  tensor<typename Generator::template input_shape_at<0>> noise(batch);
  fill_uniform(noise.values(), seed + 7, 2.0f);
  tensor<shape<1>> labels(batch);
  for (std::size_t n = 0; n < batch; ++n) labels.at(n, 0) = float(n % 10);
  std::vector<float> reference(batch * Generator::output_shape_type::size);
  model.reference_predict(noise.data(), labels.data(), reference.data(), batch);
  const auto one = model.predict(noise, labels, threads{1});
  const auto two = model.predict(noise, labels, threads{2});
  double scale = 1.0, worst = 0.0;
  for (float v : reference) scale = std::max(scale, double(std::abs(v)));
  for (std::size_t i = 0; i < reference.size(); ++i) worst = std::max(worst, std::abs(double(one.values()[i]) - reference[i]));
  INFO(Generator::plan::describe());
  INFO("worst difference / output scale: " << worst / scale);
  CHECK(worst / scale <= 1e-4);
  CHECK(std::equal(one.values().begin(), one.values().end(), two.values().begin()));
}

TEST_CASE("engine: fused equals reference on the conditional generators (functional graphs)", "[engine][functional]") {
  check_fused_conditional<keras_models::mnist_cgan_keras3::generator>(17, 3);
  check_fused_conditional<keras_models::mnist_cgan_tfkeras::generator>(18, 11);
}

// ---- Models of several outputs --------------------------------------------------------------
// Each output is written where the caller wants it, and later steps read it there: an output stops
// a step's fusion (a convolution that is an output keeps its batch normalization apart), a view
// of a value is that value's memory, and an output listed twice or showing an input is a copy.

namespace several {
constexpr auto x = input<6, 5, 3>{};
constexpr auto conv = x | conv2d<conv2d_opts{.filters = 8, .kernel_size = 3, .padding = padding::same}>{};
constexpr auto normalized = conv | batch_normalization<>{};
constexpr auto rectified = normalized | activation_layer<activation::relu>{};
constexpr auto flat = rectified | flatten{};
constexpr auto upsampled = rectified | upsampling2d<>{};
constexpr auto second = upsampled | conv2d<conv2d_opts{.filters = 5, .kernel_size = 3, .activation = activation::tanh}>{};
constexpr auto pooled = second | global_average_pooling2d<>{};
constexpr auto scores = pooled | dense<4, dense_opts{.activation = activation::softmax}>{};
// Outputs inside what would be one step, a view as an output, an output read by a later layer.
using mid_chain = decltype(functional(inputs(x), outputs(scores, normalized, flat, upsampled)));
// A producer that is an output: its batch normalization is not folded into it.
using producer_out = decltype(functional(inputs(x), outputs(second, conv)));
// One value twice, an input (through a view) as an output, and the pooled value with its softmax.
using copies = decltype(functional(inputs(x), outputs(pooled, x | flatten{}, scores, pooled)));
}  // namespace several

/// max |fused - reference| / max(1, max |reference|) over every output of a one-input model.
template <class Model, std::size_t... K>
double several_fused_vs_reference(const Model& model, std::size_t batch, std::uint64_t seed, std::index_sequence<K...>) {
  typename Model::template input_tensor_at<0> x(batch);
  fill_uniform(x.values(), seed, 2.0f);
  std::array<std::vector<float>, sizeof...(K)> reference{std::vector<float>(batch * Model::output_sizes[K])...};
  std::array<std::vector<float>, sizeof...(K)> fused = reference;
  model.reference_predict(x.data(), reference[K].data()..., batch);
  model.fused_predict(x.data(), fused[K].data()..., batch, threads{2});
  // predict returns the same values, in the order of outputs(...).
  const auto predicted = model.predict(x, threads{1});
  double scale = 1.0, worst = 0.0;
  for (std::size_t k = 0; k < sizeof...(K); ++k) {
    for (float v : reference[k]) scale = std::max(scale, double(std::abs(v)));
    for (std::size_t i = 0; i < fused[k].size(); ++i) {
      const double difference = std::abs(double(fused[k][i]) - double(reference[k][i]));
      worst = std::max(worst, std::isfinite(difference) ? difference : INFINITY);
    }
  }
  const bool same_as_fused = ((std::equal(fused[K].begin(), fused[K].end(), std::get<K>(predicted).values().begin())) && ...);
  return same_as_fused ? worst / scale : INFINITY;
}

template <class Model>
void check_several(std::uint64_t seed, std::size_t batch) {
  const Model model = randomized<Model>(seed);
  const double worst = several_fused_vs_reference(model, batch, seed + 7, std::make_index_sequence<Model::output_count>{});
  INFO(Model::plan::describe());
  INFO("worst difference / output scale: " << worst);
  CHECK(worst <= 1e-4);
}

TEST_CASE("engine: fused equals reference on models of several outputs", "[engine][functional][outputs]") {
  using namespace several;
  check_several<mid_chain>(31, 3);
  check_several<mid_chain>(32, 19);  // tiles of 8 and a partial one
  check_several<producer_out>(33, 5);
  check_several<copies>(34, 9);
  CHECK(mid_chain::plan::describe() ==
        "Conv2D(1) folds BatchNormalization(2)\nreference Activation(3)\nreference UpSampling2D(4)\nConv2D(5) + tanh\n"
        "reference GlobalAveragePooling2D(6)\nDense(7) + softmax\n");
  CHECK(producer_out::plan::describe() == "Conv2D(1)\nreference BatchNormalization(2)\nreference Activation(3)\nConv2D(5) reads UpSampling2D(4) + tanh\n");
  // The output listed twice is one value (the third output is the first's copy), the flattened input a copy of it.
  const copies model = randomized<copies>(35);
  typename copies::input_tensor_at<0> x(2);
  fill_uniform(x.values(), 36, 1.0f);
  const auto [first, flattened, scores_out, again] = model.predict(x);
  CHECK(std::equal(first.values().begin(), first.values().end(), again.values().begin(), again.values().end()));
  CHECK(std::equal(x.values().begin(), x.values().end(), flattened.values().begin(), flattened.values().end()));
}

TEST_CASE("engine: fused equals reference on hand-picked geometries", "[engine]") {
  // Transposed convolutions with output_padding, even kernels, dilation; a kernel smaller than
  // its stride (phases no kernel cell reaches hold the bias only).
  check_fused<sequential<input<5, 4, 3>, conv2d_transpose<conv2d_transpose_opts{.filters = 6, .kernel_size = 3, .strides = 2,
                                                                               .padding = padding::same, .output_padding = 1}>>>(21);
  check_fused<sequential<input<3, 5, 2>, conv2d_transpose<conv2d_transpose_opts{.filters = 9, .kernel_size = {4, 2}, .strides = {3, 2},
                                                                               .padding = padding::valid, .output_padding = {2, 1}}>>>(22);
  check_fused<sequential<input<4, 4, 5>, conv2d_transpose<conv2d_transpose_opts{.filters = 3, .kernel_size = 3, .padding = padding::same,
                                                                               .dilation_rate = 2}>>>(23);
  check_fused<sequential<input<4, 3, 2>, conv2d_transpose<conv2d_transpose_opts{.filters = 17, .kernel_size = 1, .strides = 3}>>>(24);
  check_fused<sequential<input<6, 6, 4>, conv2d_transpose<conv2d_transpose_opts{.filters = 4, .kernel_size = 2, .strides = 2,
                                                                               .padding = padding::same, .use_bias = false}>>>(25);
  // Convolutions: dilated, strided 'valid' with leftover rows, even 'same' kernels, 1x1.
  check_fused<sequential<input<9, 7, 3>, conv2d<conv2d_opts{.filters = 5, .kernel_size = 3, .padding = padding::same, .dilation_rate = {2, 3}}>>>(26);
  check_fused<sequential<input<10, 11, 6>, conv2d<conv2d_opts{.filters = 20, .kernel_size = {2, 4}, .strides = 3}>>>(27);
  check_fused<sequential<input<7, 6, 9>, conv2d<conv2d_opts{.filters = 3, .kernel_size = 4, .padding = padding::same}>>>(28);
  check_fused<sequential<input<3, 3, 13>, conv2d<conv2d_opts{.filters = 33, .kernel_size = 1, .use_bias = false}>>>(29);
  // Upsampling read through by the conv, non-square factors.
  check_fused<sequential<input<3, 4, 5>, upsampling2d<upsampling2d_opts{.size = {2, 3}}>,
                         conv2d<conv2d_opts{.filters = 7, .kernel_size = 3, .padding = padding::same}>>>(30);
  check_fused<sequential<input<4, 5, 3>, upsampling2d<upsampling2d_opts{.size = {3, 1}}>,
                         conv2d<conv2d_opts{.filters = 2, .kernel_size = {5, 2}, .dilation_rate = 2}>>>(31);
  // Dense on a rank-3 input (the last axis), batch normalization folded through a reshape, and
  // element-wise layers with nothing to fuse into.
  check_fused<sequential<input<3, 2, 7>, dense<9, dense_opts{.activation = activation::relu}>, batch_normalization<>>>(32);
  check_fused<sequential<input<6>, dense<12>, reshape<3, 4>, batch_normalization<>, leaky_relu<0.3>, reshape<2, 6>,
                         batch_normalization<batch_normalization_opts{.epsilon = 1e-5, .center = false}>>>(33);
  check_fused<sequential<input<5>, batch_normalization<>, activation_layer<activation::selu>, dense<3>>>(34);
  check_fused<sequential<input<2, 3, 4>, zero_padding2d<>, upsampling2d<upsampling2d_opts{.interpolation = interpolation::bilinear}>,
                         conv2d<conv2d_opts{.filters = 3, .kernel_size = 2}>>>(35);
  // Upsampling built into the conv's input: bilinear (2, 3) and (3, 1) into 'same' convs, nearest
  // into a strided conv.
  check_fused<sequential<input<3, 4, 9>, upsampling2d<upsampling2d_opts{.size = {2, 3}, .interpolation = interpolation::bilinear}>,
                         conv2d<conv2d_opts{.filters = 11, .kernel_size = 3, .padding = padding::same, .activation = activation::relu}>>>(36);
  check_fused<sequential<input<5, 2, 2>, upsampling2d<upsampling2d_opts{.size = {3, 1}, .interpolation = interpolation::bilinear}>,
                         conv2d<conv2d_opts{.filters = 1, .kernel_size = 4, .padding = padding::same}>>>(37);
  check_fused<sequential<input<5, 5, 6>, upsampling2d<>, conv2d<conv2d_opts{.filters = 8, .kernel_size = 3, .strides = 2}>>>(38);
  check_fused<sequential<input<2, 2, 3>, upsampling2d<upsampling2d_opts{.size = {5, 4}}>,
                         conv2d<conv2d_opts{.filters = 2, .kernel_size = 3}>>>(39);
  // Batch normalization folded into a conv and a transposed conv, and over fewer channels than
  // the producer's; an epilogue that overflows into steps of their own.
  check_fused<sequential<input<6, 5, 3>, conv2d<conv2d_opts{.filters = 12, .kernel_size = 3, .padding = padding::same}>,
                         batch_normalization<>, activation_layer<activation::relu>,
                         conv2d_transpose<conv2d_transpose_opts{.filters = 5, .kernel_size = 3, .strides = 2, .dilation_rate = 1,
                                                                .use_bias = false}>,
                         batch_normalization<batch_normalization_opts{.epsilon = 1e-5}>>>(40);
  check_fused<sequential<input<4, 4, 2>, conv2d<conv2d_opts{.filters = 8, .kernel_size = 3, .padding = padding::same,
                                                            .activation = activation::relu}>,
                         reshape<4, 8, 4>, batch_normalization<>>>(41);
  check_fused<sequential<input<6>, dense<4, dense_opts{.activation = activation::tanh}>, leaky_relu<0.1>,
                         batch_normalization<>, leaky_relu<0.2>, activation_layer<activation::sigmoid>,
                         batch_normalization<>, leaky_relu<0.3>, activation_layer<activation::selu>,
                         batch_normalization<>, leaky_relu<0.4>>>(42);
  // Depthwise convolutions: a channel count that is no whole number of vectors, multipliers that
  // repeat each input channel, strides, dilation, uneven kernels, a folded batch normalization
  // with ReLU(6) after it (MobileNet's block), a softmax over each pixel's channels.
  check_fused<sequential<input<7, 9, 17>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .padding = padding::same}>>>(43);
  check_fused<sequential<input<8, 7, 5>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = {3, 2}, .strides = 2,
                                                                                .depth_multiplier = 3, .use_bias = false}>>>(44);
  check_fused<sequential<input<9, 10, 4>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .depth_multiplier = 2,
                                                                                 .dilation_rate = {2, 3}, .activation = activation::relu}>>>(45);
  check_fused<sequential<input<12, 11, 33>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .strides = {2, 1}, .padding = padding::same,
                                                                                  .use_bias = false}>,
                         batch_normalization<>, relu<relu_opts{.max_value = 6.0}>,
                         conv2d<conv2d_opts{.filters = 8, .kernel_size = 1}>>>(46);
  check_fused<sequential<input<3, 2, 6>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 5, .padding = padding::same,
                                                                                .activation = activation::softmax}>>>(47);
  // Separable convolutions: the depthwise half into the scratch, the 1 x 1 half as a Dense over
  // the pixels with the epilogue; multipliers, strides, a folded batch normalization, softmax.
  check_fused<sequential<input<9, 7, 5>, separable_conv2d<separable_conv2d_opts{.filters = 7, .kernel_size = 3, .padding = padding::same,
                                                                                .depth_multiplier = 2, .activation = activation::relu}>,
                         batch_normalization<>>>(49);
  check_fused<sequential<input<8, 8, 17>, separable_conv2d<separable_conv2d_opts{.filters = 33, .kernel_size = {3, 2}, .strides = 2,
                                                                                 .use_bias = false}>,
                         batch_normalization<>, relu<>>>(50);
  check_fused<sequential<input<6, 6, 3>, separable_conv2d<separable_conv2d_opts{.filters = 2, .kernel_size = 3,
                                                                                .activation = activation::softmax}>>>(51);
  // Conv1D is Conv2D on one row: causal with dilation, 'same' with strides, fewer filters than a vector.
  check_fused<sequential<input<20, 3>, conv1d<conv1d_opts{.filters = 17, .kernel_size = 3, .padding = padding::causal, .dilation_rate = 2,
                                                          .activation = activation::tanh}>,
                         conv1d<conv1d_opts{.filters = 2, .kernel_size = 4, .strides = 3, .padding = padding::same}>>>(48);
}

TEST_CASE("engine: depthwise and separable steps split over threads give what one thread gives", "[engine][threads]") {
  // 2 x 9 x 96 x 96 x (64 + 64) FLOPs per sample: above the size from which threads split each
  // sample's steps (rows of the depthwise outputs here).
  using mobile = sequential<input<96, 96, 32>,
                            depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .padding = padding::same, .depth_multiplier = 2}>,
                            depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .padding = padding::same, .activation = activation::relu}>>;
  static_assert(mobile::flops_per_sample >= 16'000'000);
  const mobile model = randomized<mobile>(49);
  mobile::input_tensor x(2);
  fill_uniform(x.values(), 50, 1.0f);
  const auto one = model.predict(x, threads{1});
  for (unsigned count : {2u, 3u}) {
    INFO(count << " threads");
    const auto split = model.predict(mobile::input_tensor(1, std::vector<float>(x.data(), x.data() + mobile::input_shape_type::size)),
                                     threads{count});
    CHECK(std::memcmp(split.data(), one.data(), split.size() * sizeof(float)) == 0);
  }
  // 2 x 60 x 60 x 16 x (9 + 64) x 2 FLOPs: the separable steps split their depthwise rows, then
  // their 1 x 1 product's units.
  using xception = sequential<input<60, 60, 16>,
                              separable_conv2d<separable_conv2d_opts{.filters = 64, .kernel_size = 3, .padding = padding::same}>,
                              separable_conv2d<separable_conv2d_opts{.filters = 16, .kernel_size = 3, .padding = padding::same,
                                                                     .activation = activation::relu}>>;
  static_assert(xception::flops_per_sample >= 16'000'000);
  const xception separable = randomized<xception>(51);
  xception::input_tensor faces(1);
  fill_uniform(faces.values(), 52, 1.0f);
  const auto alone = separable.predict(faces, threads{1});
  for (unsigned count : {2u, 3u}) {
    INFO(count << " threads, separable");
    const auto split = separable.predict(faces, threads{count});
    CHECK(std::memcmp(split.data(), alone.data(), split.size() * sizeof(float)) == 0);
  }
}

TEST_CASE("engine: fused equals reference on randomized stacks", "[engine][random]") {
  check_random_stacks<101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112>();
}

TEST_CASE("engine: results are bit-identical for any thread count and batch split", "[engine][threads]") {
  const model_c generator = randomized<model_c>(41);
  const model_d discriminator = randomized<model_d>(42);
  constexpr std::size_t batch = 37;
  model_c::input_tensor z(batch);
  fill_uniform(z.values(), 43, 1.0f);
  const auto one = generator.predict(z, threads{1});
  for (unsigned count : {2u, 3u, 8u}) {
    INFO(count << " threads");
    const auto many = generator.predict(z, threads{count});
    CHECK(std::memcmp(one.data(), many.data(), one.size() * sizeof(float)) == 0);
  }
  // Each sample alone gives exactly what it gives in the batch.
  for (std::size_t n : {std::size_t{0}, std::size_t{9}, batch - 1}) {
    INFO("sample " << n);
    const model_c::input_tensor single(1, std::vector<float>(z.data() + n * 100, z.data() + (n + 1) * 100));
    const auto alone = generator.predict(single, threads{1});
    CHECK(std::memcmp(alone.data(), one.data() + n * 784, 784 * sizeof(float)) == 0);
  }
  // Fewer tiles than threads: the threads split each sample's steps (channel blocks of the
  // transposed convs, rows of the 7x7 conv, units of the dense layer) instead of the samples.
  for (std::size_t small : {std::size_t{1}, std::size_t{3}, std::size_t{9}}) {
    const model_c::input_tensor few(small, std::vector<float>(z.data(), z.data() + small * 100));
    const auto alone = generator.predict(few, threads{1});
    for (unsigned count : {2u, 3u}) {
      INFO(small << " samples, " << count << " threads");
      const auto split = generator.predict(few, threads{count});
      CHECK(std::memcmp(alone.data(), split.data(), alone.size() * sizeof(float)) == 0);
      CHECK(std::memcmp(alone.data(), one.data(), alone.size() * sizeof(float)) == 0);
    }
  }
  const auto images = model_d::input_tensor(batch, one.values());
  const auto scores_one = discriminator.predict(images, threads{1});
  const auto scores_two = discriminator.predict(images, threads{2});
  CHECK(std::memcmp(scores_one.data(), scores_two.data(), batch * sizeof(float)) == 0);
}

TEST_CASE("engine: copies, moves and new weights keep the packed weights in step", "[engine]") {
  model_d original = randomized<model_d>(51);
  model_d::input_tensor x(2);
  fill_uniform(x.values(), 52, 1.0f);
  const auto expected = original.predict(x);
  const model_d copy = original;
  CHECK(copy.predict(x).values()[0] == expected.values()[0]);
  const model_d moved = std::move(original);
  CHECK(moved.predict(x).values()[1] == expected.values()[1]);
  model_d changed = moved;
  changed.initialize(99);
  CHECK(fused_vs_reference(changed, 2, 53) <= 1e-4);
  CHECK(changed.predict(x).values()[0] != expected.values()[0]);
}

TEST_CASE("engine: a model reports its kernels' width, and whether this machine runs wider", "[engine][width]") {
  using small = sequential<input<4>, dense<2>>;
  STATIC_REQUIRE(small::simd_lanes == engine::lanes);
  const std::size_t machine = engine::machine_lanes();
  CHECK((machine == 4 || machine == 8 || machine == 16));
  CHECK(engine::narrower_than_machine() == (machine > engine::lanes));
#if defined(__AVX512F__)
  // Built for this machine's AVX-512 (the "native" width here): nothing wider to run.
  CHECK(machine == 16);
  CHECK_FALSE(engine::narrower_than_machine());
#elif defined(__AVX2__) && defined(__FMA__) && !defined(CTNN_SIMD_LANES)
  // The 8-lane build: narrower exactly on an AVX-512 machine.
  CHECK(machine >= 8);
  CHECK(engine::narrower_than_machine() == (machine == 16));
#endif
}
