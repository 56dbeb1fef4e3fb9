// Models 0 to 24 of the random set 20261129, written by scripts/random_models.py:
//   scripts/random_models.py emit --seed 20261129 --first 0 --count 25 --out <this file>
// Do not edit: change the script and write the file again (ctest random_models.generated_source.* checks the suite's).
#include "random_models.hpp"

namespace random_models::set_0_25 {
using namespace ctnn;

// Model 0 (sequential): Activation, Conv2D, Dense, ELU, Rescaling, UpSampling2D
namespace m0000 {
using type = sequential<
    ctnn::input<5, 4, 8>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 16, .kernel_size = {2, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 2}, .activation = ctnn::activation::hard_shrink, .use_bias = true}>,
    ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {1, 1}, .interpolation = ctnn::interpolation::bilinear}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 10, .kernel_size = {2, 2}, .strides = {2, 2}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::log_softmax, .use_bias = true}>,
    ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::soft_shrink, .use_bias = true}>,
    ctnn::rescaling<0.5, -1.0>,
    ctnn::activation_layer<ctnn::activation::selu>,
    ctnn::elu<0.5>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0000

// Model 1 (sequential): Conv2D, LeakyReLU, ReLU
namespace m0001 {
using type = sequential<
    ctnn::input<6, 5, 2>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 14, .kernel_size = {3, 3}, .strides = {2, 2}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::softmax, .use_bias = true}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.1}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.5}>,
    ctnn::leaky_relu<0.3>,
    ctnn::leaky_relu<0.3>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0001

// Model 2 (sequential): BatchNormalization, Conv2DTranspose, DepthwiseConv2D, GaussianNoise, Rescaling, Reshape
namespace m0002 {
using type = sequential<
    ctnn::input<8, 7>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = false}>,
    ctnn::reshape<7, 2, 4>,
    ctnn::gaussian_noise<0.25>,
    ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {1, 5}, .strides = {1, 1}, .padding = ctnn::padding::same, .depth_multiplier = 3, .dilation_rate = {1, 1}, .activation = ctnn::activation::sparse_plus, .use_bias = true}>,
    ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .depth_multiplier = 2, .dilation_rate = {1, 1}, .activation = ctnn::activation::softsign, .use_bias = true}>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 11, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::celu, .use_bias = true}>,
    ctnn::rescaling<-1.0, 0.25>,
    ctnn::rescaling<2.0, -1.0>>;
inline constexpr std::array<std::size_t, 9> positions = sequence<9>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0002

// Model 3 (functional): Activation, BatchNormalization, Conv1D, Conv2D, Conv2DTranspose, Dense, ELU, Flatten, GlobalMaxPooling1D, LayerNormalization, ReLU, Rescaling, Reshape, Subtract, UpSampling2D
namespace m0003 {
inline constexpr auto v0 = ctnn::input<15, 4>{};
inline constexpr auto v1 = ctnn::input<15, 4>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 2, .kernel_size = 5, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::log_sigmoid, .use_bias = true}>{};
inline constexpr auto v3 = v2 | ctnn::relu<ctnn::relu_opts{.threshold = 0.5}>{};
inline constexpr auto v4 = v3 | ctnn::elu<1.0>{};
inline constexpr auto v5 = v4 | ctnn::reshape<15, 1, 2>{};
inline constexpr auto v6 = v5 | ctnn::activation_layer<ctnn::activation::sparse_sigmoid>{};
inline constexpr auto v7 = v6 | ctnn::reshape<6, 1, -1>{};
inline constexpr auto v8 = v7 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>{};
inline constexpr auto v9 = v8 | ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {2, 1}, .interpolation = ctnn::interpolation::bilinear}>{};
inline constexpr auto v10 = v9 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 15, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v11 = v10 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 14, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::hard_silu, .use_bias = true}>{};
inline constexpr auto v12 = v11 | ctnn::rescaling<-1.0, 0.25>{};
inline constexpr auto v13 = v12 | ctnn::rescaling<0.5, 0.0>{};
inline constexpr auto v14 = v13 | ctnn::activation_layer<ctnn::activation::mish>{};
inline constexpr auto v15 = v1 | ctnn::global_max_pooling1d<ctnn::global_pooling1d_opts{.keepdims = true}>{};
inline constexpr auto v16 = v15 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = {1, 2}, .epsilon = 0.001, .center = false, .scale = true}>{};
inline constexpr auto v17 = v16 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = false}>{};
inline constexpr auto v18 = v14 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v20 = v17 | ctnn::flatten{};
inline constexpr auto v21 = v20 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::tanh_shrink, .use_bias = true}>{};
inline constexpr auto v22 = ctnn::subtract{}(v19, v21);
using type = decltype(functional(inputs(v0, v1), v22));
inline constexpr std::array<std::size_t, 23> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0003

// Model 4 (functional): Activation, Average, AveragePooling2D, BatchNormalization, Concatenate, Conv2D, Cropping2D, Dense, Flatten, LeakyReLU, Minimum, ReLU, ZeroPadding2D; twin
namespace m0004 {
inline constexpr auto v0 = ctnn::input<8, 5, 6>{};
inline constexpr auto v1 = ctnn::input<5, 1, 3>{};
inline constexpr auto v2 = v0 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 0, .bottom = 0, .left = 2, .right = 2}>{};
inline constexpr auto v3 = ctnn::concatenate<-2>{}(v0, v2);
inline constexpr auto v4 = v3 | ctnn::zero_padding2d<ctnn::zero_padding2d_opts{.top = 1, .bottom = 2, .left = 0, .right = 1}>{};
inline constexpr auto v5 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 10, .kernel_size = {1, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::softsign, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::activation_layer<ctnn::activation::linear>{};
inline constexpr auto v7 = v6 | ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>{};
inline constexpr auto v8 = v7 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>{};
inline constexpr auto v9 = v8 | ctnn::leaky_relu<0.01>{};
inline constexpr auto v10 = v9 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 16, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 2}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v11 = v9 | ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same}>{};
inline constexpr auto v12 = ctnn::concatenate<-1>{}(v10, v11);
inline constexpr auto v13 = v12 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 11, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v14 = v12 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 11, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>, 1>{};
inline constexpr auto v15 = ctnn::average{}(v13, v14);
inline constexpr auto v16 = v4 | ctnn::flatten{};
inline constexpr auto v17 = v16 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v18 = v15 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v20 = ctnn::minimum{}(v17, v19);
inline constexpr auto v21 = v20 | ctnn::activation_layer<ctnn::activation::exponential>{};
inline constexpr auto v22 = v21 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::hard_silu, .use_bias = false}>{};
using type = decltype(functional(inputs(v0, v1), v22));
inline constexpr std::array<std::size_t, 23> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0004

// Model 5 (functional): Add, BatchNormalization, Concatenate, Conv2D, Conv2DTranspose, Cropping2D, Dense, ELU, Flatten, LayerNormalization, Minimum, PReLU, Softmax, ZeroPadding2D; twin
namespace m0005 {
inline constexpr auto v0 = ctnn::input<8, 3, 8>{};
inline constexpr auto v1 = ctnn::input<8, 7, 2>{};
inline constexpr auto v2 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 13, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 2}, .activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v3 = v0 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 13, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 2}, .activation = ctnn::activation::gelu, .use_bias = true}>, 1>{};
inline constexpr auto v4 = ctnn::minimum{}(v2, v3);
inline constexpr auto v5 = v4 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 15, .kernel_size = {2, 2}, .strides = {2, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::hard_shrink, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::elu<1.0>{};
inline constexpr auto v7 = v6 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 3, .kernel_size = {3, 2}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {2, 2}, .activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v8 = v7 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 0, .bottom = 0, .left = 1, .right = 0}>{};
inline constexpr auto v9 = ctnn::concatenate<-2>{}(v7, v8);
inline constexpr auto v10 = v1 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v11 = v10 | ctnn::zero_padding2d<ctnn::zero_padding2d_opts{.top = 1, .bottom = 2, .left = 0, .right = 1}>{};
inline constexpr auto v12 = v11 | ctnn::softmax<1>{};
inline constexpr auto v13 = v12 | ctnn::prelu<1, 2>{};
inline constexpr auto v14 = v13 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 1e-05, .center = true, .scale = false}>{};
inline constexpr auto v15 = ctnn::minimum{}(v11, v14);
inline constexpr auto v16 = v9 | ctnn::flatten{};
inline constexpr auto v17 = v16 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::log_softmax, .use_bias = true}>{};
inline constexpr auto v18 = v15 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v20 = ctnn::add{}(v17, v19);
using type = decltype(functional(inputs(v0, v1), v20));
inline constexpr std::array<std::size_t, 21> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0005

// Model 6 (functional): Concatenate, Conv1D, Conv2D, Dense, Flatten, MaxPooling2D, Minimum, Multiply, Rescaling, Softmax; outputs, twin
namespace m0006 {
inline constexpr auto v0 = ctnn::input<7, 5, 4>{};
inline constexpr auto v1 = ctnn::input<8, 2>{};
inline constexpr auto v2 = v0 | ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 3}, .strides = {1, 1}, .padding = ctnn::padding::same}>{};
inline constexpr auto v3 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {2, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 3}, .activation = ctnn::activation::silu, .use_bias = false}>{};
inline constexpr auto v4 = v3 | ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {3, 2}, .strides = {3, 2}, .padding = ctnn::padding::valid}>{};
inline constexpr auto v5 = v4 | ctnn::rescaling<2.0, -1.0>{};
inline constexpr auto v6 = v5 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 1}, .activation = ctnn::activation::sparse_sigmoid, .use_bias = true}>{};
inline constexpr auto v7 = v6 | ctnn::softmax<1>{};
inline constexpr auto v8 = ctnn::minimum{}(v5, v7);
inline constexpr auto v9 = v1 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 6, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v10 = v1 | layer_id<ctnn::conv1d<ctnn::conv1d_opts{.filters = 6, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>, 1>{};
inline constexpr auto v11 = ctnn::multiply{}(v9, v10);
inline constexpr auto v12 = v11 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v13 = v11 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 5, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 2, .activation = ctnn::activation::soft_shrink, .use_bias = true}>{};
inline constexpr auto v14 = ctnn::concatenate<-1>{}(v12, v13);
inline constexpr auto v15 = v8 | ctnn::flatten{};
inline constexpr auto v16 = v15 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v17 = v14 | ctnn::flatten{};
inline constexpr auto v18 = v17 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::sparse_plus, .use_bias = true}>{};
inline constexpr auto v19 = ctnn::multiply{}(v16, v18);
using type = decltype(functional(inputs(v0, v1), outputs(v19, v16, v1)));
inline constexpr std::array<std::size_t, 20> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0006

// Model 7 (sequential): AveragePooling2D, ELU, Rescaling
namespace m0007 {
using type = sequential<
    ctnn::input<5, 9, 1>,
    ctnn::rescaling<0.00784313725490196, 0.25>,
    ctnn::elu<1.0>,
    ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 2}, .strides = {2, 2}, .padding = ctnn::padding::valid}>>;
inline constexpr std::array<std::size_t, 4> positions = sequence<4>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0007

// Model 8 (functional): Conv2D, ELU, GlobalAveragePooling2D, LeakyReLU, Minimum, Rescaling; again
namespace m0008 {
inline constexpr auto v0 = ctnn::input<4, 10, 7>{};
inline constexpr auto v1 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {2, 4}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v2 = v1 | ctnn::elu<2.0>{};
inline constexpr auto v3 = v2 | ctnn::rescaling<0.5, 0.0>{};
inline constexpr auto v4 = v3 | ctnn::leaky_relu<0.0>{};
inline constexpr auto v5 = v4 | ctnn::elu<1.0>{};
inline constexpr auto v6 = v5 | ctnn::rescaling<0.5, 0.25>{};
inline constexpr auto v7 = ctnn::minimum{}(v6, again(v6));
inline constexpr auto v8 = v7 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v9 = v8 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v10 = ctnn::minimum{}(v7, v9);
inline constexpr auto v11 = v10 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::hard_silu, .use_bias = false}>{};
inline constexpr auto v12 = v11 | ctnn::global_average_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>{};
using type = decltype(functional(inputs(v0), v12));
inline constexpr std::array<std::size_t, 13> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0008

// Model 9 (sequential): Activation, Conv2D, ELU, GlobalMaxPooling2D, Rescaling
namespace m0009 {
using type = sequential<
    ctnn::input<9, 6, 3>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 15, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::celu, .use_bias = false}>,
    ctnn::elu<2.0>,
    ctnn::rescaling<0.5, -1.0>,
    ctnn::rescaling<0.00784313725490196, 0.25>,
    ctnn::global_max_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>,
    ctnn::activation_layer<ctnn::activation::tanh_shrink>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0009

// Model 10 (functional): Activation, Average, Concatenate, Dense, Dropout, Minimum, RMSNormalization; twin
namespace m0010 {
inline constexpr auto v0 = ctnn::input<25>{};
inline constexpr auto v1 = ctnn::input<25>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::rms_normalization<ctnn::rms_normalization_opts{.axis = -1, .epsilon = 1e-06}>{};
inline constexpr auto v3 = v2 | ctnn::activation_layer<ctnn::activation::linear>{};
inline constexpr auto v4 = v3 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::tanh_shrink, .use_bias = true}>{};
inline constexpr auto v5 = v3 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v6 = ctnn::concatenate<1>{}(v4, v5);
inline constexpr auto v7 = v6 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v8 = v6 | layer_id<ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>, 1>{};
inline constexpr auto v9 = ctnn::minimum{}(v7, v8);
inline constexpr auto v10 = v1 | ctnn::activation_layer<ctnn::activation::tanh_shrink>{};
inline constexpr auto v11 = v10 | ctnn::dropout<0.25>{};
inline constexpr auto v12 = v11 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v13 = v11 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v14 = ctnn::concatenate<-1>{}(v12, v13);
inline constexpr auto v15 = v14 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::sparse_sigmoid, .use_bias = true}>{};
inline constexpr auto v16 = v14 | layer_id<ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::sparse_sigmoid, .use_bias = true}>, 1>{};
inline constexpr auto v17 = ctnn::average{}(v15, v16);
inline constexpr auto v18 = ctnn::concatenate<-1>{}(v9, v17);
inline constexpr auto v19 = v18 | ctnn::activation_layer<ctnn::activation::linear>{};
using type = decltype(functional(inputs(v0, v1), v19));
inline constexpr std::array<std::size_t, 20> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0010

// Model 11 (sequential): DepthwiseConv1D, GaussianDropout, LeakyReLU, PReLU
namespace m0011 {
using type = sequential<
    ctnn::input<5, 1>,
    ctnn::leaky_relu<0.3>,
    ctnn::depthwise_conv1d<ctnn::depthwise_conv1d_opts{.kernel_size = 5, .strides = 2, .padding = ctnn::padding::same, .depth_multiplier = 3, .dilation_rate = 1, .activation = ctnn::activation::tanh_shrink, .use_bias = true}>,
    ctnn::leaky_relu<0.2>,
    ctnn::prelu<1, 2>,
    ctnn::gaussian_dropout<0.25>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0011

// Model 12 (sequential): BatchNormalization, ReLU
namespace m0012 {
using type = sequential<
    ctnn::input<2>,
    ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.1, .threshold = 0.5}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>,
    ctnn::relu<ctnn::relu_opts{.negative_slope = 0.5}>>;
inline constexpr std::array<std::size_t, 5> positions = sequence<5>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0012

// Model 13 (sequential): DepthwiseConv2D, ELU, GlobalMaxPooling2D, LeakyReLU, PReLU, RMSNormalization, UnitNormalization
namespace m0013 {
using type = sequential<
    ctnn::input<7, 8, 1>,
    ctnn::prelu<2, 3>,
    ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .depth_multiplier = 2, .dilation_rate = {1, 1}, .activation = ctnn::activation::softmax, .use_bias = true}>,
    ctnn::leaky_relu<0.0>,
    ctnn::global_max_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>,
    ctnn::elu<2.0>,
    ctnn::unit_normalization<>,
    ctnn::rms_normalization<ctnn::rms_normalization_opts{.axis = -1, .epsilon = 1e-06}>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0013

// Model 14 (sequential): Softmax
namespace m0014 {
using type = sequential<
    ctnn::input<3, 5, 1>,
    ctnn::softmax<3>,
    ctnn::softmax<-3>>;
inline constexpr std::array<std::size_t, 3> positions = sequence<3>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0014

// Model 15 (functional): Average, Concatenate, Dense, GaussianDropout, PReLU; again
namespace m0015 {
inline constexpr auto v0 = ctnn::input<19>{};
inline constexpr auto v1 = v0 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v2 = v0 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::log_sigmoid, .use_bias = true}>{};
inline constexpr auto v3 = ctnn::concatenate<1>{}(v1, v2);
inline constexpr auto v4 = v3 | ctnn::prelu<>{};
inline constexpr auto v5 = ctnn::average{}(v4, again(v4));
inline constexpr auto v6 = v5 | ctnn::gaussian_dropout<0.1>{};
using type = decltype(functional(inputs(v0), v6));
inline constexpr std::array<std::size_t, 7> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0015

// Model 16 (sequential): Activation, BatchNormalization, Dense, LayerNormalization, LeakyReLU, ReLU
namespace m0016 {
using type = sequential<
    ctnn::input<3, 4, 4>,
    ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 1e-05, .center = true, .scale = true}>,
    ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::log_softmax, .use_bias = true}>,
    ctnn::activation_layer<ctnn::activation::tanh>,
    ctnn::activation_layer<ctnn::activation::exponential>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>,
    ctnn::leaky_relu<0.5>,
    ctnn::relu<ctnn::relu_opts{.max_value = 6.0, .negative_slope = 0.1}>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0016

// Model 17 (functional): Concatenate, Conv1D, Dense, Dot, Embedding, LayerNormalization, MaxPooling1D, Maximum, ZeroPadding1D; twin
namespace m0017 {
inline constexpr auto v0 = ctnn::input<7, 8>{};
inline constexpr auto v1 = ctnn::input<2>{};
inline constexpr auto v2 = v1 | ctnn::embedding<7, 10>{};
inline constexpr auto v3 = v0 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 3, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 3, .activation = ctnn::activation::hard_tanh, .use_bias = true}>{};
inline constexpr auto v4 = v0 | ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .strides = 1, .padding = ctnn::padding::same}>{};
inline constexpr auto v5 = ctnn::concatenate<2>{}(v3, v4);
inline constexpr auto v6 = v2 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = {1, 2}, .epsilon = 0.01, .center = false, .scale = true}>{};
inline constexpr auto v7 = v6 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v8 = v6 | layer_id<ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>, 1>{};
inline constexpr auto v9 = ctnn::maximum{}(v7, v8);
inline constexpr auto v10 = v9 | ctnn::zero_padding1d<ctnn::zero_padding1d_opts{.left = 3, .right = 2}>{};
inline constexpr auto v11 = ctnn::dot<ctnn::dot_opts{.axes = -2, .normalize = true}>{}(v5, v10);
inline constexpr auto v12 = v11 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = {1, 2}, .epsilon = 0.001, .center = true, .scale = true}>{};
using type = decltype(functional(inputs(v0, v1), v12));
inline constexpr std::array<std::size_t, 13> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12)};
inline constexpr std::array<std::size_t, 2> labels{0, 7};
}  // namespace m0017

// Model 18 (sequential): Activation, BatchNormalization, DepthwiseConv2D, GroupNormalization, ReLU, UnitNormalization
namespace m0018 {
using type = sequential<
    ctnn::input<1, 10, 6>,
    ctnn::unit_normalization<ctnn::unit_normalization_opts{.axis = {1, 2, 3}}>,
    ctnn::group_normalization<ctnn::group_normalization_opts{.groups = -1, .epsilon = 0.001, .center = true, .scale = false}>,
    ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .depth_multiplier = 1, .dilation_rate = {1, 1}, .activation = ctnn::activation::sigmoid, .use_bias = false}>,
    ctnn::activation_layer<ctnn::activation::silu>,
    ctnn::relu<ctnn::relu_opts{.max_value = 0.5}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = false, .scale = true}>,
    ctnn::activation_layer<ctnn::activation::sparse_plus>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = false}>>;
inline constexpr std::array<std::size_t, 9> positions = sequence<9>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0018

// Model 19 (sequential): Conv2D, RandomCrop, ReLU, Rescaling, SpatialDropout2D, UnitNormalization
namespace m0019 {
using type = sequential<
    ctnn::input<2, 9, 2>,
    ctnn::spatial_dropout2d<0.1>,
    ctnn::spatial_dropout2d<0.1>,
    ctnn::unit_normalization<ctnn::unit_normalization_opts{.axis = {1, 2, 3}}>,
    ctnn::random_crop<ctnn::random_crop_opts{.height = 14, .width = 5}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 8, .kernel_size = {3, 3}, .strides = {2, 3}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::rescaling<0.5, 0.0>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .threshold = 0.5}>,
    ctnn::rescaling<2.0, 0.0>,
    ctnn::rescaling<-1.0, 0.25>>;
inline constexpr std::array<std::size_t, 10> positions = sequence<10>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0019

// Model 20 (sequential): AveragePooling2D, Dense, Rescaling, Reshape, UnitNormalization
namespace m0020 {
using type = sequential<
    ctnn::input<6, 8, 8>,
    ctnn::unit_normalization<ctnn::unit_normalization_opts{.axis = {1, 2, 3}}>,
    ctnn::reshape<16, 4, 6>,
    ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same}>,
    ctnn::rescaling<-1.0, -1.0>,
    ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::sparse_sigmoid, .use_bias = true}>,
    ctnn::rescaling<0.1, -1.0>,
    ctnn::rescaling<0.5, -1.0>,
    ctnn::reshape<-1, 1, 16>,
    ctnn::rescaling<0.5, 0.0>>;
inline constexpr std::array<std::size_t, 10> positions = sequence<10>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0020

// Model 21 (functional): Add, Concatenate, Conv2D, Dense, Flatten, Multiply, ReLU, Reshape, Softmax, Subtract; again, twin
namespace m0021 {
inline constexpr auto v0 = ctnn::input<3, 4, 7>{};
inline constexpr auto v1 = ctnn::input<3, 4, 7>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.1}>{};
inline constexpr auto v3 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 10, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v4 = v2 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 10, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>, 1>{};
inline constexpr auto v5 = ctnn::add{}(v3, v4);
inline constexpr auto v6 = v1 | ctnn::reshape<6, 7, 2>{};
inline constexpr auto v7 = ctnn::concatenate<-1>{}(v6, again(v6));
inline constexpr auto v8 = v7 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 4, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 2}, .activation = ctnn::activation::squareplus, .use_bias = false}>{};
inline constexpr auto v9 = ctnn::multiply{}(v7, v8, again(v7));
inline constexpr auto v10 = v5 | ctnn::flatten{};
inline constexpr auto v11 = v10 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::softsign, .use_bias = true}>{};
inline constexpr auto v12 = v9 | ctnn::flatten{};
inline constexpr auto v13 = v12 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v14 = ctnn::subtract{}(v11, v13);
inline constexpr auto v15 = v14 | ctnn::softmax<-1>{};
using type = decltype(functional(inputs(v0, v1), v15));
inline constexpr std::array<std::size_t, 16> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0021

// Model 22 (functional): Add, AveragePooling1D, Concatenate, Conv1D, Cropping1D, Dense, Dot, Flatten, GaussianNoise, Maximum, ReLU; again
namespace m0022 {
inline constexpr auto v0 = ctnn::input<7, 2>{};
inline constexpr auto v1 = ctnn::input<7, 2>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 2, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::soft_shrink, .use_bias = true}>{};
inline constexpr auto v3 = v2 | ctnn::relu<>{};
inline constexpr auto v4 = ctnn::dot<ctnn::dot_opts{.axes = {1, -2}}>{}(v0, v3);
inline constexpr auto v5 = v4 | ctnn::flatten{};
inline constexpr auto v6 = ctnn::add{}(v5, again(v5));
inline constexpr auto v7 = v1 | ctnn::cropping1d<ctnn::cropping1d_opts{.left = 1, .right = 1}>{};
inline constexpr auto v8 = ctnn::concatenate<1>{}(v1, v7);
inline constexpr auto v9 = v8 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v10 = v8 | ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 4, .strides = 1, .padding = ctnn::padding::same}>{};
inline constexpr auto v11 = ctnn::concatenate<-1>{}(v9, v10);
inline constexpr auto v12 = v11 | ctnn::flatten{};
inline constexpr auto v13 = v12 | ctnn::gaussian_noise<0.5>{};
inline constexpr auto v14 = v6 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v15 = v13 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v16 = ctnn::maximum{}(v14, v15);
using type = decltype(functional(inputs(v0, v1), v16));
inline constexpr std::array<std::size_t, 17> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0022

// Model 23 (functional): Conv1D, Dense, Embedding, MaxPooling1D, Minimum, UpSampling1D
namespace m0023 {
inline constexpr auto v0 = ctnn::input<4>{};
inline constexpr auto v1 = v0 | ctnn::embedding<6, 12>{};
inline constexpr auto v2 = v1 | ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 3, .padding = ctnn::padding::valid}>{};
inline constexpr auto v3 = v2 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 12, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v4 = v3 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::softsign, .use_bias = true}>{};
inline constexpr auto v5 = v4 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 12, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 3, .activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v6 = ctnn::minimum{}(v2, v5);
inline constexpr auto v7 = v6 | ctnn::upsampling1d<ctnn::upsampling1d_opts{.size = 3}>{};
inline constexpr auto v8 = v7 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::valid, .dilation_rate = 1, .activation = ctnn::activation::log_softmax, .use_bias = true}>{};
using type = decltype(functional(inputs(v0), v8));
inline constexpr std::array<std::size_t, 9> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8)};
inline constexpr std::array<std::size_t, 1> labels{6};
}  // namespace m0023

// Model 24 (sequential): Conv1D, Dropout
namespace m0024 {
using type = sequential<
    ctnn::input<5, 5>,
    ctnn::dropout<0.1>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 3, .kernel_size = 4, .strides = 3, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::sigmoid, .use_bias = false}>>;
inline constexpr std::array<std::size_t, 3> positions = sequence<3>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0024

const model_case cases[] = {
    {0, "sequential", "Activation,Conv2D,Dense,ELU,Rescaling,UpSampling2D", "ELU", &run_model<m0000::type, m0000::positions, m0000::labels>},
    {1, "sequential", "Conv2D,LeakyReLU,ReLU", "LeakyReLU", &run_model<m0001::type, m0001::positions, m0001::labels>},
    {2, "sequential", "BatchNormalization,Conv2DTranspose,DepthwiseConv2D,GaussianNoise,Rescaling,Reshape", "Rescaling", &run_model<m0002::type, m0002::positions, m0002::labels>},
    {3, "functional", "Activation,BatchNormalization,Conv1D,Conv2D,Conv2DTranspose,Dense,ELU,Flatten,GlobalMaxPooling1D,LayerNormalization,ReLU,Rescaling,Reshape,Subtract,UpSampling2D", "Subtract", &run_model<m0003::type, m0003::positions, m0003::labels>},
    {4, "functional", "Activation,Average,AveragePooling2D,BatchNormalization,Concatenate,Conv2D,Cropping2D,Dense,Flatten,LeakyReLU,Minimum,ReLU,ZeroPadding2D,twin", "Dense", &run_model<m0004::type, m0004::positions, m0004::labels>},
    {5, "functional", "Add,BatchNormalization,Concatenate,Conv2D,Conv2DTranspose,Cropping2D,Dense,ELU,Flatten,LayerNormalization,Minimum,PReLU,Softmax,ZeroPadding2D,twin", "Add", &run_model<m0005::type, m0005::positions, m0005::labels>},
    {6, "functional", "Concatenate,Conv1D,Conv2D,Dense,Flatten,MaxPooling2D,Minimum,Multiply,Rescaling,Softmax,outputs,twin", "Multiply", &run_model<m0006::type, m0006::positions, m0006::labels>},
    {7, "sequential", "AveragePooling2D,ELU,Rescaling", "AveragePooling2D", &run_model<m0007::type, m0007::positions, m0007::labels>},
    {8, "functional", "Conv2D,ELU,GlobalAveragePooling2D,LeakyReLU,Minimum,Rescaling,again", "GlobalAveragePooling2D", &run_model<m0008::type, m0008::positions, m0008::labels>},
    {9, "sequential", "Activation,Conv2D,ELU,GlobalMaxPooling2D,Rescaling", "Activation", &run_model<m0009::type, m0009::positions, m0009::labels>},
    {10, "functional", "Activation,Average,Concatenate,Dense,Dropout,Minimum,RMSNormalization,twin", "Activation", &run_model<m0010::type, m0010::positions, m0010::labels>},
    {11, "sequential", "DepthwiseConv1D,GaussianDropout,LeakyReLU,PReLU", "GaussianDropout", &run_model<m0011::type, m0011::positions, m0011::labels>},
    {12, "sequential", "BatchNormalization,ReLU", "ReLU", &run_model<m0012::type, m0012::positions, m0012::labels>},
    {13, "sequential", "DepthwiseConv2D,ELU,GlobalMaxPooling2D,LeakyReLU,PReLU,RMSNormalization,UnitNormalization", "RMSNormalization", &run_model<m0013::type, m0013::positions, m0013::labels>},
    {14, "sequential", "Softmax", "Softmax", &run_model<m0014::type, m0014::positions, m0014::labels>},
    {15, "functional", "Average,Concatenate,Dense,GaussianDropout,PReLU,again", "GaussianDropout", &run_model<m0015::type, m0015::positions, m0015::labels>},
    {16, "sequential", "Activation,BatchNormalization,Dense,LayerNormalization,LeakyReLU,ReLU", "ReLU", &run_model<m0016::type, m0016::positions, m0016::labels>},
    {17, "functional", "Concatenate,Conv1D,Dense,Dot,Embedding,LayerNormalization,MaxPooling1D,Maximum,ZeroPadding1D,twin", "LayerNormalization", &run_model<m0017::type, m0017::positions, m0017::labels>},
    {18, "sequential", "Activation,BatchNormalization,DepthwiseConv2D,GroupNormalization,ReLU,UnitNormalization", "BatchNormalization", &run_model<m0018::type, m0018::positions, m0018::labels>},
    {19, "sequential", "Conv2D,RandomCrop,ReLU,Rescaling,SpatialDropout2D,UnitNormalization", "Rescaling", &run_model<m0019::type, m0019::positions, m0019::labels>},
    {20, "sequential", "AveragePooling2D,Dense,Rescaling,Reshape,UnitNormalization", "Rescaling", &run_model<m0020::type, m0020::positions, m0020::labels>},
    {21, "functional", "Add,Concatenate,Conv2D,Dense,Flatten,Multiply,ReLU,Reshape,Softmax,Subtract,again,twin", "Softmax", &run_model<m0021::type, m0021::positions, m0021::labels>},
    {22, "functional", "Add,AveragePooling1D,Concatenate,Conv1D,Cropping1D,Dense,Dot,Flatten,GaussianNoise,Maximum,ReLU,again", "Maximum", &run_model<m0022::type, m0022::positions, m0022::labels>},
    {23, "functional", "Conv1D,Dense,Embedding,MaxPooling1D,Minimum,UpSampling1D", "Conv1D", &run_model<m0023::type, m0023::positions, m0023::labels>},
    {24, "sequential", "Conv1D,Dropout", "Conv1D", &run_model<m0024::type, m0024::positions, m0024::labels>},
};
[[maybe_unused]] const bool registered = register_cases(cases);
}  // namespace random_models::set_0_25
