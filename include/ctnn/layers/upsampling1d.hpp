// ctnn/layers/upsampling1d.hpp: Keras `UpSampling1D(size)`: UpSampling2D's nearest loop on an
// image of one row (ctnn/layers/conv1d.hpp says why).
#pragma once

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of UpSampling1D.
struct upsampling1d_opts {
  int size = 2;

  template <class Self = upsampling1d_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::upsampling1d_opts", field("size", &Self::size).required());
  }
};

inline constexpr auto upsampling1d_rules = ctnn::rules(
    CTNN_RULE(opts.size > 0, "ctnn::upsampling1d: size must be positive"),
    CTNN_RULE(in.size() == 2, "ctnn::upsampling1d: the input must be a sequence of rank 2 (steps, channels); put a reshape before it"));

/// UpSampling1D's shape rule, on values: (steps, c) -> (steps * size, c).
constexpr std::array<std::size_t, 2> upsampling1d_output(const upsampling1d_opts& opts, std::span<const std::size_t> in) {
  return {in[0] * std::size_t(opts.size), in[1]};
}

/// (steps, c) -> (steps * size, c): each step repeated `size` times, out[t] = in[t / size]. No
/// parameters. A step of its own in the fused engine: a convolution reads an UpSampling2D through
/// (ctnn/engine/lowering.hpp), not yet this one (docs/layers.md).
template <upsampling1d_opts Opts = upsampling1d_opts{}>
struct upsampling1d {
  static constexpr std::string_view keras_class = "UpSampling1D";
  static constexpr std::string_view keras_name = "up_sampling1d";
  static constexpr upsampling1d_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(upsampling1d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return upsampling1d_output(Opts, In::dims);
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

/// A file's UpSampling1D as ctnn::upsampling1d<upsampling1d_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_upsampling1d(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<upsampling1d_opts>(config);
  require_rules(upsampling1d_rules, opts, inputs[0], held_options<upsampling1d_opts>(config));
  const auto out = upsampling1d_output(opts, inputs[0]);
  return {"ctnn::upsampling1d<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind upsampling1d_kind{"UpSampling1D", 1, read_upsampling1d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/upsampling1d.hpp"
