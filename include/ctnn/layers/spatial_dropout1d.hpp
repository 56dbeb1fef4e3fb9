// ctnn/layers/spatial_dropout1d.hpp: Keras `SpatialDropout1D(rate)`, the identity at inference.
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// SpatialDropout1D's rules, on its rate (`opts`, a ctnn::real) and its input's extents.
inline constexpr auto spatial_dropout1d_rules =
    ctnn::rules(CTNN_RULE(in.size() == 2, "ctnn::spatial_dropout1d: the input must be a sequence (steps, channels)"),
                CTNN_RULE(opts.value() >= 0.0, "ctnn::spatial_dropout1d: rate must be in [0, 1]"),
                CTNN_RULE(opts.value() <= 1.0, "ctnn::spatial_dropout1d: rate must be in [0, 1]"));

/// Drops whole channels of a sequence in training; at inference, the identity (a view, never
/// computed). As in Keras, its input is a sequence (steps, channels) and its rate is in [0, 1].
template <real Rate>
struct spatial_dropout1d : same_shape_layer {
  static constexpr std::string_view keras_class = "SpatialDropout1D";
  static constexpr std::string_view keras_name = "spatial_dropout1d";
  static constexpr double rate = Rate.value();
  static constexpr bool view = true;  // the identity at inference

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(spatial_dropout1d_rules, (Rate), In)
  }

  /// What a Keras file's SpatialDropout1D holds when it is this type: its rate (Keras has no
  /// data_format for it).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"rate", rate, {}, true}};
  }
};

namespace keras {

/// A file's SpatialDropout1D as ctnn::spatial_dropout1d<rate>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_spatial_dropout1d(const Config& config, std::span<const extents> inputs) {
  const double rate = config.real("rate");
  require_rules(spatial_dropout1d_rules, real(rate), inputs[0], held_entries(config, {"rate"}));
  return {"ctnn::spatial_dropout1d<" + spell_real(rate) + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind spatial_dropout1d_kind{"SpatialDropout1D", 1, read_spatial_dropout1d<Config>};

}  // namespace keras

}  // namespace ctnn
