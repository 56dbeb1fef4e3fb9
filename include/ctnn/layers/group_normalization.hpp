// ctnn/layers/group_normalization.hpp: Keras `GroupNormalization(groups, axis, epsilon, center,
// scale)`; `groups=-1` is instance normalization.
#pragma once

#include <cstddef>
#include <string>

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Keyword arguments of GroupNormalization that matter at inference, in Keras's order.
struct group_normalization_opts {
  int groups = 32;  ///< -1: one group per channel (instance normalization)
  int axis = -1;    ///< the channels: the last axis (-1, or the input's rank)
  real epsilon = 1e-3;
  bool center = true;  ///< learn beta
  bool scale = true;   ///< learn gamma
};

/// The number of groups of a GroupNormalization on `channels` channels: `groups`, or one per
/// channel for -1 (Keras resolves -1 when it builds the layer, and saves the resolved number).
constexpr long long resolved_groups(long long groups, std::size_t channels) {
  return groups == -1 ? static_cast<long long>(channels) : groups;
}

/// The channels (last axis, C) are cut into `groups` contiguous groups of C / groups channels.
/// For each sample and group, the mean and the variance (the mean of the squared deviations) are
/// taken over every position of the sample and the group's channels; then
/// y = gamma[c] * (x - mean) / sqrt(variance + epsilon) + beta[c]. groups = 1 normalises the whole
/// sample (with per-channel gamma and beta); groups = -1 (or C) is instance normalization.
/// Weights in Keras order: gamma [C] (if scale), beta [C] (if center).
/// Kernel: ctnn/reference/group_normalization.hpp.
template <group_normalization_opts Opts = group_normalization_opts{}>
struct group_normalization : same_shape_layer {
  static constexpr std::string_view keras_class = "GroupNormalization";
  static constexpr std::string_view keras_name = "group_normalization";
  static constexpr group_normalization_opts opts = Opts;
  static constexpr double epsilon = Opts.epsilon.value();

  /// The number of groups on the input `In`: Opts.groups, with -1 resolved to the channels.
  template <class In>
  static constexpr std::size_t groups = static_cast<std::size_t>(resolved_groups(Opts.groups, In::dims[In::rank - 1]));

  template <class In>
  static consteval bool check() {
    constexpr std::size_t channels = In::dims[In::rank - 1];
    constexpr long long count = resolved_groups(Opts.groups, channels);
    CTNN_REQUIRE(epsilon > 0.0, "ctnn::group_normalization: epsilon must be positive")
    CTNN_REQUIRE(Opts.groups > 0 || Opts.groups == -1, "ctnn::group_normalization: groups must be positive, or -1 for one group per channel (instance normalization)")
    CTNN_REQUIRE(Opts.axis == -1 || Opts.axis == static_cast<int>(In::rank), "ctnn::group_normalization: axis must be the channels, the last axis (-1); ctnn groups no other axis")
    CTNN_REQUIRE(count <= static_cast<long long>(channels), "ctnn::group_normalization: there cannot be more groups than channels (the last axis)")
    CTNN_REQUIRE(static_cast<long long>(channels) % count == 0, "ctnn::group_normalization: the channels (the last axis) must be a multiple of groups, so that every group holds as many channels")
    return true;
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t channels = In::dims[In::rank - 1];
    weight_list list;
    if (Opts.scale) list.push_back({"gamma", {channels}, true, initializer::ones});
    if (Opts.center) list.push_back({"beta", {channels}, true, initializer::zeros});
    return list;
  }

  /// What a Keras file's GroupNormalization holds when it is this type
  /// (ctnn/layers/keras_config.hpp). Keras saves groups=-1 resolved to the number of channels
  /// once the layer is built; both spellings are accepted where they mean the same groups. The
  /// axis is -1, or the input's rank.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    constexpr int channels = static_cast<int>(In::dims[In::rank - 1]);
    const int other_spelling = Opts.groups == -1 ? channels : Opts.groups == channels ? -1 : Opts.groups;
    return {{"groups", Opts.groups, {}, false, {other_spelling}},
            {"axis", -1, {}, false, {static_cast<int>(In::rank)}},
            {"epsilon", epsilon, {}, true},
            {"center", Opts.center},
            {"scale", Opts.scale}};
  }
};

namespace keras {

/// A file's GroupNormalization as ctnn::group_normalization<group_normalization_opts{...}>, for
/// ctnn-keras-type. Keras's own checks are repeated with its words, so that a file ctnn cannot
/// be is refused here rather than by a static_assert in the generated type.
template <class Config = config_reader>
layer_reading read_group_normalization(const Config& config, std::span<const extents> inputs) {
  const long long groups = config.integer_or("groups", 32);
  const double epsilon = config.real_or("epsilon", 1e-3);
  const bool center = config.boolean_or("center", true), scale = config.boolean_or("scale", true);
  if (!(epsilon > 0.0)) throw config_error("epsilon is " + config.dump("epsilon") + "; ctnn needs a positive epsilon");
  const std::size_t rank = inputs[0].size(), channels = inputs[0][rank - 1];
  if (config.contains("axis")) {
    const long long axis = config.integer("axis");
    if (axis != -1 && axis != static_cast<long long>(rank))
      throw config_error("axis " + config.dump("axis") + " is not the last axis of " + keras_shape(inputs[0]) +
                         "; ctnn::group_normalization groups the channels, the last axis");
  }
  if (groups <= 0 && groups != -1) throw config_error("groups is " + config.dump("groups") + "; ctnn needs a positive number or -1");
  const long long resolved = resolved_groups(groups, channels);
  if (resolved > static_cast<long long>(channels))
    throw config_error("the number of groups (" + std::to_string(groups) + ") cannot be more than the number of channels (" +
                       std::to_string(channels) + ")");
  if (static_cast<long long>(channels) % resolved != 0)
    throw config_error("the number of channels (" + std::to_string(channels) + ") is not a multiple of the number of groups (" +
                       std::to_string(groups) + ")");
  return {"ctnn::group_normalization<ctnn::group_normalization_opts{.groups = " + std::to_string(groups) +
              ", .epsilon = " + spell_real(epsilon) + ", .center = " + spell(center) + ", .scale = " + spell(scale) + "}>",
          same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind group_normalization_kind{"GroupNormalization", 1, read_group_normalization<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/group_normalization.hpp"
