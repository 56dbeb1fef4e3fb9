// ctnn/layers/conv1d.hpp: Keras `Conv1D(filters, kernel_size, strides, padding, dilation_rate,
// activation, use_bias)`, channels last.
//
// A 1-D layer is its 2-D sibling on an image of one row: a sequence (steps, channels) is the
// image (1, steps, channels), and Conv1D(k, s, d) is Conv2D((1, k), (1, s), (1, d)) on it. Conv1D
// states its own options, rules, shape rule and Keras weights here; its loops (the geometry, the
// producer contract, the reference kernel and the fused engine's lowering) are Conv2D's, read
// through `as_one_row`. The only thing Conv2D lacks is 'causal' padding, which conv_arithmetic
// computes for every convolution and Conv2D's rules refuse.
#pragma once

#include "ctnn/layers/conv2d.hpp"

namespace ctnn {

/// Keyword arguments of Conv1D, in Keras's order. `filters` and `kernel_size` have no default.
struct conv1d_opts {
  int filters = 0;
  extent1 kernel_size = 0;
  extent1 strides = 1;
  ctnn::padding padding = ctnn::padding::valid;
  extent1 dilation_rate = 1;
  ctnn::activation activation = ctnn::activation::linear;
  bool use_bias = true;

  template <class Self = conv1d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::conv1d_opts", field("filters", &Self::filters).required(),
                        field("kernel_size", &Self::kernel_size).required(), field("strides", &Self::strides),
                        field("padding", &Self::padding), field("dilation_rate", &Self::dilation_rate),
                        field("activation", &Self::activation), field("use_bias", &Self::use_bias))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason})
        .with_fixed({{"groups", 1, {}, false, {}, true}, "grouped convolutions are not supported"});
  }
};

/// Conv1D as Conv2D sees it, on the image (1, steps, channels).
constexpr conv2d_opts as_one_row(const conv1d_opts& opts) {
  return {opts.filters, {1, opts.kernel_size}, {1, opts.strides}, opts.padding, {1, opts.dilation_rate}, opts.activation,
          opts.use_bias};
}

/// The image of one row that a sequence (steps, channels) is to its layer's 2-D sibling.
template <class In>
using one_row = shape<1, In::dims[0], In::dims[1]>;

/// Conv1D's shape rule, on values: (steps, c) -> (out(steps), filters), out() from
/// conv_arithmetic::conv_output_length with the dilated kernel (causal: ceil(steps / strides)).
constexpr std::array<std::size_t, 2> conv1d_output(const conv1d_opts& opts, std::span<const std::size_t> in) {
  const std::array<std::size_t, 3> row{1, in[0], in[1]};
  const auto image = conv2d_output(as_one_row(opts), row);
  return {image[1], image[2]};
}

inline constexpr auto conv1d_rules = ctnn::rules(
    CTNN_RULE(opts.filters > 0, "ctnn::conv1d: filters must be positive"),
    CTNN_RULE(opts.kernel_size > 0, "ctnn::conv1d: kernel_size must be positive"),
    CTNN_RULE(opts.strides > 0, "ctnn::conv1d: strides must be positive"),
    CTNN_RULE(opts.dilation_rate > 0, "ctnn::conv1d: dilation_rate must be positive"),
    CTNN_RULE(opts.strides == 1 || opts.dilation_rate == 1,
              "ctnn::conv1d: strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)"),
    CTNN_RULE(in.size() == 2, "ctnn::conv1d: the input must be a sequence of rank 2 (steps, channels); put a reshape before it"),
    CTNN_RULE(opts.padding != padding::valid || in[0] >= std::size_t(conv_arithmetic::effective_extent(opts.kernel_size, opts.dilation_rate)),
              "ctnn::conv1d: with padding 'valid' the (dilated) kernel must fit in the input (input steps >= kernel size)"));

/// (steps, c) -> (out(steps), filters). Parameters: k * c * filters + filters. Kernel
/// [k, c, filters], bias [filters]: Conv2D's [1, k, c, filters] without its row axis, the same
/// values in the same order.
template <conv1d_opts Opts>
struct conv1d {
  static constexpr std::string_view keras_class = "Conv1D";
  static constexpr std::string_view keras_name = "conv1d";
  static constexpr conv1d_opts opts = Opts;
  /// The same convolution on one row, whose loops this layer runs.
  using on_one_row = conv2d<as_one_row(Opts)>;

  static constexpr producer_kind producer = producer_kind::convolution;
  static constexpr ctnn::activation function = Opts.activation;

  template <class In>
  static constexpr conv_geometry geometry() {
    return on_one_row::template geometry<one_row<In>>();
  }

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(conv1d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return conv1d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t k = Opts.kernel_size, filters = Opts.filters;
    weight_list list{{"kernel", {k, In::dims[1], filters}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {filters}, true, initializer::zeros});
    return list;
  }
  /// Conv2D's contract on one row: the kernel is weight 0 ([k, c, filters], k cells), the bias
  /// weight 1; every output value sums k * c products.
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
layer_reading read_conv1d(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<conv1d_opts>(config);
  require_rules(conv1d_rules, opts, inputs[0], held_options<conv1d_opts>(config));
  const auto out = conv1d_output(opts, inputs[0]);
  return {"ctnn::conv1d<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind conv1d_kind{"Conv1D", 1, read_conv1d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/conv1d.hpp"
