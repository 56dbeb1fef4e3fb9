// ctnn/reference/activation_layer.hpp: reference kernel of ctnn::activation_layer<A> for an
// activation that is not element-wise (softmax). An element-wise one needs none: the primary
// template of reference::kernel (ctnn/reference/kernel.hpp) applies it.
#pragma once

#include <algorithm>
#include <cstddef>

#include "ctnn/activation.hpp"
#include "ctnn/layers/activation_layer.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// Keras Activation('softmax'): the last axis, through activate_rows, which the engine runs
/// after a producer too (the Softmax layer's kernel on a last axis calls the same softmax_rows:
/// ctnn/reference/softmax.hpp).
template <activation A>
  requires(!is_elementwise(A))
struct kernel<ctnn::activation_layer<A>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    constexpr std::size_t n = In::dims[In::rank - 1];
    std::copy(x, x + batch * In::size, y);
    activate_rows(A, y, batch * (In::size / n), n);
  }
};

}  // namespace ctnn::reference
