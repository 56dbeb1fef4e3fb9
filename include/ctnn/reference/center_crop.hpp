// ctnn/reference/center_crop.hpp: reference kernel of ctnn::center_crop: Cropping2D's loop, or
// the resampling of the image's box of the output's aspect ratio.
#pragma once

#include "ctnn/layers/center_crop.hpp"
#include "ctnn/reference/cropping2d.hpp"
#include "ctnn/reference/kernel.hpp"
#include "ctnn/reference/resizing.hpp"

namespace ctnn::reference {

template <center_crop_opts Opts>
struct kernel<ctnn::center_crop<Opts>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    const int h = int(In::dims[0]), w = int(In::dims[1]), c = int(In::dims[2]);
    if (center_crop_cuts(Opts, h, w))
      cropping2d(h, w, c, (h - Opts.height) / 2, (w - Opts.width) / 2, Opts.height, Opts.width, x, y, batch);
    else
      resize_image(h, w, c, aspect_crop_box<double>(h, w, Opts.height, Opts.width), Opts.height, Opts.width,
                   interpolation::bilinear, 0.0f, x, y, batch);
  }
};

}  // namespace ctnn::reference
