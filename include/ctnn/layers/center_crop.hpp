// ctnn/layers/center_crop.hpp: Keras `CenterCrop(height, width)`.
#pragma once

#include <array>
#include <cstddef>
#include <span>

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/resizing.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of CenterCrop.
struct center_crop_opts {
  int height = 0;
  int width = 0;

  template <class Self = center_crop_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::center_crop_opts", field("height", &Self::height).required(), field("width", &Self::width).required())
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason});
  }
};

inline constexpr auto center_crop_rules = ctnn::rules(
    CTNN_RULE(opts.height > 0 && opts.width > 0, "ctnn::center_crop: height and width must be positive"),
    CTNN_RULE(in.size() == 3, "ctnn::center_crop: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"));

/// Whether CenterCrop cuts its output out of an (h, w) image; otherwise the image is smaller on a
/// side and CenterCrop resizes its largest centred box of the output's aspect ratio.
constexpr bool center_crop_cuts(const center_crop_opts& opts, int h, int w) { return h >= opts.height && w >= opts.width; }

/// (h, w, c) -> (height, width, c): the centred height x width window, starting at
/// ((h - height) / 2, (w - width) / 2) rounded down, as Keras. An image smaller than that on a side
/// is instead cropped to the output's aspect ratio and resized, bilinear (Keras's smart_resize:
/// ctnn/layers/resizing.hpp). No parameters. Kernel: ctnn/reference/center_crop.hpp.
template <center_crop_opts Opts>
struct center_crop {
  static constexpr std::string_view keras_class = "CenterCrop";
  static constexpr std::string_view keras_name = "center_crop";
  static constexpr center_crop_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(center_crop_rules, (Opts), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return sized_image_output(Opts, In::dims);
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

/// A file's CenterCrop as ctnn::center_crop<center_crop_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_center_crop(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<center_crop_opts>(config);
  require_rules(center_crop_rules, opts, inputs[0], held_options<center_crop_opts>(config));
  const auto out = sized_image_output(opts, inputs[0]);
  return {"ctnn::center_crop<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind center_crop_kind{"CenterCrop", 1, read_center_crop<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/center_crop.hpp"
