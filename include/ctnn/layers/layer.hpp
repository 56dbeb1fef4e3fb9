// ctnn/layers/layer.hpp: what every layer description provides.
//
// A layer description is an empty type that *describes*: its Keras identity, the rules its
// hyper-parameters and input must obey, its output-shape rule and its parameter layout. It never
// loops; its reference kernel lives in ctnn/reference/, next to the kernels of the other layers.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <string_view>

#include "ctnn/detail/require.hpp"
#include "ctnn/shape.hpp"
#include "ctnn/weights.hpp"

namespace ctnn {

/// @brief Matches a layer description: `L::keras_class` ("Conv2D"), `L::keras_name` ("conv2d",
/// the stem of Keras's automatic layer names), and, for an input shape `In`:
/// - `L::check<In>()`: consteval; each broken rule is one static_assert, and the function then
///   returns false;
/// - `L::output_dims<In>()`: the output extents as a std::array (called only when check passed);
/// - `L::weights<In>()`: the weight arrays in Keras `get_weights()` order and layouts.
template <class L>
concept layer_description = requires {
  { L::keras_class } -> std::convertible_to<std::string_view>;
  { L::keras_name } -> std::convertible_to<std::string_view>;
};

/// A layer that changes neither the shape nor owns parameters (activations, dropout, ...).
struct same_shape_layer {
  template <class In>
  static constexpr auto output_dims() {
    return In::dims;
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
};

}  // namespace ctnn
