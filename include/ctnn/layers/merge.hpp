// ctnn/layers/merge.hpp: the layers that join several values: Keras `Concatenate(axis)` and the
// element-wise merges `Add()`, `Subtract()`, `Multiply()`, `Average()`, `Maximum()`, `Minimum()`.
// They exist only in graphs (ctnn/functional.hpp): `concatenate{}(a, b)`.
#pragma once

#include <concepts>
#include <type_traits>

#include "ctnn/detail/meta.hpp"
#include "ctnn/graph.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

namespace detail {

/// The per-sample axis of Keras's `axis` argument, which counts the batch axis: 1 is the first
/// per-sample axis, -1 the last.
constexpr std::size_t sample_axis(int axis, std::size_t rank) {
  return axis > 0 ? std::size_t(axis - 1) : std::size_t(int(rank) + axis);
}

// Facts of a merge's inputs, `in[i]` the extents of input i: a ctnn::shapes_of's at compile
// time, a file's at run time (ctnn/layers/rules.hpp).

/// Whether every input has as many axes as the first.
constexpr bool same_rank(const auto& in) {
  for (const auto& dims : in)
    if (dims.size() != in[0].size()) return false;
  return true;
}

/// Whether every input has the first's extents, except on `axis` (past the last: on every axis);
/// the inputs are of one rank.
constexpr bool same_except(const auto& in, std::size_t axis) {
  for (const auto& dims : in)
    for (std::size_t a = 0; a < dims.size(); ++a)
      if (a != axis && dims[a] != in[0][a]) return false;
  return true;
}

}  // namespace detail

/// Concatenate's rules, on its Keras axis (`opts`, an int) and its inputs' extents (`in[i]`).
inline constexpr auto concatenate_rules = ctnn::rules(
    CTNN_RULE(in.size() >= 2, "ctnn::concatenate: give at least two values to join"),
    CTNN_RULE(detail::same_rank(in), "ctnn::concatenate: every input must have the same number of axes"),
    CTNN_RULE(opts != 0, "ctnn::concatenate: axis 0 is the batch axis; Keras counts it, so the first per-sample axis is 1 and the last is -1"),
    CTNN_RULE(opts <= int(in[0].size()) && -opts <= int(in[0].size()),
              "ctnn::concatenate: the axis is outside the inputs' axes (1 .. rank, or -rank .. -1)"),
    CTNN_RULE(detail::same_except(in, detail::sample_axis(opts, in[0].size())),
              "ctnn::concatenate: the inputs' shapes must be equal on every axis except the concatenation axis"));

/// The rules of Add, Multiply, Average, Maximum and Minimum, on their inputs' extents (`in[i]`);
/// they have no options.
inline constexpr auto elementwise_merge_rules = ctnn::rules(
    CTNN_RULE(in.size() >= 2, "ctnn::add / multiply / average / maximum / minimum: give at least two values to combine"),
    CTNN_RULE(detail::same_rank(in),
              "ctnn::add / multiply / average / maximum / minimum: every input must have the same number of axes (the same shape)"),
    CTNN_RULE(detail::same_except(in, in[0].size()),
              "ctnn::add / multiply / average / maximum / minimum: every input must have the same shape"));

/// Subtract's rules: Keras subtracts the second of exactly two values from the first.
inline constexpr auto subtract_rules = ctnn::rules(
    CTNN_RULE(in.size() == 2, "ctnn::subtract: give exactly two values (the first minus the second)"),
    CTNN_RULE(detail::same_rank(in), "ctnn::subtract: both inputs must have the same number of axes (the same shape)"),
    CTNN_RULE(detail::same_except(in, in[0].size()), "ctnn::subtract: both inputs must have the same shape"));

/// Concatenate's shape rule, on values: the first input's extents, the joined axis (Keras's
/// `axis`, batch axis counted) summed over every input. The type (output_dims) and
/// ctnn-keras-type (keras::concatenate_kind) both compute extents with it.
template <class Extents>
constexpr Extents concatenate_output(int axis, std::span<const Extents> inputs) {
  Extents out = inputs[0];
  const std::size_t joined = detail::sample_axis(axis, out.size());
  out[joined] = 0;
  for (const Extents& in : inputs) out[joined] += in[joined];
  return out;
}

/// Joins its inputs along `Axis` (Keras's axis, batch axis counted: -1 is the channels, 1 the
/// rows). Every other extent must agree. No parameters.
template <int Axis = -1>
struct concatenate : merge_call<concatenate<Axis>> {
  static constexpr std::string_view keras_class = "Concatenate";
  static constexpr std::string_view keras_name = "concatenate";
  static constexpr int axis = Axis;

  template <class... Ins>
  static consteval bool check() {
    CTNN_CHECK_RULES(concatenate_rules, (Axis), shapes_of<Ins...>)
  }
  template <class... Ins>
  static constexpr auto output_dims() {
    using dims = std::remove_cvref_t<decltype(detail::first_of<Ins...>::dims)>;
    const std::array<dims, sizeof...(Ins)> inputs{Ins::dims...};
    return concatenate_output<dims>(Axis, inputs);
  }
  template <class... Ins>
  static constexpr weight_list weights() {
    return {};
  }

  /// What a Keras file's Concatenate holds when it is this type (ctnn/layers/keras_config.hpp).
  /// Keras counts the batch axis: on (None, 7, 7, 128) the last axis is -1 or 3.
  template <class... Ins>
  static constexpr keras::layer_config keras_config() {
    const int rank = static_cast<int>(detail::first_of<Ins...>::rank) + 1;
    return {{"axis", Axis, {}, false, {Axis < 0 ? rank + Axis : Axis - rank}}};
  }
};

/// How an element-wise merge combines its inputs' values, left to right: Keras's own definitions
/// (Maximum and Minimum as tf.maximum and tf.minimum: NaN in any input gives NaN).
enum class merge_op { sum, difference, product, mean, maximum, minimum };

/// An element-wise merge of values of one shape: `op` over its inputs, checked by `merge_rules`.
/// No parameters.
template <class Derived, merge_op Op, const auto& Rules = elementwise_merge_rules>
struct elementwise_merge : merge_call<Derived> {
  static constexpr merge_op op = Op;
  static constexpr const auto& merge_rules = Rules;

  template <class... Ins>
  static consteval bool check() {
    CTNN_CHECK_RULES(Rules, (nullptr), shapes_of<Ins...>)
  }
  template <class... Ins>
  static constexpr auto output_dims() {
    return detail::first_of<Ins...>::dims;
  }
  template <class... Ins>
  static constexpr weight_list weights() {
    return {};
  }

  /// A Keras file's element-wise merge holds nothing that ctnn checks (ctnn/layers/keras_config.hpp).
  template <class... Ins>
  static constexpr keras::layer_config keras_config() {
    return {};
  }
};

/// A layer that is one of the element-wise merges (its reference kernel is theirs).
template <class L>
concept elementwise_merge_layer = requires {
  { L::op } -> std::convertible_to<merge_op>;
};

struct add : elementwise_merge<add, merge_op::sum> {
  static constexpr std::string_view keras_class = "Add";
  static constexpr std::string_view keras_name = "add";
};

/// The first value minus the second.
struct subtract : elementwise_merge<subtract, merge_op::difference, subtract_rules> {
  static constexpr std::string_view keras_class = "Subtract";
  static constexpr std::string_view keras_name = "subtract";
};

struct multiply : elementwise_merge<multiply, merge_op::product> {
  static constexpr std::string_view keras_class = "Multiply";
  static constexpr std::string_view keras_name = "multiply";
};

/// The sum, left to right, divided by the number of inputs (as Keras computes it).
struct average : elementwise_merge<average, merge_op::mean> {
  static constexpr std::string_view keras_class = "Average";
  static constexpr std::string_view keras_name = "average";
};

struct maximum : elementwise_merge<maximum, merge_op::maximum> {
  static constexpr std::string_view keras_class = "Maximum";
  static constexpr std::string_view keras_name = "maximum";
};

struct minimum : elementwise_merge<minimum, merge_op::minimum> {
  static constexpr std::string_view keras_class = "Minimum";
  static constexpr std::string_view keras_name = "minimum";
};

namespace keras {

/// A file's Concatenate as ctnn::concatenate<axis>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_concatenate(const Config& config, std::span<const extents> inputs) {
  const int axis = config.contains("axis") ? option_traits<int>::read(config, "axis") : -1;
  require_rules(concatenate_rules, axis, inputs, held_entries(config, {"axis"}));
  return {"ctnn::concatenate<" + std::to_string(axis) + ">", concatenate_output<extents>(axis, inputs)};
}

/// A file's element-wise merge as the ctnn type `M` (spelled ctnn::<its keras_name>), for
/// ctnn-keras-type: the output is the inputs' one shape (ctnn does not broadcast).
template <class M, class Config = config_reader>
layer_reading read_elementwise_merge(const Config&, std::span<const extents> inputs) {
  require_rules(M::merge_rules, nullptr, inputs);
  return {"ctnn::" + std::string(M::keras_name), inputs[0]};
}

template <class Config = config_reader>
inline constexpr layer_kind concatenate_kind{"Concatenate", any_inputs, read_concatenate<Config>};
template <class Config = config_reader>
inline constexpr layer_kind add_kind{"Add", any_inputs, read_elementwise_merge<add, Config>};
template <class Config = config_reader>
inline constexpr layer_kind subtract_kind{"Subtract", any_inputs, read_elementwise_merge<subtract, Config>};
template <class Config = config_reader>
inline constexpr layer_kind multiply_kind{"Multiply", any_inputs, read_elementwise_merge<multiply, Config>};
template <class Config = config_reader>
inline constexpr layer_kind average_kind{"Average", any_inputs, read_elementwise_merge<average, Config>};
template <class Config = config_reader>
inline constexpr layer_kind maximum_kind{"Maximum", any_inputs, read_elementwise_merge<maximum, Config>};
template <class Config = config_reader>
inline constexpr layer_kind minimum_kind{"Minimum", any_inputs, read_elementwise_merge<minimum, Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/merge.hpp"
