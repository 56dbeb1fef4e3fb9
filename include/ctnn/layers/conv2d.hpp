// ctnn/layers/conv2d.hpp: Keras `Conv2D(filters, kernel_size, strides, padding, dilation_rate,
// activation, use_bias)`, channels last.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

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

/// (h, w, c) -> (out(h), out(w), filters) with out() from conv_arithmetic::conv_output_length.
/// Parameters: kh * kw * c * filters + filters. Kernel [kh, kw, c, filters], bias [filters].
template <conv2d_opts Opts>
struct conv2d {
  static constexpr std::string_view keras_class = "Conv2D";
  static constexpr std::string_view keras_name = "conv2d";
  static constexpr conv2d_opts opts = Opts;

  static constexpr int extent_h = conv_arithmetic::effective_extent(Opts.kernel_size.h, Opts.dilation_rate.h);
  static constexpr int extent_w = conv_arithmetic::effective_extent(Opts.kernel_size.w, Opts.dilation_rate.w);
  /// The smallest input 'valid' padding accepts: the dilated kernel must fit inside it.
  static constexpr int min_input_h = Opts.padding == padding::valid ? extent_h : 1;
  static constexpr int min_input_w = Opts.padding == padding::valid ? extent_w : 1;
  static constexpr bool strided = Opts.strides.h > 1 || Opts.strides.w > 1;
  static constexpr bool dilated = Opts.dilation_rate.h > 1 || Opts.dilation_rate.w > 1;
  static constexpr producer_kind producer = producer_kind::convolution;
  static constexpr ctnn::activation function = Opts.activation;
  static constexpr bool use_bias = Opts.use_bias;

  /// out[oy] reads in[oy * s - pad + ky * d] on each axis, zeros outside the input.
  template <class In>
  static constexpr conv_geometry geometry() {
    using conv_arithmetic::conv_padding_before;
    constexpr auto out = output_dims<In>();
    return {false, int(In::dims[0]), int(In::dims[1]), int(In::dims[2]), int(out[0]), int(out[1]), int(out[2]),
            Opts.kernel_size.h, Opts.kernel_size.w, Opts.strides.h, Opts.strides.w,
            Opts.dilation_rate.h, Opts.dilation_rate.w,
            conv_padding_before(int(In::dims[0]), extent_h, Opts.strides.h, Opts.padding),
            conv_padding_before(int(In::dims[1]), extent_w, Opts.strides.w, Opts.padding)};
  }

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(Opts.filters > 0, "ctnn::conv2d: filters must be positive")
    CTNN_REQUIRE(Opts.kernel_size.h > 0 && Opts.kernel_size.w > 0, "ctnn::conv2d: kernel_size must be positive")
    CTNN_REQUIRE(Opts.strides.h > 0 && Opts.strides.w > 0, "ctnn::conv2d: strides must be positive")
    CTNN_REQUIRE(Opts.dilation_rate.h > 0 && Opts.dilation_rate.w > 0, "ctnn::conv2d: dilation_rate must be positive")
    CTNN_REQUIRE(!(strided && dilated), "ctnn::conv2d: strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)")
    CTNN_REQUIRE(In::rank == 3, "ctnn::conv2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it")
    CTNN_REQUIRE(In::dims[0] >= min_input_h, "ctnn::conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input rows >= kernel rows)")
    CTNN_REQUIRE(In::dims[1] >= min_input_w, "ctnn::conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input columns >= kernel columns)")
    return true;
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

  /// What a Keras file's Conv2D holds when it is this type (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"filters", Opts.filters},
            {"kernel_size", Opts.kernel_size},
            {"strides", Opts.strides},
            {"padding", Opts.padding == ctnn::padding::same ? "same" : "valid"},
            {"dilation_rate", Opts.dilation_rate},
            keras::activation_entry(Opts.activation),
            {"use_bias", Opts.use_bias}};
  }
};

namespace keras {

/// A file's Conv2D as ctnn::conv2d<conv2d_opts{...}>, for ctnn-keras-type.
inline layer_reading read_conv2d(const config_reader& config, std::span<const extents> inputs) {
  need_image(inputs);
  if (config.contains("groups") && config.integer("groups") != 1) throw config_error("grouped convolutions are not supported");
  conv2d_opts opts;
  opts.kernel_size = read_pair(config, "kernel_size");
  opts.strides = read_pair(config, "strides");
  opts.dilation_rate = config.contains("dilation_rate") ? read_pair(config, "dilation_rate") : extent2{1, 1};
  opts.padding = read_padding(config);
  opts.filters = read_positive(config, "filters");
  opts.activation = read_activation(config);
  opts.use_bias = config.boolean_or("use_bias", true);
  if ((opts.strides.h > 1 || opts.strides.w > 1) && (opts.dilation_rate.h > 1 || opts.dilation_rate.w > 1))
    throw config_error("strides > 1 together with dilation_rate > 1 is not supported");
  const int extent_h = conv_arithmetic::effective_extent(opts.kernel_size.h, opts.dilation_rate.h);
  const int extent_w = conv_arithmetic::effective_extent(opts.kernel_size.w, opts.dilation_rate.w);
  if (opts.padding == padding::valid && (inputs[0][0] < std::size_t(extent_h) || inputs[0][1] < std::size_t(extent_w)))
    throw config_error("with padding 'valid' the (dilated) kernel of " + std::to_string(extent_h) + " x " + std::to_string(extent_w) +
                       " does not fit in its input " + keras_shape(inputs[0]));
  const auto out = conv2d_output(opts, inputs[0]);
  return {"ctnn::conv2d<ctnn::conv2d_opts{.filters = " + std::to_string(opts.filters) + ", .kernel_size = " + spell(opts.kernel_size) +
              ", .strides = " + spell(opts.strides) + ", .padding = " + spell(opts.padding) + ", .dilation_rate = " +
              spell(opts.dilation_rate) + ", .activation = " + spell(opts.activation) + ", .use_bias = " + spell(opts.use_bias) + "}>",
          extents(out.begin(), out.end())};
}
inline constexpr layer_kind conv2d_kind{"Conv2D", 1, read_conv2d};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/conv2d.hpp"
