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
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keras's `axis=` of LayerNormalization: one axis or a list of axes, counted as Keras counts
/// them (the batch axis is 0, the input's own axes 1 to rank; negative values count from the
/// end). `-1` is the last axis; `{1, 2, 3}` is every axis of an image.
struct normalization_axes {
  static constexpr int capacity = 4;
  std::array<int, capacity> items{};
  int count = 0;

  constexpr normalization_axes(int axis) : items{axis}, count(1) {}
  constexpr normalization_axes(std::initializer_list<int> axes) {
    for (int axis : axes) {
      if (count == capacity) throw std::length_error("ctnn::normalization_axes: at most 4 axes");
      items[std::size_t(count++)] = axis;
    }
  }
  friend constexpr bool operator==(const normalization_axes&, const normalization_axes&) = default;
};

/// Which axes a LayerNormalization normalises over, for an input of `rank` axes (batch axis not
/// counted). ctnn computes two cases: the last axis, and all the input's axes in order (which
/// are the same on a vector).
enum class normalized_axes { last, all, out_of_range, other };

/// The axes of `axes` resolved as Keras resolves them (a negative axis counts from rank + 1),
/// and classified. The type's rules (check) and the reading of a file (ctnn-keras-type) both
/// use it.
constexpr normalized_axes classify_normalization_axes(const normalization_axes& axes, std::size_t rank) {
  const int full = static_cast<int>(rank) + 1;  // Keras's rank, with the batch axis
  std::array<int, normalization_axes::capacity> resolved{};
  for (int i = 0; i < axes.count; ++i) {
    const int axis = axes.items[std::size_t(i)] < 0 ? axes.items[std::size_t(i)] + full : axes.items[std::size_t(i)];
    if (axis < 1 || axis >= full) return normalized_axes::out_of_range;
    resolved[std::size_t(i)] = axis;
  }
  if (axes.count == 1 && resolved[0] == full - 1) return normalized_axes::last;
  if (axes.count != full - 1) return normalized_axes::other;
  for (int i = 0; i < axes.count; ++i)
    if (resolved[std::size_t(i)] != i + 1) return normalized_axes::other;
  return normalized_axes::all;
}

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
  static constexpr std::size_t normalized_size = axes<In> == normalized_axes::all ? In::size : In::dims[In::rank - 1];

  /// [first, first + 1, ..., first + rank - 1]: every axis of an input of rank 2 to 4.
  static constexpr keras::config_value every_axis(int rank, int first) {
    return rank == 2   ? keras::config_value::list({first, first + 1})
           : rank == 3 ? keras::config_value::list({first, first + 1, first + 2})
                       : keras::config_value::list({first, first + 1, first + 2, first + 3});
  }

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
  /// (ctnn/layers/keras_config.hpp). Keras 3 writes the axis as a list once the layer is built
  /// ([-1]); tf.keras resolves it ([3] on an image, [1] on a vector); -1 or 3 are accepted too.
  /// Every axis is [1, ..., rank], or [-rank, ..., -1]. tf.keras has no rms_scaling entry.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    const int rank = static_cast<int>(In::rank);
    keras::config_entry axis{"axis", keras::config_value::list({-1}), {}, false, {-1, rank, keras::config_value::list({rank})}};
    if (axes<In> == normalized_axes::all && rank > 1) axis = {"axis", every_axis(rank, 1), {}, false, {every_axis(rank, -rank)}};
    return {axis,
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
  if (config.contains("axis")) {
    if (config.type("axis") == config_reader::kind::list) {
      // A file fact, not a rule: normalization_axes holds at most four.
      if (config.length("axis") == 0 || config.length("axis") > std::size_t(normalization_axes::capacity))
        throw config_error("axis " + config.dump("axis") + " is not an axis ctnn::layer_normalization normalises");
      opts.axis.count = 0;
      for (std::size_t i = 0; i < config.length("axis"); ++i)
        opts.axis.items[i] = static_cast<int>(config.integer("axis", {i})), ++opts.axis.count;
    } else {
      opts.axis = static_cast<int>(config.integer("axis"));
    }
  }
  require_rules(layer_normalization_rules, opts, inputs[0], held_entries(config, {"axis", "epsilon"}));
  std::string axis = "-1";
  if (classify_normalization_axes(opts.axis, inputs[0].size()) == normalized_axes::all && inputs[0].size() > 1) {
    axis = "{";
    for (std::size_t i = 1; i <= inputs[0].size(); ++i) axis += (i > 1 ? ", " : "") + std::to_string(i);
    axis += "}";
  }
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
