// ctnn/keras_layers.hpp: every layer kind ctnn has, by Keras class.
//
// ctnn-keras-type reads each layer of a file with the kind of its class (how a configuration
// becomes a ctnn layer, in the layer's own header: ctnn/layers/keras_config.hpp). A new layer
// kind is its header (included by ctnn/ctnn.hpp, as every layer is) and one line in `layer_kinds`.
#pragma once

#include <string_view>

#include "ctnn/ctnn.hpp"  // every layer header
#include "ctnn/layers/keras_config.hpp"

namespace ctnn::keras {

/// Every layer kind ctnn has, one per Keras class.
inline constexpr layer_kind layer_kinds[] = {
    input_kind<>,
    dense_kind<>,
    reshape_kind<>,
    flatten_kind<>,
    upsampling2d_kind<>,
    conv2d_kind<>,
    conv2d_transpose_kind<>,
    zero_padding2d_kind<>,
    cropping2d_kind<>,
    max_pooling2d_kind<>,
    average_pooling2d_kind<>,
    global_average_pooling2d_kind<>,
    global_max_pooling2d_kind<>,
    activation_layer_kind<>,
    leaky_relu_kind<>,
    relu_kind<>,
    elu_kind<>,
    softmax_kind<>,
    prelu_kind<>,
    batch_normalization_kind<>,
    layer_normalization_kind<>,
    group_normalization_kind<>,
    dropout_kind<>,
    gaussian_noise_kind<>,
    gaussian_dropout_kind<>,
    spatial_dropout2d_kind<>,
    rescaling_kind<>,
    embedding_kind<>,
    concatenate_kind<>,
    add_kind<>,
    subtract_kind<>,
    multiply_kind<>,
    average_kind<>,
    maximum_kind<>,
    minimum_kind<>,
    dot_kind<>,
    conv1d_kind<>,
    max_pooling1d_kind<>,
    average_pooling1d_kind<>,
    global_average_pooling1d_kind<>,
    global_max_pooling1d_kind<>,
    zero_padding1d_kind<>,
    cropping1d_kind<>,
    upsampling1d_kind<>,
    spatial_dropout1d_kind<>,
    depthwise_conv2d_kind<>,
    separable_conv2d_kind<>,
    depthwise_conv1d_kind<>,
    separable_conv1d_kind<>,
    conv1d_transpose_kind<>,
    repeat_vector_kind<>,
    permute_kind<>,
    resizing_kind<>,
    center_crop_kind<>,
    random_crop_kind<>,
    unit_normalization_kind<>,
    rms_normalization_kind<>,
    activity_regularization_kind<>,
    image_augmentation_kind<image_augmentation::random_flip>,
    image_augmentation_kind<image_augmentation::random_rotation>,
    image_augmentation_kind<image_augmentation::random_zoom>,
    image_augmentation_kind<image_augmentation::random_translation>,
    image_augmentation_kind<image_augmentation::random_contrast>,
    image_augmentation_kind<image_augmentation::random_brightness>,
    image_augmentation_kind<image_augmentation::random_height>,
    image_augmentation_kind<image_augmentation::random_width>,
    image_augmentation_kind<image_augmentation::random_grayscale>,
    image_augmentation_kind<image_augmentation::random_hue>,
    image_augmentation_kind<image_augmentation::random_saturation>,
    image_augmentation_kind<image_augmentation::random_sharpness>,
    image_augmentation_kind<image_augmentation::random_shear>,
    image_augmentation_kind<image_augmentation::random_color_degeneration>,
    image_augmentation_kind<image_augmentation::random_color_jitter>,
    image_augmentation_kind<image_augmentation::random_posterization>,
    image_augmentation_kind<image_augmentation::random_invert>,
    image_augmentation_kind<image_augmentation::random_erasing>,
    image_augmentation_kind<image_augmentation::random_gaussian_blur>,
    image_augmentation_kind<image_augmentation::random_perspective>,
    image_augmentation_kind<image_augmentation::random_elastic_transform>,
    image_augmentation_kind<image_augmentation::solarization>,
    image_augmentation_kind<image_augmentation::aug_mix>,
    image_augmentation_kind<image_augmentation::cut_mix>,
    image_augmentation_kind<image_augmentation::mix_up>,
    image_augmentation_kind<image_augmentation::rand_augment>,
};

/// The kind of a Keras class ("Conv2D"), or nullptr when ctnn has no such layer.
constexpr const layer_kind* find_layer_kind(std::string_view keras_class) {
  for (const layer_kind& kind : layer_kinds)
    if (kind.keras_class == keras_class) return &kind;
  return nullptr;
}

}  // namespace ctnn::keras
