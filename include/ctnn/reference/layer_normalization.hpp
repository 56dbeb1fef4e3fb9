// ctnn/reference/layer_normalization.hpp: reference kernel of ctnn::layer_normalization.
#pragma once

#include <cstddef>

#include "ctnn/layers/layer_normalization.hpp"
#include "ctnn/reference/kernel.hpp"
#include "ctnn/reference/normalization.hpp"

namespace ctnn::reference {

template <layer_normalization_opts Opts>
struct kernel<ctnn::layer_normalization<Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    using layer = ctnn::layer_normalization<Opts>;
    constexpr std::size_t width = layer::template normalized_size<In>;  // length of gamma and beta
    const float* gamma = Opts.scale ? params : nullptr;
    const float* beta = Opts.center ? params + (Opts.scale ? width : 0) : nullptr;
    group_normalization(batch * (In::size / width), 1, width, 1, gamma, beta, layer::epsilon, x, y);
  }
};

}  // namespace ctnn::reference
