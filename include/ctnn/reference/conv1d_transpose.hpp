// ctnn/reference/conv1d_transpose.hpp: reference kernel of ctnn::conv1d_transpose:
// Conv2DTranspose's loop on one row.
#pragma once

#include "ctnn/layers/conv1d_transpose.hpp"
#include "ctnn/reference/conv2d_transpose.hpp"

namespace ctnn::reference {

template <conv1d_transpose_opts Opts>
struct kernel<ctnn::conv1d_transpose<Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    using L = ctnn::conv1d_transpose<Opts>;
    constexpr producer_weights w = weights_of_producer<L, In>();
    conv2d_transpose(L::template geometry<In>(), L::template contract<In>().layout, w.kernel(params), w.bias(params), L::function, x,
                     y, batch);
  }
};

}  // namespace ctnn::reference
