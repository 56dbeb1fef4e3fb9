// ctnn/reference/depthwise_conv2d.hpp: reference kernel of ctnn::depthwise_conv2d.
#pragma once

#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/layers/depthwise_conv2d.hpp"
#include "ctnn/producer_contract.hpp"
#include "ctnn/reference/conv2d.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// The out_c = c * M depthwise values of output pixel (oy, ox), before any bias: out[o] = sum
/// x[oy*s - pad + ky*d, ox*s - pad + kx*d, o / M] * k(ky * kw + kx, 0, o), zeros outside the input.
/// Shared by depthwise_conv2d and separable_conv2d.
inline void depthwise_pixel(const conv_geometry& g, kernel_layout k, const float* kernel, const float* x, int oy, int ox,
                            float* out) {
  const int multiplier = g.out_c / g.in_c;
  for (int o = 0; o < g.out_c; ++o) {
    float sum = 0.0f;
    for_each_tap(g, x, oy, ox, [&](std::size_t cell, const float* in) { sum += in[o / multiplier] * kernel[k(cell, 0, std::size_t(o))]; });
    out[o] = sum;
  }
}

/// y[n, oy, ox, o] = f(bias[o] + depthwise_pixel(...)[o]).
CTNN_REFERENCE_LOOP void depthwise_conv2d(const conv_geometry& g, kernel_layout k, const float* kernel, const float* bias,
                                          activation f, const float* x, float* y, std::size_t batch) {
  for (std::size_t n = 0; n < batch; ++n) {
    const float* xs = x + n * std::size_t(g.in_h * g.in_w * g.in_c);    // (in_h, in_w, in_c)
    float* ys = y + n * std::size_t(g.out_h * g.out_w * g.out_c);        // (out_h, out_w, in_c * M)
    for (int oy = 0; oy < g.out_h; ++oy)
      for (int ox = 0; ox < g.out_w; ++ox) {
        float* out = ys + (oy * g.out_w + ox) * g.out_c;
        depthwise_pixel(g, k, kernel, xs, oy, ox, out);
        for (int o = 0; o < g.out_c; ++o) out[o] = activate(f, (bias != nullptr ? bias[o] : 0.0f) + out[o]);
      }
  }
  activate_rows(f, y, batch * std::size_t(g.out_h * g.out_w), std::size_t(g.out_c));  // softmax: over each pixel's channels
}

template <depthwise_conv2d_opts Opts>
struct kernel<ctnn::depthwise_conv2d<Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    using L = ctnn::depthwise_conv2d<Opts>;
    constexpr producer_weights w = weights_of_producer<L, In>();
    depthwise_conv2d(L::template geometry<In>(), L::template contract<In>().layout, w.kernel(params), w.bias(params),
                     L::function, x, y, batch);
  }
};

}  // namespace ctnn::reference
