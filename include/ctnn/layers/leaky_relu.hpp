// ctnn/layers/leaky_relu.hpp: Keras `LeakyReLU(alpha=0.3)` (Keras 3: `negative_slope`).
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// f(x) = x for x >= 0, alpha * x otherwise. Keras's default slope is 0.3 (PyTorch's is 0.01):
/// `leaky_relu<>` is Keras `LeakyReLU()`, `leaky_relu<0.2>` is `LeakyReLU(alpha=0.2)`.
/// LeakyReLU's rule, on its slope (`opts`, a ctnn::real).
inline constexpr auto leaky_relu_rules =
    ctnn::rules(CTNN_RULE(opts.value() >= 0.0, "ctnn::leaky_relu: the slope alpha must be >= 0 (as Keras 3 requires)"));

template <real Alpha = 0.3>
struct leaky_relu : same_shape_layer {
  static constexpr std::string_view keras_class = "LeakyReLU";
  static constexpr std::string_view keras_name = "leaky_re_lu";
  static constexpr double alpha = Alpha.value();
  static constexpr bool activation_object = true;  ///< a Keras file may give it as an activation

  template <class Value>
  static Value apply(Value v) {
    return v >= 0.0f ? v : v * static_cast<float>(alpha);
  }

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(leaky_relu_rules, (Alpha), In)
  }

  /// What a Keras file's LeakyReLU holds when it is this type (ctnn/layers/keras_config.hpp): the
  /// slope, `alpha` in Keras 2 and `negative_slope` in Keras 3, a float32 written as a double.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"alpha", alpha, {"negative_slope"}, true}};
  }
};

namespace keras {

/// A file's LeakyReLU as ctnn::leaky_relu<slope>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_leaky_relu(const Config& config, std::span<const extents> inputs) {
  // Keras 3 takes Keras 2's alpha over negative_slope where a file has both.
  const std::string_view key = config.contains("alpha") ? "alpha" : "negative_slope";
  const double slope = config.real(key);
  require_rules(leaky_relu_rules, real(slope), inputs[0], held_entries(config, {key}));
  return {"ctnn::leaky_relu<" + spell_real(slope) + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind leaky_relu_kind{"LeakyReLU", 1, read_leaky_relu<Config>, leaky_relu<>::activation_object};

}  // namespace keras

}  // namespace ctnn
