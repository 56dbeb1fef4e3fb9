// ctnn/reference/upsampling2d.hpp: reference kernel of ctnn::upsampling2d.
#pragma once

#include "ctnn/layers/upsampling2d.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// Nearest: out[y, x] = in[y / a, x / b].
CTNN_REFERENCE_LOOP void upsample_nearest(int in_h, int in_w, int channels, int a, int b, const float* x, float* y,
                             std::size_t batch) {
  const int out_h = in_h * a, out_w = in_w * b;
  for (std::size_t n = 0; n < batch; ++n) {
    const float* xs = x + n * std::size_t(in_h * in_w * channels);   // (in_h, in_w, c)
    float* ys = y + n * std::size_t(out_h * out_w * channels);       // (out_h, out_w, c)
    for (int oy = 0; oy < out_h; ++oy)
      for (int ox = 0; ox < out_w; ++ox)
        for (int c = 0; c < channels; ++c)
          ys[(oy * out_w + ox) * channels + c] = xs[((oy / a) * in_w + ox / b) * channels + c];
  }
}

/// Bilinear as TF2's tf.image.resize (half-pixel centres, no antialiasing): interpolate the rows
/// of the two source rows, then between them.
CTNN_REFERENCE_LOOP void upsample_bilinear(int in_h, int in_w, int channels, int a, int b, const float* x, float* y,
                              std::size_t batch) {
  const int out_h = in_h * a, out_w = in_w * b;
  for (std::size_t n = 0; n < batch; ++n) {
    const float* xs = x + n * std::size_t(in_h * in_w * channels);   // (in_h, in_w, c)
    float* ys = y + n * std::size_t(out_h * out_w * channels);       // (out_h, out_w, c)
    for (int oy = 0; oy < out_h; ++oy) {
      const bilinear_tap ty = bilinear_source(oy, in_h, out_h);
      for (int ox = 0; ox < out_w; ++ox) {
        const bilinear_tap tx = bilinear_source(ox, in_w, out_w);
        for (int c = 0; c < channels; ++c) {
          auto at = [&](int iy, int ix) { return xs[(iy * in_w + ix) * channels + c]; };
          ys[(oy * out_w + ox) * channels + c] = bilinear_mix(at(ty.lower, tx.lower), at(ty.lower, tx.upper),
                                                              at(ty.upper, tx.lower), at(ty.upper, tx.upper), ty, tx);
        }
      }
    }
  }
}

template <upsampling2d_opts Opts>
struct kernel<ctnn::upsampling2d<Opts>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    auto upsample = Opts.interpolation == interpolation::bilinear ? upsample_bilinear : upsample_nearest;
    upsample(int(In::dims[0]), int(In::dims[1]), int(In::dims[2]), Opts.size.h, Opts.size.w, x, y, batch);
  }
};

}  // namespace ctnn::reference
