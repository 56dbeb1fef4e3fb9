// ctnn/layers/spatial_dropout2d.hpp: Keras `SpatialDropout2D(rate)`, the identity at inference.
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Drops whole channels of an image in training; at inference, the identity (a view, never
/// computed). As in Keras, its input is an image (rows, columns, channels; channels last) and
/// its rate is in [0, 1].
template <real Rate>
struct spatial_dropout2d : same_shape_layer {
  static constexpr std::string_view keras_class = "SpatialDropout2D";
  static constexpr std::string_view keras_name = "spatial_dropout2d";
  static constexpr double rate = Rate.value();
  static constexpr bool view = true;  // the identity at inference

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(In::rank == 3, "ctnn::spatial_dropout2d: the input must be an image (rows, columns, channels)")
    CTNN_REQUIRE(rate >= 0.0, "ctnn::spatial_dropout2d: rate must be in [0, 1]")
    CTNN_REQUIRE(rate <= 1.0, "ctnn::spatial_dropout2d: rate must be in [0, 1]")
    return true;
  }

  /// What a Keras file's SpatialDropout2D holds when it is this type (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"rate", rate, {}, true}, {"data_format", "channels_last", {}, false, {}, true}};
  }
};

namespace keras {

/// A file's SpatialDropout2D as ctnn::spatial_dropout2d<rate>, for ctnn-keras-type.
inline layer_reading read_spatial_dropout2d(const config_reader& config, std::span<const extents> inputs) {
  need_image(inputs);
  const double rate = config.real("rate");
  if (!(rate >= 0.0 && rate <= 1.0)) throw config_error("rate is " + config.dump("rate") + "; a dropout rate is in [0, 1]");
  if (config.text_or("data_format", "channels_last") != "channels_last")
    throw config_error("data_format is " + config.dump("data_format") + "; ctnn is channels last");
  return {"ctnn::spatial_dropout2d<" + spell_real(rate) + ">", same_extents(inputs)};
}
inline constexpr layer_kind spatial_dropout2d_kind{"SpatialDropout2D", 1, read_spatial_dropout2d};

}  // namespace keras

}  // namespace ctnn
