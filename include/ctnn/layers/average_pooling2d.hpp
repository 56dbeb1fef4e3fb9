// ctnn/layers/average_pooling2d.hpp: Keras `AveragePooling2D(pool_size, strides, padding)`, channels last.
#pragma once

#include "ctnn/layers/pooling2d.hpp"

namespace ctnn {

/// (h, w, c) -> (out(h), out(w), c), out() as Conv2D's with a pool_size kernel (ctnn/layers/
/// pooling2d.hpp): each output cell is the mean of its window's input cells, per channel; with
/// 'same', the mean of the cells inside the input only (TensorFlow's rule: the divisor is the
/// number of cells read, not the pool size). No parameters.
template <pooling2d_opts Opts = pooling2d_opts{}>
struct average_pooling2d : detail::pooling2d_description<Opts> {
  static constexpr std::string_view keras_class = "AveragePooling2D";
  static constexpr std::string_view keras_name = "average_pooling2d";
  static constexpr pool_mode mode = pool_mode::average;
  using base = detail::pooling2d_description<Opts>;

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(Opts.pool_size.h > 0 && Opts.pool_size.w > 0, "ctnn::average_pooling2d: pool_size must be positive")
    CTNN_REQUIRE(base::strides_positive, "ctnn::average_pooling2d: strides must be positive (or left out: Keras's None, the pool size)")
    CTNN_REQUIRE(In::rank == 3, "ctnn::average_pooling2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it")
    CTNN_REQUIRE(In::dims[0] >= base::min_input_h, "ctnn::average_pooling2d: with padding 'valid' the pool must fit in the input (input rows >= pool rows)")
    CTNN_REQUIRE(In::dims[1] >= base::min_input_w, "ctnn::average_pooling2d: with padding 'valid' the pool must fit in the input (input columns >= pool columns)")
    return true;
  }
};

namespace keras {

/// A file's AveragePooling2D as ctnn::average_pooling2d<pooling2d_opts{...}>, for ctnn-keras-type.
inline layer_reading read_average_pooling2d(const config_reader& config, std::span<const extents> inputs) {
  return read_pooling2d("average_pooling2d", config, inputs);
}
inline constexpr layer_kind average_pooling2d_kind{"AveragePooling2D", 1, read_average_pooling2d};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/average_pooling2d.hpp"
