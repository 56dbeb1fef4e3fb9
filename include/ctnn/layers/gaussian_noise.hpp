// ctnn/layers/gaussian_noise.hpp: Keras `GaussianNoise(stddev)` and `GaussianDropout(rate)`, the
// identity at inference.
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// The rules of GaussianNoise and GaussianDropout, on their stddev or rate (`opts`, a ctnn::real).
inline constexpr auto gaussian_noise_rules = ctnn::rules(CTNN_RULE(opts.value() >= 0.0, "ctnn::gaussian_noise: stddev must be >= 0"));
inline constexpr auto gaussian_dropout_rules = ctnn::rules(CTNN_RULE(opts.value() >= 0.0, "ctnn::gaussian_dropout: rate must be in [0, 1]"),
                                                           CTNN_RULE(opts.value() <= 1.0, "ctnn::gaussian_dropout: rate must be in [0, 1]"));

/// Adds zero-centred noise of standard deviation `Stddev` in training; at inference, which is
/// all ctnn does, the identity (a view, never computed). Kept so that a model reads as it was
/// trained. Keras 3 also caps stddev at 1; Keras 2 does not, and ctnn accepts both files.
template <real Stddev>
struct gaussian_noise : same_shape_layer {
  static constexpr std::string_view keras_class = "GaussianNoise";
  static constexpr std::string_view keras_name = "gaussian_noise";
  static constexpr double stddev = Stddev.value();
  static constexpr bool view = true;  // the identity at inference

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(gaussian_noise_rules, (Stddev), In)
  }

  /// What a Keras file's GaussianNoise holds when it is this type (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"stddev", stddev, {}, true}};
  }
};

/// Multiplies by 1-centred noise of variance rate / (1 - rate) in training; at inference the
/// identity (a view). Keras requires a rate in [0, 1].
template <real Rate>
struct gaussian_dropout : same_shape_layer {
  static constexpr std::string_view keras_class = "GaussianDropout";
  static constexpr std::string_view keras_name = "gaussian_dropout";
  static constexpr double rate = Rate.value();
  static constexpr bool view = true;  // the identity at inference

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(gaussian_dropout_rules, (Rate), In)
  }

  /// What a Keras file's GaussianDropout holds when it is this type (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"rate", rate, {}, true}};
  }
};

namespace keras {

/// A file's GaussianNoise as ctnn::gaussian_noise<stddev>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_gaussian_noise(const Config& config, std::span<const extents> inputs) {
  const double stddev = config.real("stddev");
  require_rules(gaussian_noise_rules, real(stddev), inputs[0], held_entries(config, {"stddev"}));
  return {"ctnn::gaussian_noise<" + spell_real(stddev) + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind gaussian_noise_kind{"GaussianNoise", 1, read_gaussian_noise<Config>};

/// A file's GaussianDropout as ctnn::gaussian_dropout<rate>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_gaussian_dropout(const Config& config, std::span<const extents> inputs) {
  const double rate = config.real("rate");
  require_rules(gaussian_dropout_rules, real(rate), inputs[0], held_entries(config, {"rate"}));
  return {"ctnn::gaussian_dropout<" + spell_real(rate) + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind gaussian_dropout_kind{"GaussianDropout", 1, read_gaussian_dropout<Config>};

}  // namespace keras

}  // namespace ctnn
