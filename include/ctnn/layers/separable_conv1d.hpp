// ctnn/layers/separable_conv1d.hpp: Keras `SeparableConv1D(filters, kernel_size, strides,
// padding, dilation_rate, depth_multiplier, activation, use_bias)`, channels last:
// SeparableConv2D on an image of one row (ctnn/layers/conv1d.hpp says why).
#pragma once

#include "ctnn/layers/conv1d.hpp"
#include "ctnn/layers/separable_conv2d.hpp"

namespace ctnn {

/// Keyword arguments of SeparableConv1D, in Keras's order. `filters` and `kernel_size` have no
/// default.
struct separable_conv1d_opts {
  int filters = 0;
  extent1 kernel_size = 0;
  extent1 strides = 1;
  ctnn::padding padding = ctnn::padding::valid;
  extent1 dilation_rate = 1;
  int depth_multiplier = 1;
  ctnn::activation activation = ctnn::activation::linear;
  bool use_bias = true;

  template <class Self = separable_conv1d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::separable_conv1d_opts", field("filters", &Self::filters).required(),
                        field("kernel_size", &Self::kernel_size).required(), field("strides", &Self::strides),
                        field("padding", &Self::padding), field("dilation_rate", &Self::dilation_rate),
                        field("depth_multiplier", &Self::depth_multiplier), field("activation", &Self::activation),
                        field("use_bias", &Self::use_bias))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason});
  }
};

/// SeparableConv1D as SeparableConv2D sees it, on the image (1, steps, channels).
constexpr separable_conv2d_opts as_one_row(const separable_conv1d_opts& opts) {
  return {opts.filters, {1, opts.kernel_size}, {1, opts.strides}, opts.padding, {1, opts.dilation_rate}, opts.depth_multiplier,
          opts.activation, opts.use_bias};
}

/// SeparableConv1D's shape rule, on values: (steps, c) -> (out(steps), filters), out() as
/// Conv1D's (causal: ceil(steps / strides)).
constexpr std::array<std::size_t, 2> separable_conv1d_output(const separable_conv1d_opts& opts, std::span<const std::size_t> in) {
  const std::array<std::size_t, 3> row{1, in[0], in[1]};
  const auto image = separable_conv2d_output(as_one_row(opts), row);
  return {image[1], image[2]};
}

inline constexpr auto separable_conv1d_rules = ctnn::rules(
    CTNN_RULE(opts.filters > 0, "ctnn::separable_conv1d: filters must be positive"),
    CTNN_RULE(opts.kernel_size > 0, "ctnn::separable_conv1d: kernel_size must be positive"),
    CTNN_RULE(opts.strides > 0, "ctnn::separable_conv1d: strides must be positive"),
    CTNN_RULE(opts.dilation_rate > 0, "ctnn::separable_conv1d: dilation_rate must be positive"),
    CTNN_RULE(opts.depth_multiplier > 0, "ctnn::separable_conv1d: depth_multiplier must be positive"),
    CTNN_RULE(opts.strides == 1 || opts.dilation_rate == 1,
              "ctnn::separable_conv1d: strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)"),
    CTNN_RULE(in.size() == 2, "ctnn::separable_conv1d: the input must be a sequence of rank 2 (steps, channels); put a reshape before it"),
    CTNN_RULE(opts.padding != padding::valid || in[0] >= std::size_t(conv_arithmetic::effective_extent(opts.kernel_size, opts.dilation_rate)),
              "ctnn::separable_conv1d: with padding 'valid' the (dilated) kernel must fit in the input (input steps >= kernel size)"));

/// (steps, c) -> (out(steps), filters): each input channel through its own M kernels (the
/// depthwise half, c * M channels), then a kernel-1 convolution to `filters` channels, its bias
/// and its activation. Parameters: k * c * M + c * M * filters + filters. Weights depthwise_kernel
/// [k, c, M], pointwise_kernel [1, c * M, filters], bias [filters]: SeparableConv2D's without
/// their row axis. Padding 'causal' is tf.keras 2's (Keras 3 refuses it): Conv1D's causal zeros.
/// Fused as SeparableConv2D.
template <separable_conv1d_opts Opts>
struct separable_conv1d {
  static constexpr std::string_view keras_class = "SeparableConv1D";
  static constexpr std::string_view keras_name = "separable_conv1d";
  static constexpr separable_conv1d_opts opts = Opts;
  /// The same convolution on one row, whose loops this layer runs.
  using on_one_row = separable_conv2d<as_one_row(Opts)>;

  static constexpr producer_kind producer = producer_kind::separable;
  static constexpr ctnn::activation function = Opts.activation;

  template <class In>
  static constexpr conv_geometry geometry() {
    return on_one_row::template geometry<one_row<In>>();
  }
  template <class In>
  static constexpr producer_contract depthwise_contract() {
    return on_one_row::template depthwise_contract<one_row<In>>();
  }
  template <class In>
  static constexpr producer_contract contract() {
    return on_one_row::template contract<one_row<In>>();
  }
  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(separable_conv1d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return separable_conv1d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t k = Opts.kernel_size, m = Opts.depth_multiplier, c = In::dims[1], filters = Opts.filters;
    weight_list list{{"depthwise_kernel", {k, c, m}, true, initializer::glorot_uniform},
                     {"pointwise_kernel", {1, c * m, filters}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {filters}, true, initializer::zeros});
    return list;
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

namespace keras {

template <class Config = config_reader>
layer_reading read_separable_conv1d(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<separable_conv1d_opts>(config);
  require_rules(separable_conv1d_rules, opts, inputs[0], held_options<separable_conv1d_opts>(config));
  const auto out = separable_conv1d_output(opts, inputs[0]);
  return {"ctnn::separable_conv1d<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind separable_conv1d_kind{"SeparableConv1D", 1, read_separable_conv1d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/separable_conv1d.hpp"
