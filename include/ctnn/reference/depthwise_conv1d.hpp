// ctnn/reference/depthwise_conv1d.hpp: reference kernel of ctnn::depthwise_conv1d:
// DepthwiseConv2D's loop on one row.
#pragma once

#include "ctnn/layers/depthwise_conv1d.hpp"
#include "ctnn/reference/depthwise_conv2d.hpp"

namespace ctnn::reference {

template <depthwise_conv1d_opts Opts>
struct kernel<ctnn::depthwise_conv1d<Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    using L = ctnn::depthwise_conv1d<Opts>;
    constexpr producer_weights w = weights_of_producer<L, In>();
    depthwise_conv2d(L::template geometry<In>(), L::template contract<In>().layout, w.kernel(params), w.bias(params), L::function, x,
                     y, batch);
  }
};

}  // namespace ctnn::reference
