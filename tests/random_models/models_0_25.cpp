// Models 0 to 24 of the random set 20261129, written by scripts/random_models.py:
//   scripts/random_models.py emit --seed 20261129 --first 0 --count 25 --out <this file>
// Do not edit: change the script and write the file again (ctest random_models.generated_source.* checks the suite's).
#include "random_models.hpp"

namespace random_models::set_0_25 {
using namespace ctnn;

// Model 0 (sequential): Activation, Dense, Flatten, ReLU, Reshape
namespace m0000 {
using type = sequential<
    input<5, 4, 8>,
    flatten,
    dense<10, dense_opts{.activation = activation::relu}>,
    activation_layer<activation::softplus>,
    dense<10, dense_opts{.activation = activation::softplus, .use_bias = false}>,
    relu<relu_opts{.negative_slope = 0.5}>,
    activation_layer<activation::sigmoid>,
    relu<relu_opts{.max_value = 6.0, .negative_slope = 0.1, .threshold = 0.5}>,
    reshape<5, 1, 2>,
    relu<relu_opts{.max_value = 6.0, .negative_slope = 0.1}>,
    relu<>>;
inline constexpr std::array<std::size_t, 11> positions = sequence<11>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0000

// Model 1 (sequential): Activation, BatchNormalization, Conv2D, Dropout, ELU, ReLU, Rescaling, Reshape
namespace m0001 {
using type = sequential<
    input<6, 5, 2>,
    conv2d<conv2d_opts{.filters = 7, .kernel_size = 2, .padding = padding::same, .activation = activation::softplus, .use_bias = false}>,
    conv2d<conv2d_opts{.filters = 7, .kernel_size = 4, .strides = {1, 3}}>,
    relu<relu_opts{.max_value = 6.0}>,
    elu<>,
    rescaling<0.1>,
    reshape<7, 3, 1>,
    batch_normalization<batch_normalization_opts{.epsilon = 0.01}>,
    dropout<0.1>,
    activation_layer<activation::linear>>;
inline constexpr std::array<std::size_t, 10> positions = sequence<10>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0001

// Model 2 (functional): BatchNormalization, Concatenate, Conv2DTranspose, Cropping2D, ELU, LeakyReLU
namespace m0002 {
inline constexpr auto v0 = input<4, 8, 7>{};
inline constexpr auto v1 = v0 | cropping2d<cropping2d_opts{.bottom = 2}>{};
inline constexpr auto v2 = concatenate<1>{}(v0, v1);
inline constexpr auto v3 = v2 | batch_normalization<batch_normalization_opts{.epsilon = 0.01}>{};
inline constexpr auto v4 = v3 | conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .use_bias = false}>{};
inline constexpr auto v5 = v4 | elu<>{};
inline constexpr auto v6 = v5 | leaky_relu<0.5>{};
inline constexpr auto v7 = v6 | batch_normalization<batch_normalization_opts{.epsilon = 0.01}>{};
using type = decltype(functional(inputs(v0), v7));
inline constexpr std::array<std::size_t, 8> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0002

// Model 3 (functional): Activation, Add, Conv2D, Dense, ELU, Flatten, Multiply, Rescaling, UpSampling2D; again
namespace m0003 {
inline constexpr auto v0 = input<7, 6>{};
inline constexpr auto v1 = input<7, 6>::id<1>{};
inline constexpr auto v2 = input<7, 6, 6>{};
inline constexpr auto v3 = v0 | rescaling<0.00784313725490196, 0.25>{};
inline constexpr auto v4 = v3 | dense<4>{};
inline constexpr auto v5 = v1 | elu<>{};
inline constexpr auto v6 = v5 | activation_layer<activation::relu>{};
inline constexpr auto v7 = add{}(v1, v6);
inline constexpr auto v8 = v2 | upsampling2d<upsampling2d_opts{.interpolation = interpolation::bilinear}>{};
inline constexpr auto v9 = add{}(v8, again(v8));
inline constexpr auto v10 = v9 | upsampling2d<upsampling2d_opts{.size = 1}>{};
inline constexpr auto v11 = add{}(v10, again(v10));
inline constexpr auto v12 = v11 | conv2d<conv2d_opts{.filters = 6, .kernel_size = 4, .padding = padding::same, .activation = activation::sigmoid}>{};
inline constexpr auto v13 = v12 | dense<6, dense_opts{.activation = activation::silu}>{};
inline constexpr auto v14 = multiply{}(v11, v13);
inline constexpr auto v15 = v4 | flatten{};
inline constexpr auto v16 = v15 | dense<14, dense_opts{.activation = activation::elu}>{};
inline constexpr auto v17 = v7 | flatten{};
inline constexpr auto v18 = v17 | dense<14, dense_opts{.activation = activation::relu6}>{};
inline constexpr auto v19 = v14 | flatten{};
inline constexpr auto v20 = v19 | dense<14, dense_opts{.activation = activation::silu}>{};
inline constexpr auto v21 = add{}(v16, v18, v20);
inline constexpr auto v22 = v21 | dense<9, dense_opts{.activation = activation::leaky_relu}>{};
inline constexpr auto v23 = v22 | activation_layer<activation::linear>{};
using type = decltype(functional(inputs(v0, v1, v2), v23));
inline constexpr std::array<std::size_t, 24> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23)};
inline constexpr std::array<std::size_t, 3> labels{0, 0, 0};
}  // namespace m0003

// Model 4 (functional): Conv2D, Dense, ELU, LeakyReLU, Multiply, Rescaling, ZeroPadding2D
namespace m0004 {
inline constexpr auto v0 = input<8, 9, 2>{};
inline constexpr auto v1 = v0 | conv2d<conv2d_opts{.filters = 2, .kernel_size = 2, .padding = padding::same, .dilation_rate = {1, 3}, .activation = activation::elu}>{};
inline constexpr auto v2 = v1 | conv2d<conv2d_opts{.filters = 2, .kernel_size = 3, .padding = padding::same, .dilation_rate = {3, 1}, .use_bias = false}>{};
inline constexpr auto v3 = multiply{}(v0, v2);
inline constexpr auto v4 = v3 | dense<6, dense_opts{.activation = activation::softmax, .use_bias = false}>{};
inline constexpr auto v5 = v4 | elu<2.0>{};
inline constexpr auto v6 = v5 | leaky_relu<0.1>{};
inline constexpr auto v7 = v6 | leaky_relu<0.01>{};
inline constexpr auto v8 = v7 | leaky_relu<0.0>{};
inline constexpr auto v9 = v8 | rescaling<0.00784313725490196, -1.0>{};
inline constexpr auto v10 = v9 | zero_padding2d<zero_padding2d_opts{.top = 0, .bottom = 0, .left = 2, .right = 1}>{};
using type = decltype(functional(inputs(v0), v10));
inline constexpr std::array<std::size_t, 11> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0004

// Model 5 (sequential): BatchNormalization, Conv2DTranspose, Cropping2D, GaussianDropout, LeakyReLU, Rescaling, Reshape
namespace m0005 {
using type = sequential<
    input<4, 2, 6>,
    gaussian_dropout<0.1>,
    leaky_relu<0.5>,
    cropping2d<cropping2d_opts{.top = 1, .bottom = 1, .right = 1}>,
    reshape<1, 2, 6>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 3, .kernel_size = 1, .dilation_rate = {1, 2}}>,
    batch_normalization<batch_normalization_opts{.scale = false}>,
    leaky_relu<>,
    rescaling<0.1, -1.0>>;
inline constexpr std::array<std::size_t, 9> positions = sequence<9>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0005

// Model 6 (functional): Add, BatchNormalization, Concatenate, Conv2D, Dense, MaxPooling2D, Multiply, ReLU, Softmax; twin
namespace m0006 {
inline constexpr auto v0 = input<7, 5, 4>{};
inline constexpr auto v1 = input<7, 5, 4>::id<1>{};
inline constexpr auto v2 = v0 | batch_normalization<>{};
inline constexpr auto v3 = v2 | dense<4>{};
inline constexpr auto v4 = v3 | conv2d<conv2d_opts{.filters = 4, .kernel_size = {4, 1}, .padding = padding::same, .activation = activation::relu6}>{};
inline constexpr auto v5 = add{}(v0, v4);
inline constexpr auto v6 = v1 | conv2d<conv2d_opts{.filters = 1, .kernel_size = {3, 4}, .padding = padding::same, .activation = activation::selu, .use_bias = false}>{};
inline constexpr auto v7 = v1 | layer_id<conv2d<conv2d_opts{.filters = 1, .kernel_size = {3, 4}, .padding = padding::same, .activation = activation::selu, .use_bias = false}>, 1>{};
inline constexpr auto v8 = concatenate<>{}(v6, v7);
inline constexpr auto v9 = v8 | conv2d<conv2d_opts{.filters = 4, .kernel_size = 3, .padding = padding::same, .dilation_rate = 2, .activation = activation::selu}>{};
inline constexpr auto v10 = v8 | conv2d<conv2d_opts{.filters = 13, .kernel_size = 4, .padding = padding::same, .activation = activation::selu}>{};
inline constexpr auto v11 = concatenate<>{}(v9, v10);
inline constexpr auto v12 = v11 | conv2d<conv2d_opts{.filters = 17, .kernel_size = 2, .padding = padding::same}>{};
inline constexpr auto v13 = v12 | relu<relu_opts{.max_value = 1.0}>{};
inline constexpr auto v14 = v13 | softmax<1>{};
inline constexpr auto v15 = multiply{}(v11, v14);
inline constexpr auto v16 = concatenate<>{}(v5, v15);
inline constexpr auto v17 = v16 | max_pooling2d<pooling2d_opts{.pool_size = {2, 1}, .padding = padding::same}>{};
using type = decltype(functional(inputs(v0, v1), v17));
inline constexpr std::array<std::size_t, 18> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0006

// Model 7 (sequential): Activation, AveragePooling2D, Conv2D, ELU, ReLU
namespace m0007 {
using type = sequential<
    input<3, 1, 1>,
    conv2d<conv2d_opts{.filters = 12, .kernel_size = 4, .padding = padding::same, .activation = activation::gelu}>,
    elu<>,
    relu<relu_opts{.max_value = 1.0}>,
    activation_layer<activation::tanh>,
    relu<>,
    average_pooling2d<pooling2d_opts{.pool_size = 3, .padding = padding::same}>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0007

// Model 8 (functional): BatchNormalization, Concatenate, Conv2D, Dense, Dropout, ELU, Embedding, Flatten, GaussianDropout, GlobalAveragePooling2D, LeakyReLU, Multiply, ReLU, Softmax; again, twin
namespace m0008 {
inline constexpr auto v0 = input<6>{};
inline constexpr auto v1 = input<2>{};
inline constexpr auto v2 = v1 | embedding<8, 5>{};
inline constexpr auto v3 = input<1, 9, 5>{};
inline constexpr auto v4 = v0 | dense<7, dense_opts{.activation = activation::selu}>{};
inline constexpr auto v5 = v4 | leaky_relu<0.01>{};
inline constexpr auto v6 = v5 | leaky_relu<0.01>{};
inline constexpr auto v7 = v6 | elu<2.0>{};
inline constexpr auto v8 = v7 | dropout<0.1>{};
inline constexpr auto v9 = v8 | relu<>{};
inline constexpr auto v10 = v9 | dense<7>{};
inline constexpr auto v11 = v10 | batch_normalization<batch_normalization_opts{.epsilon = 1e-05}>{};
inline constexpr auto v12 = multiply{}(v9, v11);
inline constexpr auto v13 = v12 | softmax<>{};
inline constexpr auto v14 = v13 | dense<7, dense_opts{.activation = activation::silu}>{};
inline constexpr auto v15 = v14 | dense<7, dense_opts{.activation = activation::sigmoid, .use_bias = false}>{};
inline constexpr auto v16 = multiply{}(v12, v15);
inline constexpr auto v17 = v2 | dense<11, dense_opts{.activation = activation::tanh, .use_bias = false}>{};
inline constexpr auto v18 = v2 | layer_id<dense<11, dense_opts{.activation = activation::tanh, .use_bias = false}>, 1>{};
inline constexpr auto v19 = concatenate<2>{}(v17, v18);
inline constexpr auto v20 = v3 | conv2d<conv2d_opts{.filters = 5, .kernel_size = 2, .padding = padding::same, .dilation_rate = {3, 1}}>{};
inline constexpr auto v21 = multiply{}(v3, v20);
inline constexpr auto v22 = v21 | global_average_pooling2d<>{};
inline constexpr auto v23 = v22 | gaussian_dropout<0.1>{};
inline constexpr auto v24 = multiply{}(v23, again(v23));
inline constexpr auto v25 = v16 | dense<11, dense_opts{.activation = activation::silu}>{};
inline constexpr auto v26 = v19 | flatten{};
inline constexpr auto v27 = v26 | dense<11, dense_opts{.activation = activation::relu6}>{};
inline constexpr auto v28 = v24 | dense<11, dense_opts{.activation = activation::relu}>{};
inline constexpr auto v29 = multiply{}(v25, v27, v28);
using type = decltype(functional(inputs(v0, v1, v3), v29));
inline constexpr std::array<std::size_t, 30> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27), position_of<type>(v28), position_of<type>(v29)};
inline constexpr std::array<std::size_t, 3> labels{0, 8, 0};
}  // namespace m0008

// Model 9 (functional): BatchNormalization, Conv2D, GlobalMaxPooling2D, LeakyReLU, ReLU, Rescaling, Reshape
namespace m0009 {
inline constexpr auto v0 = input<7, 9, 2>{};
inline constexpr auto v1 = v0 | conv2d<conv2d_opts{.filters = 14, .kernel_size = 3, .strides = 2, .padding = padding::same, .use_bias = false}>{};
inline constexpr auto v2 = v1 | reshape<7, 4, 10>{};
inline constexpr auto v3 = v2 | rescaling<-1.0, 0.25>{};
inline constexpr auto v4 = v3 | relu<relu_opts{.max_value = 6.0, .negative_slope = 0.5}>{};
inline constexpr auto v5 = v4 | leaky_relu<0.01>{};
inline constexpr auto v6 = v5 | batch_normalization<batch_normalization_opts{.epsilon = 1e-05}>{};
inline constexpr auto v7 = v6 | leaky_relu<0.5>{};
inline constexpr auto v8 = v7 | global_max_pooling2d<>{};
using type = decltype(functional(inputs(v0), v8));
inline constexpr std::array<std::size_t, 9> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0009

// Model 10 (functional): Activation, Add, BatchNormalization, Concatenate, Conv2D, Dense, ELU, Flatten, LayerNormalization, Multiply; again, twin
namespace m0010 {
inline constexpr auto v0 = input<7, 1, 1>{};
inline constexpr auto v1 = input<29>{};
inline constexpr auto v2 = v0 | activation_layer<activation::softplus>{};
inline constexpr auto v3 = v2 | elu<0.5>{};
inline constexpr auto v4 = add{}(v0, v3, v0);
inline constexpr auto v5 = v4 | conv2d<conv2d_opts{.filters = 4, .kernel_size = 4, .padding = padding::same, .activation = activation::relu6}>{};
inline constexpr auto v6 = v4 | conv2d<conv2d_opts{.filters = 11, .kernel_size = 3, .padding = padding::same}>{};
inline constexpr auto v7 = concatenate<>{}(v5, v6);
inline constexpr auto v8 = v1 | layer_normalization<layer_normalization_opts{.scale = false}>{};
inline constexpr auto v9 = add{}(v8, again(v8));
inline constexpr auto v10 = v9 | dense<13>{};
inline constexpr auto v11 = v9 | layer_id<dense<13>, 1>{};
inline constexpr auto v12 = multiply{}(v10, v11);
inline constexpr auto v13 = v12 | dense<8, dense_opts{.activation = activation::elu}>{};
inline constexpr auto v14 = v12 | dense<3, dense_opts{.activation = activation::tanh}>{};
inline constexpr auto v15 = concatenate<>{}(v13, v14);
inline constexpr auto v16 = v7 | flatten{};
inline constexpr auto v17 = v16 | dense<10, dense_opts{.activation = activation::relu}>{};
inline constexpr auto v18 = v15 | dense<10, dense_opts{.activation = activation::tanh}>{};
inline constexpr auto v19 = add{}(v17, v18);
inline constexpr auto v20 = v19 | batch_normalization<batch_normalization_opts{.epsilon = 0.01}>{};
inline constexpr auto v21 = v20 | layer_normalization<layer_normalization_opts{.epsilon = 1e-05}>{};
using type = decltype(functional(inputs(v0, v1), v21));
inline constexpr std::array<std::size_t, 22> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0010

// Model 11 (functional): Activation, Conv2D, Conv2DTranspose, Dense, LeakyReLU, Multiply, Reshape
namespace m0011 {
inline constexpr auto v0 = input<8, 9, 3>{};
inline constexpr auto v1 = v0 | conv2d<conv2d_opts{.filters = 3, .kernel_size = 3, .padding = padding::same, .activation = activation::silu, .use_bias = false}>{};
inline constexpr auto v2 = v1 | dense<3>{};
inline constexpr auto v3 = multiply{}(v0, v2);
inline constexpr auto v4 = v3 | conv2d_transpose<conv2d_transpose_opts{.filters = 7, .kernel_size = 2, .activation = activation::gelu, .use_bias = false}>{};
inline constexpr auto v5 = v4 | activation_layer<activation::tanh>{};
inline constexpr auto v6 = v5 | reshape<-1, 126>{};
inline constexpr auto v7 = v6 | leaky_relu<0.01>{};
inline constexpr auto v8 = v7 | leaky_relu<0.1>{};
inline constexpr auto v9 = v8 | leaky_relu<0.1>{};
inline constexpr auto v10 = v9 | leaky_relu<0.5>{};
using type = decltype(functional(inputs(v0), v10));
inline constexpr std::array<std::size_t, 11> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0011

// Model 12 (sequential): Conv2D, Dense, LeakyReLU, ReLU
namespace m0012 {
using type = sequential<
    input<1, 6, 6>,
    dense<16>,
    relu<relu_opts{.max_value = 1.0}>,
    leaky_relu<0.1>,
    relu<relu_opts{.max_value = 6.0}>,
    relu<>,
    conv2d<conv2d_opts{.filters = 1, .kernel_size = 2, .strides = {3, 1}, .padding = padding::same, .activation = activation::relu6}>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0012

// Model 13 (functional): Activation, BatchNormalization, Concatenate, Dense, ELU, Embedding, Flatten, GaussianDropout, Multiply, ReLU
namespace m0013 {
inline constexpr auto v0 = input<10, 2, 2>{};
inline constexpr auto v1 = input<3>{};
inline constexpr auto v2 = v1 | embedding<3, 16>{};
inline constexpr auto v3 = v0 | activation_layer<activation::softplus>{};
inline constexpr auto v4 = multiply{}(v0, v3);
inline constexpr auto v5 = v2 | dense<11, dense_opts{.activation = activation::leaky_relu}>{};
inline constexpr auto v6 = v2 | dense<2, dense_opts{.activation = activation::relu6, .use_bias = false}>{};
inline constexpr auto v7 = concatenate<2>{}(v5, v6);
inline constexpr auto v8 = v7 | batch_normalization<batch_normalization_opts{.epsilon = 1e-05}>{};
inline constexpr auto v9 = v8 | elu<>{};
inline constexpr auto v10 = v9 | gaussian_dropout<0.25>{};
inline constexpr auto v11 = v4 | flatten{};
inline constexpr auto v12 = v11 | dense<7, dense_opts{.activation = activation::selu}>{};
inline constexpr auto v13 = v10 | flatten{};
inline constexpr auto v14 = v13 | dense<7, dense_opts{.activation = activation::silu}>{};
inline constexpr auto v15 = multiply{}(v12, v14);
inline constexpr auto v16 = v15 | relu<relu_opts{.threshold = 0.5}>{};
inline constexpr auto v17 = v16 | elu<>{};
using type = decltype(functional(inputs(v0, v1), v17));
inline constexpr std::array<std::size_t, 18> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17)};
inline constexpr std::array<std::size_t, 2> labels{0, 3};
}  // namespace m0013

// Model 14 (sequential): Dense, GlobalMaxPooling2D, LayerNormalization, LeakyReLU, Rescaling, Softmax
namespace m0014 {
using type = sequential<
    input<6, 8, 8>,
    global_max_pooling2d<>,
    dense<16, dense_opts{.activation = activation::elu}>,
    softmax<>,
    layer_normalization<layer_normalization_opts{.axis = {1}, .epsilon = 0.01}>,
    rescaling<2.0>,
    leaky_relu<0.01>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0014

// Model 15 (functional): Concatenate, Conv2D, MaxPooling2D, Multiply, PReLU, SpatialDropout2D
namespace m0015 {
inline constexpr auto v0 = input<5, 9, 4>{};
inline constexpr auto v1 = v0 | conv2d<conv2d_opts{.filters = 8, .kernel_size = {3, 2}, .padding = padding::same, .activation = activation::leaky_relu, .use_bias = false}>{};
inline constexpr auto v2 = v0 | max_pooling2d<pooling2d_opts{.strides = 1, .padding = padding::same}>{};
inline constexpr auto v3 = concatenate<3>{}(v1, v2);
inline constexpr auto v4 = v3 | spatial_dropout2d<0.5>{};
inline constexpr auto v5 = v4 | prelu<1, 2>{};
inline constexpr auto v6 = multiply{}(v4, v5);
using type = decltype(functional(inputs(v0), v6));
inline constexpr std::array<std::size_t, 7> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0015

// Model 16 (sequential): Activation, BatchNormalization, Conv2D, Dense, LeakyReLU
namespace m0016 {
using type = sequential<
    input<3, 4, 4>,
    batch_normalization<batch_normalization_opts{.center = false}>,
    batch_normalization<batch_normalization_opts{.scale = false}>,
    dense<3, dense_opts{.activation = activation::softmax}>,
    leaky_relu<0.2>,
    conv2d<conv2d_opts{.filters = 10, .kernel_size = {3, 2}, .strides = {3, 2}, .activation = activation::softmax}>,
    activation_layer<activation::selu>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0016

// Model 17 (functional): BatchNormalization, Concatenate, Conv2D, Conv2DTranspose, Dense, ELU, GlobalMaxPooling2D, LayerNormalization, Multiply, ReLU, Reshape
namespace m0017 {
inline constexpr auto v0 = input<13>{};
inline constexpr auto v1 = input<6, 4, 5>{};
inline constexpr auto v2 = v0 | dense<10>{};
inline constexpr auto v3 = v0 | dense<9, dense_opts{.use_bias = false}>{};
inline constexpr auto v4 = concatenate<1>{}(v2, v3);
inline constexpr auto v5 = v1 | layer_normalization<layer_normalization_opts{.axis = {-3, -2, -1}}>{};
inline constexpr auto v6 = v5 | conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 1, .strides = 2, .activation = activation::silu}>{};
inline constexpr auto v7 = v6 | batch_normalization<batch_normalization_opts{.center = false}>{};
inline constexpr auto v8 = v7 | elu<>{};
inline constexpr auto v9 = v8 | elu<>{};
inline constexpr auto v10 = v9 | reshape<1, 16, 6>{};
inline constexpr auto v11 = v10 | relu<relu_opts{.max_value = 6.0, .negative_slope = 0.5}>{};
inline constexpr auto v12 = v11 | conv2d<conv2d_opts{.filters = 6, .kernel_size = 4, .padding = padding::same, .activation = activation::softplus}>{};
inline constexpr auto v13 = multiply{}(v11, v12);
inline constexpr auto v14 = v13 | global_max_pooling2d<>{};
inline constexpr auto v15 = concatenate<>{}(v4, v14);
using type = decltype(functional(inputs(v0, v1), v15));
inline constexpr std::array<std::size_t, 16> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0017

// Model 18 (sequential): Dense, Dropout, Embedding, GroupNormalization, LeakyReLU, Rescaling
namespace m0018 {
using type = sequential<
    input<3>,
    embedding<9, 2>,
    dense<10>,
    dropout<0.1>,
    leaky_relu<>,
    rescaling<0.00784313725490196, -1.0>,
    group_normalization<group_normalization_opts{.groups = 2, .epsilon = 0.01}>,
    group_normalization<group_normalization_opts{.groups = 2}>,
    group_normalization<group_normalization_opts{.groups = 10}>>;
inline constexpr std::array<std::size_t, 9> positions = sequence<9>();
inline constexpr std::array<std::size_t, 1> labels{9};
}  // namespace m0018

// Model 19 (sequential): Conv2D, Conv2DTranspose, Dropout
namespace m0019 {
using type = sequential<
    input<8, 5, 8>,
    dropout<0.5>,
    dropout<0.1>,
    conv2d<conv2d_opts{.filters = 15, .kernel_size = 2, .padding = padding::same, .activation = activation::relu6, .use_bias = false}>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 8, .kernel_size = 3, .padding = padding::same, .dilation_rate = {1, 2}}>>;
inline constexpr std::array<std::size_t, 5> positions = sequence<5>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0019

// Model 20 (sequential): Activation, Conv2DTranspose, GaussianNoise, ReLU, Rescaling
namespace m0020 {
using type = sequential<
    input<6, 8, 8>,
    gaussian_noise<0.25>,
    gaussian_noise<0.25>,
    conv2d_transpose<conv2d_transpose_opts{.filters = 2, .kernel_size = 2, .strides = 2, .padding = padding::same}>,
    relu<>,
    activation_layer<activation::relu6>,
    rescaling<-1.0, 0.25>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0020

// Model 21 (functional): Concatenate, Conv2D, Dense, ELU, Embedding, Flatten, GaussianDropout, MaxPooling2D, Multiply, Rescaling; again
namespace m0021 {
inline constexpr auto v0 = input<2>{};
inline constexpr auto v1 = v0 | embedding<9, 8>{};
inline constexpr auto v2 = input<4>{};
inline constexpr auto v3 = v2 | embedding<7, 11>{};
inline constexpr auto v4 = input<10, 6, 6>{};
inline constexpr auto v5 = v1 | dense<11, dense_opts{.activation = activation::elu}>{};
inline constexpr auto v6 = multiply{}(v5, again(v5));
inline constexpr auto v7 = v3 | dense<1, dense_opts{.activation = activation::tanh}>{};
inline constexpr auto v8 = v7 | gaussian_dropout<0.1>{};
inline constexpr auto v9 = v4 | dense<15>{};
inline constexpr auto v10 = v9 | elu<2.0>{};
inline constexpr auto v11 = v10 | rescaling<-1.0>{};
inline constexpr auto v12 = v11 | rescaling<2.0, -1.0>{};
inline constexpr auto v13 = v12 | conv2d<conv2d_opts{.filters = 2, .kernel_size = 4, .padding = padding::same, .dilation_rate = {2, 1}, .activation = activation::relu, .use_bias = false}>{};
inline constexpr auto v14 = v12 | max_pooling2d<pooling2d_opts{.pool_size = 1, .strides = 1, .padding = padding::same}>{};
inline constexpr auto v15 = concatenate<>{}(v13, v14);
inline constexpr auto v16 = v6 | flatten{};
inline constexpr auto v17 = v16 | dense<13, dense_opts{.activation = activation::gelu}>{};
inline constexpr auto v18 = v8 | flatten{};
inline constexpr auto v19 = v18 | dense<13, dense_opts{.activation = activation::softplus}>{};
inline constexpr auto v20 = v15 | flatten{};
inline constexpr auto v21 = v20 | dense<13, dense_opts{.activation = activation::sigmoid}>{};
inline constexpr auto v22 = multiply{}(v17, v19, v21);
inline constexpr auto v23 = v22 | gaussian_dropout<0.25>{};
using type = decltype(functional(inputs(v0, v2, v4), v23));
inline constexpr std::array<std::size_t, 24> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23)};
inline constexpr std::array<std::size_t, 3> labels{9, 7, 0};
}  // namespace m0021

// Model 22 (functional): Activation, Add, BatchNormalization, Concatenate, Conv2D, Conv2DTranspose, Dense, Flatten, GaussianNoise, LayerNormalization, LeakyReLU, Multiply, SpatialDropout2D; again
namespace m0022 {
inline constexpr auto v0 = input<14>{};
inline constexpr auto v1 = input<2, 8, 5>{};
inline constexpr auto v2 = v0 | activation_layer<activation::silu>{};
inline constexpr auto v3 = v2 | dense<14>{};
inline constexpr auto v4 = v3 | layer_normalization<layer_normalization_opts{.axis = {1}, .scale = false}>{};
inline constexpr auto v5 = add{}(v2, v4);
inline constexpr auto v6 = v5 | gaussian_noise<0.5>{};
inline constexpr auto v7 = v6 | dense<5>{};
inline constexpr auto v8 = v1 | conv2d<conv2d_opts{.filters = 7, .kernel_size = 4, .padding = padding::same, .dilation_rate = {1, 2}}>{};
inline constexpr auto v9 = v1 | conv2d<conv2d_opts{.filters = 9, .kernel_size = 3, .padding = padding::same}>{};
inline constexpr auto v10 = concatenate<>{}(v8, v9);
inline constexpr auto v11 = v10 | conv2d_transpose<conv2d_transpose_opts{.filters = 7, .kernel_size = {1, 4}, .activation = activation::tanh}>{};
inline constexpr auto v12 = v11 | spatial_dropout2d<0.25>{};
inline constexpr auto v13 = v12 | conv2d<conv2d_opts{.filters = 3, .kernel_size = 4, .padding = padding::same, .dilation_rate = {2, 3}, .activation = activation::elu}>{};
inline constexpr auto v14 = concatenate<>{}(v13, again(v13));
inline constexpr auto v15 = v7 | dense<8>{};
inline constexpr auto v16 = v14 | flatten{};
inline constexpr auto v17 = v16 | dense<8, dense_opts{.activation = activation::leaky_relu}>{};
inline constexpr auto v18 = multiply{}(v15, v17);
inline constexpr auto v19 = v18 | leaky_relu<0.0>{};
inline constexpr auto v20 = v19 | batch_normalization<batch_normalization_opts{.scale = false}>{};
using type = decltype(functional(inputs(v0, v1), v20));
inline constexpr std::array<std::size_t, 21> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0022

// Model 23 (functional): Add, Conv2D, Rescaling; twin
namespace m0023 {
inline constexpr auto v0 = input<2, 1, 5>{};
inline constexpr auto v1 = v0 | conv2d<conv2d_opts{.filters = 13, .kernel_size = 3, .padding = padding::same, .activation = activation::softplus}>{};
inline constexpr auto v2 = v0 | layer_id<conv2d<conv2d_opts{.filters = 13, .kernel_size = 3, .padding = padding::same, .activation = activation::softplus}>, 1>{};
inline constexpr auto v3 = add{}(v1, v2);
inline constexpr auto v4 = v3 | rescaling<0.00784313725490196, -1.0>{};
using type = decltype(functional(inputs(v0), v4));
inline constexpr std::array<std::size_t, 5> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0023

// Model 24 (sequential): BatchNormalization, Conv2D, LayerNormalization, LeakyReLU, Rescaling, Reshape
namespace m0024 {
using type = sequential<
    input<3, 2, 3>,
    conv2d<conv2d_opts{.filters = 15, .kernel_size = {3, 1}, .padding = padding::same, .activation = activation::leaky_relu}>,
    rescaling<2.0, 0.25>,
    reshape<1, 10, 9>,
    layer_normalization<layer_normalization_opts{.axis = {-3, -2, -1}, .epsilon = 1e-05, .scale = false}>,
    batch_normalization<batch_normalization_opts{.epsilon = 1e-05}>,
    leaky_relu<>>;
inline constexpr std::array<std::size_t, 7> positions = sequence<7>();
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0024

const model_case cases[] = {
    {0, "sequential", "Activation,Dense,Flatten,ReLU,Reshape", "ReLU", &run_model<m0000::type, m0000::positions, m0000::labels>},
    {1, "sequential", "Activation,BatchNormalization,Conv2D,Dropout,ELU,ReLU,Rescaling,Reshape", "Activation", &run_model<m0001::type, m0001::positions, m0001::labels>},
    {2, "functional", "BatchNormalization,Concatenate,Conv2DTranspose,Cropping2D,ELU,LeakyReLU", "BatchNormalization", &run_model<m0002::type, m0002::positions, m0002::labels>},
    {3, "functional", "Activation,Add,Conv2D,Dense,ELU,Flatten,Multiply,Rescaling,UpSampling2D,again", "Activation", &run_model<m0003::type, m0003::positions, m0003::labels>},
    {4, "functional", "Conv2D,Dense,ELU,LeakyReLU,Multiply,Rescaling,ZeroPadding2D", "ZeroPadding2D", &run_model<m0004::type, m0004::positions, m0004::labels>},
    {5, "sequential", "BatchNormalization,Conv2DTranspose,Cropping2D,GaussianDropout,LeakyReLU,Rescaling,Reshape", "Rescaling", &run_model<m0005::type, m0005::positions, m0005::labels>},
    {6, "functional", "Add,BatchNormalization,Concatenate,Conv2D,Dense,MaxPooling2D,Multiply,ReLU,Softmax,twin", "MaxPooling2D", &run_model<m0006::type, m0006::positions, m0006::labels>},
    {7, "sequential", "Activation,AveragePooling2D,Conv2D,ELU,ReLU", "AveragePooling2D", &run_model<m0007::type, m0007::positions, m0007::labels>},
    {8, "functional", "BatchNormalization,Concatenate,Conv2D,Dense,Dropout,ELU,Embedding,Flatten,GaussianDropout,GlobalAveragePooling2D,LeakyReLU,Multiply,ReLU,Softmax,again,twin", "Multiply", &run_model<m0008::type, m0008::positions, m0008::labels>},
    {9, "functional", "BatchNormalization,Conv2D,GlobalMaxPooling2D,LeakyReLU,ReLU,Rescaling,Reshape", "GlobalMaxPooling2D", &run_model<m0009::type, m0009::positions, m0009::labels>},
    {10, "functional", "Activation,Add,BatchNormalization,Concatenate,Conv2D,Dense,ELU,Flatten,LayerNormalization,Multiply,again,twin", "LayerNormalization", &run_model<m0010::type, m0010::positions, m0010::labels>},
    {11, "functional", "Activation,Conv2D,Conv2DTranspose,Dense,LeakyReLU,Multiply,Reshape", "LeakyReLU", &run_model<m0011::type, m0011::positions, m0011::labels>},
    {12, "sequential", "Conv2D,Dense,LeakyReLU,ReLU", "Conv2D", &run_model<m0012::type, m0012::positions, m0012::labels>},
    {13, "functional", "Activation,BatchNormalization,Concatenate,Dense,ELU,Embedding,Flatten,GaussianDropout,Multiply,ReLU", "ELU", &run_model<m0013::type, m0013::positions, m0013::labels>},
    {14, "sequential", "Dense,GlobalMaxPooling2D,LayerNormalization,LeakyReLU,Rescaling,Softmax", "LeakyReLU", &run_model<m0014::type, m0014::positions, m0014::labels>},
    {15, "functional", "Concatenate,Conv2D,MaxPooling2D,Multiply,PReLU,SpatialDropout2D", "Multiply", &run_model<m0015::type, m0015::positions, m0015::labels>},
    {16, "sequential", "Activation,BatchNormalization,Conv2D,Dense,LeakyReLU", "Activation", &run_model<m0016::type, m0016::positions, m0016::labels>},
    {17, "functional", "BatchNormalization,Concatenate,Conv2D,Conv2DTranspose,Dense,ELU,GlobalMaxPooling2D,LayerNormalization,Multiply,ReLU,Reshape", "Concatenate", &run_model<m0017::type, m0017::positions, m0017::labels>},
    {18, "sequential", "Dense,Dropout,Embedding,GroupNormalization,LeakyReLU,Rescaling", "GroupNormalization", &run_model<m0018::type, m0018::positions, m0018::labels>},
    {19, "sequential", "Conv2D,Conv2DTranspose,Dropout", "Conv2DTranspose", &run_model<m0019::type, m0019::positions, m0019::labels>},
    {20, "sequential", "Activation,Conv2DTranspose,GaussianNoise,ReLU,Rescaling", "Rescaling", &run_model<m0020::type, m0020::positions, m0020::labels>},
    {21, "functional", "Concatenate,Conv2D,Dense,ELU,Embedding,Flatten,GaussianDropout,MaxPooling2D,Multiply,Rescaling,again", "GaussianDropout", &run_model<m0021::type, m0021::positions, m0021::labels>},
    {22, "functional", "Activation,Add,BatchNormalization,Concatenate,Conv2D,Conv2DTranspose,Dense,Flatten,GaussianNoise,LayerNormalization,LeakyReLU,Multiply,SpatialDropout2D,again", "BatchNormalization", &run_model<m0022::type, m0022::positions, m0022::labels>},
    {23, "functional", "Add,Conv2D,Rescaling,twin", "Rescaling", &run_model<m0023::type, m0023::positions, m0023::labels>},
    {24, "sequential", "BatchNormalization,Conv2D,LayerNormalization,LeakyReLU,Rescaling,Reshape", "LeakyReLU", &run_model<m0024::type, m0024::positions, m0024::labels>},
};
[[maybe_unused]] const bool registered = register_cases(cases);
}  // namespace random_models::set_0_25
