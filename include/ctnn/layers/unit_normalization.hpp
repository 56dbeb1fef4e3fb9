// ctnn/layers/unit_normalization.hpp: Keras `UnitNormalization(axis)`.
#pragma once

#include <cstddef>

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/normalization_axes.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of UnitNormalization.
struct unit_normalization_opts {
  normalization_axes axis = -1;  ///< -1 (the last axis), or every axis: {1, ..., rank}
};

inline constexpr auto unit_normalization_rules = ctnn::rules(
    CTNN_RULE(classify_normalization_axes(opts.axis, in.size()) != normalized_axes::out_of_range,
              "ctnn::unit_normalization: an axis is outside the input; Keras counts the batch axis as 0, so the input's axes are 1 to its rank, or -1 (the last) to -rank"),
    CTNN_RULE(classify_normalization_axes(opts.axis, in.size()) != normalized_axes::other,
              "ctnn::unit_normalization: ctnn normalises over the last axis (axis = -1) or over all the input's axes in order ({1, ..., rank}), no other set of axes"));

/// y = x / max(||x||, 1e-12), the Euclidean norm of each vector of the last axis (or of the whole
/// sample with `.axis = {1, ..., rank}`) made 1, as Keras 3 computes it: x * rsqrt(max(sum x^2,
/// 1e-24)). A vector of zeros stays zeros. (tf.keras 2 clamps the sum of squares at 1e-12 instead,
/// which differs only for a vector whose norm is below 1e-6.) No parameters. Kernel:
/// ctnn/reference/unit_normalization.hpp.
template <unit_normalization_opts Opts = unit_normalization_opts{}>
struct unit_normalization : same_shape_layer {
  static constexpr std::string_view keras_class = "UnitNormalization";
  static constexpr std::string_view keras_name = "unit_normalization";
  static constexpr unit_normalization_opts opts = Opts;
  /// Keras 3's floor under the sum of squares (its epsilon 1e-12, squared).
  static constexpr double smallest_square_sum = 1e-24;

  template <class In>
  static constexpr normalized_axes axes = classify_normalization_axes(Opts.axis, In::rank);

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(unit_normalization_rules, (Opts), In)
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {keras::normalization_axis_entry(axes<In>, static_cast<int>(In::rank))};
  }
};

namespace keras {

/// A file's UnitNormalization as ctnn::unit_normalization<...>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_unit_normalization(const Config& config, std::span<const extents> inputs) {
  const unit_normalization_opts opts{read_normalization_axes(config, "ctnn::unit_normalization")};
  require_rules(unit_normalization_rules, opts, inputs[0], held_entries(config, {"axis"}));
  const normalized_axes axes = classify_normalization_axes(opts.axis, inputs[0].size());
  if (axes == normalized_axes::last || inputs[0].size() <= 1) return {"ctnn::unit_normalization<>", same_extents(inputs)};
  return {"ctnn::unit_normalization<ctnn::unit_normalization_opts{.axis = " + spell_normalization_axes(axes, inputs[0].size()) + "}>",
          same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind unit_normalization_kind{"UnitNormalization", 1, read_unit_normalization<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/unit_normalization.hpp"
