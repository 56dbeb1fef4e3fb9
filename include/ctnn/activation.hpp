// ctnn/activation.hpp: the activation functions a layer can apply to its output.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <type_traits>
#include <string_view>

namespace ctnn {

/// Keras `activation=` argument of Dense, Conv2D, Conv2DTranspose and Activation. `silu` is
/// Keras 3's name; Keras 2 writes the same function as "swish", and a file's "swish" reads as
/// `silu`. Every activation but `softmax` maps each value on its own; softmax needs the whole
/// row of the last axis (`is_elementwise`, `activate_rows`).
enum class activation { linear, relu, sigmoid, tanh, selu, leaky_relu, elu, silu, gelu, softplus, relu6, softmax };

/// Keras's name of an activation, as stored in model configurations.
constexpr std::string_view keras_name(activation a) {
  switch (a) {
    case activation::linear: return "linear";
    case activation::relu: return "relu";
    case activation::sigmoid: return "sigmoid";
    case activation::tanh: return "tanh";
    case activation::selu: return "selu";
    case activation::leaky_relu: return "leaky_relu";
    case activation::elu: return "elu";
    case activation::silu: return "silu";
    case activation::gelu: return "gelu";
    case activation::softplus: return "softplus";
    case activation::relu6: return "relu6";
    case activation::softmax: return "softmax";
  }
  return "?";
}

/// Another name a Keras file may give the activation `a` ("swish", Keras 2's name of silu), or "".
constexpr std::string_view keras_alias(activation a) { return a == activation::silu ? "swish" : ""; }

/// Whether `a` maps each value on its own. Softmax does not: it reads the whole row of the last
/// axis, so a producer's epilogue cannot apply it value by value (`activate_rows`).
constexpr bool is_elementwise(activation a) { return a != activation::softmax; }

/// The constants of SELU (Klambauer et al. 2017), as Keras and PyTorch define them.
inline constexpr float selu_alpha = 1.67326324235437728481704299167f;
inline constexpr float selu_scale = 1.05070098735548049341933498529f;
/// The negative slope of the activation `leaky_relu`: Keras 3's `keras.activations.leaky_relu`
/// default (the LeakyReLU *layer*'s default is 0.3: ctnn::leaky_relu<>).
inline constexpr float leaky_relu_slope = 0.2f;

namespace detail {
/// The activations that compare and select only, written once for a float and for a vector of
/// floats (a vector's `?:` selects lane by lane), so that both return the same values.
///
/// NaN in, NaN out, as TensorFlow computes them (Keras's relu and relu6 are tf.nn.relu and
/// tf.nn.relu6, Eigen's `cwiseMax<PropagateNaN>(0)` and `cwiseMin<PropagateNaN>(6)`; leaky_relu
/// is `x > 0 ? x : x * alpha`): every comparison is written so that NaN, for which it is false,
/// takes the branch that returns x. `v < 0 ? 0 : v` costs what `v > 0 ? v : 0` did: a compare
/// and a mask.
template <activation A, class Value>
[[gnu::always_inline]] inline Value select_activation(Value v) {
  if constexpr (A == activation::relu) {
    return v < 0.0f ? Value{} : v;
  } else if constexpr (A == activation::leaky_relu) {
    return v >= 0.0f ? v : v * leaky_relu_slope;
  } else {  // relu6
    const Value r = v < 0.0f ? Value{} : v;
    return r > 6.0f ? Value{} + 6.0f : r;
  }
}
}  // namespace detail

/// f on each lane of a vector of floats, or on one float: for functions that are not one
/// vector expression (those that call std::exp and the like), so each lane is the scalar result.
template <class Value, class F>
[[gnu::always_inline]] inline Value each_lane(Value v, F f) {
  if constexpr (std::is_same_v<Value, float>) {
    return f(v);
  } else {
    for (std::size_t i = 0; i < sizeof(Value) / sizeof(float); ++i) v[i] = f(float(v[i]));
    return v;
  }
}

/// f(x) for one activation. Scalar and inline: the kernels call it in their epilogue. Softmax is
/// not a function of one value: `activate(activation::softmax, x)` returns x, and
/// `activate_rows` applies it to whole rows.
inline float activate(activation a, float x) {
  switch (a) {
    case activation::linear: return x;
    case activation::relu: return detail::select_activation<activation::relu>(x);
    case activation::sigmoid: return 1.0f / (1.0f + std::exp(-x));
    case activation::tanh: return std::tanh(x);
    case activation::selu: return x > 0.0f ? selu_scale * x : selu_scale * selu_alpha * std::expm1(x);
    case activation::leaky_relu: return detail::select_activation<activation::leaky_relu>(x);
    case activation::elu: return x > 0.0f ? x : std::expm1(x);                        // alpha 1
    case activation::silu: return x / (1.0f + std::exp(-x));                          // x * sigmoid(x)
    case activation::gelu: return 0.5f * x * (1.0f + std::erf(x * 0.70710678118654752440f));  // exact (erf) form
    case activation::softplus: return std::max(x, 0.0f) + std::log1p(std::exp(-std::fabs(x)));  // log(1 + e^x), stable
    case activation::relu6: return detail::select_activation<activation::relu6>(x);
    case activation::softmax: return x;
  }
  return x;
}

/// Softmax over each of `rows` rows of `n` values, in place: exp(x - max) / sum, as Keras
/// (TensorFlow's softmax) computes it. The reference kernels, the Softmax layer and the fused
/// engine all call this one function.
inline void softmax_rows(float* y, std::size_t rows, std::size_t n) {
  for (std::size_t r = 0; r < rows; ++r, y += n) {
    const float top = *std::max_element(y, y + n);
    float sum = 0.0f;
    for (std::size_t i = 0; i < n; ++i) sum += (y[i] = std::exp(y[i] - top));
    for (std::size_t i = 0; i < n; ++i) y[i] /= sum;
  }
}

/// What an activation that is not element-wise does to a layer's result, `rows` rows of the last
/// axis's `n` values, in place, after `activate` has been applied to every value: softmax over
/// each row; nothing for every other activation.
inline void activate_rows(activation a, float* y, std::size_t rows, std::size_t n) {
  if (a == activation::softmax) softmax_rows(y, rows, n);
}

/// f(x) on one value or on each lane of a vector of floats (GCC/Clang `vector_size` types), with
/// `A` known at compile time: what an element-wise layer's `apply` and a producer's epilogue
/// compute. Every path returns exactly what `activate(A, x)` returns for each value: the
/// selecting activations are one expression for both, the others call it lane by lane. Softmax
/// returns v (see `activate_rows`).
template <activation A, class Value>
[[gnu::always_inline]] inline Value activate(Value v) {
  if constexpr (A == activation::linear || A == activation::softmax) {
    return v;
  } else if constexpr (A == activation::relu || A == activation::leaky_relu || A == activation::relu6) {
    return detail::select_activation<A>(v);
  } else {
    return each_lane(v, [](float x) { return activate(A, x); });
  }
}

}  // namespace ctnn
