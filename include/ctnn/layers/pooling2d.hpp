// ctnn/layers/pooling2d.hpp: what Keras's 2-D pooling layers share: `MaxPooling2D` and
// `AveragePooling2D(pool_size, strides, padding)` (ctnn/layers/max_pooling2d.hpp,
// ctnn/layers/average_pooling2d.hpp), and the window a pooling reads, which the reference kernel
// (ctnn/reference/pooling2d.hpp) and the global poolings (ctnn/layers/global_pooling2d.hpp) use.
#pragma once

#include <array>
#include <span>
#include <string>

#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Keras's `strides=None`: the strides are the pool size.
inline constexpr int pool_size_strides = -1;

/// Keyword arguments of MaxPooling2D and AveragePooling2D, in Keras's order.
struct pooling2d_opts {
  extent2 pool_size = 2;
  extent2 strides = pool_size_strides;  ///< {-1, -1}: Keras's None, the pool size
  ctnn::padding padding = ctnn::padding::valid;
};

/// The strides a pooling moves by: `strides`, or the pool size where they are Keras's None.
constexpr extent2 pooling2d_strides(const pooling2d_opts& opts) {
  return opts.strides == extent2{pool_size_strides} ? opts.pool_size : opts.strides;
}

/// Pooling's shape rule, on values: (h, w, c) -> (out(h), out(w), c), with Conv2D's length rule
/// (conv_arithmetic::conv_output_length) for a window of pool_size: valid floor((n - pool) / s) + 1,
/// same ceil(n / s). The types (output_dims) and ctnn-keras-type both compute extents with it.
constexpr std::array<std::size_t, 3> pooling2d_output(const pooling2d_opts& opts, std::span<const std::size_t> in) {
  using conv_arithmetic::conv_output_length;
  const extent2 strides = pooling2d_strides(opts);
  return {static_cast<std::size_t>(conv_output_length(int(in[0]), opts.pool_size.h, strides.h, opts.padding)),
          static_cast<std::size_t>(conv_output_length(int(in[1]), opts.pool_size.w, strides.w, opts.padding)), in[2]};
}

/// What a pooling computes over each window.
enum class pool_mode { max, average };

/// @brief The windows of a 2-D pooling, on both axes: output cell (oy, ox) reads the input cells
/// (oy * stride_h - pad_top + i, ox * stride_w - pad_left + j), 0 <= i < pool_h, 0 <= j < pool_w,
/// that lie inside the input. 'same' pads as Conv2D does (TensorFlow): the odd cell goes at the
/// bottom / right. A padded cell is not read at all: a maximum ignores it, an average divides by
/// the number of cells inside the input. What a pooling description says of itself
/// (`window<In>()`) and what its reference kernel reads.
struct pool_geometry {
  int in_h = 0, in_w = 0, channels = 0;
  int out_h = 0, out_w = 0;
  int pool_h = 1, pool_w = 1;
  int stride_h = 1, stride_w = 1;
  int pad_top = 0, pad_left = 0;
};

/// The windows of a pooling with these options over an (h, w, c) input.
constexpr pool_geometry pooling2d_window(const pooling2d_opts& opts, std::span<const std::size_t> in) {
  using conv_arithmetic::conv_padding_before;
  const extent2 strides = pooling2d_strides(opts);
  const auto out = pooling2d_output(opts, in);
  return {int(in[0]), int(in[1]), int(in[2]), int(out[0]), int(out[1]), opts.pool_size.h, opts.pool_size.w,
          strides.h, strides.w, conv_padding_before(int(in[0]), opts.pool_size.h, strides.h, opts.padding),
          conv_padding_before(int(in[1]), opts.pool_size.w, strides.w, opts.padding)};
}

namespace detail {

/// The members MaxPooling2D and AveragePooling2D share; each adds its names and its rules.
template <pooling2d_opts Opts>
struct pooling2d_description {
  static constexpr pooling2d_opts opts = Opts;
  /// Keras's None as the pool size, and a stride of its own: both positive, or the pair {-1, -1}.
  static constexpr bool strides_positive = Opts.strides == extent2{pool_size_strides} || (Opts.strides.h > 0 && Opts.strides.w > 0);
  /// The smallest input 'valid' padding accepts: the window must fit inside it.
  static constexpr int min_input_h = Opts.padding == padding::valid ? Opts.pool_size.h : 1;
  static constexpr int min_input_w = Opts.padding == padding::valid ? Opts.pool_size.w : 1;

  template <class In>
  static constexpr auto output_dims() {
    return pooling2d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
  template <class In>
  static constexpr pool_geometry window() {
    return pooling2d_window(Opts, In::dims);
  }

  /// What a Keras file's pooling layer holds when it is this type (ctnn/layers/keras_config.hpp).
  /// Keras writes the strides it resolved ([2, 2]); a null there means the pool size too.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    const extent2 strides = pooling2d_strides(Opts);
    return {{"pool_size", Opts.pool_size},
            {"strides", strides, {}, false, {strides == Opts.pool_size ? keras::config_value(nullptr) : keras::config_value()}},
            {"padding", Opts.padding == ctnn::padding::same ? "same" : "valid"},
            keras::channels_last_entry()};
  }
};

}  // namespace detail

namespace keras {

/// A file's MaxPooling2D or AveragePooling2D as `ctnn::<name><ctnn::pooling2d_opts{...}>`.
inline layer_reading read_pooling2d(std::string_view name, const config_reader& config, std::span<const extents> inputs) {
  need_image(inputs);
  need_channels_last(config);
  pooling2d_opts opts;
  opts.pool_size = read_pair(config, "pool_size");
  const bool none = config.type("strides") == config_reader::kind::absent || config.type("strides") == config_reader::kind::null;
  opts.strides = none ? opts.pool_size : read_pair(config, "strides");
  opts.padding = read_padding(config);
  if (opts.padding == padding::valid && (inputs[0][0] < std::size_t(opts.pool_size.h) || inputs[0][1] < std::size_t(opts.pool_size.w)))
    throw config_error("with padding 'valid' the pool of " + std::to_string(opts.pool_size.h) + " x " +
                       std::to_string(opts.pool_size.w) + " does not fit in its input " + keras_shape(inputs[0]));
  const auto out = pooling2d_output(opts, inputs[0]);
  return {"ctnn::" + std::string(name) + "<ctnn::pooling2d_opts{.pool_size = " + spell(opts.pool_size) +
              ", .strides = " + spell(opts.strides) + ", .padding = " + spell(opts.padding) + "}>",
          extents(out.begin(), out.end())};
}

}  // namespace keras

}  // namespace ctnn
