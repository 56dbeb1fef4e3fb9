// ctnn/activations.hpp: the activation functions ctnn has, one small type each.
//
// An activation function is a type that says its Keras name and what it computes:
//
//   struct relu {
//     static constexpr std::string_view keras_name = "relu";          // as a Keras file writes it
//     static constexpr std::string_view cpp_name = "ctnn::activation::relu";  // optional: its C++ spelling
//     template <class Value> static Value apply(Value v);              // a float, or a vector of floats
//   };
//
// `apply` is written once for a float and for a GCC/Clang vector of floats (`vector_size`), and
// must return for every lane what it returns for that float: the fused engine applies it to
// vectors in a producer's epilogue, the reference kernels to floats. An activation that is not
// element-wise (softmax) has `apply_rows(y, rows, n)` instead, over rows of the last axis
// (`axis = -1`, the only axis the engine applies them on). `keras_alias` is another name a file
// may use ("swish", Keras 2's name of silu). `keras_layer` says how a Keras file writes the
// function as a layer object, when a layer computes it: a model built with
// `Dense(64, activation=keras.layers.LeakyReLU(negative_slope=0.2))` saves
// `"activation": {"class_name": "LeakyReLU", "config": {"negative_slope": 0.2, ...}}`.
//
// A type outside ctnn that says the same things is an activation too: `ctnn::activation_of<F>`
// (ctnn/activation.hpp) is the value an options struct holds (`.activation = ...`), and
// `activation::relu` and the others are the values of the types below.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <string_view>
#include <type_traits>

namespace ctnn {

/// How an activation is written as a Keras layer object: the layer's class and the settings that
/// make that layer this function (LeakyReLU with negative_slope 0.2 is leaky_relu). No class: no
/// layer computes it.
struct keras_layer_form {
  struct setting {
    std::string_view key;
    std::string_view other_key;  ///< the same setting in another Keras version (LeakyReLU's alpha)
    double value = 0.0;          ///< compared as float32, as Keras computes
    bool null = false;           ///< the setting is null instead (ReLU's max_value: no maximum)
    bool is_default = false;     ///< the layer's default: a file may leave it out
  };
  std::string_view class_name;
  std::array<setting, 3> settings{};
};

/// The constants of SELU (Klambauer et al. 2017), as Keras and PyTorch define them.
inline constexpr float selu_alpha = 1.67326324235437728481704299167f;
inline constexpr float selu_scale = 1.05070098735548049341933498529f;
/// The negative slope of the activation `leaky_relu`: Keras 3's `keras.activations.leaky_relu`
/// default (the LeakyReLU *layer*'s default is 0.3: ctnn::leaky_relu<>).
inline constexpr float leaky_relu_slope = 0.2f;

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

/// The activation functions of Keras that ctnn has. Those that compare and select only are one
/// expression for a float and a vector (a vector's `?:` selects lane by lane); the others call
/// the scalar function lane by lane. NaN in, NaN out, as TensorFlow computes them (Keras's relu
/// and relu6 are tf.nn.relu and tf.nn.relu6, Eigen's `cwiseMax<PropagateNaN>(0)` and
/// `cwiseMin<PropagateNaN>(6)`; leaky_relu is `x > 0 ? x : x * alpha`): every comparison is
/// written so that NaN, for which it is false, takes the branch that returns x.
namespace activations {

struct linear {
  static constexpr std::string_view keras_name = "linear", cpp_name = "ctnn::activation::linear";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return v;
  }
};

struct relu {
  static constexpr std::string_view keras_name = "relu", cpp_name = "ctnn::activation::relu";
  static constexpr keras_layer_form keras_layer{
      "ReLU", {{{"max_value", "", 0.0, true, true}, {"negative_slope", "", 0.0, false, true}, {"threshold", "", 0.0, false, true}}}};
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return v < 0.0f ? Value{} : v;
  }
};

struct sigmoid {
  static constexpr std::string_view keras_name = "sigmoid", cpp_name = "ctnn::activation::sigmoid";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return 1.0f / (1.0f + std::exp(-x)); });
  }
};

struct tanh {
  static constexpr std::string_view keras_name = "tanh", cpp_name = "ctnn::activation::tanh";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return std::tanh(x); });
  }
};

struct selu {
  static constexpr std::string_view keras_name = "selu", cpp_name = "ctnn::activation::selu";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return x > 0.0f ? selu_scale * x : selu_scale * selu_alpha * std::expm1(x); });
  }
};

/// Keras 3's `activations.leaky_relu`, negative slope 0.2 (leaky_relu_slope).
struct leaky_relu {
  static constexpr std::string_view keras_name = "leaky_relu", cpp_name = "ctnn::activation::leaky_relu";
  // alpha first: Keras 3 takes Keras 2's alpha over negative_slope where a file has both
  static constexpr keras_layer_form keras_layer{"LeakyReLU", {{{"alpha", "negative_slope", leaky_relu_slope}}}};
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return v >= 0.0f ? v : v * leaky_relu_slope;
  }
};

/// alpha 1, as the activation (the ELU layer's alpha is its option: ctnn::elu).
struct elu {
  static constexpr std::string_view keras_name = "elu", cpp_name = "ctnn::activation::elu";
  static constexpr keras_layer_form keras_layer{"ELU", {{{"alpha", "", 1.0, false, true}}}};
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return x > 0.0f ? x : std::expm1(x); });
  }
};

/// x * sigmoid(x); Keras 2 calls it "swish".
struct silu {
  static constexpr std::string_view keras_name = "silu", keras_alias = "swish", cpp_name = "ctnn::activation::silu";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return x / (1.0f + std::exp(-x)); });
  }
};

/// The exact (erf) form, Keras's default (approximate=False).
struct gelu {
  static constexpr std::string_view keras_name = "gelu", cpp_name = "ctnn::activation::gelu";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return 0.5f * x * (1.0f + std::erf(x * 0.70710678118654752440f)); });
  }
};

/// log(1 + e^x), computed so that it neither overflows nor loses small values.
struct softplus {
  static constexpr std::string_view keras_name = "softplus", cpp_name = "ctnn::activation::softplus";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return std::max(x, 0.0f) + std::log1p(std::exp(-std::fabs(x))); });
  }
};

struct relu6 {
  static constexpr std::string_view keras_name = "relu6", cpp_name = "ctnn::activation::relu6";
  static constexpr keras_layer_form keras_layer{
      "ReLU", {{{"max_value", "", 6.0}, {"negative_slope", "", 0.0, false, true}, {"threshold", "", 0.0, false, true}}}};
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    const Value r = v < 0.0f ? Value{} : v;
    return r > 6.0f ? Value{} + 6.0f : r;
  }
};

/// Not element-wise: each row of the last axis, through softmax_rows.
struct softmax {
  static constexpr std::string_view keras_name = "softmax", cpp_name = "ctnn::activation::softmax";
  static constexpr int axis = -1;
  static constexpr keras_layer_form keras_layer{"Softmax", {{{"axis", "", -1.0, false, true}}}};
  static void apply_rows(float* y, std::size_t rows, std::size_t n) { softmax_rows(y, rows, n); }
};

// ---- Keras 3's other activations, as its TensorFlow backend computes them --------------------

/// x / (1 + |x|), as tf.nn.softsign: ±inf gives NaN (inf / inf), as there.
struct softsign {
  static constexpr std::string_view keras_name = "softsign", cpp_name = "ctnn::activation::softsign";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return x / (std::fabs(x) + 1.0f); });
  }
};

struct exponential {
  static constexpr std::string_view keras_name = "exponential", cpp_name = "ctnn::activation::exponential";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return std::exp(x); });
  }
};

/// x * tanh(softplus(x)) (Misra 2019); -inf gives NaN (-inf * 0), as Keras's.
struct mish {
  static constexpr std::string_view keras_name = "mish", cpp_name = "ctnn::activation::mish";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    // NaN is returned as it came: the product's NaN would take the sign of whichever operand the
    // compiler puts first, which differs between the scalar and the vector code.
    return each_lane(v, [](float x) { return x != x ? x : x * std::tanh(softplus::apply(x)); });
  }
};

/// max(x, 0) + alpha * expm1(min(x, 0) / alpha), alpha 1 (Keras's default as an activation name).
struct celu {
  static constexpr std::string_view keras_name = "celu", cpp_name = "ctnn::activation::celu";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    // NaN passes both comparisons' false branches, as tf.maximum and tf.minimum propagate it.
    return each_lane(v, [](float x) { return (x < 0.0f ? 0.0f : x) + std::expm1(x > 0.0f ? 0.0f : x); });
  }
};

/// log(sigmoid(x)) = -softplus(-x), as tf.math.log_sigmoid: no overflow for large |x|.
struct log_sigmoid {
  static constexpr std::string_view keras_name = "log_sigmoid", cpp_name = "ctnn::activation::log_sigmoid";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return -softplus::apply(-x); });
  }
};

/// x clipped to [-1, 1]; NaN stays NaN, as tf.clip_by_value.
struct hard_tanh {
  static constexpr std::string_view keras_name = "hard_tanh", cpp_name = "ctnn::activation::hard_tanh";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    const Value low = v < -1.0f ? Value{} - 1.0f : v;
    return low > 1.0f ? Value{} + 1.0f : low;
  }
};

/// x - tanh(x).
struct tanh_shrink {
  static constexpr std::string_view keras_name = "tanh_shrink", cpp_name = "ctnn::activation::tanh_shrink";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return x - std::tanh(x); });
  }
};

/// (x + sqrt(x^2 + b)) / 2 with Keras's b = 4 (So and Le 2021); -inf gives NaN, as Keras's.
struct squareplus {
  static constexpr std::string_view keras_name = "squareplus", cpp_name = "ctnn::activation::squareplus";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return each_lane(v, [](float x) { return (x + std::sqrt(x * x + 4.0f)) / 2.0f; });
  }
};

/// 0 up to -1, (x + 1)^2 / 4 between -1 and 1, x from 1: a smooth relu.
struct sparse_plus {
  static constexpr std::string_view keras_name = "sparse_plus", cpp_name = "ctnn::activation::sparse_plus";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    const Value shifted = v + 1.0f;
    const Value middle = shifted * shifted * 0.25f;
    return v <= -1.0f ? Value{} : (v < 1.0f ? middle : v);
  }
};

/// 0 up to -1, 1 from 1, (x + 1) / 2 between: sparse_plus's slope.
struct sparse_sigmoid {
  static constexpr std::string_view keras_name = "sparse_sigmoid", cpp_name = "ctnn::activation::sparse_sigmoid";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    const Value middle = (v + 1.0f) * 0.5f;
    return v <= -1.0f ? Value{} : (v >= 1.0f ? Value{} + 1.0f : middle);
  }
};

/// x - 0.5 above 0.5, x + 0.5 below -0.5, 0 between (Keras's threshold 0.5). NaN gives 0, as
/// Keras's tf.where of two comparisons does.
struct soft_shrink {
  static constexpr std::string_view keras_name = "soft_shrink", cpp_name = "ctnn::activation::soft_shrink";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return v > 0.5f ? v - 0.5f : (v < -0.5f ? v + 0.5f : Value{});
  }
};

/// x where |x| > 0.5, else 0 (Keras's threshold 0.5). NaN gives 0, as Keras's tf.where does.
struct hard_shrink {
  static constexpr std::string_view keras_name = "hard_shrink", cpp_name = "ctnn::activation::hard_shrink";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return v > 0.5f ? v : (v < -0.5f ? v : Value{});
  }
};

/// x * relu6(x + 3) / 6 (MobileNet v3's hard swish); Keras also calls it "hard_swish".
struct hard_silu {
  static constexpr std::string_view keras_name = "hard_silu", keras_alias = "hard_swish", cpp_name = "ctnn::activation::hard_silu";
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return v * (relu6::apply(v + 3.0f) / 6.0f);
  }
};

/// Log of softmax over each row of the last axis: x - max - log(sum(exp(x - max))), as
/// tf.nn.log_softmax. Not element-wise.
inline void log_softmax_rows(float* y, std::size_t rows, std::size_t n) {
  for (std::size_t r = 0; r < rows; ++r, y += n) {
    const float top = *std::max_element(y, y + n);
    float sum = 0.0f;
    for (std::size_t i = 0; i < n; ++i) sum += std::exp(y[i] - top);
    const float log_sum = std::log(sum);
    for (std::size_t i = 0; i < n; ++i) y[i] = (y[i] - top) - log_sum;
  }
}

struct log_softmax {
  static constexpr std::string_view keras_name = "log_softmax", cpp_name = "ctnn::activation::log_softmax";
  static constexpr int axis = -1;
  static void apply_rows(float* y, std::size_t rows, std::size_t n) { log_softmax_rows(y, rows, n); }
};

}  // namespace activations
}  // namespace ctnn
