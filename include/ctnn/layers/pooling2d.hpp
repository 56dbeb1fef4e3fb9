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
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keras's `strides=None`: the strides are the pool size.
inline constexpr int pool_size_strides = -1;

/// Keyword arguments of MaxPooling2D and AveragePooling2D, in Keras's order.
struct pooling2d_opts {
  extent2 pool_size = 2;
  extent2 strides = pool_size_strides;  ///< {-1, -1}: Keras's None, the pool size
  ctnn::padding padding = ctnn::padding::valid;

  /// Keras writes the strides it resolved ([2, 2]); a null there means the pool size too.
  template <class Self = pooling2d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::pooling2d_opts", field("pool_size", &Self::pool_size),
                        field("strides", &Self::strides).none(pool_size_strides).none_means([](const Self& opts) {
                          return opts.pool_size;
                        }),
                        field("padding", &Self::padding))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason});
  }
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

/// The smallest input a pooling's padding accepts: with 'valid', the window must fit inside it.
constexpr extent2 pooling2d_smallest_input(const pooling2d_opts& opts) { return opts.padding == padding::same ? extent2{1} : opts.pool_size; }

/// The rules of MaxPooling2D and AveragePooling2D, on the options and the input's extents; `layer`
/// starts each message.
#define CTNN_POOLING2D_RULES(layer)                                                                                   \
  CTNN_RULE(opts.pool_size.h > 0 && opts.pool_size.w > 0, layer ": pool_size must be positive"),                      \
  CTNN_RULE(opts.strides == extent2{pool_size_strides} || (opts.strides.h > 0 && opts.strides.w > 0),                  \
            layer ": strides must be positive (or left out: Keras's None, the pool size)"),                             \
  CTNN_RULE(opts.padding != padding::causal, layer ": padding 'causal' is for Conv1D only (Keras rejects it here too)"),     \
  CTNN_RULE(in.size() == 3, layer ": the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"), \
  CTNN_RULE(in[0] >= std::size_t(pooling2d_smallest_input(opts).h),                                                    \
            layer ": with padding 'valid' the pool must fit in the input (input rows >= pool rows)"),                   \
  CTNN_RULE(in[1] >= std::size_t(pooling2d_smallest_input(opts).w),                                                    \
            layer ": with padding 'valid' the pool must fit in the input (input columns >= pool columns)")

namespace detail {

/// The members MaxPooling2D and AveragePooling2D share; each adds its names and its rules.
template <pooling2d_opts Opts>
struct pooling2d_description {
  static constexpr pooling2d_opts opts = Opts;

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

  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

}  // namespace detail

namespace keras {

/// A file's MaxPooling2D or AveragePooling2D as `ctnn::<name><ctnn::pooling2d_opts{...}>`.
template <const auto& Rules, class Config>
layer_reading read_pooling2d(std::string_view name, const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<pooling2d_opts>(config);
  require_rules(Rules, opts, inputs[0], held_options<pooling2d_opts>(config));
  const auto out = pooling2d_output(opts, inputs[0]);
  return {"ctnn::" + std::string(name) + "<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}

}  // namespace keras

}  // namespace ctnn
