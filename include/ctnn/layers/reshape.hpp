// ctnn/layers/reshape.hpp: Keras `Reshape(target_shape)`.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <vector>

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Reshape's shape rule, on values: the target extents, a -1 among them inferred from the input's
/// `in_size` elements; `out` has one extent per target extent. The type (output_dims) and
/// ctnn-keras-type (keras::reshape_kind) both compute extents with it.
template <class Extents>
constexpr Extents reshape_output(std::span<const int> target, std::size_t in_size, Extents out) {
  std::size_t known = 1;
  for (int d : target) known *= d > 0 ? static_cast<std::size_t>(d) : 1;
  for (std::size_t i = 0; i < target.size(); ++i) out[i] = target[i] == -1 ? in_size / known : static_cast<std::size_t>(target[i]);
  return out;
}

/// How many of a target shape's extents are -1, to be inferred.
constexpr std::size_t reshape_inferred_count(std::span<const int> target) {
  std::size_t count = 0;
  for (int d : target) count += d == -1 ? 1 : 0;
  return count;
}

/// Whether every extent of a target shape is positive or -1.
constexpr bool reshape_extents_valid(std::span<const int> target) {
  for (int d : target)
    if (d <= 0 && d != -1) return false;
  return true;
}

/// The element count a target shape holds for an input of `in_size` elements: a -1 takes what the
/// other extents leave, rounded down.
constexpr std::size_t reshape_target_size(std::span<const int> target, std::size_t in_size) {
  std::size_t known = 1;
  for (int d : target) known *= d > 0 ? static_cast<std::size_t>(d) : 1;
  return reshape_inferred_count(target) == 1 ? in_size / known * known : known;
}

/// Reshape's rules, on its target shape (`opts`: the template's `Dims...` as a std::array, or a
/// file's target_shape) and its input's extents.
inline constexpr auto reshape_rules = ctnn::rules(
    CTNN_RULE(opts.size() >= 1, "ctnn::reshape: give the target shape, e.g. reshape<5, 5, 128>"),
    CTNN_RULE(reshape_extents_valid(opts), "ctnn::reshape: every dimension must be positive, or -1 for the one inferred dimension"),
    CTNN_RULE(reshape_inferred_count(opts) <= 1, "ctnn::reshape: at most one dimension may be -1"),
    CTNN_RULE(element_count(in) == reshape_target_size(opts, element_count(in)),
              "ctnn::reshape: the target shape must hold as many elements as the input (input elements == target elements)"));

/// Reinterprets one sample, row-major, as `Dims...`; one dimension may be -1 and is then
/// inferred, as in Keras. No parameters, no data movement.
template <int... Dims>
struct reshape {
  static constexpr std::string_view keras_class = "Reshape";
  static constexpr std::string_view keras_name = "reshape";
  static constexpr bool view = true;

  /// The target shape as the rules and the shape rule read it.
  static constexpr std::array<int, sizeof...(Dims)> target{Dims...};

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(reshape_rules, (target), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return reshape_output(target, In::size, std::array<std::size_t, sizeof...(Dims)>{});
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }

  /// What a Keras file's Reshape holds when it is this type (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"target_shape", keras::config_value::list({Dims...})}};
  }
};

namespace keras {

/// A file's Reshape as ctnn::reshape<dims...>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_reshape(const Config& config, std::span<const extents> inputs) {
  const std::vector<int> target = read_int_list(config, "target_shape");
  require_rules(reshape_rules, target, inputs[0], "target_shape " + config.dump("target_shape"));
  std::string dims;
  for (int d : target) dims += (dims.empty() ? "" : ", ") + std::to_string(d);
  return {"ctnn::reshape<" + dims + ">", reshape_output(target, element_count(inputs[0]), extents(target.size()))};
}
template <class Config = config_reader>
inline constexpr layer_kind reshape_kind{"Reshape", 1, read_reshape<Config>};

}  // namespace keras

}  // namespace ctnn
