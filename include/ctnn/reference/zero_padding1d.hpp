// ctnn/reference/zero_padding1d.hpp: reference kernel of ctnn::zero_padding1d: ZeroPadding2D's
// loop on one row.
#pragma once

#include "ctnn/layers/zero_padding1d.hpp"
#include "ctnn/layers/zero_padding2d.hpp"

namespace ctnn::reference {

template <zero_padding1d_opts Opts>
struct kernel<ctnn::zero_padding1d<Opts>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    zero_padding2d(1, int(In::dims[0]), int(In::dims[1]), 0, 0, Opts.left, Opts.right, x, y, batch);
  }
};

}  // namespace ctnn::reference
