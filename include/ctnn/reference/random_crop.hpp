// ctnn/reference/random_crop.hpp: reference kernel of ctnn::random_crop at inference: the
// resampling of the image's box of the output's aspect ratio.
#pragma once

#include "ctnn/layers/random_crop.hpp"
#include "ctnn/reference/kernel.hpp"
#include "ctnn/reference/resizing.hpp"

namespace ctnn::reference {

template <random_crop_opts Opts>
struct kernel<ctnn::random_crop<Opts>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    const int h = int(In::dims[0]), w = int(In::dims[1]);
    resize_image(h, w, int(In::dims[2]), aspect_crop_box<double>(h, w, Opts.height, Opts.width), Opts.height, Opts.width,
                 interpolation::bilinear, 0.0f, x, y, batch);
  }
};

}  // namespace ctnn::reference
