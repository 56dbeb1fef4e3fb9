// ctnn/reference/group_normalization.hpp: reference kernel of ctnn::group_normalization.
#pragma once

#include <cstddef>

#include "ctnn/layers/group_normalization.hpp"
#include "ctnn/reference/kernel.hpp"
#include "ctnn/reference/normalization.hpp"

namespace ctnn::reference {

template <group_normalization_opts Opts>
struct kernel<ctnn::group_normalization<Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    using layer = ctnn::group_normalization<Opts>;
    constexpr std::size_t channels = In::dims[In::rank - 1];
    const float* gamma = Opts.scale ? params : nullptr;
    const float* beta = Opts.center ? params + (Opts.scale ? channels : 0) : nullptr;
    group_normalization(batch, In::size / channels, channels, layer::template groups<In>, gamma, beta, layer::epsilon, x, y);
  }
};

}  // namespace ctnn::reference
