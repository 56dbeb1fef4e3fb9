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
