// ctnn/layers/batch_normalization.hpp: Keras `BatchNormalization(epsilon, center, scale)` at
// inference, on the last axis.
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Keyword arguments of BatchNormalization that matter at inference, in Keras's order.
struct batch_normalization_opts {
  real epsilon = 1e-3;
  bool center = true;  ///< learn beta
  bool scale = true;   ///< learn gamma
};

/// y = gamma * (x - moving_mean) / sqrt(moving_variance + epsilon) + beta, per channel (last
/// axis). Parameters 4 * C: gamma and beta trainable, the moving statistics not. Weights in
/// Keras order: gamma [C] (if scale), beta [C] (if center), moving_mean [C], moving_variance [C].
template <batch_normalization_opts Opts = batch_normalization_opts{}>
struct batch_normalization : same_shape_layer {
  static constexpr std::string_view keras_class = "BatchNormalization";
  static constexpr std::string_view keras_name = "batch_normalization";
  static constexpr batch_normalization_opts opts = Opts;
  static constexpr double epsilon = Opts.epsilon.value();

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(epsilon > 0.0, "ctnn::batch_normalization: epsilon must be positive")
    return true;
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
};

}  // namespace ctnn
