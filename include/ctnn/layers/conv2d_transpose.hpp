// ctnn/layers/conv2d_transpose.hpp: Keras `Conv2DTranspose(filters, kernel_size, strides,
// padding, output_padding, dilation_rate, activation, use_bias)`, channels last.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/conv_arithmetic.hpp"
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
    return std::array<std::size_t, 3>{static_cast<std::size_t>(output_rows<In>),
                                      static_cast<std::size_t>(output_columns<In>),
                                      static_cast<std::size_t>(Opts.filters)};
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t kh = Opts.kernel_size.h, kw = Opts.kernel_size.w, filters = Opts.filters;
    weight_list list{{"kernel", {kh, kw, filters, In::dims[2]}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {filters}, true, initializer::zeros});
    return list;
  }
};

}  // namespace ctnn
