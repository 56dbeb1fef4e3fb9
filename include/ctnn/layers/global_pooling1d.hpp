// ctnn/layers/global_pooling1d.hpp: Keras `GlobalAveragePooling1D(keepdims)` and
// `GlobalMaxPooling1D(keepdims)`, channels last: a pooling whose window is the whole sequence,
// the 2-D poolings' loop on one row (ctnn/layers/conv1d.hpp says why).
#pragma once

#include "ctnn/layers/global_pooling2d.hpp"
#include "ctnn/layers/pooling1d.hpp"

namespace ctnn {

/// Keyword arguments of GlobalAveragePooling1D and GlobalMaxPooling1D.
struct global_pooling1d_opts {
  bool keepdims = false;  ///< (1, c) instead of (c)

  /// Keras before 2.6 has no keepdims and writes none: that is keepdims false, the default.
  template <class Self = global_pooling1d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::global_pooling1d_opts", field("keepdims", &Self::keepdims))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason});
  }
};

inline constexpr auto global_average_pooling1d_rules = ctnn::rules(CTNN_RULE(
    in.size() == 2, "ctnn::global_average_pooling1d: the input must be a sequence of rank 2 (steps, channels); put a reshape before it"));
inline constexpr auto global_max_pooling1d_rules = ctnn::rules(CTNN_RULE(
    in.size() == 2, "ctnn::global_max_pooling1d: the input must be a sequence of rank 2 (steps, channels); put a reshape before it"));

/// The 1-D global poolings' shape rule, on values: (steps, c) -> (c), or (1, c) with keepdims.
inline keras::extents global_pooling1d_output(const global_pooling1d_opts& opts, std::span<const std::size_t> in) {
  return opts.keepdims ? keras::extents{1, in[1]} : keras::extents{in[1]};
}

namespace detail {

/// The members GlobalAveragePooling1D and GlobalMaxPooling1D share; each adds its names, its mode
/// and its rules.
template <global_pooling1d_opts Opts>
struct global_pooling1d_description {
  static constexpr global_pooling1d_opts opts = Opts;

  template <class In>
  static constexpr auto output_dims() {
    if constexpr (Opts.keepdims) return std::array<std::size_t, 2>{1, In::dims[1]};
    else return std::array<std::size_t, 1>{In::dims[1]};
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
  /// One window, the whole sequence: a 'valid' pooling with pool_size steps, on one row.
  template <class In>
  static constexpr pool_geometry window() {
    return pooling2d_window(pooling2d_opts{.pool_size = {1, int(In::dims[0])}}, one_row<In>::dims);
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

}  // namespace detail

/// (steps, c) -> (c), or (1, c) with keepdims: the mean of each channel over the steps. No
/// parameters.
template <global_pooling1d_opts Opts = global_pooling1d_opts{}>
struct global_average_pooling1d : detail::global_pooling1d_description<Opts> {
  static constexpr std::string_view keras_class = "GlobalAveragePooling1D";
  static constexpr std::string_view keras_name = "global_average_pooling1d";
  static constexpr pool_mode mode = pool_mode::average;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(global_average_pooling1d_rules, (Opts), In)
  }
};

/// (steps, c) -> (c), or (1, c) with keepdims: the largest value of each channel over the steps.
/// No parameters.
template <global_pooling1d_opts Opts = global_pooling1d_opts{}>
struct global_max_pooling1d : detail::global_pooling1d_description<Opts> {
  static constexpr std::string_view keras_class = "GlobalMaxPooling1D";
  static constexpr std::string_view keras_name = "global_max_pooling1d";
  static constexpr pool_mode mode = pool_mode::max;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(global_max_pooling1d_rules, (Opts), In)
  }
};

namespace keras {

/// A file's 1-D global pooling as `ctnn::<name><ctnn::global_pooling1d_opts{...}>`.
template <const auto& Rules, class Config>
layer_reading read_global_pooling1d(std::string_view name, const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<global_pooling1d_opts>(config);
  require_rules(Rules, opts, inputs[0]);
  return {"ctnn::" + std::string(name) + "<" + spell_options(opts) + ">", global_pooling1d_output(opts, inputs[0])};
}
template <class Config = config_reader>
layer_reading read_global_average_pooling1d(const Config& config, std::span<const extents> inputs) {
  return read_global_pooling1d<global_average_pooling1d_rules>("global_average_pooling1d", config, inputs);
}
template <class Config = config_reader>
layer_reading read_global_max_pooling1d(const Config& config, std::span<const extents> inputs) {
  return read_global_pooling1d<global_max_pooling1d_rules>("global_max_pooling1d", config, inputs);
}
template <class Config = config_reader>
inline constexpr layer_kind global_average_pooling1d_kind{"GlobalAveragePooling1D", 1, read_global_average_pooling1d<Config>};
template <class Config = config_reader>
inline constexpr layer_kind global_max_pooling1d_kind{"GlobalMaxPooling1D", 1, read_global_max_pooling1d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layers' reference kernels, so that this header is all a model of them needs; last, because
// the kernels' header includes this one (which #pragma once then skips).
#include "ctnn/reference/global_pooling1d.hpp"
