// ctnn/layers/group_normalization.hpp: Keras `GroupNormalization(groups, axis, epsilon, center,
// scale)`; `groups=-1` is instance normalization.
#pragma once

#include <cstddef>
#include <string>

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

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

/// GroupNormalization's rules, on its options and its input's extents (the channels are the last).
inline constexpr auto group_normalization_rules = ctnn::rules(
    CTNN_RULE(opts.epsilon.value() > 0.0, "ctnn::group_normalization: epsilon must be positive"),
    CTNN_RULE(opts.groups > 0 || opts.groups == -1,
              "ctnn::group_normalization: groups must be positive, or -1 for one group per channel (instance normalization)"),
    CTNN_RULE(opts.axis == -1 || opts.axis == static_cast<int>(in.size()),
              "ctnn::group_normalization: axis must be the channels, the last axis (-1); ctnn groups no other axis"),
    CTNN_RULE(resolved_groups(opts.groups, in[in.size() - 1]) <= static_cast<long long>(in[in.size() - 1]),
              "ctnn::group_normalization: there cannot be more groups than channels (the last axis)"),
    CTNN_RULE(static_cast<long long>(in[in.size() - 1]) % resolved_groups(opts.groups, in[in.size() - 1]) == 0,
              "ctnn::group_normalization: the channels (the last axis) must be a multiple of groups, so that every group holds as many channels"));

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
    CTNN_CHECK_RULES(group_normalization_rules, (Opts), In)
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
/// ctnn-keras-type; a file ctnn cannot be is refused here, in the words of the type's rules,
/// rather than by a static_assert in the generated type. Its options are read by hand, not by a
/// schema: what a file may hold for them depends on the input (groups -1 is saved as the
/// channels, the axis as -1 or the rank), and C++ leaves the axis unsaid.
template <class Config = config_reader>
layer_reading read_group_normalization(const Config& config, std::span<const extents> inputs) {
  auto whole = [&](std::string_view key, int absent) { return config.contains(key) ? option_traits<int>::read(config, key) : absent; };
  const group_normalization_opts opts{whole("groups", 32), whole("axis", -1), config.real_or("epsilon", 1e-3),
                                      config.boolean_or("center", true), config.boolean_or("scale", true)};
  require_rules(group_normalization_rules, opts, inputs[0], held_entries(config, {"groups", "axis", "epsilon"}));
  return {"ctnn::group_normalization<ctnn::group_normalization_opts{.groups = " + std::to_string(opts.groups) +
              ", .epsilon = " + spell_real(opts.epsilon.value()) + ", .center = " + spell(opts.center) + ", .scale = " + spell(opts.scale) + "}>",
          same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind group_normalization_kind{"GroupNormalization", 1, read_group_normalization<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/group_normalization.hpp"
