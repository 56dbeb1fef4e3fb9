// ctnn/layers/max_pooling2d.hpp: Keras `MaxPooling2D(pool_size, strides, padding)`, channels last.
#pragma once

#include "ctnn/layers/pooling2d.hpp"

namespace ctnn {

inline constexpr auto max_pooling2d_rules = ctnn::rules(CTNN_POOLING2D_RULES("ctnn::max_pooling2d"));

/// (h, w, c) -> (out(h), out(w), c), out() as Conv2D's with a pool_size kernel (ctnn/layers/
/// pooling2d.hpp): each output cell is the largest input cell of its window, per channel; with
/// 'same', the cells of the window outside the input are ignored. No parameters.
template <pooling2d_opts Opts = pooling2d_opts{}>
struct max_pooling2d : detail::pooling2d_description<Opts> {
  static constexpr std::string_view keras_class = "MaxPooling2D";
  static constexpr std::string_view keras_name = "max_pooling2d";
  static constexpr pool_mode mode = pool_mode::max;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(max_pooling2d_rules, (Opts), In)
  }
};

namespace keras {

/// A file's MaxPooling2D as ctnn::max_pooling2d<pooling2d_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_max_pooling2d(const Config& config, std::span<const extents> inputs) {
  return read_pooling2d<max_pooling2d_rules>("max_pooling2d", config, inputs);
}
template <class Config = config_reader>
inline constexpr layer_kind max_pooling2d_kind{"MaxPooling2D", 1, read_max_pooling2d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/max_pooling2d.hpp"
