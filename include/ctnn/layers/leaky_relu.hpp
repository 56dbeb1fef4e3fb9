// ctnn/layers/leaky_relu.hpp: Keras `LeakyReLU(alpha=0.3)` (Keras 3: `negative_slope`).
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// f(x) = x for x >= 0, alpha * x otherwise. Keras's default slope is 0.3 (PyTorch's is 0.01):
/// `leaky_relu<>` is Keras `LeakyReLU()`, `leaky_relu<0.2>` is `LeakyReLU(alpha=0.2)`.
template <real Alpha = 0.3>
struct leaky_relu : same_shape_layer {
  static constexpr std::string_view keras_class = "LeakyReLU";
  static constexpr std::string_view keras_name = "leaky_re_lu";
  static constexpr double alpha = Alpha.value();

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(alpha >= 0.0, "ctnn::leaky_relu: the slope alpha must be >= 0 (as Keras 3 requires)")
    return true;
  }
};

}  // namespace ctnn
