// ctnn/layers/global_pooling2d.hpp: Keras `GlobalAveragePooling2D(keepdims)` and
// `GlobalMaxPooling2D(keepdims)`, channels last: a pooling whose window is the whole image.
#pragma once

#include "ctnn/layers/pooling2d.hpp"

namespace ctnn {

/// Keyword arguments of GlobalAveragePooling2D and GlobalMaxPooling2D.
struct global_pooling2d_opts {
  bool keepdims = false;  ///< (1, 1, c) instead of (c)

  /// Keras before 2.6 has no keepdims and writes none: that is keepdims false, the default.
  template <class Self = global_pooling2d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::global_pooling2d_opts", field("keepdims", &Self::keepdims))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason});
  }
};

inline constexpr auto global_average_pooling2d_rules = ctnn::rules(CTNN_RULE(
    in.size() == 3, "ctnn::global_average_pooling2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"));
inline constexpr auto global_max_pooling2d_rules = ctnn::rules(CTNN_RULE(
    in.size() == 3, "ctnn::global_max_pooling2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"));

/// The global poolings' shape rule, on values: (h, w, c) -> (c), or (1, 1, c) with keepdims.
/// The types (output_dims) and ctnn-keras-type both compute extents with it.
inline keras::extents global_pooling2d_output(const global_pooling2d_opts& opts, std::span<const std::size_t> in) {
  return opts.keepdims ? keras::extents{1, 1, in[2]} : keras::extents{in[2]};
}

namespace detail {

/// The members GlobalAveragePooling2D and GlobalMaxPooling2D share; each adds its names and its
/// rules.
template <global_pooling2d_opts Opts>
struct global_pooling2d_description {
  static constexpr global_pooling2d_opts opts = Opts;

  template <class In>
  static constexpr auto output_dims() {
    if constexpr (Opts.keepdims) return std::array<std::size_t, 3>{1, 1, In::dims[2]};
    else return std::array<std::size_t, 1>{In::dims[2]};
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
  /// One window, the whole image: a 'valid' pooling with pool_size (h, w).
  template <class In>
  static constexpr pool_geometry window() {
    return pooling2d_window(pooling2d_opts{.pool_size = {int(In::dims[0]), int(In::dims[1])}}, In::dims);
  }

  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

}  // namespace detail

/// (h, w, c) -> (c), or (1, 1, c) with keepdims: the mean of each channel over the image.
/// No parameters.
template <global_pooling2d_opts Opts = global_pooling2d_opts{}>
struct global_average_pooling2d : detail::global_pooling2d_description<Opts> {
  static constexpr std::string_view keras_class = "GlobalAveragePooling2D";
  static constexpr std::string_view keras_name = "global_average_pooling2d";
  static constexpr pool_mode mode = pool_mode::average;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(global_average_pooling2d_rules, (Opts), In)
  }
};

/// (h, w, c) -> (c), or (1, 1, c) with keepdims: the largest value of each channel over the
/// image. No parameters.
template <global_pooling2d_opts Opts = global_pooling2d_opts{}>
struct global_max_pooling2d : detail::global_pooling2d_description<Opts> {
  static constexpr std::string_view keras_class = "GlobalMaxPooling2D";
  static constexpr std::string_view keras_name = "global_max_pooling2d";
  static constexpr pool_mode mode = pool_mode::max;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(global_max_pooling2d_rules, (Opts), In)
  }
};

namespace keras {

/// A file's global pooling as `ctnn::<name><ctnn::global_pooling2d_opts{...}>`.
template <const auto& Rules, class Config>
layer_reading read_global_pooling2d(std::string_view name, const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<global_pooling2d_opts>(config);
  require_rules(Rules, opts, inputs[0]);
  return {"ctnn::" + std::string(name) + "<" + spell_options(opts) + ">", global_pooling2d_output(opts, inputs[0])};
}
template <class Config = config_reader>
layer_reading read_global_average_pooling2d(const Config& config, std::span<const extents> inputs) {
  return read_global_pooling2d<global_average_pooling2d_rules>("global_average_pooling2d", config, inputs);
}
/// A file's GlobalMaxPooling2D, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_global_max_pooling2d(const Config& config, std::span<const extents> inputs) {
  return read_global_pooling2d<global_max_pooling2d_rules>("global_max_pooling2d", config, inputs);
}
template <class Config = config_reader>
inline constexpr layer_kind global_average_pooling2d_kind{"GlobalAveragePooling2D", 1, read_global_average_pooling2d<Config>};
template <class Config = config_reader>
inline constexpr layer_kind global_max_pooling2d_kind{"GlobalMaxPooling2D", 1, read_global_max_pooling2d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/global_pooling2d.hpp"
