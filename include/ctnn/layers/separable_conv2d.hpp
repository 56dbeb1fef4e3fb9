// ctnn/layers/separable_conv2d.hpp: Keras `SeparableConv2D(filters, kernel_size, strides, padding,
// dilation_rate, depth_multiplier, activation, use_bias)`, channels last: a depthwise convolution
// (ctnn/layers/depthwise_conv2d.hpp) followed by a 1 x 1 convolution, with one bias and one
// activation at the end.
#pragma once

#include "ctnn/layers/depthwise_conv2d.hpp"

namespace ctnn {

/// Keyword arguments of SeparableConv2D, in Keras's order. `filters` and `kernel_size` have no
/// default.
struct separable_conv2d_opts {
  int filters = 0;
  extent2 kernel_size = 0;
  extent2 strides = 1;
  ctnn::padding padding = ctnn::padding::valid;
  extent2 dilation_rate = 1;
  int depth_multiplier = 1;
  ctnn::activation activation = ctnn::activation::linear;
  bool use_bias = true;

  template <class Self = separable_conv2d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::separable_conv2d_opts", field("filters", &Self::filters).required(),
                        field("kernel_size", &Self::kernel_size).required(), field("strides", &Self::strides),
                        field("padding", &Self::padding), field("dilation_rate", &Self::dilation_rate),
                        field("depth_multiplier", &Self::depth_multiplier), field("activation", &Self::activation),
                        field("use_bias", &Self::use_bias))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason});
  }
};

/// The depthwise half: the separable convolution's kernel, strides, padding, dilation and
/// multiplier, with no bias and no activation of its own.
constexpr depthwise_conv2d_opts depthwise_part(const separable_conv2d_opts& opts) {
  return {opts.kernel_size, opts.strides, opts.padding, opts.depth_multiplier, opts.dilation_rate, activation::linear, false};
}

/// SeparableConv2D's shape rule, on values: (h, w, c) -> (out(h), out(w), filters), out() as
/// Conv2D's.
constexpr std::array<std::size_t, 3> separable_conv2d_output(const separable_conv2d_opts& opts, std::span<const std::size_t> in) {
  const auto depthwise = depthwise_conv2d_output(depthwise_part(opts), in);
  return {depthwise[0], depthwise[1], std::size_t(opts.filters)};
}

inline constexpr auto separable_conv2d_rules = ctnn::rules(
    CTNN_RULE(opts.filters > 0, "ctnn::separable_conv2d: filters must be positive"),
    CTNN_RULE(opts.kernel_size.h > 0 && opts.kernel_size.w > 0, "ctnn::separable_conv2d: kernel_size must be positive"),
    CTNN_RULE(opts.strides.h > 0 && opts.strides.w > 0, "ctnn::separable_conv2d: strides must be positive"),
    CTNN_RULE(opts.dilation_rate.h > 0 && opts.dilation_rate.w > 0, "ctnn::separable_conv2d: dilation_rate must be positive"),
    CTNN_RULE(opts.depth_multiplier > 0, "ctnn::separable_conv2d: depth_multiplier must be positive"),
    CTNN_RULE(opts.strides == extent2{1} || opts.dilation_rate == extent2{1},
              "ctnn::separable_conv2d: strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)"),
    CTNN_RULE(opts.padding != padding::causal, "ctnn::separable_conv2d: padding 'causal' is for Conv1D only (Keras rejects it here too)"),
    CTNN_RULE(in.size() == 3, "ctnn::separable_conv2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"),
    CTNN_RULE(in[0] >= std::size_t(conv2d_smallest_input(opts).h), "ctnn::separable_conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input rows >= kernel rows)"),
    CTNN_RULE(in[1] >= std::size_t(conv2d_smallest_input(opts).w), "ctnn::separable_conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input columns >= kernel columns)"));

/// (h, w, c) -> (out(h), out(w), filters): each input channel through its own M kernels (the
/// depthwise half, c * M channels), then a 1 x 1 convolution to `filters` channels, its bias and
/// its activation. Parameters: kh * kw * c * M + c * M * filters + filters. Weights
/// depthwise_kernel [kh, kw, c, M], pointwise_kernel [1, 1, c * M, filters], bias [filters].
template <separable_conv2d_opts Opts>
struct separable_conv2d {
  static constexpr std::string_view keras_class = "SeparableConv2D";
  static constexpr std::string_view keras_name = "separable_conv2d";
  static constexpr separable_conv2d_opts opts = Opts;
  /// The depthwise half, whose geometry and kernel layout this layer's kernel reads.
  using depthwise = depthwise_conv2d<depthwise_part(Opts)>;

  static constexpr producer_kind producer = producer_kind::separable;
  static constexpr ctnn::activation function = Opts.activation;

  /// The depthwise half's geometry: c * M channels out of c.
  template <class In>
  static constexpr conv_geometry geometry() {
    return depthwise::template geometry<In>();
  }
  /// The depthwise kernel is weight 0, laid out as depthwise_conv2d's.
  template <class In>
  static constexpr producer_contract depthwise_contract() {
    return depthwise::template contract<In>();
  }
  /// The 1 x 1 kernel [1, 1, c * M, filters] is weight 1 (one cell, [in, out]), the bias weight 2.
  /// FLOPs: the depthwise half's and the 1 x 1 product's.
  template <class In>
  static constexpr producer_contract contract() {
    constexpr std::size_t channels = In::dims[2] * std::size_t(Opts.depth_multiplier), filters = Opts.filters;
    constexpr auto out = output_dims<In>();
    return {1, Opts.use_bias ? 2 : producer_contract::no_weight, kernel_layout::cells_in_out(1, channels, filters),
            depthwise_contract<In>().flops + 2 * out[0] * out[1] * channels * filters};
  }

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(separable_conv2d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return separable_conv2d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t kh = Opts.kernel_size.h, kw = Opts.kernel_size.w, m = Opts.depth_multiplier;
    constexpr std::size_t c = In::dims[2], filters = Opts.filters;
    weight_list list{{"depthwise_kernel", {kh, kw, c, m}, true, initializer::glorot_uniform},
                     {"pointwise_kernel", {1, 1, c * m, filters}, true, initializer::glorot_uniform}};
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
layer_reading read_separable_conv2d(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<separable_conv2d_opts>(config);
  require_rules(separable_conv2d_rules, opts, inputs[0], held_options<separable_conv2d_opts>(config));
  const auto out = separable_conv2d_output(opts, inputs[0]);
  return {"ctnn::separable_conv2d<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind separable_conv2d_kind{"SeparableConv2D", 1, read_separable_conv2d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/separable_conv2d.hpp"
