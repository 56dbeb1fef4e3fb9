// ctnn/layers/depthwise_conv2d.hpp: Keras `DepthwiseConv2D(kernel_size, strides, padding,
// depth_multiplier, dilation_rate, activation, use_bias)`, channels last.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/layers/conv2d.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of DepthwiseConv2D, in Keras's order. `kernel_size` has no default.
struct depthwise_conv2d_opts {
  extent2 kernel_size = 0;
  extent2 strides = 1;
  ctnn::padding padding = ctnn::padding::valid;
  int depth_multiplier = 1;
  extent2 dilation_rate = 1;
  ctnn::activation activation = ctnn::activation::linear;
  bool use_bias = true;

  template <class Self = depthwise_conv2d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::depthwise_conv2d_opts", field("kernel_size", &Self::kernel_size).required(),
                        field("strides", &Self::strides), field("padding", &Self::padding),
                        field("depth_multiplier", &Self::depth_multiplier), field("dilation_rate", &Self::dilation_rate),
                        field("activation", &Self::activation), field("use_bias", &Self::use_bias))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason});
  }
};

/// The depthwise convolution as Conv2D's arithmetic sees it: one filter per output channel, c * M
/// of them, each reading one input channel.
constexpr conv2d_opts as_conv2d(const depthwise_conv2d_opts& opts, std::size_t channels) {
  return {int(channels) * opts.depth_multiplier, opts.kernel_size, opts.strides, opts.padding, opts.dilation_rate,
          opts.activation, opts.use_bias};
}

/// DepthwiseConv2D's shape rule, on values: (h, w, c) -> (out(h), out(w), c * depth_multiplier),
/// out() as Conv2D's.
constexpr std::array<std::size_t, 3> depthwise_conv2d_output(const depthwise_conv2d_opts& opts,
                                                             std::span<const std::size_t> in) {
  return conv2d_output(as_conv2d(opts, in[2]), in);
}

inline constexpr auto depthwise_conv2d_rules = ctnn::rules(
    CTNN_RULE(opts.kernel_size.h > 0 && opts.kernel_size.w > 0, "ctnn::depthwise_conv2d: kernel_size must be positive"),
    CTNN_RULE(opts.strides.h > 0 && opts.strides.w > 0, "ctnn::depthwise_conv2d: strides must be positive"),
    CTNN_RULE(opts.depth_multiplier > 0, "ctnn::depthwise_conv2d: depth_multiplier must be positive"),
    CTNN_RULE(opts.dilation_rate.h > 0 && opts.dilation_rate.w > 0, "ctnn::depthwise_conv2d: dilation_rate must be positive"),
    CTNN_RULE(opts.strides == extent2{1} || opts.dilation_rate == extent2{1},
              "ctnn::depthwise_conv2d: strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)"),
    CTNN_RULE(opts.padding != padding::causal, "ctnn::depthwise_conv2d: padding 'causal' is for Conv1D only (Keras rejects it here too)"),
    CTNN_RULE(in.size() == 3, "ctnn::depthwise_conv2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"),
    CTNN_RULE(in[0] >= std::size_t(conv2d_smallest_input(opts).h), "ctnn::depthwise_conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input rows >= kernel rows)"),
    CTNN_RULE(in[1] >= std::size_t(conv2d_smallest_input(opts).w), "ctnn::depthwise_conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input columns >= kernel columns)"));

/// (h, w, c) -> (out(h), out(w), c * M), M the depth multiplier: output channel c * M + m is input
/// channel c convolved with its own kernel [kh, kw] (c, m). Parameters: kh * kw * c * M + c * M.
/// Kernel [kh, kw, c, M], bias [c * M].
template <depthwise_conv2d_opts Opts>
struct depthwise_conv2d {
  static constexpr std::string_view keras_class = "DepthwiseConv2D";
  static constexpr std::string_view keras_name = "depthwise_conv2d";
  static constexpr depthwise_conv2d_opts opts = Opts;

  static constexpr producer_kind producer = producer_kind::depthwise;
  static constexpr ctnn::activation function = Opts.activation;

  /// Conv2D's geometry with c * M filters: out[oy] reads in[oy * s - pad + ky * d] on each axis,
  /// zeros outside the input; output channel o reads input channel o / M only.
  template <class In>
  static constexpr conv_geometry geometry() {
    return conv2d<as_conv2d(Opts, In::dims[2])>::template geometry<In>();
  }

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(depthwise_conv2d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return depthwise_conv2d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t kh = Opts.kernel_size.h, kw = Opts.kernel_size.w, m = Opts.depth_multiplier;
    weight_list list{{"depthwise_kernel", {kh, kw, In::dims[2], m}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {In::dims[2] * m}, true, initializer::zeros});
    return list;
  }
  /// The kernel is weight 0, the bias weight 1. Each output channel o has one input: its kernel
  /// value of cell t is at (t, 0, o) of a layout with one input channel, [cells, c * M] (Keras's
  /// [kh, kw, c, M] with c and M side by side). Every output value sums kh * kw products.
  template <class In>
  static constexpr producer_contract contract() {
    constexpr std::size_t cells = std::size_t(Opts.kernel_size.h) * std::size_t(Opts.kernel_size.w);
    constexpr std::size_t outs = In::dims[2] * std::size_t(Opts.depth_multiplier);
    constexpr auto out = output_dims<In>();
    return {0, Opts.use_bias ? 1 : producer_contract::no_weight, kernel_layout{cells, 1, outs, outs, 0, 1},
            2 * cells * out[0] * out[1] * out[2]};
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

namespace keras {

template <class Config = config_reader>
layer_reading read_depthwise_conv2d(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<depthwise_conv2d_opts>(config);
  require_rules(depthwise_conv2d_rules, opts, inputs[0], held_options<depthwise_conv2d_opts>(config));
  const auto out = depthwise_conv2d_output(opts, inputs[0]);
  return {"ctnn::depthwise_conv2d<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind depthwise_conv2d_kind{"DepthwiseConv2D", 1, read_depthwise_conv2d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/depthwise_conv2d.hpp"
