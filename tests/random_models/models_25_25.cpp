// Models 25 to 49 of the random set 20261129, written by scripts/random_models.py:
//   scripts/random_models.py emit --seed 20261129 --first 25 --count 25 --out <this file>
// Do not edit: change the script and write the file again (ctest random_models.generated_source.* checks the suite's).
#include "random_models.hpp"

namespace random_models::set_25_25 {
using namespace ctnn;

// Model 25 (functional): BatchNormalization, Concatenate, Dense, Embedding, Flatten, LeakyReLU, Multiply, ReLU; again
namespace m0025 {
inline constexpr auto v0 = input<1>{};
inline constexpr auto v1 = v0 | embedding<7, 11>{};
inline constexpr auto v2 = v1 | flatten{};
inline constexpr auto v3 = multiply{}(v2, again(v2));
inline constexpr auto v4 = v3 | dense<1, dense_opts{.activation = activation::gelu}>{};
inline constexpr auto v5 = v3 | dense<8, dense_opts{.activation = activation::gelu}>{};
inline constexpr auto v6 = concatenate<>{}(v4, v5);
inline constexpr auto v7 = v6 | dense<8>{};
inline constexpr auto v8 = v7 | relu<relu_opts{.max_value = 1.0}>{};
inline constexpr auto v9 = v8 | batch_normalization<>{};
inline constexpr auto v10 = v9 | relu<relu_opts{.max_value = 1.0}>{};
inline constexpr auto v11 = v10 | leaky_relu<0.1>{};
using type = decltype(functional(inputs(v0), v11));
inline constexpr std::array<std::size_t, 12> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11)};
inline constexpr std::array<std::size_t, 1> labels{7};
}  // namespace m0025

// Model 26 (sequential): Activation, Embedding, GaussianDropout, LeakyReLU, Reshape, Softmax
namespace m0026 {
using type = sequential<
    input<3>,
    embedding<8, 13>,
    leaky_relu<0.0>,
    gaussian_dropout<0.25>,
    softmax<>,
    reshape<3, 1, 13>,
    activation_layer<activation::relu>,
    leaky_relu<0.0>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{8};
}  // namespace m0026

// Model 27 (functional): Activation, Concatenate, Conv2D, Dense, MaxPooling2D, Multiply, Rescaling; twin
namespace m0027 {
inline constexpr auto v0 = input<6, 7, 7>{};
inline constexpr auto v1 = v0 | conv2d<conv2d_opts{.filters = 4, .kernel_size = 2, .padding = padding::same}>{};
inline constexpr auto v2 = v0 | layer_id<conv2d<conv2d_opts{.filters = 4, .kernel_size = 2, .padding = padding::same}>, 1>{};
inline constexpr auto v3 = multiply{}(v1, v2);
inline constexpr auto v4 = v3 | dense<4, dense_opts{.activation = activation::tanh}>{};
inline constexpr auto v5 = v4 | conv2d<conv2d_opts{.filters = 4, .kernel_size = 1, .padding = padding::same}>{};
inline constexpr auto v6 = v5 | rescaling<0.5, 0.25>{};
inline constexpr auto v7 = multiply{}(v3, v6);
inline constexpr auto v8 = v7 | conv2d<conv2d_opts{.filters = 3, .kernel_size = 2, .padding = padding::same, .activation = activation::silu}>{};
inline constexpr auto v9 = v7 | max_pooling2d<pooling2d_opts{.strides = 1, .padding = padding::same}>{};
inline constexpr auto v10 = concatenate<>{}(v8, v9);
inline constexpr auto v11 = v10 | dense<3, dense_opts{.activation = activation::elu}>{};
inline constexpr auto v12 = v11 | activation_layer<activation::linear>{};
using type = decltype(functional(inputs(v0), v12));
inline constexpr std::array<std::size_t, 13> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0027

// Model 28 (functional): Add, Concatenate, Conv2D, Dense, Flatten, GaussianDropout, LayerNormalization, LeakyReLU, ReLU; twin
namespace m0028 {
inline constexpr auto v0 = input<9, 5, 4>{};
inline constexpr auto v1 = input<11>{};
inline constexpr auto v2 = v0 | conv2d<conv2d_opts{.filters = 4, .kernel_size = 3, .padding = padding::same, .activation = activation::selu}>{};
inline constexpr auto v3 = v2 | leaky_relu<0.5>{};
inline constexpr auto v4 = v3 | dense<4, dense_opts{.activation = activation::softplus}>{};
inline constexpr auto v5 = add{}(v0, v4);
inline constexpr auto v6 = v1 | layer_normalization<layer_normalization_opts{.axis = {1}, .scale = false}>{};
inline constexpr auto v7 = v6 | dense<4>{};
inline constexpr auto v8 = v6 | layer_id<dense<4>, 1>{};
inline constexpr auto v9 = concatenate<>{}(v7, v8);
inline constexpr auto v10 = v9 | relu<relu_opts{.max_value = 1.0}>{};
inline constexpr auto v11 = add{}(v9, v10);
inline constexpr auto v12 = v5 | flatten{};
inline constexpr auto v13 = v12 | dense<7>{};
inline constexpr auto v14 = v11 | dense<7, dense_opts{.activation = activation::gelu}>{};
inline constexpr auto v15 = concatenate<>{}(v13, v14);
inline constexpr auto v16 = v15 | gaussian_dropout<0.1>{};
using type = decltype(functional(inputs(v0, v1), v16));
inline constexpr std::array<std::size_t, 17> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0028

// Model 29 (functional): Activation, Add, BatchNormalization, Concatenate, Dense, ELU, Embedding, Flatten, LeakyReLU, Multiply, ReLU, Rescaling
namespace m0029 {
inline constexpr auto v0 = input<4>{};
inline constexpr auto v1 = v0 | embedding<7, 3>{};
inline constexpr auto v2 = input<22>{};
inline constexpr auto v3 = v1 | batch_normalization<>{};
inline constexpr auto v4 = add{}(v1, v3);
inline constexpr auto v5 = v4 | rescaling<0.00784313725490196, 0.25>{};
inline constexpr auto v6 = v5 | relu<relu_opts{.max_value = 1.0}>{};
inline constexpr auto v7 = v6 | dense<11, dense_opts{.activation = activation::elu}>{};
inline constexpr auto v8 = v7 | activation_layer<activation::relu6>{};
inline constexpr auto v9 = v8 | relu<relu_opts{.max_value = 6.0}>{};
inline constexpr auto v10 = v9 | activation_layer<activation::leaky_relu>{};
inline constexpr auto v11 = v10 | elu<>{};
inline constexpr auto v12 = v11 | leaky_relu<0.5>{};
inline constexpr auto v13 = v2 | dense<9, dense_opts{.activation = activation::sigmoid}>{};
inline constexpr auto v14 = v2 | dense<13, dense_opts{.activation = activation::softplus}>{};
inline constexpr auto v15 = concatenate<>{}(v13, v14);
inline constexpr auto v16 = v15 | dense<22, dense_opts{.activation = activation::selu}>{};
inline constexpr auto v17 = add{}(v15, v16);
inline constexpr auto v18 = v12 | flatten{};
inline constexpr auto v19 = v18 | dense<7, dense_opts{.activation = activation::leaky_relu}>{};
inline constexpr auto v20 = v17 | dense<7>{};
inline constexpr auto v21 = multiply{}(v19, v20);
using type = decltype(functional(inputs(v0, v2), v21));
inline constexpr std::array<std::size_t, 22> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21)};
inline constexpr std::array<std::size_t, 2> labels{7, 0};
}  // namespace m0029

// Model 30 (functional): Add, Concatenate, Dense, LeakyReLU; twin
namespace m0030 {
inline constexpr auto v0 = input<9>{};
inline constexpr auto v1 = input<9>::id<1>{};
inline constexpr auto v2 = v0 | dense<15, dense_opts{.activation = activation::relu6}>{};
inline constexpr auto v3 = v0 | layer_id<dense<15, dense_opts{.activation = activation::relu6}>, 1>{};
inline constexpr auto v4 = add{}(v2, v3);
inline constexpr auto v5 = v4 | dense<15, dense_opts{.activation = activation::silu}>{};
inline constexpr auto v6 = v5 | dense<15, dense_opts{.activation = activation::sigmoid}>{};
inline constexpr auto v7 = v6 | dense<15, dense_opts{.activation = activation::leaky_relu}>{};
inline constexpr auto v8 = add{}(v4, v7);
inline constexpr auto v9 = v1 | dense<11>{};
inline constexpr auto v10 = v9 | leaky_relu<0.01>{};
inline constexpr auto v11 = concatenate<1>{}(v8, v10);
using type = decltype(functional(inputs(v0, v1), v11));
inline constexpr std::array<std::size_t, 12> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0030

// Model 31 (functional): Add, BatchNormalization, Conv2D, Conv2DTranspose, Dense, Dropout, ELU, Flatten, LeakyReLU, Multiply, PReLU, Softmax; again
namespace m0031 {
inline constexpr auto v0 = input<9, 8, 8>{};
inline constexpr auto v1 = input<9, 9, 5>{};
inline constexpr auto v2 = input<6, 7, 7>{};
inline constexpr auto v3 = v0 | conv2d_transpose<conv2d_transpose_opts{.filters = 2, .kernel_size = {2, 1}, .dilation_rate = {1, 2}, .activation = activation::gelu}>{};
inline constexpr auto v4 = v3 | dense<2, dense_opts{.activation = activation::leaky_relu}>{};
inline constexpr auto v5 = v4 | conv2d<conv2d_opts{.filters = 2, .kernel_size = 2, .padding = padding::same, .dilation_rate = {2, 1}, .use_bias = false}>{};
inline constexpr auto v6 = multiply{}(v3, v5, again(v3));
inline constexpr auto v7 = v6 | leaky_relu<>{};
inline constexpr auto v8 = multiply{}(v7, again(v7));
inline constexpr auto v9 = v1 | conv2d<conv2d_opts{.filters = 5, .kernel_size = 4, .padding = padding::same, .dilation_rate = {2, 1}}>{};
inline constexpr auto v10 = v9 | conv2d<conv2d_opts{.filters = 5, .kernel_size = 4, .padding = padding::same, .activation = activation::tanh}>{};
inline constexpr auto v11 = add{}(v1, v10);
inline constexpr auto v12 = v2 | prelu<1, 2>{};
inline constexpr auto v13 = v12 | softmax<-3>{};
inline constexpr auto v14 = multiply{}(v2, v13, v2);
inline constexpr auto v15 = v14 | conv2d<conv2d_opts{.filters = 2, .kernel_size = {2, 1}, .strides = 3, .activation = activation::gelu, .use_bias = false}>{};
inline constexpr auto v16 = v15 | dropout<0.5>{};
inline constexpr auto v17 = v16 | batch_normalization<>{};
inline constexpr auto v18 = v17 | elu<>{};
inline constexpr auto v19 = v18 | dropout<0.5>{};
inline constexpr auto v20 = v19 | leaky_relu<0.5>{};
inline constexpr auto v21 = v20 | batch_normalization<batch_normalization_opts{.epsilon = 0.01, .scale = false}>{};
inline constexpr auto v22 = multiply{}(v21, again(v21));
inline constexpr auto v23 = v8 | flatten{};
inline constexpr auto v24 = v23 | dense<1, dense_opts{.activation = activation::gelu}>{};
inline constexpr auto v25 = v11 | flatten{};
inline constexpr auto v26 = v25 | dense<1>{};
inline constexpr auto v27 = v22 | flatten{};
inline constexpr auto v28 = v27 | dense<1>{};
inline constexpr auto v29 = multiply{}(v24, v26, v28);
using type = decltype(functional(inputs(v0, v1, v2), v29));
inline constexpr std::array<std::size_t, 30> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27), position_of<type>(v28), position_of<type>(v29)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 0};
}  // namespace m0031

// Model 32 (sequential): Activation, Dense, Reshape
namespace m0032 {
using type = sequential<
    input<32>,
    activation_layer<activation::selu>,
    reshape<4, -1>,
    dense<14>,
    dense<12, dense_opts{.activation = activation::softplus}>,
    dense<14, dense_opts{.activation = activation::gelu}>,
    dense<7, dense_opts{.activation = activation::silu}>,
    dense<9, dense_opts{.activation = activation::relu6}>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0032

// Model 33 (sequential): Conv2D, Dropout, ELU, ReLU, Rescaling
namespace m0033 {
using type = sequential<
    input<4, 9, 1>,
    conv2d<conv2d_opts{.filters = 3, .kernel_size = 1, .padding = padding::same, .activation = activation::sigmoid}>,
    relu<>,
    elu<2.0>,
    rescaling<-1.0>,
    dropout<0.1>,
    relu<relu_opts{.max_value = 0.5, .negative_slope = 0.1}>,
    elu<2.0>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0033

// Model 34 (functional): Add, BatchNormalization, Concatenate, Conv2DTranspose, Dense, Dropout, Embedding, Flatten, Multiply, ReLU, Reshape, Softmax; again
namespace m0034 {
inline constexpr auto v0 = input<1>{};
inline constexpr auto v1 = v0 | embedding<3, 1>{};
inline constexpr auto v2 = input<7, 10, 8>{};
inline constexpr auto v3 = v1 | dense<14>{};
inline constexpr auto v4 = v1 | dense<5>{};
inline constexpr auto v5 = concatenate<>{}(v3, v4);
inline constexpr auto v6 = v5 | softmax<>{};
inline constexpr auto v7 = multiply{}(v5, v6);
inline constexpr auto v8 = v2 | dense<8>{};
inline constexpr auto v9 = multiply{}(v2, v8);
inline constexpr auto v10 = v9 | dense<12, dense_opts{.activation = activation::selu}>{};
inline constexpr auto v11 = v10 | conv2d_transpose<conv2d_transpose_opts{.filters = 14, .kernel_size = 4, .padding = padding::same, .activation = activation::selu, .use_bias = false}>{};
inline constexpr auto v12 = v11 | relu<>{};
inline constexpr auto v13 = v12 | dropout<0.1>{};
inline constexpr auto v14 = add{}(v13, again(v13));
inline constexpr auto v15 = v7 | flatten{};
inline constexpr auto v16 = v15 | dense<16, dense_opts{.activation = activation::gelu}>{};
inline constexpr auto v17 = v14 | flatten{};
inline constexpr auto v18 = v17 | dense<16, dense_opts{.activation = activation::softplus}>{};
inline constexpr auto v19 = add{}(v16, v18);
inline constexpr auto v20 = v19 | reshape<16, 1>{};
inline constexpr auto v21 = v20 | batch_normalization<batch_normalization_opts{.center = false, .scale = false}>{};
using type = decltype(functional(inputs(v0, v2), v21));
inline constexpr std::array<std::size_t, 22> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21)};
inline constexpr std::array<std::size_t, 2> labels{3, 0};
}  // namespace m0034

// Model 35 (sequential): Conv2D, GlobalAveragePooling2D, Reshape, UpSampling2D
namespace m0035 {
using type = sequential<
    input<7, 8>,
    reshape<2, 14, 2>,
    upsampling2d<upsampling2d_opts{.size = 1}>,
    conv2d<conv2d_opts{.filters = 11, .kernel_size = 2, .strides = 3, .use_bias = false}>,
    conv2d<conv2d_opts{.filters = 3, .kernel_size = {1, 2}, .strides = 3, .activation = activation::leaky_relu}>,
    global_average_pooling2d<>>;
inline constexpr std::array<std::size_t, 6> positions = sequence<6>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0035

// Model 36 (functional): Concatenate, Cropping2D, Dense, Flatten, GaussianNoise, LeakyReLU, Multiply, ZeroPadding2D
namespace m0036 {
inline constexpr auto v0 = input<7>{};
inline constexpr auto v1 = input<8, 5, 4>{};
inline constexpr auto v2 = v0 | leaky_relu<>{};
inline constexpr auto v3 = v1 | cropping2d<cropping2d_opts{.right = 1}>{};
inline constexpr auto v4 = concatenate<2>{}(v1, v3);
inline constexpr auto v5 = v4 | zero_padding2d<zero_padding2d_opts{.top = 1, .bottom = 1, .left = 1, .right = 2}>{};
inline constexpr auto v6 = v5 | gaussian_noise<0.1>{};
inline constexpr auto v7 = v2 | dense<16, dense_opts{.activation = activation::gelu}>{};
inline constexpr auto v8 = v6 | flatten{};
inline constexpr auto v9 = v8 | dense<16, dense_opts{.activation = activation::selu}>{};
inline constexpr auto v10 = multiply{}(v7, v9);
using type = decltype(functional(inputs(v0, v1), v10));
inline constexpr std::array<std::size_t, 11> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0036

// Model 37 (sequential): AveragePooling2D, Cropping2D, MaxPooling2D, PReLU, ReLU, Rescaling, Reshape
namespace m0037 {
using type = sequential<
    input<5, 7, 5>,
    max_pooling2d<pooling2d_opts{.pool_size = 1, .padding = padding::same}>,
    rescaling<-1.0, 0.25>,
    prelu<1, 2, 3>,
    average_pooling2d<pooling2d_opts{.pool_size = 1}>,
    cropping2d<cropping2d_opts{.top = 2, .bottom = 2, .left = 1, .right = 2}>,
    reshape<1, 5, 4>,
    relu<relu_opts{.max_value = 0.5, .negative_slope = 0.5}>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0037

// Model 38 (sequential): Activation, Dense, ELU, LeakyReLU, MaxPooling2D, ReLU
namespace m0038 {
using type = sequential<
    input<7, 5, 6>,
    dense<16, dense_opts{.activation = activation::sigmoid}>,
    leaky_relu<0.2>,
    max_pooling2d<pooling2d_opts{.pool_size = {1, 2}}>,
    activation_layer<activation::silu>,
    relu<relu_opts{.max_value = 0.5}>,
    dense<10>,
    elu<>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0038

// Model 39 (sequential): Activation, AveragePooling2D, BatchNormalization, Dense, Dropout, ELU, LeakyReLU, Rescaling
namespace m0039 {
using type = sequential<
    input<2, 3, 4>,
    average_pooling2d<pooling2d_opts{.pool_size = {1, 3}, .padding = padding::same}>,
    average_pooling2d<pooling2d_opts{.pool_size = 1}>,
    dense<3>,
    rescaling<0.1, 0.25>,
    activation_layer<activation::sigmoid>,
    batch_normalization<>,
    dropout<0.5>,
    leaky_relu<>,
    elu<0.5>>;
inline constexpr std::array<std::size_t, 10> positions = sequence<10>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0039

// Model 40 (sequential): BatchNormalization, Conv2D, Dense, ELU, GlobalAveragePooling2D, ReLU, Reshape
namespace m0040 {
using type = sequential<
    input<10, 1, 3>,
    elu<0.5>,
    conv2d<conv2d_opts{.filters = 4, .kernel_size = 1, .activation = activation::softmax}>,
    global_average_pooling2d<>,
    elu<>,
    dense<2, dense_opts{.activation = activation::gelu}>,
    elu<0.5>,
    relu<relu_opts{.max_value = 1.0}>,
    reshape<1, 2, 1>,
    batch_normalization<batch_normalization_opts{.epsilon = 1e-05, .center = false}>>;
inline constexpr std::array<std::size_t, 10> positions = sequence<10>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0040

// Model 41 (sequential): Activation, BatchNormalization, Dense, Dropout, GlobalAveragePooling2D, GlobalMaxPooling2D, LeakyReLU, Rescaling
namespace m0041 {
using type = sequential<
    input<2, 10, 8>,
    global_average_pooling2d<global_pooling2d_opts{.keepdims = true}>,
    leaky_relu<>,
    global_max_pooling2d<>,
    dense<6, dense_opts{.activation = activation::selu, .use_bias = false}>,
    dense<14, dense_opts{.activation = activation::softmax}>,
    dense<3, dense_opts{.activation = activation::leaky_relu, .use_bias = false}>,
    dropout<0.5>,
    activation_layer<activation::softmax>,
    dropout<0.25>,
    batch_normalization<batch_normalization_opts{.epsilon = 0.01}>,
    leaky_relu<>,
    rescaling<0.1>>;
inline constexpr std::array<std::size_t, 13> positions = sequence<13>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0041

// Model 42 (sequential): Activation, Conv2DTranspose, LeakyReLU, Rescaling, ZeroPadding2D
namespace m0042 {
using type = sequential<
    input<3, 9, 8>,
    zero_padding2d<zero_padding2d_opts{.top = 1, .bottom = 0, .left = 2, .right = 1}>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 4, .activation = activation::softmax}>,
    leaky_relu<>,
    activation_layer<activation::elu>,
    rescaling<0.1>,
    rescaling<2.0, 0.25>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0042

// Model 43 (sequential): LeakyReLU
namespace m0043 {
using type = sequential<
    input<28>,
    leaky_relu<>,
    leaky_relu<0.01>>;
inline constexpr std::array<std::size_t, 3> positions = sequence<3>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0043

// Model 44 (functional): Activation, Add, Conv2D, Dense, Embedding, Flatten, LeakyReLU, Multiply, ReLU, Rescaling
namespace m0044 {
inline constexpr auto v0 = input<6, 10, 3>{};
inline constexpr auto v1 = input<3>{};
inline constexpr auto v2 = v1 | embedding<10, 1>{};
inline constexpr auto v3 = v0 | leaky_relu<0.0>{};
inline constexpr auto v4 = v3 | conv2d<conv2d_opts{.filters = 3, .kernel_size = 1, .padding = padding::same}>{};
inline constexpr auto v5 = add{}(v0, v4);
inline constexpr auto v6 = v5 | conv2d<conv2d_opts{.filters = 1, .kernel_size = {3, 2}, .strides = 2}>{};
inline constexpr auto v7 = v6 | leaky_relu<0.5>{};
inline constexpr auto v8 = v7 | relu<relu_opts{.negative_slope = 0.1}>{};
inline constexpr auto v9 = v2 | activation_layer<activation::leaky_relu>{};
inline constexpr auto v10 = v9 | rescaling<0.1>{};
inline constexpr auto v11 = multiply{}(v2, v10);
inline constexpr auto v12 = v11 | rescaling<2.0>{};
inline constexpr auto v13 = add{}(v11, v12);
inline constexpr auto v14 = v8 | flatten{};
inline constexpr auto v15 = v14 | dense<12, dense_opts{.activation = activation::relu6}>{};
inline constexpr auto v16 = v13 | flatten{};
inline constexpr auto v17 = v16 | dense<12, dense_opts{.activation = activation::relu}>{};
inline constexpr auto v18 = add{}(v15, v17);
using type = decltype(functional(inputs(v0, v1), v18));
inline constexpr std::array<std::size_t, 19> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18)};
inline constexpr std::array<std::size_t, 2> labels{0, 10};
}  // namespace m0044

// Model 45 (sequential): ELU, GaussianDropout, Reshape, UpSampling2D
namespace m0045 {
using type = sequential<
    input<10, 9, 5>,
    upsampling2d<upsampling2d_opts{.size = 1}>,
    reshape<15, 10, 3>,
    elu<0.5>,
    gaussian_dropout<0.1>>;
inline constexpr std::array<std::size_t, 5> positions = sequence<5>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0045

// Model 46 (functional): Add, BatchNormalization, Concatenate, Conv2D, Cropping2D, Dense, Flatten, GroupNormalization, ReLU, Softmax; twin
namespace m0046 {
inline constexpr auto v0 = input<10, 10, 2>{};
inline constexpr auto v1 = input<1, 5, 7>{};
inline constexpr auto v2 = input<1, 3, 5>{};
inline constexpr auto v3 = v0 | softmax<>{};
inline constexpr auto v4 = v3 | group_normalization<group_normalization_opts{.groups = -1, .epsilon = 1e-05, .scale = false}>{};
inline constexpr auto v5 = v4 | group_normalization<group_normalization_opts{.groups = 2, .axis = 3, .epsilon = 1e-05}>{};
inline constexpr auto v6 = v1 | cropping2d<cropping2d_opts{.left = 1, .right = 2}>{};
inline constexpr auto v7 = concatenate<2>{}(v1, v6);
inline constexpr auto v8 = v7 | softmax<2>{};
inline constexpr auto v9 = v8 | dense<7, dense_opts{.activation = activation::elu}>{};
inline constexpr auto v10 = v9 | batch_normalization<>{};
inline constexpr auto v11 = add{}(v7, v10);
inline constexpr auto v12 = v11 | conv2d<conv2d_opts{.filters = 7, .kernel_size = 3, .padding = padding::same}>{};
inline constexpr auto v13 = v11 | layer_id<conv2d<conv2d_opts{.filters = 7, .kernel_size = 3, .padding = padding::same}>, 1>{};
inline constexpr auto v14 = concatenate<3>{}(v12, v13);
inline constexpr auto v15 = v2 | dense<5>{};
inline constexpr auto v16 = v15 | relu<relu_opts{.negative_slope = 0.1}>{};
inline constexpr auto v17 = v16 | conv2d<conv2d_opts{.filters = 5, .kernel_size = 3, .padding = padding::same, .activation = activation::silu}>{};
inline constexpr auto v18 = add{}(v2, v17);
inline constexpr auto v19 = v5 | flatten{};
inline constexpr auto v20 = v19 | dense<9>{};
inline constexpr auto v21 = v14 | flatten{};
inline constexpr auto v22 = v21 | dense<9, dense_opts{.activation = activation::relu6}>{};
inline constexpr auto v23 = v18 | flatten{};
inline constexpr auto v24 = v23 | dense<9, dense_opts{.activation = activation::softplus}>{};
inline constexpr auto v25 = concatenate<>{}(v20, v22, v24);
using type = decltype(functional(inputs(v0, v1, v2), v25));
inline constexpr std::array<std::size_t, 26> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 0};
}  // namespace m0046

// Model 47 (sequential): Conv2D, Dense, PReLU, ReLU
namespace m0047 {
using type = sequential<
    input<7, 4, 6>,
    conv2d<conv2d_opts{.filters = 3, .kernel_size = 2, .strides = 2, .padding = padding::same, .activation = activation::silu}>,
    prelu<1, 2>,
    relu<relu_opts{.negative_slope = 0.1, .threshold = 0.5}>,
    prelu<2>,
    conv2d<conv2d_opts{.filters = 1, .kernel_size = 1, .padding = padding::same, .activation = activation::leaky_relu}>,
    dense<15, dense_opts{.activation = activation::softplus}>,
    conv2d<conv2d_opts{.filters = 16, .kernel_size = 4, .padding = padding::same}>>;
inline constexpr std::array<std::size_t, 8> positions = sequence<8>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0047

// Model 48 (sequential): BatchNormalization
namespace m0048 {
using type = sequential<
    input<9, 7, 5>,
    batch_normalization<>,
    batch_normalization<>>;
inline constexpr std::array<std::size_t, 3> positions = sequence<3>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0048

// Model 49 (sequential): LayerNormalization, PReLU, Reshape
namespace m0049 {
using type = sequential<
    input<9, 5, 8>,
    prelu<1, 2>,
    layer_normalization<layer_normalization_opts{.axis = 3, .scale = false}>,
    reshape<8, 45>,
    layer_normalization<layer_normalization_opts{.center = false}>>;
inline constexpr std::array<std::size_t, 5> positions = sequence<5>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0049

const model_case cases[] = {
    {25, "functional", "BatchNormalization,Concatenate,Dense,Embedding,Flatten,LeakyReLU,Multiply,ReLU,again", "LeakyReLU", &run_model<m0025::type, m0025::positions, m0025::labels>},
    {26, "sequential", "Activation,Embedding,GaussianDropout,LeakyReLU,Reshape,Softmax", "LeakyReLU", &run_model<m0026::type, m0026::positions, m0026::labels>},
    {27, "functional", "Activation,Concatenate,Conv2D,Dense,MaxPooling2D,Multiply,Rescaling,twin", "Activation", &run_model<m0027::type, m0027::positions, m0027::labels>},
    {28, "functional", "Add,Concatenate,Conv2D,Dense,Flatten,GaussianDropout,LayerNormalization,LeakyReLU,ReLU,twin", "GaussianDropout", &run_model<m0028::type, m0028::positions, m0028::labels>},
    {29, "functional", "Activation,Add,BatchNormalization,Concatenate,Dense,ELU,Embedding,Flatten,LeakyReLU,Multiply,ReLU,Rescaling", "Multiply", &run_model<m0029::type, m0029::positions, m0029::labels>},
    {30, "functional", "Add,Concatenate,Dense,LeakyReLU,twin", "Concatenate", &run_model<m0030::type, m0030::positions, m0030::labels>},
    {31, "functional", "Add,BatchNormalization,Conv2D,Conv2DTranspose,Dense,Dropout,ELU,Flatten,LeakyReLU,Multiply,PReLU,Softmax,again", "Multiply", &run_model<m0031::type, m0031::positions, m0031::labels>},
    {32, "sequential", "Activation,Dense,Reshape", "Dense", &run_model<m0032::type, m0032::positions, m0032::labels>},
    {33, "sequential", "Conv2D,Dropout,ELU,ReLU,Rescaling", "ELU", &run_model<m0033::type, m0033::positions, m0033::labels>},
    {34, "functional", "Add,BatchNormalization,Concatenate,Conv2DTranspose,Dense,Dropout,Embedding,Flatten,Multiply,ReLU,Reshape,Softmax,again", "BatchNormalization", &run_model<m0034::type, m0034::positions, m0034::labels>},
    {35, "sequential", "Conv2D,GlobalAveragePooling2D,Reshape,UpSampling2D", "GlobalAveragePooling2D", &run_model<m0035::type, m0035::positions, m0035::labels>},
    {36, "functional", "Concatenate,Cropping2D,Dense,Flatten,GaussianNoise,LeakyReLU,Multiply,ZeroPadding2D", "Multiply", &run_model<m0036::type, m0036::positions, m0036::labels>},
    {37, "sequential", "AveragePooling2D,Cropping2D,MaxPooling2D,PReLU,ReLU,Rescaling,Reshape", "ReLU", &run_model<m0037::type, m0037::positions, m0037::labels>},
    {38, "sequential", "Activation,Dense,ELU,LeakyReLU,MaxPooling2D,ReLU", "ELU", &run_model<m0038::type, m0038::positions, m0038::labels>},
    {39, "sequential", "Activation,AveragePooling2D,BatchNormalization,Dense,Dropout,ELU,LeakyReLU,Rescaling", "ELU", &run_model<m0039::type, m0039::positions, m0039::labels>},
    {40, "sequential", "BatchNormalization,Conv2D,Dense,ELU,GlobalAveragePooling2D,ReLU,Reshape", "BatchNormalization", &run_model<m0040::type, m0040::positions, m0040::labels>},
    {41, "sequential", "Activation,BatchNormalization,Dense,Dropout,GlobalAveragePooling2D,GlobalMaxPooling2D,LeakyReLU,Rescaling", "Rescaling", &run_model<m0041::type, m0041::positions, m0041::labels>},
    {42, "sequential", "Activation,Conv2DTranspose,LeakyReLU,Rescaling,ZeroPadding2D", "Rescaling", &run_model<m0042::type, m0042::positions, m0042::labels>},
    {43, "sequential", "LeakyReLU", "LeakyReLU", &run_model<m0043::type, m0043::positions, m0043::labels>},
    {44, "functional", "Activation,Add,Conv2D,Dense,Embedding,Flatten,LeakyReLU,Multiply,ReLU,Rescaling", "Add", &run_model<m0044::type, m0044::positions, m0044::labels>},
    {45, "sequential", "ELU,GaussianDropout,Reshape,UpSampling2D", "GaussianDropout", &run_model<m0045::type, m0045::positions, m0045::labels>},
    {46, "functional", "Add,BatchNormalization,Concatenate,Conv2D,Cropping2D,Dense,Flatten,GroupNormalization,ReLU,Softmax,twin", "Concatenate", &run_model<m0046::type, m0046::positions, m0046::labels>},
    {47, "sequential", "Conv2D,Dense,PReLU,ReLU", "Conv2D", &run_model<m0047::type, m0047::positions, m0047::labels>},
    {48, "sequential", "BatchNormalization", "BatchNormalization", &run_model<m0048::type, m0048::positions, m0048::labels>},
    {49, "sequential", "LayerNormalization,PReLU,Reshape", "LayerNormalization", &run_model<m0049::type, m0049::positions, m0049::labels>},
};
[[maybe_unused]] const bool registered = register_cases(cases);
}  // namespace random_models::set_25_25
