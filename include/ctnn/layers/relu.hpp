// ctnn/layers/relu.hpp: Keras `ReLU(max_value=None, negative_slope=0.0, threshold=0.0)`.
#pragma once

#include <limits>

#include "ctnn/activations.hpp"
#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of ReLU, in Keras's order. `max_value` infinity is Keras's None (no cap).
struct relu_opts {
  real max_value = std::numeric_limits<double>::infinity();
  real negative_slope = 0.0;
  real threshold = 0.0;

  template <class Self = relu_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::relu_opts", field("max_value", &Self::max_value).none(std::numeric_limits<double>::infinity()),
                        field("negative_slope", &Self::negative_slope), field("threshold", &Self::threshold))
        .spelling_only_changes();
  }
};

inline constexpr auto relu_rules =
    ctnn::rules(CTNN_RULE(opts.max_value.value() >= 0.0, "ctnn::relu: max_value must be >= 0 (as Keras requires)"),
                CTNN_RULE(opts.negative_slope.value() >= 0.0, "ctnn::relu: negative_slope must be >= 0 (as Keras requires)"),
                CTNN_RULE(opts.threshold.value() >= 0.0, "ctnn::relu: threshold must be >= 0 (as Keras 3 requires)"));

/// f(x) = min(x, max_value) for x > threshold, negative_slope * (x - threshold) otherwise, as
/// Keras computes it (its docstring says `threshold <= x`, but its code, and so its models, give
/// x = threshold the negative branch: 0). `relu<>` is `ReLU()` and returns what
/// `activation::relu` returns; `relu<relu_opts{.max_value = 6.0}>` is `ReLU(max_value=6)`.
/// Element-wise: fused into a producer's epilogue.
///
/// NaN gives NaN, and infinities what Keras 3's `activations.relu` gives: with a threshold it
/// computes `x * (x > threshold) - negative_slope * relu(threshold - x)`, so x = -inf gives
/// -inf * 0, NaN; without one, `relu(x)` (or `leaky_relu`), then `clip(x, 0, max_value)`, both of
/// which keep NaN (TensorFlow's Relu, Minimum and Maximum propagate it).
template <relu_opts Opts = relu_opts{}>
struct relu : same_shape_layer {
  static constexpr std::string_view keras_class = "ReLU";
  static constexpr std::string_view keras_name = "re_lu";
  static constexpr relu_opts opts = Opts;
  static constexpr double max_value = Opts.max_value.value();
  static constexpr double negative_slope = Opts.negative_slope.value();
  static constexpr double threshold = Opts.threshold.value();
  static constexpr bool capped = max_value != std::numeric_limits<double>::infinity();
  static constexpr bool activation_object = true;  ///< a Keras file may give it as an activation

  /// One expression for a float and for a vector of floats (a vector's `?:` selects by lane).
  /// Each comparison sends NaN (for which it is false) to a branch that keeps it.
  template <class Value>
  static Value apply(Value v) {
    constexpr float t = static_cast<float>(threshold), s = static_cast<float>(negative_slope);
    Value r;
    if constexpr (t == 0.0f && s == 0.0f) r = activations::relu::apply(v);
    else if constexpr (t == 0.0f) r = v > 0.0f ? v : v * s;
    else r = v > t ? v : v * 0.0f - (t - v) * s;  // Keras's x * 0 - s * (t - x): -inf gives NaN there too
    if constexpr (capped) {
      constexpr float m = static_cast<float>(max_value);
      r = r > m ? Value{} + m : r;
    }
    return r;
  }

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(relu_rules, (Opts), In)
  }

  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

namespace keras {

/// A file's ReLU as ctnn::relu<relu_opts{...}>, or ctnn::relu<> where every option is Keras's default.
template <class Config = config_reader>
layer_reading read_relu(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<relu_opts>(config);
  require_rules(relu_rules, opts, inputs[0], held_options<relu_opts>(config));
  const std::string spelled = spell_options(opts);
  return {spelled == "ctnn::relu_opts{}" ? "ctnn::relu<>" : "ctnn::relu<" + spelled + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind relu_kind{"ReLU", 1, read_relu<Config>, relu<>::activation_object};

}  // namespace keras

}  // namespace ctnn
