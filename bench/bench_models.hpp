// The five models of the fused engine's benchmarks (docs/performance.md), shared with its tests.
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

}  // namespace bench_models
