// ctnn/layers/merge.hpp: the layers that join several values: Keras `Concatenate(axis)`, `Add()`
// and `Multiply()`. They exist only in graphs (ctnn/functional.hpp): `concatenate{}(a, b)`.
#pragma once

#include <type_traits>

#include "ctnn/graph.hpp"
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

template <class... Ins>
using first_of = std::tuple_element_t<0, std::tuple<Ins...>>;

}  // namespace detail

/// The call syntax of a merge: `concatenate{}(a, b)`, as Keras's `Concatenate()([a, b])`.
template <class Merge>
struct merge_call {
  template <graph_value... Values>
  constexpr node<Merge, Values...> operator()(Values...) const {
    return {};
  }
};

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
    using first = detail::first_of<Ins...>;
    constexpr std::size_t axis = detail::sample_axis(Axis, first::rank);
    auto dims = first::dims;
    dims[axis] = (std::size_t{0} + ... + Ins::dims[axis]);
    return dims;
  }
  template <class... Ins>
  static constexpr weight_list weights() {
    return {};
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
};

struct add : elementwise_merge<add> {
  static constexpr std::string_view keras_class = "Add";
  static constexpr std::string_view keras_name = "add";
};

struct multiply : elementwise_merge<multiply> {
  static constexpr std::string_view keras_class = "Multiply";
  static constexpr std::string_view keras_name = "multiply";
};

}  // namespace ctnn
