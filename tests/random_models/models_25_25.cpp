// Models 25 to 49 of the random set 20261129, written by scripts/random_models.py:
//   scripts/random_models.py emit --seed 20261129 --first 25 --count 25 --out <this file>
// Do not edit: change the script and write the file again (ctest random_models.generated_source.* checks the suite's).
#include "random_models.hpp"

namespace random_models::set_25_25 {
using namespace ctnn;

// Model 25 (functional): Dot, Embedding, MaxPooling1D, SeparableConv1D, UnitNormalization; again
namespace m0025 {
inline constexpr auto v0 = ctnn::input<1>{};
inline constexpr auto v1 = v0 | ctnn::embedding<7, 11>{};
inline constexpr auto v2 = v1 | ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 4, .strides = 1, .padding = ctnn::padding::same}>{};
inline constexpr auto v3 = ctnn::dot<>{}(v2, again(v2));
inline constexpr auto v4 = v3 | ctnn::unit_normalization<>{};
inline constexpr auto v5 = v4 | ctnn::separable_conv1d<ctnn::separable_conv1d_opts{.filters = 8, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 2, .depth_multiplier = 1, .activation = ctnn::activation::mish, .use_bias = false}>{};
inline constexpr auto v6 = v5 | ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 3, .padding = ctnn::padding::same}>{};
using type = decltype(functional(inputs(v0), v6));
inline constexpr std::array<std::size_t, 7> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6)};
inline constexpr std::array<std::size_t, 1> labels{7};
}  // namespace m0025

// Model 26 (functional): Activation, Add, AveragePooling1D, BatchNormalization, Concatenate, Conv1D, Dense, Embedding, Flatten, GlobalMaxPooling1D, Minimum, Rescaling, SpatialDropout1D, Subtract; twin
namespace m0026 {
inline constexpr auto v0 = ctnn::input<6>{};
inline constexpr auto v1 = ctnn::input<7, 8>{};
inline constexpr auto v2 = ctnn::input<4>{};
inline constexpr auto v3 = v2 | ctnn::embedding<3, 13>{};
inline constexpr auto v4 = v0 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v5 = v4 | ctnn::activation_layer<ctnn::activation::soft_shrink>{};
inline constexpr auto v6 = v5 | ctnn::rescaling<0.1, -1.0>{};
inline constexpr auto v7 = v1 | ctnn::spatial_dropout1d<0.1>{};
inline constexpr auto v8 = v7 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 7, .kernel_size = 2, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::sparse_plus, .use_bias = false}>{};
inline constexpr auto v9 = v8 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 3, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 2, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v10 = v8 | layer_id<ctnn::conv1d<ctnn::conv1d_opts{.filters = 3, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 2, .activation = ctnn::activation::tanh, .use_bias = true}>, 1>{};
inline constexpr auto v11 = ctnn::add{}(v9, v10);
inline constexpr auto v12 = v3 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = false}>{};
inline constexpr auto v13 = v12 | ctnn::activation_layer<ctnn::activation::silu>{};
inline constexpr auto v14 = ctnn::subtract{}(v3, v13);
inline constexpr auto v15 = v14 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 12, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v16 = v14 | ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 1, .strides = 1, .padding = ctnn::padding::same}>{};
inline constexpr auto v17 = ctnn::concatenate<-1>{}(v15, v16);
inline constexpr auto v18 = v17 | ctnn::global_max_pooling1d<ctnn::global_pooling1d_opts{.keepdims = true}>{};
inline constexpr auto v19 = v6 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v20 = v11 | ctnn::flatten{};
inline constexpr auto v21 = v20 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::log_softmax, .use_bias = true}>{};
inline constexpr auto v22 = v18 | ctnn::flatten{};
inline constexpr auto v23 = v22 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::sparse_plus, .use_bias = true}>{};
inline constexpr auto v24 = ctnn::minimum{}(v19, v21, v23);
using type = decltype(functional(inputs(v0, v1, v2), v24));
inline constexpr std::array<std::size_t, 25> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 3};
}  // namespace m0026

// Model 27 (sequential): AveragePooling1D, GlobalAveragePooling1D, PReLU, Permute, UnitNormalization
namespace m0027 {
using type = sequential<
    ctnn::input<5, 8>,
    ctnn::permute<2, 1>,
    ctnn::prelu<1>,
    ctnn::global_average_pooling1d<ctnn::global_pooling1d_opts{.keepdims = true}>,
    ctnn::unit_normalization<>,
    ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 1, .strides = 1, .padding = ctnn::padding::same}>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0027

// Model 28 (functional): Activation, BatchNormalization, Concatenate, Dense, GlobalMaxPooling1D, MaxPooling1D, RepeatVector, Softmax; outputs
namespace m0028 {
inline constexpr auto v0 = ctnn::input<4>{};
inline constexpr auto v1 = ctnn::input<7, 5>{};
inline constexpr auto v2 = v0 | ctnn::activation_layer<ctnn::activation::elu>{};
inline constexpr auto v3 = v2 | ctnn::softmax<-1>{};
inline constexpr auto v4 = v3 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v5 = v3 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::sparse_plus, .use_bias = true}>{};
inline constexpr auto v6 = ctnn::concatenate<-1>{}(v4, v5);
inline constexpr auto v7 = v1 | ctnn::global_max_pooling1d<ctnn::global_pooling1d_opts{.keepdims = true}>{};
inline constexpr auto v8 = v7 | ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .strides = 2, .padding = ctnn::padding::same}>{};
inline constexpr auto v9 = v8 | ctnn::global_max_pooling1d<ctnn::global_pooling1d_opts{.keepdims = false}>{};
inline constexpr auto v10 = ctnn::concatenate<-1>{}(v6, v9);
inline constexpr auto v11 = v10 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v12 = v11 | ctnn::repeat_vector<6>{};
using type = decltype(functional(inputs(v0, v1), outputs(v12, v5)));
inline constexpr std::array<std::size_t, 13> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0028

// Model 29 (sequential): Activation, AveragePooling1D, Conv1D, Cropping1D, Rescaling, ZeroPadding1D
namespace m0029 {
using type = sequential<
    ctnn::input<6, 4>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 9, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::tanh_shrink, .use_bias = true}>,
    ctnn::rescaling<0.5, 0.0>,
    ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .strides = 2, .padding = ctnn::padding::same}>,
    ctnn::zero_padding1d<ctnn::zero_padding1d_opts{.left = 3, .right = 3}>,
    ctnn::zero_padding1d<ctnn::zero_padding1d_opts{.left = 3, .right = 3}>,
    ctnn::cropping1d<ctnn::cropping1d_opts{.left = 1, .right = 3}>,
    ctnn::activation_layer<ctnn::activation::elu>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0029

// Model 30 (sequential): Conv1D, Conv1DTranspose, ELU, LeakyReLU, ReLU, UnitNormalization, UpSampling1D
namespace m0030 {
using type = sequential<
    ctnn::input<22, 7>,
    ctnn::conv1d_transpose<ctnn::conv1d_transpose_opts{.filters = 10, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::valid, .dilation_rate = 2, .activation = ctnn::activation::relu, .use_bias = true}>,
    ctnn::leaky_relu<0.0>,
    ctnn::elu<2.0>,
    ctnn::unit_normalization<ctnn::unit_normalization_opts{.axis = {1, 2}}>,
    ctnn::upsampling1d<ctnn::upsampling1d_opts{.size = 1}>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 9, .kernel_size = 5, .strides = 1, .padding = ctnn::padding::valid, .dilation_rate = 1, .activation = ctnn::activation::tanh_shrink, .use_bias = true}>,
    ctnn::relu<ctnn::relu_opts{.negative_slope = 0.1}>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0030

// Model 31 (functional): Activation, Average, BatchNormalization, Concatenate, Conv1D, Dense, Dot, Dropout, Embedding, Flatten, LayerNormalization, Multiply, ReLU, Reshape, SpatialDropout1D; again, twin
namespace m0031 {
inline constexpr auto v0 = ctnn::input<8, 7>{};
inline constexpr auto v1 = ctnn::input<3>{};
inline constexpr auto v2 = v1 | ctnn::embedding<6, 11>{};
inline constexpr auto v3 = ctnn::input<10, 7>{};
inline constexpr auto v4 = v0 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::hard_tanh, .use_bias = false}>{};
inline constexpr auto v5 = v4 | ctnn::dropout<0.1>{};
inline constexpr auto v6 = v5 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = false}>{};
inline constexpr auto v7 = v6 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v8 = v7 | ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>{};
inline constexpr auto v9 = v8 | ctnn::activation_layer<ctnn::activation::log_softmax>{};
inline constexpr auto v10 = ctnn::dot<ctnn::dot_opts{.axes = -1, .normalize = true}>{}(v9, again(v9));
inline constexpr auto v11 = v2 | ctnn::spatial_dropout1d<0.25>{};
inline constexpr auto v12 = v11 | ctnn::reshape<1, 3, 11>{};
inline constexpr auto v13 = v3 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 9, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::mish, .use_bias = true}>{};
inline constexpr auto v14 = v3 | layer_id<ctnn::conv1d<ctnn::conv1d_opts{.filters = 9, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::mish, .use_bias = true}>, 1>{};
inline constexpr auto v15 = ctnn::multiply{}(v13, v14);
inline constexpr auto v16 = v15 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 9, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v17 = v16 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = {1, 2}, .epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v18 = ctnn::average{}(v15, v17);
inline constexpr auto v19 = v18 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 6, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::exponential, .use_bias = true}>{};
inline constexpr auto v20 = v18 | ctnn::dense<10, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v21 = ctnn::concatenate<2>{}(v19, v20);
inline constexpr auto v22 = v10 | ctnn::flatten{};
inline constexpr auto v23 = v22 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v24 = v12 | ctnn::flatten{};
inline constexpr auto v25 = v24 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v26 = v21 | ctnn::flatten{};
inline constexpr auto v27 = v26 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::sparse_sigmoid, .use_bias = true}>{};
inline constexpr auto v28 = ctnn::average{}(v23, v25, v27);
using type = decltype(functional(inputs(v0, v1, v3), v28));
inline constexpr std::array<std::size_t, 29> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27), position_of<type>(v28)};
inline constexpr std::array<std::size_t, 3> labels{0, 6, 0};
}  // namespace m0031

// Model 32 (sequential): BatchNormalization, DepthwiseConv2D, ReLU, Rescaling, Reshape
namespace m0032 {
using type = sequential<
    ctnn::input<10, 6, 3>,
    ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {5, 5}, .strides = {1, 1}, .padding = ctnn::padding::valid, .depth_multiplier = 2, .dilation_rate = {2, 1}, .activation = ctnn::activation::linear, .use_bias = false}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = false}>,
    ctnn::reshape<-1, 2, 3>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = false, .scale = true}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0}>,
    ctnn::rescaling<-1.0, 0.0>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0032

// Model 33 (sequential): Activation, BatchNormalization, ELU, SeparableConv2D, UnitNormalization
namespace m0033 {
using type = sequential<
    ctnn::input<4, 9, 1>,
    ctnn::separable_conv2d<ctnn::separable_conv2d_opts{.filters = 2, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .depth_multiplier = 1, .activation = ctnn::activation::mish, .use_bias = true}>,
    ctnn::unit_normalization<>,
    ctnn::separable_conv2d<ctnn::separable_conv2d_opts{.filters = 15, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 2}, .depth_multiplier = 1, .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = false, .scale = true}>,
    ctnn::elu<2.0>,
    ctnn::activation_layer<ctnn::activation::tanh>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0033

// Model 34 (functional): Add, Average, BatchNormalization, Concatenate, Conv1D, Conv2D, Dense, DepthwiseConv1D, Flatten, PReLU, Permute, Reshape, SeparableConv1D, Subtract; outputs, twin
namespace m0034 {
inline constexpr auto v0 = ctnn::input<1, 3>{};
inline constexpr auto v1 = ctnn::input<1, 3>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::permute<2, 1>{};
inline constexpr auto v3 = v2 | ctnn::depthwise_conv1d<ctnn::depthwise_conv1d_opts{.kernel_size = 2, .strides = 1, .padding = ctnn::padding::valid, .depth_multiplier = 3, .dilation_rate = 1, .activation = ctnn::activation::hard_silu, .use_bias = true}>{};
inline constexpr auto v4 = v3 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 5, .kernel_size = 5, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v5 = v3 | layer_id<ctnn::conv1d<ctnn::conv1d_opts{.filters = 5, .kernel_size = 5, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>, 1>{};
inline constexpr auto v6 = ctnn::average{}(v4, v5);
inline constexpr auto v7 = v1 | ctnn::separable_conv1d<ctnn::separable_conv1d_opts{.filters = 9, .kernel_size = 5, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .depth_multiplier = 2, .activation = ctnn::activation::hard_tanh, .use_bias = true}>{};
inline constexpr auto v8 = v7 | ctnn::reshape<1, 9, 1>{};
inline constexpr auto v9 = v8 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = false}>{};
inline constexpr auto v10 = v9 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 9, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v11 = v9 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 9, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = false}>, 1>{};
inline constexpr auto v12 = ctnn::subtract{}(v10, v11);
inline constexpr auto v13 = v12 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 2}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v14 = v12 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 15, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v15 = ctnn::concatenate<3>{}(v13, v14);
inline constexpr auto v16 = v6 | ctnn::flatten{};
inline constexpr auto v17 = v16 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v18 = v15 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v20 = ctnn::add{}(v17, v19);
inline constexpr auto v21 = v20 | ctnn::prelu<1>{};
using type = decltype(functional(inputs(v0, v1), outputs(v6, v21, v21)));
inline constexpr std::array<std::size_t, 22> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0034

// Model 35 (functional): AveragePooling1D, GlobalAveragePooling2D, RepeatVector
namespace m0035 {
inline constexpr auto v0 = ctnn::input<5, 2, 6>{};
inline constexpr auto v1 = v0 | ctnn::global_average_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>{};
inline constexpr auto v2 = v1 | ctnn::repeat_vector<2>{};
inline constexpr auto v3 = v2 | ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .strides = 3, .padding = ctnn::padding::valid}>{};
using type = decltype(functional(inputs(v0), v3));
inline constexpr std::array<std::size_t, 4> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0035

// Model 36 (functional): Add, Concatenate, Conv2D, Dense, Flatten, Maximum, Permute; again, outputs
namespace m0036 {
inline constexpr auto v0 = ctnn::input<9, 4, 2>{};
inline constexpr auto v1 = ctnn::input<9, 6, 8>{};
inline constexpr auto v2 = v0 | ctnn::permute<1, 3, 2>{};
inline constexpr auto v3 = ctnn::add{}(v2, again(v2));
inline constexpr auto v4 = v3 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 4, .kernel_size = {2, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::log_softmax, .use_bias = true}>{};
inline constexpr auto v5 = ctnn::maximum{}(v3, v4);
inline constexpr auto v6 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 12, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v7 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 6, .kernel_size = {1, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh_shrink, .use_bias = true}>{};
inline constexpr auto v8 = ctnn::concatenate<-1>{}(v6, v7);
inline constexpr auto v9 = v5 | ctnn::flatten{};
inline constexpr auto v10 = v9 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v11 = v8 | ctnn::flatten{};
inline constexpr auto v12 = v11 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::sparse_sigmoid, .use_bias = true}>{};
inline constexpr auto v13 = ctnn::maximum{}(v10, v12);
inline constexpr auto v14 = v13 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
using type = decltype(functional(inputs(v0, v1), outputs(v12, v14, v14)));
inline constexpr std::array<std::size_t, 15> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0036

// Model 37 (sequential): Resizing
namespace m0037 {
using type = sequential<
    ctnn::input<9, 4, 7>,
    ctnn::resizing<ctnn::resizing_opts{.height = 8, .width = 4, .interpolation = ctnn::interpolation::bilinear, .crop_to_aspect_ratio = false, .pad_to_aspect_ratio = true, .fill_value = 0.1}>,
    ctnn::resizing<ctnn::resizing_opts{.height = 16, .width = 6, .interpolation = ctnn::interpolation::nearest, .crop_to_aspect_ratio = false, .pad_to_aspect_ratio = false, .fill_value = 0.0}>>;
inline constexpr std::array<std::size_t, 3> positions = sequence<3>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0037

// Model 38 (functional): CenterCrop, MaxPooling2D, Minimum, RMSNormalization, RandomCrop; again
namespace m0038 {
inline constexpr auto v0 = ctnn::input<8, 1, 5>{};
inline constexpr auto v1 = v0 | ctnn::rms_normalization<ctnn::rms_normalization_opts{.axis = {1, 2, 3}, .epsilon = 1e-06}>{};
inline constexpr auto v2 = ctnn::minimum{}(v1, again(v1));
inline constexpr auto v3 = v2 | ctnn::random_crop<ctnn::random_crop_opts{.height = 6, .width = 1}>{};
inline constexpr auto v4 = ctnn::minimum{}(v3, again(v3));
inline constexpr auto v5 = v4 | ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 2}, .strides = {1, 3}, .padding = ctnn::padding::same}>{};
inline constexpr auto v6 = v5 | ctnn::center_crop<ctnn::center_crop_opts{.height = 1, .width = 1}>{};
using type = decltype(functional(inputs(v0), v6));
inline constexpr std::array<std::size_t, 7> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0038

// Model 39 (sequential): Dense, Flatten, GroupNormalization, RMSNormalization, UnitNormalization
namespace m0039 {
using type = sequential<
    ctnn::input<8, 8>,
    ctnn::flatten,
    ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 64, .epsilon = 0.001, .center = true, .scale = false}>,
    ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::rms_normalization<ctnn::rms_normalization_opts{.axis = -1, .epsilon = 0.01}>,
    ctnn::unit_normalization<>,
    ctnn::unit_normalization<>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0039

// Model 40 (functional): Activation, AveragePooling2D, BatchNormalization, Concatenate, Conv2D, Dense, Dropout, ELU, Flatten, GroupNormalization, LeakyReLU, Minimum, PReLU, ReLU, Resizing, Subtract; again
namespace m0040 {
inline constexpr auto v0 = ctnn::input<1, 10, 8>{};
inline constexpr auto v1 = ctnn::input<3, 9, 3>{};
inline constexpr auto v2 = v0 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v3 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh, .use_bias = false}>{};
inline constexpr auto v4 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 9, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v5 = ctnn::concatenate<-1>{}(v3, v4);
inline constexpr auto v6 = v5 | ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 1, .epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v7 = v6 | ctnn::resizing<ctnn::resizing_opts{.height = 15, .width = 6, .interpolation = ctnn::interpolation::nearest, .crop_to_aspect_ratio = false, .pad_to_aspect_ratio = false, .fill_value = 0.0}>{};
inline constexpr auto v8 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 12, .kernel_size = {4, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v9 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 16, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 2}, .activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v10 = ctnn::concatenate<-1>{}(v8, v9);
inline constexpr auto v11 = v10 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 28, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v12 = v11 | ctnn::prelu<1, 2>{};
inline constexpr auto v13 = v12 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 28, .kernel_size = {2, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::log_sigmoid, .use_bias = true}>{};
inline constexpr auto v14 = ctnn::minimum{}(v10, v13, again(v10));
inline constexpr auto v15 = v14 | ctnn::elu<2.0>{};
inline constexpr auto v16 = v15 | ctnn::elu<1.0>{};
inline constexpr auto v17 = v16 | ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same}>{};
inline constexpr auto v18 = v7 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::celu, .use_bias = true}>{};
inline constexpr auto v20 = v17 | ctnn::flatten{};
inline constexpr auto v21 = v20 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v22 = ctnn::subtract{}(v19, v21);
inline constexpr auto v23 = v22 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::log_softmax, .use_bias = true}>{};
inline constexpr auto v24 = v23 | ctnn::activation_layer<ctnn::activation::hard_shrink>{};
inline constexpr auto v25 = v24 | ctnn::dropout<0.1>{};
inline constexpr auto v26 = v25 | ctnn::relu<>{};
inline constexpr auto v27 = v26 | ctnn::activation_layer<ctnn::activation::gelu>{};
inline constexpr auto v28 = v27 | ctnn::leaky_relu<0.1>{};
inline constexpr auto v29 = v28 | ctnn::elu<0.5>{};
using type = decltype(functional(inputs(v0, v1), v29));
inline constexpr std::array<std::size_t, 30> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27), position_of<type>(v28), position_of<type>(v29)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0040

// Model 41 (functional): Add, BatchNormalization, Dense; twin
namespace m0041 {
inline constexpr auto v0 = ctnn::input<4>{};
inline constexpr auto v1 = v0 | ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::squareplus, .use_bias = true}>{};
inline constexpr auto v2 = v0 | layer_id<ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::squareplus, .use_bias = true}>, 1>{};
inline constexpr auto v3 = ctnn::add{}(v1, v2);
inline constexpr auto v4 = v3 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v5 = v4 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>{};
using type = decltype(functional(inputs(v0), v5));
inline constexpr std::array<std::size_t, 6> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0041

// Model 42 (functional): Activation, BatchNormalization, Concatenate, Conv2D, Dense, Dropout, Flatten, LeakyReLU, ReLU, Rescaling, SeparableConv2D, Subtract; outputs
namespace m0042 {
inline constexpr auto v0 = ctnn::input<5, 9, 3>{};
inline constexpr auto v1 = ctnn::input<10, 10, 4>{};
inline constexpr auto v2 = v0 | ctnn::separable_conv2d<ctnn::separable_conv2d_opts{.filters = 12, .kernel_size = {3, 3}, .strides = {2, 2}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .depth_multiplier = 2, .activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v3 = v2 | ctnn::leaky_relu<0.5>{};
inline constexpr auto v4 = v3 | ctnn::dropout<0.25>{};
inline constexpr auto v5 = v4 | ctnn::relu<ctnn::relu_opts{.max_value = 1.0}>{};
inline constexpr auto v6 = v5 | ctnn::relu<ctnn::relu_opts{.max_value = 1.0}>{};
inline constexpr auto v7 = v6 | ctnn::activation_layer<ctnn::activation::silu>{};
inline constexpr auto v8 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 9, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v9 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 6, .kernel_size = {1, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 2}, .activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v10 = ctnn::concatenate<-1>{}(v8, v9);
inline constexpr auto v11 = v7 | ctnn::flatten{};
inline constexpr auto v12 = v11 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v13 = v10 | ctnn::flatten{};
inline constexpr auto v14 = v13 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::sparse_plus, .use_bias = true}>{};
inline constexpr auto v15 = ctnn::subtract{}(v12, v14);
inline constexpr auto v16 = v15 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>{};
inline constexpr auto v17 = v16 | ctnn::activation_layer<ctnn::activation::relu>{};
inline constexpr auto v18 = v17 | ctnn::rescaling<0.1, 0.0>{};
inline constexpr auto v19 = v18 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>{};
inline constexpr auto v20 = v19 | ctnn::activation_layer<ctnn::activation::log_sigmoid>{};
using type = decltype(functional(inputs(v0, v1), outputs(v15, v2, v20)));
inline constexpr std::array<std::size_t, 21> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0042

// Model 43 (functional): Add, BatchNormalization, Conv1D, Dense, Dot, Flatten, LeakyReLU, Minimum, Multiply, ReLU, Rescaling, Softmax, Subtract; again
namespace m0043 {
inline constexpr auto v0 = ctnn::input<7, 2>{};
inline constexpr auto v1 = ctnn::input<19, 4>{};
inline constexpr auto v2 = v0 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::sparse_plus, .use_bias = true}>{};
inline constexpr auto v3 = ctnn::multiply{}(v0, v2);
inline constexpr auto v4 = v1 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v5 = v4 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v6 = ctnn::minimum{}(v1, v5);
inline constexpr auto v7 = v6 | ctnn::softmax<1>{};
inline constexpr auto v8 = ctnn::add{}(v6, v7, again(v6));
inline constexpr auto v9 = v8 | ctnn::rescaling<-1.0, 0.0>{};
inline constexpr auto v10 = v9 | ctnn::softmax<1>{};
inline constexpr auto v11 = v10 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 2, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::log_sigmoid, .use_bias = true}>{};
inline constexpr auto v12 = ctnn::subtract{}(v8, v11);
inline constexpr auto v13 = v3 | ctnn::flatten{};
inline constexpr auto v14 = v13 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v15 = v12 | ctnn::flatten{};
inline constexpr auto v16 = v15 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v17 = ctnn::dot<ctnn::dot_opts{.axes = {1, -1}}>{}(v14, v16);
inline constexpr auto v18 = v17 | ctnn::relu<ctnn::relu_opts{.negative_slope = 0.1}>{};
inline constexpr auto v19 = v18 | ctnn::leaky_relu<0.0>{};
using type = decltype(functional(inputs(v0, v1), v19));
inline constexpr std::array<std::size_t, 20> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0043

// Model 44 (functional): Average, BatchNormalization, Conv2D, Dense, Flatten, GaussianDropout, GlobalAveragePooling2D, Maximum, PReLU, RepeatVector; again
namespace m0044 {
inline constexpr auto v0 = ctnn::input<1, 10, 5>{};
inline constexpr auto v1 = ctnn::input<10, 3, 8>{};
inline constexpr auto v2 = v0 | ctnn::dense<10, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v3 = v2 | ctnn::global_average_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>{};
inline constexpr auto v4 = v3 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v5 = v4 | ctnn::gaussian_dropout<0.5>{};
inline constexpr auto v6 = v5 | ctnn::repeat_vector<4>{};
inline constexpr auto v7 = ctnn::maximum{}(v6, again(v6));
inline constexpr auto v8 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 8, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v9 = v8 | ctnn::prelu<1, 2>{};
inline constexpr auto v10 = ctnn::average{}(v1, v9);
inline constexpr auto v11 = v7 | ctnn::flatten{};
inline constexpr auto v12 = v11 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::sparse_sigmoid, .use_bias = true}>{};
inline constexpr auto v13 = v10 | ctnn::flatten{};
inline constexpr auto v14 = v13 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::log_softmax, .use_bias = true}>{};
inline constexpr auto v15 = ctnn::average{}(v12, v14);
using type = decltype(functional(inputs(v0, v1), v15));
inline constexpr std::array<std::size_t, 16> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0044

// Model 45 (functional): Concatenate, Conv2DTranspose, Dense, Flatten, LeakyReLU, Maximum, Minimum, Permute, RMSNormalization, UpSampling2D
namespace m0045 {
inline constexpr auto v0 = ctnn::input<6>{};
inline constexpr auto v1 = ctnn::input<7, 9, 2>{};
inline constexpr auto v2 = ctnn::input<10, 7, 4>{};
inline constexpr auto v3 = v0 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v4 = v0 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = false}>{};
inline constexpr auto v5 = ctnn::concatenate<-1>{}(v3, v4);
inline constexpr auto v6 = v1 | ctnn::permute<1, 3, 2>{};
inline constexpr auto v7 = v6 | ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {1, 3}, .interpolation = ctnn::interpolation::nearest}>{};
inline constexpr auto v8 = v2 | ctnn::leaky_relu<0.2>{};
inline constexpr auto v9 = v8 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v10 = ctnn::minimum{}(v2, v9);
inline constexpr auto v11 = v10 | ctnn::rms_normalization<ctnn::rms_normalization_opts{.axis = {1, 2, 3}, .epsilon = 1e-06}>{};
inline constexpr auto v12 = v11 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 3, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v13 = v5 | ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::sparse_plus, .use_bias = true}>{};
inline constexpr auto v14 = v7 | ctnn::flatten{};
inline constexpr auto v15 = v14 | ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::exponential, .use_bias = true}>{};
inline constexpr auto v16 = v12 | ctnn::flatten{};
inline constexpr auto v17 = v16 | ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v18 = ctnn::maximum{}(v13, v15, v17);
using type = decltype(functional(inputs(v0, v1, v2), v18));
inline constexpr std::array<std::size_t, 19> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 0};
}  // namespace m0045

// Model 46 (functional): AveragePooling1D, Concatenate, Conv1D, Cropping1D, Dense, Dot, ELU, Embedding, Flatten, LeakyReLU, ReLU, Softmax; again, outputs
namespace m0046 {
inline constexpr auto v0 = ctnn::input<1>{};
inline constexpr auto v1 = v0 | ctnn::embedding<8, 15>{};
inline constexpr auto v2 = ctnn::input<1>::id<1>{};
inline constexpr auto v3 = v2 | ctnn::embedding<8, 16>{};
inline constexpr auto v4 = v1 | ctnn::elu<0.5>{};
inline constexpr auto v5 = ctnn::dot<ctnn::dot_opts{.axes = -2}>{}(v4, again(v4));
inline constexpr auto v6 = v5 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 3, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 2, .activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v7 = v5 | ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 1, .padding = ctnn::padding::same}>{};
inline constexpr auto v8 = ctnn::concatenate<-1>{}(v6, v7);
inline constexpr auto v9 = v8 | ctnn::cropping1d<ctnn::cropping1d_opts{.left = 0, .right = 1}>{};
inline constexpr auto v10 = ctnn::concatenate<1>{}(v8, v9);
inline constexpr auto v11 = v3 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 15, .kernel_size = 1, .strides = 3, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::sparse_plus, .use_bias = false}>{};
inline constexpr auto v12 = v11 | ctnn::softmax<1>{};
inline constexpr auto v13 = v12 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::log_softmax, .use_bias = false}>{};
inline constexpr auto v14 = v13 | ctnn::relu<ctnn::relu_opts{.negative_slope = 0.5}>{};
inline constexpr auto v15 = v10 | ctnn::flatten{};
inline constexpr auto v16 = v15 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v17 = v14 | ctnn::flatten{};
inline constexpr auto v18 = v17 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v19 = ctnn::dot<ctnn::dot_opts{.axes = 1, .normalize = true}>{}(v16, v18);
inline constexpr auto v20 = v19 | ctnn::leaky_relu<0.0>{};
using type = decltype(functional(inputs(v0, v2), outputs(v5, v20, v3)));
inline constexpr std::array<std::size_t, 21> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20)};
inline constexpr std::array<std::size_t, 2> labels{8, 8};
}  // namespace m0046

// Model 47 (functional): Activation, Add, Conv1D, Dense, Dot, Flatten, LeakyReLU, Multiply, ReLU, Rescaling, Reshape, SeparableConv2D; again, twin
namespace m0047 {
inline constexpr auto v0 = ctnn::input<15, 1>{};
inline constexpr auto v1 = ctnn::input<1, 7, 3>{};
inline constexpr auto v2 = ctnn::input<32>{};
inline constexpr auto v3 = v0 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 16, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v4 = v0 | layer_id<ctnn::conv1d<ctnn::conv1d_opts{.filters = 16, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>, 1>{};
inline constexpr auto v5 = ctnn::dot<>{}(v3, v4);
inline constexpr auto v6 = v5 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::squareplus, .use_bias = true}>{};
inline constexpr auto v7 = v6 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>{};
inline constexpr auto v8 = ctnn::dot<>{}(v5, v7);
inline constexpr auto v9 = v1 | ctnn::rescaling<0.00784313725490196, -1.0>{};
inline constexpr auto v10 = ctnn::add{}(v1, v9, v1);
inline constexpr auto v11 = v10 | ctnn::separable_conv2d<ctnn::separable_conv2d_opts{.filters = 2, .kernel_size = {1, 1}, .strides = {2, 2}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .depth_multiplier = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v12 = v11 | ctnn::relu<ctnn::relu_opts{.max_value = 6.0, .negative_slope = 0.5}>{};
inline constexpr auto v13 = v12 | ctnn::activation_layer<ctnn::activation::sparse_plus>{};
inline constexpr auto v14 = v13 | ctnn::leaky_relu<0.1>{};
inline constexpr auto v15 = v14 | ctnn::reshape<2, 4, 1>{};
inline constexpr auto v16 = v15 | ctnn::activation_layer<ctnn::activation::relu>{};
inline constexpr auto v17 = v2 | ctnn::activation_layer<ctnn::activation::softmax>{};
inline constexpr auto v18 = ctnn::dot<ctnn::dot_opts{.axes = 1}>{}(v17, again(v17));
inline constexpr auto v19 = v8 | ctnn::flatten{};
inline constexpr auto v20 = v19 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::exponential, .use_bias = true}>{};
inline constexpr auto v21 = v16 | ctnn::flatten{};
inline constexpr auto v22 = v21 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v23 = v18 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v24 = ctnn::multiply{}(v20, v22, v23);
inline constexpr auto v25 = v24 | ctnn::activation_layer<ctnn::activation::log_softmax>{};
inline constexpr auto v26 = v25 | ctnn::relu<>{};
using type = decltype(functional(inputs(v0, v1, v2), v26));
inline constexpr std::array<std::size_t, 27> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 0};
}  // namespace m0047

// Model 48 (functional): Activation, Add, Conv1D, Conv2D, Dense, Embedding, Flatten, GaussianNoise, Maximum, Minimum; outputs, twin
namespace m0048 {
inline constexpr auto v0 = ctnn::input<9, 7, 5>{};
inline constexpr auto v1 = ctnn::input<1>{};
inline constexpr auto v2 = v1 | ctnn::embedding<3, 9>{};
inline constexpr auto v3 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v4 = ctnn::minimum{}(v0, v3, v0);
inline constexpr auto v5 = v2 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 13, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 3, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v6 = v2 | layer_id<ctnn::conv1d<ctnn::conv1d_opts{.filters = 13, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 3, .activation = ctnn::activation::linear, .use_bias = true}>, 1>{};
inline constexpr auto v7 = ctnn::maximum{}(v5, v6);
inline constexpr auto v8 = v4 | ctnn::flatten{};
inline constexpr auto v9 = v8 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>{};
inline constexpr auto v10 = v7 | ctnn::flatten{};
inline constexpr auto v11 = v10 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::hard_shrink, .use_bias = true}>{};
inline constexpr auto v12 = ctnn::add{}(v9, v11);
inline constexpr auto v13 = v12 | ctnn::gaussian_noise<0.5>{};
inline constexpr auto v14 = v13 | ctnn::activation_layer<ctnn::activation::tanh_shrink>{};
using type = decltype(functional(inputs(v0, v1), outputs(v0, v14, v4)));
inline constexpr std::array<std::size_t, 15> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14)};
inline constexpr std::array<std::size_t, 2> labels{0, 3};
}  // namespace m0048

// Model 49 (sequential): Activation, ActivityRegularization, AugMix, CutMix, Dense, Dropout, ELU, GaussianDropout, GaussianNoise, MixUp, RandAugment, RandomBrightness, RandomColorDegeneration, RandomColorJitter, RandomContrast, RandomElasticTransform, RandomErasing, RandomFlip, RandomGaussianBlur, RandomGrayscale, RandomHeight, RandomHue, RandomInvert, RandomPerspective, RandomPosterization, RandomRotation, RandomSaturation, RandomSharpness, RandomShear, RandomTranslation, RandomWidth, RandomZoom, Rescaling, Solarization
namespace m0049 {
using type = sequential<
    ctnn::input<9, 5, 8>,
    ctnn::random_translation,
    ctnn::random_zoom,
    ctnn::mix_up,
    ctnn::dropout<0.5>,
    ctnn::activation_layer<ctnn::activation::mish>,
    ctnn::random_perspective,
    ctnn::random_gaussian_blur,
    ctnn::solarization,
    ctnn::random_rotation,
    ctnn::random_posterization,
    ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::soft_shrink, .use_bias = true}>,
    ctnn::random_elastic_transform,
    ctnn::random_shear,
    ctnn::random_color_degeneration,
    ctnn::activation_layer<ctnn::activation::exponential>,
    ctnn::aug_mix,
    ctnn::rand_augment,
    ctnn::random_flip,
    ctnn::gaussian_noise<0.5>,
    ctnn::dropout<0.5>,
    ctnn::random_contrast,
    ctnn::random_width,
    ctnn::random_invert,
    ctnn::random_height,
    ctnn::random_grayscale,
    ctnn::random_color_jitter,
    ctnn::elu<1.0>,
    ctnn::rescaling<0.1, 0.25>,
    ctnn::random_erasing,
    ctnn::cut_mix,
    ctnn::random_sharpness,
    ctnn::random_saturation,
    ctnn::random_hue,
    ctnn::gaussian_dropout<0.25>,
    ctnn::random_brightness,
    ctnn::activity_regularization<ctnn::activity_regularization_opts{.l1 = 0.001, .l2 = 0.01}>>;
inline constexpr std::array<std::size_t, 37> positions = sequence<37>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0049

const model_case cases[] = {
    {25, "functional", "Dot,Embedding,MaxPooling1D,SeparableConv1D,UnitNormalization,again", "MaxPooling1D", &run_model<m0025::type, m0025::positions, m0025::labels>},
    {26, "functional", "Activation,Add,AveragePooling1D,BatchNormalization,Concatenate,Conv1D,Dense,Embedding,Flatten,GlobalMaxPooling1D,Minimum,Rescaling,SpatialDropout1D,Subtract,twin", "Minimum", &run_model<m0026::type, m0026::positions, m0026::labels>},
    {27, "sequential", "AveragePooling1D,GlobalAveragePooling1D,PReLU,Permute,UnitNormalization", "AveragePooling1D", &run_model<m0027::type, m0027::positions, m0027::labels>},
    {28, "functional", "Activation,BatchNormalization,Concatenate,Dense,GlobalMaxPooling1D,MaxPooling1D,RepeatVector,Softmax,outputs", "RepeatVector", &run_model<m0028::type, m0028::positions, m0028::labels>},
    {29, "sequential", "Activation,AveragePooling1D,Conv1D,Cropping1D,Rescaling,ZeroPadding1D", "Activation", &run_model<m0029::type, m0029::positions, m0029::labels>},
    {30, "sequential", "Conv1D,Conv1DTranspose,ELU,LeakyReLU,ReLU,UnitNormalization,UpSampling1D", "ReLU", &run_model<m0030::type, m0030::positions, m0030::labels>},
    {31, "functional", "Activation,Average,BatchNormalization,Concatenate,Conv1D,Dense,Dot,Dropout,Embedding,Flatten,LayerNormalization,Multiply,ReLU,Reshape,SpatialDropout1D,again,twin", "Average", &run_model<m0031::type, m0031::positions, m0031::labels>},
    {32, "sequential", "BatchNormalization,DepthwiseConv2D,ReLU,Rescaling,Reshape", "Rescaling", &run_model<m0032::type, m0032::positions, m0032::labels>},
    {33, "sequential", "Activation,BatchNormalization,ELU,SeparableConv2D,UnitNormalization", "Activation", &run_model<m0033::type, m0033::positions, m0033::labels>},
    {34, "functional", "Add,Average,BatchNormalization,Concatenate,Conv1D,Conv2D,Dense,DepthwiseConv1D,Flatten,PReLU,Permute,Reshape,SeparableConv1D,Subtract,outputs,twin", "Average", &run_model<m0034::type, m0034::positions, m0034::labels>},
    {35, "functional", "AveragePooling1D,GlobalAveragePooling2D,RepeatVector", "AveragePooling1D", &run_model<m0035::type, m0035::positions, m0035::labels>},
    {36, "functional", "Add,Concatenate,Conv2D,Dense,Flatten,Maximum,Permute,again,outputs", "Dense", &run_model<m0036::type, m0036::positions, m0036::labels>},
    {37, "sequential", "Resizing", "Resizing", &run_model<m0037::type, m0037::positions, m0037::labels>},
    {38, "functional", "CenterCrop,MaxPooling2D,Minimum,RMSNormalization,RandomCrop,again", "CenterCrop", &run_model<m0038::type, m0038::positions, m0038::labels>},
    {39, "sequential", "Dense,Flatten,GroupNormalization,RMSNormalization,UnitNormalization", "UnitNormalization", &run_model<m0039::type, m0039::positions, m0039::labels>},
    {40, "functional", "Activation,AveragePooling2D,BatchNormalization,Concatenate,Conv2D,Dense,Dropout,ELU,Flatten,GroupNormalization,LeakyReLU,Minimum,PReLU,ReLU,Resizing,Subtract,again", "ELU", &run_model<m0040::type, m0040::positions, m0040::labels>},
    {41, "functional", "Add,BatchNormalization,Dense,twin", "BatchNormalization", &run_model<m0041::type, m0041::positions, m0041::labels>},
    {42, "functional", "Activation,BatchNormalization,Concatenate,Conv2D,Dense,Dropout,Flatten,LeakyReLU,ReLU,Rescaling,SeparableConv2D,Subtract,outputs", "Subtract", &run_model<m0042::type, m0042::positions, m0042::labels>},
    {43, "functional", "Add,BatchNormalization,Conv1D,Dense,Dot,Flatten,LeakyReLU,Minimum,Multiply,ReLU,Rescaling,Softmax,Subtract,again", "LeakyReLU", &run_model<m0043::type, m0043::positions, m0043::labels>},
    {44, "functional", "Average,BatchNormalization,Conv2D,Dense,Flatten,GaussianDropout,GlobalAveragePooling2D,Maximum,PReLU,RepeatVector,again", "Average", &run_model<m0044::type, m0044::positions, m0044::labels>},
    {45, "functional", "Concatenate,Conv2DTranspose,Dense,Flatten,LeakyReLU,Maximum,Minimum,Permute,RMSNormalization,UpSampling2D", "Maximum", &run_model<m0045::type, m0045::positions, m0045::labels>},
    {46, "functional", "AveragePooling1D,Concatenate,Conv1D,Cropping1D,Dense,Dot,ELU,Embedding,Flatten,LeakyReLU,ReLU,Softmax,again,outputs", "Dot", &run_model<m0046::type, m0046::positions, m0046::labels>},
    {47, "functional", "Activation,Add,Conv1D,Dense,Dot,Flatten,LeakyReLU,Multiply,ReLU,Rescaling,Reshape,SeparableConv2D,again,twin", "ReLU", &run_model<m0047::type, m0047::positions, m0047::labels>},
    {48, "functional", "Activation,Add,Conv1D,Conv2D,Dense,Embedding,Flatten,GaussianNoise,Maximum,Minimum,outputs,twin", "InputLayer", &run_model<m0048::type, m0048::positions, m0048::labels>},
    {49, "sequential", "Activation,ActivityRegularization,AugMix,CutMix,Dense,Dropout,ELU,GaussianDropout,GaussianNoise,MixUp,RandAugment,RandomBrightness,RandomColorDegeneration,RandomColorJitter,RandomContrast,RandomElasticTransform,RandomErasing,RandomFlip,RandomGaussianBlur,RandomGrayscale,RandomHeight,RandomHue,RandomInvert,RandomPerspective,RandomPosterization,RandomRotation,RandomSaturation,RandomSharpness,RandomShear,RandomTranslation,RandomWidth,RandomZoom,Rescaling,Solarization", "ActivityRegularization", &run_model<m0049::type, m0049::positions, m0049::labels>},
};
[[maybe_unused]] const bool registered = register_cases(cases);
}  // namespace random_models::set_25_25
