// Models 0 to 24 of the random set 20261129, written by scripts/random_models.py:
//   scripts/random_models.py emit --seed 20261129 --first 0 --count 25 --out <this file>
// Do not edit: change the script and write the file again (ctest random_models.generated_source.* checks the suite's).
#include "random_models.hpp"

namespace random_models::set_0_25 {
using namespace ctnn;

// Model 0 (sequential): Activation, Conv2D, Dense, ELU, LeakyReLU, Rescaling
namespace m0000 {
using type = sequential<
    ctnn::input<8, 6, 2>,
    ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::selu, .use_bias = true}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 16, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 2}, .activation = ctnn::activation::gelu, .use_bias = true}>,
    ctnn::activation_layer<ctnn::activation::leaky_relu>,
    ctnn::rescaling<0.1, 0.0>,
    ctnn::activation_layer<ctnn::activation::gelu>,
    ctnn::leaky_relu<0.2>,
    ctnn::elu<1.0>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0000

// Model 1 (sequential): Conv2D, LeakyReLU, ReLU
namespace m0001 {
using type = sequential<
    ctnn::input<6, 5, 2>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 14, .kernel_size = {3, 3}, .strides = {2, 2}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::selu, .use_bias = true}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.1}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.5}>,
    ctnn::leaky_relu<0.3>,
    ctnn::leaky_relu<0.3>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0001

// Model 2 (functional): BatchNormalization, Concatenate, Conv2DTranspose, Cropping2D
namespace m0002 {
inline constexpr auto v0 = ctnn::input<4, 8, 7>{};
inline constexpr auto v1 = v0 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 0, .bottom = 2, .left = 0, .right = 0}>{};
inline constexpr auto v2 = ctnn::concatenate<1>{}(v0, v1);
inline constexpr auto v3 = v2 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>{};
inline constexpr auto v4 = v3 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 16, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::softmax, .use_bias = true}>{};
using type = decltype(functional(inputs(v0), v4));
inline constexpr std::array<std::size_t, 5> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0002

// Model 3 (sequential): Conv2DTranspose, UpSampling2D
namespace m0003 {
using type = sequential<
    ctnn::input<1, 3, 2>,
    ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {1, 1}, .interpolation = ctnn::interpolation::nearest}>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 5, .kernel_size = {3, 4}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {2, 1}, .activation = ctnn::activation::elu, .use_bias = false}>,
    ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {3, 1}, .interpolation = ctnn::interpolation::nearest}>>;
inline constexpr std::array<std::size_t, 4> positions = sequence<4>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0003

// Model 4 (functional): Activation, Average, AveragePooling2D, BatchNormalization, Concatenate, Conv2D, Cropping2D, Dense, Flatten, LeakyReLU, Minimum, ReLU, ZeroPadding2D; twin
namespace m0004 {
inline constexpr auto v0 = ctnn::input<8, 5, 6>{};
inline constexpr auto v1 = ctnn::input<5, 1, 3>{};
inline constexpr auto v2 = v0 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 0, .bottom = 0, .left = 2, .right = 2}>{};
inline constexpr auto v3 = ctnn::concatenate<-2>{}(v0, v2);
inline constexpr auto v4 = v3 | ctnn::zero_padding2d<ctnn::zero_padding2d_opts{.top = 1, .bottom = 2, .left = 0, .right = 1}>{};
inline constexpr auto v5 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 10, .kernel_size = {1, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::selu, .use_bias = true}>{};
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
inline constexpr auto v17 = v16 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v18 = v15 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v20 = ctnn::minimum{}(v17, v19);
inline constexpr auto v21 = v20 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v22 = v21 | ctnn::activation_layer<ctnn::activation::elu>{};
using type = decltype(functional(inputs(v0, v1), v22));
inline constexpr std::array<std::size_t, 23> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0004

// Model 5 (functional): BatchNormalization, Concatenate, Conv2D, Conv2DTranspose, Cropping2D, Dense, ELU, Flatten, Minimum, UpSampling2D; twin
namespace m0005 {
inline constexpr auto v0 = ctnn::input<8, 3, 8>{};
inline constexpr auto v1 = ctnn::input<8, 7, 2>{};
inline constexpr auto v2 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 13, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 2}, .activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v3 = v0 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 13, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 2}, .activation = ctnn::activation::sigmoid, .use_bias = true}>, 1>{};
inline constexpr auto v4 = ctnn::minimum{}(v2, v3);
inline constexpr auto v5 = v4 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 15, .kernel_size = {2, 2}, .strides = {2, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::elu<1.0>{};
inline constexpr auto v7 = v6 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 3, .kernel_size = {3, 2}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {2, 2}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v8 = v7 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 0, .bottom = 0, .left = 1, .right = 0}>{};
inline constexpr auto v9 = ctnn::concatenate<-2>{}(v7, v8);
inline constexpr auto v10 = v1 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v11 = v10 | ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {2, 2}, .interpolation = ctnn::interpolation::nearest}>{};
inline constexpr auto v12 = v11 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 1, .bottom = 0, .left = 1, .right = 0}>{};
inline constexpr auto v13 = v9 | ctnn::flatten{};
inline constexpr auto v14 = v13 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v15 = v12 | ctnn::flatten{};
inline constexpr auto v16 = v15 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v17 = ctnn::concatenate<-1>{}(v14, v16);
using type = decltype(functional(inputs(v0, v1), v17));
inline constexpr std::array<std::size_t, 18> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0005

// Model 6 (functional): Add, Concatenate, Conv1D, Conv2D, Dense, Flatten, GroupNormalization, LayerNormalization, MaxPooling2D, Maximum, PReLU
namespace m0006 {
inline constexpr auto v0 = ctnn::input<7, 5, 4>{};
inline constexpr auto v1 = ctnn::input<8, 2>{};
inline constexpr auto v2 = v0 | ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 3}, .strides = {1, 1}, .padding = ctnn::padding::same}>{};
inline constexpr auto v3 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {2, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 3}, .activation = ctnn::activation::sigmoid, .use_bias = false}>{};
inline constexpr auto v4 = v3 | ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {3, 2}, .strides = {3, 2}, .padding = ctnn::padding::valid}>{};
inline constexpr auto v5 = v4 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v6 = v5 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v7 = v5 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 16, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v8 = ctnn::concatenate<3>{}(v6, v7);
inline constexpr auto v9 = v1 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 2, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v10 = v9 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 2, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v11 = v10 | ctnn::prelu<>{};
inline constexpr auto v12 = ctnn::maximum{}(v1, v11);
inline constexpr auto v13 = v8 | ctnn::flatten{};
inline constexpr auto v14 = v13 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v15 = v12 | ctnn::flatten{};
inline constexpr auto v16 = v15 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v17 = ctnn::add{}(v14, v16);
inline constexpr auto v18 = v17 | ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 11, .epsilon = 1e-05, .center = true, .scale = true}>{};
using type = decltype(functional(inputs(v0, v1), v18));
inline constexpr std::array<std::size_t, 19> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0006

// Model 7 (sequential): AveragePooling2D, LayerNormalization, UpSampling2D
namespace m0007 {
using type = sequential<
    ctnn::input<5, 9, 1>,
    ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = {1, 2, 3}, .epsilon = 0.01, .center = true, .scale = false}>,
    ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 2}, .strides = {2, 2}, .padding = ctnn::padding::valid}>,
    ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {1, 1}, .interpolation = ctnn::interpolation::bilinear}>>;
inline constexpr std::array<std::size_t, 4> positions = sequence<4>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0007

// Model 8 (functional): Conv2D, ELU, GlobalAveragePooling2D, LeakyReLU, Minimum, Rescaling; again
namespace m0008 {
inline constexpr auto v0 = ctnn::input<4, 10, 7>{};
inline constexpr auto v1 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {2, 4}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v2 = v1 | ctnn::elu<2.0>{};
inline constexpr auto v3 = v2 | ctnn::rescaling<0.5, 0.0>{};
inline constexpr auto v4 = v3 | ctnn::leaky_relu<0.0>{};
inline constexpr auto v5 = v4 | ctnn::elu<1.0>{};
inline constexpr auto v6 = v5 | ctnn::rescaling<0.5, 0.25>{};
inline constexpr auto v7 = ctnn::minimum{}(v6, again(v6));
inline constexpr auto v8 = v7 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v9 = v8 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v10 = ctnn::minimum{}(v7, v9);
inline constexpr auto v11 = v10 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu6, .use_bias = false}>{};
inline constexpr auto v12 = v11 | ctnn::global_average_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>{};
using type = decltype(functional(inputs(v0), v12));
inline constexpr std::array<std::size_t, 13> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0008

// Model 9 (sequential): Activation, Conv2D, ELU, GlobalMaxPooling2D, Rescaling
namespace m0009 {
using type = sequential<
    ctnn::input<9, 6, 3>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 15, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::elu, .use_bias = false}>,
    ctnn::elu<2.0>,
    ctnn::rescaling<0.5, -1.0>,
    ctnn::rescaling<0.00784313725490196, 0.25>,
    ctnn::global_max_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>,
    ctnn::activation_layer<ctnn::activation::softplus>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0009

// Model 10 (functional): Activation, BatchNormalization, Concatenate, Dense, Dropout, LayerNormalization, Minimum, Subtract; twin
namespace m0010 {
inline constexpr auto v0 = ctnn::input<25>{};
inline constexpr auto v1 = ctnn::input<25>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::dropout<0.5>{};
inline constexpr auto v3 = v2 | ctnn::activation_layer<ctnn::activation::linear>{};
inline constexpr auto v4 = v3 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v5 = v3 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v6 = ctnn::concatenate<1>{}(v4, v5);
inline constexpr auto v7 = v6 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>{};
inline constexpr auto v8 = v6 | layer_id<ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>, 1>{};
inline constexpr auto v9 = ctnn::minimum{}(v7, v8);
inline constexpr auto v10 = v1 | ctnn::activation_layer<ctnn::activation::softplus>{};
inline constexpr auto v11 = v10 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>{};
inline constexpr auto v12 = v11 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v13 = v11 | ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v14 = ctnn::concatenate<1>{}(v12, v13);
inline constexpr auto v15 = v14 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v16 = v15 | ctnn::dense<22, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v17 = v16 | ctnn::dense<22, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v18 = ctnn::subtract{}(v14, v17);
inline constexpr auto v19 = ctnn::concatenate<-1>{}(v9, v18);
inline constexpr auto v20 = v19 | ctnn::activation_layer<ctnn::activation::softmax>{};
using type = decltype(functional(inputs(v0, v1), v20));
inline constexpr std::array<std::size_t, 21> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0010

// Model 11 (sequential): Conv1D, Dense, LeakyReLU
namespace m0011 {
using type = sequential<
    ctnn::input<5, 1>,
    ctnn::leaky_relu<0.3>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 14, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::valid, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = false}>,
    ctnn::leaky_relu<0.5>,
    ctnn::leaky_relu<0.1>,
    ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0011

// Model 12 (sequential): ReLU, Softmax
namespace m0012 {
using type = sequential<
    ctnn::input<2>,
    ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.1, .threshold = 0.5}>,
    ctnn::softmax<-1>,
    ctnn::relu<ctnn::relu_opts{.max_value = 6.0, .negative_slope = 0.5}>>;
inline constexpr std::array<std::size_t, 5> positions = sequence<5>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0012

// Model 13 (sequential): BatchNormalization, Dense, Dropout, ELU, LeakyReLU, ReLU
namespace m0013 {
using type = sequential<
    ctnn::input<16>,
    ctnn::leaky_relu<0.0>,
    ctnn::elu<0.5>,
    ctnn::elu<2.0>,
    ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = false}>,
    ctnn::relu<ctnn::relu_opts{.negative_slope = 0.1}>,
    ctnn::elu<1.0>,
    ctnn::dropout<0.25>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>,
    ctnn::elu<1.0>>;
inline constexpr std::array<std::size_t, 10> positions = sequence<10>();
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

// Model 15 (functional): Average, Concatenate, Dense, LayerNormalization, PReLU, ReLU; again
namespace m0015 {
inline constexpr auto v0 = ctnn::input<19>{};
inline constexpr auto v1 = v0 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v2 = v0 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v3 = ctnn::concatenate<1>{}(v1, v2);
inline constexpr auto v4 = v3 | ctnn::prelu<>{};
inline constexpr auto v5 = ctnn::average{}(v4, again(v4));
inline constexpr auto v6 = v5 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v7 = v6 | ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.1}>{};
using type = decltype(functional(inputs(v0), v7));
inline constexpr std::array<std::size_t, 8> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0015

// Model 16 (sequential): Activation, BatchNormalization, Conv2DTranspose, Dense, LeakyReLU
namespace m0016 {
using type = sequential<
    ctnn::input<3, 4, 4>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = false, .scale = true}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = false}>,
    ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>,
    ctnn::leaky_relu<0.2>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 5, .kernel_size = {3, 3}, .strides = {2, 3}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::activation_layer<ctnn::activation::selu>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0016

// Model 17 (functional): Average, Concatenate, Conv1D, Dense, Embedding, Flatten, LayerNormalization, MaxPooling1D, Multiply, ZeroPadding1D; again
namespace m0017 {
inline constexpr auto v0 = ctnn::input<7, 8>{};
inline constexpr auto v1 = ctnn::input<2>{};
inline constexpr auto v2 = v1 | ctnn::embedding<7, 10>{};
inline constexpr auto v3 = v0 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 3, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 3, .activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v4 = v0 | ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .strides = 1, .padding = ctnn::padding::same}>{};
inline constexpr auto v5 = ctnn::concatenate<2>{}(v3, v4);
inline constexpr auto v6 = v2 | ctnn::zero_padding1d<ctnn::zero_padding1d_opts{.left = 0, .right = 0}>{};
inline constexpr auto v7 = v6 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v8 = v7 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 10, .kernel_size = 2, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v9 = ctnn::average{}(v6, v8);
inline constexpr auto v10 = v9 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = {1, 2}, .epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v11 = ctnn::multiply{}(v10, again(v10));
inline constexpr auto v12 = v5 | ctnn::flatten{};
inline constexpr auto v13 = v12 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v14 = v11 | ctnn::flatten{};
inline constexpr auto v15 = v14 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v16 = ctnn::multiply{}(v13, v15);
using type = decltype(functional(inputs(v0, v1), v16));
inline constexpr std::array<std::size_t, 17> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16)};
inline constexpr std::array<std::size_t, 2> labels{0, 7};
}  // namespace m0017

// Model 18 (sequential): Conv2D, GroupNormalization, UpSampling2D
namespace m0018 {
using type = sequential<
    ctnn::input<9, 1, 8>,
    ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {1, 3}, .interpolation = ctnn::interpolation::nearest}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh, .use_bias = true}>,
    ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 1, .epsilon = 1e-05, .center = true, .scale = false}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 13, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::leaky_relu, .use_bias = true}>>;
inline constexpr std::array<std::size_t, 5> positions = sequence<5>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0018

// Model 19 (sequential): Activation, BatchNormalization, Conv2D, DepthwiseConv2D, Dropout, GaussianDropout
namespace m0019 {
using type = sequential<
    ctnn::input<8, 5, 8>,
    ctnn::gaussian_dropout<0.5>,
    ctnn::dropout<0.1>,
    ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {5, 5}, .strides = {1, 1}, .padding = ctnn::padding::same, .depth_multiplier = 2, .dilation_rate = {1, 1}, .activation = ctnn::activation::softplus, .use_bias = false}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::sigmoid, .use_bias = true}>,
    ctnn::activation_layer<ctnn::activation::linear>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0019

// Model 20 (sequential): Conv2D, Dense, DepthwiseConv2D, GaussianNoise
namespace m0020 {
using type = sequential<
    ctnn::input<6, 8, 8>,
    ctnn::gaussian_noise<0.25>,
    ctnn::gaussian_noise<0.25>,
    ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {3, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .depth_multiplier = 1, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 11, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 2}, .activation = ctnn::activation::relu, .use_bias = true}>,
    ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::selu, .use_bias = true}>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0020

// Model 21 (functional): Add, Concatenate, Conv2D, GaussianDropout, Multiply, ReLU; again, twin
namespace m0021 {
inline constexpr auto v0 = ctnn::input<3, 4, 7>{};
inline constexpr auto v1 = ctnn::input<3, 4, 7>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.1}>{};
inline constexpr auto v3 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 10, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v4 = v2 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 10, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>, 1>{};
inline constexpr auto v5 = ctnn::add{}(v3, v4);
inline constexpr auto v6 = v1 | ctnn::gaussian_dropout<0.25>{};
inline constexpr auto v7 = ctnn::multiply{}(v6, again(v6));
inline constexpr auto v8 = v7 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 3}, .activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v9 = ctnn::add{}(v7, v8);
inline constexpr auto v10 = ctnn::concatenate<-1>{}(v5, v9);
using type = decltype(functional(inputs(v0, v1), v10));
inline constexpr std::array<std::size_t, 11> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0021

// Model 22 (sequential): Activation, BatchNormalization, Conv2D, Rescaling, SpatialDropout2D
namespace m0022 {
using type = sequential<
    ctnn::input<1, 8, 8>,
    ctnn::activation_layer<ctnn::activation::gelu>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 16, .kernel_size = {3, 3}, .strides = {3, 2}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu, .use_bias = true}>,
    ctnn::spatial_dropout2d<0.1>,
    ctnn::spatial_dropout2d<0.25>,
    ctnn::rescaling<2.0, 0.0>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0022

// Model 23 (functional): Activation, Conv2D, LeakyReLU, Minimum, Rescaling; twin
namespace m0023 {
inline constexpr auto v0 = ctnn::input<2, 1, 5>{};
inline constexpr auto v1 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 12, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v2 = v0 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 12, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::silu, .use_bias = true}>, 1>{};
inline constexpr auto v3 = ctnn::minimum{}(v1, v2);
inline constexpr auto v4 = v3 | ctnn::rescaling<2.0, 0.25>{};
inline constexpr auto v5 = v4 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 11, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::rescaling<0.1, 0.0>{};
inline constexpr auto v7 = v6 | ctnn::leaky_relu<0.01>{};
inline constexpr auto v8 = v7 | ctnn::activation_layer<ctnn::activation::selu>{};
using type = decltype(functional(inputs(v0), v8));
inline constexpr std::array<std::size_t, 9> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0023

// Model 24 (sequential): Conv2D, Rescaling, Reshape, UpSampling2D
namespace m0024 {
using type = sequential<
    ctnn::input<3, 2, 3>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::sigmoid, .use_bias = true}>,
    ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {1, 3}, .interpolation = ctnn::interpolation::nearest}>,
    ctnn::reshape<1, 10, 9>,
    ctnn::rescaling<0.00784313725490196, -1.0>,
    ctnn::reshape<5, 2, 9>,
    ctnn::rescaling<2.0, 0.0>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0024

const model_case cases[] = {
    {0, "sequential", "Activation,Conv2D,Dense,ELU,LeakyReLU,Rescaling", "ELU", &run_model<m0000::type, m0000::positions, m0000::labels>},
    {1, "sequential", "Conv2D,LeakyReLU,ReLU", "LeakyReLU", &run_model<m0001::type, m0001::positions, m0001::labels>},
    {2, "functional", "BatchNormalization,Concatenate,Conv2DTranspose,Cropping2D", "Conv2DTranspose", &run_model<m0002::type, m0002::positions, m0002::labels>},
    {3, "sequential", "Conv2DTranspose,UpSampling2D", "UpSampling2D", &run_model<m0003::type, m0003::positions, m0003::labels>},
    {4, "functional", "Activation,Average,AveragePooling2D,BatchNormalization,Concatenate,Conv2D,Cropping2D,Dense,Flatten,LeakyReLU,Minimum,ReLU,ZeroPadding2D,twin", "Activation", &run_model<m0004::type, m0004::positions, m0004::labels>},
    {5, "functional", "BatchNormalization,Concatenate,Conv2D,Conv2DTranspose,Cropping2D,Dense,ELU,Flatten,Minimum,UpSampling2D,twin", "Concatenate", &run_model<m0005::type, m0005::positions, m0005::labels>},
    {6, "functional", "Add,Concatenate,Conv1D,Conv2D,Dense,Flatten,GroupNormalization,LayerNormalization,MaxPooling2D,Maximum,PReLU", "GroupNormalization", &run_model<m0006::type, m0006::positions, m0006::labels>},
    {7, "sequential", "AveragePooling2D,LayerNormalization,UpSampling2D", "UpSampling2D", &run_model<m0007::type, m0007::positions, m0007::labels>},
    {8, "functional", "Conv2D,ELU,GlobalAveragePooling2D,LeakyReLU,Minimum,Rescaling,again", "GlobalAveragePooling2D", &run_model<m0008::type, m0008::positions, m0008::labels>},
    {9, "sequential", "Activation,Conv2D,ELU,GlobalMaxPooling2D,Rescaling", "Activation", &run_model<m0009::type, m0009::positions, m0009::labels>},
    {10, "functional", "Activation,BatchNormalization,Concatenate,Dense,Dropout,LayerNormalization,Minimum,Subtract,twin", "Activation", &run_model<m0010::type, m0010::positions, m0010::labels>},
    {11, "sequential", "Conv1D,Dense,LeakyReLU", "Dense", &run_model<m0011::type, m0011::positions, m0011::labels>},
    {12, "sequential", "ReLU,Softmax", "ReLU", &run_model<m0012::type, m0012::positions, m0012::labels>},
    {13, "sequential", "BatchNormalization,Dense,Dropout,ELU,LeakyReLU,ReLU", "ELU", &run_model<m0013::type, m0013::positions, m0013::labels>},
    {14, "sequential", "Softmax", "Softmax", &run_model<m0014::type, m0014::positions, m0014::labels>},
    {15, "functional", "Average,Concatenate,Dense,LayerNormalization,PReLU,ReLU,again", "ReLU", &run_model<m0015::type, m0015::positions, m0015::labels>},
    {16, "sequential", "Activation,BatchNormalization,Conv2DTranspose,Dense,LeakyReLU", "Activation", &run_model<m0016::type, m0016::positions, m0016::labels>},
    {17, "functional", "Average,Concatenate,Conv1D,Dense,Embedding,Flatten,LayerNormalization,MaxPooling1D,Multiply,ZeroPadding1D,again", "Multiply", &run_model<m0017::type, m0017::positions, m0017::labels>},
    {18, "sequential", "Conv2D,GroupNormalization,UpSampling2D", "Conv2D", &run_model<m0018::type, m0018::positions, m0018::labels>},
    {19, "sequential", "Activation,BatchNormalization,Conv2D,DepthwiseConv2D,Dropout,GaussianDropout", "BatchNormalization", &run_model<m0019::type, m0019::positions, m0019::labels>},
    {20, "sequential", "Conv2D,Dense,DepthwiseConv2D,GaussianNoise", "Dense", &run_model<m0020::type, m0020::positions, m0020::labels>},
    {21, "functional", "Add,Concatenate,Conv2D,GaussianDropout,Multiply,ReLU,again,twin", "Concatenate", &run_model<m0021::type, m0021::positions, m0021::labels>},
    {22, "sequential", "Activation,BatchNormalization,Conv2D,Rescaling,SpatialDropout2D", "BatchNormalization", &run_model<m0022::type, m0022::positions, m0022::labels>},
    {23, "functional", "Activation,Conv2D,LeakyReLU,Minimum,Rescaling,twin", "Activation", &run_model<m0023::type, m0023::positions, m0023::labels>},
    {24, "sequential", "Conv2D,Rescaling,Reshape,UpSampling2D", "Rescaling", &run_model<m0024::type, m0024::positions, m0024::labels>},
};
[[maybe_unused]] const bool registered = register_cases(cases);
}  // namespace random_models::set_0_25
