// ctnn/layers/cropping1d.hpp: Keras `Cropping1D(cropping=(left, right))`: Cropping2D's loop on an
// image of one row (ctnn/layers/conv1d.hpp says why).
#pragma once

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Steps cut off the start and the end of the sequence. Keras's default `cropping=(1, 1)` is the
/// default here; `cropping=(2, 0)` is {.left = 2, .right = 0}.
struct cropping1d_opts {
  int left = 1;
  int right = 1;
};

/// Cropping1D's shape rule, on values: (steps, c) -> (steps - left - right, c), once the rules
/// have checked that a step is left.
constexpr std::array<std::size_t, 2> cropping1d_output(const cropping1d_opts& opts, std::span<const std::size_t> in) {
  return {in[0] - std::size_t(opts.left + opts.right), in[1]};
}

inline constexpr auto cropping1d_rules = ctnn::rules(
    CTNN_RULE(opts.left >= 0 && opts.right >= 0, "ctnn::cropping1d: cropping must not be negative"),
    CTNN_RULE(in.size() == 2, "ctnn::cropping1d: the input must be a sequence of rank 2 (steps, channels); put a reshape before it"),
    CTNN_RULE(std::size_t(opts.left + opts.right) < in[0],
              "ctnn::cropping1d: left + right must be less than the input's steps (at least one step must be left)"));

/// (steps, c) -> (steps - left - right, c): out[t, c] = in[left + t, c]. No parameters.
template <cropping1d_opts Opts = cropping1d_opts{}>
struct cropping1d {
  static constexpr std::string_view keras_class = "Cropping1D";
  static constexpr std::string_view keras_name = "cropping1d";
  static constexpr cropping1d_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(cropping1d_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return cropping1d_output(Opts, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }

  /// What a Keras file's Cropping1D holds when it is this type: [left, right].
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"cropping", keras::config_value::list({Opts.left, Opts.right})}};
  }
};

namespace keras {

/// A file's Cropping1D as ctnn::cropping1d<cropping1d_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_cropping1d(const Config& config, std::span<const extents> inputs) {
  // A hook of its own, not a schema: Keras's one `cropping` entry holds both sides as 1 or
  // (1, 2), and the file stores the last form.
  const cropping1d_opts opts{read_side(config, "cropping", 0, 0), read_side(config, "cropping", 1, 0)};
  require_rules(cropping1d_rules, opts, inputs[0], held_entries(config, {"cropping"}));
  const auto out = cropping1d_output(opts, inputs[0]);
  return {"ctnn::cropping1d<ctnn::cropping1d_opts{.left = " + std::to_string(opts.left) +
              ", .right = " + std::to_string(opts.right) + "}>",
          extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind cropping1d_kind{"Cropping1D", 1, read_cropping1d<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/cropping1d.hpp"
