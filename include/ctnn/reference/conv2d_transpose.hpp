// ctnn/reference/conv2d_transpose.hpp: reference kernel of ctnn::conv2d_transpose.
#pragma once

#include <algorithm>

#include "ctnn/activation.hpp"
#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/layers/conv2d_transpose.hpp"
#include "ctnn/producer_contract.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// The definition itself: start from the bias, scatter every input pixel through the kernel,
/// out[iy*s + ky*d - crop, ix*s + kx*d - crop, o] += x[iy, ix, c] * k(ky * kw + kx, c, o), dropping
/// what falls outside the output; then apply f.
CTNN_REFERENCE_LOOP void conv2d_transpose(const conv_geometry& g, kernel_layout k, const float* kernel, const float* bias,
                                          activation f, const float* x, float* y, std::size_t batch) {
  const std::size_t out_size = std::size_t(g.out_h * g.out_w * g.out_c);
  for (std::size_t n = 0; n < batch; ++n) {
    const float* xs = x + n * std::size_t(g.in_h * g.in_w * g.in_c);  // (in_h, in_w, in_c)
    float* ys = y + n * out_size;                                      // (out_h, out_w, out_c)
    for (std::size_t i = 0; i < out_size; ++i) ys[i] = bias != nullptr ? bias[i % std::size_t(g.out_c)] : 0.0f;
    for (int iy = 0; iy < g.in_h; ++iy)
      for (int ix = 0; ix < g.in_w; ++ix)
        for (int ky = 0; ky < g.kernel_h; ++ky) {
          const int oy = iy * g.stride_h + ky * g.dilation_h - g.offset_h;
          if (oy < 0 || oy >= g.out_h) continue;
          for (int kx = 0; kx < g.kernel_w; ++kx) {
            const int ox = ix * g.stride_w + kx * g.dilation_w - g.offset_w;
            if (ox < 0 || ox >= g.out_w) continue;
            for (int o = 0; o < g.out_c; ++o) {
              float sum = 0.0f;
              for (int c = 0; c < g.in_c; ++c)
                sum += xs[(iy * g.in_w + ix) * g.in_c + c] *
                       kernel[k(std::size_t(ky * g.kernel_w + kx), std::size_t(c), std::size_t(o))];
              ys[(oy * g.out_w + ox) * g.out_c + o] += sum;
            }
          }
        }
    std::transform(ys, ys + out_size, ys, [f](float v) { return activate(f, v); });
  }
  activate_rows(f, y, batch * std::size_t(g.out_h * g.out_w), std::size_t(g.out_c));  // softmax: over each pixel's channels
}

template <conv2d_transpose_opts Opts>
struct kernel<ctnn::conv2d_transpose<Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    using L = ctnn::conv2d_transpose<Opts>;
    constexpr producer_weights w = weights_of_producer<L, In>();
    conv2d_transpose(L::template geometry<In>(), L::template contract<In>().layout, w.kernel(params), w.bias(params),
                     Opts.activation, x, y, batch);
  }
};

}  // namespace ctnn::reference
