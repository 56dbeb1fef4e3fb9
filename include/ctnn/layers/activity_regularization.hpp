// ctnn/layers/activity_regularization.hpp: Keras `ActivityRegularization(l1, l2)`, the identity
// at inference.
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of ActivityRegularization.
struct activity_regularization_opts {
  real l1 = 0.0;
  real l2 = 0.0;

  template <class Self = activity_regularization_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::activity_regularization_opts", field("l1", &Self::l1), field("l2", &Self::l2));
  }
};

inline constexpr auto activity_regularization_rules = ctnn::rules(
    CTNN_RULE(opts.l1.value() >= 0.0, "ctnn::activity_regularization: l1 must be >= 0 (Keras rejects a negative factor)"),
    CTNN_RULE(opts.l2.value() >= 0.0, "ctnn::activity_regularization: l2 must be >= 0 (Keras rejects a negative factor)"));

/// Adds l1 * sum|x| + l2 * sum x^2 of its input to the training loss; the values pass through
/// unchanged, so at inference it is the identity (a view, never computed). Kept so that a model
/// reads as it was trained.
template <activity_regularization_opts Opts = activity_regularization_opts{}>
struct activity_regularization : same_shape_layer {
  static constexpr std::string_view keras_class = "ActivityRegularization";
  static constexpr std::string_view keras_name = "activity_regularization";
  static constexpr activity_regularization_opts opts = Opts;
  static constexpr bool view = true;  // the identity at inference

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(activity_regularization_rules, (Opts), In)
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

namespace keras {

/// A file's ActivityRegularization as ctnn::activity_regularization<...>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_activity_regularization(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<activity_regularization_opts>(config);
  require_rules(activity_regularization_rules, opts, inputs[0], held_options<activity_regularization_opts>(config));
  return {"ctnn::activity_regularization<" + spell_options(opts) + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind activity_regularization_kind{"ActivityRegularization", 1, read_activity_regularization<Config>};

}  // namespace keras

}  // namespace ctnn
