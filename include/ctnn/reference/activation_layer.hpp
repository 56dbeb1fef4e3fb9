// ctnn/reference/activation_layer.hpp: reference kernel of
// ctnn::activation_layer<activation::softmax>. Every other activation is element-wise: the
// primary template of reference::kernel (ctnn/reference/kernel.hpp) applies it.
#pragma once

#include <algorithm>
#include <cstddef>

#include "ctnn/activation.hpp"
#include "ctnn/layers/activation_layer.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// Keras Activation('softmax'): the last axis, through softmax_rows, which the engine runs after a
/// producer and the softmax layer's kernel on a last axis (ctnn/reference/softmax.hpp).
template <>
struct kernel<ctnn::activation_layer<activation::softmax>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    constexpr std::size_t n = In::dims[In::rank - 1];
    std::copy(x, x + batch * In::size, y);
    softmax_rows(y, batch * (In::size / n), n);
  }
};

}  // namespace ctnn::reference
