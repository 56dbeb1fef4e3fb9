// ctnn/reference/resizing.hpp: the resampling of a box of an image (Resizing, CenterCrop,
// RandomCrop), and the reference kernel of ctnn::resizing.
#pragma once

#include <algorithm>
#include <cstddef>

#include "ctnn/layers/resizing.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// Each (in_h, in_w, channels) image's `box` resampled to (out_h, out_w, channels): bilinear or
/// nearest as TensorFlow (ctnn/layers/resizing.hpp), the box's pixels outside the image reading
/// `fill`. A box of the output's size is resampled too (every output pixel on its source pixel),
/// as TensorFlow 2's resize does: bilinear then turns an infinite value into NaN, as TensorFlow's
/// does.
CTNN_REFERENCE_LOOP void resize_image(int in_h, int in_w, int channels, resize_box box, int out_h, int out_w, interpolation method,
                                      float fill, const float* x, float* y, std::size_t batch) {
  for (std::size_t n = 0; n < batch; ++n) {
    const float* xs = x + n * std::size_t(in_h * in_w * channels);  // (in_h, in_w, c)
    float* ys = y + n * std::size_t(out_h * out_w * channels);      // (out_h, out_w, c)
    // Pixel (row, column) of the box, channel c.
    auto at = [&](int row, int column, int c) {
      const int iy = box.top + row, ix = box.left + column;
      return iy < 0 || iy >= in_h || ix < 0 || ix >= in_w ? fill : xs[(iy * in_w + ix) * channels + c];
    };
    for (int oy = 0; oy < out_h; ++oy)
      for (int ox = 0; ox < out_w; ++ox) {
        float* pixel = ys + (oy * out_w + ox) * channels;
        if (method == interpolation::nearest) {
          const int sy = nearest_source(oy, box.rows, out_h), sx = nearest_source(ox, box.columns, out_w);
          for (int c = 0; c < channels; ++c) pixel[c] = at(sy, sx, c);
        } else {
          const bilinear_tap ty = bilinear_source(oy, box.rows, out_h), tx = bilinear_source(ox, box.columns, out_w);
          for (int c = 0; c < channels; ++c)
            pixel[c] = bilinear_mix(at(ty.lower, tx.lower, c), at(ty.lower, tx.upper, c), at(ty.upper, tx.lower, c),
                                    at(ty.upper, tx.upper, c), ty, tx);
        }
      }
  }
}

template <resizing_opts Opts>
struct kernel<ctnn::resizing<Opts>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    const int h = int(In::dims[0]), w = int(In::dims[1]);
    resize_image(h, w, int(In::dims[2]), resizing_box(Opts, h, w), Opts.height, Opts.width, Opts.interpolation,
                 static_cast<float>(Opts.fill_value.value()), x, y, batch);
  }
};

}  // namespace ctnn::reference
