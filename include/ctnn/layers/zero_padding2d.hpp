// ctnn/layers/zero_padding2d.hpp: Keras `ZeroPadding2D(padding=((top, bottom), (left, right)))`.
#pragma once

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Rows and columns of zeros added around the image. Keras's `padding=1` is the default here;
/// `padding=((0, 1), (0, 1))` is {.top = 0, .bottom = 1, .left = 0, .right = 1}.
struct zero_padding2d_opts {
  int top = 1;
  int bottom = 1;
  int left = 1;
  int right = 1;
};

/// ZeroPadding2D's shape rule, on values: (h, w, c) -> (top + h + bottom, left + w + right, c).
/// The type (output_dims) and ctnn-keras-type (keras::zero_padding2d_kind) both compute extents
/// with it.
constexpr std::array<std::size_t, 3> zero_padding2d_output(const zero_padding2d_opts& opts, std::span<const std::size_t> in) {
  return {in[0] + std::size_t(opts.top + opts.bottom), in[1] + std::size_t(opts.left + opts.right), in[2]};
}

/// (h, w, c) -> (top + h + bottom, left + w + right, c). No parameters.
/// ZeroPadding2D's rules, on its options and its input's extents.
inline constexpr auto zero_padding2d_rules = ctnn::rules(
    CTNN_RULE(opts.top >= 0 && opts.bottom >= 0 && opts.left >= 0 && opts.right >= 0, "ctnn::zero_padding2d: padding must not be negative"),
    CTNN_RULE(in.size() == 3, "ctnn::zero_padding2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"));

template <zero_padding2d_opts Opts = zero_padding2d_opts{}>
struct zero_padding2d {
  static constexpr std::string_view keras_class = "ZeroPadding2D";
  static constexpr std::string_view keras_name = "zero_padding2d";
  static constexpr zero_padding2d_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(zero_padding2d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return zero_padding2d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }

  /// What a Keras file's ZeroPadding2D holds when it is this type (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"padding", keras::config_value::rows({{Opts.top, Opts.bottom}, {Opts.left, Opts.right}})},
            keras::channels_last_entry()};
  }
};

namespace keras {

/// A file's ZeroPadding2D as ctnn::zero_padding2d<zero_padding2d_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_zero_padding2d(const Config& config, std::span<const extents> inputs) {
  require_fixed(config, channels_last_entry(), channels_last_reason);
  // A hook of its own, not a schema: Keras's one `padding` entry holds the four sides as 1,
  // (1, 2) or ((top, bottom), (left, right)), and the file stores the last form.
  const zero_padding2d_opts opts{read_side(config, "padding", 0, 0), read_side(config, "padding", 0, 1),
                                 read_side(config, "padding", 1, 0), read_side(config, "padding", 1, 1)};
  require_rules(zero_padding2d_rules, opts, inputs[0], held_entries(config, {"padding"}));
  const auto out = zero_padding2d_output(opts, inputs[0]);
  return {"ctnn::zero_padding2d<ctnn::zero_padding2d_opts{.top = " + std::to_string(opts.top) + ", .bottom = " +
              std::to_string(opts.bottom) + ", .left = " + std::to_string(opts.left) + ", .right = " +
              std::to_string(opts.right) + "}>",
          extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind zero_padding2d_kind{"ZeroPadding2D", 1, read_zero_padding2d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/zero_padding2d.hpp"
