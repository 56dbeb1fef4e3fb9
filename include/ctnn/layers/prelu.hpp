// ctnn/layers/prelu.hpp: Keras `PReLU(shared_axes=None)`.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <vector>

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// The extents of PReLU's `alpha` for a sample of extents `in`: the same, with each shared axis
/// (counted as Keras counts them: 1 is the sample's first axis) set to 1. Shared by the type and
/// the Keras reader.
template <std::size_t Rank>
constexpr std::array<std::size_t, Rank> prelu_alpha_dims(std::array<std::size_t, Rank> in, std::initializer_list<int> shared) {
  for (int axis : shared)
    if (axis >= 1 && static_cast<std::size_t>(axis) <= Rank) in[static_cast<std::size_t>(axis - 1)] = 1;
  return in;
}

/// Whether every one of `axes` is an axis of a sample of `rank` axes, counted as Keras counts them
/// (1 to rank).
constexpr bool prelu_axes_within(std::span<const int> axes, std::size_t rank) {
  for (int axis : axes)
    if (axis < 1 || static_cast<std::size_t>(axis) > rank) return false;
  return true;
}

/// PReLU's rules, on its shared axes (`opts`: the template's `SharedAxes...` as a std::array, or a
/// file's shared_axes) and its input's extents.
inline constexpr auto prelu_rules = ctnn::rules(CTNN_RULE(
    prelu_axes_within(opts, in.size()),
    "ctnn::prelu: each shared axis must be an axis of the sample, 1 to its rank (Keras counts the batch as axis 0)"));

/// f(x) = x for x >= 0, alpha * x otherwise, with a learned alpha per value of the sample,
/// shared (one value along the axis) on each axis of `SharedAxes` (Keras counts the batch as axis
/// 0). `prelu<>` is Keras `PReLU()`: alpha has the input's shape. `prelu<1, 2>` on an image is
/// `PReLU(shared_axes=[1, 2])`, one alpha per channel, as GANs use it. Weights: alpha (the input's
/// extents, shared axes 1; Keras initializer zeros). Its alpha varies along the sample, so it is
/// not an epilogue op: a step of its own with its reference kernel (ctnn/reference/prelu.hpp).
template <int... SharedAxes>
struct prelu : same_shape_layer {
  static constexpr std::string_view keras_class = "PReLU";
  static constexpr std::string_view keras_name = "p_re_lu";
  static constexpr std::array<int, sizeof...(SharedAxes)> shared_axes{SharedAxes...};

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(prelu_rules, (shared_axes), In)
  }

  template <class In>
  static constexpr weight_list weights() {
    const auto dims = prelu_alpha_dims(In::dims, {SharedAxes...});
    weight_spec alpha{"alpha", {}, true, initializer::zeros};
    alpha.rank = In::rank;
    for (std::size_t d = 0; d < In::rank; ++d) alpha.dims[d] = dims[d];
    return {alpha};
  }

  /// What a Keras file's PReLU holds when it is this type (ctnn/layers/keras_config.hpp):
  /// shared_axes null, or the list of axes.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    if constexpr (sizeof...(SharedAxes) == 0) return {{"shared_axes", nullptr}};
    else return {{"shared_axes", keras::config_value::list({SharedAxes...})}};
  }
};

namespace keras {

/// A file's PReLU as ctnn::prelu<axes...>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_prelu(const Config& config, std::span<const extents> inputs) {
  // Keras's shared_axes is None (no axis shared), one axis as a number, or a list of axes.
  const config_reader::kind kind = config.type("shared_axes");
  std::vector<int> axes;
  if (kind == config_reader::kind::integer) axes.push_back(option_traits<int>::read(config, "shared_axes"));
  else if (kind != config_reader::kind::absent && kind != config_reader::kind::null) axes = read_int_list(config, "shared_axes");
  require_rules(prelu_rules, axes, inputs[0], axes.empty() ? std::string() : "shared_axes " + config.dump("shared_axes"));
  std::string spelled;
  for (int axis : axes) spelled += (spelled.empty() ? "" : ", ") + std::to_string(axis);
  return {"ctnn::prelu<" + spelled + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind prelu_kind{"PReLU", 1, read_prelu<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/prelu.hpp"
