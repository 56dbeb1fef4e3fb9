// ctnn/layers/conv2d_transpose.hpp: Keras `Conv2DTranspose(filters, kernel_size, strides,
// padding, output_padding, dilation_rate, activation, use_bias)`, channels last.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/layers/conv2d.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of Conv2DTranspose, in Keras's order. `output_padding` defaults to Keras's
/// None, spelled {-1, -1}; when given, both values must be in [0, strides).
struct conv2d_transpose_opts {
  int filters = 0;
  extent2 kernel_size = 0;
  extent2 strides = 1;
  ctnn::padding padding = ctnn::padding::valid;
  extent2 output_padding = conv_arithmetic::no_output_padding;
  extent2 dilation_rate = 1;
  ctnn::activation activation = ctnn::activation::linear;
  bool use_bias = true;

  template <class Self = conv2d_transpose_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    using opts = Self;
    return ctnn::schema("ctnn::conv2d_transpose_opts", field("filters", &opts::filters).required(),
                        field("kernel_size", &opts::kernel_size).required(), field("strides", &opts::strides),
                        field("padding", &opts::padding),
                        field("output_padding", &opts::output_padding).none(conv_arithmetic::no_output_padding),
                        field("dilation_rate", &opts::dilation_rate), field("activation", &opts::activation),
                        field("use_bias", &opts::use_bias))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason})
        .with_fixed({{"groups", 1, {}, false, {}, true}, "grouped convolutions are not supported"});
  }
};

/// Conv2DTranspose's output lengths, on values: out() from conv_arithmetic::transpose_output_length
/// with the dilated kernel.
constexpr std::array<int, 2> conv2d_transpose_lengths(const conv2d_transpose_opts& opts, const auto& in) {
  using conv_arithmetic::effective_extent, conv_arithmetic::transpose_output_length;
  return {transpose_output_length(int(in[0]), effective_extent(opts.kernel_size.h, opts.dilation_rate.h),
                                  opts.strides.h, opts.padding, opts.output_padding.h),
          transpose_output_length(int(in[1]), effective_extent(opts.kernel_size.w, opts.dilation_rate.w),
                                  opts.strides.w, opts.padding, opts.output_padding.w)};
}

/// Conv2DTranspose's shape rule, on values: (h, w, c) -> (out(h), out(w), filters). The type
/// (output_dims) and ctnn-keras-type (keras::conv2d_transpose_kind) both compute extents with it.
constexpr std::array<std::size_t, 3> conv2d_transpose_output(const conv2d_transpose_opts& opts, std::span<const std::size_t> in) {
  const auto lengths = conv2d_transpose_lengths(opts, in);
  return {static_cast<std::size_t>(lengths[0]), static_cast<std::size_t>(lengths[1]), static_cast<std::size_t>(opts.filters)};
}

/// TensorFlow computes a transposed convolution as the gradient of the Conv2D that maps the
/// output back to the input, and refuses shapes for which that Conv2D gives another size: the
/// lengths that Conv2D gives from the output, on each axis.
constexpr std::array<int, 2> conv2d_transpose_round_trip(const conv2d_transpose_opts& opts, const auto& in) {
  using conv_arithmetic::conv_output_length, conv_arithmetic::effective_extent;
  const auto out = conv2d_transpose_lengths(opts, in);
  return {conv_output_length(out[0], effective_extent(opts.kernel_size.h, opts.dilation_rate.h), opts.strides.h, opts.padding),
          conv_output_length(out[1], effective_extent(opts.kernel_size.w, opts.dilation_rate.w), opts.strides.w, opts.padding)};
}

/// Conv2DTranspose's rules, on its options and its input's extents.
inline constexpr auto conv2d_transpose_rules = ctnn::rules(
    CTNN_CONV2D_OPTION_RULES("ctnn::conv2d_transpose"),
    CTNN_RULE(opts.output_padding == conv_arithmetic::no_output_padding || (opts.output_padding.h >= 0 && opts.output_padding.w >= 0),
              "ctnn::conv2d_transpose: output_padding must be non-negative, or left unset (Keras's None)"),
    CTNN_RULE(opts.output_padding.h < opts.strides.h, "ctnn::conv2d_transpose: output_padding must be smaller than strides (rows)"),
    CTNN_RULE(opts.output_padding.w < opts.strides.w, "ctnn::conv2d_transpose: output_padding must be smaller than strides (columns)"),
    CTNN_RULE(in.size() == 3, "ctnn::conv2d_transpose: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"),
    CTNN_RULE(conv2d_transpose_lengths(opts, in)[0] > 0 && conv2d_transpose_lengths(opts, in)[1] > 0,
              "ctnn::conv2d_transpose: this kernel, padding and output_padding leave an empty output"),
    CTNN_RULE(conv2d_transpose_round_trip(opts, in)[0] == int(in[0]),
              "ctnn::conv2d_transpose: the output would not convolve back to the input's rows, which TensorFlow rejects (padding 'same' with an even kernel needs output_padding >= 1)"),
    CTNN_RULE(conv2d_transpose_round_trip(opts, in)[1] == int(in[1]),
              "ctnn::conv2d_transpose: the output would not convolve back to the input's columns, which TensorFlow rejects (padding 'same' with an even kernel needs output_padding >= 1)"));

/// The gradient of a Conv2D: out[i * s + j * d - crop] += x[i] * kernel[j] on each axis, then
/// bias and activation. Output length and crop: conv_arithmetic::transpose_output_length and
/// transpose_crop_before. Parameters: kh * kw * filters * c + filters.
/// Kernel [kh, kw, filters, c] (output channels before input channels), bias [filters].
template <conv2d_transpose_opts Opts>
struct conv2d_transpose {
  static constexpr std::string_view keras_class = "Conv2DTranspose";
  static constexpr std::string_view keras_name = "conv2d_transpose";
  static constexpr conv2d_transpose_opts opts = Opts;

  static constexpr producer_kind producer = producer_kind::convolution;
  static constexpr ctnn::activation function = Opts.activation;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(conv2d_transpose_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return conv2d_transpose_output(Opts, In::dims);
  }
  /// in[iy] feeds out[iy * s + ky * d - crop] on each axis, what falls outside dropped.
  template <class In>
  static constexpr conv_geometry geometry() {
    using conv_arithmetic::effective_extent, conv_arithmetic::transpose_crop_before;
    constexpr auto out = output_dims<In>();
    return {true, int(In::dims[0]), int(In::dims[1]), int(In::dims[2]), int(out[0]), int(out[1]), Opts.filters,
            Opts.kernel_size.h, Opts.kernel_size.w, Opts.strides.h, Opts.strides.w,
            Opts.dilation_rate.h, Opts.dilation_rate.w,
            transpose_crop_before(int(In::dims[0]), effective_extent(Opts.kernel_size.h, Opts.dilation_rate.h), Opts.strides.h,
                                  Opts.padding, Opts.output_padding.h),
            transpose_crop_before(int(In::dims[1]), effective_extent(Opts.kernel_size.w, Opts.dilation_rate.w), Opts.strides.w,
                                  Opts.padding, Opts.output_padding.w)};
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t kh = Opts.kernel_size.h, kw = Opts.kernel_size.w, filters = Opts.filters;
    weight_list list{{"kernel", {kh, kw, filters, In::dims[2]}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {filters}, true, initializer::zeros});
    return list;
  }
  /// The kernel [kh, kw, filters, c] (output channels first) is weight 0, the bias weight 1; every
  /// input value meets every kernel cell and filter, whether or not it lands inside the output.
  template <class In>
  static constexpr producer_contract contract() {
    constexpr std::size_t cells = std::size_t(Opts.kernel_size.h) * std::size_t(Opts.kernel_size.w), filters = Opts.filters;
    return {0, Opts.use_bias ? 1 : producer_contract::no_weight, kernel_layout::cells_out_in(cells, In::dims[2], filters),
            2 * cells * In::size * filters};
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

namespace keras {

template <class Config = config_reader>
layer_reading read_conv2d_transpose(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<conv2d_transpose_opts>(config);
  require_rules(conv2d_transpose_rules, opts, inputs[0], held_options<conv2d_transpose_opts>(config));
  const auto out = conv2d_transpose_output(opts, inputs[0]);
  return {"ctnn::conv2d_transpose<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind conv2d_transpose_kind{"Conv2DTranspose", 1, read_conv2d_transpose<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/conv2d_transpose.hpp"
