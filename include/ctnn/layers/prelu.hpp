// ctnn/layers/prelu.hpp: Keras `PReLU(shared_axes=None)`.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

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
    CTNN_REQUIRE(((SharedAxes >= 1 && SharedAxes <= static_cast<int>(In::rank)) && ...),
                 "ctnn::prelu: each shared axis must be an axis of the sample, 1 to its rank (Keras counts the batch as axis 0)")
    return true;
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
  std::string axes;
  const auto kind = config.contains("shared_axes") ? config.type("shared_axes") : config_reader::kind::null;
  const std::size_t count = kind == config_reader::kind::null ? 0 : kind == config_reader::kind::list ? config.length("shared_axes") : 1;
  for (std::size_t i = 0; i < count; ++i) {
    const long long axis = kind == config_reader::kind::list ? config.integer("shared_axes", {i}) : config.integer("shared_axes");
    if (axis < 1 || axis > static_cast<long long>(inputs[0].size()))
      throw config_error("shared_axes is " + config.dump("shared_axes") + "; each must be an axis of the samples " + keras_shape(inputs[0]) +
                         ", 1 to " + std::to_string(inputs[0].size()));
    axes += (i == 0 ? "" : ", ") + std::to_string(axis);
  }
  return {"ctnn::prelu<" + axes + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind prelu_kind{"PReLU", 1, read_prelu<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/prelu.hpp"
