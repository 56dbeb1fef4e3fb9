// ctnn/reference/cropping1d.hpp: reference kernel of ctnn::cropping1d: Cropping2D's loop on one
// row.
#pragma once

#include "ctnn/layers/cropping1d.hpp"
#include "ctnn/layers/cropping2d.hpp"

namespace ctnn::reference {

template <cropping1d_opts Opts>
struct kernel<ctnn::cropping1d<Opts>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    cropping2d(1, int(In::dims[0]), int(In::dims[1]), 0, Opts.left, 1, int(Out::dims[0]), x, y, batch);
  }
};

}  // namespace ctnn::reference
