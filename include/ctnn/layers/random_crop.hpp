// ctnn/layers/random_crop.hpp: Keras `RandomCrop(height, width)` at inference.
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

/// Keyword arguments of RandomCrop that matter at inference (its seed does not).
struct random_crop_opts {
  int height = 0;
  int width = 0;

  template <class Self = random_crop_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::random_crop_opts", field("height", &Self::height).required(), field("width", &Self::width).required())
        .with_fixed({keras::channels_last_entry(), keras::channels_last_reason});
  }
};

inline constexpr auto random_crop_rules = ctnn::rules(
    CTNN_RULE(opts.height > 0 && opts.width > 0, "ctnn::random_crop: height and width must be positive"),
    CTNN_RULE(in.size() == 3, "ctnn::random_crop: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it"));

/// (h, w, c) -> (height, width, c). In training a window at a random place; at inference, which
/// is all ctnn computes, the image's largest centred box of the output's aspect ratio resized to
/// it, bilinear (Keras's smart_resize: ctnn/layers/resizing.hpp), as tf.keras and Keras 3 up to
/// 3.7 do. Keras 3.8 and later pass the image through unchanged at inference whatever its size,
/// which agrees with the layer's own output shape only for an image of the output's size; there
/// both give the image. No parameters. Kernel:
/// ctnn/reference/random_crop.hpp.
template <random_crop_opts Opts>
struct random_crop {
  static constexpr std::string_view keras_class = "RandomCrop";
  static constexpr std::string_view keras_name = "random_crop";
  static constexpr random_crop_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(random_crop_rules, (Opts), In)
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

/// A file's RandomCrop as ctnn::random_crop<random_crop_opts{...}>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_random_crop(const Config& config, std::span<const extents> inputs) {
  const auto opts = read_options<random_crop_opts>(config);
  require_rules(random_crop_rules, opts, inputs[0], held_options<random_crop_opts>(config));
  const auto out = sized_image_output(opts, inputs[0]);
  return {"ctnn::random_crop<" + spell_options(opts) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind random_crop_kind{"RandomCrop", 1, read_random_crop<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/random_crop.hpp"
