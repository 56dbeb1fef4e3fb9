// Hand-worked cases for every layer and padding rule, and the run-time errors of the model API.
#include <cmath>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

using namespace ctnn;
using Catch::Matchers::Contains;

namespace {

template <class Model>
std::vector<float> run(const Model& model, std::vector<float> x) {
  const std::size_t batch = x.size() / Model::input_shape_type::size;
  const auto y = model.predict(typename Model::input_tensor(batch, x));
  return {y.values().begin(), y.values().end()};
}

template <class Model>
Model with_weights(std::vector<std::vector<float>> weights) {
  Model model;
  model.set_weights(weights);
  return model;
}


void check_close(const std::vector<float>& got, const std::vector<float>& expected) {
  REQUIRE(got.size() == expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO("element " << i);
    CHECK(got[i] == Approx(expected[i]).epsilon(1e-6).margin(1e-6));
  }
}

const std::vector<float> one_to_nine{1, 2, 3, 4, 5, 6, 7, 8, 9};

}  // namespace

TEST_CASE("dense: x . kernel + bias with the kernel laid out [in, out]", "[layers]") {
  using model = sequential<input<2>, dense<3>>;
  // [1, 2] . [[1, 2, 3], [4, 5, 6]] + [0.5, 0, -1] = [9.5, 12, 14]
  check_close(run(with_weights<model>({{1, 2, 3, 4, 5, 6}, {0.5f, 0, -1}}), {1, 2}), {9.5f, 12, 14});
}

TEST_CASE("dense on a rank-3 input applies to the last axis", "[layers]") {
  using model = sequential<input<1, 2, 2>, dense<1, dense_opts{.use_bias = false}>>;
  check_close(run(with_weights<model>({{10, 1}}), {1, 2, 3, 4}), {12, 34});
}

TEST_CASE("conv2d 'same' with a 3x3 kernel pads one zero on every side", "[layers]") {
  using model = sequential<input<3, 3, 1>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .padding = padding::same}>>;
  // A kernel of ones counts each pixel's in-bounds neighbourhood.
  check_close(run(with_weights<model>({std::vector<float>(9, 1.0f), {0}}), std::vector<float>(9, 1.0f)),
              {4, 6, 4, 6, 9, 6, 4, 6, 4});
}

TEST_CASE("conv2d 'same' with an even kernel puts the extra padding at the bottom and right", "[layers]") {
  using model = sequential<input<3, 3, 1>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 2, .padding = padding::same}>>;
  // Total padding 1: none before, one after. out[i, j] = x[i, j] + x[i, j+1] + x[i+1, j] + x[i+1, j+1].
  check_close(run(with_weights<model>({{1, 1, 1, 1}, {0}}), one_to_nine), {12, 16, 9, 24, 28, 15, 15, 17, 9});
}

TEST_CASE("conv2d 'same' with stride 2 on an even input pads only after", "[layers]") {
  using model = sequential<input<4, 4, 1>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .strides = 2, .padding = padding::same}>>;
  std::vector<float> x(16);
  for (int i = 0; i < 16; ++i) x[i] = float(i + 1);
  // out 2x2, total padding max((2-1)*2 + 3 - 4, 0) = 1, all after.
  check_close(run(with_weights<model>({std::vector<float>(9, 1.0f), {0}}), x), {54, 45, 72, 54});
}

TEST_CASE("conv2d 'valid' with dilation reads every other row", "[layers]") {
  using model = sequential<input<5, 1, 1>, conv2d<conv2d_opts{.filters = 1, .kernel_size = {2, 1}, .dilation_rate = {2, 1}}>>;
  // out[i] = 10 x[i] + x[i + 2], length 5 - 3 + 1.
  check_close(run(with_weights<model>({{10, 1}, {0.5f}}), {1, 2, 3, 4, 5}), {13.5f, 24.5f, 35.5f});
}

TEST_CASE("conv2d kernel layout is [kh, kw, in, out], with bias and activation", "[layers]") {
  using model = sequential<input<1, 1, 2>, conv2d<conv2d_opts{.filters = 2, .kernel_size = 1, .activation = activation::relu}>>;
  // kernel[0, 0, in, out] = {{1, 2}, {3, 4}}: out0 = x0 + 3 x1, out1 = 2 x0 + 4 x1.
  check_close(run(with_weights<model>({{1, 2, 3, 4}, {0, -20}}), {1, 2}), {7, 0});
}

TEST_CASE("conv2d_transpose scatters each input through the kernel (1-D cases by hand)", "[layers]") {
  // Input [1, 1], kernel [1, 2, 3], stride 2: the full output is [1, 2, 4, 2, 3].
  using valid = sequential<input<1, 2, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = {1, 3}, .strides = {1, 2}}>>;
  using same = sequential<input<1, 2, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = {1, 3}, .strides = {1, 2}, .padding = padding::same}>>;
  static_assert(valid::output_shape == shape<1, 5, 1>{} && same::output_shape == shape<1, 4, 1>{});
  check_close(run(with_weights<valid>({{1, 2, 3}, {0}}), {1, 1}), {1, 2, 4, 2, 3});
  // same: O = 4, P = 5 - 4 = 1, crop floor(1/2) = 0 before, the last cell cut.
  check_close(run(with_weights<same>({{1, 2, 3}, {0}}), {1, 1}), {1, 2, 4, 2});
}

TEST_CASE("conv2d_transpose 'same' with an even kernel cuts more at the end", "[layers]") {
  // n = 3, k = 4, stride 1: F = 6, O = 3, P = 3, crop 1 before and 2 after.
  using model = sequential<input<1, 3, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = {1, 4}, .padding = padding::same}>>;
  // full = [1, 1+2, 1+2+3, 2+3, 3, 0] * ... with kernel ones: [1, 3, 6, 6, 5, 3]; keep [3, 6, 6].
  check_close(run(with_weights<model>({{1, 1, 1, 1}, {0}}), {1, 2, 3}), {3, 6, 6});
}

TEST_CASE("conv2d_transpose cells beyond the full output hold only the bias", "[layers]") {
  // k = 1 < stride 3, valid: O = 2 * 3 = 6 > F = 4.
  using model = sequential<input<1, 2, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 1, .strides = {1, 3}}>>;
  check_close(run(with_weights<model>({{2}, {0.5f}}), {1, 2}), {2.5f, 0.5f, 0.5f, 4.5f, 0.5f, 0.5f});
}

TEST_CASE("conv2d_transpose kernel layout is [kh, kw, out, in]", "[layers]") {
  using model = sequential<input<1, 1, 2>, conv2d_transpose<conv2d_transpose_opts{.filters = 3, .kernel_size = 1, .use_bias = false}>>;
  // kernel[0, 0, out, in] = {{1, 2}, {3, 4}, {5, 6}}: out_o = k[o, 0] x0 + k[o, 1] x1.
  check_close(run(with_weights<model>({{1, 2, 3, 4, 5, 6}}), {1, 10}), {21, 43, 65});
}

TEST_CASE("upsampling2d nearest repeats by (2, 3)", "[layers]") {
  using model = sequential<input<2, 2, 1>, upsampling2d<upsampling2d_opts{.size = {2, 3}}>>;
  check_close(run(model{}, {1, 2, 3, 4}), {1, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 3, 3, 3, 4, 4, 4});
}

TEST_CASE("upsampling2d bilinear uses half-pixel centres clamped at the edges", "[layers]") {
  using model = sequential<input<1, 2, 1>, upsampling2d<upsampling2d_opts{.size = {1, 2}, .interpolation = interpolation::bilinear}>>;
  // src = (dst + 0.5) / 2 - 0.5 = -0.25, 0.25, 0.75, 1.25 -> clamped [0, 0.25, 0.75, 1].
  check_close(run(model{}, {0, 1}), {0, 0.25f, 0.75f, 1});
  using tripled = sequential<input<1, 2, 1>, upsampling2d<upsampling2d_opts{.size = {1, 3}, .interpolation = interpolation::bilinear}>>;
  // src = (dst + 0.5) / 3 - 0.5 = -1/3, 0, 1/3, 2/3, 1, 4/3.
  check_close(run(tripled{}, {0, 3}), {0, 0, 1, 2, 3, 3});
}

TEST_CASE("activations match their definitions", "[layers]") {
  CHECK(activate(activation::relu, -2.0f) == 0.0f);
  CHECK(activate(activation::sigmoid, 0.0f) == 0.5f);
  CHECK(activate(activation::tanh, 1.0f) == Approx(0.7615941559557649));
  CHECK(activate(activation::selu, 1.0f) == Approx(1.0507009873554805));
  CHECK(activate(activation::selu, -1.0f) == Approx(-1.1113307378125625));  // scale * alpha * (e^-1 - 1)
  CHECK(activate(activation::sigmoid, -200.0f) == 0.0f);                    // no overflow to nan
  using layers = sequential<input<3>, activation_layer<activation::tanh>, leaky_relu<>, leaky_relu<0.5>, dropout<0.4>>;
  check_close(run(layers{}, {-1, 0, 2}), {std::tanh(-1.0f) * 0.3f * 0.5f, 0, std::tanh(2.0f)});
}

TEST_CASE("batch_normalization: gamma (x - mean) / sqrt(var + eps) + beta per channel", "[layers]") {
  using model = sequential<input<1, 2>, batch_normalization<>>;
  // channel 0: gamma 2, beta 1, mean 3, var 4; channel 1: gamma 1, beta 0, mean 0, var 1 - 1e-3.
  const auto bn = with_weights<model>({{2, 1}, {1, 0}, {3, 0}, {4, 1 - 1e-3f}});
  check_close(run(bn, {5, 7}), {2 * (5 - 3) / std::sqrt(4.001f) + 1, 7});
  using no_affine = sequential<input<2>, batch_normalization<batch_normalization_opts{.epsilon = 0.5, .center = false, .scale = false}>>;
  check_close(run(with_weights<no_affine>({{1, 0}, {3.5f, 0.5f}}), {3, 4}), {1, 4});
}

TEST_CASE("reshape and flatten keep the row-major order", "[layers]") {
  using model = sequential<input<2, 3>, reshape<3, -1>, flatten, dense<1, dense_opts{.use_bias = false}>>;
  check_close(run(with_weights<model>({{1, 10, 100, 1000, 10000, 100000}}), {1, 2, 3, 4, 5, 6}), {654321});
}

TEST_CASE("predict works on any batch size, each sample on its own", "[model]") {
  using model = sequential<input<2>, dense<2, dense_opts{.activation = activation::relu}>>;
  const auto m = with_weights<model>({{1, -1, 1, 1}, {0, 0}});
  check_close(run(m, {1, 2, -3, 1, 0, 0}), {3, 1, 0, 4, 0, 0});
  CHECK(m.predict(model::input_tensor(0)).size() == 0);
}

TEST_CASE("set_weights rejects the wrong number of arrays and names the layout", "[model][errors]") {
  sequential<input<100>, dense<3200>, reshape<5, 5, 128>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .padding = padding::same}>> model;
  const std::vector<float> before(model.parameters().begin(), model.parameters().end());
  CHECK_THROWS_WITH(model.set_weights({{1.0f}}),
                    Contains("the model has 4 weight arrays") && Contains("dense/kernel [100, 3200]") &&
                        Contains("conv2d/bias [1]") && Contains("1 were given"));
  std::vector<std::vector<float>> arrays{std::vector<float>(320000), std::vector<float>(3200), std::vector<float>(1000),
                                         std::vector<float>(1)};
  CHECK_THROWS_AS(model.set_weights(arrays), weight_error);
  CHECK_THROWS_WITH(model.set_weights(arrays), Contains("array 2 is kernel of layer 3 'conv2d' (Conv2D)") &&
                                                   Contains("expected shape [3, 3, 128, 1] = 1152 values, given 1000"));
  // Nothing was loaded half-way.
  CHECK(std::equal(before.begin(), before.end(), model.parameters().begin()));
  CHECK_THROWS_WITH(model.set_weights_flat(std::vector<float>(7)), Contains("324353 parameters, 7 were given"));
}

TEST_CASE("get_weights returns what set_weights stored, in Keras order", "[model]") {
  using model = sequential<input<2>, dense<1>, batch_normalization<>>;
  const auto m = with_weights<model>({{1, 2}, {3}, {4}, {5}, {6}, {7}});
  CHECK(m.get_weights() == std::vector<std::vector<float>>{{1, 2}, {3}, {4}, {5}, {6}, {7}});
  CHECK(model::summary() ==
        "Model: \"sequential\"\n"
        "_________________________________________________________________\n"
        "Layer (type)                 Output Shape              Param #   \n"
        "=================================================================\n"
        "dense (Dense)                (None, 1)                 3         \n"
        "_________________________________________________________________\n"
        "batch_normalization (BatchNo (None, 1)                 4         \n"
        "=================================================================\n"
        "Total params: 7\n"
        "Trainable params: 5\n"
        "Non-trainable params: 2\n"
        "_________________________________________________________________\n");
}

TEST_CASE("predict rejects buffers that do not hold whole samples", "[model][errors]") {
  using model = sequential<input<4>, dense<2>>;
  const model m;
  std::vector<float> x(6), y(2);
  CHECK_THROWS_WITH(m.predict(x, y), Contains("6 values, not a whole number of samples of shape (None, 4)"));
  x.resize(8);
  CHECK_THROWS_WITH(m.predict(x, y), Contains("2 samples of output shape (None, 2) need 4 values of room, the output holds 2"));
  y.resize(4);
  CHECK_NOTHROW(m.predict(x, y));
}

TEST_CASE("predict refuses spans whose sizes would wrap its size arithmetic", "[model][errors]") {
  // 2^62 samples of one value claimed (nothing is read: the check comes first) would need 2^64
  // values of output, 0 once wrapped: an empty output span must not pass for room enough.
  using model = sequential<input<1>, dense<4>>;
  const model m;
  std::vector<float> storage(1);
  const std::span<const float> claimed(storage.data(), std::size_t{1} << 62);
  CHECK_THROWS_WITH(m.predict(claimed, std::span<float>()),
                    Contains("4611686018427387904 samples of output shape (None, 4) need more values of room than a size_t "
                             "counts, the output holds 0"));
}

TEST_CASE("tensor checks sizes and indices", "[model][errors]") {
  CHECK_THROWS_WITH((tensor<shape<2, 2, 1>>(2, {1, 2, 3})), Contains("need 8 values, 3 were given"));
  tensor<shape<2, 3>> t(2);
  t.at(1, 1, 2) = 5;
  CHECK(t.values()[11] == 5);
  CHECK(t.sample(1)[5] == 5);
  CHECK_THROWS_AS(t.at(2, 0, 0), std::out_of_range);
  CHECK_THROWS_AS(t.at(0, 2, 0), std::out_of_range);
  CHECK(t.dims() == std::vector<std::size_t>{2, 2, 3});
}

TEST_CASE("initialize draws Keras's initial weights deterministically", "[model]") {
  using model = sequential<input<10>, dense<20>, batch_normalization<>>;
  model a, b;
  b.initialize(7);
  CHECK(a.get_weights() != b.get_weights());
  a.initialize(7);
  CHECK(a.get_weights() == b.get_weights());
  const auto weights = a.get_weights();
  const float limit = std::sqrt(6.0f / 30.0f);  // Glorot uniform, fan_in 10, fan_out 20
  CHECK(std::all_of(weights[0].begin(), weights[0].end(), [&](float v) { return std::abs(v) <= limit; }));
  CHECK(*std::max_element(weights[0].begin(), weights[0].end()) > 0.8f * limit);
  CHECK(weights[1] == std::vector<float>(20, 0.0f));  // bias
  CHECK(weights[2] == std::vector<float>(20, 1.0f));  // gamma
  CHECK(weights[5] == std::vector<float>(20, 1.0f));  // moving variance
}

TEST_CASE("splitmix64 produces the published SplitMix64 sequence", "[model]") {
  splitmix64 generator(1234567);
  CHECK(generator.next() == 6457827717110365317ull);
  CHECK(generator.next() == 3203168211198807973ull);
}

TEST_CASE("models copy their parameters", "[model]") {
  using model = sequential<input<2>, dense<1>>;
  model a = with_weights<model>({{1, 2}, {3}});
  model b = a;
  b.set_weights({{0, 0}, {0}});
  CHECK(a.get_weights()[0] == std::vector<float>{1, 2});
  model c = std::move(b);
  CHECK(c.get_weights()[0] == std::vector<float>{0, 0});
  // A moved-from model is still a model (all zeros), usable as a copy source or target.
  CHECK(b.get_weights()[0] == std::vector<float>{0, 0});
  b = a;
  CHECK(b.get_weights()[0] == std::vector<float>{1, 2});
  model d(std::move(a));
  a = d;
  CHECK(a.get_weights()[1] == std::vector<float>{3});
}

TEST_CASE("predict in place gives the same numbers as into another buffer", "[model]") {
  using model = sequential<input<2>, dense<2>>;
  const auto m = with_weights<model>({{1, 2, 3, 4}, {0, 0}});
  std::vector<float> buffer{1, 1};
  m.predict(buffer, buffer);
  CHECK(buffer == std::vector<float>{4, 6});
  using identity = sequential<input<3>>;
  std::vector<float> same{1, 2, 3};
  identity{}.predict(same, same);
  CHECK(same == std::vector<float>{1, 2, 3});
}

TEST_CASE("layer names exist for layers 1 to layer_count only", "[model][errors]") {
  using model = sequential<input<2>, dense<2>, dense<2>>;
  CHECK(model::layer_name(2) == "dense_1");
  CHECK_THROWS_AS(model::layer_name(0), std::out_of_range);
  CHECK_THROWS_AS(model::layer_name(3), std::out_of_range);
  CHECK_THROWS_AS(model::summary("m", {"only one name"}), std::invalid_argument);
}

TEST_CASE("a tensor too large for memory is refused before anything is allocated", "[model][errors]") {
  CHECK_THROWS_AS(tensor<shape<4>>(std::size_t{1} << 62), std::length_error);
}

TEST_CASE("zero_padding2d surrounds the image with zeros, as ZeroPadding2D(((0, 1), (2, 0))) does", "[layers]") {
  using model = sequential<input<2, 2, 1>, zero_padding2d<zero_padding2d_opts{.top = 0, .bottom = 1, .left = 2, .right = 0}>>;
  static_assert(model::output_shape == shape<3, 4, 1>{} && model::param_count == 0);
  check_close(run(model{}, {1, 2, 3, 4}), {0, 0, 1, 2, 0, 0, 3, 4, 0, 0, 0, 0});
  using channels = sequential<input<1, 1, 2>, zero_padding2d<>>;  // padding=1 on every side
  check_close(run(channels{}, {5, 6}), {0, 0, 0, 0, 0, 0, 0, 0, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0});
}

TEST_CASE("cropping2d keeps the middle, as Cropping2D(((1, 0), (1, 1))) does", "[layers]") {
  using model = sequential<input<3, 4, 1>, cropping2d<cropping2d_opts{.top = 1, .bottom = 0, .left = 1, .right = 1}>>;
  static_assert(model::output_shape == shape<2, 2, 1>{} && model::param_count == 0);
  // rows 1..2, columns 1..2 of [[1 2 3 4], [5 6 7 8], [9 10 11 12]]
  check_close(run(model{}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}), {6, 7, 10, 11});
  using channels = sequential<input<2, 2, 2>, cropping2d<cropping2d_opts{.bottom = 1, .right = 1}>>;
  check_close(run(channels{}, {1, 2, 3, 4, 5, 6, 7, 8}), {1, 2});
}

TEST_CASE("max_pooling2d and average_pooling2d: windows of pool_size moved by the pool size by default", "[layers]") {
  // [[1 2 3 4], [5 6 7 8], [9 10 11 12], [13 14 15 16]] in 2 x 2 windows
  std::vector<float> x(16);
  for (int i = 0; i < 16; ++i) x[std::size_t(i)] = float(i + 1);
  using max_model = sequential<input<4, 4, 1>, max_pooling2d<>>;
  static_assert(max_model::output_shape == shape<2, 2, 1>{} && max_model::param_count == 0);
  check_close(run(max_model{}, x), {6, 8, 14, 16});
  using average_model = sequential<input<4, 4, 1>, average_pooling2d<>>;
  check_close(run(average_model{}, x), {3.5f, 5.5f, 11.5f, 13.5f});
  // strides apart from the pool: 3 x 3 windows moved by 1
  using overlapping = sequential<input<4, 4, 1>, max_pooling2d<pooling2d_opts{.pool_size = 3, .strides = 1}>>;
  check_close(run(overlapping{}, x), {11, 12, 15, 16});
  // strides larger than the pool skip cells: 1 x 1 windows moved by (3, 2)
  using skipping = sequential<input<4, 4, 1>, average_pooling2d<pooling2d_opts{.pool_size = 1, .strides = {3, 2}}>>;
  check_close(run(skipping{}, x), {1, 3, 13, 15});
}

TEST_CASE("pooling 'same' pads at the bottom and right; padded cells are never read", "[layers]") {
  // [[1 2 3], [4 5 6], [7 8 9]], pool 2 'same': out 2 x 2, one padded row and column at the end.
  using average_model = sequential<input<3, 3, 1>, average_pooling2d<pooling2d_opts{.padding = padding::same}>>;
  static_assert(average_model::output_shape == shape<2, 2, 1>{});
  // The divisor is the number of cells inside the input: (1+2+4+5)/4, (3+6)/2, (7+8)/2, 9/1.
  check_close(run(average_model{}, one_to_nine), {3, 4.5f, 7.5f, 9});
  // The maximum of negative values: padding with zeros would make every corner window 0.
  using max_model = sequential<input<3, 3, 1>, max_pooling2d<pooling2d_opts{.padding = padding::same}>>;
  std::vector<float> negative(one_to_nine);
  for (float& v : negative) v = -v;
  check_close(run(max_model{}, negative), {-1, -3, -7, -9});
  // pool 4, stride 1, 'same' on 5 columns: 3 padded cells, 1 before and 2 after.
  using wide = sequential<input<1, 5, 1>, max_pooling2d<pooling2d_opts{.pool_size = {1, 4}, .strides = 1, .padding = padding::same}>>;
  check_close(run(wide{}, {5, 1, 4, 2, 3}), {5, 5, 4, 4, 3});
}

TEST_CASE("global pooling reduces each channel over the image, keepdims or not", "[layers]") {
  // two channels: 1..4 and 10, 20, 30, 40 over a 2 x 2 image
  const std::vector<float> x{1, 10, 2, 20, 3, 30, 4, 40};
  using average_model = sequential<input<2, 2, 2>, global_average_pooling2d<>>;
  static_assert(average_model::output_shape == shape<2>{} && average_model::param_count == 0);
  check_close(run(average_model{}, x), {2.5f, 25});
  using max_model = sequential<input<2, 2, 2>, global_max_pooling2d<global_pooling2d_opts{.keepdims = true}>>;
  static_assert(max_model::output_shape == shape<1, 1, 2>{});
  check_close(run(max_model{}, x), {4, 40});
}

// ---- The 1-D family: each a 2-D layer's loops on one row, checked here on values worked by hand.

TEST_CASE("conv1d 'causal' pads dilation * (kernel - 1) zeros before the sequence, none after", "[layers]") {
  // kernel [k=2, in=1, out=1] = {10, 1}, dilation 2: out[t] = 10 x[t - 2] + x[t], zeros before x.
  using model = sequential<input<5, 1>, conv1d<conv1d_opts{.filters = 1, .kernel_size = 2, .padding = padding::causal, .dilation_rate = 2}>>;
  static_assert(model::output_shape == shape<5, 1>{} && model::param_count == 3);
  check_close(run(with_weights<model>({{10, 1}, {0.5f}}), {1, 2, 3, 4, 5}), {1.5f, 2.5f, 13.5f, 24.5f, 35.5f});
  // Causal with stride 2: out[t] = x[2t - 1] + x[2t], length ceil(5 / 2).
  using strided = sequential<input<5, 1>, conv1d<conv1d_opts{.filters = 1, .kernel_size = 2, .strides = 2, .padding = padding::causal}>>;
  static_assert(strided::output_shape == shape<3, 1>{});
  check_close(run(with_weights<strided>({{1, 1}, {0}}), {1, 2, 3, 4, 5}), {1, 5, 9});
}

TEST_CASE("conv1d 'same' and 'valid', kernel laid out [k, in, out]", "[layers]") {
  // kernel 3 of ones, 'same': one zero each side.
  using same = sequential<input<4, 1>, conv1d<conv1d_opts{.filters = 1, .kernel_size = 3, .padding = padding::same}>>;
  check_close(run(with_weights<same>({{1, 1, 1}, {0}}), {1, 2, 3, 4}), {3, 6, 9, 7});
  // kernel [2, 2, 2]: tap 0 {{1, 2}, {3, 4}}, tap 1 {{5, 6}, {7, 8}}; steps (1, 0), (0, 1):
  // out0 = 1*1 + 0*3 + 0*5 + 1*7 = 8, out1 = 1*2 + 0*4 + 0*6 + 1*8 = 10; relu after a bias of -9.
  using valid = sequential<input<2, 2>, conv1d<conv1d_opts{.filters = 2, .kernel_size = 2, .activation = activation::relu}>>;
  static_assert(valid::output_shape == shape<1, 2>{} && valid::param_count == 2 * 2 * 2 + 2);
  check_close(run(with_weights<valid>({{1, 2, 3, 4, 5, 6, 7, 8}, {-9, -9}}), {1, 0, 0, 1}), {0, 1});
}

TEST_CASE("the 1-D poolings and global poolings, as MaxPooling1D and GlobalAveragePooling1D do", "[layers]") {
  const std::vector<float> x{5, 1, 4, 2, 3};
  using max_model = sequential<input<5, 1>, max_pooling1d<>>;  // pool 2, strides None: the pool size
  static_assert(max_model::output_shape == shape<2, 1>{} && max_model::param_count == 0);
  check_close(run(max_model{}, x), {5, 4});
  // 'same', pool 2: the last window holds only the fifth step, and averages over it alone.
  using average_same = sequential<input<5, 1>, average_pooling1d<pooling1d_opts{.padding = padding::same}>>;
  static_assert(average_same::output_shape == shape<3, 1>{});
  check_close(run(average_same{}, x), {3, 3, 3});
  using overlapping = sequential<input<5, 1>, max_pooling1d<pooling1d_opts{.pool_size = 3, .strides = 1}>>;
  check_close(run(overlapping{}, x), {5, 4, 4});
  // two channels: 1..3 and 10, 20, 30
  const std::vector<float> channels{1, 10, 2, 20, 3, 30};
  using global_average = sequential<input<3, 2>, global_average_pooling1d<>>;
  static_assert(global_average::output_shape == shape<2>{});
  check_close(run(global_average{}, channels), {2, 20});
  using global_max = sequential<input<3, 2>, global_max_pooling1d<global_pooling1d_opts{.keepdims = true}>>;
  static_assert(global_max::output_shape == shape<1, 2>{});
  check_close(run(global_max{}, channels), {3, 30});
}

TEST_CASE("zero_padding1d, cropping1d, upsampling1d and spatial_dropout1d move whole steps", "[layers]") {
  const std::vector<float> x{1, 10, 2, 20, 3, 30};  // 3 steps of 2 channels
  using padded = sequential<input<3, 2>, zero_padding1d<zero_padding1d_opts{.left = 1, .right = 2}>>;
  static_assert(padded::output_shape == shape<6, 2>{});
  check_close(run(padded{}, x), {0, 0, 1, 10, 2, 20, 3, 30, 0, 0, 0, 0});
  using cropped = sequential<input<3, 2>, cropping1d<cropping1d_opts{.left = 0, .right = 2}>>;
  static_assert(cropped::output_shape == shape<1, 2>{});
  check_close(run(cropped{}, x), {1, 10});
  check_close(run(sequential<input<3, 2>, cropping1d<>>{}, x), {2, 20});  // Keras's default (1, 1)
  using repeated = sequential<input<3, 2>, upsampling1d<upsampling1d_opts{.size = 2}>>;
  static_assert(repeated::output_shape == shape<6, 2>{});
  check_close(run(repeated{}, x), {1, 10, 1, 10, 2, 20, 2, 20, 3, 30, 3, 30});
  check_close(run(sequential<input<3, 2>, spatial_dropout1d<0.5>>{}, x), x);
}

TEST_CASE("depthwise_conv2d: each input channel through its own kernels, output channel c * M + m", "[layers]") {
  // Two channels, depth_multiplier 2, kernel 1 x 2, 'valid', on one row of 3 pixels:
  // x = [(1, 10), (2, 20), (3, 30)]; kernel [0, kx, c, m]: c 0: m 0 {1, 1}, m 1 {1, -1};
  // c 1: m 0 {0.5, 0}, m 1 {0, 0.1}; Keras order [kx][c][m] = {1, 1, 0.5, 0, 1, -1, 0, 0.1}.
  using model = sequential<input<1, 3, 2>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = {1, 2}, .depth_multiplier = 2}>>;
  static_assert(model::output_shape == shape<1, 2, 4>{} && model::param_count == 1 * 2 * 2 * 2 + 4);
  // pixel 0: (1 + 2, 1 - 2, 0.5 * 10, 0.1 * 20) + bias (0, 0, 0, 1); pixel 1: (2 + 3, 2 - 3, 0.5 * 20, 0.1 * 30) + bias.
  check_close(run(with_weights<model>({{1, 1, 0.5f, 0, 1, -1, 0, 0.1f}, {0, 0, 0, 1}}), {1, 10, 2, 20, 3, 30}),
              {3, -1, 5, 3, 5, -1, 10, 4});
  // 'same' with a 3 x 3 kernel of ones counts each pixel's in-bounds neighbourhood, per channel.
  using same = sequential<input<3, 3, 1>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .padding = padding::same}>>;
  check_close(run(with_weights<same>({std::vector<float>(9, 1.0f), {0}}), std::vector<float>(9, 1.0f)),
              {4, 6, 4, 6, 9, 6, 4, 6, 4});
}

TEST_CASE("separable_conv2d: the depthwise convolution, then the 1 x 1 one, then the bias and activation", "[layers]") {
  // One pixel of two channels (1, 10), kernel 1 x 1, depth_multiplier 2: the depthwise values are
  // (1 * 2, 1 * 3, 10 * 0.5, 10 * -1) = (2, 3, 5, -10); the pointwise kernel [4, 1] = {1, 1, 1, 1}
  // sums them to 0; the bias 0.5 and relu give 0.5.
  using model = sequential<input<1, 1, 2>, separable_conv2d<separable_conv2d_opts{.filters = 1, .kernel_size = 1, .depth_multiplier = 2,
                                                                                  .activation = activation::relu}>>;
  static_assert(model::param_count == 2 * 2 + 4 * 1 + 1);
  check_close(run(with_weights<model>({{2, 3, 0.5f, -1}, {1, 1, 1, 1}, {0.5f}}), {1, 10}), {0.5f});
  // 'same', kernel 3 x 3 of ones on one channel, then x 2: twice each pixel's neighbourhood sum.
  using same = sequential<input<3, 3, 1>, separable_conv2d<separable_conv2d_opts{.filters = 1, .kernel_size = 3, .padding = padding::same,
                                                                                 .use_bias = false}>>;
  check_close(run(with_weights<same>({std::vector<float>(9, 1.0f), {2}}), std::vector<float>(9, 1.0f)), {8, 12, 8, 12, 18, 12, 8, 12, 8});
}
