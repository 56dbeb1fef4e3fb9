// ctnn/reference/zero_padding2d.hpp: reference kernel of ctnn::zero_padding2d.
#pragma once

#include <algorithm>

#include "ctnn/layers/zero_padding2d.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// out = zeros, then out[top + y, left + x, c] = in[y, x, c].
CTNN_REFERENCE_LOOP void zero_padding2d(int in_h, int in_w, int channels, int top, int bottom, int left, int right,
                                        const float* x, float* y, std::size_t batch) {
  const int out_h = top + in_h + bottom, out_w = left + in_w + right;
  for (std::size_t n = 0; n < batch; ++n) {
    const float* xs = x + n * std::size_t(in_h * in_w * channels);   // (in_h, in_w, c)
    float* ys = y + n * std::size_t(out_h * out_w * channels);       // (out_h, out_w, c)
    std::fill(ys, ys + out_h * out_w * channels, 0.0f);
    for (int row = 0; row < in_h; ++row)
      std::copy(xs + row * in_w * channels, xs + (row + 1) * in_w * channels,
                ys + ((top + row) * out_w + left) * channels);
  }
}

template <zero_padding2d_opts Opts>
struct kernel<ctnn::zero_padding2d<Opts>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    zero_padding2d(int(In::dims[0]), int(In::dims[1]), int(In::dims[2]), Opts.top, Opts.bottom, Opts.left, Opts.right, x,
                   y, batch);
  }
};

}  // namespace ctnn::reference
