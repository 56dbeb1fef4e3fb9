// ctnn/layers/resizing.hpp: Keras `Resizing(height, width, interpolation, crop_to_aspect_ratio,
// pad_to_aspect_ratio, fill_value)`, and the resampling of a box of an image that it, CenterCrop
// and RandomCrop compute.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <span>

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"
#include "ctnn/layers/upsampling2d.hpp"  // bilinear_source, bilinear_mix: TensorFlow's bilinear taps

namespace ctnn {

/// The rectangle of an image (rows from `top`, columns from `left`) that a resizing maps onto its
/// whole output. A box may reach outside the image (pad_to_aspect_ratio's), where it holds the
/// fill value.
struct resize_box {
  int top = 0, left = 0, rows = 0, columns = 0;
  friend constexpr bool operator==(const resize_box&, const resize_box&) = default;
};

/// trunc(a * b / c), the division in float32 as TensorFlow's resize computes an aspect ratio
/// (`cast(cast(a * b, float32) / c, int32)`), or in double as Keras's smart_resize does in Python.
template <class Float>
constexpr int truncated_ratio(int a, int b, int c) {
  return static_cast<int>(static_cast<Float>(a * b) / static_cast<Float>(c));
}

/// The largest centred box of an (h, w) image with the aspect ratio of (out_h, out_w), at least
/// one pixel: crop_to_aspect_ratio's, and smart_resize's (CenterCrop and RandomCrop on a small
/// image) with Float = double.
template <class Float = float>
constexpr resize_box aspect_crop_box(int h, int w, int out_h, int out_w) {
  const int rows = std::max(std::min(h, truncated_ratio<Float>(w, out_h, out_w)), 1);
  const int columns = std::max(std::min(w, truncated_ratio<Float>(h, out_w, out_h)), 1);
  return {(h - rows) / 2, (w - columns) / 2, rows, columns};
}

/// pad_to_aspect_ratio's box: the image with as many rows of fill above as below it (and columns
/// left and right), so that it reaches the aspect ratio of (out_h, out_w). As TensorFlow's
/// resize pads, the padded side is h + 2 * floor((target - h) / 2), one short of the ratio's
/// extent when the difference is odd.
constexpr resize_box aspect_pad_box(int h, int w, int out_h, int out_w) {
  const int rows_before = (std::max(h, truncated_ratio<float>(w, out_h, out_w)) - h) / 2;
  const int columns_before = (std::max(w, truncated_ratio<float>(h, out_w, out_h)) - w) / 2;
  return {-rows_before, -columns_before, h + 2 * rows_before, w + 2 * columns_before};
}

/// Where output index `dst` samples an input of `in` in a nearest resampling, as TensorFlow 2's
/// ResizeNearestNeighbor with half-pixel centres computes it in float: floor((dst + 0.5) * in /
/// out), clamped into [0, in - 1].
inline int nearest_source(int dst, int in, int out) {
  const float scale = static_cast<float>(in) / static_cast<float>(out);
  const int src = static_cast<int>(std::floor((static_cast<float>(dst) + 0.5f) * scale));
  return std::max(std::min(src, in - 1), 0);
}

/// Keyword arguments of Resizing that matter at inference, in Keras's order.
struct resizing_opts {
  int height = 0;
  int width = 0;
  ctnn::interpolation interpolation = ctnn::interpolation::bilinear;
  bool crop_to_aspect_ratio = false;
  bool pad_to_aspect_ratio = false;
  real fill_value = 0.0;  ///< what pad_to_aspect_ratio adds

  template <class Self = resizing_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::resizing_opts", field("height", &Self::height).required(), field("width", &Self::width).required(),
                        field("interpolation", &Self::interpolation), field("crop_to_aspect_ratio", &Self::crop_to_aspect_ratio),
                        field("pad_to_aspect_ratio", &Self::pad_to_aspect_ratio), field("fill_value", &Self::fill_value))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason})
        .with_fixed({{"antialias", false, {}, false, {}, true},
                      "antialias = true is not supported (ctnn resizes as TensorFlow does without it, Keras's default)"});
  }
};

inline constexpr auto resizing_rules = ctnn::rules(
    CTNN_RULE(opts.height > 0 && opts.width > 0, "ctnn::resizing: height and width must be positive"),
    CTNN_RULE(!(opts.crop_to_aspect_ratio && opts.pad_to_aspect_ratio),
              "ctnn::resizing: crop_to_aspect_ratio and pad_to_aspect_ratio cannot both be true (Keras rejects it too)"),
    CTNN_RULE(in.size() == 3, "ctnn::resizing: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"));

/// The shape rule of the layers that give an image of a set size (Resizing, CenterCrop,
/// RandomCrop), on values: (h, w, c) -> (opts.height, opts.width, c).
template <class Opts>
constexpr std::array<std::size_t, 3> sized_image_output(const Opts& opts, std::span<const std::size_t> in) {
  return {std::size_t(opts.height), std::size_t(opts.width), in[2]};
}

/// The box of an (h, w) image that a Resizing maps onto its output: the whole image, its largest
/// centred box of the output's aspect ratio (crop_to_aspect_ratio), or the image padded to that
/// ratio (pad_to_aspect_ratio).
constexpr resize_box resizing_box(const resizing_opts& opts, int h, int w) {
  if (opts.crop_to_aspect_ratio) return aspect_crop_box<float>(h, w, opts.height, opts.width);
  if (opts.pad_to_aspect_ratio) return aspect_pad_box(h, w, opts.height, opts.width);
  return {0, 0, h, w};
}

/// (h, w, c) -> (height, width, c), as Keras computes it with TensorFlow (`tf.image.resize`,
/// antialias off): `bilinear` with half-pixel centres, clamped at the box's edges; `nearest` the
/// pixel under each output pixel's centre. The box resampled is the whole image, or a centred crop
/// or padding to the output's aspect ratio (`resizing_box`). No parameters. Kernel:
/// ctnn/reference/resizing.hpp. Keras's other interpolations (bicubic, area, lanczos, ...) and
/// antialias are refused by name.
template <resizing_opts Opts>
struct resizing {
  static constexpr std::string_view keras_class = "Resizing";
  static constexpr std::string_view keras_name = "resizing";
  static constexpr resizing_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(resizing_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return sized_image_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

namespace keras {

/// A file's Resizing as ctnn::resizing<resizing_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_resizing(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<resizing_opts>(config);
  require_rules(resizing_rules, opts, inputs[0], held_options<resizing_opts>(config));
  const auto out = sized_image_output(opts, inputs[0]);
  return {"ctnn::resizing<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind resizing_kind{"Resizing", 1, read_resizing<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/resizing.hpp"
