// ctnn/layers/zero_padding2d.hpp: Keras `ZeroPadding2D(padding=((top, bottom), (left, right)))`.
#pragma once

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

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
template <zero_padding2d_opts Opts = zero_padding2d_opts{}>
struct zero_padding2d {
  static constexpr std::string_view keras_class = "ZeroPadding2D";
  static constexpr std::string_view keras_name = "zero_padding2d";
  static constexpr zero_padding2d_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(Opts.top >= 0 && Opts.bottom >= 0 && Opts.left >= 0 && Opts.right >= 0, "ctnn::zero_padding2d: padding must not be negative")
    CTNN_REQUIRE(In::rank == 3, "ctnn::zero_padding2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it")
    return true;
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
    return {{"padding", keras::config_value::rows({{Opts.top, Opts.bottom}, {Opts.left, Opts.right}})}};
  }
};

namespace keras {

/// A file's ZeroPadding2D as ctnn::zero_padding2d<zero_padding2d_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_zero_padding2d(const Config& config, std::span<const extents> inputs) {
  need_image(inputs);
  // Keras accepts 1, (1, 2) and ((top, bottom), (left, right)); the file stores the last form.
  auto side = [&](std::size_t axis, std::size_t end) {
    const long long value = config.type("padding") == config_reader::kind::integer            ? config.integer("padding")
                            : config.type("padding", {axis}) == config_reader::kind::integer ? config.integer("padding", {axis})
                                                                                             : config.integer("padding", {axis, end});
    if (value < 0 || value > 1'000'000) throw config_error("padding " + config.dump("padding") + " holds a negative value");
    return static_cast<int>(value);
  };
  const zero_padding2d_opts opts{side(0, 0), side(0, 1), side(1, 0), side(1, 1)};
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
