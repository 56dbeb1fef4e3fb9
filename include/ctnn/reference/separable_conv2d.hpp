// ctnn/reference/separable_conv2d.hpp: reference kernel of ctnn::separable_conv2d.
#pragma once

#include <array>

#include "ctnn/layers/separable_conv2d.hpp"
#include "ctnn/reference/depthwise_conv2d.hpp"

namespace ctnn::reference {

/// Per output pixel: its c * M depthwise values (the depthwise kernel through `dk`, reading zeros
/// outside the input) into `depthwise`, then y[o] = f(bias[o] + sum_j depthwise[j] * pointwise[j, o]).
CTNN_REFERENCE_LOOP void separable_conv2d(const conv_geometry& g, kernel_layout dk, const float* depthwise_kernel,
                                          const float* pointwise_kernel, const float* bias, int filters, activation f,
                                          const float* x, float* y, std::size_t batch, float* depthwise) {
  for (std::size_t n = 0; n < batch; ++n) {
    const float* xs = x + n * std::size_t(g.in_h * g.in_w * g.in_c);    // (in_h, in_w, in_c)
    float* ys = y + n * std::size_t(g.out_h * g.out_w * filters);        // (out_h, out_w, filters)
    for (int oy = 0; oy < g.out_h; ++oy)
      for (int ox = 0; ox < g.out_w; ++ox) {
        depthwise_pixel(g, dk, depthwise_kernel, xs, oy, ox, depthwise);
        for (int o = 0; o < filters; ++o) {
          float sum = bias != nullptr ? bias[o] : 0.0f;
          for (int j = 0; j < g.out_c; ++j) sum += depthwise[j] * pointwise_kernel[j * filters + o];
          ys[(oy * g.out_w + ox) * filters + o] = activate(f, sum);
        }
      }
  }
  activate_rows(f, y, batch * std::size_t(g.out_h * g.out_w), std::size_t(filters));  // softmax: over each pixel's channels
}

template <separable_conv2d_opts Opts>
struct kernel<ctnn::separable_conv2d<Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    using L = ctnn::separable_conv2d<Opts>;
    using depthwise = typename L::depthwise;
    constexpr weight_list weights = L::template weights<In>();
    constexpr conv_geometry g = depthwise::template geometry<In>();
    // The c * M depthwise values of one pixel: on the stack, no allocation per call.
    std::array<float, std::size_t(g.out_c)> values{};
    // The options as constants, not as members of the template argument loaded at run time: Clang
    // 14 loads `Opts.activation` of this struct as a wrong pointer (UBSan: misaligned address 0x1).
    constexpr bool use_bias = Opts.use_bias;
    constexpr int filters = Opts.filters;
    separable_conv2d(g, depthwise::template contract<In>().layout, params, params + weights.offset(1),
                     use_bias ? params + weights.offset(2) : nullptr, filters, L::function, x, y, batch, values.data());
  }
};

}  // namespace ctnn::reference
