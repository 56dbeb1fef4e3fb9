// Models 25 to 49 of the random set 20261129, written by scripts/random_models.py:
//   scripts/random_models.py emit --seed 20261129 --first 25 --count 25 --out <this file>
// Do not edit: change the script and write the file again (ctest random_models.generated_source.* checks the suite's).
#include "random_models.hpp"

namespace random_models::set_25_25 {
using namespace ctnn;

// Model 25 (functional): Activation, BatchNormalization, Concatenate, Conv1D, Dense, Dropout, Embedding, Flatten; again
namespace m0025 {
inline constexpr auto v0 = ctnn::input<1>{};
inline constexpr auto v1 = v0 | ctnn::embedding<7, 11>{};
inline constexpr auto v2 = v1 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 1, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v3 = ctnn::concatenate<-1>{}(v2, again(v2));
inline constexpr auto v4 = v3 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 7, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 2, .activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v5 = v3 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v6 = ctnn::concatenate<-1>{}(v4, v5);
inline constexpr auto v7 = v6 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = false, .scale = false}>{};
inline constexpr auto v8 = v7 | ctnn::flatten{};
inline constexpr auto v9 = v8 | ctnn::activation_layer<ctnn::activation::tanh>{};
inline constexpr auto v10 = v9 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v11 = v10 | ctnn::dropout<0.5>{};
using type = decltype(functional(inputs(v0), v11));
inline constexpr std::array<std::size_t, 12> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11)};
inline constexpr std::array<std::size_t, 1> labels{7};
}  // namespace m0025

// Model 26 (sequential): AveragePooling1D, Embedding, GroupNormalization, LeakyReLU, PReLU, ReLU, Softmax
namespace m0026 {
using type = sequential<
    ctnn::input<3>,
    ctnn::embedding<8, 13>,
    ctnn::softmax<-1>,
    ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .strides = 1, .padding = ctnn::padding::valid}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 0.5, .negative_slope = 0.5}>,
    ctnn::leaky_relu<0.1>,
    ctnn::prelu<1>,
    ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 1, .epsilon = 0.001, .center = true, .scale = false}>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{8};
}  // namespace m0026

// Model 27 (sequential): Conv1D, LeakyReLU, ReLU
namespace m0027 {
using type = sequential<
    ctnn::input<8, 2>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 14, .kernel_size = 5, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::softmax, .use_bias = false}>,
    ctnn::leaky_relu<0.5>,
    ctnn::relu<ctnn::relu_opts{.negative_slope = 0.1}>,
    ctnn::relu<>>;
inline constexpr std::array<std::size_t, 5> positions = sequence<5>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0027

// Model 28 (sequential): Dense, LeakyReLU, MaxPooling1D
namespace m0028 {
using type = sequential<
    ctnn::input<4, 2>,
    ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 1, .strides = 1, .padding = ctnn::padding::same}>,
    ctnn::dense<10, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::leaky_relu<0.3>,
    ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .strides = 2, .padding = ctnn::padding::valid}>>;
inline constexpr std::array<std::size_t, 5> positions = sequence<5>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0028

// Model 29 (sequential): AveragePooling1D, Dense, Embedding
namespace m0029 {
using type = sequential<
    ctnn::input<4>,
    ctnn::embedding<7, 3>,
    ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 2, .padding = ctnn::padding::same}>,
    ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>,
    ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .strides = 1, .padding = ctnn::padding::valid}>>;
inline constexpr std::array<std::size_t, 5> positions = sequence<5>();
inline constexpr std::array<std::size_t, 1> labels{7};
}  // namespace m0029

// Model 30 (sequential): AveragePooling1D, Dense, GlobalAveragePooling1D
namespace m0030 {
using type = sequential<
    ctnn::input<3, 1>,
    ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 4, .strides = 4, .padding = ctnn::padding::same}>,
    ctnn::global_average_pooling1d<ctnn::global_pooling1d_opts{.keepdims = true}>>;
inline constexpr std::array<std::size_t, 4> positions = sequence<4>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0030

// Model 31 (functional): Activation, Average, BatchNormalization, Conv1D, Dense, Dropout, Embedding, Flatten, GlobalMaxPooling1D, LayerNormalization, LeakyReLU, Maximum, Minimum, Multiply, ReLU, Rescaling; again, twin
namespace m0031 {
inline constexpr auto v0 = ctnn::input<8, 7>{};
inline constexpr auto v1 = ctnn::input<3>{};
inline constexpr auto v2 = v1 | ctnn::embedding<6, 11>{};
inline constexpr auto v3 = ctnn::input<10, 7>{};
inline constexpr auto v4 = v0 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = false}>{};
inline constexpr auto v5 = v4 | ctnn::dropout<0.1>{};
inline constexpr auto v6 = v5 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = false}>{};
inline constexpr auto v7 = v6 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v8 = v7 | ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>{};
inline constexpr auto v9 = v8 | ctnn::activation_layer<ctnn::activation::tanh>{};
inline constexpr auto v10 = ctnn::multiply{}(v9, again(v9));
inline constexpr auto v11 = v2 | ctnn::dropout<0.25>{};
inline constexpr auto v12 = v11 | ctnn::global_max_pooling1d<ctnn::global_pooling1d_opts{.keepdims = true}>{};
inline constexpr auto v13 = v12 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 14, .kernel_size = 5, .strides = 2, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v14 = v13 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v15 = v13 | layer_id<ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>, 1>{};
inline constexpr auto v16 = ctnn::maximum{}(v14, v15);
inline constexpr auto v17 = v3 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v18 = v17 | ctnn::dropout<0.5>{};
inline constexpr auto v19 = v18 | ctnn::rescaling<0.1, -1.0>{};
inline constexpr auto v20 = v19 | ctnn::rescaling<0.1, 0.0>{};
inline constexpr auto v21 = v20 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v22 = v21 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 15, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v23 = ctnn::average{}(v19, v22);
inline constexpr auto v24 = v10 | ctnn::flatten{};
inline constexpr auto v25 = v24 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v26 = v16 | ctnn::flatten{};
inline constexpr auto v27 = v26 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>{};
inline constexpr auto v28 = v23 | ctnn::flatten{};
inline constexpr auto v29 = v28 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v30 = ctnn::minimum{}(v25, v27, v29);
inline constexpr auto v31 = v30 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v32 = v31 | ctnn::rescaling<0.00784313725490196, 0.0>{};
inline constexpr auto v33 = v32 | ctnn::leaky_relu<0.3>{};
using type = decltype(functional(inputs(v0, v1, v3), v33));
inline constexpr std::array<std::size_t, 34> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27), position_of<type>(v28), position_of<type>(v29), position_of<type>(v30), position_of<type>(v31), position_of<type>(v32), position_of<type>(v33)};
inline constexpr std::array<std::size_t, 3> labels{0, 6, 0};
}  // namespace m0031

// Model 32 (sequential): Conv1D, GroupNormalization, ZeroPadding1D
namespace m0032 {
using type = sequential<
    ctnn::input<8, 5>,
    ctnn::group_normalization<ctnn::group_normalization_opts{.groups = -1, .epsilon = 0.01, .center = true, .scale = true}>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 11, .kernel_size = 3, .strides = 3, .padding = ctnn::padding::valid, .dilation_rate = 1, .activation = ctnn::activation::sigmoid, .use_bias = false}>,
    ctnn::zero_padding1d<ctnn::zero_padding1d_opts{.left = 0, .right = 1}>>;
inline constexpr std::array<std::size_t, 4> positions = sequence<4>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0032

// Model 33 (functional): Activation, Average, AveragePooling1D, Conv1D, Cropping1D, Dense, Dropout, ELU, LeakyReLU, Minimum, Softmax; again
namespace m0033 {
inline constexpr auto v0 = ctnn::input<14, 2>{};
inline constexpr auto v1 = v0 | ctnn::cropping1d<ctnn::cropping1d_opts{.left = 3, .right = 1}>{};
inline constexpr auto v2 = v1 | ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 1, .strides = 1, .padding = ctnn::padding::valid}>{};
inline constexpr auto v3 = v2 | ctnn::dropout<0.5>{};
inline constexpr auto v4 = v3 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 2, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v5 = v4 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 2, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v6 = ctnn::minimum{}(v3, v5);
inline constexpr auto v7 = v6 | ctnn::softmax<-1>{};
inline constexpr auto v8 = v7 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v9 = v8 | ctnn::activation_layer<ctnn::activation::softplus>{};
inline constexpr auto v10 = ctnn::average{}(v6, v9, again(v6));
inline constexpr auto v11 = v10 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v12 = v11 | ctnn::elu<2.0>{};
inline constexpr auto v13 = v12 | ctnn::dropout<0.5>{};
inline constexpr auto v14 = v13 | ctnn::elu<2.0>{};
inline constexpr auto v15 = v14 | ctnn::leaky_relu<0.01>{};
using type = decltype(functional(inputs(v0), v15));
inline constexpr std::array<std::size_t, 16> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0033

// Model 34 (functional): Add, Average, Concatenate, Conv1D, Conv2D, Dense, Embedding, Flatten, UpSampling1D
namespace m0034 {
inline constexpr auto v0 = ctnn::input<1>{};
inline constexpr auto v1 = v0 | ctnn::embedding<3, 1>{};
inline constexpr auto v2 = ctnn::input<7, 10, 8>{};
inline constexpr auto v3 = v1 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 10, .kernel_size = 2, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v4 = v1 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 15, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 2, .activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v5 = ctnn::concatenate<-1>{}(v3, v4);
inline constexpr auto v6 = v5 | ctnn::upsampling1d<ctnn::upsampling1d_opts{.size = 2}>{};
inline constexpr auto v7 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 8, .kernel_size = {1, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v8 = v7 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 8, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 3}, .activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v9 = v8 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 8, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v10 = ctnn::add{}(v2, v9);
inline constexpr auto v11 = v10 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 3, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v12 = v10 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 8, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 3}, .activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v13 = ctnn::concatenate<-1>{}(v11, v12);
inline constexpr auto v14 = v13 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 11, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v15 = v14 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 11, .kernel_size = {2, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v16 = ctnn::average{}(v13, v15);
inline constexpr auto v17 = v6 | ctnn::flatten{};
inline constexpr auto v18 = v17 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v19 = v16 | ctnn::flatten{};
inline constexpr auto v20 = v19 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v21 = ctnn::add{}(v18, v20);
using type = decltype(functional(inputs(v0, v2), v21));
inline constexpr std::array<std::size_t, 22> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21)};
inline constexpr std::array<std::size_t, 2> labels{3, 0};
}  // namespace m0034

// Model 35 (sequential): ELU, Flatten, LeakyReLU, SpatialDropout1D
namespace m0035 {
using type = sequential<
    ctnn::input<13, 8>,
    ctnn::spatial_dropout1d<0.25>,
    ctnn::spatial_dropout1d<0.5>,
    ctnn::flatten,
    ctnn::leaky_relu<0.5>,
    ctnn::elu<1.0>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0035

// Model 36 (functional): Concatenate, DepthwiseConv2D, LeakyReLU, ReLU, Rescaling; again
namespace m0036 {
inline constexpr auto v0 = ctnn::input<10, 9, 8>{};
inline constexpr auto v1 = v0 | ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {5, 2}, .strides = {2, 2}, .padding = ctnn::padding::same, .depth_multiplier = 1, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu6, .use_bias = false}>{};
inline constexpr auto v2 = v1 | ctnn::rescaling<2.0, 0.0>{};
inline constexpr auto v3 = v2 | ctnn::rescaling<0.1, -1.0>{};
inline constexpr auto v4 = v3 | ctnn::relu<>{};
inline constexpr auto v5 = v4 | ctnn::leaky_relu<0.01>{};
inline constexpr auto v6 = ctnn::concatenate<-1>{}(v5, again(v5));
using type = decltype(functional(inputs(v0), v6));
inline constexpr std::array<std::size_t, 7> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0036

// Model 37 (sequential): Activation, Conv2D, LeakyReLU, SeparableConv2D
namespace m0037 {
using type = sequential<
    ctnn::input<5, 8, 7>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 15, .kernel_size = {4, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 8, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 1}, .activation = ctnn::activation::relu6, .use_bias = true}>,
    ctnn::separable_conv2d<ctnn::separable_conv2d_opts{.filters = 16, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 2}, .depth_multiplier = 1, .activation = ctnn::activation::relu6, .use_bias = false}>,
    ctnn::leaky_relu<0.1>,
    ctnn::activation_layer<ctnn::activation::gelu>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0037

// Model 38 (functional): BatchNormalization, Concatenate, Cropping1D, Dense, Flatten, LayerNormalization, Multiply
namespace m0038 {
inline constexpr auto v0 = ctnn::input<8, 7>{};
inline constexpr auto v1 = ctnn::input<2, 4>{};
inline constexpr auto v2 = v0 | ctnn::cropping1d<ctnn::cropping1d_opts{.left = 2, .right = 1}>{};
inline constexpr auto v3 = ctnn::concatenate<-2>{}(v0, v2);
inline constexpr auto v4 = v3 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v5 = v4 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v6 = v5 | ctnn::cropping1d<ctnn::cropping1d_opts{.left = 3, .right = 2}>{};
inline constexpr auto v7 = ctnn::concatenate<-2>{}(v5, v6);
inline constexpr auto v8 = v1 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v9 = v1 | ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v10 = ctnn::concatenate<-1>{}(v8, v9);
inline constexpr auto v11 = v10 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v12 = v7 | ctnn::flatten{};
inline constexpr auto v13 = v12 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v14 = v11 | ctnn::flatten{};
inline constexpr auto v15 = v14 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v16 = ctnn::multiply{}(v13, v15);
using type = decltype(functional(inputs(v0, v1), v16));
inline constexpr std::array<std::size_t, 17> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0038

// Model 39 (functional): Add, Dense, Embedding, Flatten, GaussianDropout, LeakyReLU, SpatialDropout2D, Subtract; again
namespace m0039 {
inline constexpr auto v0 = ctnn::input<6, 8, 4>{};
inline constexpr auto v1 = ctnn::input<4>{};
inline constexpr auto v2 = v1 | ctnn::embedding<7, 3>{};
inline constexpr auto v3 = v0 | ctnn::leaky_relu<0.2>{};
inline constexpr auto v4 = v3 | ctnn::spatial_dropout2d<0.25>{};
inline constexpr auto v5 = v2 | ctnn::gaussian_dropout<0.5>{};
inline constexpr auto v6 = ctnn::add{}(v5, again(v5));
inline constexpr auto v7 = v4 | ctnn::flatten{};
inline constexpr auto v8 = v7 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v9 = v6 | ctnn::flatten{};
inline constexpr auto v10 = v9 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v11 = ctnn::subtract{}(v8, v10);
using type = decltype(functional(inputs(v0, v1), v11));
inline constexpr std::array<std::size_t, 12> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11)};
inline constexpr std::array<std::size_t, 2> labels{0, 7};
}  // namespace m0039

// Model 40 (functional): Activation, Conv2D, Dense, LeakyReLU, MaxPooling2D, Rescaling, SeparableConv2D, Subtract
namespace m0040 {
inline constexpr auto v0 = ctnn::input<3, 2, 8>{};
inline constexpr auto v1 = v0 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = false}>{};
inline constexpr auto v2 = v1 | ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 1}, .strides = {2, 1}, .padding = ctnn::padding::same}>{};
inline constexpr auto v3 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 4, .kernel_size = {1, 2}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {3, 1}, .activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v4 = v3 | ctnn::activation_layer<ctnn::activation::softplus>{};
inline constexpr auto v5 = v4 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::leaky_relu<0.1>{};
inline constexpr auto v7 = v6 | ctnn::leaky_relu<0.3>{};
inline constexpr auto v8 = v7 | ctnn::leaky_relu<0.3>{};
inline constexpr auto v9 = v8 | ctnn::rescaling<-1.0, 0.0>{};
inline constexpr auto v10 = ctnn::subtract{}(v8, v9);
inline constexpr auto v11 = v10 | ctnn::separable_conv2d<ctnn::separable_conv2d_opts{.filters = 1, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .depth_multiplier = 1, .activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v12 = v11 | ctnn::activation_layer<ctnn::activation::sigmoid>{};
inline constexpr auto v13 = v12 | ctnn::activation_layer<ctnn::activation::relu>{};
using type = decltype(functional(inputs(v0), v13));
inline constexpr std::array<std::size_t, 14> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0040

// Model 41 (functional): Activation, BatchNormalization, Concatenate, Conv1D, Cropping1D, Dense, Flatten, LeakyReLU, MaxPooling1D, Multiply, Rescaling
namespace m0041 {
inline constexpr auto v0 = ctnn::input<6, 2>{};
inline constexpr auto v1 = ctnn::input<6, 2>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v3 = v0 | ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 1, .padding = ctnn::padding::same}>{};
inline constexpr auto v4 = ctnn::concatenate<2>{}(v2, v3);
inline constexpr auto v5 = v4 | ctnn::leaky_relu<0.5>{};
inline constexpr auto v6 = v5 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 14, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v7 = v6 | ctnn::rescaling<0.5, 0.0>{};
inline constexpr auto v8 = v1 | ctnn::cropping1d<ctnn::cropping1d_opts{.left = 1, .right = 2}>{};
inline constexpr auto v9 = ctnn::concatenate<-2>{}(v1, v8);
inline constexpr auto v10 = v9 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 2, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v11 = ctnn::multiply{}(v9, v10);
inline constexpr auto v12 = v11 | ctnn::cropping1d<ctnn::cropping1d_opts{.left = 1, .right = 3}>{};
inline constexpr auto v13 = ctnn::concatenate<-2>{}(v11, v12);
inline constexpr auto v14 = v7 | ctnn::flatten{};
inline constexpr auto v15 = v14 | ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v16 = v13 | ctnn::flatten{};
inline constexpr auto v17 = v16 | ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v18 = ctnn::multiply{}(v15, v17);
inline constexpr auto v19 = v18 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v20 = v19 | ctnn::activation_layer<ctnn::activation::selu>{};
using type = decltype(functional(inputs(v0, v1), v20));
inline constexpr std::array<std::size_t, 21> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0041

// Model 42 (functional): Activation, Average, Conv1D, Cropping1D, Dense, ELU, Flatten, Rescaling, Subtract
namespace m0042 {
inline constexpr auto v0 = ctnn::input<2, 6>{};
inline constexpr auto v1 = ctnn::input<2, 6>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::rescaling<0.00784313725490196, -1.0>{};
inline constexpr auto v3 = v2 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 6, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v4 = v3 | ctnn::activation_layer<ctnn::activation::silu>{};
inline constexpr auto v5 = ctnn::average{}(v0, v4);
inline constexpr auto v6 = v1 | ctnn::cropping1d<ctnn::cropping1d_opts{.left = 1, .right = 0}>{};
inline constexpr auto v7 = v6 | ctnn::elu<0.5>{};
inline constexpr auto v8 = v7 | ctnn::flatten{};
inline constexpr auto v9 = v5 | ctnn::flatten{};
inline constexpr auto v10 = v9 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v11 = v8 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v12 = ctnn::subtract{}(v10, v11);
inline constexpr auto v13 = v12 | ctnn::activation_layer<ctnn::activation::relu6>{};
inline constexpr auto v14 = v13 | ctnn::activation_layer<ctnn::activation::relu6>{};
using type = decltype(functional(inputs(v0, v1), v14));
inline constexpr std::array<std::size_t, 15> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0042

// Model 43 (functional): Add, BatchNormalization, Conv1D, Dense, Flatten, LeakyReLU, Maximum, Minimum, Multiply, Rescaling, Softmax, Subtract; again
namespace m0043 {
inline constexpr auto v0 = ctnn::input<7, 2>{};
inline constexpr auto v1 = ctnn::input<19, 4>{};
inline constexpr auto v2 = v0 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v3 = ctnn::multiply{}(v0, v2);
inline constexpr auto v4 = v1 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v5 = v4 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v6 = ctnn::minimum{}(v1, v5);
inline constexpr auto v7 = v6 | ctnn::softmax<1>{};
inline constexpr auto v8 = ctnn::add{}(v6, v7, again(v6));
inline constexpr auto v9 = v8 | ctnn::rescaling<-1.0, 0.0>{};
inline constexpr auto v10 = v9 | ctnn::softmax<1>{};
inline constexpr auto v11 = v10 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 2, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v12 = ctnn::subtract{}(v8, v11);
inline constexpr auto v13 = v3 | ctnn::flatten{};
inline constexpr auto v14 = v13 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v15 = v12 | ctnn::flatten{};
inline constexpr auto v16 = v15 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v17 = ctnn::maximum{}(v14, v16);
inline constexpr auto v18 = v17 | ctnn::leaky_relu<0.5>{};
inline constexpr auto v19 = v18 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = false}>{};
using type = decltype(functional(inputs(v0, v1), v19));
inline constexpr std::array<std::size_t, 20> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0043

// Model 44 (functional): Activation, AveragePooling2D, Concatenate, Conv2D, Dense, Dropout, Flatten, LeakyReLU, MaxPooling2D, Maximum, Minimum, Subtract; twin
namespace m0044 {
inline constexpr auto v0 = ctnn::input<1, 10, 5>{};
inline constexpr auto v1 = ctnn::input<10, 3, 8>{};
inline constexpr auto v2 = v0 | ctnn::dense<10, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v3 = v2 | ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {3, 3}, .strides = {3, 3}, .padding = ctnn::padding::same}>{};
inline constexpr auto v4 = v3 | ctnn::activation_layer<ctnn::activation::elu>{};
inline constexpr auto v5 = v4 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 11, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu, .use_bias = true}>{};
inline constexpr auto v6 = v4 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 11, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu, .use_bias = true}>, 1>{};
inline constexpr auto v7 = ctnn::minimum{}(v5, v6);
inline constexpr auto v8 = v7 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 15, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v9 = v7 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v10 = ctnn::concatenate<-1>{}(v8, v9);
inline constexpr auto v11 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu, .use_bias = true}>{};
inline constexpr auto v12 = v1 | ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same}>{};
inline constexpr auto v13 = ctnn::concatenate<-1>{}(v11, v12);
inline constexpr auto v14 = v13 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 9, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v15 = v14 | ctnn::leaky_relu<0.1>{};
inline constexpr auto v16 = v15 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 9, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::sigmoid, .use_bias = false}>{};
inline constexpr auto v17 = ctnn::subtract{}(v13, v16);
inline constexpr auto v18 = v17 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 9, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v19 = v18 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 9, .kernel_size = {3, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 3}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v20 = v19 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 9, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 1}, .activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v21 = ctnn::maximum{}(v17, v20);
inline constexpr auto v22 = v10 | ctnn::flatten{};
inline constexpr auto v23 = v22 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v24 = v21 | ctnn::flatten{};
inline constexpr auto v25 = v24 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>{};
inline constexpr auto v26 = ctnn::concatenate<-1>{}(v23, v25);
inline constexpr auto v27 = v26 | ctnn::dropout<0.5>{};
inline constexpr auto v28 = v27 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = false}>{};
using type = decltype(functional(inputs(v0, v1), v28));
inline constexpr std::array<std::size_t, 29> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27), position_of<type>(v28)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0044

// Model 45 (functional): Activation, Add, Average, Conv2D, Dense, Dropout, Embedding, Flatten, LayerNormalization, LeakyReLU, Maximum, Rescaling, Softmax; twin
namespace m0045 {
inline constexpr auto v0 = ctnn::input<10, 9, 5>{};
inline constexpr auto v1 = ctnn::input<4, 2>{};
inline constexpr auto v2 = ctnn::input<2>{};
inline constexpr auto v3 = v2 | ctnn::embedding<8, 2>{};
inline constexpr auto v4 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 11, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v5 = v4 | ctnn::rescaling<2.0, 0.0>{};
inline constexpr auto v6 = v5 | ctnn::activation_layer<ctnn::activation::softplus>{};
inline constexpr auto v7 = v6 | ctnn::activation_layer<ctnn::activation::leaky_relu>{};
inline constexpr auto v8 = v7 | ctnn::rescaling<0.1, -1.0>{};
inline constexpr auto v9 = v8 | ctnn::dropout<0.1>{};
inline constexpr auto v10 = v9 | ctnn::leaky_relu<0.0>{};
inline constexpr auto v11 = v1 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v12 = v1 | layer_id<ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>, 1>{};
inline constexpr auto v13 = ctnn::average{}(v11, v12);
inline constexpr auto v14 = v13 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v15 = ctnn::maximum{}(v13, v14);
inline constexpr auto v16 = v3 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v17 = v16 | ctnn::softmax<-2>{};
inline constexpr auto v18 = v17 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v19 = v18 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v20 = ctnn::maximum{}(v18, v19);
inline constexpr auto v21 = v10 | ctnn::flatten{};
inline constexpr auto v22 = v21 | ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v23 = v15 | ctnn::flatten{};
inline constexpr auto v24 = v23 | ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v25 = v20 | ctnn::flatten{};
inline constexpr auto v26 = v25 | ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v27 = ctnn::add{}(v22, v24, v26);
inline constexpr auto v28 = v27 | ctnn::dropout<0.5>{};
using type = decltype(functional(inputs(v0, v1, v2), v28));
inline constexpr std::array<std::size_t, 29> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27), position_of<type>(v28)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 8};
}  // namespace m0045

// Model 46 (functional): Add, Conv2D, Cropping2D, Minimum; again
namespace m0046 {
inline constexpr auto v0 = ctnn::input<10, 10, 2>{};
inline constexpr auto v1 = v0 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 1, .bottom = 1, .left = 1, .right = 0}>{};
inline constexpr auto v2 = ctnn::minimum{}(v1, again(v1));
inline constexpr auto v3 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 2}, .activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v4 = ctnn::minimum{}(v2, v3);
inline constexpr auto v5 = v4 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v7 = ctnn::add{}(v4, v6);
using type = decltype(functional(inputs(v0), v7));
inline constexpr std::array<std::size_t, 8> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0046

// Model 47 (sequential): Activation, AveragePooling1D, BatchNormalization, Dense, Dropout, ELU, Rescaling
namespace m0047 {
using type = sequential<
    ctnn::input<15, 1>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>,
    ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::elu<0.5>,
    ctnn::activation_layer<ctnn::activation::elu>,
    ctnn::rescaling<2.0, 0.0>,
    ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .strides = 1, .padding = ctnn::padding::valid}>,
    ctnn::dropout<0.1>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0047

// Model 48 (sequential): Conv2D, ELU
namespace m0048 {
using type = sequential<
    ctnn::input<9, 7, 5>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 9, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 3}, .activation = ctnn::activation::gelu, .use_bias = true}>,
    ctnn::elu<0.5>,
    ctnn::elu<2.0>>;
inline constexpr std::array<std::size_t, 4> positions = sequence<4>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0048

// Model 49 (sequential): Activation, Conv2D, Conv2DTranspose, Cropping2D, LeakyReLU
namespace m0049 {
using type = sequential<
    ctnn::input<1, 6, 1>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {3, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 3}, .activation = ctnn::activation::linear, .use_bias = false}>,
    ctnn::activation_layer<ctnn::activation::linear>,
    ctnn::leaky_relu<0.1>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 15, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::cropping2d<ctnn::cropping2d_opts{.top = 0, .bottom = 1, .left = 1, .right = 2}>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0049

const model_case cases[] = {
    {25, "functional", "Activation,BatchNormalization,Concatenate,Conv1D,Dense,Dropout,Embedding,Flatten,again", "Dropout", &run_model<m0025::type, m0025::positions, m0025::labels>},
    {26, "sequential", "AveragePooling1D,Embedding,GroupNormalization,LeakyReLU,PReLU,ReLU,Softmax", "GroupNormalization", &run_model<m0026::type, m0026::positions, m0026::labels>},
    {27, "sequential", "Conv1D,LeakyReLU,ReLU", "ReLU", &run_model<m0027::type, m0027::positions, m0027::labels>},
    {28, "sequential", "Dense,LeakyReLU,MaxPooling1D", "MaxPooling1D", &run_model<m0028::type, m0028::positions, m0028::labels>},
    {29, "sequential", "AveragePooling1D,Dense,Embedding", "AveragePooling1D", &run_model<m0029::type, m0029::positions, m0029::labels>},
    {30, "sequential", "AveragePooling1D,Dense,GlobalAveragePooling1D", "GlobalAveragePooling1D", &run_model<m0030::type, m0030::positions, m0030::labels>},
    {31, "functional", "Activation,Average,BatchNormalization,Conv1D,Dense,Dropout,Embedding,Flatten,GlobalMaxPooling1D,LayerNormalization,LeakyReLU,Maximum,Minimum,Multiply,ReLU,Rescaling,again,twin", "LeakyReLU", &run_model<m0031::type, m0031::positions, m0031::labels>},
    {32, "sequential", "Conv1D,GroupNormalization,ZeroPadding1D", "ZeroPadding1D", &run_model<m0032::type, m0032::positions, m0032::labels>},
    {33, "functional", "Activation,Average,AveragePooling1D,Conv1D,Cropping1D,Dense,Dropout,ELU,LeakyReLU,Minimum,Softmax,again", "LeakyReLU", &run_model<m0033::type, m0033::positions, m0033::labels>},
    {34, "functional", "Add,Average,Concatenate,Conv1D,Conv2D,Dense,Embedding,Flatten,UpSampling1D", "Add", &run_model<m0034::type, m0034::positions, m0034::labels>},
    {35, "sequential", "ELU,Flatten,LeakyReLU,SpatialDropout1D", "ELU", &run_model<m0035::type, m0035::positions, m0035::labels>},
    {36, "functional", "Concatenate,DepthwiseConv2D,LeakyReLU,ReLU,Rescaling,again", "Concatenate", &run_model<m0036::type, m0036::positions, m0036::labels>},
    {37, "sequential", "Activation,Conv2D,LeakyReLU,SeparableConv2D", "Activation", &run_model<m0037::type, m0037::positions, m0037::labels>},
    {38, "functional", "BatchNormalization,Concatenate,Cropping1D,Dense,Flatten,LayerNormalization,Multiply", "Multiply", &run_model<m0038::type, m0038::positions, m0038::labels>},
    {39, "functional", "Add,Dense,Embedding,Flatten,GaussianDropout,LeakyReLU,SpatialDropout2D,Subtract,again", "Subtract", &run_model<m0039::type, m0039::positions, m0039::labels>},
    {40, "functional", "Activation,Conv2D,Dense,LeakyReLU,MaxPooling2D,Rescaling,SeparableConv2D,Subtract", "Activation", &run_model<m0040::type, m0040::positions, m0040::labels>},
    {41, "functional", "Activation,BatchNormalization,Concatenate,Conv1D,Cropping1D,Dense,Flatten,LeakyReLU,MaxPooling1D,Multiply,Rescaling", "Activation", &run_model<m0041::type, m0041::positions, m0041::labels>},
    {42, "functional", "Activation,Average,Conv1D,Cropping1D,Dense,ELU,Flatten,Rescaling,Subtract", "Activation", &run_model<m0042::type, m0042::positions, m0042::labels>},
    {43, "functional", "Add,BatchNormalization,Conv1D,Dense,Flatten,LeakyReLU,Maximum,Minimum,Multiply,Rescaling,Softmax,Subtract,again", "BatchNormalization", &run_model<m0043::type, m0043::positions, m0043::labels>},
    {44, "functional", "Activation,AveragePooling2D,Concatenate,Conv2D,Dense,Dropout,Flatten,LeakyReLU,MaxPooling2D,Maximum,Minimum,Subtract,twin", "Dense", &run_model<m0044::type, m0044::positions, m0044::labels>},
    {45, "functional", "Activation,Add,Average,Conv2D,Dense,Dropout,Embedding,Flatten,LayerNormalization,LeakyReLU,Maximum,Rescaling,Softmax,twin", "Dropout", &run_model<m0045::type, m0045::positions, m0045::labels>},
    {46, "functional", "Add,Conv2D,Cropping2D,Minimum,again", "Add", &run_model<m0046::type, m0046::positions, m0046::labels>},
    {47, "sequential", "Activation,AveragePooling1D,BatchNormalization,Dense,Dropout,ELU,Rescaling", "Dropout", &run_model<m0047::type, m0047::positions, m0047::labels>},
    {48, "sequential", "Conv2D,ELU", "ELU", &run_model<m0048::type, m0048::positions, m0048::labels>},
    {49, "sequential", "Activation,Conv2D,Conv2DTranspose,Cropping2D,LeakyReLU", "Cropping2D", &run_model<m0049::type, m0049::positions, m0049::labels>},
};
[[maybe_unused]] const bool registered = register_cases(cases);
}  // namespace random_models::set_25_25
