// ctnn/layers/rms_normalization.hpp: Keras `RMSNormalization(axis, epsilon)`.
#pragma once

#include <cstddef>

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/normalization_axes.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of RMSNormalization, in Keras's order.
struct rms_normalization_opts {
  normalization_axes axis = -1;  ///< -1 (the last axis), or every axis: {1, ..., rank}
  real epsilon = 1e-6;
};

inline constexpr auto rms_normalization_rules = ctnn::rules(
    CTNN_RULE(opts.epsilon.value() >= 0.0, "ctnn::rms_normalization: epsilon must not be negative"),
    CTNN_RULE(classify_normalization_axes(opts.axis, in.size()) != normalized_axes::out_of_range,
              "ctnn::rms_normalization: an axis is outside the input; Keras counts the batch axis as 0, so the input's axes are 1 to its rank, or -1 (the last) to -rank"),
    CTNN_RULE(classify_normalization_axes(opts.axis, in.size()) != normalized_axes::other,
              "ctnn::rms_normalization: ctnn normalises over the last axis (axis = -1) or over all the input's axes in order ({1, ..., rank}), no other set of axes"));

/// y = x * scale / sqrt(mean(x^2) + epsilon), the mean over each vector of the last axis (or over
/// the whole sample with `.axis = {1, ..., rank}`): Keras 3's RMSNormalization (Zhang and
/// Sennrich's RMSNorm), no centring, no shift. One weight, `scale`, spanning the normalised axes:
/// [C] for the last axis, the input's shape for all axes. Kernel:
/// ctnn/reference/rms_normalization.hpp.
template <rms_normalization_opts Opts = rms_normalization_opts{}>
struct rms_normalization : same_shape_layer {
  static constexpr std::string_view keras_class = "RMSNormalization";
  static constexpr std::string_view keras_name = "rms_normalization";
  static constexpr rms_normalization_opts opts = Opts;
  static constexpr double epsilon = Opts.epsilon.value();

  template <class In>
  static constexpr normalized_axes axes = classify_normalization_axes(Opts.axis, In::rank);

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(rms_normalization_rules, (Opts), In)
  }
  template <class In>
  static constexpr weight_list weights() {
    weight_spec scale{"scale", {}, true, initializer::ones};
    if (axes<In> == normalized_axes::all) {
      scale.rank = In::rank;
      for (std::size_t axis = 0; axis < In::rank; ++axis) scale.dims[axis] = In::dims[axis];
    } else {
      scale.rank = 1;
      scale.dims[0] = In::dims[In::rank - 1];
    }
    weight_list list;
    list.push_back(scale);
    return list;
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {keras::normalization_axis_entry(axes<In>, static_cast<int>(In::rank)), {"epsilon", epsilon, {}, true}};
  }
};

namespace keras {

/// A file's RMSNormalization as ctnn::rms_normalization<...>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_rms_normalization(const Config& config, std::span<const extents> inputs) {
  const rms_normalization_opts opts{read_normalization_axes(config, "ctnn::rms_normalization"), config.real_or("epsilon", 1e-6)};
  require_rules(rms_normalization_rules, opts, inputs[0], held_entries(config, {"axis", "epsilon"}));
  const std::string axis = spell_normalization_axes(classify_normalization_axes(opts.axis, inputs[0].size()), inputs[0].size());
  return {"ctnn::rms_normalization<ctnn::rms_normalization_opts{.axis = " + axis + ", .epsilon = " + spell_real(opts.epsilon.value()) + "}>",
          same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind rms_normalization_kind{"RMSNormalization", 1, read_rms_normalization<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/rms_normalization.hpp"
