// ctnn/layers/dropout.hpp: Keras `Dropout(rate)`, the identity at inference.
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Kept so that a model reads as it was trained; `predict` passes values through unchanged.
/// Dropout's rules, on its rate (`opts`, a ctnn::real).
inline constexpr auto dropout_rules = ctnn::rules(CTNN_RULE(opts.value() >= 0.0, "ctnn::dropout: rate must be in [0, 1]"),
                                                  CTNN_RULE(opts.value() <= 1.0, "ctnn::dropout: rate must be in [0, 1]"));

template <real Rate>
struct dropout : same_shape_layer {
  static constexpr std::string_view keras_class = "Dropout";
  static constexpr std::string_view keras_name = "dropout";
  static constexpr double rate = Rate.value();
  static constexpr bool view = true;  // the identity at inference

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(dropout_rules, (Rate), In)
  }

  /// What a Keras file's Dropout holds when it is this type (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"rate", rate, {}, true}};
  }
};

namespace keras {

/// A file's Dropout as ctnn::dropout<rate>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_dropout(const Config& config, std::span<const extents> inputs) {
  const double rate = config.real("rate");
  require_rules(dropout_rules, real(rate), inputs[0], held_entries(config, {"rate"}));
  return {"ctnn::dropout<" + spell_real(rate) + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind dropout_kind{"Dropout", 1, read_dropout<Config>};

}  // namespace keras

}  // namespace ctnn
