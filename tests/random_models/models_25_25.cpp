// Models 25 to 49 of the random set 20261129, written by scripts/random_models.py:
//   scripts/random_models.py emit --seed 20261129 --first 25 --count 25 --out <this file>
// Do not edit: change the script and write the file again (ctest random_models.generated_source.* checks the suite's).
#include "random_models.hpp"

namespace random_models::set_25_25 {
using namespace ctnn;

// Model 25 (functional): BatchNormalization, Concatenate, Dense, Embedding, Flatten, LeakyReLU, Maximum, ReLU; again
namespace m0025 {
inline constexpr auto v0 = ctnn::input<1>{};
inline constexpr auto v1 = v0 | ctnn::embedding<7, 11>{};
inline constexpr auto v2 = v1 | ctnn::flatten{};
inline constexpr auto v3 = ctnn::maximum{}(v2, again(v2));
inline constexpr auto v4 = v3 | ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v5 = v3 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v6 = ctnn::concatenate<-1>{}(v4, v5);
inline constexpr auto v7 = v6 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v8 = v7 | ctnn::relu<ctnn::relu_opts{.max_value = 1.0}>{};
inline constexpr auto v9 = v8 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v10 = v9 | ctnn::relu<ctnn::relu_opts{.max_value = 1.0}>{};
inline constexpr auto v11 = v10 | ctnn::leaky_relu<0.1>{};
using type = decltype(functional(inputs(v0), v11));
inline constexpr std::array<std::size_t, 12> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11)};
inline constexpr std::array<std::size_t, 1> labels{7};
}  // namespace m0025

// Model 26 (sequential): Activation, Embedding, GaussianDropout, LeakyReLU, Reshape, Softmax
namespace m0026 {
using type = sequential<
    ctnn::input<3>,
    ctnn::embedding<8, 13>,
    ctnn::leaky_relu<0.0>,
    ctnn::gaussian_dropout<0.25>,
    ctnn::softmax<-1>,
    ctnn::reshape<3, 1, 13>,
    ctnn::activation_layer<ctnn::activation::relu>,
    ctnn::leaky_relu<0.0>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{8};
}  // namespace m0026

// Model 27 (functional): Activation, Add, BatchNormalization, Concatenate, Conv2D, Dense, Dropout, Flatten, GaussianNoise, MaxPooling2D, Minimum; again, twin
namespace m0027 {
inline constexpr auto v0 = ctnn::input<9, 10, 6>{};
inline constexpr auto v1 = ctnn::input<9>{};
inline constexpr auto v2 = ctnn::input<2, 7, 7>{};
inline constexpr auto v3 = v0 | ctnn::activation_layer<ctnn::activation::silu>{};
inline constexpr auto v4 = v3 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v5 = v3 | ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same}>{};
inline constexpr auto v6 = ctnn::concatenate<-1>{}(v4, v5);
inline constexpr auto v7 = v1 | ctnn::activation_layer<ctnn::activation::linear>{};
inline constexpr auto v8 = ctnn::concatenate<-1>{}(v7, again(v7));
inline constexpr auto v9 = v8 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = false, .scale = false}>{};
inline constexpr auto v10 = v9 | ctnn::dropout<0.5>{};
inline constexpr auto v11 = v10 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v12 = v10 | layer_id<ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>, 1>{};
inline constexpr auto v13 = ctnn::add{}(v11, v12);
inline constexpr auto v14 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v15 = v14 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v16 = v15 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v17 = ctnn::add{}(v2, v16, v2);
inline constexpr auto v18 = v6 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v20 = v13 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v21 = v17 | ctnn::flatten{};
inline constexpr auto v22 = v21 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v23 = ctnn::minimum{}(v19, v20, v22);
inline constexpr auto v24 = v23 | ctnn::gaussian_noise<0.5>{};
using type = decltype(functional(inputs(v0, v1, v2), v24));
inline constexpr std::array<std::size_t, 25> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 0};
}  // namespace m0027

// Model 28 (functional): Add, BatchNormalization, Conv2D, Dense, ELU, Flatten, GaussianNoise, GroupNormalization, LeakyReLU
namespace m0028 {
inline constexpr auto v0 = ctnn::input<9, 5, 4>{};
inline constexpr auto v1 = ctnn::input<11>{};
inline constexpr auto v2 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 4, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v3 = v2 | ctnn::leaky_relu<0.5>{};
inline constexpr auto v4 = v3 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v5 = ctnn::add{}(v0, v4, v0);
inline constexpr auto v6 = v1 | ctnn::elu<1.0>{};
inline constexpr auto v7 = v6 | ctnn::gaussian_noise<0.1>{};
inline constexpr auto v8 = v7 | ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 11, .epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v9 = v5 | ctnn::flatten{};
inline constexpr auto v10 = v9 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v11 = v8 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v12 = ctnn::add{}(v10, v11);
inline constexpr auto v13 = v12 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>{};
using type = decltype(functional(inputs(v0, v1), v13));
inline constexpr std::array<std::size_t, 14> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0028

// Model 29 (functional): BatchNormalization, Concatenate, Dense, Dropout, ELU, Embedding, Flatten, LeakyReLU, Maximum, Multiply, Subtract
namespace m0029 {
inline constexpr auto v0 = ctnn::input<4>{};
inline constexpr auto v1 = v0 | ctnn::embedding<7, 3>{};
inline constexpr auto v2 = ctnn::input<22>{};
inline constexpr auto v3 = v1 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v4 = ctnn::subtract{}(v1, v3);
inline constexpr auto v5 = v4 | ctnn::leaky_relu<0.01>{};
inline constexpr auto v6 = v2 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v7 = v2 | ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v8 = ctnn::concatenate<-1>{}(v6, v7);
inline constexpr auto v9 = v8 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v10 = v9 | ctnn::elu<0.5>{};
inline constexpr auto v11 = v10 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v12 = ctnn::maximum{}(v8, v11);
inline constexpr auto v13 = v5 | ctnn::flatten{};
inline constexpr auto v14 = v13 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v15 = v12 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v16 = ctnn::multiply{}(v14, v15);
inline constexpr auto v17 = v16 | ctnn::dropout<0.1>{};
inline constexpr auto v18 = v17 | ctnn::leaky_relu<0.01>{};
using type = decltype(functional(inputs(v0, v2), v18));
inline constexpr std::array<std::size_t, 19> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18)};
inline constexpr std::array<std::size_t, 2> labels{7, 0};
}  // namespace m0029

// Model 30 (functional): Activation, Dense, Flatten, LayerNormalization, LeakyReLU, Maximum, Multiply, Reshape, Subtract; twin
namespace m0030 {
inline constexpr auto v0 = ctnn::input<9>{};
inline constexpr auto v1 = ctnn::input<9>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v3 = v0 | layer_id<ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>, 1>{};
inline constexpr auto v4 = ctnn::multiply{}(v2, v3);
inline constexpr auto v5 = v4 | ctnn::activation_layer<ctnn::activation::sigmoid>{};
inline constexpr auto v6 = v5 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v7 = v6 | ctnn::leaky_relu<0.01>{};
inline constexpr auto v8 = v1 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v9 = v1 | layer_id<ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>, 1>{};
inline constexpr auto v10 = ctnn::subtract{}(v8, v9);
inline constexpr auto v11 = v10 | ctnn::reshape<1, 1, 11>{};
inline constexpr auto v12 = v7 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v13 = v11 | ctnn::flatten{};
inline constexpr auto v14 = v13 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v15 = ctnn::maximum{}(v12, v14);
using type = decltype(functional(inputs(v0, v1), v15));
inline constexpr std::array<std::size_t, 16> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0030

// Model 31 (functional): Activation, Average, AveragePooling2D, BatchNormalization, Concatenate, Conv2D, Conv2DTranspose, Cropping2D, Dense, ELU, Flatten, GaussianNoise, LayerNormalization, LeakyReLU, MaxPooling2D, Maximum, Multiply, ReLU, Reshape; again
namespace m0031 {
inline constexpr auto v0 = ctnn::input<9, 8, 8>{};
inline constexpr auto v1 = ctnn::input<9, 9, 5>{};
inline constexpr auto v2 = ctnn::input<6, 7, 7>{};
inline constexpr auto v3 = v0 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 2, .kernel_size = {1, 2}, .strides = {1, 1}, .padding = ctnn::padding::valid, .output_padding = {0, 0}, .dilation_rate = {2, 1}, .activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v4 = v3 | ctnn::elu<2.0>{};
inline constexpr auto v5 = v4 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {2, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v6 = v4 | ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same}>{};
inline constexpr auto v7 = ctnn::multiply{}(v5, v6);
inline constexpr auto v8 = v7 | ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 1}, .strides = {3, 1}, .padding = ctnn::padding::same}>{};
inline constexpr auto v9 = ctnn::average{}(v8, again(v8));
inline constexpr auto v10 = v1 | ctnn::gaussian_noise<0.25>{};
inline constexpr auto v11 = v10 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.01, .center = true, .scale = false}>{};
inline constexpr auto v12 = v11 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 2}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v13 = v12 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v14 = v13 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v15 = ctnn::maximum{}(v11, v14, again(v11));
inline constexpr auto v16 = v2 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 0, .bottom = 0, .left = 2, .right = 0}>{};
inline constexpr auto v17 = ctnn::concatenate<-2>{}(v2, v16);
inline constexpr auto v18 = v17 | ctnn::activation_layer<ctnn::activation::softplus>{};
inline constexpr auto v19 = ctnn::multiply{}(v17, v18);
inline constexpr auto v20 = v19 | ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {3, 3}, .strides = {2, 3}, .padding = ctnn::padding::valid}>{};
inline constexpr auto v21 = v20 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 16, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v22 = v21 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>{};
inline constexpr auto v23 = v9 | ctnn::flatten{};
inline constexpr auto v24 = v23 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v25 = v15 | ctnn::flatten{};
inline constexpr auto v26 = v25 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v27 = v22 | ctnn::flatten{};
inline constexpr auto v28 = v27 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v29 = ctnn::average{}(v24, v26, v28);
inline constexpr auto v30 = v29 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v31 = v30 | ctnn::activation_layer<ctnn::activation::tanh>{};
inline constexpr auto v32 = v31 | ctnn::reshape<1, 3>{};
inline constexpr auto v33 = v32 | ctnn::leaky_relu<0.2>{};
inline constexpr auto v34 = v33 | ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>{};
inline constexpr auto v35 = v34 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>{};
using type = decltype(functional(inputs(v0, v1, v2), v35));
inline constexpr std::array<std::size_t, 36> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27), position_of<type>(v28), position_of<type>(v29), position_of<type>(v30), position_of<type>(v31), position_of<type>(v32), position_of<type>(v33), position_of<type>(v34), position_of<type>(v35)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 0};
}  // namespace m0031

// Model 32 (functional): Activation, Add, AveragePooling2D, Concatenate, Conv2D, Cropping2D, Dense, Flatten, Maximum, Minimum, Subtract; again
namespace m0032 {
inline constexpr auto v0 = ctnn::input<5, 9, 1>{};
inline constexpr auto v1 = ctnn::input<5, 9, 1>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v3 = v0 | ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same}>{};
inline constexpr auto v4 = ctnn::concatenate<-1>{}(v2, v3);
inline constexpr auto v5 = v4 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 14, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v6 = v4 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 12, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v7 = ctnn::concatenate<-1>{}(v5, v6);
inline constexpr auto v8 = v7 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 26, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 3}, .activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v9 = ctnn::minimum{}(v7, v8, again(v7));
inline constexpr auto v10 = v1 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 2, .bottom = 0, .left = 0, .right = 0}>{};
inline constexpr auto v11 = ctnn::concatenate<-3>{}(v1, v10);
inline constexpr auto v12 = v11 | ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v13 = ctnn::subtract{}(v11, v12);
inline constexpr auto v14 = v13 | ctnn::activation_layer<ctnn::activation::selu>{};
inline constexpr auto v15 = ctnn::add{}(v13, v14);
inline constexpr auto v16 = v9 | ctnn::flatten{};
inline constexpr auto v17 = v16 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v18 = v15 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v20 = ctnn::maximum{}(v17, v19);
using type = decltype(functional(inputs(v0, v1), v20));
inline constexpr std::array<std::size_t, 21> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0032

// Model 33 (functional): Activation, BatchNormalization, Conv2D, Conv2DTranspose, Dense, Dropout, ELU, Flatten, LeakyReLU, Minimum, Multiply, ReLU, Rescaling, Reshape; twin
namespace m0033 {
inline constexpr auto v0 = ctnn::input<3, 10, 4>{};
inline constexpr auto v1 = ctnn::input<10, 10, 5>{};
inline constexpr auto v2 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 16, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v3 = v0 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 16, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::softplus, .use_bias = true}>, 1>{};
inline constexpr auto v4 = ctnn::multiply{}(v2, v3);
inline constexpr auto v5 = v4 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 15, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::relu<ctnn::relu_opts{.negative_slope = 0.5}>{};
inline constexpr auto v7 = v6 | ctnn::reshape<-1, 3, 10>{};
inline constexpr auto v8 = v7 | ctnn::rescaling<0.5, -1.0>{};
inline constexpr auto v9 = v8 | ctnn::dropout<0.1>{};
inline constexpr auto v10 = v9 | ctnn::leaky_relu<0.01>{};
inline constexpr auto v11 = v10 | ctnn::rescaling<0.5, 0.25>{};
inline constexpr auto v12 = v11 | ctnn::activation_layer<ctnn::activation::silu>{};
inline constexpr auto v13 = v1 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v14 = ctnn::minimum{}(v1, v13);
inline constexpr auto v15 = v14 | ctnn::reshape<5, -1>{};
inline constexpr auto v16 = v15 | ctnn::dense<10, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v17 = v16 | ctnn::elu<0.5>{};
inline constexpr auto v18 = v17 | ctnn::leaky_relu<0.3>{};
inline constexpr auto v19 = v18 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = false}>{};
inline constexpr auto v20 = v19 | ctnn::dropout<0.25>{};
inline constexpr auto v21 = v20 | ctnn::elu<2.0>{};
inline constexpr auto v22 = v21 | ctnn::rescaling<0.5, -1.0>{};
inline constexpr auto v23 = v12 | ctnn::flatten{};
inline constexpr auto v24 = v23 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v25 = v22 | ctnn::flatten{};
inline constexpr auto v26 = v25 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v27 = ctnn::minimum{}(v24, v26);
using type = decltype(functional(inputs(v0, v1), v27));
inline constexpr std::array<std::size_t, 28> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0033

// Model 34 (functional): Concatenate, Conv2D; twin
namespace m0034 {
inline constexpr auto v0 = ctnn::input<4, 6, 7>{};
inline constexpr auto v1 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v2 = v0 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::softmax, .use_bias = true}>, 1>{};
inline constexpr auto v3 = ctnn::concatenate<3>{}(v1, v2);
using type = decltype(functional(inputs(v0), v3));
inline constexpr std::array<std::size_t, 4> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0034

// Model 35 (functional): Activation, Concatenate, Dense, Dropout, Maximum, Multiply, ReLU; again
namespace m0035 {
inline constexpr auto v0 = ctnn::input<21>{};
inline constexpr auto v1 = v0 | ctnn::dense<21, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v2 = ctnn::maximum{}(v0, v1);
inline constexpr auto v3 = v2 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v4 = v3 | ctnn::activation_layer<ctnn::activation::silu>{};
inline constexpr auto v5 = v4 | ctnn::relu<ctnn::relu_opts{.max_value = 6.0, .negative_slope = 0.5}>{};
inline constexpr auto v6 = ctnn::multiply{}(v5, again(v5));
inline constexpr auto v7 = v6 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v8 = v6 | ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v9 = ctnn::concatenate<-1>{}(v7, v8);
inline constexpr auto v10 = v9 | ctnn::dropout<0.25>{};
using type = decltype(functional(inputs(v0), v10));
inline constexpr std::array<std::size_t, 11> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0035

// Model 36 (sequential): Dense
namespace m0036 {
using type = sequential<
    ctnn::input<4, 8, 1>,
    ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>,
    ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = false}>>;
inline constexpr std::array<std::size_t, 3> positions = sequence<3>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0036

// Model 37 (sequential): Activation, BatchNormalization, Conv2D, Dropout, ELU, ReLU
namespace m0037 {
using type = sequential<
    ctnn::input<3, 6, 8>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 14, .kernel_size = {2, 1}, .strides = {3, 3}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu6, .use_bias = true}>,
    ctnn::elu<0.5>,
    ctnn::relu<ctnn::relu_opts{.max_value = 0.5, .negative_slope = 0.1}>,
    ctnn::activation_layer<ctnn::activation::softplus>,
    ctnn::dropout<0.1>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>,
    ctnn::elu<1.0>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0037

// Model 38 (sequential): Activation, Conv2DTranspose, Dense, LeakyReLU, PReLU, Reshape
namespace m0038 {
using type = sequential<
    ctnn::input<7, 5, 6>,
    ctnn::activation_layer<ctnn::activation::silu>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 8, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::sigmoid, .use_bias = true}>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 8, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::elu, .use_bias = true}>,
    ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>,
    ctnn::reshape<16, 8, -1>,
    ctnn::leaky_relu<0.0>,
    ctnn::prelu<1, 2>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0038

// Model 39 (sequential): Conv2D, LeakyReLU, UpSampling2D
namespace m0039 {
using type = sequential<
    ctnn::input<2, 3, 4>,
    ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {1, 3}, .interpolation = ctnn::interpolation::nearest}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 6, .kernel_size = {1, 1}, .strides = {3, 2}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::selu, .use_bias = false}>,
    ctnn::leaky_relu<0.3>>;
inline constexpr std::array<std::size_t, 4> positions = sequence<4>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0039

// Model 40 (sequential): BatchNormalization, Conv2D, Conv2DTranspose, Dropout, ELU, ReLU, ZeroPadding2D
namespace m0040 {
using type = sequential<
    ctnn::input<10, 1, 3>,
    ctnn::elu<0.5>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh, .use_bias = true}>,
    ctnn::zero_padding2d<ctnn::zero_padding2d_opts{.top = 1, .bottom = 0, .left = 1, .right = 2}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>,
    ctnn::zero_padding2d<ctnn::zero_padding2d_opts{.top = 1, .bottom = 0, .left = 2, .right = 0}>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 10, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .output_padding = {0, 0}, .dilation_rate = {1, 1}, .activation = ctnn::activation::selu, .use_bias = false}>,
    ctnn::dropout<0.1>,
    ctnn::relu<ctnn::relu_opts{.max_value = 0.5}>>;
inline constexpr std::array<std::size_t, 9> positions = sequence<9>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0040

// Model 41 (functional): Conv2DTranspose, Cropping2D, GroupNormalization
namespace m0041 {
inline constexpr auto v0 = ctnn::input<4, 9, 3>{};
inline constexpr auto v1 = v0 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 0, .bottom = 1, .left = 2, .right = 2}>{};
inline constexpr auto v2 = v1 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 12, .kernel_size = {2, 2}, .strides = {2, 2}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v3 = v2 | ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 2, .epsilon = 0.01, .center = true, .scale = false}>{};
using type = decltype(functional(inputs(v0), v3));
inline constexpr std::array<std::size_t, 4> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0041

// Model 42 (sequential): BatchNormalization, MaxPooling2D
namespace m0042 {
using type = sequential<
    ctnn::input<5, 9, 3>,
    ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {3, 3}, .strides = {3, 3}, .padding = ctnn::padding::valid}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>,
    ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid}>>;
inline constexpr std::array<std::size_t, 4> positions = sequence<4>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0042

// Model 43 (functional): Average, AveragePooling2D, BatchNormalization, Concatenate, Conv2D, Dense, Dropout, ELU, LeakyReLU, MaxPooling2D, Minimum, Rescaling, Softmax, Subtract; again, twin
namespace m0043 {
inline constexpr auto v0 = ctnn::input<2, 7, 5>{};
inline constexpr auto v1 = ctnn::input<2, 7, 5>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = false, .scale = true}>{};
inline constexpr auto v3 = ctnn::average{}(v2, again(v2));
inline constexpr auto v4 = v3 | ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {3, 3}, .strides = {3, 3}, .padding = ctnn::padding::same}>{};
inline constexpr auto v5 = v4 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::leaky_relu<0.2>{};
inline constexpr auto v7 = v6 | ctnn::elu<0.5>{};
inline constexpr auto v8 = v7 | ctnn::dropout<0.1>{};
inline constexpr auto v9 = v8 | ctnn::rescaling<2.0, -1.0>{};
inline constexpr auto v10 = v9 | ctnn::elu<2.0>{};
inline constexpr auto v11 = v10 | ctnn::elu<1.0>{};
inline constexpr auto v12 = v11 | ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same}>{};
inline constexpr auto v13 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v14 = v13 | ctnn::rescaling<-1.0, -1.0>{};
inline constexpr auto v15 = v14 | ctnn::softmax<3>{};
inline constexpr auto v16 = ctnn::minimum{}(v1, v15);
inline constexpr auto v17 = v16 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v18 = v16 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = false}>, 1>{};
inline constexpr auto v19 = ctnn::subtract{}(v17, v18);
inline constexpr auto v20 = v19 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {1, 1}, .strides = {3, 3}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v21 = v20 | ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid}>{};
inline constexpr auto v22 = ctnn::concatenate<-1>{}(v12, v21);
inline constexpr auto v23 = v22 | ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid}>{};
inline constexpr auto v24 = v23 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = false}>{};
using type = decltype(functional(inputs(v0, v1), v24));
inline constexpr std::array<std::size_t, 25> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0043

// Model 44 (sequential): Dense, ELU, GaussianNoise, GlobalAveragePooling2D
namespace m0044 {
using type = sequential<
    ctnn::input<8, 8, 4>,
    ctnn::global_average_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>,
    ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::gaussian_noise<0.5>,
    ctnn::elu<1.0>>;
inline constexpr std::array<std::size_t, 5> positions = sequence<5>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0044

// Model 45 (sequential): Activation, Dense, Dropout, ELU, GlobalMaxPooling2D
namespace m0045 {
using type = sequential<
    ctnn::input<10, 9, 5>,
    ctnn::global_max_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>,
    ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>,
    ctnn::dropout<0.25>,
    ctnn::activation_layer<ctnn::activation::softplus>,
    ctnn::elu<0.5>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0045

// Model 46 (functional): Activation, Average, Embedding; again
namespace m0046 {
inline constexpr auto v0 = ctnn::input<1>{};
inline constexpr auto v1 = v0 | ctnn::embedding<10, 3>{};
inline constexpr auto v2 = v1 | ctnn::activation_layer<ctnn::activation::leaky_relu>{};
inline constexpr auto v3 = ctnn::average{}(v2, again(v2));
inline constexpr auto v4 = v3 | ctnn::activation_layer<ctnn::activation::leaky_relu>{};
using type = decltype(functional(inputs(v0), v4));
inline constexpr std::array<std::size_t, 5> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4)};
inline constexpr std::array<std::size_t, 1> labels{10};
}  // namespace m0046

// Model 47 (sequential): Dense, Dropout, ELU, LeakyReLU, ReLU
namespace m0047 {
using type = sequential<
    ctnn::input<29>,
    ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>,
    ctnn::leaky_relu<0.2>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.1}>,
    ctnn::dropout<0.1>,
    ctnn::elu<1.0>,
    ctnn::leaky_relu<0.5>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0047

// Model 48 (sequential): BatchNormalization, Dense, ReLU
namespace m0048 {
using type = sequential<
    ctnn::input<32>,
    ctnn::relu<ctnn::relu_opts{.negative_slope = 0.5}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>,
    ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::selu, .use_bias = true}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.5, .threshold = 0.5}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 0.5}>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0048

// Model 49 (sequential): Conv2D, ELU, UpSampling2D
namespace m0049 {
using type = sequential<
    ctnn::input<9, 5, 8>,
    ctnn::elu<1.0>,
    ctnn::elu<1.0>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 10, .kernel_size = {3, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::softmax, .use_bias = true}>,
    ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {1, 1}, .interpolation = ctnn::interpolation::bilinear}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 12, .kernel_size = {4, 4}, .strides = {2, 2}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0049

const model_case cases[] = {
    {25, "functional", "BatchNormalization,Concatenate,Dense,Embedding,Flatten,LeakyReLU,Maximum,ReLU,again", "LeakyReLU", &run_model<m0025::type, m0025::positions, m0025::labels>},
    {26, "sequential", "Activation,Embedding,GaussianDropout,LeakyReLU,Reshape,Softmax", "LeakyReLU", &run_model<m0026::type, m0026::positions, m0026::labels>},
    {27, "functional", "Activation,Add,BatchNormalization,Concatenate,Conv2D,Dense,Dropout,Flatten,GaussianNoise,MaxPooling2D,Minimum,again,twin", "GaussianNoise", &run_model<m0027::type, m0027::positions, m0027::labels>},
    {28, "functional", "Add,BatchNormalization,Conv2D,Dense,ELU,Flatten,GaussianNoise,GroupNormalization,LeakyReLU", "BatchNormalization", &run_model<m0028::type, m0028::positions, m0028::labels>},
    {29, "functional", "BatchNormalization,Concatenate,Dense,Dropout,ELU,Embedding,Flatten,LeakyReLU,Maximum,Multiply,Subtract", "LeakyReLU", &run_model<m0029::type, m0029::positions, m0029::labels>},
    {30, "functional", "Activation,Dense,Flatten,LayerNormalization,LeakyReLU,Maximum,Multiply,Reshape,Subtract,twin", "Maximum", &run_model<m0030::type, m0030::positions, m0030::labels>},
    {31, "functional", "Activation,Average,AveragePooling2D,BatchNormalization,Concatenate,Conv2D,Conv2DTranspose,Cropping2D,Dense,ELU,Flatten,GaussianNoise,LayerNormalization,LeakyReLU,MaxPooling2D,Maximum,Multiply,ReLU,Reshape,again", "BatchNormalization", &run_model<m0031::type, m0031::positions, m0031::labels>},
    {32, "functional", "Activation,Add,AveragePooling2D,Concatenate,Conv2D,Cropping2D,Dense,Flatten,Maximum,Minimum,Subtract,again", "Maximum", &run_model<m0032::type, m0032::positions, m0032::labels>},
    {33, "functional", "Activation,BatchNormalization,Conv2D,Conv2DTranspose,Dense,Dropout,ELU,Flatten,LeakyReLU,Minimum,Multiply,ReLU,Rescaling,Reshape,twin", "Minimum", &run_model<m0033::type, m0033::positions, m0033::labels>},
    {34, "functional", "Concatenate,Conv2D,twin", "Concatenate", &run_model<m0034::type, m0034::positions, m0034::labels>},
    {35, "functional", "Activation,Concatenate,Dense,Dropout,Maximum,Multiply,ReLU,again", "Dropout", &run_model<m0035::type, m0035::positions, m0035::labels>},
    {36, "sequential", "Dense", "Dense", &run_model<m0036::type, m0036::positions, m0036::labels>},
    {37, "sequential", "Activation,BatchNormalization,Conv2D,Dropout,ELU,ReLU", "ELU", &run_model<m0037::type, m0037::positions, m0037::labels>},
    {38, "sequential", "Activation,Conv2DTranspose,Dense,LeakyReLU,PReLU,Reshape", "PReLU", &run_model<m0038::type, m0038::positions, m0038::labels>},
    {39, "sequential", "Conv2D,LeakyReLU,UpSampling2D", "LeakyReLU", &run_model<m0039::type, m0039::positions, m0039::labels>},
    {40, "sequential", "BatchNormalization,Conv2D,Conv2DTranspose,Dropout,ELU,ReLU,ZeroPadding2D", "ReLU", &run_model<m0040::type, m0040::positions, m0040::labels>},
    {41, "functional", "Conv2DTranspose,Cropping2D,GroupNormalization", "GroupNormalization", &run_model<m0041::type, m0041::positions, m0041::labels>},
    {42, "sequential", "BatchNormalization,MaxPooling2D", "MaxPooling2D", &run_model<m0042::type, m0042::positions, m0042::labels>},
    {43, "functional", "Average,AveragePooling2D,BatchNormalization,Concatenate,Conv2D,Dense,Dropout,ELU,LeakyReLU,MaxPooling2D,Minimum,Rescaling,Softmax,Subtract,again,twin", "BatchNormalization", &run_model<m0043::type, m0043::positions, m0043::labels>},
    {44, "sequential", "Dense,ELU,GaussianNoise,GlobalAveragePooling2D", "ELU", &run_model<m0044::type, m0044::positions, m0044::labels>},
    {45, "sequential", "Activation,Dense,Dropout,ELU,GlobalMaxPooling2D", "ELU", &run_model<m0045::type, m0045::positions, m0045::labels>},
    {46, "functional", "Activation,Average,Embedding,again", "Activation", &run_model<m0046::type, m0046::positions, m0046::labels>},
    {47, "sequential", "Dense,Dropout,ELU,LeakyReLU,ReLU", "LeakyReLU", &run_model<m0047::type, m0047::positions, m0047::labels>},
    {48, "sequential", "BatchNormalization,Dense,ReLU", "ReLU", &run_model<m0048::type, m0048::positions, m0048::labels>},
    {49, "sequential", "Conv2D,ELU,UpSampling2D", "Conv2D", &run_model<m0049::type, m0049::positions, m0049::labels>},
};
[[maybe_unused]] const bool registered = register_cases(cases);
}  // namespace random_models::set_25_25
