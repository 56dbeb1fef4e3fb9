// ctnn/layers/dot.hpp: Keras `Dot(axes, normalize)`, the batchwise dot product of two values.
// A merge: it exists only in graphs (ctnn/functional.hpp), `dot<>{}(a, b)`.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>

#include "ctnn/graph.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/merge.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Dot's `axes`: the axis summed over in each input, counted as Keras counts them (the batch axis
/// is 0, so 1 is the first per-sample axis, -1 the last). One number is both inputs' axis.
struct dot_axes {
  int first = -1;
  int second = -1;
  constexpr dot_axes() = default;
  constexpr dot_axes(int both) : first(both), second(both) {}  // NOLINT: Keras's axes=-1
  constexpr dot_axes(int x, int y) : first(x), second(y) {}
  constexpr bool operator==(const dot_axes&) const = default;
};

/// Keyword arguments of Dot.
struct dot_opts {
  dot_axes axes = -1;      ///< axes=-1 (keras.layers.dot's default; the Dot layer has none)
  bool normalize = false;  ///< normalize=False: true makes each summed vector of unit length first
};

namespace detail {

/// Whether `axis` (Keras's count, batch axis 0) is a per-sample axis of an input of `rank` axes.
constexpr bool dot_axis_inside(int axis, std::size_t rank) {
  return axis != 0 && axis <= int(rank) && -axis <= int(rank);
}

/// The extent of the axis `axis` (Keras's count) of an input whose extents are `dims`.
constexpr std::size_t summed_extent(int axis, const auto& dims) { return dims[sample_axis(axis, dims.size())]; }

}  // namespace detail

/// Dot's rules, on its options (`opts`) and its two inputs' extents (`in[0]`, `in[1]`).
inline constexpr auto dot_rules = ctnn::rules(
    CTNN_RULE(in.size() == 2, "ctnn::dot: give exactly two values (Keras's Dot multiplies two)"),
    CTNN_RULE(opts.axes.first != 0 && opts.axes.second != 0,
              "ctnn::dot: axis 0 is the batch axis; Keras counts it, so the first per-sample axis is 1 and the last is -1"),
    CTNN_RULE(detail::dot_axis_inside(opts.axes.first, in[0].size()),
              "ctnn::dot: the first input's axis is outside its axes (1 .. rank, or -rank .. -1)"),
    CTNN_RULE(detail::dot_axis_inside(opts.axes.second, in[1].size()),
              "ctnn::dot: the second input's axis is outside its axes (1 .. rank, or -rank .. -1)"),
    CTNN_RULE(detail::summed_extent(opts.axes.first, in[0]) == detail::summed_extent(opts.axes.second, in[1]),
              "ctnn::dot: the inputs' extents on the summed axes must be equal"));

/// Dot's shape rule, on values: the first input's extents `x` without its summed axis, then the
/// second's `y` without its own, written to `out`; (1) when nothing is left, as Keras's batch_dot
/// gives (None, 1). Returns the output's rank. The type (output_dims) and ctnn-keras-type
/// (keras::dot_kind) both compute extents with it.
constexpr std::size_t dot_output(const dot_opts& opts, std::span<const std::size_t> x, std::span<const std::size_t> y,
                                 std::span<std::size_t> out) {
  std::size_t next = 0;
  const std::size_t skipped_x = detail::sample_axis(opts.axes.first, x.size());
  const std::size_t skipped_y = detail::sample_axis(opts.axes.second, y.size());
  for (std::size_t a = 0; a < x.size(); ++a)
    if (a != skipped_x) out[next++] = x[a];
  for (std::size_t a = 0; a < y.size(); ++a)
    if (a != skipped_y) out[next++] = y[a];
  if (next == 0) out[next++] = 1;
  return next;
}

/// The rank of Dot's output on inputs of ranks `x` and `y`: both less their summed axes, at least 1.
constexpr std::size_t dot_output_rank(std::size_t x, std::size_t y) { return x + y - 2 == 0 ? 1 : x + y - 2; }

/// @brief The dot product of two values along one axis of each, for every sample (Keras's
/// batch_dot): out[i..., j...] = sum over k of x[i..., k, ...] * y[j..., k, ...], the first
/// input's remaining axes first. With `.normalize = true` each summed vector is first scaled to
/// unit length (x * rsqrt(max(sum x^2, 1e-14)), Keras 3's l2 normalization; tf.keras 2 clamps the
/// sum at 1e-12, which differs only for vectors whose norm is below 1e-6), so that the result is
/// the cosine of the two. No parameters. Kernel: ctnn/reference/dot.hpp.
template <dot_opts Opts = dot_opts{}>
struct dot : merge_call<dot<Opts>> {
  static constexpr std::string_view keras_class = "Dot";
  static constexpr std::string_view keras_name = "dot";
  static constexpr dot_opts opts = Opts;
  /// Keras 3's floor under a summed vector's sum of squares (its epsilon 1e-7, squared).
  static constexpr double smallest_square_sum = 1e-14;

  template <class... Ins>
  static consteval bool check() {
    CTNN_CHECK_RULES(dot_rules, (Opts), shapes_of<Ins...>)
  }
  template <class X, class Y>
  static constexpr auto output_dims() {
    std::array<std::size_t, dot_output_rank(X::rank, Y::rank)> out{};
    dot_output(Opts, X::dims, Y::dims, out);
    return out;
  }
  template <class... Ins>
  static constexpr weight_list weights() {
    return {};
  }

  /// What a Keras file's Dot holds when it is this type (ctnn/layers/keras_config.hpp): the axes
  /// as a pair counted from the front, or from the back, or as one number where both inputs'
  /// axes are that number; and normalize.
  template <class X, class Y>
  static constexpr keras::layer_config keras_config() {
    const int rank_x = static_cast<int>(X::rank) + 1, rank_y = static_cast<int>(Y::rank) + 1;  // the batch axis counted
    const int front_x = Opts.axes.first < 0 ? rank_x + Opts.axes.first : Opts.axes.first;
    const int front_y = Opts.axes.second < 0 ? rank_y + Opts.axes.second : Opts.axes.second;
    const int back_x = front_x - rank_x, back_y = front_y - rank_y;
    keras::config_entry axes{"axes", keras::config_value::list({front_x, front_y}), {}, false,
                             {keras::config_value::list({back_x, back_y})}};
    std::size_t alternative = 1;
    if (front_x == front_y) axes.also_accepted[alternative++] = front_x;
    if (back_x == back_y) axes.also_accepted[alternative++] = back_x;
    return {axes, {"normalize", Opts.normalize, {}, false, {}, !Opts.normalize}};  // Keras's default: False
  }
};

namespace keras {

/// A file's Dot as ctnn::dot<...>, for ctnn-keras-type: `axes` one whole number or a pair.
template <class Config = config_reader>
layer_reading read_dot(const Config& config, std::span<const extents> inputs) {
  if (!config.contains("axes")) throw config_error("a Dot layer's configuration has no axes");
  dot_opts opts;
  auto read = [&](std::initializer_list<std::size_t> at) {
    const long long axis = config.integer("axes", at);
    if (axis < -1000 || axis > 1000) throw config_error("axes " + config.dump("axes") + " is not a pair of axes of the inputs");
    return static_cast<int>(axis);
  };
  if (config.type("axes") == config_reader::kind::list) {
    if (config.length("axes") != 2) throw config_error("axes " + config.dump("axes") + " is not one axis or a pair of axes");
    opts.axes = dot_axes(read({0}), read({1}));
  } else {
    opts.axes = dot_axes(read({}));
  }
  if (config.contains("normalize")) opts.normalize = option_traits<bool>::read(config, "normalize");
  require_rules(dot_rules, opts, inputs, held_entries(config, {"axes", "normalize"}));
  std::string spelled = "ctnn::dot<ctnn::dot_opts{.axes = ";
  spelled += opts.axes.first == opts.axes.second ? std::to_string(opts.axes.first)
                                                 : "{" + std::to_string(opts.axes.first) + ", " + std::to_string(opts.axes.second) + "}";
  spelled += opts.normalize ? ", .normalize = true}>" : "}>";
  if (opts.axes == dot_axes{} && !opts.normalize) spelled = "ctnn::dot<>";
  extents out(dot_output_rank(inputs[0].size(), inputs[1].size()));
  dot_output(opts, inputs[0], inputs[1], out);
  return {spelled, out};
}
template <class Config = config_reader>
inline constexpr layer_kind dot_kind{"Dot", 2, read_dot<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/dot.hpp"
