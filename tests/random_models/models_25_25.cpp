// Models 25 to 49 of the random set 20261129, written by scripts/random_models.py:
//   scripts/random_models.py emit --seed 20261129 --first 25 --count 25 --out <this file>
// Do not edit: change the script and write the file again (ctest random_models.generated_source.* checks the suite's).
#include "random_models.hpp"

namespace random_models::set_25_25 {
using namespace ctnn;

// Model 25 (functional): BatchNormalization, Concatenate, Dense, Embedding, Flatten, LeakyReLU, Multiply, ReLU; again
namespace m0025 {
inline constexpr auto v0 = ctnn::input<1>{};
inline constexpr auto v1 = v0 | ctnn::embedding<7, 11>{};
inline constexpr auto v2 = v1 | ctnn::flatten{};
inline constexpr auto v3 = ctnn::multiply{}(v2, again(v2));
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

// Model 27 (functional): Activation, BatchNormalization, Concatenate, Conv2D, Cropping2D, Dense, Dropout, Flatten, MaxPooling2D; again, twin
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
inline constexpr auto v13 = ctnn::concatenate<-1>{}(v11, v12);
inline constexpr auto v14 = v2 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 0, .bottom = 0, .left = 2, .right = 2}>{};
inline constexpr auto v15 = ctnn::concatenate<2>{}(v2, v14);
inline constexpr auto v16 = v15 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {1, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 2}, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v17 = v15 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 16, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 1}, .activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v18 = ctnn::concatenate<-1>{}(v16, v17);
inline constexpr auto v19 = v6 | ctnn::flatten{};
inline constexpr auto v20 = v19 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>{};
inline constexpr auto v21 = v13 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v22 = v18 | ctnn::flatten{};
inline constexpr auto v23 = v22 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v24 = ctnn::concatenate<-1>{}(v20, v21, v23);
using type = decltype(functional(inputs(v0, v1, v2), v24));
inline constexpr std::array<std::size_t, 25> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 0};
}  // namespace m0027

// Model 28 (functional): Add, Conv2D, Dense, Flatten, GroupNormalization, LeakyReLU, Multiply; again
namespace m0028 {
inline constexpr auto v0 = ctnn::input<9, 5, 4>{};
inline constexpr auto v1 = ctnn::input<11>{};
inline constexpr auto v2 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 4, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v3 = v2 | ctnn::leaky_relu<0.5>{};
inline constexpr auto v4 = v3 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v5 = ctnn::multiply{}(v0, v4);
inline constexpr auto v6 = v1 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = false}>{};
inline constexpr auto v7 = v6 | ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 1, .epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v8 = ctnn::add{}(v7, again(v7));
inline constexpr auto v9 = v5 | ctnn::flatten{};
inline constexpr auto v10 = v9 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v11 = v8 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v12 = ctnn::add{}(v10, v11);
using type = decltype(functional(inputs(v0, v1), v12));
inline constexpr std::array<std::size_t, 13> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0028

// Model 29 (functional): Activation, Add, BatchNormalization, Concatenate, Dense, ELU, Embedding, Flatten, LeakyReLU, Multiply, PReLU, ReLU, Rescaling
namespace m0029 {
inline constexpr auto v0 = ctnn::input<4>{};
inline constexpr auto v1 = v0 | ctnn::embedding<7, 3>{};
inline constexpr auto v2 = ctnn::input<22>{};
inline constexpr auto v3 = v1 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v4 = ctnn::add{}(v1, v3);
inline constexpr auto v5 = v4 | ctnn::rescaling<0.00784313725490196, 0.25>{};
inline constexpr auto v6 = v5 | ctnn::relu<ctnn::relu_opts{.max_value = 1.0}>{};
inline constexpr auto v7 = v6 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v8 = v7 | ctnn::activation_layer<ctnn::activation::relu6>{};
inline constexpr auto v9 = v8 | ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>{};
inline constexpr auto v10 = v9 | ctnn::activation_layer<ctnn::activation::leaky_relu>{};
inline constexpr auto v11 = v10 | ctnn::elu<1.0>{};
inline constexpr auto v12 = v11 | ctnn::leaky_relu<0.5>{};
inline constexpr auto v13 = v2 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v14 = v2 | ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v15 = ctnn::concatenate<-1>{}(v13, v14);
inline constexpr auto v16 = v15 | ctnn::dense<22, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v17 = ctnn::multiply{}(v15, v16);
inline constexpr auto v18 = v12 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>{};
inline constexpr auto v20 = v17 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v21 = ctnn::multiply{}(v19, v20);
inline constexpr auto v22 = v21 | ctnn::prelu<1>{};
inline constexpr auto v23 = v22 | ctnn::leaky_relu<0.0>{};
using type = decltype(functional(inputs(v0, v2), v23));
inline constexpr std::array<std::size_t, 24> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23)};
inline constexpr std::array<std::size_t, 2> labels{7, 0};
}  // namespace m0029

// Model 30 (functional): Activation, Add, BatchNormalization, Concatenate, Dense, Dropout, LeakyReLU, Multiply, Rescaling; again, twin
namespace m0030 {
inline constexpr auto v0 = ctnn::input<9>{};
inline constexpr auto v1 = ctnn::input<9>::id<1>{};
inline constexpr auto v2 = v0 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v3 = v0 | layer_id<ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>, 1>{};
inline constexpr auto v4 = ctnn::add{}(v2, v3);
inline constexpr auto v5 = v4 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v6 = v5 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v7 = v6 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v8 = ctnn::multiply{}(v4, v7);
inline constexpr auto v9 = v1 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v10 = v9 | ctnn::leaky_relu<0.1>{};
inline constexpr auto v11 = v10 | ctnn::activation_layer<ctnn::activation::sigmoid>{};
inline constexpr auto v12 = v11 | ctnn::dropout<0.5>{};
inline constexpr auto v13 = v12 | ctnn::rescaling<0.5, 0.0>{};
inline constexpr auto v14 = v13 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v15 = v13 | layer_id<ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::selu, .use_bias = true}>, 1>{};
inline constexpr auto v16 = ctnn::add{}(v14, v15);
inline constexpr auto v17 = v16 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = false, .scale = true}>{};
inline constexpr auto v18 = ctnn::multiply{}(v17, again(v17));
inline constexpr auto v19 = ctnn::concatenate<-1>{}(v8, v18);
using type = decltype(functional(inputs(v0, v1), v19));
inline constexpr std::array<std::size_t, 20> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0030

// Model 31 (functional): Add, BatchNormalization, Concatenate, Conv2D, Conv2DTranspose, Dense, ELU, Flatten, LeakyReLU, Multiply, ReLU, Rescaling, Reshape; again, twin
namespace m0031 {
inline constexpr auto v0 = ctnn::input<9, 8, 8>{};
inline constexpr auto v1 = ctnn::input<9, 9, 5>{};
inline constexpr auto v2 = ctnn::input<6, 7, 7>{};
inline constexpr auto v3 = v0 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 2, .kernel_size = {1, 2}, .strides = {1, 1}, .padding = ctnn::padding::valid, .output_padding = {0, 0}, .dilation_rate = {2, 1}, .activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v4 = v3 | ctnn::elu<2.0>{};
inline constexpr auto v5 = v4 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::reshape<7, -1, 9>{};
inline constexpr auto v7 = v6 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v8 = v7 | ctnn::leaky_relu<0.01>{};
inline constexpr auto v9 = ctnn::add{}(v8, again(v8));
inline constexpr auto v10 = v9 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v11 = v10 | ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.5}>{};
inline constexpr auto v12 = v11 | ctnn::rescaling<-1.0, 0.0>{};
inline constexpr auto v13 = v12 | ctnn::leaky_relu<0.1>{};
inline constexpr auto v14 = ctnn::concatenate<-1>{}(v13, again(v13));
inline constexpr auto v15 = v1 | ctnn::elu<2.0>{};
inline constexpr auto v16 = ctnn::add{}(v15, again(v15));
inline constexpr auto v17 = v16 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 2, .kernel_size = {3, 4}, .strides = {1, 1}, .padding = ctnn::padding::valid, .output_padding = {0, 0}, .dilation_rate = {1, 1}, .activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v18 = v17 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 7, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .output_padding = {0, 0}, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu, .use_bias = false}>{};
inline constexpr auto v19 = ctnn::add{}(v18, again(v18));
inline constexpr auto v20 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 13, .kernel_size = {4, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v21 = v2 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 13, .kernel_size = {4, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>, 1>{};
inline constexpr auto v22 = ctnn::concatenate<-1>{}(v20, v21);
inline constexpr auto v23 = v14 | ctnn::flatten{};
inline constexpr auto v24 = v23 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v25 = v19 | ctnn::flatten{};
inline constexpr auto v26 = v25 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v27 = v22 | ctnn::flatten{};
inline constexpr auto v28 = v27 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v29 = ctnn::multiply{}(v24, v26, v28);
using type = decltype(functional(inputs(v0, v1, v2), v29));
inline constexpr std::array<std::size_t, 30> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27), position_of<type>(v28), position_of<type>(v29)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 0};
}  // namespace m0031

// Model 32 (sequential): Activation, Dense, Reshape
namespace m0032 {
using type = sequential<
    ctnn::input<32>,
    ctnn::activation_layer<ctnn::activation::selu>,
    ctnn::reshape<4, -1>,
    ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>,
    ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>,
    ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>,
    ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0032

// Model 33 (sequential): Conv2D, ELU, LeakyReLU, Rescaling
namespace m0033 {
using type = sequential<
    ctnn::input<4, 9, 1>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::leaky_relu<0.5>,
    ctnn::elu<2.0>,
    ctnn::rescaling<-1.0, 0.0>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 6, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 2}, .activation = ctnn::activation::elu, .use_bias = true}>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0033

// Model 34 (functional): Activation, Concatenate, Conv2D, Conv2DTranspose, Dense, Embedding, Flatten, Multiply, Softmax
namespace m0034 {
inline constexpr auto v0 = ctnn::input<1>{};
inline constexpr auto v1 = v0 | ctnn::embedding<3, 1>{};
inline constexpr auto v2 = ctnn::input<7, 10, 8>{};
inline constexpr auto v3 = v1 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v4 = v1 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v5 = ctnn::concatenate<-1>{}(v3, v4);
inline constexpr auto v6 = v5 | ctnn::softmax<-1>{};
inline constexpr auto v7 = ctnn::multiply{}(v5, v6);
inline constexpr auto v8 = v2 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v9 = ctnn::multiply{}(v2, v8);
inline constexpr auto v10 = v9 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v11 = ctnn::multiply{}(v9, v10);
inline constexpr auto v12 = v11 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v13 = v12 | ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 13, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v14 = v13 | ctnn::activation_layer<ctnn::activation::gelu>{};
inline constexpr auto v15 = v14 | ctnn::activation_layer<ctnn::activation::elu>{};
inline constexpr auto v16 = v7 | ctnn::flatten{};
inline constexpr auto v17 = v16 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v18 = v15 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v20 = ctnn::concatenate<-1>{}(v17, v19);
using type = decltype(functional(inputs(v0, v2), v20));
inline constexpr std::array<std::size_t, 21> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20)};
inline constexpr std::array<std::size_t, 2> labels{3, 0};
}  // namespace m0034

// Model 35 (functional): Activation, Add, BatchNormalization, Conv2D, Dense, Dropout, Flatten, LeakyReLU, Multiply, Rescaling, Softmax, UpSampling2D; twin
namespace m0035 {
inline constexpr auto v0 = ctnn::input<9, 7, 1>{};
inline constexpr auto v1 = ctnn::input<4, 2, 5>{};
inline constexpr auto v2 = v0 | ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v3 = ctnn::multiply{}(v0, v2);
inline constexpr auto v4 = v3 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 8, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v5 = v3 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 8, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::selu, .use_bias = true}>, 1>{};
inline constexpr auto v6 = ctnn::add{}(v4, v5);
inline constexpr auto v7 = v6 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 4, .kernel_size = {4, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v8 = v6 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 4, .kernel_size = {4, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = false}>, 1>{};
inline constexpr auto v9 = ctnn::add{}(v7, v8);
inline constexpr auto v10 = v1 | ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {3, 3}, .interpolation = ctnn::interpolation::nearest}>{};
inline constexpr auto v11 = v10 | ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {1, 1}, .interpolation = ctnn::interpolation::nearest}>{};
inline constexpr auto v12 = v11 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v13 = v12 | ctnn::dropout<0.25>{};
inline constexpr auto v14 = v13 | ctnn::activation_layer<ctnn::activation::relu6>{};
inline constexpr auto v15 = v14 | ctnn::dropout<0.25>{};
inline constexpr auto v16 = v15 | ctnn::rescaling<0.1, -1.0>{};
inline constexpr auto v17 = v16 | ctnn::dropout<0.5>{};
inline constexpr auto v18 = v17 | ctnn::leaky_relu<0.3>{};
inline constexpr auto v19 = v18 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = false, .scale = true}>{};
inline constexpr auto v20 = v19 | ctnn::softmax<-2>{};
inline constexpr auto v21 = v9 | ctnn::flatten{};
inline constexpr auto v22 = v21 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v23 = v20 | ctnn::flatten{};
inline constexpr auto v24 = v23 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v25 = ctnn::add{}(v22, v24);
inline constexpr auto v26 = v25 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = false}>{};
inline constexpr auto v27 = v26 | ctnn::dense<10, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
using type = decltype(functional(inputs(v0, v1), v27));
inline constexpr std::array<std::size_t, 28> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0035

// Model 36 (sequential): Activation, Conv2DTranspose, ELU, LeakyReLU, Rescaling, ZeroPadding2D
namespace m0036 {
using type = sequential<
    ctnn::input<10, 3, 8>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 4, .kernel_size = {2, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .output_padding = {0, 0}, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::activation_layer<ctnn::activation::silu>,
    ctnn::rescaling<-1.0, 0.0>,
    ctnn::activation_layer<ctnn::activation::sigmoid>,
    ctnn::zero_padding2d<ctnn::zero_padding2d_opts{.top = 1, .bottom = 1, .left = 1, .right = 1}>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 5, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 2}, .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::leaky_relu<0.01>,
    ctnn::elu<0.5>,
    ctnn::elu<0.5>>;
inline constexpr std::array<std::size_t, 10> positions = sequence<10>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0036

// Model 37 (sequential): Conv2D, Cropping2D, Reshape
namespace m0037 {
using type = sequential<
    ctnn::input<8, 7, 5>,
    ctnn::reshape<5, 14, -1>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 15, .kernel_size = {4, 2}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::sigmoid, .use_bias = true}>,
    ctnn::cropping2d<ctnn::cropping2d_opts{.top = 1, .bottom = 0, .left = 2, .right = 1}>>;
inline constexpr std::array<std::size_t, 4> positions = sequence<4>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0037

// Model 38 (sequential): Activation, Dense, ELU, LeakyReLU, MaxPooling2D, ReLU
namespace m0038 {
using type = sequential<
    ctnn::input<7, 5, 6>,
    ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>,
    ctnn::leaky_relu<0.2>,
    ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 2}, .strides = {1, 2}, .padding = ctnn::padding::valid}>,
    ctnn::activation_layer<ctnn::activation::silu>,
    ctnn::relu<ctnn::relu_opts{.max_value = 0.5}>,
    ctnn::dense<10, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::elu<1.0>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0038

// Model 39 (sequential): Activation, AveragePooling2D, BatchNormalization, Dense, Dropout, ELU, LeakyReLU, Rescaling
namespace m0039 {
using type = sequential<
    ctnn::input<2, 3, 4>,
    ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 3}, .strides = {1, 3}, .padding = ctnn::padding::same}>,
    ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid}>,
    ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::rescaling<0.1, 0.25>,
    ctnn::activation_layer<ctnn::activation::sigmoid>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>,
    ctnn::dropout<0.5>,
    ctnn::leaky_relu<0.3>,
    ctnn::elu<0.5>>;
inline constexpr std::array<std::size_t, 10> positions = sequence<10>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0039

// Model 40 (sequential): Conv2D, ELU, GlobalAveragePooling2D, LeakyReLU, ReLU
namespace m0040 {
using type = sequential<
    ctnn::input<10, 1, 3>,
    ctnn::elu<0.5>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh, .use_bias = true}>,
    ctnn::global_average_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>,
    ctnn::elu<0.5>,
    ctnn::leaky_relu<0.01>,
    ctnn::elu<0.5>,
    ctnn::relu<ctnn::relu_opts{.max_value = 1.0}>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0040

// Model 41 (sequential): Activation, BatchNormalization, Dense, Dropout, GlobalAveragePooling2D, GlobalMaxPooling2D, LeakyReLU, Rescaling
namespace m0041 {
using type = sequential<
    ctnn::input<2, 10, 8>,
    ctnn::global_average_pooling2d<ctnn::global_pooling2d_opts{.keepdims = true}>,
    ctnn::leaky_relu<0.3>,
    ctnn::global_max_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>,
    ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::selu, .use_bias = false}>,
    ctnn::dense<14, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>,
    ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = false}>,
    ctnn::dropout<0.5>,
    ctnn::activation_layer<ctnn::activation::softmax>,
    ctnn::dropout<0.25>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.01, .center = true, .scale = true}>,
    ctnn::leaky_relu<0.3>,
    ctnn::rescaling<0.1, 0.0>>;
inline constexpr std::array<std::size_t, 13> positions = sequence<13>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0041

// Model 42 (sequential): Activation, Flatten, UpSampling2D
namespace m0042 {
using type = sequential<
    ctnn::input<5, 9, 3>,
    ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {1, 1}, .interpolation = ctnn::interpolation::nearest}>,
    ctnn::activation_layer<ctnn::activation::elu>,
    ctnn::flatten>;
inline constexpr std::array<std::size_t, 4> positions = sequence<4>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0042

// Model 43 (sequential): LeakyReLU
namespace m0043 {
using type = sequential<
    ctnn::input<28>,
    ctnn::leaky_relu<0.3>,
    ctnn::leaky_relu<0.01>>;
inline constexpr std::array<std::size_t, 3> positions = sequence<3>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0043

// Model 44 (functional): Activation, Add, Concatenate, Conv2D, Dense, Dropout, ELU, Embedding, Flatten, LeakyReLU, Multiply, ReLU, Rescaling
namespace m0044 {
inline constexpr auto v0 = ctnn::input<6, 10, 3>{};
inline constexpr auto v1 = ctnn::input<3>{};
inline constexpr auto v2 = v1 | ctnn::embedding<10, 1>{};
inline constexpr auto v3 = v0 | ctnn::leaky_relu<0.0>{};
inline constexpr auto v4 = v3 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 3, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v5 = ctnn::add{}(v0, v4);
inline constexpr auto v6 = v5 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 11, .kernel_size = {3, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v7 = v6 | ctnn::dropout<0.1>{};
inline constexpr auto v8 = v7 | ctnn::activation_layer<ctnn::activation::leaky_relu>{};
inline constexpr auto v9 = v8 | ctnn::elu<1.0>{};
inline constexpr auto v10 = v9 | ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>{};
inline constexpr auto v11 = v2 | ctnn::rescaling<2.0, 0.0>{};
inline constexpr auto v12 = ctnn::add{}(v2, v11);
inline constexpr auto v13 = v12 | ctnn::dense<12, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v14 = v12 | ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v15 = ctnn::concatenate<-1>{}(v13, v14);
inline constexpr auto v16 = v15 | ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.5}>{};
inline constexpr auto v17 = v16 | ctnn::relu<ctnn::relu_opts{.negative_slope = 0.5}>{};
inline constexpr auto v18 = v17 | ctnn::dropout<0.25>{};
inline constexpr auto v19 = v10 | ctnn::flatten{};
inline constexpr auto v20 = v19 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v21 = v18 | ctnn::flatten{};
inline constexpr auto v22 = v21 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v23 = ctnn::multiply{}(v20, v22);
inline constexpr auto v24 = v23 | ctnn::relu<ctnn::relu_opts{.negative_slope = 0.1}>{};
using type = decltype(functional(inputs(v0, v1), v24));
inline constexpr std::array<std::size_t, 25> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24)};
inline constexpr std::array<std::size_t, 2> labels{0, 10};
}  // namespace m0044

// Model 45 (sequential): Activation, BatchNormalization, Conv2D, Dense, ELU, GroupNormalization, LeakyReLU
namespace m0045 {
using type = sequential<
    ctnn::input<2, 5, 2>,
    ctnn::elu<0.5>,
    ctnn::activation_layer<ctnn::activation::linear>,
    ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 2, .epsilon = 1e-05, .center = false, .scale = true}>,
    ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = false}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 11, .kernel_size = {1, 1}, .strides = {2, 2}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::relu, .use_bias = false}>,
    ctnn::leaky_relu<0.2>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0045

// Model 46 (functional): Add, Concatenate, Conv2D, Cropping2D, Dense, Flatten, GroupNormalization, LeakyReLU, Multiply, Softmax; twin
namespace m0046 {
inline constexpr auto v0 = ctnn::input<10, 10, 2>{};
inline constexpr auto v1 = ctnn::input<1, 5, 7>{};
inline constexpr auto v2 = ctnn::input<1, 3, 5>{};
inline constexpr auto v3 = v0 | ctnn::softmax<-1>{};
inline constexpr auto v4 = v3 | ctnn::group_normalization<ctnn::group_normalization_opts{.groups = -1, .epsilon = 1e-05, .center = true, .scale = false}>{};
inline constexpr auto v5 = v4 | ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 2, .epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v6 = v1 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 0, .bottom = 0, .left = 1, .right = 2}>{};
inline constexpr auto v7 = ctnn::concatenate<2>{}(v1, v6);
inline constexpr auto v8 = v7 | ctnn::softmax<2>{};
inline constexpr auto v9 = v8 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v10 = v9 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v11 = ctnn::add{}(v7, v10);
inline constexpr auto v12 = v11 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 8, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 2}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v13 = v11 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 8, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {2, 2}, .activation = ctnn::activation::linear, .use_bias = true}>, 1>{};
inline constexpr auto v14 = ctnn::multiply{}(v12, v13);
inline constexpr auto v15 = v2 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v16 = v2 | layer_id<ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>, 1>{};
inline constexpr auto v17 = ctnn::concatenate<-1>{}(v15, v16);
inline constexpr auto v18 = v5 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v20 = v14 | ctnn::flatten{};
inline constexpr auto v21 = v20 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v22 = v17 | ctnn::flatten{};
inline constexpr auto v23 = v22 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v24 = ctnn::add{}(v19, v21, v23);
inline constexpr auto v25 = v24 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v26 = v25 | ctnn::leaky_relu<0.1>{};
using type = decltype(functional(inputs(v0, v1, v2), v26));
inline constexpr std::array<std::size_t, 27> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 0};
}  // namespace m0046

// Model 47 (functional): Concatenate, Conv2D, Dense, ELU, Flatten, LayerNormalization, LeakyReLU, Multiply, PReLU
namespace m0047 {
inline constexpr auto v0 = ctnn::input<16>{};
inline constexpr auto v1 = ctnn::input<10, 3, 4>{};
inline constexpr auto v2 = ctnn::input<4, 3>{};
inline constexpr auto v3 = v0 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v4 = v0 | ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v5 = ctnn::concatenate<-1>{}(v3, v4);
inline constexpr auto v6 = v5 | ctnn::leaky_relu<0.2>{};
inline constexpr auto v7 = v6 | ctnn::elu<1.0>{};
inline constexpr auto v8 = v7 | ctnn::prelu<1>{};
inline constexpr auto v9 = ctnn::multiply{}(v5, v8);
inline constexpr auto v10 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v11 = v10 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = {1, 2, 3}, .epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v12 = v11 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v13 = v12 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {3, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v14 = ctnn::multiply{}(v10, v13);
inline constexpr auto v15 = v14 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 3}, .activation = ctnn::activation::relu6, .use_bias = false}>{};
inline constexpr auto v16 = v14 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v17 = ctnn::concatenate<3>{}(v15, v16);
inline constexpr auto v18 = v2 | ctnn::dense<16, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v19 = v9 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>{};
inline constexpr auto v20 = v17 | ctnn::flatten{};
inline constexpr auto v21 = v20 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v22 = v18 | ctnn::flatten{};
inline constexpr auto v23 = v22 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v24 = ctnn::multiply{}(v19, v21, v23);
using type = decltype(functional(inputs(v0, v1, v2), v24));
inline constexpr std::array<std::size_t, 25> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 0};
}  // namespace m0047

// Model 48 (sequential): BatchNormalization
namespace m0048 {
using type = sequential<
    ctnn::input<9, 7, 5>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>>;
inline constexpr std::array<std::size_t, 3> positions = sequence<3>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0048

// Model 49 (sequential): LayerNormalization, PReLU, Reshape
namespace m0049 {
using type = sequential<
    ctnn::input<9, 5, 8>,
    ctnn::prelu<1, 2>,
    ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = true, .scale = false}>,
    ctnn::reshape<8, 45>,
    ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = false, .scale = true}>>;
inline constexpr std::array<std::size_t, 5> positions = sequence<5>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0049

const model_case cases[] = {
    {25, "functional", "BatchNormalization,Concatenate,Dense,Embedding,Flatten,LeakyReLU,Multiply,ReLU,again", "LeakyReLU", &run_model<m0025::type, m0025::positions, m0025::labels>},
    {26, "sequential", "Activation,Embedding,GaussianDropout,LeakyReLU,Reshape,Softmax", "LeakyReLU", &run_model<m0026::type, m0026::positions, m0026::labels>},
    {27, "functional", "Activation,BatchNormalization,Concatenate,Conv2D,Cropping2D,Dense,Dropout,Flatten,MaxPooling2D,again,twin", "Concatenate", &run_model<m0027::type, m0027::positions, m0027::labels>},
    {28, "functional", "Add,Conv2D,Dense,Flatten,GroupNormalization,LeakyReLU,Multiply,again", "Add", &run_model<m0028::type, m0028::positions, m0028::labels>},
    {29, "functional", "Activation,Add,BatchNormalization,Concatenate,Dense,ELU,Embedding,Flatten,LeakyReLU,Multiply,PReLU,ReLU,Rescaling", "LeakyReLU", &run_model<m0029::type, m0029::positions, m0029::labels>},
    {30, "functional", "Activation,Add,BatchNormalization,Concatenate,Dense,Dropout,LeakyReLU,Multiply,Rescaling,again,twin", "Concatenate", &run_model<m0030::type, m0030::positions, m0030::labels>},
    {31, "functional", "Add,BatchNormalization,Concatenate,Conv2D,Conv2DTranspose,Dense,ELU,Flatten,LeakyReLU,Multiply,ReLU,Rescaling,Reshape,again,twin", "Multiply", &run_model<m0031::type, m0031::positions, m0031::labels>},
    {32, "sequential", "Activation,Dense,Reshape", "Dense", &run_model<m0032::type, m0032::positions, m0032::labels>},
    {33, "sequential", "Conv2D,ELU,LeakyReLU,Rescaling", "Conv2D", &run_model<m0033::type, m0033::positions, m0033::labels>},
    {34, "functional", "Activation,Concatenate,Conv2D,Conv2DTranspose,Dense,Embedding,Flatten,Multiply,Softmax", "Concatenate", &run_model<m0034::type, m0034::positions, m0034::labels>},
    {35, "functional", "Activation,Add,BatchNormalization,Conv2D,Dense,Dropout,Flatten,LeakyReLU,Multiply,Rescaling,Softmax,UpSampling2D,twin", "Dense", &run_model<m0035::type, m0035::positions, m0035::labels>},
    {36, "sequential", "Activation,Conv2DTranspose,ELU,LeakyReLU,Rescaling,ZeroPadding2D", "ELU", &run_model<m0036::type, m0036::positions, m0036::labels>},
    {37, "sequential", "Conv2D,Cropping2D,Reshape", "Cropping2D", &run_model<m0037::type, m0037::positions, m0037::labels>},
    {38, "sequential", "Activation,Dense,ELU,LeakyReLU,MaxPooling2D,ReLU", "ELU", &run_model<m0038::type, m0038::positions, m0038::labels>},
    {39, "sequential", "Activation,AveragePooling2D,BatchNormalization,Dense,Dropout,ELU,LeakyReLU,Rescaling", "ELU", &run_model<m0039::type, m0039::positions, m0039::labels>},
    {40, "sequential", "Conv2D,ELU,GlobalAveragePooling2D,LeakyReLU,ReLU", "ReLU", &run_model<m0040::type, m0040::positions, m0040::labels>},
    {41, "sequential", "Activation,BatchNormalization,Dense,Dropout,GlobalAveragePooling2D,GlobalMaxPooling2D,LeakyReLU,Rescaling", "Rescaling", &run_model<m0041::type, m0041::positions, m0041::labels>},
    {42, "sequential", "Activation,Flatten,UpSampling2D", "Flatten", &run_model<m0042::type, m0042::positions, m0042::labels>},
    {43, "sequential", "LeakyReLU", "LeakyReLU", &run_model<m0043::type, m0043::positions, m0043::labels>},
    {44, "functional", "Activation,Add,Concatenate,Conv2D,Dense,Dropout,ELU,Embedding,Flatten,LeakyReLU,Multiply,ReLU,Rescaling", "ReLU", &run_model<m0044::type, m0044::positions, m0044::labels>},
    {45, "sequential", "Activation,BatchNormalization,Conv2D,Dense,ELU,GroupNormalization,LeakyReLU", "BatchNormalization", &run_model<m0045::type, m0045::positions, m0045::labels>},
    {46, "functional", "Add,Concatenate,Conv2D,Cropping2D,Dense,Flatten,GroupNormalization,LeakyReLU,Multiply,Softmax,twin", "LeakyReLU", &run_model<m0046::type, m0046::positions, m0046::labels>},
    {47, "functional", "Concatenate,Conv2D,Dense,ELU,Flatten,LayerNormalization,LeakyReLU,Multiply,PReLU", "Multiply", &run_model<m0047::type, m0047::positions, m0047::labels>},
    {48, "sequential", "BatchNormalization", "BatchNormalization", &run_model<m0048::type, m0048::positions, m0048::labels>},
    {49, "sequential", "LayerNormalization,PReLU,Reshape", "LayerNormalization", &run_model<m0049::type, m0049::positions, m0049::labels>},
};
[[maybe_unused]] const bool registered = register_cases(cases);
}  // namespace random_models::set_25_25
