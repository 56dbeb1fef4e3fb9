// ctnn/layers/elu.hpp: Keras `ELU(alpha=1.0)`.
#pragma once

#include <cmath>

#include "ctnn/activation.hpp"
#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// f(x) = x for x > 0, alpha * (exp(x) - 1) otherwise (computed with expm1, as TensorFlow does).
/// `elu<>` is Keras `ELU()` and returns what `activation::elu` returns. Element-wise: fused into a
/// producer's epilogue.
template <real Alpha = 1.0>
struct elu : same_shape_layer {
  static constexpr std::string_view keras_class = "ELU";
  static constexpr std::string_view keras_name = "elu";
  static constexpr double alpha = Alpha.value();
  static constexpr bool activation_object = true;  ///< a Keras file may give it as an activation

  template <class Value>
  static Value apply(Value v) {
    return each_lane(v, [](float x) { return x > 0.0f ? x : static_cast<float>(alpha) * std::expm1(x); });
  }

  template <class In>
  static consteval bool check() {
    return true;
  }

  /// What a Keras file's ELU holds when it is this type (ctnn/layers/keras_config.hpp). Keras 3's
  /// ELU saves no alpha (it has no get_config) and so reloads as alpha 1: no alpha is 1.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"alpha", alpha, {}, true, {}, alpha == 1.0}};
  }
};

namespace keras {

/// A file's ELU as ctnn::elu<alpha>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_elu(const Config& config, std::span<const extents> inputs) {
  return {"ctnn::elu<" + spell_real(config.real_or("alpha", 1.0)) + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind elu_kind{"ELU", 1, read_elu<Config>, elu<>::activation_object};

}  // namespace keras

}  // namespace ctnn
