// ctnn/reference/upsampling1d.hpp: reference kernel of ctnn::upsampling1d: UpSampling2D's
// nearest loop on one row.
#pragma once

#include "ctnn/layers/upsampling1d.hpp"
#include "ctnn/layers/upsampling2d.hpp"

namespace ctnn::reference {

template <upsampling1d_opts Opts>
struct kernel<ctnn::upsampling1d<Opts>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    upsample_nearest(1, int(In::dims[0]), int(In::dims[1]), 1, Opts.size, x, y, batch);
  }
};

}  // namespace ctnn::reference
