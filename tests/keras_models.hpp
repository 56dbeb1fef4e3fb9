// The GAN models of ../shared/models/ as ctnn types, written from their PROVENANCE.md
// layer tables (the file checks them against the stored architecture when it loads).
#pragma once

#include <ctnn/ctnn.hpp>

#include "mnist_cgan_generators.hpp"  // examples/

namespace keras_models {
using namespace ctnn;

// fmnist_dcgan_upsampling/generator.h5 (tf.keras 2.10): 136,353 parameters.
using fmnist_upsampling_generator = sequential<
    input<32>, dense<1568>, leaky_relu<0.2>, reshape<7, 7, 32>, upsampling2d<>,
    conv2d<conv2d_opts{.filters = 32, .kernel_size = 5, .padding = padding::same}>, leaky_relu<0.2>, upsampling2d<>,
    conv2d<conv2d_opts{.filters = 32, .kernel_size = 5, .padding = padding::same}>, leaky_relu<0.2>,
    conv2d<conv2d_opts{.filters = 32, .kernel_size = 4, .padding = padding::same}>, leaky_relu<0.2>,
    conv2d<conv2d_opts{.filters = 32, .kernel_size = 4, .padding = padding::same}>, leaky_relu<0.2>,
    conv2d<conv2d_opts{.filters = 1, .kernel_size = 4, .padding = padding::same, .activation = activation::sigmoid}>>;

// fmnist_dcgan_upsampling/discriminator.h5 (tf.keras 2.10): 112,577 parameters.
using fmnist_upsampling_discriminator = sequential<
    input<28, 28, 1>, conv2d<conv2d_opts{.filters = 32, .kernel_size = 5}>, leaky_relu<0.2>, dropout<0.4>,
    conv2d<conv2d_opts{.filters = 32, .kernel_size = 5}>, leaky_relu<0.2>, dropout<0.4>,
    conv2d<conv2d_opts{.filters = 32, .kernel_size = 5}>, leaky_relu<0.2>, dropout<0.4>,
    conv2d<conv2d_opts{.filters = 64, .kernel_size = 5}>, leaky_relu<0.2>, dropout<0.4>, flatten, dropout<0.4>,
    dense<1, dense_opts{.activation = activation::sigmoid}>>;

// fmnist_dcgan_convt_bn_selu/generator.h5 (tf.keras 2.3): 840,705 parameters.
using fmnist_convt_generator = sequential<
    input<100>, dense<7 * 7 * 128>, reshape<7, 7, 128>, batch_normalization<>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::selu}>,
    batch_normalization<>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::tanh}>>;

// fmnist_dcgan_convt_bn_selu/discriminator.h5 (tf.keras 2.3, with optimizer state): 212,865 parameters.
using fmnist_convt_discriminator = sequential<
    input<28, 28, 1>, conv2d<conv2d_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same}>,
    leaky_relu<0.2>, dropout<0.3>, conv2d<conv2d_opts{.filters = 128, .kernel_size = 5, .strides = 2, .padding = padding::same}>,
    leaky_relu<0.2>, dropout<0.3>, flatten, dense<1, dense_opts{.activation = activation::sigmoid}>>;

// mnist_dcgan_upsampling_weights_only_mit/mnist_generator.h5 (Keras 2.2.4, weights only, saved
// through a wrapper model: every weight sits in the nested group sequential_2): 856,193 parameters.
using mnist_weights_only_generator = sequential<
    input<100>, dense<128 * 7 * 7, dense_opts{.activation = activation::relu}>, reshape<7, 7, 128>, upsampling2d<>,
    conv2d<conv2d_opts{.filters = 128, .kernel_size = 3, .padding = padding::same}>, batch_normalization<>,
    activation_layer<activation::relu>, upsampling2d<>,
    conv2d<conv2d_opts{.filters = 64, .kernel_size = 3, .padding = padding::same}>, batch_normalization<>,
    activation_layer<activation::relu>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .padding = padding::same}>,
    activation_layer<activation::tanh>>;

// mnist_dcgan_upsampling_weights_only_mit/mnist_discriminator.h5: the Keras-GAN DCGAN
// discriminator (its PROVENANCE lists the weights; the strides and the ZeroPadding2D that takes
// 7x7 to 8x8 are those of that repository's dcgan.py): 393,729 parameters.
using mnist_weights_only_discriminator = sequential<
    input<28, 28, 1>, conv2d<conv2d_opts{.filters = 32, .kernel_size = 3, .strides = 2, .padding = padding::same}>,
    leaky_relu<0.2>, dropout<0.25>, conv2d<conv2d_opts{.filters = 64, .kernel_size = 3, .strides = 2, .padding = padding::same}>,
    zero_padding2d<zero_padding2d_opts{.top = 0, .bottom = 1, .left = 0, .right = 1}>, batch_normalization<>, leaky_relu<0.2>,
    dropout<0.25>, conv2d<conv2d_opts{.filters = 128, .kernel_size = 3, .strides = 2, .padding = padding::same}>,
    batch_normalization<>, leaky_relu<0.2>, dropout<0.25>,
    conv2d<conv2d_opts{.filters = 256, .kernel_size = 3, .strides = 1, .padding = padding::same}>, batch_normalization<>,
    leaky_relu<0.2>, dropout<0.25>, flatten, dense<1, dense_opts{.activation = activation::sigmoid}>>;

static_assert(mnist_weights_only_generator::param_count == 856'193);

static_assert(mnist_weights_only_discriminator::layer<17>::output_shape{} == shape<4096>{});  // flatten
static_assert(mnist_weights_only_discriminator::param_count == 393'729);
static_assert(fmnist_upsampling_generator::param_count == 136'353);
static_assert(fmnist_upsampling_discriminator::param_count == 112'577);
static_assert(fmnist_convt_generator::param_count == 840'705);
static_assert(fmnist_convt_discriminator::param_count == 212'865);

// The two conditional generators (functional graphs), declared once in the example that draws
// their digits.
namespace mnist_cgan_keras3 {
using generator = mnist_cgan::keras3::generator;
}
namespace mnist_cgan_tfkeras {
using generator = mnist_cgan::tfkeras::generator;
}

}  // namespace keras_models

// ---- Keras 3 formats (.keras archives, .weights.h5), loaded through ctnn::keras::load --------
namespace keras_models {
using namespace ctnn;

// fmnist_dcgan_keras38_native/generator.keras (Keras 3.8, Functional): 834,433 parameters.
inline constexpr auto keras38_z = input<100>{};
inline constexpr auto keras38_image =
    keras38_z | dense<6272, dense_opts{.use_bias = false}>{} | reshape<7, 7, 128>{} | batch_normalization<>{} | leaky_relu<0.01>{} |
    conv2d_transpose<conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same}>{} |
    batch_normalization<>{} | leaky_relu<0.01>{} |
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2, .padding = padding::same}>{} |
    activation_layer<activation::tanh>{};
using fmnist_keras38_generator = decltype(functional(inputs(keras38_z), keras38_image));
static_assert(fmnist_keras38_generator::param_count == 834'433);

// fmnist_dcgan_keras38_native/discriminator.keras (Keras 3.8, Functional, optimizer state): 212,865 parameters.
inline constexpr auto keras38_x = input<28, 28, 1>{};
inline constexpr auto keras38_score =
    keras38_x | conv2d<conv2d_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same}>{} | leaky_relu<0.2>{} |
    dropout<0.4>{} | conv2d<conv2d_opts{.filters = 128, .kernel_size = 5, .strides = 2, .padding = padding::same}>{} |
    leaky_relu<0.2>{} | dropout<0.4>{} | flatten{} | dense<1, dense_opts{.activation = activation::sigmoid}>{};
using fmnist_keras38_discriminator = decltype(functional(inputs(keras38_x), keras38_score));
static_assert(fmnist_keras38_discriminator::param_count == 212'865);

// cifar10_discriminator_3formats_keras215/discriminator.{keras,h5} and discriminator_weights.h5
// (tf.keras 2.15, Sequential): 217,985 parameters.
using cifar10_discriminator = sequential<
    input<32, 32, 3>, conv2d<conv2d_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same}>,
    leaky_relu<0.3>, dropout<0.3>, conv2d<conv2d_opts{.filters = 128, .kernel_size = 5, .strides = 2, .padding = padding::same}>,
    leaky_relu<0.3>, dropout<0.3>, flatten, dense<1>>;
static_assert(cifar10_discriminator::param_count == 217'985);

// mnist_gan_maxpool_keras213_native/generator.keras (tf.keras 2.13, Sequential): 80,097 parameters.
using maxpool_gan_generator = sequential<
    input<50>, dense<1568, dense_opts{.activation = activation::sigmoid}>, reshape<14, 14, 8>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 4, .strides = 2, .padding = padding::same, .activation = activation::sigmoid}>>;
static_assert(maxpool_gan_generator::param_count == 80'097);

// face_denoise_conv_keras213_windows_paths/generator_model.keras (tf.keras 2.13 on Windows,
// Functional): 151,171 parameters.
inline constexpr auto denoise_x = input<128, 128, 3>{};
inline constexpr auto denoise_y =
    denoise_x | conv2d<conv2d_opts{.filters = 64, .kernel_size = 3, .padding = padding::same, .activation = activation::relu}>{} |
    conv2d<conv2d_opts{.filters = 128, .kernel_size = 3, .padding = padding::same, .activation = activation::relu}>{} |
    upsampling2d<upsampling2d_opts{.size = 1}>{} |
    conv2d<conv2d_opts{.filters = 64, .kernel_size = 3, .padding = padding::same, .activation = activation::relu}>{} |
    conv2d<conv2d_opts{.filters = 3, .kernel_size = 3, .padding = padding::same, .activation = activation::sigmoid}>{};
using face_denoiser = decltype(functional(inputs(denoise_x), denoise_y));
static_assert(face_denoiser::param_count == 151'171);

// mnist_mlp_gan_weights_only_keras3/generator.weights.h5 (Keras 3, weights only; the
// architecture from its PROVENANCE.md): 114,576 parameters, output rank 2.
using mlp_weights_only_generator = sequential<input<100>, dense<128, dense_opts{.activation = activation::relu}>,
                                              batch_normalization<>, dense<784, dense_opts{.activation = activation::sigmoid}>,
                                              reshape<28, 28>>;
static_assert(mlp_weights_only_generator::param_count == 114'576);

// emnist_dcgan_legacy_layout_named_weights_h5/dcgan_generator.weights.h5 (tf.keras 2.10
// save_weights, legacy layout despite its name): 909,472 parameters.
using emnist_generator = sequential<
    input<100>, dense<6272, dense_opts{.use_bias = false}>, batch_normalization<>, leaky_relu<0.2>, reshape<7, 7, 128>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 1, .padding = padding::same, .use_bias = false}>,
    batch_normalization<>, leaky_relu<0.2>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 32, .kernel_size = 5, .strides = 2, .padding = padding::same, .use_bias = false}>,
    batch_normalization<>, leaky_relu<0.2>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::sigmoid, .use_bias = false}>>;
static_assert(emnist_generator::param_count == 909'472);

// fmnist_vae_decoder_cropping2d_keras38/decoder_model.keras (Keras 3.8, Functional): BN on rank 2,
// five ConvT 3x3/2 without bias from 1x1, Cropping2D 32x32 -> 28x28: 110,120 parameters.
inline constexpr auto vae_z = input<16>{};
template <int Filters>
inline constexpr auto vae_up = conv2d_transpose<conv2d_transpose_opts{.filters = Filters, .kernel_size = 3, .strides = 2, .padding = padding::same, .use_bias = false}>{};
inline constexpr auto vae_image =
    vae_z | dense<32, dense_opts{.use_bias = false}>{} | batch_normalization<>{} | leaky_relu<0.01>{} |
    dense<64, dense_opts{.use_bias = false}>{} | batch_normalization<>{} | leaky_relu<0.01>{} |
    dense<128, dense_opts{.use_bias = false}>{} | batch_normalization<>{} | leaky_relu<0.01>{} | dropout<0.2>{} |
    reshape<1, 1, 128>{} | vae_up<64> | batch_normalization<>{} | leaky_relu<0.01>{} | vae_up<32> | batch_normalization<>{} |
    leaky_relu<0.01>{} | vae_up<16> | batch_normalization<>{} | leaky_relu<0.01>{} | vae_up<8> | batch_normalization<>{} |
    leaky_relu<0.01>{} | vae_up<1> | cropping2d<cropping2d_opts{.top = 2, .bottom = 2, .left = 2, .right = 2}>{} |
    activation_layer<activation::sigmoid>{};
using vae_decoder = decltype(functional(inputs(vae_z), vae_image));
static_assert(vae_decoder::param_count == 110'120);

// mnist_gan_maxpool_keras213_native/descriminator.keras (tf.keras 2.13, Sequential, optimizer and
// metrics state): MaxPooling2D, 20,417 parameters.
using maxpool_gan_discriminator = sequential<
    input<28, 28, 1>, conv2d<conv2d_opts{.filters = 32, .kernel_size = 3, .activation = activation::relu}>,
    max_pooling2d<pooling2d_opts{.pool_size = 2, .strides = 2}>,
    conv2d<conv2d_opts{.filters = 64, .kernel_size = 3, .activation = activation::relu}>,
    max_pooling2d<pooling2d_opts{.pool_size = 2, .strides = 2}>, flatten,
    dense<1, dense_opts{.activation = activation::sigmoid}>>;
static_assert(maxpool_gan_discriminator::param_count == 20'417);

}  // namespace keras_models
