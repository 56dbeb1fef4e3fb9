// ctnn/layers/merge.hpp: the layers that join several values: Keras `Concatenate(axis)`, `Add()`
// and `Multiply()`. They exist only in graphs (ctnn/functional.hpp): `concatenate{}(a, b)`.
#pragma once

#include <type_traits>

#include "ctnn/detail/meta.hpp"
#include "ctnn/graph.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

namespace detail {

/// The per-sample axis of Keras's `axis` argument, which counts the batch axis: 1 is the first
/// per-sample axis, -1 the last.
constexpr std::size_t sample_axis(int axis, std::size_t rank) {
  return axis > 0 ? std::size_t(axis - 1) : std::size_t(int(rank) + axis);
}

template <class First, class... Rest>
inline constexpr bool same_rank = ((Rest::rank == First::rank) && ...);

template <class First, class... Rest>
inline constexpr bool same_shape = ((Rest::dims == First::dims) && ...);

template <class First, class... Rest>
constexpr bool same_except(std::size_t axis) {
  for (std::size_t a = 0; a < First::rank; ++a)
    if (a != axis && !((Rest::dims[a] == First::dims[a]) && ...)) return false;
  return true;
}

}  // namespace detail

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
    CTNN_REQUIRE(sizeof...(Ins) >= 2, "ctnn::concatenate: give at least two values to join")
    CTNN_REQUIRE(detail::same_rank<Ins...>, "ctnn::concatenate: every input must have the same number of axes")
    CTNN_REQUIRE(Axis != 0, "ctnn::concatenate: axis 0 is the batch axis; Keras counts it, so the first per-sample axis is 1 and the last is -1")
    CTNN_REQUIRE(Axis <= int(detail::first_of<Ins...>::rank) && -Axis <= int(detail::first_of<Ins...>::rank), "ctnn::concatenate: the axis is outside the inputs' axes (1 .. rank, or -rank .. -1)")
    CTNN_REQUIRE((detail::same_except<Ins...>(detail::sample_axis(Axis, detail::first_of<Ins...>::rank))), "ctnn::concatenate: the inputs' shapes must be equal on every axis except the concatenation axis")
    return true;
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

/// The element-wise sum (Add) or product (Multiply) of values of one shape. No parameters.
template <class Derived>
struct elementwise_merge : merge_call<Derived> {
  template <class... Ins>
  static consteval bool check() {
    CTNN_REQUIRE(sizeof...(Ins) >= 2, "ctnn::add / ctnn::multiply: give at least two values to combine")
    CTNN_REQUIRE(detail::same_rank<Ins...>, "ctnn::add / ctnn::multiply: every input must have the same number of axes (the same shape)")
    CTNN_REQUIRE(detail::same_shape<Ins...>, "ctnn::add / ctnn::multiply: every input must have the same shape")
    return true;
  }
  template <class... Ins>
  static constexpr auto output_dims() {
    return detail::first_of<Ins...>::dims;
  }
  template <class... Ins>
  static constexpr weight_list weights() {
    return {};
  }

  /// A Keras file's Add or Multiply holds nothing that ctnn checks (ctnn/layers/keras_config.hpp).
  template <class... Ins>
  static constexpr keras::layer_config keras_config() {
    return {};
  }
};

struct add : elementwise_merge<add> {
  static constexpr std::string_view keras_class = "Add";
  static constexpr std::string_view keras_name = "add";
};

struct multiply : elementwise_merge<multiply> {
  static constexpr std::string_view keras_class = "Multiply";
  static constexpr std::string_view keras_name = "multiply";
};

namespace keras {

/// What every merge in a file needs before ctnn can join its inputs: two or more, of one rank.
inline void check_merge_inputs(std::span<const extents> inputs) {
  if (inputs.size() < 2) throw config_error("a merge layer needs at least two inputs, it has " + std::to_string(inputs.size()));
  for (const extents& in : inputs)
    if (in.size() != inputs[0].size())
      throw config_error("its inputs " + keras_shape(inputs[0]) + " and " + keras_shape(in) + " have different numbers of axes");
}

/// A file's Concatenate as ctnn::concatenate<axis>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_concatenate(const Config& config, std::span<const extents> inputs) {
  check_merge_inputs(inputs);
  const long long axis = config.integer_or("axis", -1), rank = static_cast<long long>(inputs[0].size());
  if (axis == 0 || axis > rank || -axis > rank)
    throw config_error("axis " + std::to_string(axis) + " is not a per-sample axis of " + keras_shape(inputs[0]));
  const std::size_t joined = ctnn::detail::sample_axis(static_cast<int>(axis), inputs[0].size());
  for (const extents& in : inputs)
    for (std::size_t a = 0; a < in.size(); ++a)
      if (a != joined && in[a] != inputs[0][a])
        throw config_error("its inputs " + keras_shape(inputs[0]) + " and " + keras_shape(in) +
                           " differ on an axis other than the concatenation axis " + std::to_string(axis));
  return {"ctnn::concatenate<" + std::to_string(axis) + ">", concatenate_output<extents>(static_cast<int>(axis), inputs)};
}

/// The output of an Add or a Multiply: ctnn combines values of one shape.
inline extents elementwise_merge_output(std::span<const extents> inputs) {
  check_merge_inputs(inputs);
  for (const extents& in : inputs)
    if (in != inputs[0])
      throw config_error("ctnn adds and multiplies values of one shape, not " + keras_shape(inputs[0]) + " and " + keras_shape(in) +
                         " (no broadcasting)");
  return inputs[0];
}

/// A file's Add as ctnn::add, and its Multiply as ctnn::multiply, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_add(const Config&, std::span<const extents> inputs) {
  return {"ctnn::add", elementwise_merge_output(inputs)};
}
template <class Config = config_reader>
layer_reading read_multiply(const Config&, std::span<const extents> inputs) {
  return {"ctnn::multiply", elementwise_merge_output(inputs)};
}

template <class Config = config_reader>
inline constexpr layer_kind concatenate_kind{"Concatenate", any_inputs, read_concatenate<Config>};
template <class Config = config_reader>
inline constexpr layer_kind add_kind{"Add", any_inputs, read_add<Config>};
template <class Config = config_reader>
inline constexpr layer_kind multiply_kind{"Multiply", any_inputs, read_multiply<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/merge.hpp"
