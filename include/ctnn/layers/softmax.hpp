// ctnn/layers/softmax.hpp: Keras `Softmax(axis=-1)`.
#pragma once

#include <cstddef>

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// The axis a Keras `axis` argument names, counted within one sample from 0 (Keras counts the
/// batch axis as 0 and the last as -1): axis 3 and axis -1 of a (None, 5, 5, 2) image are both 2.
/// `rank` when the argument is the batch axis or none of the input's axes.
constexpr std::size_t softmax_sample_axis(int keras_axis, std::size_t rank) {
  const long long r = static_cast<long long>(rank);
  const long long axis = keras_axis < 0 ? r + keras_axis : keras_axis - 1LL;
  return axis < 0 || axis >= r ? rank : static_cast<std::size_t>(axis);
}

/// Softmax's rules, on its Keras axis (`opts`, an int) and its input's extents.
inline constexpr auto softmax_rules = ctnn::rules(
    CTNN_RULE(opts != 0, "ctnn::softmax: axis 0 is the batch axis; a softmax across the samples of a batch is not supported"),
    CTNN_RULE(softmax_sample_axis(opts, in.size()) < in.size(),
              "ctnn::softmax: the axis is not one of the input's axes (1 to rank, or -rank to -1, as Keras counts them)"));

/// y = exp(x - max) / sum(exp(x - max)) along one axis: each line of values along the axis
/// sums to 1. `softmax<>` is Keras `Softmax()` (the last axis); `softmax<1>` on an image
/// (rows, columns, channels) is `Softmax(axis=1)`, along the rows. No parameters. Not
/// element-wise: a step of its own (ctnn/reference/softmax.hpp).
template <int Axis = -1>
struct softmax : same_shape_layer {
  static constexpr std::string_view keras_class = "Softmax";
  static constexpr std::string_view keras_name = "softmax";
  static constexpr int axis = Axis;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(softmax_rules, (Axis), In)
  }

  /// What a Keras file's Softmax holds when it is this type (ctnn/layers/keras_config.hpp): the
  /// axis as written, or the same axis counted from the other end, as a number or a list of one.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    const int other = Axis < 0 ? Axis + static_cast<int>(In::rank) + 1 : Axis - static_cast<int>(In::rank) - 1;
    return {{"axis", Axis, {}, false, {other, keras::config_value::list({Axis}), keras::config_value::list({other})}}};
  }
};

namespace keras {

/// A file's Softmax as ctnn::softmax<axis>, for ctnn-keras-type. The axis is a number or, in
/// Keras 3, a list, which may hold several axes at once; ctnn takes one.
template <class Config = config_reader>
layer_reading read_softmax(const Config& config, std::span<const extents> inputs) {
  long long axis = -1;
  if (config.contains("axis")) {
    if (config.type("axis") == config_reader::kind::list) {
      if (config.length("axis") != 1) throw config_error("axis is " + config.dump("axis") + "; ctnn::softmax takes one axis");
      axis = config.integer("axis", {0});
    } else {
      axis = config.integer("axis");
    }
  }
  if (axis < -1'000'000 || axis > 1'000'000) throw config_error("axis is " + config.dump("axis") + ", not an axis of any input");
  require_rules(softmax_rules, static_cast<int>(axis), inputs[0], held_entries(config, {"axis"}));
  return {"ctnn::softmax<" + std::to_string(axis) + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind softmax_kind{"Softmax", 1, read_softmax<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/softmax.hpp"
