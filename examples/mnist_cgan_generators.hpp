// The two conditional MNIST generators of ../shared/models/ as ctnn functional types: a noise
// and a label input; the label is embedded, turned into a 7x7 plane by a dense layer, and joined
// to the noise branch's 128 planes before the upsampling stack. Written from their
// PROVENANCE.md tables; load_h5 checks them against the architecture the files store.
#pragma once

#include <ctnn/ctnn.hpp>

namespace mnist_cgan {
using namespace ctnn;

namespace keras3 {
// mnist_cgan_embedding_keras3/cgan_generator.h5 (Keras 3.8): 863,543 parameters.
inline constexpr auto noise = input<100>{};
inline constexpr auto label = input<1>{};
inline constexpr auto noise_planes =
    noise | dense<7 * 7 * 128, dense_opts{.use_bias = false}>{} | batch_normalization<>{} | leaky_relu<0.3>{} | reshape<7, 7, 128>{};
inline constexpr auto label_plane = label | embedding<10, 50>{} | dense<49>{} | reshape<7, 7, 1>{};
inline constexpr auto image =
    concatenate{}(noise_planes, label_plane) |
    conv2d_transpose<conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same, .use_bias = false}>{} |
    batch_normalization<>{} | leaky_relu<0.3>{} |
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::tanh, .use_bias = false}>{};
using generator = decltype(functional(inputs(noise, label), image));
static_assert(generator::param_count == 863'543);
static_assert(generator::output_shape == shape<28, 28, 1>{});
}  // namespace keras3

namespace tfkeras {
// mnist_cgan_embedding_tfkeras/generator.h5 (tf.keras 2.10): 605,880 parameters.
inline constexpr auto noise = input<10>{};
inline constexpr auto label = input<1>{};
inline constexpr auto noise_planes = noise | dense<7 * 7 * 128>{} | leaky_relu<0.2>{} | reshape<7, 7, 128>{};
inline constexpr auto label_plane = label | embedding<10, 50>{} | dense<49>{} | reshape<7, 7, 1>{};
inline constexpr auto image =
    concatenate{}(noise_planes, label_plane) |
    conv2d_transpose<conv2d_transpose_opts{.filters = 128, .kernel_size = 4, .strides = 2, .padding = padding::same}>{} |
    batch_normalization<>{} | leaky_relu<0.2>{} |
    conv2d_transpose<conv2d_transpose_opts{.filters = 128, .kernel_size = 4, .strides = 2, .padding = padding::same}>{} |
    batch_normalization<>{} | leaky_relu<0.2>{} |
    conv2d<conv2d_opts{.filters = 1, .kernel_size = 7, .padding = padding::same, .activation = activation::tanh}>{};
using generator = decltype(functional(inputs(noise, label), image));
static_assert(generator::param_count == 605'880);
static_assert(generator::output_shape == shape<28, 28, 1>{});
}  // namespace tfkeras

}  // namespace mnist_cgan
