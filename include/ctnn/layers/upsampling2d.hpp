// ctnn/layers/upsampling2d.hpp: Keras `UpSampling2D(size, interpolation)`.
#pragma once

#include <algorithm>
#include <cmath>

#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of UpSampling2D, in Keras's order.
struct upsampling2d_opts {
  extent2 size = 2;
  ctnn::interpolation interpolation = ctnn::interpolation::nearest;

  template <class Self = upsampling2d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::upsampling2d_opts", field("size", &Self::size).required(),
                        field("interpolation", &Self::interpolation))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason});
  }
};

inline constexpr auto upsampling2d_rules = ctnn::rules(
    CTNN_RULE(opts.size.h > 0, "ctnn::upsampling2d: size must be positive (rows)"),
    CTNN_RULE(opts.size.w > 0, "ctnn::upsampling2d: size must be positive (columns)"),
    CTNN_RULE(in.size() == 3, "ctnn::upsampling2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"));

/// UpSampling2D's shape rule, on values: (h, w, c) -> (h * size.h, w * size.w, c). The type
/// (output_dims) and ctnn-keras-type (keras::upsampling2d_kind) both compute extents with it.
constexpr std::array<std::size_t, 3> upsampling2d_output(const upsampling2d_opts& opts, std::span<const std::size_t> in) {
  return {in[0] * opts.size.h, in[1] * opts.size.w, in[2]};
}

/// Where output index `dst` samples the input in a bilinear resampling, as TensorFlow 2 computes
/// it in float: src = (dst + 0.5) * (in / out) - 0.5; the two neighbours are clamped into
/// [0, in - 1].
struct bilinear_tap {
  int lower, upper;
  float weight_upper;
};
inline bilinear_tap bilinear_source(int dst, int in, int out) {
  const float scale = static_cast<float>(in) / static_cast<float>(out);
  const float src = (static_cast<float>(dst) + 0.5f) * scale - 0.5f;
  const float floor_src = std::floor(src);
  return {std::max(static_cast<int>(floor_src), 0), std::min(static_cast<int>(std::ceil(src)), in - 1),
          src - floor_src};
}

/// The bilinear value between four neighbours: along the row, then between the two rows. The
/// reference kernel and the engine both compute it here.
inline float bilinear_mix(float top_left, float top_right, float bottom_left, float bottom_right, const bilinear_tap& row,
                          const bilinear_tap& column) {
  const float top = top_left + (top_right - top_left) * column.weight_upper;
  const float bottom = bottom_left + (bottom_right - bottom_left) * column.weight_upper;
  return top + (bottom - top) * row.weight_upper;
}

/// (h, w, c) -> (h * size.h, w * size.w, c). `nearest` repeats rows and columns; `bilinear` is
/// TensorFlow 2's `tf.image.resize` (half-pixel centres: src = (dst + 0.5) * in / out - 0.5,
/// clamped at the edges). No parameters.
template <upsampling2d_opts Opts = upsampling2d_opts{}>
struct upsampling2d {
  static constexpr std::string_view keras_class = "UpSampling2D";
  static constexpr std::string_view keras_name = "up_sampling2d";
  static constexpr upsampling2d_opts opts = Opts;
  static constexpr resampling resample{Opts.interpolation, Opts.size};

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(upsampling2d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return upsampling2d_output(Opts, In::dims);
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

/// A file's UpSampling2D as ctnn::upsampling2d<upsampling2d_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_upsampling2d(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<upsampling2d_opts>(config);
  require_rules(upsampling2d_rules, opts, inputs[0], held_options<upsampling2d_opts>(config));
  const auto out = upsampling2d_output(opts, inputs[0]);
  return {"ctnn::upsampling2d<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind upsampling2d_kind{"UpSampling2D", 1, read_upsampling2d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/upsampling2d.hpp"
