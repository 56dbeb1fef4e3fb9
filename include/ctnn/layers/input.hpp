// ctnn/layers/input.hpp: the model's input, Keras `Input(shape=...)` / `input_shape=`.
#pragma once

#include "ctnn/layers/layer.hpp"

namespace ctnn {

template <class Input, int Id>
struct input_id;

/// The shape of one input sample, without the batch axis: `input<100>` is Keras
/// `input_dim=100`, `input<28, 28, 1>` is `input_shape=(28, 28, 1)`. It must open every model.
template <int... Dims>
struct input {
  static constexpr std::string_view keras_class = "InputLayer";
  static constexpr std::string_view keras_name = "input";
  /// In a graph (ctnn/functional.hpp) a value is its type, so two inputs of one shape would be
  /// one value: `input<28, 28, 1>::id<1>{}` is another input of the same shape.
  template <int Id>
  using id = input_id<input, Id>;

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(sizeof...(Dims) >= 1, "ctnn::input: give the shape of one sample, e.g. input<100> or input<28, 28, 1>")
    CTNN_REQUIRE(((Dims > 0) && ...), "ctnn::input: every dimension of the input must be positive")
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    return std::array<std::size_t, sizeof...(Dims)>{static_cast<std::size_t>(Dims)...};
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
};

/// Input `Input` (an input<...>) under identity `Id`: a graph value, whose layer is `Input`.
template <class Input, int Id>
struct input_id {
  using layer = Input;
};

template <class T>
inline constexpr bool is_input_v = false;
template <int... Dims>
inline constexpr bool is_input_v<input<Dims...>> = true;

}  // namespace ctnn
