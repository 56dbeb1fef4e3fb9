// ctnn/layers/image_augmentation.hpp: Keras's random image augmentation layers (RandomFlip,
// RandomRotation, RandomZoom, ...), the identity at inference.
#pragma once

#include <string>
#include <string_view>

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Every Keras layer that transforms its input at random in training and passes it through
/// unchanged at inference (`training=False`, which is all ctnn computes). Keras 2 and 3 have the
/// first eight; RandomHeight and RandomWidth are Keras 2's, the rest Keras 3's. RandomCrop is not
/// one of them: at inference it crops to the aspect ratio and resizes (ctnn/layers/random_crop.hpp).
enum class image_augmentation : unsigned char {
  random_flip, random_rotation, random_zoom, random_translation, random_contrast, random_brightness,
  random_height, random_width,
  random_grayscale, random_hue, random_saturation, random_sharpness, random_shear, random_color_degeneration,
  random_color_jitter, random_posterization, random_invert, random_erasing, random_gaussian_blur,
  random_perspective, random_elastic_transform, solarization, aug_mix, cut_mix, mix_up, rand_augment,
};

/// An augmentation layer's Keras class and the stem of Keras's automatic names (its C++ type is
/// `ctnn::<keras_name>`).
struct image_augmentation_names {
  std::string_view keras_class, keras_name;
};
inline constexpr image_augmentation_names image_augmentation_table[] = {
    {"RandomFlip", "random_flip"}, {"RandomRotation", "random_rotation"}, {"RandomZoom", "random_zoom"},
    {"RandomTranslation", "random_translation"}, {"RandomContrast", "random_contrast"},
    {"RandomBrightness", "random_brightness"}, {"RandomHeight", "random_height"}, {"RandomWidth", "random_width"},
    {"RandomGrayscale", "random_grayscale"}, {"RandomHue", "random_hue"}, {"RandomSaturation", "random_saturation"},
    {"RandomSharpness", "random_sharpness"}, {"RandomShear", "random_shear"},
    {"RandomColorDegeneration", "random_color_degeneration"}, {"RandomColorJitter", "random_color_jitter"},
    {"RandomPosterization", "random_posterization"}, {"RandomInvert", "random_invert"},
    {"RandomErasing", "random_erasing"}, {"RandomGaussianBlur", "random_gaussian_blur"},
    {"RandomPerspective", "random_perspective"}, {"RandomElasticTransform", "random_elastic_transform"},
    {"Solarization", "solarization"}, {"AugMix", "aug_mix"}, {"CutMix", "cut_mix"}, {"MixUp", "mix_up"},
    {"RandAugment", "rand_augment"},
};
static_assert(std::size(image_augmentation_table) == std::size_t(image_augmentation::rand_augment) + 1,
              "one row of image_augmentation_table per image_augmentation");

/// A random augmentation at inference: the identity, a view never computed. Kept so that a model
/// whose first layers augment its input (`data_augmentation = Sequential([RandomFlip(), ...])`)
/// reads as it was trained. None of its options (factor, fill_mode, seed, value_range, ...)
/// changes what inference computes, so ctnn holds and checks none of them, and the shape is any
/// (Keras's RandomHeight / RandomWidth change it in training only). Spelled `ctnn::random_flip`,
/// `ctnn::random_rotation`, ... (the aliases below).
template <image_augmentation Kind>
struct image_augmentation_layer : same_shape_layer {
  static constexpr std::string_view keras_class = image_augmentation_table[std::size_t(Kind)].keras_class;
  static constexpr std::string_view keras_name = image_augmentation_table[std::size_t(Kind)].keras_name;
  static constexpr bool view = true;  // the identity at inference

  template <class In>
  static consteval bool check() {
    return true;
  }
  /// A Keras file's augmentation layer holds nothing that changes inference.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {};
  }
};

using random_flip = image_augmentation_layer<image_augmentation::random_flip>;
using random_rotation = image_augmentation_layer<image_augmentation::random_rotation>;
using random_zoom = image_augmentation_layer<image_augmentation::random_zoom>;
using random_translation = image_augmentation_layer<image_augmentation::random_translation>;
using random_contrast = image_augmentation_layer<image_augmentation::random_contrast>;
using random_brightness = image_augmentation_layer<image_augmentation::random_brightness>;
using random_height = image_augmentation_layer<image_augmentation::random_height>;
using random_width = image_augmentation_layer<image_augmentation::random_width>;
using random_grayscale = image_augmentation_layer<image_augmentation::random_grayscale>;
using random_hue = image_augmentation_layer<image_augmentation::random_hue>;
using random_saturation = image_augmentation_layer<image_augmentation::random_saturation>;
using random_sharpness = image_augmentation_layer<image_augmentation::random_sharpness>;
using random_shear = image_augmentation_layer<image_augmentation::random_shear>;
using random_color_degeneration = image_augmentation_layer<image_augmentation::random_color_degeneration>;
using random_color_jitter = image_augmentation_layer<image_augmentation::random_color_jitter>;
using random_posterization = image_augmentation_layer<image_augmentation::random_posterization>;
using random_invert = image_augmentation_layer<image_augmentation::random_invert>;
using random_erasing = image_augmentation_layer<image_augmentation::random_erasing>;
using random_gaussian_blur = image_augmentation_layer<image_augmentation::random_gaussian_blur>;
using random_perspective = image_augmentation_layer<image_augmentation::random_perspective>;
using random_elastic_transform = image_augmentation_layer<image_augmentation::random_elastic_transform>;
using solarization = image_augmentation_layer<image_augmentation::solarization>;
using aug_mix = image_augmentation_layer<image_augmentation::aug_mix>;
using cut_mix = image_augmentation_layer<image_augmentation::cut_mix>;
using mix_up = image_augmentation_layer<image_augmentation::mix_up>;
using rand_augment = image_augmentation_layer<image_augmentation::rand_augment>;

namespace keras {

/// A file's augmentation layer as ctnn::random_flip (...), for ctnn-keras-type.
template <image_augmentation Kind, class Config = config_reader>
layer_reading read_image_augmentation(const Config&, std::span<const extents> inputs) {
  return {"ctnn::" + std::string(image_augmentation_table[std::size_t(Kind)].keras_name), same_extents(inputs)};
}
template <image_augmentation Kind, class Config = config_reader>
inline constexpr layer_kind image_augmentation_kind{image_augmentation_table[std::size_t(Kind)].keras_class, 1,
                                                    read_image_augmentation<Kind, Config>};

}  // namespace keras

}  // namespace ctnn
