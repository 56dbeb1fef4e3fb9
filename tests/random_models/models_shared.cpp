// Models 50 to 64 of the random set 20261129, each drawn with the focus shared, written by scripts/random_models.py:
//   scripts/random_models.py emit --seed 20261129 --first 50 --count 15 --focus shared --out <this file>
// Do not edit: change the script and write the file again (ctest random_models.generated_source.* checks the suite's).
#include "random_models.hpp"

namespace random_models::set_50_15 {
using namespace ctnn;

// Model 50 (functional): Activation, Add, AveragePooling1D, BatchNormalization, Conv1D, DepthwiseConv1D, Dot, Dropout, ELU, GroupNormalization, LeakyReLU, ReLU, Rescaling; shared
namespace m0050 {
inline constexpr auto v0 = ctnn::input<17, 1>{};
inline constexpr auto v1 = ctnn::input<17, 1>::id<1>{};
inline constexpr auto v2 = v0 | shared<ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::valid, .dilation_rate = 2, .activation = ctnn::activation::elu, .use_bias = false}>, 0>{};
inline constexpr auto v3 = v1 | shared<ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::valid, .dilation_rate = 2, .activation = ctnn::activation::elu, .use_bias = false}>, 0>{};
inline constexpr auto v4 = v2 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::soft_shrink, .use_bias = false}>{};
inline constexpr auto v5 = v4 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 5, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::activation_layer<ctnn::activation::exponential>{};
inline constexpr auto v7 = v2 | shared<ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 4, .strides = 4, .padding = ctnn::padding::valid}>, 1>{};
inline constexpr auto v8 = v6 | shared<ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 4, .strides = 4, .padding = ctnn::padding::valid}>, 1>{};
inline constexpr auto v9 = v7 | shared<ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 1, .epsilon = 0.001, .center = true, .scale = true}>, 2>{};
inline constexpr auto v10 = v8 | shared<ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 1, .epsilon = 0.001, .center = true, .scale = true}>, 2>{};
inline constexpr auto v11 = ctnn::add{}(v9, v10);
inline constexpr auto v12 = v11 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 8, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::softplus, .use_bias = false}>{};
inline constexpr auto v13 = v12 | ctnn::elu<0.5>{};
inline constexpr auto v14 = v13 | ctnn::dropout<0.1>{};
inline constexpr auto v15 = v14 | ctnn::rescaling<-1.0, 0.0>{};
inline constexpr auto v16 = v15 | ctnn::leaky_relu<0.1>{};
inline constexpr auto v17 = v3 | shared<ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>, 3>{};
inline constexpr auto v18 = v17 | shared<ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>, 3>{};
inline constexpr auto v19 = ctnn::dot<ctnn::dot_opts{.axes = {-2, -1}}>{}(v16, v18);
inline constexpr auto v20 = v19 | ctnn::depthwise_conv1d<ctnn::depthwise_conv1d_opts{.kernel_size = 4, .strides = 1, .padding = ctnn::padding::same, .depth_multiplier = 1, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v21 = v20 | ctnn::relu<>{};
inline constexpr auto v22 = v21 | ctnn::elu<1.0>{};
using type = decltype(functional(inputs(v0, v1), v22));
inline constexpr std::array<std::size_t, 23> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0050

// Model 51 (functional): Average, Conv1D, Dense, Flatten, MaxPooling1D, Maximum, Minimum, PReLU, Rescaling; again, outputs, shared, twin
namespace m0051 {
inline constexpr auto v0 = ctnn::input<20, 6>{};
inline constexpr auto v1 = ctnn::input<20, 6>::id<1>{};
inline constexpr auto v2 = v0 | shared<ctnn::prelu<>, 0>{};
inline constexpr auto v3 = v1 | shared<ctnn::prelu<>, 0>{};
inline constexpr auto v4 = v2 | ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 3, .padding = ctnn::padding::valid}>{};
inline constexpr auto v5 = ctnn::minimum{}(v4, again(v4));
inline constexpr auto v6 = v5 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 11, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 3, .activation = ctnn::activation::exponential, .use_bias = true}>{};
inline constexpr auto v7 = v5 | layer_id<ctnn::conv1d<ctnn::conv1d_opts{.filters = 11, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 3, .activation = ctnn::activation::exponential, .use_bias = true}>, 1>{};
inline constexpr auto v8 = ctnn::average{}(v6, v7);
inline constexpr auto v9 = v3 | ctnn::rescaling<0.1, 0.0>{};
inline constexpr auto v10 = v3 | shared<ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 4, .strides = 4, .padding = ctnn::padding::valid}>, 1>{};
inline constexpr auto v11 = v9 | shared<ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 4, .strides = 4, .padding = ctnn::padding::valid}>, 1>{};
inline constexpr auto v12 = ctnn::maximum{}(v10, v11);
inline constexpr auto v13 = v8 | ctnn::flatten{};
inline constexpr auto v14 = v13 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v15 = v12 | ctnn::flatten{};
inline constexpr auto v16 = v15 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::selu, .use_bias = true}>{};
inline constexpr auto v17 = ctnn::maximum{}(v14, v16);
using type = decltype(functional(inputs(v0, v1), outputs(v17, v4, v8)));
inline constexpr std::array<std::size_t, 18> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0051

// Model 52 (functional): BatchNormalization, Cropping2D, Dense, Flatten, GaussianDropout, LeakyReLU, Multiply, RMSNormalization; outputs, shared
namespace m0052 {
inline constexpr auto v0 = ctnn::input<4, 5, 4>{};
inline constexpr auto v1 = v0 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v2 = ctnn::multiply{}(v0, v1);
inline constexpr auto v3 = v2 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 0, .bottom = 0, .left = 0, .right = 1}>{};
inline constexpr auto v4 = v2 | shared<ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>, 0>{};
inline constexpr auto v5 = v3 | shared<ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>, 0>{};
inline constexpr auto v6 = v4 | ctnn::flatten{};
inline constexpr auto v7 = v6 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::soft_shrink, .use_bias = true}>{};
inline constexpr auto v8 = v5 | ctnn::flatten{};
inline constexpr auto v9 = v8 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::exponential, .use_bias = true}>{};
inline constexpr auto v10 = ctnn::multiply{}(v7, v9);
inline constexpr auto v11 = v10 | ctnn::leaky_relu<0.01>{};
inline constexpr auto v12 = v11 | ctnn::gaussian_dropout<0.25>{};
inline constexpr auto v13 = v12 | ctnn::rms_normalization<ctnn::rms_normalization_opts{.axis = -1, .epsilon = 1e-05}>{};
using type = decltype(functional(inputs(v0), outputs(v13, v2)));
inline constexpr std::array<std::size_t, 14> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0052

// Model 53 (functional): BatchNormalization, Conv1D, GlobalMaxPooling1D, LayerNormalization, MaxPooling1D; outputs, shared
namespace m0053 {
inline constexpr auto v0 = ctnn::input<7, 1>{};
inline constexpr auto v1 = v0 | shared<ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = true, .scale = true}>, 0>{};
inline constexpr auto v2 = v1 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = false, .scale = false}>{};
inline constexpr auto v3 = v2 | shared<ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = true, .scale = true}>, 0>{};
inline constexpr auto v4 = v3 | shared<ctnn::conv1d<ctnn::conv1d_opts{.filters = 1, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::mish, .use_bias = true}>, 1>{};
inline constexpr auto v5 = v4 | shared<ctnn::conv1d<ctnn::conv1d_opts{.filters = 1, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::mish, .use_bias = true}>, 1>{};
inline constexpr auto v6 = v5 | ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 1, .strides = 2, .padding = ctnn::padding::valid}>{};
inline constexpr auto v7 = v6 | ctnn::global_max_pooling1d<ctnn::global_pooling1d_opts{.keepdims = true}>{};
using type = decltype(functional(inputs(v0), outputs(v7, v1, v0)));
inline constexpr std::array<std::size_t, 8> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0053

// Model 54 (functional): Average, Concatenate, Conv2D, DepthwiseConv2D, ELU, RandomCrop, Rescaling; shared
namespace m0054 {
inline constexpr auto v0 = ctnn::input<8, 2, 8>{};
inline constexpr auto v1 = v0 | ctnn::random_crop<ctnn::random_crop_opts{.height = 3, .width = 1}>{};
inline constexpr auto v2 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 10, .kernel_size = {3, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 2}, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v3 = v1 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 9, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {3, 2}, .activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v4 = ctnn::concatenate<3>{}(v2, v3);
inline constexpr auto v5 = v4 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 19, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::rescaling<0.5, 0.0>{};
inline constexpr auto v7 = shared<ctnn::average, 0>{}(v4, v6);
inline constexpr auto v8 = v7 | ctnn::elu<1.0>{};
inline constexpr auto v9 = shared<ctnn::average, 0>{}(v7, v8);
inline constexpr auto v10 = v9 | ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .depth_multiplier = 3, .dilation_rate = {2, 1}, .activation = ctnn::activation::sigmoid, .use_bias = true}>{};
inline constexpr auto v11 = v10 | ctnn::rescaling<0.1, 0.0>{};
using type = decltype(functional(inputs(v0), v11));
inline constexpr std::array<std::size_t, 12> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0054

// Model 55 (functional): Average, Dense, Embedding, MaxPooling1D, ReLU; shared
namespace m0055 {
inline constexpr auto v0 = ctnn::input<4>{};
inline constexpr auto v1 = ctnn::input<4>::id<1>{};
inline constexpr auto v2 = v0 | shared<ctnn::embedding<2, 2>, 0>{};
inline constexpr auto v3 = v1 | shared<ctnn::embedding<2, 2>, 0>{};
inline constexpr auto v4 = v2 | shared<ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>, 1>{};
inline constexpr auto v5 = v3 | shared<ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>, 1>{};
inline constexpr auto v6 = v4 | shared<ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::sparse_plus, .use_bias = true}>, 2>{};
inline constexpr auto v7 = v5 | shared<ctnn::dense<15, ctnn::dense_opts{.activation = ctnn::activation::sparse_plus, .use_bias = true}>, 2>{};
inline constexpr auto v8 = v7 | shared<ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 4, .strides = 1, .padding = ctnn::padding::same}>, 3>{};
inline constexpr auto v9 = v8 | ctnn::relu<>{};
inline constexpr auto v10 = v9 | shared<ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 4, .strides = 1, .padding = ctnn::padding::same}>, 3>{};
inline constexpr auto v11 = ctnn::average{}(v6, v10);
inline constexpr auto v12 = v11 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::sparse_plus, .use_bias = false}>{};
using type = decltype(functional(inputs(v0, v1), v12));
inline constexpr std::array<std::size_t, 13> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12)};
inline constexpr std::array<std::size_t, 2> labels{2, 2};
}  // namespace m0055

// Model 56 (functional): Activation, Add, AveragePooling1D, BatchNormalization, Conv1D, Conv1DTranspose, Dense, ELU, Flatten, LeakyReLU, Minimum, ReLU; shared
namespace m0056 {
inline constexpr auto v0 = ctnn::input<25>{};
inline constexpr auto v1 = ctnn::input<5, 2>{};
inline constexpr auto v2 = v0 | shared<ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>, 0>{};
inline constexpr auto v3 = v2 | shared<ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>, 0>{};
inline constexpr auto v4 = v3 | ctnn::relu<ctnn::relu_opts{.negative_slope = 0.1}>{};
inline constexpr auto v5 = v4 | shared<ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>, 0>{};
inline constexpr auto v6 = v1 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v7 = v6 | ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 3, .padding = ctnn::padding::valid}>{};
inline constexpr auto v8 = v7 | ctnn::conv1d_transpose<ctnn::conv1d_transpose_opts{.filters = 3, .kernel_size = 1, .strides = 2, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::hard_tanh, .use_bias = true}>{};
inline constexpr auto v9 = v8 | ctnn::leaky_relu<0.0>{};
inline constexpr auto v10 = v9 | ctnn::activation_layer<ctnn::activation::hard_tanh>{};
inline constexpr auto v11 = v10 | ctnn::elu<1.0>{};
inline constexpr auto v12 = v11 | ctnn::activation_layer<ctnn::activation::hard_shrink>{};
inline constexpr auto v13 = v12 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::hard_tanh, .use_bias = true}>{};
inline constexpr auto v14 = v13 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v15 = v12 | shared<ctnn::conv1d<ctnn::conv1d_opts{.filters = 11, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::sparse_plus, .use_bias = true}>, 1>{};
inline constexpr auto v16 = v14 | shared<ctnn::conv1d<ctnn::conv1d_opts{.filters = 11, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::sparse_plus, .use_bias = true}>, 1>{};
inline constexpr auto v17 = ctnn::add{}(v15, v16);
inline constexpr auto v18 = v17 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 11, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v19 = v18 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v20 = v17 | shared<ctnn::conv1d<ctnn::conv1d_opts{.filters = 15, .kernel_size = 5, .strides = 3, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>, 2>{};
inline constexpr auto v21 = v19 | shared<ctnn::conv1d<ctnn::conv1d_opts{.filters = 15, .kernel_size = 5, .strides = 3, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>, 2>{};
inline constexpr auto v22 = ctnn::minimum{}(v20, v21);
inline constexpr auto v23 = v5 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v24 = v22 | ctnn::flatten{};
inline constexpr auto v25 = v24 | ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v26 = ctnn::minimum{}(v23, v25);
using type = decltype(functional(inputs(v0, v1), v26));
inline constexpr std::array<std::size_t, 27> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0056

// Model 57 (functional): Add, Average, BatchNormalization, Conv2D, Cropping2D, Dense, DepthwiseConv2D, Flatten, Maximum, RandomFlip; outputs, shared
namespace m0057 {
inline constexpr auto v0 = ctnn::input<6, 8, 1>{};
inline constexpr auto v1 = ctnn::input<7, 5, 1>{};
inline constexpr auto v2 = v0 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {4, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 3}, .activation = ctnn::activation::softsign, .use_bias = false}>{};
inline constexpr auto v3 = shared<ctnn::maximum, 0>{}(v0, v2);
inline constexpr auto v4 = v3 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = {1, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::soft_shrink, .use_bias = true}>{};
inline constexpr auto v5 = shared<ctnn::maximum, 0>{}(v3, v4);
inline constexpr auto v6 = v1 | shared<ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::soft_shrink, .use_bias = true}>, 1>{};
inline constexpr auto v7 = v6 | shared<ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::soft_shrink, .use_bias = true}>, 1>{};
inline constexpr auto v8 = v7 | ctnn::cropping2d<ctnn::cropping2d_opts{.top = 2, .bottom = 0, .left = 2, .right = 1}>{};
inline constexpr auto v9 = v7 | shared<ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {5, 5}, .strides = {2, 2}, .padding = ctnn::padding::same, .depth_multiplier = 3, .dilation_rate = {1, 1}, .activation = ctnn::activation::exponential, .use_bias = false}>, 2>{};
inline constexpr auto v10 = v8 | shared<ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {5, 5}, .strides = {2, 2}, .padding = ctnn::padding::same, .depth_multiplier = 3, .dilation_rate = {1, 1}, .activation = ctnn::activation::exponential, .use_bias = false}>, 2>{};
inline constexpr auto v11 = v9 | ctnn::flatten{};
inline constexpr auto v12 = v11 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v13 = v10 | ctnn::flatten{};
inline constexpr auto v14 = v13 | ctnn::dense<9, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v15 = ctnn::average{}(v12, v14);
inline constexpr auto v16 = v15 | ctnn::random_flip{};
inline constexpr auto v17 = v16 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = true, .scale = true}>{};
inline constexpr auto v18 = v5 | ctnn::flatten{};
inline constexpr auto v19 = v18 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::log_softmax, .use_bias = true}>{};
inline constexpr auto v20 = v17 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::sparse_plus, .use_bias = true}>{};
inline constexpr auto v21 = ctnn::add{}(v19, v20);
using type = decltype(functional(inputs(v0, v1), outputs(v21, v12)));
inline constexpr std::array<std::size_t, 22> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0057

// Model 58 (functional): Add, AveragePooling1D, BatchNormalization, Conv1D, Conv2D, Dense, Dropout, Flatten, Minimum, Subtract; again, shared
namespace m0058 {
inline constexpr auto v0 = ctnn::input<4, 2>{};
inline constexpr auto v1 = ctnn::input<6, 8, 7>{};
inline constexpr auto v2 = v0 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 2, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::softmax, .use_bias = false}>{};
inline constexpr auto v3 = ctnn::minimum{}(v0, v2);
inline constexpr auto v4 = v3 | shared<ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 1, .padding = ctnn::padding::same}>, 0>{};
inline constexpr auto v5 = v4 | shared<ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 1, .padding = ctnn::padding::same}>, 0>{};
inline constexpr auto v6 = v5 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v7 = v6 | shared<ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 1, .padding = ctnn::padding::same}>, 0>{};
inline constexpr auto v8 = v1 | ctnn::dropout<0.1>{};
inline constexpr auto v9 = ctnn::add{}(v8, again(v8));
inline constexpr auto v10 = v9 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {2, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::silu, .use_bias = true}>{};
inline constexpr auto v11 = shared<ctnn::subtract, 1>{}(v9, v10);
inline constexpr auto v12 = v11 | ctnn::dense<7, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v13 = v12 | ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::elu, .use_bias = true}>{};
inline constexpr auto v14 = shared<ctnn::subtract, 1>{}(v11, v13);
inline constexpr auto v15 = v7 | ctnn::flatten{};
inline constexpr auto v16 = v15 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v17 = v14 | ctnn::flatten{};
inline constexpr auto v18 = v17 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>{};
inline constexpr auto v19 = ctnn::add{}(v16, v18);
using type = decltype(functional(inputs(v0, v1), v19));
inline constexpr std::array<std::size_t, 20> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0058

// Model 59 (functional): AveragePooling1D, Concatenate, Conv1D, Dense, Softmax; shared
namespace m0059 {
inline constexpr auto v0 = ctnn::input<3, 4>{};
inline constexpr auto v1 = v0 | ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 3, .padding = ctnn::padding::same}>{};
inline constexpr auto v2 = v1 | ctnn::softmax<-2>{};
inline constexpr auto v3 = shared<ctnn::concatenate<-1>, 0>{}(v1, v2);
inline constexpr auto v4 = v3 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 8, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 3, .activation = ctnn::activation::linear, .use_bias = false}>{};
inline constexpr auto v5 = v4 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 8, .kernel_size = 5, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::sparse_sigmoid, .use_bias = true}>{};
inline constexpr auto v6 = v5 | ctnn::softmax<-1>{};
inline constexpr auto v7 = shared<ctnn::concatenate<-1>, 0>{}(v3, v6);
inline constexpr auto v8 = v7 | ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v9 = v7 | ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .strides = 1, .padding = ctnn::padding::same}>{};
inline constexpr auto v10 = ctnn::concatenate<-1>{}(v8, v9);
using type = decltype(functional(inputs(v0), v10));
inline constexpr std::array<std::size_t, 11> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0059

// Model 60 (functional): Concatenate, Conv2D, SeparableConv2D, Solarization; shared
namespace m0060 {
inline constexpr auto v0 = ctnn::input<9, 2, 1>{};
inline constexpr auto v1 = ctnn::input<9, 2, 1>::id<1>{};
inline constexpr auto v2 = v0 | shared<ctnn::separable_conv2d<ctnn::separable_conv2d_opts{.filters = 12, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {2, 1}, .depth_multiplier = 1, .activation = ctnn::activation::tanh_shrink, .use_bias = true}>, 0>{};
inline constexpr auto v3 = v1 | shared<ctnn::separable_conv2d<ctnn::separable_conv2d_opts{.filters = 12, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {2, 1}, .depth_multiplier = 1, .activation = ctnn::activation::tanh_shrink, .use_bias = true}>, 0>{};
inline constexpr auto v4 = v2 | shared<ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::mish, .use_bias = true}>, 1>{};
inline constexpr auto v5 = v3 | shared<ctnn::conv2d<ctnn::conv2d_opts{.filters = 7, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid, .dilation_rate = {1, 1}, .activation = ctnn::activation::mish, .use_bias = true}>, 1>{};
inline constexpr auto v6 = v5 | ctnn::solarization{};
inline constexpr auto v7 = ctnn::concatenate<-1>{}(v4, v6);
using type = decltype(functional(inputs(v0, v1), v7));
inline constexpr std::array<std::size_t, 8> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0060

// Model 61 (functional): Average, AveragePooling1D, BatchNormalization, Concatenate, Conv1D, Conv1DTranspose, Dense, Dot, Dropout, Flatten, LayerNormalization, LeakyReLU, ReLU, Softmax, Subtract; shared
namespace m0061 {
inline constexpr auto v0 = ctnn::input<4, 7>{};
inline constexpr auto v1 = ctnn::input<4, 1>{};
inline constexpr auto v2 = v0 | ctnn::conv1d_transpose<ctnn::conv1d_transpose_opts{.filters = 2, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::valid, .output_padding = 0, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v3 = v2 | ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.1}>{};
inline constexpr auto v4 = v3 | ctnn::dropout<0.1>{};
inline constexpr auto v5 = v4 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v6 = v5 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = false, .scale = true}>{};
inline constexpr auto v7 = v6 | ctnn::dropout<0.5>{};
inline constexpr auto v8 = v7 | ctnn::leaky_relu<0.1>{};
inline constexpr auto v9 = v8 | ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 1, .strides = 1, .padding = ctnn::padding::valid}>{};
inline constexpr auto v10 = v9 | ctnn::relu<ctnn::relu_opts{.negative_slope = 0.5}>{};
inline constexpr auto v11 = v1 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 16, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 3, .activation = ctnn::activation::log_softmax, .use_bias = false}>{};
inline constexpr auto v12 = v1 | ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::hard_tanh, .use_bias = false}>{};
inline constexpr auto v13 = ctnn::concatenate<-1>{}(v11, v12);
inline constexpr auto v14 = v13 | ctnn::dense<20, ctnn::dense_opts{.activation = ctnn::activation::softplus, .use_bias = true}>{};
inline constexpr auto v15 = v13 | shared<ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::softsign, .use_bias = true}>, 0>{};
inline constexpr auto v16 = v14 | shared<ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::softsign, .use_bias = true}>, 0>{};
inline constexpr auto v17 = v15 | shared<ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 4, .strides = 4, .padding = ctnn::padding::valid}>, 1>{};
inline constexpr auto v18 = v16 | shared<ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 4, .strides = 4, .padding = ctnn::padding::valid}>, 1>{};
inline constexpr auto v19 = ctnn::subtract{}(v17, v18);
inline constexpr auto v20 = v19 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v21 = v20 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 2, .kernel_size = 4, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1, .activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v22 = v21 | ctnn::softmax<-2>{};
inline constexpr auto v23 = v22 | ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = true, .scale = true}>{};
inline constexpr auto v24 = v19 | shared<ctnn::conv1d<ctnn::conv1d_opts{.filters = 15, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::valid, .dilation_rate = 1, .activation = ctnn::activation::log_sigmoid, .use_bias = true}>, 2>{};
inline constexpr auto v25 = v21 | shared<ctnn::conv1d<ctnn::conv1d_opts{.filters = 15, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::valid, .dilation_rate = 1, .activation = ctnn::activation::log_sigmoid, .use_bias = true}>, 2>{};
inline constexpr auto v26 = v23 | shared<ctnn::conv1d<ctnn::conv1d_opts{.filters = 15, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::valid, .dilation_rate = 1, .activation = ctnn::activation::log_sigmoid, .use_bias = true}>, 2>{};
inline constexpr auto v27 = ctnn::average{}(v24, v25, v26);
inline constexpr auto v28 = v10 | ctnn::flatten{};
inline constexpr auto v29 = v28 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>{};
inline constexpr auto v30 = v27 | ctnn::flatten{};
inline constexpr auto v31 = v30 | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>{};
inline constexpr auto v32 = ctnn::dot<ctnn::dot_opts{.axes = -1, .normalize = true}>{}(v29, v31);
using type = decltype(functional(inputs(v0, v1), v32));
inline constexpr std::array<std::size_t, 33> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26), position_of<type>(v27), position_of<type>(v28), position_of<type>(v29), position_of<type>(v30), position_of<type>(v31), position_of<type>(v32)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0061

// Model 62 (functional): Activation, AveragePooling2D, BatchNormalization, Concatenate, Conv2D, Dense, DepthwiseConv2D, Dot, Flatten, GlobalMaxPooling2D, Multiply, Reshape; shared
namespace m0062 {
inline constexpr auto v0 = ctnn::input<5, 5, 1>{};
inline constexpr auto v1 = ctnn::input<5, 5, 1>::id<1>{};
inline constexpr auto v2 = v0 | shared<ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::valid, .depth_multiplier = 1, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh_shrink, .use_bias = true}>, 0>{};
inline constexpr auto v3 = v1 | shared<ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {4, 4}, .strides = {1, 1}, .padding = ctnn::padding::valid, .depth_multiplier = 1, .dilation_rate = {1, 1}, .activation = ctnn::activation::tanh_shrink, .use_bias = true}>, 0>{};
inline constexpr auto v4 = v2 | shared<ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>, 1>{};
inline constexpr auto v5 = v3 | shared<ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>, 1>{};
inline constexpr auto v6 = v4 | ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 2}, .strides = {2, 2}, .padding = ctnn::padding::valid}>{};
inline constexpr auto v7 = v4 | shared<ctnn::conv2d<ctnn::conv2d_opts{.filters = 15, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::log_sigmoid, .use_bias = true}>, 2>{};
inline constexpr auto v8 = v6 | shared<ctnn::conv2d<ctnn::conv2d_opts{.filters = 15, .kernel_size = {2, 2}, .strides = {1, 1}, .padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::log_sigmoid, .use_bias = true}>, 2>{};
inline constexpr auto v9 = v7 | ctnn::flatten{};
inline constexpr auto v10 = v9 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::exponential, .use_bias = true}>{};
inline constexpr auto v11 = v8 | ctnn::flatten{};
inline constexpr auto v12 = v11 | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>{};
inline constexpr auto v13 = ctnn::dot<ctnn::dot_opts{.axes = -1, .normalize = true}>{}(v10, v12);
inline constexpr auto v14 = v13 | ctnn::activation_layer<ctnn::activation::leaky_relu>{};
inline constexpr auto v15 = ctnn::multiply{}(v13, v14);
inline constexpr auto v16 = v5 | ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 1}, .strides = {2, 1}, .padding = ctnn::padding::valid}>{};
inline constexpr auto v17 = v5 | shared<ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>, 3>{};
inline constexpr auto v18 = v16 | shared<ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::sigmoid, .use_bias = true}>, 3>{};
inline constexpr auto v19 = v17 | ctnn::flatten{};
inline constexpr auto v20 = v19 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::mish, .use_bias = true}>{};
inline constexpr auto v21 = v18 | ctnn::flatten{};
inline constexpr auto v22 = v21 | ctnn::dense<8, ctnn::dense_opts{.activation = ctnn::activation::hard_silu, .use_bias = true}>{};
inline constexpr auto v23 = ctnn::multiply{}(v20, v22);
inline constexpr auto v24 = ctnn::concatenate<-1>{}(v15, v23);
inline constexpr auto v25 = v24 | ctnn::reshape<-1, 1, 9>{};
inline constexpr auto v26 = v25 | ctnn::global_max_pooling2d<ctnn::global_pooling2d_opts{.keepdims = true}>{};
using type = decltype(functional(inputs(v0, v1), v26));
inline constexpr std::array<std::size_t, 27> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16), position_of<type>(v17), position_of<type>(v18), position_of<type>(v19), position_of<type>(v20), position_of<type>(v21), position_of<type>(v22), position_of<type>(v23), position_of<type>(v24), position_of<type>(v25), position_of<type>(v26)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0062

// Model 63 (functional): BatchNormalization, Dense, GaussianDropout, GroupNormalization, Multiply, Softmax; outputs, shared
namespace m0063 {
inline constexpr auto v0 = ctnn::input<21>{};
inline constexpr auto v1 = v0 | shared<ctnn::dense<21, ctnn::dense_opts{.activation = ctnn::activation::hard_silu, .use_bias = true}>, 0>{};
inline constexpr auto v2 = v1 | shared<ctnn::dense<21, ctnn::dense_opts{.activation = ctnn::activation::hard_silu, .use_bias = true}>, 0>{};
inline constexpr auto v3 = v2 | shared<ctnn::dense<21, ctnn::dense_opts{.activation = ctnn::activation::hard_silu, .use_bias = true}>, 0>{};
inline constexpr auto v4 = v3 | ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = false, .scale = false}>{};
inline constexpr auto v5 = ctnn::multiply{}(v3, v4);
inline constexpr auto v6 = v5 | shared<ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 1, .epsilon = 0.01, .center = true, .scale = true}>, 1>{};
inline constexpr auto v7 = v6 | shared<ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 1, .epsilon = 0.01, .center = true, .scale = true}>, 1>{};
inline constexpr auto v8 = v7 | shared<ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 1, .epsilon = 0.01, .center = true, .scale = true}>, 1>{};
inline constexpr auto v9 = v8 | ctnn::softmax<-1>{};
inline constexpr auto v10 = v9 | ctnn::gaussian_dropout<0.5>{};
using type = decltype(functional(inputs(v0), outputs(v10, v10, v3)));
inline constexpr std::array<std::size_t, 11> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10)};
inline constexpr std::array<std::size_t, 1> labels{0};
}  // namespace m0063

// Model 64 (functional): Concatenate, Conv1D, Dense, Flatten, Minimum, Multiply, Rescaling, Reshape, Solarization; shared
namespace m0064 {
inline constexpr auto v0 = ctnn::input<8, 5>{};
inline constexpr auto v1 = ctnn::input<10>{};
inline constexpr auto v2 = v0 | ctnn::conv1d<ctnn::conv1d_opts{.filters = 9, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::causal, .dilation_rate = 1, .activation = ctnn::activation::gelu, .use_bias = false}>{};
inline constexpr auto v3 = v0 | ctnn::dense<1, ctnn::dense_opts{.activation = ctnn::activation::relu6, .use_bias = true}>{};
inline constexpr auto v4 = ctnn::concatenate<-1>{}(v2, v3);
inline constexpr auto v5 = v1 | ctnn::rescaling<0.5, 0.0>{};
inline constexpr auto v6 = shared<ctnn::multiply, 0>{}(v1, v5);
inline constexpr auto v7 = v6 | ctnn::rescaling<2.0, 0.0>{};
inline constexpr auto v8 = shared<ctnn::multiply, 0>{}(v6, v7);
inline constexpr auto v9 = v8 | ctnn::reshape<2, -1>{};
inline constexpr auto v10 = v9 | ctnn::dense<13, ctnn::dense_opts{.activation = ctnn::activation::mish, .use_bias = true}>{};
inline constexpr auto v11 = v10 | ctnn::solarization{};
inline constexpr auto v12 = v4 | ctnn::flatten{};
inline constexpr auto v13 = v12 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v14 = v11 | ctnn::flatten{};
inline constexpr auto v15 = v14 | ctnn::dense<11, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>{};
inline constexpr auto v16 = ctnn::minimum{}(v13, v15);
using type = decltype(functional(inputs(v0, v1), v16));
inline constexpr std::array<std::size_t, 17> positions{position_of<type>(v0), position_of<type>(v1), position_of<type>(v2), position_of<type>(v3), position_of<type>(v4), position_of<type>(v5), position_of<type>(v6), position_of<type>(v7), position_of<type>(v8), position_of<type>(v9), position_of<type>(v10), position_of<type>(v11), position_of<type>(v12), position_of<type>(v13), position_of<type>(v14), position_of<type>(v15), position_of<type>(v16)};
inline constexpr std::array<std::size_t, 2> labels{0, 0};
}  // namespace m0064

const model_case cases[] = {
    {50, "functional", "Activation,Add,AveragePooling1D,BatchNormalization,Conv1D,DepthwiseConv1D,Dot,Dropout,ELU,GroupNormalization,LeakyReLU,ReLU,Rescaling,shared", "ELU", &run_model<m0050::type, m0050::positions, m0050::labels>},
    {51, "functional", "Average,Conv1D,Dense,Flatten,MaxPooling1D,Maximum,Minimum,PReLU,Rescaling,again,outputs,shared,twin", "Maximum", &run_model<m0051::type, m0051::positions, m0051::labels>},
    {52, "functional", "BatchNormalization,Cropping2D,Dense,Flatten,GaussianDropout,LeakyReLU,Multiply,RMSNormalization,outputs,shared", "RMSNormalization", &run_model<m0052::type, m0052::positions, m0052::labels>},
    {53, "functional", "BatchNormalization,Conv1D,GlobalMaxPooling1D,LayerNormalization,MaxPooling1D,outputs,shared", "GlobalMaxPooling1D", &run_model<m0053::type, m0053::positions, m0053::labels>},
    {54, "functional", "Average,Concatenate,Conv2D,DepthwiseConv2D,ELU,RandomCrop,Rescaling,shared", "Rescaling", &run_model<m0054::type, m0054::positions, m0054::labels>},
    {55, "functional", "Average,Dense,Embedding,MaxPooling1D,ReLU,shared", "Dense", &run_model<m0055::type, m0055::positions, m0055::labels>},
    {56, "functional", "Activation,Add,AveragePooling1D,BatchNormalization,Conv1D,Conv1DTranspose,Dense,ELU,Flatten,LeakyReLU,Minimum,ReLU,shared", "Minimum", &run_model<m0056::type, m0056::positions, m0056::labels>},
    {57, "functional", "Add,Average,BatchNormalization,Conv2D,Cropping2D,Dense,DepthwiseConv2D,Flatten,Maximum,RandomFlip,outputs,shared", "Add", &run_model<m0057::type, m0057::positions, m0057::labels>},
    {58, "functional", "Add,AveragePooling1D,BatchNormalization,Conv1D,Conv2D,Dense,Dropout,Flatten,Minimum,Subtract,again,shared", "Add", &run_model<m0058::type, m0058::positions, m0058::labels>},
    {59, "functional", "AveragePooling1D,Concatenate,Conv1D,Dense,Softmax,shared", "Concatenate", &run_model<m0059::type, m0059::positions, m0059::labels>},
    {60, "functional", "Concatenate,Conv2D,SeparableConv2D,Solarization,shared", "Concatenate", &run_model<m0060::type, m0060::positions, m0060::labels>},
    {61, "functional", "Average,AveragePooling1D,BatchNormalization,Concatenate,Conv1D,Conv1DTranspose,Dense,Dot,Dropout,Flatten,LayerNormalization,LeakyReLU,ReLU,Softmax,Subtract,shared", "Dot", &run_model<m0061::type, m0061::positions, m0061::labels>},
    {62, "functional", "Activation,AveragePooling2D,BatchNormalization,Concatenate,Conv2D,Dense,DepthwiseConv2D,Dot,Flatten,GlobalMaxPooling2D,Multiply,Reshape,shared", "GlobalMaxPooling2D", &run_model<m0062::type, m0062::positions, m0062::labels>},
    {63, "functional", "BatchNormalization,Dense,GaussianDropout,GroupNormalization,Multiply,Softmax,outputs,shared", "GaussianDropout", &run_model<m0063::type, m0063::positions, m0063::labels>},
    {64, "functional", "Concatenate,Conv1D,Dense,Flatten,Minimum,Multiply,Rescaling,Reshape,Solarization,shared", "Minimum", &run_model<m0064::type, m0064::positions, m0064::labels>},
};
[[maybe_unused]] const bool registered = register_cases(cases);
}  // namespace random_models::set_50_15
