// ctnn/layers/pooling1d.hpp: Keras `MaxPooling1D` and `AveragePooling1D(pool_size, strides,
// padding)`, channels last: the 2-D poolings' windows (ctnn/layers/pooling2d.hpp) on an image of
// one row (ctnn/layers/conv1d.hpp says why), and their reference kernel.
#pragma once

#include "ctnn/layers/conv1d.hpp"
#include "ctnn/layers/pooling2d.hpp"

namespace ctnn {

/// Keyword arguments of MaxPooling1D and AveragePooling1D, in Keras's order.
struct pooling1d_opts {
  extent1 pool_size = 2;
  extent1 strides = pool_size_strides;  ///< -1: Keras's None, the pool size
  ctnn::padding padding = ctnn::padding::valid;

  /// Keras writes the strides it resolved ([2]); a null there means the pool size too.
  template <class Self = pooling1d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::pooling1d_opts", field("pool_size", &Self::pool_size),
                        field("strides", &Self::strides).none(pool_size_strides).none_means([](const Self& opts) {
                          return opts.pool_size;
                        }),
                        field("padding", &Self::padding))
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason});
  }
};

/// The pooling as the 2-D poolings see it, on the image (1, steps, channels).
constexpr pooling2d_opts as_one_row(const pooling1d_opts& opts) {
  return {{1, opts.pool_size}, opts.strides == pool_size_strides ? extent2{pool_size_strides} : extent2{1, opts.strides},
          opts.padding};
}

/// The 1-D poolings' shape rule, on values: (steps, c) -> (out(steps), c), out() as the 2-D
/// poolings' on one axis.
constexpr std::array<std::size_t, 2> pooling1d_output(const pooling1d_opts& opts, std::span<const std::size_t> in) {
  const std::array<std::size_t, 3> row{1, in[0], in[1]};
  const auto image = pooling2d_output(as_one_row(opts), row);
  return {image[1], image[2]};
}

/// The rules of MaxPooling1D and AveragePooling1D; `layer` starts each message.
#define CTNN_POOLING1D_RULES(layer)                                                                                    \
  CTNN_RULE(opts.pool_size > 0, layer ": pool_size must be positive"),                                                  \
  CTNN_RULE(opts.strides == pool_size_strides || opts.strides > 0,                                                      \
            layer ": strides must be positive (or left out: Keras's None, the pool size)"),                             \
  CTNN_RULE(opts.padding != padding::causal, layer ": padding 'causal' is for Conv1D only (Keras rejects it here too)"),     \
  CTNN_RULE(in.size() == 2, layer ": the input must be a sequence of rank 2 (steps, channels); put a reshape before it"), \
  CTNN_RULE(opts.padding == padding::same || in[0] >= std::size_t(opts.pool_size),                                      \
            layer ": with padding 'valid' the pool must fit in the input (input steps >= pool size)")

inline constexpr auto max_pooling1d_rules = ctnn::rules(CTNN_POOLING1D_RULES("ctnn::max_pooling1d"));
inline constexpr auto average_pooling1d_rules = ctnn::rules(CTNN_POOLING1D_RULES("ctnn::average_pooling1d"));

namespace detail {

/// The members MaxPooling1D and AveragePooling1D share; each adds its names, its mode and its rules.
template <pooling1d_opts Opts>
struct pooling1d_description {
  static constexpr pooling1d_opts opts = Opts;

  template <class In>
  static constexpr auto output_dims() {
    return pooling1d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
  /// The 2-D pooling's windows on one row.
  template <class In>
  static constexpr pool_geometry window() {
    return pooling2d_window(as_one_row(Opts), one_row<In>::dims);
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts);
  }
};

}  // namespace detail

/// (steps, c) -> (out(steps), c): each output step is the largest input step of its window, per
/// channel; with 'same', the steps of the window outside the input are ignored. No parameters.
template <pooling1d_opts Opts = pooling1d_opts{}>
struct max_pooling1d : detail::pooling1d_description<Opts> {
  static constexpr std::string_view keras_class = "MaxPooling1D";
  static constexpr std::string_view keras_name = "max_pooling1d";
  static constexpr pool_mode mode = pool_mode::max;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(max_pooling1d_rules, (Opts), In)
  }
};

/// (steps, c) -> (out(steps), c): each output step is the mean of its window's steps inside the
/// input, per channel ('same' divides by those only, as Keras). No parameters.
template <pooling1d_opts Opts = pooling1d_opts{}>
struct average_pooling1d : detail::pooling1d_description<Opts> {
  static constexpr std::string_view keras_class = "AveragePooling1D";
  static constexpr std::string_view keras_name = "average_pooling1d";
  static constexpr pool_mode mode = pool_mode::average;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(average_pooling1d_rules, (Opts), In)
  }
};

namespace keras {

/// A file's MaxPooling1D or AveragePooling1D as `ctnn::<name><ctnn::pooling1d_opts{...}>`.
template <const auto& Rules, class Config>
layer_reading read_pooling1d(std::string_view name, const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<pooling1d_opts>(config);
  require_rules(Rules, opts, inputs[0], held_options<pooling1d_opts>(config));
  const auto out = pooling1d_output(opts, inputs[0]);
  return {"ctnn::" + std::string(name) + "<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
layer_reading read_max_pooling1d(const Config& config, std::span<const extents> inputs) {
  return read_pooling1d<max_pooling1d_rules>("max_pooling1d", config, inputs);
}
template <class Config = config_reader>
layer_reading read_average_pooling1d(const Config& config, std::span<const extents> inputs) {
  return read_pooling1d<average_pooling1d_rules>("average_pooling1d", config, inputs);
}
template <class Config = config_reader>
inline constexpr layer_kind max_pooling1d_kind{"MaxPooling1D", 1, read_max_pooling1d<Config>};
template <class Config = config_reader>
inline constexpr layer_kind average_pooling1d_kind{"AveragePooling1D", 1, read_average_pooling1d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layers' reference kernel, so that this header is all a model of them needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/pooling1d.hpp"
