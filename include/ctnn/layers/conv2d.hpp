// ctnn/layers/conv2d.hpp: Keras `Conv2D(filters, kernel_size, strides, padding, dilation_rate,
// activation, use_bias)`, channels last.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/conv_arithmetic.hpp"
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
    using conv_arithmetic::conv_output_length;
    return std::array<std::size_t, 3>{
        static_cast<std::size_t>(conv_output_length(int(In::dims[0]), extent_h, Opts.strides.h, Opts.padding)),
        static_cast<std::size_t>(conv_output_length(int(In::dims[1]), extent_w, Opts.strides.w, Opts.padding)),
        static_cast<std::size_t>(Opts.filters)};
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t kh = Opts.kernel_size.h, kw = Opts.kernel_size.w, filters = Opts.filters;
    weight_list list{{"kernel", {kh, kw, In::dims[2], filters}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {filters}, true, initializer::zeros});
    return list;
  }
};

}  // namespace ctnn
