// ctnn/reference/pooling2d.hpp: the one loop of the reference kernels of ctnn::max_pooling2d,
// ctnn::average_pooling2d, ctnn::global_max_pooling2d and ctnn::global_average_pooling2d, over the
// windows a description's `window<In>()` gives (a global pooling's one window is the whole
// image). Each layer's header brings its own kernel (reference/max_pooling2d.hpp, ...), which
// derives from `pooling_kernel`.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

#include "ctnn/layers/pooling2d.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// out[oy, ox, c] = max, or mean, of in[oy * sh - pad_top + i, ox * sw - pad_left + j, c] over the
/// window's cells (i < pool_h, j < pool_w) that lie inside the input; cells outside are not read.
/// A NaN in a window makes its maximum NaN, as Keras's GlobalMaxPooling2D (tf.reduce_max, Eigen's
/// MaxReducer<PropagateNaN>), TensorFlow's GPU MaxPool and its CPU MaxPool's vector path, JAX and
/// PyTorch compute it (TensorFlow's CPU MaxPool drops NaN in the channels its scalar tail takes:
/// tensorflow/tensorflow#125965), and the mean of a window with NaN is NaN.
CTNN_REFERENCE_LOOP void pooling2d(const pool_geometry& g, pool_mode mode, const float* x, float* y, std::size_t batch) {
  for (std::size_t n = 0; n < batch; ++n) {
    const float* xs = x + n * std::size_t(g.in_h * g.in_w * g.channels);     // (in_h, in_w, c)
    float* ys = y + n * std::size_t(g.out_h * g.out_w * g.channels);         // (out_h, out_w, c)
    for (int oy = 0; oy < g.out_h; ++oy) {
      const int y0 = std::max(oy * g.stride_h - g.pad_top, 0);
      const int y1 = std::min(oy * g.stride_h - g.pad_top + g.pool_h, g.in_h);
      for (int ox = 0; ox < g.out_w; ++ox) {
        const int x0 = std::max(ox * g.stride_w - g.pad_left, 0);
        const int x1 = std::min(ox * g.stride_w - g.pad_left + g.pool_w, g.in_w);
        const float cells = float((y1 - y0) * (x1 - x0));  // at least 1: every window meets the input
        for (int c = 0; c < g.channels; ++c) {
          float result = mode == pool_mode::max ? -std::numeric_limits<float>::infinity() : 0.0f;
          for (int iy = y0; iy < y1; ++iy)
            for (int ix = x0; ix < x1; ++ix) {
              const float v = xs[(iy * g.in_w + ix) * g.channels + c];
              if (mode == pool_mode::average) result += v;
              else if (v > result || std::isnan(v)) result = v;  // once NaN, only NaN replaces it
            }
          ys[(oy * g.out_w + ox) * g.channels + c] = mode == pool_mode::max ? result : result / cells;
        }
      }
    }
  }
}

/// The kernel of a pooling description: its windows (`window<In>()`) and its `mode`.
template <class Layer>
struct pooling_kernel {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    pooling2d(Layer::template window<In>(), Layer::mode, x, y, batch);
  }
};

}  // namespace ctnn::reference
