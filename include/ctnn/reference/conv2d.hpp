// ctnn/reference/conv2d.hpp: reference kernel of ctnn::conv2d.
#pragma once

#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/layers/conv2d.hpp"
#include "ctnn/producer_contract.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// visit(cell, in) for each kernel cell (ky * kernel_w + kx) of output pixel (oy, ox) whose input
/// pixel lies inside the input, `in` pointing at that pixel's channels, in the order ky, kx: the
/// taps of every convolution's reference kernel (conv2d, depthwise_conv2d, separable_conv2d).
/// Cells outside the input read zeros, so they are skipped.
template <class Visit>
inline void for_each_tap(const conv_geometry& g, const float* x, int oy, int ox, Visit&& visit) {
  for (int ky = 0; ky < g.kernel_h; ++ky) {
    const int iy = oy * g.stride_h - g.offset_h + ky * g.dilation_h;
    if (iy < 0 || iy >= g.in_h) continue;
    for (int kx = 0; kx < g.kernel_w; ++kx) {
      const int ix = ox * g.stride_w - g.offset_w + kx * g.dilation_w;
      if (ix < 0 || ix >= g.in_w) continue;
      visit(std::size_t(ky * g.kernel_w + kx), x + (iy * g.in_w + ix) * g.in_c);
    }
  }
}

/// y[n, oy, ox, o] = f(bias[o] + sum x[n, oy*s - pad + ky*d, ox*s - pad + kx*d, c] * k(ky * kw + kx, c, o)),
/// reading zeros outside the input.
CTNN_REFERENCE_LOOP void conv2d(const conv_geometry& g, kernel_layout k, const float* kernel, const float* bias,
                                activation f, const float* x, float* y, std::size_t batch) {
  for (std::size_t n = 0; n < batch; ++n) {
    const float* xs = x + n * std::size_t(g.in_h * g.in_w * g.in_c);    // (in_h, in_w, in_c)
    float* ys = y + n * std::size_t(g.out_h * g.out_w * g.out_c);        // (out_h, out_w, out_c)
    for (int oy = 0; oy < g.out_h; ++oy)
      for (int ox = 0; ox < g.out_w; ++ox)
        for (int o = 0; o < g.out_c; ++o) {
          float sum = bias != nullptr ? bias[o] : 0.0f;
          for_each_tap(g, xs, oy, ox, [&](std::size_t cell, const float* in) {
            for (int c = 0; c < g.in_c; ++c) sum += in[c] * kernel[k(cell, std::size_t(c), std::size_t(o))];
          });
          ys[(oy * g.out_w + ox) * g.out_c + o] = activate(f, sum);
        }
  }
  activate_rows(f, y, batch * std::size_t(g.out_h * g.out_w), std::size_t(g.out_c));  // softmax: over each pixel's channels
}

/// The kernel of a convolution description: its `geometry<In>()`, its contract and its function
/// (conv2d, and conv1d as Conv2D on one row).
template <class Layer>
struct convolution_kernel {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    constexpr producer_weights w = weights_of_producer<Layer, In>();
    conv2d(Layer::template geometry<In>(), Layer::template contract<In>().layout, w.kernel(params), w.bias(params),
           Layer::function, x, y, batch);
  }
};

template <conv2d_opts Opts>
struct kernel<ctnn::conv2d<Opts>> : convolution_kernel<ctnn::conv2d<Opts>> {};

}  // namespace ctnn::reference
