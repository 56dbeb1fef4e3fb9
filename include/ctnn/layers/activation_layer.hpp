// ctnn/layers/activation_layer.hpp: Keras `Activation(name)`.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Applies `A` element-wise: `activation_layer<activation::tanh>` is Keras `Activation('tanh')`.
/// `activation_layer<activation::softmax>` (Keras `Activation('softmax')`) is not element-wise:
/// it has no `apply`, and its reference kernel (ctnn/reference/activation_layer.hpp) takes the
/// softmax of each row of the last axis.
template <activation A>
struct activation_layer : same_shape_layer {
  static constexpr std::string_view keras_class = "Activation";
  static constexpr std::string_view keras_name = "activation";
  static constexpr activation function = A;
  /// Activation('linear') is the identity: a view, never computed.
  static constexpr bool view = A == activation::linear;

  template <class Value>
    requires(is_elementwise(A))
  static Value apply(Value v) {
    return activate<A>(v);
  }

  template <class In>
  static consteval bool check() {
    return true;
  }

  /// What a Keras file's Activation holds when it is this type (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {keras::activation_entry(A)};
  }
};

namespace keras {

/// A file's Activation as ctnn::activation_layer<activation>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_activation_layer(const Config& config, std::span<const extents> inputs) {
  return {"ctnn::activation_layer<" + spell(read_activation(config)) + ">", same_extents(inputs)};
}
template <class Config = config_reader>
inline constexpr layer_kind activation_layer_kind{"Activation", 1, read_activation_layer<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/activation_layer.hpp"
