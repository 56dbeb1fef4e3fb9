// ctnn/shape.hpp: the per-sample shape of a tensor as a type.
//
// A shape never includes the batch axis: Keras's (None, 10, 10, 1) is shape<10, 10, 1>.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <utility>

namespace ctnn {

/// @brief The compile-time extents of one sample, channels last (rows, columns, channels).
template <std::size_t... Dims>
struct shape {
  static constexpr std::size_t rank = sizeof...(Dims);
  static constexpr std::array<std::size_t, rank> dims{Dims...};
  /// Number of scalars in one sample.
  static constexpr std::size_t size = (std::size_t{1} * ... * Dims);

  /// Keras's spelling of the shape with its batch axis: "(None, 5, 5, 128)".
  static std::string to_keras_string() {
    std::string text = "(None";
    ((text += ", " + std::to_string(Dims)), ...);
    return text + ")";
  }
};

/// The number of scalars in a sample of extents `dims` (`shape<D...>::size` of extents known only
/// as values: a file's, or a rule's `in`).
constexpr std::size_t element_count(std::span<const std::size_t> dims) {
  std::size_t count = 1;
  for (std::size_t d : dims) count *= d;
  return count;
}

/// Shapes are equal when their extents are: `model::output_shape == shape<10, 10, 1>{}`.
template <std::size_t... A, std::size_t... B>
constexpr bool operator==(shape<A...>, shape<B...>) {
  if constexpr (sizeof...(A) != sizeof...(B)) {
    return false;
  } else {
    return ((A == B) && ...);
  }
}

/// The output of a layer whose rules failed: later layers see it and stay silent, so that a
/// broken model reports its first error only.
struct invalid_shape {
  static constexpr std::size_t rank = 0;
  static constexpr std::size_t size = 0;
  static std::string to_keras_string() { return "(invalid)"; }
};

/// @brief Matches shape<...> (and not invalid_shape).
template <class T>
inline constexpr bool is_shape_v = false;
template <std::size_t... D>
inline constexpr bool is_shape_v<shape<D...>> = true;

template <class T>
concept shape_type = is_shape_v<T>;

namespace detail {
template <auto Dims, class = std::make_index_sequence<Dims.size()>>
struct shape_from_array_impl;
template <auto Dims, std::size_t... I>
struct shape_from_array_impl<Dims, std::index_sequence<I...>> {
  using type = shape<Dims[I]...>;
};
}  // namespace detail

/// The shape type whose extents are the elements of a constexpr std::array.
template <auto Dims>
using shape_from_array = typename detail::shape_from_array_impl<Dims>::type;

}  // namespace ctnn
