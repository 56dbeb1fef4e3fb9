// ctnn/layers/cropping2d.hpp: Keras `Cropping2D(cropping=((top, bottom), (left, right)))`.
#pragma once

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Rows and columns cut off the image's sides. Keras's default `cropping=((0, 0), (0, 0))` is the
/// default here; `cropping=((2, 2), (2, 2))` is {.top = 2, .bottom = 2, .left = 2, .right = 2}.
struct cropping2d_opts {
  int top = 0;
  int bottom = 0;
  int left = 0;
  int right = 0;
};

/// Cropping2D's shape rule, on values: (h, w, c) -> (h - top - bottom, w - left - right, c). The
/// type (output_dims) and ctnn-keras-type (keras::cropping2d_kind) both compute extents with it;
/// both first check that something is left.
constexpr std::array<std::size_t, 3> cropping2d_output(const cropping2d_opts& opts, std::span<const std::size_t> in) {
  return {in[0] - std::size_t(opts.top + opts.bottom), in[1] - std::size_t(opts.left + opts.right), in[2]};
}

/// Cropping2D's rules, on its options and its input's extents.
inline constexpr auto cropping2d_rules = ctnn::rules(
    CTNN_RULE(opts.top >= 0 && opts.bottom >= 0 && opts.left >= 0 && opts.right >= 0, "ctnn::cropping2d: cropping must not be negative"),
    CTNN_RULE(in.size() == 3, "ctnn::cropping2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"),
    CTNN_RULE(std::size_t(opts.top + opts.bottom) < in[0],
              "ctnn::cropping2d: top + bottom must be less than the input's rows (at least one row must be left)"),
    CTNN_RULE(std::size_t(opts.left + opts.right) < in[1],
              "ctnn::cropping2d: left + right must be less than the input's columns (at least one column must be left)"));

/// (h, w, c) -> (h - top - bottom, w - left - right, c): out[y, x, c] = in[top + y, left + x, c].
/// No parameters.
template <cropping2d_opts Opts = cropping2d_opts{}>
struct cropping2d {
  static constexpr std::string_view keras_class = "Cropping2D";
  static constexpr std::string_view keras_name = "cropping2d";
  static constexpr cropping2d_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(cropping2d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return cropping2d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }

  /// What a Keras file's Cropping2D holds when it is this type (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"cropping", keras::config_value::rows({{Opts.top, Opts.bottom}, {Opts.left, Opts.right}})},
            keras::channels_last_entry()};
  }
};

namespace keras {

/// A file's Cropping2D as ctnn::cropping2d<cropping2d_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_cropping2d(const Config& config, std::span<const extents> inputs) {
  require_fixed(config, channels_last_entry(), channels_last_reason);
  // A hook of its own, not a schema: Keras's one `cropping` entry holds the four sides as 2,
  // (2, 3) or ((top, bottom), (left, right)), and the file stores the last form.
  const cropping2d_opts opts{read_side(config, "cropping", 0, 0), read_side(config, "cropping", 0, 1),
                             read_side(config, "cropping", 1, 0), read_side(config, "cropping", 1, 1)};
  require_rules(cropping2d_rules, opts, inputs[0], held_entries(config, {"cropping"}));
  const auto out = cropping2d_output(opts, inputs[0]);
  return {"ctnn::cropping2d<ctnn::cropping2d_opts{.top = " + std::to_string(opts.top) + ", .bottom = " +
              std::to_string(opts.bottom) + ", .left = " + std::to_string(opts.left) + ", .right = " +
              std::to_string(opts.right) + "}>",
          extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind cropping2d_kind{"Cropping2D", 1, read_cropping2d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/cropping2d.hpp"
