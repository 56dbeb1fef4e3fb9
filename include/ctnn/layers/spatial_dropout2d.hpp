// ctnn/layers/spatial_dropout2d.hpp: Keras `SpatialDropout2D(rate)`, the identity at inference.
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// SpatialDropout2D's rules, on its rate (`opts`, a ctnn::real) and its input's extents.
inline constexpr auto spatial_dropout2d_rules =
    ctnn::rules(CTNN_RULE(in.size() == 3, "ctnn::spatial_dropout2d: the input must be an image (rows, columns, channels)"),
                CTNN_RULE(opts.value() >= 0.0, "ctnn::spatial_dropout2d: rate must be in [0, 1]"),
                CTNN_RULE(opts.value() <= 1.0, "ctnn::spatial_dropout2d: rate must be in [0, 1]"));

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
    CTNN_CHECK_RULES(spatial_dropout2d_rules, (Rate), In)
  }

  /// What a Keras file's SpatialDropout2D holds when it is this type (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"rate", rate, {}, true}, keras::channels_last_entry()};
  }
};

namespace keras {

/// A file's SpatialDropout2D as ctnn::spatial_dropout2d<rate>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_spatial_dropout2d(const Config& config, std::span<const extents> inputs) {
  require_fixed(config, channels_last_entry(), channels_last_reason);
  const double rate = config.real("rate");
  require_rules(spatial_dropout2d_rules, real(rate), inputs[0], held_entries(config, {"rate"}));
  return {"ctnn::spatial_dropout2d<" + spell_real(rate) + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind spatial_dropout2d_kind{"SpatialDropout2D", 1, read_spatial_dropout2d<Config>};

}  // namespace keras

}  // namespace ctnn
