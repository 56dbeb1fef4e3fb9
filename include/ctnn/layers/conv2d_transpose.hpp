// ctnn/layers/conv2d_transpose.hpp: Keras `Conv2DTranspose(filters, kernel_size, strides,
// padding, output_padding, dilation_rate, activation, use_bias)`, channels last.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

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
};

/// Conv2DTranspose's shape rule, on values: (h, w, c) -> (out(h), out(w), filters), out() from
/// conv_arithmetic::transpose_output_length with the dilated kernel. The type (output_dims) and
/// ctnn-keras-type (keras::conv2d_transpose_kind) both compute extents with it.
constexpr std::array<std::size_t, 3> conv2d_transpose_output(const conv2d_transpose_opts& opts, std::span<const std::size_t> in) {
  using conv_arithmetic::effective_extent, conv_arithmetic::transpose_output_length;
  const int extent_h = effective_extent(opts.kernel_size.h, opts.dilation_rate.h);
  const int extent_w = effective_extent(opts.kernel_size.w, opts.dilation_rate.w);
  return {static_cast<std::size_t>(transpose_output_length(int(in[0]), extent_h, opts.strides.h, opts.padding, opts.output_padding.h)),
          static_cast<std::size_t>(transpose_output_length(int(in[1]), extent_w, opts.strides.w, opts.padding, opts.output_padding.w)),
          static_cast<std::size_t>(opts.filters)};
}

/// The gradient of a Conv2D: out[i * s + j * d - crop] += x[i] * kernel[j] on each axis, then
/// bias and activation. Output length and crop: conv_arithmetic::transpose_output_length and
/// transpose_crop_before. Parameters: kh * kw * filters * c + filters.
/// Kernel [kh, kw, filters, c] (output channels before input channels), bias [filters].
template <conv2d_transpose_opts Opts>
struct conv2d_transpose {
  static constexpr std::string_view keras_class = "Conv2DTranspose";
  static constexpr std::string_view keras_name = "conv2d_transpose";
  static constexpr conv2d_transpose_opts opts = Opts;

  static constexpr int extent_h = conv_arithmetic::effective_extent(Opts.kernel_size.h, Opts.dilation_rate.h);
  static constexpr int extent_w = conv_arithmetic::effective_extent(Opts.kernel_size.w, Opts.dilation_rate.w);
  static constexpr bool strided = Opts.strides.h > 1 || Opts.strides.w > 1;
  static constexpr bool dilated = Opts.dilation_rate.h > 1 || Opts.dilation_rate.w > 1;
  static constexpr bool has_output_padding = Opts.output_padding != extent2{conv_arithmetic::no_output_padding};
  static constexpr producer_kind producer = producer_kind::convolution;
  static constexpr ctnn::activation function = Opts.activation;
  static constexpr bool use_bias = Opts.use_bias;

  template <class In>
  static constexpr int output_rows = conv_arithmetic::transpose_output_length(
      int(In::dims[0]), extent_h, Opts.strides.h, Opts.padding, Opts.output_padding.h);
  template <class In>
  static constexpr int output_columns = conv_arithmetic::transpose_output_length(
      int(In::dims[1]), extent_w, Opts.strides.w, Opts.padding, Opts.output_padding.w);

  /// TensorFlow computes a transposed convolution as the gradient of the Conv2D that maps the
  /// output back to the input, and refuses shapes for which that Conv2D gives another size.
  template <class In>
  static constexpr int round_trip_rows =
      conv_arithmetic::conv_output_length(output_rows<In>, extent_h, Opts.strides.h, Opts.padding);
  template <class In>
  static constexpr int round_trip_columns =
      conv_arithmetic::conv_output_length(output_columns<In>, extent_w, Opts.strides.w, Opts.padding);

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(Opts.filters > 0, "ctnn::conv2d_transpose: filters must be positive")
    CTNN_REQUIRE(Opts.kernel_size.h > 0 && Opts.kernel_size.w > 0, "ctnn::conv2d_transpose: kernel_size must be positive")
    CTNN_REQUIRE(Opts.strides.h > 0 && Opts.strides.w > 0, "ctnn::conv2d_transpose: strides must be positive")
    CTNN_REQUIRE(Opts.dilation_rate.h > 0 && Opts.dilation_rate.w > 0, "ctnn::conv2d_transpose: dilation_rate must be positive")
    CTNN_REQUIRE(!(strided && dilated), "ctnn::conv2d_transpose: strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)")
    CTNN_REQUIRE(!has_output_padding || (Opts.output_padding.h >= 0 && Opts.output_padding.w >= 0), "ctnn::conv2d_transpose: output_padding must be non-negative, or left unset (Keras's None)")
    CTNN_REQUIRE(Opts.output_padding.h < Opts.strides.h, "ctnn::conv2d_transpose: output_padding must be smaller than strides (rows)")
    CTNN_REQUIRE(Opts.output_padding.w < Opts.strides.w, "ctnn::conv2d_transpose: output_padding must be smaller than strides (columns)")
    CTNN_REQUIRE(In::rank == 3, "ctnn::conv2d_transpose: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it")
    CTNN_REQUIRE(output_rows<In> > 0 && output_columns<In> > 0, "ctnn::conv2d_transpose: this kernel, padding and output_padding leave an empty output")
    CTNN_REQUIRE(round_trip_rows<In> == int(In::dims[0]), "ctnn::conv2d_transpose: the output would not convolve back to the input's rows, which TensorFlow rejects (padding 'same' with an even kernel needs output_padding >= 1)")
    CTNN_REQUIRE(round_trip_columns<In> == int(In::dims[1]), "ctnn::conv2d_transpose: the output would not convolve back to the input's columns, which TensorFlow rejects (padding 'same' with an even kernel needs output_padding >= 1)")
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    return conv2d_transpose_output(Opts, In::dims);
  }
  /// in[iy] feeds out[iy * s + ky * d - crop] on each axis, what falls outside dropped.
  template <class In>
  static constexpr conv_geometry geometry() {
    using conv_arithmetic::transpose_crop_before;
    return {true, int(In::dims[0]), int(In::dims[1]), int(In::dims[2]), output_rows<In>, output_columns<In>, Opts.filters,
            Opts.kernel_size.h, Opts.kernel_size.w, Opts.strides.h, Opts.strides.w,
            Opts.dilation_rate.h, Opts.dilation_rate.w,
            transpose_crop_before(int(In::dims[0]), extent_h, Opts.strides.h, Opts.padding, Opts.output_padding.h),
            transpose_crop_before(int(In::dims[1]), extent_w, Opts.strides.w, Opts.padding, Opts.output_padding.w)};
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t kh = Opts.kernel_size.h, kw = Opts.kernel_size.w, filters = Opts.filters;
    weight_list list{{"kernel", {kh, kw, filters, In::dims[2]}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {filters}, true, initializer::zeros});
    return list;
  }

  /// What a Keras file's Conv2DTranspose holds when it is this type (ctnn/layers/keras_config.hpp).
  /// Keras 3 leaves output_padding out when it is unset.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"filters", Opts.filters},
            {"kernel_size", Opts.kernel_size},
            {"strides", Opts.strides},
            {"padding", Opts.padding == ctnn::padding::same ? "same" : "valid"},
            {"output_padding", has_output_padding ? keras::config_value(Opts.output_padding) : keras::config_value(nullptr),
             {}, false, {}, !has_output_padding},
            {"dilation_rate", Opts.dilation_rate},
            keras::activation_entry(Opts.activation),
            {"use_bias", Opts.use_bias}};
  }
};

namespace keras {

/// A file's Conv2DTranspose as ctnn::conv2d_transpose<conv2d_transpose_opts{...}>, for
/// ctnn-keras-type.
inline layer_reading read_conv2d_transpose(const config_reader& config, std::span<const extents> inputs) {
  need_image(inputs);
  if (config.contains("groups") && config.integer("groups") != 1) throw config_error("grouped convolutions are not supported");
  conv2d_transpose_opts opts;
  opts.kernel_size = read_pair(config, "kernel_size");
  opts.strides = read_pair(config, "strides");
  opts.dilation_rate = config.contains("dilation_rate") ? read_pair(config, "dilation_rate") : extent2{1, 1};
  opts.padding = read_padding(config);
  const bool has_output_padding = config.contains("output_padding") && config.type("output_padding") != config_reader::kind::null;
  if (has_output_padding) opts.output_padding = read_pair(config, "output_padding", 0);
  opts.filters = read_positive(config, "filters");
  opts.activation = read_activation(config);
  opts.use_bias = config.boolean_or("use_bias", true);
  if ((opts.strides.h > 1 || opts.strides.w > 1) && (opts.dilation_rate.h > 1 || opts.dilation_rate.w > 1))
    throw config_error("strides > 1 together with dilation_rate > 1 is not supported");
  if (has_output_padding && (opts.output_padding.h >= opts.strides.h || opts.output_padding.w >= opts.strides.w))
    throw config_error("output_padding " + config.dump("output_padding") + " is not smaller than strides " + config.dump("strides"));
  const auto out = conv2d_transpose_output(opts, inputs[0]);
  const int extent_h = conv_arithmetic::effective_extent(opts.kernel_size.h, opts.dilation_rate.h);
  const int extent_w = conv_arithmetic::effective_extent(opts.kernel_size.w, opts.dilation_rate.w);
  auto length = [](std::size_t n) { return n <= 1'000'000'000 ? static_cast<int>(n) : -1; };  // a negative length wrapped
  if (length(out[0]) <= 0 || length(out[1]) <= 0)
    throw config_error("this kernel, padding and output_padding leave an empty output");
  if (conv_arithmetic::conv_output_length(length(out[0]), extent_h, opts.strides.h, opts.padding) != length(inputs[0][0]) ||
      conv_arithmetic::conv_output_length(length(out[1]), extent_w, opts.strides.w, opts.padding) != length(inputs[0][1]))
    throw config_error("its output " + keras_shape(extents(out.begin(), out.end())) + " would not convolve back to its input " +
                       keras_shape(inputs[0]) + ", which TensorFlow rejects");
  std::string cpp = "ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = " + std::to_string(opts.filters) +
                    ", .kernel_size = " + spell(opts.kernel_size) + ", .strides = " + spell(opts.strides) +
                    ", .padding = " + spell(opts.padding);
  if (has_output_padding) cpp += ", .output_padding = " + spell(opts.output_padding);
  cpp += ", .dilation_rate = " + spell(opts.dilation_rate) + ", .activation = " + spell(opts.activation) +
         ", .use_bias = " + spell(opts.use_bias) + "}>";
  return {std::move(cpp), extents(out.begin(), out.end())};
}
inline constexpr layer_kind conv2d_transpose_kind{"Conv2DTranspose", 1, read_conv2d_transpose};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/conv2d_transpose.hpp"
