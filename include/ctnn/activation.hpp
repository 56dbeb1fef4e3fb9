// ctnn/activation.hpp: the activation functions a layer can apply to its output.
#pragma once

#include <cmath>
#include <cstddef>
#include <type_traits>
#include <string_view>

namespace ctnn {

/// Keras `activation=` argument of Dense, Conv2D, Conv2DTranspose and Activation.
enum class activation { linear, relu, sigmoid, tanh, selu };

/// Keras's name of an activation, as stored in model configurations.
constexpr std::string_view keras_name(activation a) {
  switch (a) {
    case activation::linear: return "linear";
    case activation::relu: return "relu";
    case activation::sigmoid: return "sigmoid";
    case activation::tanh: return "tanh";
    case activation::selu: return "selu";
  }
  return "?";
}

/// The constants of SELU (Klambauer et al. 2017), as Keras and PyTorch define them.
inline constexpr float selu_alpha = 1.67326324235437728481704299167f;
inline constexpr float selu_scale = 1.05070098735548049341933498529f;

/// f(x) for one activation. Scalar and inline: the kernels call it in their epilogue.
inline float activate(activation a, float x) {
  switch (a) {
    case activation::linear: return x;
    case activation::relu: return x > 0.0f ? x : 0.0f;
    case activation::sigmoid: return 1.0f / (1.0f + std::exp(-x));
    case activation::tanh: return std::tanh(x);
    case activation::selu: return x > 0.0f ? selu_scale * x : selu_scale * selu_alpha * std::expm1(x);
  }
  return x;
}

/// f(x) on one value or on each lane of a vector of floats (GCC/Clang `vector_size` types), with
/// `A` known at compile time: what an element-wise layer's `apply` and a producer's epilogue
/// compute. Every path returns exactly what `activate(A, x)` returns for each value.
template <activation A, class Value>
[[gnu::always_inline]] inline Value activate(Value v) {
  if constexpr (A == activation::linear) {
    return v;
  } else if constexpr (A == activation::relu) {
    return v > 0.0f ? v : Value{};
  } else if constexpr (std::is_same_v<Value, float>) {
    return activate(A, v);
  } else {
    for (std::size_t i = 0; i < sizeof(Value) / sizeof(float); ++i) v[i] = activate(A, float(v[i]));
    return v;
  }
}

}  // namespace ctnn
