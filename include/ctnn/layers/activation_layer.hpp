// ctnn/layers/activation_layer.hpp: Keras `Activation(name)`.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Applies `A` element-wise: `activation_layer<activation::tanh>` is Keras `Activation('tanh')`.
template <activation A>
struct activation_layer : same_shape_layer {
  static constexpr std::string_view keras_class = "Activation";
  static constexpr std::string_view keras_name = "activation";
  static constexpr activation function = A;

  template <class In>
  static consteval bool check() {
    return true;
  }
};

}  // namespace ctnn
