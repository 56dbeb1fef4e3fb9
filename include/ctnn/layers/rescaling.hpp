// ctnn/layers/rescaling.hpp: Keras `Rescaling(scale, offset=0.0)`.
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// y = x * scale + offset, with scale and offset as float32, as Keras computes it:
/// `rescaling<1.0 / 127.5, -1.0>` maps [0, 255] to [-1, 1]. Element-wise: fused into a
/// producer's epilogue. No parameters.
template <real Scale, real Offset = 0.0>
struct rescaling : same_shape_layer {
  static constexpr std::string_view keras_class = "Rescaling";
  static constexpr std::string_view keras_name = "rescaling";
  static constexpr double scale = Scale.value();
  static constexpr double offset = Offset.value();

  template <class Value>
  static Value apply(Value v) {
    return v * static_cast<float>(scale) + static_cast<float>(offset);
  }

  template <class In>
  static consteval bool check() {
    return true;
  }

  /// What a Keras file's Rescaling holds when it is this type (ctnn/layers/keras_config.hpp):
  /// scale and offset as numbers (Keras 3 also takes lists, which ctnn does not).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"scale", scale, {}, true}, {"offset", offset, {}, true}};
  }
};

namespace keras {

/// A file's Rescaling as ctnn::rescaling<scale, offset>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_rescaling(const Config& config, std::span<const extents> inputs) {
  return {"ctnn::rescaling<" + spell_real(config.real("scale")) + ", " + spell_real(config.real_or("offset", 0.0)) + ">",
          same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind rescaling_kind{"Rescaling", 1, read_rescaling<Config>};

}  // namespace keras

}  // namespace ctnn
