// ctnn/layers/relu.hpp: Keras `ReLU(max_value=None, negative_slope=0.0, threshold=0.0)`.
#pragma once

#include <limits>

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Keyword arguments of ReLU, in Keras's order. `max_value` infinity is Keras's None (no cap).
struct relu_opts {
  real max_value = std::numeric_limits<double>::infinity();
  real negative_slope = 0.0;
  real threshold = 0.0;
};

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

  /// One expression for a float and for a vector of floats (a vector's `?:` selects by lane).
  /// Each comparison sends NaN (for which it is false) to a branch that keeps it.
  template <class Value>
  static Value apply(Value v) {
    constexpr float t = static_cast<float>(threshold), s = static_cast<float>(negative_slope);
    Value r;
    if constexpr (t == 0.0f && s == 0.0f) r = v < 0.0f ? Value{} : v;  // as activation::relu
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
    CTNN_REQUIRE(max_value >= 0.0, "ctnn::relu: max_value must be >= 0 (as Keras requires)")
    CTNN_REQUIRE(negative_slope >= 0.0, "ctnn::relu: negative_slope must be >= 0 (as Keras requires)")
    CTNN_REQUIRE(threshold >= 0.0, "ctnn::relu: threshold must be >= 0 (as Keras 3 requires)")
    return true;
  }

  /// What a Keras file's ReLU holds when it is this type (ctnn/layers/keras_config.hpp): max_value
  /// null when there is no cap, each value a float32 written as a double.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    const keras::config_entry cap = capped ? keras::config_entry{"max_value", max_value, {}, true} : keras::config_entry{"max_value", nullptr};
    return {cap, {"negative_slope", negative_slope, {}, true}, {"threshold", threshold, {}, true}};
  }
};

namespace keras {

/// A file's ReLU as ctnn::relu<relu_opts{...}>, for ctnn-keras-type.
inline layer_reading read_relu(const config_reader& config, std::span<const extents> inputs) {
  const bool capped = config.contains("max_value") && config.type("max_value") != config_reader::kind::null;
  const double max_value = capped ? config.real("max_value") : 0.0;
  const double slope = config.real_or("negative_slope", 0.0), threshold = config.real_or("threshold", 0.0);
  if (capped && !(max_value >= 0.0)) throw config_error("max_value is " + config.dump("max_value") + "; ctnn::relu needs max_value >= 0");
  if (!(slope >= 0.0)) throw config_error("negative_slope is " + config.dump("negative_slope") + "; ctnn::relu needs a slope >= 0");
  if (!(threshold >= 0.0)) throw config_error("threshold is " + config.dump("threshold") + "; ctnn::relu needs a threshold >= 0");
  std::string options;
  auto add = [&](const char* key, double value) { options += (options.empty() ? "." : ", .") + std::string(key) + " = " + spell_real(value); };
  if (capped) add("max_value", max_value);
  if (slope != 0.0) add("negative_slope", slope);
  if (threshold != 0.0) add("threshold", threshold);
  return {options.empty() ? "ctnn::relu<>" : "ctnn::relu<ctnn::relu_opts{" + options + "}>", same_extents(inputs)};
}
inline constexpr layer_kind relu_kind{"ReLU", 1, read_relu};

}  // namespace keras

}  // namespace ctnn
