// NaN and infinities through every activation and every layer that compares: ctnn gives what
// Keras (on TensorFlow) gives, through predict (the fused engine's vector and scalar epilogues)
// and the reference path alike. Where TensorFlow's result for a value is one of its kernels'
// choices, the kernel is named beside the expectation; docs/reliability.md has the table.
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>
#include <ctnn/engine/simd.hpp>

using namespace ctnn;

namespace {

constexpr float qnan = std::numeric_limits<float>::quiet_NaN();
constexpr float inf = std::numeric_limits<float>::infinity();

/// The inputs every element-wise case runs: NaN, both infinities, and finite values on both sides.
const std::vector<float> probes = {qnan, inf, -inf, 1.5f, -1.5f};

/// NaN matches NaN; any other value matches only an equal value.
bool same_value(float got, float want) { return std::isnan(want) ? std::isnan(got) : got == want; }

/// model.predict on `batch` samples of x, as a vector.
template <class Model>
std::vector<float> predicted(const Model& model, std::size_t batch, const std::vector<float>& x) {
  const auto y = model.predict(typename Model::input_tensor(batch, x));
  return {y.values().begin(), y.values().end()};
}

void check_values(const std::vector<float>& got, const std::vector<float>& want, const std::string& path) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO(path << ", value " << i << ": got " << got[i] << ", Keras gives " << want[i]);
    CHECK(same_value(got[i], want[i]));
  }
}

/// The Layer (or `activation=`) applied to each of `values`, through a dense layer of weight 1
/// and bias 0 that it is fused into: one input per sample, so that its epilogue runs on vectors
/// of units (one unit used); sixteen inputs (a whole vector at every width) with the value in the
/// first and weights (1, 0, ..., 0), so that the epilogue runs on the scalar dot product. Each path, and the reference path of
/// each model, must give `want`.
template <class VectorModel, class ScalarModel>
void check_fused_and_reference(const std::vector<float>& values, const std::vector<float>& want) {
  // One step each: the layer runs in the dense step's epilogue, on vectors of units, or on the
  // scalar result of a dot product.
  static_assert(VectorModel::plan::size == 1 && ScalarModel::plan::size == 1);
  static_assert(engine::dense_layout<1, 1>::units_vectorized && !engine::dense_layout<16, 1>::units_vectorized);
  const std::size_t batch = values.size();
  VectorModel vector_model;
  vector_model.set_weights(std::vector<std::vector<float>>{{1.0f}, {0.0f}});
  std::vector<float> reference(batch);
  check_values(predicted(vector_model, batch, values), want, "predict, vector epilogue");
  vector_model.reference_predict(values.data(), reference.data(), batch);
  check_values(reference, want, "reference path (one input)");

  ScalarModel scalar_model;
  std::vector<float> first_only(16, 0.0f);
  first_only[0] = 1.0f;
  scalar_model.set_weights(std::vector<std::vector<float>>{first_only, {0.0f}});
  std::vector<float> wide(batch * 16, 0.0f), fused(batch);
  for (std::size_t n = 0; n < batch; ++n) wide[n * 16] = values[n];
  scalar_model.predict(wide, fused);
  check_values(fused, want, "predict, scalar epilogue");
  scalar_model.reference_predict(wide.data(), reference.data(), batch);
  check_values(reference, want, "reference path (sixteen inputs)");
}

/// A layer after a dense producer, both ways.
template <class Layer>
void check_layer(const std::vector<float>& want) {
  check_fused_and_reference<sequential<input<1>, dense<1>, Layer>, sequential<input<16>, dense<1>, Layer>>(probes, want);
}

/// An activation as a producer's `activation=` and as an Activation layer after it.
template <activation A>
void check_activation(const std::vector<float>& want) {
  INFO(keras_name(A));
  check_fused_and_reference<sequential<input<1>, dense<1, dense_opts{.activation = A}>>,
                            sequential<input<16>, dense<1, dense_opts{.activation = A}>>>(probes, want);
  check_layer<activation_layer<A>>(want);
}

/// f on a vector of the probes gives, lane by lane, the bits f gives on each (NaN's included).
template <class F>
void same_bits_on_vectors(F f) {
  engine::vec v{};
  for (std::size_t i = 0; i < engine::lanes; ++i) v[i] = probes[i % probes.size()];
  const engine::vec w = f(v);
  for (std::size_t i = 0; i < engine::lanes; ++i) {
    const float scalar = f(probes[i % probes.size()]), lane = w[i];
    INFO("x = " << probes[i % probes.size()] << ": scalar " << scalar << ", lane " << lane);
    CHECK(std::memcmp(&scalar, &lane, sizeof(float)) == 0);
  }
}

}  // namespace

TEST_CASE("nan: activations give NaN for NaN, and Keras's values at the infinities", "[nan][activations]") {
  // probes:                                     NaN, +inf, -inf,  1.5,   -1.5
  // tf.nn.relu, relu6: Eigen cwiseMax<PropagateNaN>(0) (and cwiseMin<PropagateNaN>(6)).
  check_activation<activation::relu>({qnan, inf, 0.0f, 1.5f, 0.0f});
  check_activation<activation::relu6>({qnan, 6.0f, 0.0f, 1.5f, 0.0f});
  // tf.nn.leaky_relu: x > 0 ? x : x * 0.2.
  check_activation<activation::leaky_relu>({qnan, inf, -inf, 1.5f, -1.5f * leaky_relu_slope});
  check_activation<activation::linear>({qnan, inf, -inf, 1.5f, -1.5f});
  // tf.nn.elu, selu: x < 0 ? (exp(x) - 1) : x, so NaN takes the x branch.
  check_activation<activation::elu>({qnan, inf, -1.0f, 1.5f, std::expm1(-1.5f)});
  check_activation<activation::selu>({qnan, inf, -selu_scale * selu_alpha, selu_scale * 1.5f, selu_scale * selu_alpha * std::expm1(-1.5f)});
  check_activation<activation::sigmoid>({qnan, 1.0f, 0.0f, activate(activation::sigmoid, 1.5f), activate(activation::sigmoid, -1.5f)});
  check_activation<activation::tanh>({qnan, 1.0f, -1.0f, std::tanh(1.5f), std::tanh(-1.5f)});
  // tf.nn.silu is x * sigmoid(x) and tf.nn.gelu 0.5 x (1 + erf(x / sqrt 2)): -inf * 0 is NaN.
  check_activation<activation::silu>({qnan, inf, qnan, activate(activation::silu, 1.5f), activate(activation::silu, -1.5f)});
  check_activation<activation::gelu>({qnan, inf, qnan, activate(activation::gelu, 1.5f), activate(activation::gelu, -1.5f)});
  // tf.math.softplus: x beyond its thresholds is x (or exp(x)): +inf, 0.
  check_activation<activation::softplus>({qnan, inf, 0.0f, activate(activation::softplus, 1.5f), activate(activation::softplus, -1.5f)});
}

TEST_CASE("nan: Keras 3's other activations give TensorFlow's values for NaN and the infinities", "[nan][activations]") {
  // probes:                                     NaN, +inf, -inf,  1.5,   -1.5
  // tf.nn.softsign is x / (|x| + 1): inf / inf is NaN.
  check_activation<activation::softsign>({qnan, qnan, qnan, 0.6f, -0.6f});
  check_activation<activation::exponential>({qnan, inf, 0.0f, std::exp(1.5f), std::exp(-1.5f)});
  // x * tanh(softplus(x)): -inf * tanh(0) is NaN.
  check_activation<activation::mish>({qnan, inf, qnan, activate(activation::mish, 1.5f), activate(activation::mish, -1.5f)});
  // tf.maximum(x, 0) + expm1(tf.minimum(x, 0)): both propagate NaN.
  check_activation<activation::celu>({qnan, inf, -1.0f, 1.5f, std::expm1(-1.5f)});
  check_activation<activation::log_sigmoid>({qnan, 0.0f, -inf, -std::log1p(std::exp(-1.5f)), -1.5f - std::log1p(std::exp(-1.5f))});
  // tf.clip_by_value propagates NaN.
  check_activation<activation::hard_tanh>({qnan, 1.0f, -1.0f, 1.0f, -1.0f});
  check_activation<activation::tanh_shrink>({qnan, inf, -inf, 1.5f - std::tanh(1.5f), -1.5f - std::tanh(-1.5f)});
  // (x + sqrt(x^2 + 4)) / 2: -inf + inf is NaN.
  check_activation<activation::squareplus>({qnan, inf, qnan, 2.0f, 0.5f});
  // tf.where(x <= -1, 0, tf.where(x < 1, ..., x)): NaN fails both tests and is x.
  check_activation<activation::sparse_plus>({qnan, inf, 0.0f, 1.5f, 0.0f});
  check_activation<activation::sparse_sigmoid>({qnan, 1.0f, 0.0f, 1.0f, 0.0f});
  // tf.where(x > t, x - t, tf.where(x < -t, x + t, 0)) and tf.where(|x| > t, x, 0): NaN fails the
  // tests and is 0 (the one place where NaN does not come out).
  check_activation<activation::soft_shrink>({0.0f, inf, -inf, 1.0f, -1.0f});
  check_activation<activation::hard_shrink>({0.0f, inf, -inf, 1.5f, -1.5f});
  // x * relu6(x + 3) / 6: -inf * 0 is NaN.
  check_activation<activation::hard_silu>({qnan, inf, qnan, 1.125f, -0.375f});
}

TEST_CASE("nan: the scalar and vector forms of each activation agree bit for bit on NaN and infinities", "[nan][activations]") {
  same_bits_on_vectors([](auto v) { return activate<activation::relu>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::relu6>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::leaky_relu>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::elu>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::gelu>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::softsign>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::mish>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::celu>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::hard_tanh>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::squareplus>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::sparse_plus>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::sparse_sigmoid>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::soft_shrink>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::hard_shrink>(v); });
  same_bits_on_vectors([](auto v) { return activate<activation::hard_silu>(v); });
  same_bits_on_vectors([](auto v) { return relu<>::apply(v); });
  same_bits_on_vectors([](auto v) { return relu<relu_opts{.max_value = 6.0}>::apply(v); });
  same_bits_on_vectors([](auto v) { return relu<relu_opts{.max_value = 1.0, .negative_slope = 0.1, .threshold = 0.5}>::apply(v); });
  same_bits_on_vectors([](auto v) { return relu<relu_opts{.negative_slope = 0.5}>::apply(v); });
  same_bits_on_vectors([](auto v) { return leaky_relu<0.3>::apply(v); });
  same_bits_on_vectors([](auto v) { return elu<0.5>::apply(v); });
}

TEST_CASE("nan: the ReLU, LeakyReLU and ELU layers give NaN for NaN, and Keras's values at the infinities", "[nan][layers]") {
  // probes:                                     NaN, +inf, -inf,  1.5,   -1.5
  check_layer<relu<>>({qnan, inf, 0.0f, 1.5f, 0.0f});
  // max_value: tf.nn.relu6, or relu then tf.clip_by_value (tf.minimum, tf.maximum: PropagateNaN).
  check_layer<relu<relu_opts{.max_value = 6.0}>>({qnan, 6.0f, 0.0f, 1.5f, 0.0f});
  check_layer<relu<relu_opts{.max_value = 1.0}>>({qnan, 1.0f, 0.0f, 1.0f, 0.0f});
  // negative_slope alone: tf.nn.leaky_relu.
  check_layer<relu<relu_opts{.negative_slope = 0.5}>>({qnan, inf, -inf, 1.5f, -0.75f});
  // With a cap: relu, clip, then - 0.3 * relu(-x): +inf gives the cap, -inf gives -inf.
  check_layer<relu<relu_opts{.max_value = 0.0, .negative_slope = 0.3}>>({qnan, 0.0f, -inf, 0.0f, -1.5f * 0.3f});
  // A threshold: x * (x > threshold) - slope * relu(threshold - x); -inf * 0 is NaN.
  check_layer<relu<relu_opts{.threshold = 1.0}>>({qnan, inf, qnan, 1.5f, 0.0f});
  check_layer<relu<relu_opts{.max_value = 1.0, .negative_slope = 0.1, .threshold = 0.5}>>({qnan, 1.0f, qnan, 1.0f, -0.2f});
  check_layer<leaky_relu<0.3>>({qnan, inf, -inf, 1.5f, -1.5f * 0.3f});
  check_layer<elu<0.5>>({qnan, inf, -0.5f, 1.5f, 0.5f * std::expm1(-1.5f)});
}

TEST_CASE("nan: PReLU gives NaN for NaN, and relu(x) - alpha * relu(-x) at the infinities", "[nan][layers]") {
  // Keras computes relu(x) - alpha * relu(-x): with alpha 0 (its initial value), -inf gives
  // 0 - 0 * inf, NaN; with alpha 0.25, -inf.
  using model = sequential<input<5>, prelu<>>;
  model m;
  m.set_weights(std::vector<std::vector<float>>{{0.0f, 0.25f, 0.25f, 0.25f, 0.25f}});
  const std::vector<float> x = {-inf, qnan, inf, -inf, -2.0f};
  const std::vector<float> want = {qnan, qnan, inf, -inf, -0.5f};
  check_values(predicted(m, 1, x), want, "predict");
  std::vector<float> reference(5);
  m.reference_predict(x.data(), reference.data(), 1);
  check_values(reference, want, "reference path");
}

TEST_CASE("nan: softmax makes a row with NaN or +inf all NaN, and -inf a 0", "[nan][softmax]") {
  // exp(x - max) / sum: NaN - max, or inf - inf, is NaN and so is the sum (tf.nn.softmax).
  const std::vector<float> x = {1.0f, qnan, 2.0f, /**/ 1.0f, inf, 2.0f, /**/ -inf, 0.0f, 0.0f};
  const std::vector<float> want = {qnan, qnan, qnan, qnan, qnan, qnan, 0.0f, 0.5f, 0.5f};
  auto check = [&](auto m, const char* path) {
    INFO(path);
    check_values(predicted(m, 3, x), want, "predict");
    std::vector<float> reference(9);
    m.reference_predict(x.data(), reference.data(), 3);
    check_values(reference, want, "reference path");
  };
  check(sequential<input<3>, softmax<>>{}, "Softmax()");
  check(sequential<input<3>, activation_layer<activation::softmax>>{}, "Activation('softmax')");
  check(sequential<input<1, 3>, softmax<2>>{}, "Softmax(axis=2)");
  // A producer's activation='softmax' (rows after the loop nest): a NaN input makes the row NaN.
  using producer = sequential<input<3>, dense<3, dense_opts{.activation = activation::softmax}>>;
  producer p;
  const std::vector<float> row = {0.5f, qnan, 0.5f};
  const auto y = p.predict(producer::input_tensor(1, row));
  for (float v : y.values()) CHECK(std::isnan(v));
}

TEST_CASE("nan: max pooling propagates NaN, as tf.reduce_max and TensorFlow's vectorised MaxPool do", "[nan][pooling]") {
  // Four 2 x 2 windows, one per sample: NaN among numbers, all NaN, all -inf, +inf beside NaN.
  const std::vector<float> x = {1.0f, qnan, 3.0f, 2.0f, /**/ qnan, qnan, qnan, qnan, /**/ -inf, -inf, -inf, -inf, /**/ inf, 1.0f, qnan, 2.0f,
                                /**/ 1.0f, 4.0f, 3.0f, 2.0f};
  const std::vector<float> max_want = {qnan, qnan, -inf, qnan, 4.0f};
  const std::vector<float> mean_want = {qnan, qnan, -inf, qnan, 2.5f};
  auto check = [&](auto m, const std::vector<float>& want, const char* path) {
    INFO(path);
    check_values(predicted(m, 5, x), want, "predict");
    std::vector<float> reference(5);
    m.reference_predict(x.data(), reference.data(), 5);
    check_values(reference, want, "reference path");
  };
  check(sequential<input<2, 2, 1>, max_pooling2d<>>{}, max_want, "MaxPooling2D");
  check(sequential<input<2, 2, 1>, global_max_pooling2d<>>{}, max_want, "GlobalMaxPooling2D");
  check(sequential<input<2, 2, 1>, average_pooling2d<>>{}, mean_want, "AveragePooling2D");
  check(sequential<input<2, 2, 1>, global_average_pooling2d<>>{}, mean_want, "GlobalAveragePooling2D");
}

TEST_CASE("nan: a NaN label is refused, as every label that is not an index of the table", "[nan][embedding]") {
  using model = sequential<input<1>, embedding<4, 2>>;
  const model m;
  CHECK_THROWS_AS(m.predict(model::input_tensor(1, std::vector<float>{qnan})), std::out_of_range);
}

// Maximum and Minimum of two and three values; NaN in the first, a middle or the last input. A
// merge runs as a step of its own in predict: both paths are the reference kernel's loop, each
// checked.
namespace merges_nan {
inline constexpr auto p = input<4>{};
inline constexpr auto q = input<4>::id<1>{};
inline constexpr auto r = input<4>::id<2>{};
using max2 = decltype(functional(inputs(p, q), maximum{}(p, q)));
using min3 = decltype(functional(inputs(p, q, r), minimum{}(p, q, r)));
}  // namespace merges_nan

TEST_CASE("nan: Maximum and Minimum give NaN for NaN in any input, as tf.maximum and tf.minimum", "[nan][merges]") {
  using namespace merges_nan;
  using vec4 = tensor<shape<4>>;
  const std::vector<float> a = {qnan, 1.0f, 2.0f, -inf};
  const std::vector<float> b = {1.0f, qnan, 3.0f, qnan};
  const std::vector<float> c = {0.0f, 0.0f, qnan, inf};
  const max2 two;
  const auto y2 = two.predict(vec4(1, a), vec4(1, b));
  check_values({y2.values().begin(), y2.values().end()}, {qnan, qnan, 3.0f, qnan}, "Maximum, predict");
  std::vector<float> reference(4);
  two.reference_predict(a.data(), b.data(), reference.data(), 1);
  check_values(reference, {qnan, qnan, 3.0f, qnan}, "Maximum, reference path");
  const min3 three;
  const auto y3 = three.predict(vec4(1, a), vec4(1, b), vec4(1, c));
  check_values({y3.values().begin(), y3.values().end()}, {qnan, qnan, qnan, qnan}, "Minimum, predict");
  three.reference_predict(a.data(), b.data(), c.data(), reference.data(), 1);
  check_values(reference, {qnan, qnan, qnan, qnan}, "Minimum, reference path");
  // NaN only in the second input's third value: the larger of the others, infinities included.
  const std::vector<float> d = {-1.0f, 5.0f, -inf, 2.0f};
  const auto y4 = two.predict(vec4(1, d), vec4(1, c));
  check_values({y4.values().begin(), y4.values().end()}, {0.0f, 5.0f, qnan, inf}, "Maximum without NaN in the first");
}
