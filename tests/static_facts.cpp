// Compile-time facts: shapes, parameter counts, weight layouts and Keras names. This file only
// has to compile; each static_assert is a test (mp-units' test/static style).
#include <type_traits>

#include <ctnn/ctnn.hpp>

namespace {
using namespace ctnn;
namespace ca = ctnn::conv_arithmetic;

// ---- conv_arithmetic, hand-worked ------------------------------------------------------------
// Conv2D same: ceil(n / s); padding max((out - 1) * s + ke - n, 0), the odd row after.
static_assert(ca::conv_output_length(5, 3, 1, padding::same) == 5 && ca::conv_padding_before(5, 3, 1, padding::same) == 1);
static_assert(ca::conv_output_length(4, 3, 2, padding::same) == 2 && ca::conv_padding_before(4, 3, 2, padding::same) == 0);
static_assert(ca::conv_output_length(7, 3, 3, padding::same) == 3 && ca::conv_padding_before(7, 3, 3, padding::same) == 1);
static_assert(ca::conv_output_length(6, 4, 1, padding::same) == 6 && ca::conv_padding_before(6, 4, 1, padding::same) == 1);
static_assert(ca::conv_output_length(7, 3, 2, padding::valid) == 3 && ca::conv_padding_before(7, 3, 2, padding::valid) == 0);
static_assert(ca::effective_extent(3, 2) == 5 && ca::conv_output_length(7, 5, 1, padding::valid) == 3);
// Conv2DTranspose: valid n*s + max(ke - s, 0), same n*s; crop floor(P / 2).
static_assert(ca::transpose_output_length(5, 3, 2, padding::same, -1) == 10 && ca::transpose_crop_before(5, 3, 2, padding::same, -1) == 0);
static_assert(ca::transpose_output_length(2, 1, 2, padding::valid, -1) == 4);   // the tutorial's 1x1 kernel
static_assert(ca::transpose_output_length(3, 4, 2, padding::same, -1) == 6 && ca::transpose_crop_before(3, 4, 2, padding::same, -1) == 1);
static_assert(ca::transpose_output_length(3, 4, 1, padding::same, -1) == 3 && ca::transpose_crop_before(3, 4, 1, padding::same, -1) == 1);
static_assert(ca::transpose_output_length(3, 5, 2, padding::valid, -1) == 9);
static_assert(ca::transpose_output_length(3, 3, 2, padding::valid, 1) == 8);   // (n-1)s + ke + op
static_assert(ca::transpose_output_length(3, 3, 2, padding::same, 1) == 6);    // (n-1)s + ke - 2*(ke/2) + op
static_assert(ca::transpose_crop_before(3, 3, 2, padding::same, 1) == 0);      // F = 7, P = 1
static_assert(ca::transpose_output_length(3, 3, 2, padding::same, 0) == 5 && ca::transpose_crop_before(3, 3, 2, padding::same, 0) == 1);

// ---- shapes, parameter counts, weight layouts --------------------------------------------------
// The DCGAN generator of fmnist_dcgan_convt_bn_selu (PROVENANCE.md: 840,705 parameters).
using bn_selu_generator = sequential<
    input<100>, dense<7 * 7 * 128>, reshape<7, 7, 128>, batch_normalization<>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::selu}>,
    batch_normalization<>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2, .padding = padding::same, .activation = activation::tanh}>>;
static_assert(bn_selu_generator::output_shape == shape<28, 28, 1>{});
static_assert(bn_selu_generator::param_count == 840'705);
static_assert(bn_selu_generator::layer<1>::weights.parameter_count() == 633'472);
static_assert(bn_selu_generator::layer<3>::weights.parameter_count() == 512);
static_assert(bn_selu_generator::layer<3>::weights.trainable_count() == 256);
static_assert(bn_selu_generator::layer<4>::weights.parameter_count() == 204'864);
static_assert(bn_selu_generator::non_trainable_param_count == 2 * 128 + 2 * 64);
static_assert(bn_selu_generator::weight_count == 2 + 4 + 2 + 4 + 2);
static_assert(bn_selu_generator::layer<4>::weights[0].dims == std::array<std::size_t, 4>{5, 5, 64, 128});  // [kh, kw, out, in]

// Its discriminator (212,865 parameters), with 'same' strided convs, dropout and flatten.
using bn_selu_discriminator = sequential<
    input<28, 28, 1>, conv2d<conv2d_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same}>,
    leaky_relu<0.2>, dropout<0.3>, conv2d<conv2d_opts{.filters = 128, .kernel_size = 5, .strides = 2, .padding = padding::same}>,
    leaky_relu<0.2>, dropout<0.3>, flatten, dense<1, dense_opts{.activation = activation::sigmoid}>>;
static_assert(bn_selu_discriminator::layer<1>::output_shape{} == shape<14, 14, 64>{});
static_assert(bn_selu_discriminator::layer<7>::output_shape{} == shape<6272>{});
static_assert(bn_selu_discriminator::param_count == 212'865);
static_assert(bn_selu_discriminator::layer<4>::weights[0].dims == std::array<std::size_t, 4>{5, 5, 64, 128});  // [kh, kw, in, out]

// Dense applies to the last axis of any rank, as Keras does.
using dense_on_image = sequential<input<7, 7, 3>, dense<5, dense_opts{.use_bias = false}>>;
static_assert(dense_on_image::output_shape == shape<7, 7, 5>{} && dense_on_image::param_count == 15);

// Reshape infers one -1; batch normalization without center/scale drops beta/gamma.
using inferred = sequential<input<3200>, reshape<5, -1, 128>, batch_normalization<batch_normalization_opts{.center = false, .scale = false}>>;
static_assert(inferred::output_shape == shape<5, 5, 128>{} && inferred::param_count == 256 && inferred::trainable_param_count == 0);

// Even kernels, dilation, output_padding and valid overhang.
using odd_convs = sequential<
    input<9, 8, 2>, conv2d<conv2d_opts{.filters = 3, .kernel_size = {4, 2}, .padding = padding::same}>,
    conv2d<conv2d_opts{.filters = 2, .kernel_size = 3, .padding = padding::valid, .dilation_rate = 2}>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 2, .kernel_size = 3, .strides = {3, 2}, .output_padding = {2, 1}}>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 1, .strides = 3}>>;
static_assert(odd_convs::layer<1>::output_shape{} == shape<9, 8, 3>{});
static_assert(odd_convs::layer<2>::output_shape{} == shape<5, 4, 2>{});
static_assert(odd_convs::layer<3>::output_shape{} == shape<4 * 3 + 3 + 2, 3 * 2 + 3 + 1, 2>{});
static_assert(odd_convs::layer<4>::output_shape{} == shape<17 * 3, 10 * 3, 1>{});

// Keras's automatic names and classes.
static_assert(bn_selu_generator::layer<3>::description::keras_name == "batch_normalization");
static_assert(bn_selu_discriminator::layer<2>::description::keras_class == "LeakyReLU");
static_assert(bn_selu_discriminator::layer<2>::description::keras_name == "leaky_re_lu");
static_assert(leaky_relu<>::alpha == 0.3 && batch_normalization<>::epsilon == 1e-3);

// One model interface: a sequential and a functional model of one input name their input alike;
// a model of several inputs names each by its position, and input_tensor names what to write.
inline constexpr auto image_in = input<4, 4, 1>{};
using one_input_graph = decltype(functional(inputs(image_in), image_in | flatten{} | dense<2>{}));
using one_input_chain = sequential<input<4, 4, 1>, flatten, dense<2>>;
static_assert(std::is_same_v<one_input_graph::input_tensor, tensor<shape<4, 4, 1>>>);
static_assert(std::is_same_v<one_input_chain::input_tensor, one_input_graph::input_tensor>);
static_assert(std::is_same_v<one_input_graph::input_shape_type, shape<4, 4, 1>>);
static_assert(std::is_same_v<one_input_graph::input_tensor_at<0>, one_input_chain::input_tensor_at<0>>);
inline constexpr auto noise_in = input<3>{};
inline constexpr auto label_in = input<1>{};
using two_input_graph = decltype(functional(inputs(noise_in, label_in), concatenate{}(noise_in, label_in) | dense<2>{}));
static_assert(std::is_same_v<two_input_graph::input_tensor_at<1>, tensor<shape<1>>>);
static_assert(std::is_same_v<two_input_graph::input_tensor, detail::model_has_several_inputs_use_input_tensor_at_k<2>>);
static_assert(std::is_same_v<two_input_graph::output_tensor, tensor<shape<2>>>);
}  // namespace
