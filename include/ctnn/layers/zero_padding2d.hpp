// ctnn/layers/zero_padding2d.hpp: Keras `ZeroPadding2D(padding=((top, bottom), (left, right)))`.
#pragma once

#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Rows and columns of zeros added around the image. Keras's `padding=1` is the default here;
/// `padding=((0, 1), (0, 1))` is {.top = 0, .bottom = 1, .left = 0, .right = 1}.
struct zero_padding2d_opts {
  int top = 1;
  int bottom = 1;
  int left = 1;
  int right = 1;
};

/// (h, w, c) -> (top + h + bottom, left + w + right, c). No parameters.
template <zero_padding2d_opts Opts = zero_padding2d_opts{}>
struct zero_padding2d {
  static constexpr std::string_view keras_class = "ZeroPadding2D";
  static constexpr std::string_view keras_name = "zero_padding2d";
  static constexpr zero_padding2d_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(Opts.top >= 0 && Opts.bottom >= 0 && Opts.left >= 0 && Opts.right >= 0, "ctnn::zero_padding2d: padding must not be negative")
    CTNN_REQUIRE(In::rank == 3, "ctnn::zero_padding2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it")
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    return std::array<std::size_t, 3>{In::dims[0] + std::size_t(Opts.top + Opts.bottom),
                                      In::dims[1] + std::size_t(Opts.left + Opts.right), In::dims[2]};
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
};

}  // namespace ctnn
