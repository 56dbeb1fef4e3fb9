// ctnn/layers/average_pooling2d.hpp: Keras `AveragePooling2D(pool_size, strides, padding)`, channels last.
#pragma once

#include "ctnn/layers/pooling2d.hpp"

namespace ctnn {

inline constexpr auto average_pooling2d_rules = ctnn::rules(CTNN_POOLING2D_RULES("ctnn::average_pooling2d"));

/// (h, w, c) -> (out(h), out(w), c), out() as Conv2D's with a pool_size kernel (ctnn/layers/
/// pooling2d.hpp): each output cell is the mean of its window's input cells, per channel; with
/// 'same', the mean of the cells inside the input only (TensorFlow's rule: the divisor is the
/// number of cells read, not the pool size). No parameters.
template <pooling2d_opts Opts = pooling2d_opts{}>
struct average_pooling2d : detail::pooling2d_description<Opts> {
  static constexpr std::string_view keras_class = "AveragePooling2D";
  static constexpr std::string_view keras_name = "average_pooling2d";
  static constexpr pool_mode mode = pool_mode::average;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(average_pooling2d_rules, (Opts), In)
  }
};

namespace keras {

/// A file's AveragePooling2D as ctnn::average_pooling2d<pooling2d_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_average_pooling2d(const Config& config, std::span<const extents> inputs) {
  return read_pooling2d<average_pooling2d_rules>("average_pooling2d", config, inputs);
}
template <class Config = config_reader>
inline constexpr layer_kind average_pooling2d_kind{"AveragePooling2D", 1, read_average_pooling2d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/average_pooling2d.hpp"
