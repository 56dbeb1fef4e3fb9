// ctnn/layers/conv2d.hpp: Keras `Conv2D(filters, kernel_size, strides, padding, dilation_rate,
// activation, use_bias)`, channels last.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of Conv2D, in Keras's order. `filters` and `kernel_size` have no default.
struct conv2d_opts {
  int filters = 0;
  extent2 kernel_size = 0;
  extent2 strides = 1;
  ctnn::padding padding = ctnn::padding::valid;
  extent2 dilation_rate = 1;
  ctnn::activation activation = ctnn::activation::linear;
  bool use_bias = true;

  template <class Self = conv2d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::conv2d_opts", field("filters", &Self::filters).required(),
                        field("kernel_size", &Self::kernel_size).required(), field("strides", &Self::strides),
                        field("padding", &Self::padding), field("dilation_rate", &Self::dilation_rate),
                        field("activation", &Self::activation), field("use_bias", &Self::use_bias))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason})
        .with_fixed({{"groups", 1, {}, false, {}, true}, "grouped convolutions are not supported"});
  }
};

/// Conv2D's shape rule, on values: (h, w, c) -> (out(h), out(w), filters), out() from
/// conv_arithmetic::conv_output_length with the dilated kernel. The type (output_dims) and
/// ctnn-keras-type (keras::conv2d_kind) both compute extents with it.
constexpr std::array<std::size_t, 3> conv2d_output(const conv2d_opts& opts, std::span<const std::size_t> in) {
  using conv_arithmetic::conv_output_length, conv_arithmetic::effective_extent;
  const int extent_h = effective_extent(opts.kernel_size.h, opts.dilation_rate.h);
  const int extent_w = effective_extent(opts.kernel_size.w, opts.dilation_rate.w);
  return {static_cast<std::size_t>(conv_output_length(int(in[0]), extent_h, opts.strides.h, opts.padding)),
          static_cast<std::size_t>(conv_output_length(int(in[1]), extent_w, opts.strides.w, opts.padding)),
          static_cast<std::size_t>(opts.filters)};
}

/// The smallest input a convolution's padding accepts: with 'valid', the dilated kernel must fit
/// inside it.
constexpr extent2 conv2d_smallest_input(const auto& opts) {
  if (opts.padding == padding::same) return 1;
  return {conv_arithmetic::effective_extent(opts.kernel_size.h, opts.dilation_rate.h),
          conv_arithmetic::effective_extent(opts.kernel_size.w, opts.dilation_rate.w)};
}

/// Conv2D's rules, on its options and its input's extents; Conv2DTranspose shares the first six.
#define CTNN_CONV2D_OPTION_RULES(layer)                                                                                 \
  CTNN_RULE(opts.filters > 0, layer ": filters must be positive"),                                                       \
  CTNN_RULE(opts.kernel_size.h > 0 && opts.kernel_size.w > 0, layer ": kernel_size must be positive"),                   \
  CTNN_RULE(opts.strides.h > 0 && opts.strides.w > 0, layer ": strides must be positive"),                               \
  CTNN_RULE(opts.dilation_rate.h > 0 && opts.dilation_rate.w > 0, layer ": dilation_rate must be positive"),             \
  CTNN_RULE(opts.strides == extent2{1} || opts.dilation_rate == extent2{1},                                              \
            layer ": strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)"),                 \
  CTNN_RULE(opts.padding != padding::causal, layer ": padding 'causal' is for Conv1D only (Keras rejects it here too)")
inline constexpr auto conv2d_rules = ctnn::rules(
    CTNN_CONV2D_OPTION_RULES("ctnn::conv2d"),
    CTNN_RULE(in.size() == 3, "ctnn::conv2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"),
    CTNN_RULE(in[0] >= std::size_t(conv2d_smallest_input(opts).h), "ctnn::conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input rows >= kernel rows)"),
    CTNN_RULE(in[1] >= std::size_t(conv2d_smallest_input(opts).w), "ctnn::conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input columns >= kernel columns)"));

/// (h, w, c) -> (out(h), out(w), filters) with out() from conv_arithmetic::conv_output_length.
/// Parameters: kh * kw * c * filters + filters. Kernel [kh, kw, c, filters], bias [filters].
template <conv2d_opts Opts>
struct conv2d {
  static constexpr std::string_view keras_class = "Conv2D";
  static constexpr std::string_view keras_name = "conv2d";
  static constexpr conv2d_opts opts = Opts;

  static constexpr producer_kind producer = producer_kind::convolution;
  static constexpr ctnn::activation function = Opts.activation;

  /// out[oy] reads in[oy * s - pad + ky * d] on each axis, zeros outside the input.
  template <class In>
  static constexpr conv_geometry geometry() {
    using conv_arithmetic::conv_padding_before, conv_arithmetic::effective_extent;
    constexpr auto out = output_dims<In>();
    return {false, int(In::dims[0]), int(In::dims[1]), int(In::dims[2]), int(out[0]), int(out[1]), int(out[2]),
            Opts.kernel_size.h, Opts.kernel_size.w, Opts.strides.h, Opts.strides.w,
            Opts.dilation_rate.h, Opts.dilation_rate.w,
            conv_padding_before(int(In::dims[0]), effective_extent(Opts.kernel_size.h, Opts.dilation_rate.h), Opts.strides.h, Opts.padding),
            conv_padding_before(int(In::dims[1]), effective_extent(Opts.kernel_size.w, Opts.dilation_rate.w), Opts.strides.w, Opts.padding)};
  }

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(conv2d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return conv2d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t kh = Opts.kernel_size.h, kw = Opts.kernel_size.w, filters = Opts.filters;
    weight_list list{{"kernel", {kh, kw, In::dims[2], filters}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {filters}, true, initializer::zeros});
    return list;
  }
  /// The kernel [kh, kw, c, filters] is weight 0, the bias weight 1; every output value sums
  /// kh * kw * c products.
  template <class In>
  static constexpr producer_contract contract() {
    constexpr std::size_t cells = std::size_t(Opts.kernel_size.h) * std::size_t(Opts.kernel_size.w), filters = Opts.filters;
    constexpr auto out = output_dims<In>();
    return {0, Opts.use_bias ? 1 : producer_contract::no_weight, kernel_layout::cells_in_out(cells, In::dims[2], filters),
            2 * cells * In::dims[2] * out[0] * out[1] * out[2]};
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

namespace keras {

template <class Config = config_reader>
layer_reading read_conv2d(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<conv2d_opts>(config);
  require_rules(conv2d_rules, opts, inputs[0], held_options<conv2d_opts>(config));
  const auto out = conv2d_output(opts, inputs[0]);
  return {"ctnn::conv2d<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind conv2d_kind{"Conv2D", 1, read_conv2d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/conv2d.hpp"
