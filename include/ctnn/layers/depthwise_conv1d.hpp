// ctnn/layers/depthwise_conv1d.hpp: Keras 3 `DepthwiseConv1D(kernel_size, strides, padding,
// depth_multiplier, dilation_rate, activation, use_bias)`, channels last: DepthwiseConv2D on an
// image of one row (ctnn/layers/conv1d.hpp says why).
#pragma once

#include "ctnn/layers/conv1d.hpp"
#include "ctnn/layers/depthwise_conv2d.hpp"

namespace ctnn {

/// Keyword arguments of DepthwiseConv1D, in Keras's order. `kernel_size` has no default.
struct depthwise_conv1d_opts {
  extent1 kernel_size = 0;
  extent1 strides = 1;
  ctnn::padding padding = ctnn::padding::valid;
  int depth_multiplier = 1;
  extent1 dilation_rate = 1;
  ctnn::activation activation = ctnn::activation::linear;
  bool use_bias = true;

  template <class Self = depthwise_conv1d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::depthwise_conv1d_opts", field("kernel_size", &Self::kernel_size).required(),
                        field("strides", &Self::strides), field("padding", &Self::padding),
                        field("depth_multiplier", &Self::depth_multiplier), field("dilation_rate", &Self::dilation_rate),
                        field("activation", &Self::activation), field("use_bias", &Self::use_bias))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason});
  }
};

/// DepthwiseConv1D as DepthwiseConv2D sees it, on the image (1, steps, channels).
constexpr depthwise_conv2d_opts as_one_row(const depthwise_conv1d_opts& opts) {
  return {{1, opts.kernel_size}, {1, opts.strides}, opts.padding, opts.depth_multiplier, {1, opts.dilation_rate}, opts.activation,
          opts.use_bias};
}

/// DepthwiseConv1D's shape rule, on values: (steps, c) -> (out(steps), c * depth_multiplier).
constexpr std::array<std::size_t, 2> depthwise_conv1d_output(const depthwise_conv1d_opts& opts, std::span<const std::size_t> in) {
  const std::array<std::size_t, 3> row{1, in[0], in[1]};
  const auto image = depthwise_conv2d_output(as_one_row(opts), row);
  return {image[1], image[2]};
}

inline constexpr auto depthwise_conv1d_rules = ctnn::rules(
    CTNN_RULE(opts.kernel_size > 0, "ctnn::depthwise_conv1d: kernel_size must be positive"),
    CTNN_RULE(opts.strides > 0, "ctnn::depthwise_conv1d: strides must be positive"),
    CTNN_RULE(opts.depth_multiplier > 0, "ctnn::depthwise_conv1d: depth_multiplier must be positive"),
    CTNN_RULE(opts.dilation_rate > 0, "ctnn::depthwise_conv1d: dilation_rate must be positive"),
    CTNN_RULE(opts.strides == 1 || opts.dilation_rate == 1,
              "ctnn::depthwise_conv1d: strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)"),
    CTNN_RULE(opts.padding != padding::causal, "ctnn::depthwise_conv1d: padding 'causal' is not supported (Keras rejects it too: 'valid' or 'same')"),
    CTNN_RULE(in.size() == 2, "ctnn::depthwise_conv1d: the input must be a sequence of rank 2 (steps, channels); put a reshape before it"),
    CTNN_RULE(opts.padding != padding::valid || in[0] >= std::size_t(conv_arithmetic::effective_extent(opts.kernel_size, opts.dilation_rate)),
              "ctnn::depthwise_conv1d: with padding 'valid' the (dilated) kernel must fit in the input (input steps >= kernel size)"));

/// (steps, c) -> (out(steps), c * M), M the depth multiplier: output channel c * M + m is input
/// channel c convolved with its own kernel [k] (c, m). Parameters: k * c * M + c * M. Kernel
/// [k, c, M] (Keras 3 names it `kernel`), bias [c * M]: DepthwiseConv2D's [1, k, c, M] without its
/// row axis. Fused as DepthwiseConv2D (its epilogue, batch-norm folding, threads).
template <depthwise_conv1d_opts Opts>
struct depthwise_conv1d {
  static constexpr std::string_view keras_class = "DepthwiseConv1D";
  static constexpr std::string_view keras_name = "depthwise_conv1d";
  static constexpr depthwise_conv1d_opts opts = Opts;
  /// The same convolution on one row, whose loops this layer runs.
  using on_one_row = depthwise_conv2d<as_one_row(Opts)>;

  static constexpr producer_kind producer = producer_kind::depthwise;
  static constexpr ctnn::activation function = Opts.activation;

  template <class In>
  static constexpr conv_geometry geometry() {
    return on_one_row::template geometry<one_row<In>>();
  }
  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(depthwise_conv1d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return depthwise_conv1d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t k = Opts.kernel_size, m = Opts.depth_multiplier;
    weight_list list{{"kernel", {k, In::dims[1], m}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {In::dims[1] * m}, true, initializer::zeros});
    return list;
  }
  /// DepthwiseConv2D's contract on one row: the kernel is weight 0, the bias weight 1.
  template <class In>
  static constexpr producer_contract contract() {
    return on_one_row::template contract<one_row<In>>();
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

namespace keras {

template <class Config = config_reader>
layer_reading read_depthwise_conv1d(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<depthwise_conv1d_opts>(config);
  require_rules(depthwise_conv1d_rules, opts, inputs[0], held_options<depthwise_conv1d_opts>(config));
  const auto out = depthwise_conv1d_output(opts, inputs[0]);
  return {"ctnn::depthwise_conv1d<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind depthwise_conv1d_kind{"DepthwiseConv1D", 1, read_depthwise_conv1d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/depthwise_conv1d.hpp"
