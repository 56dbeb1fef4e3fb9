// The seven models of the fused engine's benchmarks (docs/performance.md), shared with its tests.
#pragma once

#include <ctnn/ctnn.hpp>

#include "../examples/mnist_cgan_generators.hpp"

namespace bench_models {
using namespace ctnn;

/// A: the tutorial's generator with UpSampling2D.
using model_a = sequential<input<100>, dense<128 * 5 * 5>, reshape<5, 5, 128>, upsampling2d<>,
                           conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .padding = padding::same}>>;

/// B: the tutorial's generator with Conv2DTranspose.
using model_b = sequential<
    input<100>, dense<128 * 5 * 5>, reshape<5, 5, 128>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .strides = 2, .padding = padding::same}>>;

/// C: the DCGAN MNIST generator.
using model_c = sequential<
    input<100>, dense<128 * 7 * 7>, leaky_relu<0.2>, reshape<7, 7, 128>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 128, .kernel_size = 4, .strides = 2, .padding = padding::same}>,
    leaky_relu<0.2>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 128, .kernel_size = 4, .strides = 2, .padding = padding::same}>,
    leaky_relu<0.2>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 7, .padding = padding::same, .activation = activation::tanh}>>;

/// D: the DCGAN MNIST discriminator.
using model_d = sequential<
    input<28, 28, 1>, conv2d<conv2d_opts{.filters = 64, .kernel_size = 3, .strides = 2, .padding = padding::same}>,
    leaky_relu<0.2>, conv2d<conv2d_opts{.filters = 64, .kernel_size = 3, .strides = 2, .padding = padding::same}>,
    leaky_relu<0.2>, flatten, dense<1, dense_opts{.activation = activation::sigmoid}>>;

/// E: the tf.keras conditional MNIST generator, a functional graph: C's layers with batch
/// normalizations, and a label branch (embedding, dense, reshape) joined to the noise branch.
using model_e = mnist_cgan::tfkeras::generator;

/// The DCGAN of the PyTorch examples (dcgan/main.py: 64x64 RGB, nz = 100, ngf = ndf = 64) in
/// Keras terms: 4x4 kernels, no biases, batch normalization with PyTorch's epsilon 1e-5. PyTorch's
/// ConvTranspose2d(k 4, s 2, p 1) and Conv2d(k 4, s 2, p 1) are Keras's 'same' at stride 2; its
/// first ConvTranspose2d(k 4, s 1, p 0) on a 1x1 input and the last Conv2d(k 4, s 1, p 0) on a
/// 4x4 input are 'valid'.
namespace dcgan {
inline constexpr batch_normalization_opts pytorch_norm{.epsilon = 1e-5};
template <int Filters, ctnn::padding Padding = ctnn::padding::same, int Strides = 2, activation A = activation::linear>
using up = conv2d_transpose<conv2d_transpose_opts{
    .filters = Filters, .kernel_size = 4, .strides = Strides, .padding = Padding, .activation = A, .use_bias = false}>;
template <int Filters, ctnn::padding Padding = ctnn::padding::same, int Strides = 2, activation A = activation::linear>
using down = conv2d<conv2d_opts{
    .filters = Filters, .kernel_size = 4, .strides = Strides, .padding = Padding, .activation = A, .use_bias = false}>;
using relu = activation_layer<activation::relu>;
}  // namespace dcgan

/// F: the DCGAN generator, 1x1x100 noise -> 64x64x3 in [-1, 1].
using model_f = sequential<
    input<1, 1, 100>,
    dcgan::up<512, padding::valid, 1>, batch_normalization<dcgan::pytorch_norm>, dcgan::relu,  // 4x4x512
    dcgan::up<256>, batch_normalization<dcgan::pytorch_norm>, dcgan::relu,                     // 8x8x256
    dcgan::up<128>, batch_normalization<dcgan::pytorch_norm>, dcgan::relu,                     // 16x16x128
    dcgan::up<64>, batch_normalization<dcgan::pytorch_norm>, dcgan::relu,                      // 32x32x64
    dcgan::up<3, padding::same, 2, activation::tanh>>;                                         // 64x64x3

/// G: the DCGAN discriminator, 64x64x3 -> the probability that the image is real.
using model_g = sequential<
    input<64, 64, 3>,
    dcgan::down<64>, leaky_relu<0.2>,                                                  // 32x32x64
    dcgan::down<128>, batch_normalization<dcgan::pytorch_norm>, leaky_relu<0.2>,       // 16x16x128
    dcgan::down<256>, batch_normalization<dcgan::pytorch_norm>, leaky_relu<0.2>,       // 8x8x256
    dcgan::down<512>, batch_normalization<dcgan::pytorch_norm>, leaky_relu<0.2>,       // 4x4x512
    dcgan::down<1, padding::valid, 1, activation::sigmoid>, flatten>;                  // 1

}  // namespace bench_models
