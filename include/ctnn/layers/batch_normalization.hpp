// ctnn/layers/batch_normalization.hpp: Keras `BatchNormalization(epsilon, center, scale)` at
// inference, on the last axis.
#pragma once

#include <cmath>

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of BatchNormalization that matter at inference, in Keras's order.
struct batch_normalization_opts {
  real epsilon = 1e-3;
  bool center = true;  ///< learn beta
  bool scale = true;   ///< learn gamma

  template <class Self = batch_normalization_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::batch_normalization_opts", field("epsilon", &Self::epsilon),
                        field("center", &Self::center), field("scale", &Self::scale));
  }
};

inline constexpr auto batch_normalization_rules =
    ctnn::rules(CTNN_RULE(opts.epsilon.value() > 0.0, "ctnn::batch_normalization: epsilon must be positive"));

/// Channel c of a batch normalization as y = x * scale + shift: scale = gamma / sqrt(variance +
/// epsilon), shift = beta - mean * scale, the order in which Keras evaluates it. The reference
/// kernel and the engine (epilogue or folded into a producer) both compute it here.
inline affine_coefficients batch_normalization_affine(const float* gamma, const float* beta, const float* mean,
                                                      const float* variance, float epsilon, std::size_t c) {
  const float scale = (gamma != nullptr ? gamma[c] : 1.0f) / std::sqrt(variance[c] + epsilon);
  return {scale, (beta != nullptr ? beta[c] : 0.0f) - mean[c] * scale};
}

/// y = gamma * (x - moving_mean) / sqrt(moving_variance + epsilon) + beta, per channel (last
/// axis). Parameters 4 * C: gamma and beta trainable, the moving statistics not. Weights in
/// Keras order: gamma [C] (if scale), beta [C] (if center), moving_mean [C], moving_variance [C].
template <batch_normalization_opts Opts = batch_normalization_opts{}>
struct batch_normalization : same_shape_layer {
  static constexpr std::string_view keras_class = "BatchNormalization";
  static constexpr std::string_view keras_name = "batch_normalization";
  static constexpr batch_normalization_opts opts = Opts;
  static constexpr double epsilon = Opts.epsilon.value();
  static constexpr bool channel_affine = true;

  /// Channel c's scale and shift, from the layer's Keras weights at `params` over `channels`.
  static affine_coefficients affine(const float* params, std::size_t channels, std::size_t c) {
    const float* gamma = Opts.scale ? params : nullptr;
    const float* beta = Opts.center ? params + (Opts.scale ? channels : 0) : nullptr;
    const float* mean = params + ((Opts.scale ? 1 : 0) + (Opts.center ? 1 : 0)) * channels;
    return batch_normalization_affine(gamma, beta, mean, mean + channels, static_cast<float>(epsilon), c);
  }

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(batch_normalization_rules, (Opts), In)
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t channels = In::dims[In::rank - 1];
    weight_list list;
    if (Opts.scale) list.push_back({"gamma", {channels}, true, initializer::ones});
    if (Opts.center) list.push_back({"beta", {channels}, true, initializer::zeros});
    list.push_back({"moving_mean", {channels}, false, initializer::zeros});
    list.push_back({"moving_variance", {channels}, false, initializer::ones});
    return list;
  }

  /// What a Keras file's BatchNormalization holds when it is this type
  /// (ctnn/layers/keras_config.hpp). The normalised axis is the last: Keras writes -1, or its
  /// index with the batch axis counted, as a number or a one-element list ([3] for images, [1]
  /// on a rank-2 input).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    const int last = static_cast<int>(In::rank);
    return keras::options_config(Opts, {{"axis", -1, {}, false, {keras::config_value::list({-1}), last, keras::config_value::list({last})}}});
  }
};

namespace keras {

/// A file's BatchNormalization as ctnn::batch_normalization<batch_normalization_opts{...}>, for
/// ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_batch_normalization(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<batch_normalization_opts>(config);
  require_rules(batch_normalization_rules, opts, inputs[0], held_options<batch_normalization_opts>(config));
  // The axis is a hook of its own: Keras writes -1, or the last axis counted with the batch, as a
  // number or a list of one, and which of them is "the last" depends on the input's rank.
  if (config.contains("axis")) {
    const bool listed = config.type("axis") == config_reader::kind::list;
    const long long axis = !listed ? config.integer("axis") : config.length("axis") == 1 ? config.integer("axis", {0}) : 0;
    if (axis != -1 && axis != static_cast<long long>(inputs[0].size()))
      throw config_error("axis " + config.dump("axis") + " is not the last axis of " + keras_shape(inputs[0]) +
                         "; ctnn::batch_normalization normalises the last axis");
  }
  return {"ctnn::batch_normalization<" + spell_options(opts) + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind batch_normalization_kind{"BatchNormalization", 1, read_batch_normalization<Config>};

}  // namespace keras

}  // namespace ctnn
