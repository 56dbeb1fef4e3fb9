// ctnn/reference/separable_conv1d.hpp: reference kernel of ctnn::separable_conv1d:
// SeparableConv2D's kernel on one row (the same weights in the same order, without their row axis).
#pragma once

#include "ctnn/layers/separable_conv1d.hpp"
#include "ctnn/reference/separable_conv2d.hpp"

namespace ctnn::reference {

template <separable_conv1d_opts Opts>
struct kernel<ctnn::separable_conv1d<Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    kernel<typename ctnn::separable_conv1d<Opts>::on_one_row>::template run<one_row<In>, one_row<Out>>(params, x, y, batch);
  }
};

}  // namespace ctnn::reference
