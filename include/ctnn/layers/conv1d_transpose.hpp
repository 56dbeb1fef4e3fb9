// ctnn/layers/conv1d_transpose.hpp: Keras `Conv1DTranspose(filters, kernel_size, strides,
// padding, output_padding, dilation_rate, activation, use_bias)`, channels last:
// Conv2DTranspose on an image of one row (ctnn/layers/conv1d.hpp says why).
#pragma once

#include "ctnn/layers/conv1d.hpp"
#include "ctnn/layers/conv2d_transpose.hpp"

namespace ctnn {

/// Keyword arguments of Conv1DTranspose, in Keras's order. `filters` and `kernel_size` have no
/// default; `output_padding` defaults to Keras's None, spelled -1, and when given must be in
/// [0, strides).
struct conv1d_transpose_opts {
  int filters = 0;
  extent1 kernel_size = 0;
  extent1 strides = 1;
  ctnn::padding padding = ctnn::padding::valid;
  extent1 output_padding = conv_arithmetic::no_output_padding;
  extent1 dilation_rate = 1;
  ctnn::activation activation = ctnn::activation::linear;
  bool use_bias = true;

  template <class Self = conv1d_transpose_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::conv1d_transpose_opts", field("filters", &Self::filters).required(),
                        field("kernel_size", &Self::kernel_size).required(), field("strides", &Self::strides),
                        field("padding", &Self::padding),
                        field("output_padding", &Self::output_padding).none(conv_arithmetic::no_output_padding),
                        field("dilation_rate", &Self::dilation_rate), field("activation", &Self::activation),
                        field("use_bias", &Self::use_bias))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason})
        .with_fixed({{"groups", 1, {}, false, {}, true}, "grouped convolutions are not supported"});
  }
};

/// Conv1DTranspose as Conv2DTranspose sees it, on the image (1, steps, channels): the row axis
/// has a kernel, stride and dilation of 1, and an output padding of 0 where the steps have one.
constexpr conv2d_transpose_opts as_one_row(const conv1d_transpose_opts& opts) {
  const bool padded = opts.output_padding != conv_arithmetic::no_output_padding;
  return {opts.filters,
          {1, opts.kernel_size},
          {1, opts.strides},
          opts.padding,
          padded ? extent2{0, opts.output_padding} : extent2{conv_arithmetic::no_output_padding},
          {1, opts.dilation_rate},
          opts.activation,
          opts.use_bias};
}

/// Conv1DTranspose's shape rule, on values: (steps, c) -> (out(steps), filters), out() from
/// conv_arithmetic::transpose_output_length with the dilated kernel.
constexpr std::array<std::size_t, 2> conv1d_transpose_output(const conv1d_transpose_opts& opts, std::span<const std::size_t> in) {
  const std::array<std::size_t, 3> row{1, in[0], in[1]};
  const auto image = conv2d_transpose_output(as_one_row(opts), row);
  return {image[1], image[2]};
}

/// The output's length, and the length the Conv1D that maps the output back would give (which
/// TensorFlow requires to be the input's).
constexpr int conv1d_transpose_length(const conv1d_transpose_opts& opts, std::span<const std::size_t> in) {
  return conv2d_transpose_lengths(as_one_row(opts), std::array<std::size_t, 2>{1, in[0]})[1];
}
constexpr int conv1d_transpose_round_trip(const conv1d_transpose_opts& opts, std::span<const std::size_t> in) {
  return conv2d_transpose_round_trip(as_one_row(opts), std::array<std::size_t, 2>{1, in[0]})[1];
}

/// Conv1DTranspose's rules, on its options and its input's extents.
inline constexpr auto conv1d_transpose_rules = ctnn::rules(
    CTNN_RULE(opts.filters > 0, "ctnn::conv1d_transpose: filters must be positive"),
    CTNN_RULE(opts.kernel_size > 0, "ctnn::conv1d_transpose: kernel_size must be positive"),
    CTNN_RULE(opts.strides > 0, "ctnn::conv1d_transpose: strides must be positive"),
    CTNN_RULE(opts.dilation_rate > 0, "ctnn::conv1d_transpose: dilation_rate must be positive"),
    CTNN_RULE(opts.strides == 1 || opts.dilation_rate == 1,
              "ctnn::conv1d_transpose: strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)"),
    CTNN_RULE(opts.padding != padding::causal, "ctnn::conv1d_transpose: padding 'causal' is for Conv1D only (Keras rejects it here too)"),
    CTNN_RULE(opts.output_padding == conv_arithmetic::no_output_padding || opts.output_padding >= 0,
              "ctnn::conv1d_transpose: output_padding must be non-negative, or left unset (Keras's None)"),
    CTNN_RULE(opts.output_padding < opts.strides, "ctnn::conv1d_transpose: output_padding must be smaller than strides"),
    CTNN_RULE(in.size() == 2, "ctnn::conv1d_transpose: the input must be a sequence of rank 2 (steps, channels); put a reshape before it"),
    CTNN_RULE(conv1d_transpose_length(opts, in) > 0, "ctnn::conv1d_transpose: this kernel, padding and output_padding leave an empty output"),
    CTNN_RULE(conv1d_transpose_round_trip(opts, in) == int(in[0]),
              "ctnn::conv1d_transpose: the output would not convolve back to the input's steps, which TensorFlow rejects (leave output_padding unset, or with padding 'same' and an even kernel set it to 1 or more)"));

/// (steps, c) -> (out(steps), filters). Parameters: k * filters * c + filters. Kernel
/// [k, filters, c] (output channels before input channels), bias [filters]: Conv2DTranspose's
/// [1, k, filters, c] without its row axis, the same values in the same order.
template <conv1d_transpose_opts Opts>
struct conv1d_transpose {
  static constexpr std::string_view keras_class = "Conv1DTranspose";
  static constexpr std::string_view keras_name = "conv1d_transpose";
  static constexpr conv1d_transpose_opts opts = Opts;
  /// The same transposed convolution on one row, whose loops this layer runs.
  using on_one_row = conv2d_transpose<as_one_row(Opts)>;

  static constexpr producer_kind producer = producer_kind::convolution;
  static constexpr ctnn::activation function = Opts.activation;

  template <class In>
  static constexpr conv_geometry geometry() {
    return on_one_row::template geometry<one_row<In>>();
  }

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(conv1d_transpose_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return conv1d_transpose_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t k = Opts.kernel_size, filters = Opts.filters;
    weight_list list{{"kernel", {k, filters, In::dims[1]}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {filters}, true, initializer::zeros});
    return list;
  }
  /// Conv2DTranspose's contract on one row: the kernel is weight 0 ([k, filters, c], k cells),
  /// the bias weight 1.
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
layer_reading read_conv1d_transpose(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<conv1d_transpose_opts>(config);
  require_rules(conv1d_transpose_rules, opts, inputs[0], held_options<conv1d_transpose_opts>(config));
  const auto out = conv1d_transpose_output(opts, inputs[0]);
  return {"ctnn::conv1d_transpose<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind conv1d_transpose_kind{"Conv1DTranspose", 1, read_conv1d_transpose<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/conv1d_transpose.hpp"
