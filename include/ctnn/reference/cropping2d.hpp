// ctnn/reference/cropping2d.hpp: reference kernel of ctnn::cropping2d.
#pragma once

#include <algorithm>

#include "ctnn/layers/cropping2d.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// out[y, x, c] = in[top + y, left + x, c] for the out_h x out_w cells that are kept.
CTNN_REFERENCE_LOOP void cropping2d(int in_h, int in_w, int channels, int top, int left, int out_h, int out_w,
                                    const float* x, float* y, std::size_t batch) {
  for (std::size_t n = 0; n < batch; ++n) {
    const float* xs = x + n * std::size_t(in_h * in_w * channels);   // (in_h, in_w, c)
    float* ys = y + n * std::size_t(out_h * out_w * channels);       // (out_h, out_w, c)
    for (int row = 0; row < out_h; ++row) {
      const float* from = xs + ((top + row) * in_w + left) * channels;
      std::copy(from, from + out_w * channels, ys + row * out_w * channels);
    }
  }
}

template <cropping2d_opts Opts>
struct kernel<ctnn::cropping2d<Opts>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    cropping2d(int(In::dims[0]), int(In::dims[1]), int(In::dims[2]), Opts.top, Opts.left, int(Out::dims[0]),
               int(Out::dims[1]), x, y, batch);
  }
};

}  // namespace ctnn::reference
