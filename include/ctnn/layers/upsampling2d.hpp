// ctnn/layers/upsampling2d.hpp: Keras `UpSampling2D(size, interpolation)`.
#pragma once

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Keyword arguments of UpSampling2D, in Keras's order.
struct upsampling2d_opts {
  extent2 size = 2;
  ctnn::interpolation interpolation = ctnn::interpolation::nearest;
};

/// (h, w, c) -> (h * size.h, w * size.w, c). `nearest` repeats rows and columns; `bilinear` is
/// TensorFlow 2's `tf.image.resize` (half-pixel centres: src = (dst + 0.5) * in / out - 0.5,
/// clamped at the edges). No parameters.
template <upsampling2d_opts Opts = upsampling2d_opts{}>
struct upsampling2d {
  static constexpr std::string_view keras_class = "UpSampling2D";
  static constexpr std::string_view keras_name = "up_sampling2d";
  static constexpr upsampling2d_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(Opts.size.h > 0, "ctnn::upsampling2d: size must be positive (rows)")
    CTNN_REQUIRE(Opts.size.w > 0, "ctnn::upsampling2d: size must be positive (columns)")
    CTNN_REQUIRE(In::rank == 3, "ctnn::upsampling2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it")
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    return std::array<std::size_t, 3>{In::dims[0] * Opts.size.h, In::dims[1] * Opts.size.w, In::dims[2]};
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
};

}  // namespace ctnn
