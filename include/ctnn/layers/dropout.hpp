// ctnn/layers/dropout.hpp: Keras `Dropout(rate)`, the identity at inference.
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Kept so that a model reads as it was trained; `predict` passes values through unchanged.
template <real Rate>
struct dropout : same_shape_layer {
  static constexpr std::string_view keras_class = "Dropout";
  static constexpr std::string_view keras_name = "dropout";
  static constexpr double rate = Rate.value();

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(rate >= 0.0, "ctnn::dropout: rate must be in [0, 1]")
    CTNN_REQUIRE(rate <= 1.0, "ctnn::dropout: rate must be in [0, 1]")
    return true;
  }
};

}  // namespace ctnn
