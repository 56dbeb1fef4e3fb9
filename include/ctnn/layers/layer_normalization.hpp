// ctnn/layers/layer_normalization.hpp: Keras `LayerNormalization(axis, epsilon, center, scale)`.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <string>

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/normalization_axes.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of LayerNormalization that matter at inference, in Keras's order.
struct layer_normalization_opts {
  normalization_axes axis = -1;  ///< -1 (the last axis), or every axis: {1, ..., rank}
  real epsilon = 1e-3;
  bool center = true;        ///< learn beta
  bool scale = true;         ///< learn gamma
  bool rms_scaling = false;  ///< Keras 3's rms_scaling=True is not supported (a rule says so)
};

/// LayerNormalization's rules, on its options and its input's extents.
inline constexpr auto layer_normalization_rules = ctnn::rules(
    CTNN_RULE(opts.epsilon.value() > 0.0, "ctnn::layer_normalization: epsilon must be positive"),
    CTNN_RULE(!opts.rms_scaling,
              "ctnn::layer_normalization: rms_scaling = true is not supported; ctnn computes LayerNormalization with rms_scaling = false (Keras's default)"),
    CTNN_RULE(classify_normalization_axes(opts.axis, in.size()) != normalized_axes::out_of_range,
              "ctnn::layer_normalization: an axis is outside the input; Keras counts the batch axis as 0, so the input's axes are 1 to its rank, or -1 (the last) to -rank"),
    CTNN_RULE(classify_normalization_axes(opts.axis, in.size()) != normalized_axes::other,
              "ctnn::layer_normalization: ctnn normalises over the last axis (axis = -1) or over all the input's axes in order ({1, ..., rank}), no other set of axes"));

/// y = gamma * (x - mean) / sqrt(variance + epsilon) + beta, with the mean and the variance (the
/// mean of the squared deviations) of each sample over the normalised axes: over each vector of
/// the last axis by default (every position of an image apart), or over the whole sample with
/// `.axis = {1, ..., rank}`. gamma and beta span the normalised axes: [C] for the last axis, the
/// input's shape for all axes. Weights in Keras order: gamma (if scale), beta (if center).
/// Kernel: ctnn/reference/layer_normalization.hpp.
template <layer_normalization_opts Opts = layer_normalization_opts{}>
struct layer_normalization : same_shape_layer {
  static constexpr std::string_view keras_class = "LayerNormalization";
  static constexpr std::string_view keras_name = "layer_normalization";
  static constexpr layer_normalization_opts opts = Opts;
  static constexpr double epsilon = Opts.epsilon.value();

  template <class In>
  static constexpr normalized_axes axes = classify_normalization_axes(Opts.axis, In::rank);
  /// The values one mean and variance are taken over, and the length of gamma and beta.
  template <class In>
  static constexpr std::size_t normalized_size = ctnn::normalized_size(axes<In>, In::dims);

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(layer_normalization_rules, (Opts), In)
  }
  template <class In>
  static constexpr weight_list weights() {
    weight_spec gamma{"gamma", {}, true, initializer::ones};
    if (axes<In> == normalized_axes::all) {
      gamma.rank = In::rank;
      for (std::size_t axis = 0; axis < In::rank; ++axis) gamma.dims[axis] = In::dims[axis];
    } else {
      gamma.rank = 1;
      gamma.dims[0] = In::dims[In::rank - 1];
    }
    weight_spec beta = gamma;
    beta.name = "beta";
    beta.initializer = initializer::zeros;
    weight_list list;
    if (Opts.scale) list.push_back(gamma);
    if (Opts.center) list.push_back(beta);
    return list;
  }

  /// What a Keras file's LayerNormalization holds when it is this type
  /// (ctnn/layers/keras_config.hpp); tf.keras has no rms_scaling entry.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {keras::normalization_axis_entry(axes<In>, static_cast<int>(In::rank)),
            {"epsilon", epsilon, {}, true},
            {"center", Opts.center},
            {"scale", Opts.scale},
            {"rms_scaling", false, {}, false, {}, true}};
  }
};

namespace keras {

/// A file's LayerNormalization as ctnn::layer_normalization<layer_normalization_opts{...}>, for
/// ctnn-keras-type; a file ctnn cannot be is refused in the words of the type's rules. Its options
/// are read by hand, not by a schema: the axis a file writes depends on the input's rank ([3] and
/// -1 are the same on an image, and C++ spells the one it means), and C++ leaves rms_scaling unsaid.
template <class Config = config_reader>
layer_reading read_layer_normalization(const Config& config, std::span<const extents> inputs) {
  layer_normalization_opts opts{.epsilon = config.real_or("epsilon", 1e-3),
                                .center = config.boolean_or("center", true),
                                .scale = config.boolean_or("scale", true),
                                .rms_scaling = config.boolean_or("rms_scaling", false)};
  opts.axis = read_normalization_axes(config, "ctnn::layer_normalization");
  require_rules(layer_normalization_rules, opts, inputs[0], held_entries(config, {"axis", "epsilon"}));
  const std::string axis = spell_normalization_axes(classify_normalization_axes(opts.axis, inputs[0].size()), inputs[0].size());
  return {"ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = " + axis + ", .epsilon = " + spell_real(opts.epsilon.value()) +
              ", .center = " + spell(opts.center) + ", .scale = " + spell(opts.scale) + "}>",
          same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind layer_normalization_kind{"LayerNormalization", 1, read_layer_normalization<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/layer_normalization.hpp"
