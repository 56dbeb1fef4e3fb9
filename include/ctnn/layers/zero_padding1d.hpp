// ctnn/layers/zero_padding1d.hpp: Keras `ZeroPadding1D(padding=(left, right))`: ZeroPadding2D's
// loop on an image of one row (ctnn/layers/conv1d.hpp says why).
#pragma once

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Steps of zeros added before and after the sequence. Keras's `padding=1` is the default here;
/// `padding=(1, 2)` is {.left = 1, .right = 2}.
struct zero_padding1d_opts {
  int left = 1;
  int right = 1;
};

/// ZeroPadding1D's shape rule, on values: (steps, c) -> (left + steps + right, c).
constexpr std::array<std::size_t, 2> zero_padding1d_output(const zero_padding1d_opts& opts, std::span<const std::size_t> in) {
  return {in[0] + std::size_t(opts.left + opts.right), in[1]};
}

inline constexpr auto zero_padding1d_rules = ctnn::rules(
    CTNN_RULE(opts.left >= 0 && opts.right >= 0, "ctnn::zero_padding1d: padding must not be negative"),
    CTNN_RULE(in.size() == 2, "ctnn::zero_padding1d: the input must be a sequence of rank 2 (steps, channels); put a reshape before it"));

/// (steps, c) -> (left + steps + right, c). No parameters.
template <zero_padding1d_opts Opts = zero_padding1d_opts{}>
struct zero_padding1d {
  static constexpr std::string_view keras_class = "ZeroPadding1D";
  static constexpr std::string_view keras_name = "zero_padding1d";
  static constexpr zero_padding1d_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(zero_padding1d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return zero_padding1d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }

  /// What a Keras file's ZeroPadding1D holds when it is this type: [left, right], and Keras 3's
  /// data_format (tf.keras writes none).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"padding", keras::config_value::list({Opts.left, Opts.right})}, keras::channels_last_entry()};
  }
};

namespace keras {

/// A file's ZeroPadding1D as ctnn::zero_padding1d<zero_padding1d_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_zero_padding1d(const Config& config, std::span<const extents> inputs) {
  require_fixed(config, channels_last_entry(), channels_last_reason);
  // A hook of its own, not a schema: Keras's one `padding` entry holds both sides as 1 or
  // (1, 2), and the file stores the last form.
  const zero_padding1d_opts opts{read_side(config, "padding", 0, 0), read_side(config, "padding", 1, 0)};
  require_rules(zero_padding1d_rules, opts, inputs[0], held_entries(config, {"padding"}));
  const auto out = zero_padding1d_output(opts, inputs[0]);
  return {"ctnn::zero_padding1d<ctnn::zero_padding1d_opts{.left = " + std::to_string(opts.left) +
              ", .right = " + std::to_string(opts.right) + "}>",
          extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind zero_padding1d_kind{"ZeroPadding1D", 1, read_zero_padding1d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/zero_padding1d.hpp"
