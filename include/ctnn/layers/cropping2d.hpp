// ctnn/layers/cropping2d.hpp: Keras `Cropping2D(cropping=((top, bottom), (left, right)))`.
#pragma once

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

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

/// (h, w, c) -> (h - top - bottom, w - left - right, c): out[y, x, c] = in[top + y, left + x, c].
/// No parameters.
template <cropping2d_opts Opts = cropping2d_opts{}>
struct cropping2d {
  static constexpr std::string_view keras_class = "Cropping2D";
  static constexpr std::string_view keras_name = "cropping2d";
  static constexpr cropping2d_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(Opts.top >= 0 && Opts.bottom >= 0 && Opts.left >= 0 && Opts.right >= 0, "ctnn::cropping2d: cropping must not be negative")
    CTNN_REQUIRE(In::rank == 3, "ctnn::cropping2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it")
    CTNN_REQUIRE(std::size_t(Opts.top + Opts.bottom) < In::dims[0], "ctnn::cropping2d: top + bottom must be less than the input's rows (at least one row must be left)")
    CTNN_REQUIRE(std::size_t(Opts.left + Opts.right) < In::dims[1], "ctnn::cropping2d: left + right must be less than the input's columns (at least one column must be left)")
    return true;
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
  need_image(inputs);
  need_channels_last(config);
  // Keras accepts 2, (2, 3) and ((top, bottom), (left, right)); the file stores the last form.
  auto side = [&](std::size_t axis, std::size_t end) {
    const long long value = config.type("cropping") == config_reader::kind::integer            ? config.integer("cropping")
                            : config.type("cropping", {axis}) == config_reader::kind::integer ? config.integer("cropping", {axis})
                                                                                              : config.integer("cropping", {axis, end});
    if (value < 0 || value > 1'000'000) throw config_error("cropping " + config.dump("cropping") + " holds a negative value");
    return static_cast<int>(value);
  };
  const cropping2d_opts opts{side(0, 0), side(0, 1), side(1, 0), side(1, 1)};
  if (std::size_t(opts.top + opts.bottom) >= inputs[0][0] || std::size_t(opts.left + opts.right) >= inputs[0][1])
    throw config_error("cropping " + config.dump("cropping") + " leaves nothing of its input " + keras_shape(inputs[0]));
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
