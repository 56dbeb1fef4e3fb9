// The nested-model and `.keras` files of tests/keras_files/ (written from scratch by
// make_keras3_files.py, see its README.md): models that use another model as a layer load into
// the flat ctnn type of their layers, from a legacy tf.keras .h5 and from a Keras 3 .keras
// archive alike, and give the outputs numpy computes; every broken file is refused with a
// file_error that names the file and what is wrong, leaving the model as it was.
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/io/keras.hpp>

#include "support/keras_file_models.hpp"

using Catch::Matchers::Contains;

namespace {

const std::filesystem::path files_dir = CTNN_KERAS_FILES_DIR;

// Model([noise, label], generator(concatenate([noise, label]))), generator = Sequential([
// Dense(3, relu), BatchNormalization(), Dense(2, sigmoid)]): flat, the generator's layers inlined.
using cgan = keras_file_models::cgan;
static_assert(cgan::param_count == 38);

// Sequential([generator, discriminator]): generator = Sequential([Dense(4, relu),
// BatchNormalization(), Dense(5, tanh)]), discriminator = Sequential([Dense(3), LeakyReLU(0.2),
// Dense(1, sigmoid)]), as one chain.
using gan_stack = keras_file_models::gan_stack;
static_assert(gan_stack::param_count == 79);

// What a user writes for python_operation_nested_tfkeras.h5, tf.keras 2.15's Model(noise,
// Dense(2, sigmoid)(encoder(noise))) where the encoder computes 1.0 - Dense(3)(x) * 2.0 with
// Python operators: the operations as Rescaling layers. The file's TFOpLambda is refused all the same.
inline constexpr auto operation_noise = ctnn::input<5>{};
using python_operation =
    decltype(ctnn::functional(ctnn::inputs(operation_noise),
                              operation_noise | ctnn::dense<3>{} | ctnn::rescaling<2.0>{} | ctnn::rescaling<-1.0, 1.0>{} |
                                  ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::sigmoid}>{}));

// The weights make_keras3_files.py writes (multiples of 1/8, exact in float32), in Keras
// get_weights() order.
const std::vector<std::vector<float>> cgan_weights = {
    {-0.625f, 0.25f, -0.25f, 0.625f, 0.125f, -0.375f, 0.5f, 0.0f, -0.5f, 0.375f, -0.125f, -0.625f, 0.25f, -0.25f, 0.625f},
    {0.125f, -0.375f, 0.5f},         // dense bias
    {1.0f, 0.5f, 1.375f},            // gamma
    {-0.125f, -0.625f, 0.25f},       // beta
    {-0.25f, 0.625f, 0.125f},        // moving_mean
    {0.5f, 1.0f, 2.0f},              // moving_variance
    {-0.375f, 0.5f, 0.0f, -0.5f, 0.375f, -0.125f},  // dense_1 kernel
    {-0.625f, 0.25f},
};
const std::vector<std::vector<float>> stack_weights = {
    {-0.625f, 0.25f, -0.25f, 0.625f, 0.125f, -0.375f, 0.5f, 0.0f, -0.5f, 0.375f, -0.125f, -0.625f},
    {0.25f, -0.25f, 0.625f, 0.125f},
    {0.625f, 1.5f, 1.0f, 0.5f},
    {0.375f, -0.125f, -0.625f, 0.25f},
    {-0.25f, 0.625f, 0.125f, -0.375f},
    {0.5f, 1.0f, 2.0f, 0.25f},
    {0.5f, 0.0f, -0.5f, 0.375f, -0.125f, -0.625f, 0.25f, -0.25f, 0.625f, 0.125f,
     -0.375f, 0.5f, 0.0f, -0.5f, 0.375f, -0.125f, -0.625f, 0.25f, -0.25f, 0.625f},
    {0.125f, -0.375f, 0.5f, 0.0f, -0.5f},
    {0.375f, -0.125f, -0.625f, 0.25f, -0.25f, 0.625f, 0.125f, -0.375f, 0.5f, 0.0f, -0.5f, 0.375f, -0.125f, -0.625f, 0.25f},
    {-0.25f, 0.625f, 0.125f},
    {-0.375f, 0.5f, 0.0f},
    {-0.5f},
};

// Two samples and the outputs make_keras3_files.py computes for them with numpy (float64 from
// the float32 weights). Before the relu, the first sample gives (1.5625, -0.6875, -0.1875) and the
// second (0.96875, -0.3125, 0.8125): units cut to zero and units passed through.
const std::vector<float> cgan_noise = {-1.0f, 0.5f, 0.25f, 0.25f, 2.0f, -1.0f};
const std::vector<float> cgan_label = {1.0f, 0.0f, 0.0f, 1.0f};
const std::vector<double> cgan_outputs = {0.183891358, 0.872189856, 0.293287986, 0.802550844};
const std::vector<float> stack_inputs = {1.0f, -0.5f, 0.25f, -0.75f, 0.5f, 2.0f};
const std::vector<double> stack_outputs = {0.466089667, 0.493123226};

// merges_tfkeras.h5: d = Dense(3)(a); Dense(2)(Concatenate()([Maximum()([d - b, m]),
// Minimum()([d - b, m, b])])) with m = Average()([a, b, d]); a and b of shape (2, 3), b
// input<...>::id<1>. Weights, inputs and numpy's outputs as make_keras3_files.py prints them.
inline constexpr auto merges_a = ctnn::input<2, 3>{};
inline constexpr auto merges_b = ctnn::input<2, 3>::id<1>{};
inline constexpr auto merges_d = merges_a | ctnn::dense<3>{};
inline constexpr auto merges_s = ctnn::subtract{}(merges_d, merges_b);
inline constexpr auto merges_m = ctnn::average{}(merges_a, merges_b, merges_d);
using merges = decltype(ctnn::functional(
    ctnn::inputs(merges_a, merges_b),
    ctnn::concatenate{}(ctnn::maximum{}(merges_s, merges_m), ctnn::minimum{}(merges_s, merges_m, merges_b)) | ctnn::dense<2>{}));
const std::vector<std::vector<float>> merges_weights = {
    {-0.625f, 0.25f, -0.25f, 0.625f, 0.125f, -0.375f, 0.5f, 0.0f, -0.5f},
    {0.375f, -0.125f, -0.625f},
    {0.25f, -0.25f, 0.625f, 0.125f, -0.375f, 0.5f, 0.0f, -0.5f, 0.375f, -0.125f, -0.625f, 0.25f},
    {-0.25f, 0.625f}};
const std::vector<float> merges_a_values = {1.0f, -0.5f, 0.25f, -0.75f, 0.5f, 2.0f, 0.0f, 1.5f, -1.0f, 0.5f, -0.25f, 0.75f};
const std::vector<float> merges_b_values = {0.5f, 0.5f, -0.5f, 1.0f, -1.0f, 0.0f, -0.25f, 0.75f, 0.5f, 0.5f, 2.0f, -1.5f};
const std::vector<double> merges_outputs = {0.1171875, 0.78125, 1.1015625, -0.190104167, 1.13020833, 0.171875, 0.21484375, 0.8125};

// sequence_1d_tfkeras.h5 (tf.keras 2.15) and sequence_1d_keras3.keras (Keras 3.8): the Keras 1-D
// layers in one Sequential on sequences (24, 3), Conv1D(4, 3, causal, dilation 2, relu) ->
// ZeroPadding1D((1, 2)) -> MaxPooling1D(2) -> Conv1D(5, 3, strides 2, same) ->
// AveragePooling1D(3, strides 1, same) -> UpSampling1D(2) -> Cropping1D((1, 1)) ->
// SpatialDropout1D(0.25) -> Conv1D(6, 1, tanh, no bias) -> GlobalMaxPooling1D(keepdims) ->
// GlobalAveragePooling1D() -> Dense(2), written as ctnn-keras-type writes it (test
// keras_type.sequence_1d). The first Conv1D's padding and the MaxPooling1D's options are
// parameters, for the types the files refuse.
template <ctnn::padding FirstPadding, ctnn::pooling1d_opts Pool>
using sequence_1d_with = ctnn::sequential<
    ctnn::input<24, 3>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 3, .strides = 1, .padding = FirstPadding, .dilation_rate = 2,
                                   .activation = ctnn::activation::relu, .use_bias = true}>,
    ctnn::zero_padding1d<ctnn::zero_padding1d_opts{.left = 1, .right = 2}>, ctnn::max_pooling1d<Pool>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 5, .kernel_size = 3, .strides = 2, .padding = ctnn::padding::same, .dilation_rate = 1,
                                   .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 1, .padding = ctnn::padding::same}>,
    ctnn::upsampling1d<ctnn::upsampling1d_opts{.size = 2}>, ctnn::cropping1d<ctnn::cropping1d_opts{.left = 1, .right = 1}>,
    ctnn::spatial_dropout1d<0.25>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 6, .kernel_size = 1, .strides = 1, .padding = ctnn::padding::valid, .dilation_rate = 1,
                                   .activation = ctnn::activation::tanh, .use_bias = false}>,
    ctnn::global_max_pooling1d<ctnn::global_pooling1d_opts{.keepdims = true}>,
    ctnn::global_average_pooling1d<ctnn::global_pooling1d_opts{.keepdims = false}>,
    ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>>;
inline constexpr ctnn::pooling1d_opts sequence_pool{.pool_size = 2, .strides = 2, .padding = ctnn::padding::valid};
using sequence_1d = sequence_1d_with<ctnn::padding::causal, sequence_pool>;
static_assert(sequence_1d::param_count == 149);
static_assert(sequence_1d::output_shape == ctnn::shape<2>{});
// The same MaxPooling1D with its strides left out (Keras's None, the pool size): the files'
// [2] is that too.
using sequence_1d_default_strides =
    sequence_1d_with<ctnn::padding::causal, ctnn::pooling1d_opts{.pool_size = 2, .padding = ctnn::padding::valid}>;
// Types the files refuse: the first Conv1D 'same' where the files say 'causal' (24 steps out
// all the same), a MaxPooling1D of 3 where they say 2 (strides 2: 13 steps out all the same).
using sequence_1d_same = sequence_1d_with<ctnn::padding::same, sequence_pool>;
using sequence_1d_pool3 =
    sequence_1d_with<ctnn::padding::causal, ctnn::pooling1d_opts{.pool_size = 3, .strides = 2, .padding = ctnn::padding::valid}>;

// make_keras3_files.py's fractions(count, start): value i is ((start + i) * 7 mod 11 - 5) / 8.
std::vector<float> fractions(std::size_t count, std::size_t start) {
  std::vector<float> values(count);
  for (std::size_t i = 0; i < count; ++i) values[i] = static_cast<float>(static_cast<int>((start + i) * 7 % 11) - 5) / 8.0f;
  return values;
}
// get_weights() order, the fractions taken one after another: conv1d kernel [3, 3, 4] and bias,
// conv1d_1 kernel [3, 4, 5] and bias, conv1d_2 kernel [1, 5, 6], dense kernel [6, 2] and bias.
const std::vector<std::vector<float>> sequence_weights = {fractions(36, 0),   fractions(4, 36),   fractions(60, 40),
                                                          fractions(5, 100),  fractions(30, 105), fractions(12, 135),
                                                          fractions(2, 147)};
// Two samples (2, 24, 3): value i of the flat array is ((5 i) mod 13 - 6) / 4. numpy's outputs
// (float64 from the float32 weights), which PyTorch's conv1d and poolings give too.
std::vector<float> sequence_inputs() {
  std::vector<float> values(2 * 24 * 3);
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<float>(static_cast<int>(5 * i % 13) - 6) / 4.0f;
  return values;
}
const std::vector<double> sequence_outputs = {0.812259098, -0.456942161, 0.338016871, -0.0495418946};

// depthwise_tfkeras.h5 (tf.keras 2.15) and depthwise_keras3.keras (Keras 3.8): DepthwiseConv2D in a
// small MobileNet-style Sequential on images (9, 9, 3), Conv2D(4, 3, strides 2, same, no bias) ->
// BatchNormalization -> ReLU(6.0) -> DepthwiseConv2D(3, same, depth_multiplier 2, no bias) ->
// BatchNormalization -> ReLU(6.0) -> Conv2D(5, 1) -> DepthwiseConv2D((3, 2), strides 2, relu) ->
// GlobalAveragePooling2D -> Dense(2), written as ctnn-keras-type writes it (tests
// keras_type.depthwise and keras_type.depthwise_keras3). The first DepthwiseConv2D's depth
// multiplier is a parameter, for the type the files refuse.
template <int Multiplier>
using depthwise_with = ctnn::sequential<
    ctnn::input<9, 9, 3>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 4, .kernel_size = {3, 3}, .strides = {2, 2}, .padding = ctnn::padding::same,
                                   .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = false}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>,
    ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::same,
                                                       .depth_multiplier = Multiplier, .dilation_rate = {1, 1},
                                                       .activation = ctnn::activation::linear, .use_bias = false}>,
    ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>,
    ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 5, .kernel_size = {1, 1}, .strides = {1, 1}, .padding = ctnn::padding::valid,
                                   .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {3, 2}, .strides = {2, 2}, .padding = ctnn::padding::valid,
                                                       .depth_multiplier = 1, .dilation_rate = {1, 1},
                                                       .activation = ctnn::activation::relu, .use_bias = true}>,
    ctnn::global_average_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>,
    ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>>;
using depthwise = depthwise_with<2>;
// Conv2D 3 * 3 * 3 * 4, BatchNormalization 4 * 4, DepthwiseConv2D 3 * 3 * 4 * 2, BatchNormalization
// 4 * 8, Conv2D 8 * 5 + 5, DepthwiseConv2D 3 * 2 * 5 + 5, Dense 5 * 2 + 2.
static_assert(depthwise::param_count == 320);
static_assert(depthwise::output_shape == ctnn::shape<2>{});
static_assert(depthwise::layer<4>::output_shape{} == ctnn::shape<5, 5, 8>{});
static_assert(depthwise::layer<8>::output_shape{} == ctnn::shape<2, 2, 5>{});
// The type the files refuse: a depth multiplier of 1 where they say 2.
using depthwise_multiplier_1 = depthwise_with<1>;

// make_keras3_files.py's BatchNormalization weights (chain_weights): gamma the fractions plus 1,
// moving_variance 0.5, 1, 2, 0.25 over and over.
std::vector<float> plus_one(std::vector<float> values) {
  for (float& value : values) value += 1.0f;
  return values;
}
std::vector<float> variances(std::size_t count) {
  static constexpr float pattern[] = {0.5f, 1.0f, 2.0f, 0.25f};
  std::vector<float> values(count);
  for (std::size_t i = 0; i < count; ++i) values[i] = pattern[i % 4];
  return values;
}
// get_weights() order, the fractions taken one after another (a batch normalization takes 3 C of
// them: gamma, beta, moving_mean).
const std::vector<std::vector<float>> depthwise_weights = {
    fractions(108, 0),                                                                // conv2d kernel [3, 3, 3, 4]
    plus_one(fractions(4, 108)), fractions(4, 112), fractions(4, 116), variances(4),  // batch_normalization
    fractions(72, 120),                                                               // depthwise_conv2d [3, 3, 4, 2]
    plus_one(fractions(8, 192)), fractions(8, 200), fractions(8, 208), variances(8),  // batch_normalization_1
    fractions(40, 216), fractions(5, 256),                                            // conv2d_1 [1, 1, 8, 5], bias
    fractions(30, 261), fractions(5, 291),                                            // depthwise_conv2d_1 [3, 2, 5, 1], bias
    fractions(10, 296), fractions(2, 306)};                                           // dense [5, 2], bias
// Two samples (2, 9, 9, 3): value i of the flat array is ((7 i) mod 17 - 8) / 4 (some values reach
// the ReLU's cap, others its zero). numpy's outputs (float64 from the float32 weights), which
// PyTorch's conv2d (groups = channels for the depthwise layers) gives too.
std::vector<float> depthwise_inputs() {
  std::vector<float> values(2 * 9 * 9 * 3);
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<float>(static_cast<int>(7 * i % 17) - 8) / 4.0f;
  return values;
}
const std::vector<double> depthwise_outputs = {0.370694696, -0.194725976, 0.37725022, -0.284902752};

// preprocess_tfkeras.h5 (tf.keras 2.15) and preprocess_keras3.keras (Keras 3.10): Keras's image
// preprocessing, reshaping and normalising layers in one Sequential on images (12, 10, 3), as
// Keras's image-classification tutorial starts a model: RandomFlip("horizontal") ->
// RandomRotation(0.1) -> Resizing(8, 8, crop_to_aspect_ratio=True) -> CenterCrop(6, 6) ->
// Conv2D(4, 3, relu) -> UnitNormalization() -> Permute((3, 1, 2)) -> Flatten() -> Dense(5) ->
// RepeatVector(3) -> ActivityRegularization(l2=0.01) -> Dense(2). The Keras 3 file holds the two
// augmentation layers in a nested Sequential, data_augmentation (the tutorial's), the tf.keras one
// flat; both load into the one flat type, written as ctnn-keras-type writes it. The Resizing's
// options and RepeatVector's n are parameters, for the types the files refuse.
template <ctnn::resizing_opts Resize, int Repeats>
using preprocess_with = ctnn::sequential<
    ctnn::input<12, 10, 3>, ctnn::random_flip, ctnn::random_rotation, ctnn::resizing<Resize>,
    ctnn::center_crop<ctnn::center_crop_opts{.height = 6, .width = 6}>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 4, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::valid,
                                   .dilation_rate = {1, 1}, .activation = ctnn::activation::relu, .use_bias = true}>,
    ctnn::unit_normalization<>, ctnn::permute<3, 1, 2>, ctnn::flatten,
    ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>, ctnn::repeat_vector<Repeats>,
    ctnn::activity_regularization<ctnn::activity_regularization_opts{.l1 = 0.0, .l2 = 0.01}>,
    ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>>;
inline constexpr ctnn::resizing_opts preprocess_resize{.height = 8, .width = 8, .interpolation = ctnn::interpolation::bilinear,
                                                       .crop_to_aspect_ratio = true, .pad_to_aspect_ratio = false, .fill_value = 0.0};
using preprocess = preprocess_with<preprocess_resize, 3>;
// Conv2D 3 * 3 * 3 * 4 + 4, Dense 64 * 5 + 5, Dense 5 * 2 + 2.
static_assert(preprocess::param_count == 449);
static_assert(preprocess::output_shape == ctnn::shape<3, 2>{});
static_assert(preprocess::layer<3>::output_shape{} == ctnn::shape<8, 8, 3>{});
static_assert(preprocess::layer<5>::output_shape{} == ctnn::shape<4, 4, 4>{});
// Types the files refuse: a Resizing that stretches the whole image to (8, 8) where the files crop
// it to the aspect ratio first ((8, 8, 3) out all the same), a RepeatVector of 4 where they say 3
// (the Dense after it takes any number of steps).
using preprocess_stretched = preprocess_with<ctnn::resizing_opts{.height = 8, .width = 8}, 3>;
using preprocess_repeat4 = preprocess_with<preprocess_resize, 4>;
// get_weights() order, the fractions taken one after another: conv2d kernel [3, 3, 3, 4] and bias,
// dense kernel [64, 5] and bias, dense_1 kernel [5, 2] and bias.
const std::vector<std::vector<float>> preprocess_weights = {fractions(108, 0), fractions(4, 108), fractions(320, 112),
                                                            fractions(5, 432), fractions(10, 437), fractions(2, 447)};
// Two samples (2, 12, 10, 3): value i of the flat array is ((7 i) mod 17 - 8) / 4. numpy's outputs
// (float64 from the float32 weights; tf.image.resize's bilinear taps with its float32 index
// arithmetic), which PyTorch's interpolate(bilinear, align_corners=False), conv2d and normalize
// give too. The Resizing reads rows 1 to 10 (the centred 10 x 10 box), the CenterCrop cuts rows and
// columns 1 to 6; 58 of the Conv2D's 128 values are cut to 0 by its relu. The three steps of
// RepeatVector give one row three times.
std::vector<float> preprocess_inputs() {
  std::vector<float> values(2 * 12 * 10 * 3);
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<float>(static_cast<int>(7 * i % 17) - 8) / 4.0f;
  return values;
}
const std::vector<double> preprocess_outputs = {0.0508603607, -0.285772469, 0.0508603607, -0.285772469, 0.0508603607, -0.285772469,
                                                1.50229336,   -1.85580525,  1.50229336,   -1.85580525,  1.50229336,   -1.85580525};

// rms_norm_keras3.keras (Keras 3.10; RMSNormalization is Keras 3's, from 3.9): Dense(6) ->
// RMSNormalization(epsilon=1e-5) -> Dense(3) on sequences (4, 6), written as ctnn-keras-type
// writes it; its options a parameter, for the type the file refuses (the default epsilon 1e-6).
template <ctnn::rms_normalization_opts Rms>
using rms_norm_with =
    ctnn::sequential<ctnn::input<4, 6>, ctnn::dense<6, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>,
                     ctnn::rms_normalization<Rms>,
                     ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>>;
using rms_norm = rms_norm_with<ctnn::rms_normalization_opts{.axis = -1, .epsilon = 1e-05}>;
using rms_norm_default_epsilon = rms_norm_with<ctnn::rms_normalization_opts{}>;
// Dense 6 * 6 + 6, the scale [6], Dense 6 * 3 + 3.
static_assert(rms_norm::param_count == 69);
static_assert(rms_norm::output_shape == ctnn::shape<4, 3>{});
// get_weights() order: dense kernel [6, 6] and bias, the scale (the fractions plus 1: 1.375, 0.875,
// 0.375, 1.25, 0.75, 1.625), dense_1 kernel [6, 3] and bias.
const std::vector<std::vector<float>> rms_norm_weights = {fractions(36, 0), fractions(6, 36), plus_one(fractions(6, 42)),
                                                          fractions(18, 48), fractions(3, 66)};
// Two samples (2, 4, 6): value i of the flat array is ((5 i) mod 13 - 6) / 4. numpy's outputs
// (x / sqrt(mean(x^2) + 1e-5) * scale over the last axis, float64 from the float32 weights).
std::vector<float> rms_norm_inputs() {
  std::vector<float> values(2 * 4 * 6);
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<float>(static_cast<int>(5 * i % 13) - 6) / 4.0f;
  return values;
}
const std::vector<double> rms_norm_outputs = {
    -0.217847816, -1.82136246,  0.590196398,   0.354863398, -0.656412712, 1.01428946,  -1.08716564, 1.46269104,
    -1.21877029,  -0.477709306, 0.652983451,   -0.22229185, 0.249150461,  -0.552591619, 1.03651472, 0.444699489,
    0.0941935474, 0.595911448,  -0.56333961,   0.768974948, -0.183715081, -0.933324449, -0.0982750259, 1.16613044};

// sequence_separable_tfkeras.h5 (tf.keras 2.15): SeparableConv1D in a Sequential on sequences
// (16, 3), SeparableConv1D(4, 3, causal, relu) -> SeparableConv1D(6, 3, strides 2, same,
// depth_multiplier 2, no bias) -> GlobalAveragePooling1D() -> Dense(2), written as
// ctnn-keras-type writes it. 'causal' is tf.keras 2's only (Keras 3 refuses it for SeparableConv1D).
// The first SeparableConv1D's padding is a parameter, for the type the file refuses.
template <ctnn::padding FirstPadding>
using sequence_separable_with = ctnn::sequential<
    ctnn::input<16, 3>,
    ctnn::separable_conv1d<ctnn::separable_conv1d_opts{.filters = 4, .kernel_size = 3, .strides = 1, .padding = FirstPadding,
                                                       .dilation_rate = 1, .depth_multiplier = 1, .activation = ctnn::activation::relu,
                                                       .use_bias = true}>,
    ctnn::separable_conv1d<ctnn::separable_conv1d_opts{.filters = 6, .kernel_size = 3, .strides = 2, .padding = ctnn::padding::same,
                                                       .dilation_rate = 1, .depth_multiplier = 2, .activation = ctnn::activation::linear,
                                                       .use_bias = false}>,
    ctnn::global_average_pooling1d<ctnn::global_pooling1d_opts{.keepdims = false}>,
    ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>>;
using sequence_separable = sequence_separable_with<ctnn::padding::causal>;
// SeparableConv1D 3 * 3 * 1 + 3 * 4 + 4, SeparableConv1D 3 * 4 * 2 + 8 * 6, Dense 6 * 2 + 2.
static_assert(sequence_separable::param_count == 111);
static_assert(sequence_separable::output_shape == ctnn::shape<2>{});
static_assert(sequence_separable::layer<1>::output_shape{} == ctnn::shape<16, 4>{});
static_assert(sequence_separable::layer<2>::output_shape{} == ctnn::shape<8, 6>{});
// The type the file refuses: the first SeparableConv1D 'same' where the file says 'causal' (16
// steps out all the same).
using sequence_separable_same = sequence_separable_with<ctnn::padding::same>;
// get_weights() order, the fractions taken one after another: separable_conv1d depthwise_kernel
// [3, 3, 1], pointwise_kernel [1, 3, 4] and bias, separable_conv1d_1 depthwise_kernel [3, 4, 2] and
// pointwise_kernel [1, 8, 6] (no bias), dense kernel [6, 2] and bias.
const std::vector<std::vector<float>> sequence_separable_weights = {fractions(9, 0),   fractions(12, 9),  fractions(4, 21),
                                                                    fractions(24, 25), fractions(48, 49), fractions(12, 97),
                                                                    fractions(2, 109)};

// sequence_depthwise_keras3.keras (Keras 3.10; DepthwiseConv1D is Keras 3's only): DepthwiseConv1D(3,
// same, depth_multiplier 2, relu) -> SeparableConv1D(4, 3, strides 2, valid) ->
// GlobalAveragePooling1D() -> Dense(2) on sequences (16, 3), written as ctnn-keras-type writes it.
// The DepthwiseConv1D's depth multiplier is a parameter, for the type the file refuses.
template <int Multiplier>
using sequence_depthwise_with = ctnn::sequential<
    ctnn::input<16, 3>,
    ctnn::depthwise_conv1d<ctnn::depthwise_conv1d_opts{.kernel_size = 3, .strides = 1, .padding = ctnn::padding::same,
                                                       .depth_multiplier = Multiplier, .dilation_rate = 1,
                                                       .activation = ctnn::activation::relu, .use_bias = true}>,
    ctnn::separable_conv1d<ctnn::separable_conv1d_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = ctnn::padding::valid,
                                                       .dilation_rate = 1, .depth_multiplier = 1, .activation = ctnn::activation::linear,
                                                       .use_bias = true}>,
    ctnn::global_average_pooling1d<ctnn::global_pooling1d_opts{.keepdims = false}>,
    ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>>;
using sequence_depthwise = sequence_depthwise_with<2>;
// DepthwiseConv1D 3 * 3 * 2 + 6, SeparableConv1D 3 * 6 * 1 + 6 * 4 + 4, Dense 4 * 2 + 2.
static_assert(sequence_depthwise::param_count == 80);
static_assert(sequence_depthwise::output_shape == ctnn::shape<2>{});
static_assert(sequence_depthwise::layer<1>::output_shape{} == ctnn::shape<16, 6>{});
static_assert(sequence_depthwise::layer<2>::output_shape{} == ctnn::shape<7, 4>{});
// The type the file refuses: a depth multiplier of 1 where it says 2.
using sequence_depthwise_multiplier_1 = sequence_depthwise_with<1>;
// get_weights() order: depthwise_conv1d kernel [3, 3, 2] and bias [6], separable_conv1d
// depthwise_kernel [3, 6, 1], pointwise_kernel [1, 6, 4] and bias, dense kernel [4, 2] and bias.
const std::vector<std::vector<float>> sequence_depthwise_weights = {fractions(18, 0),  fractions(6, 18),  fractions(18, 24),
                                                                    fractions(24, 42), fractions(4, 66),  fractions(8, 70),
                                                                    fractions(2, 78)};

// sequence_transpose_tfkeras.h5 (tf.keras 2.15) and sequence_transpose_keras3.keras (Keras 3.15):
// Conv1D(4, 3, same, relu) -> Conv1DTranspose(2, 3, strides 2, same, output_padding 1) ->
// Conv1DTranspose(3, 2, strides 2, valid, tanh, no bias) on sequences (6, 3), written as
// ctnn-keras-type writes it. The first transposed layer's output padding is a parameter, for the
// type the files refuse.
template <int OutputPadding>
using sequence_transpose_with = ctnn::sequential<
    ctnn::input<6, 3>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::same, .dilation_rate = 1,
                                   .activation = ctnn::activation::relu, .use_bias = true}>,
    ctnn::conv1d_transpose<ctnn::conv1d_transpose_opts{.filters = 2, .kernel_size = 3, .strides = 2, .padding = ctnn::padding::same,
                                                       .output_padding = OutputPadding, .dilation_rate = 1,
                                                       .activation = ctnn::activation::linear, .use_bias = true}>,
    ctnn::conv1d_transpose<ctnn::conv1d_transpose_opts{.filters = 3, .kernel_size = 2, .strides = 2, .padding = ctnn::padding::valid,
                                                       .dilation_rate = 1, .activation = ctnn::activation::tanh, .use_bias = false}>>;
using sequence_transpose = sequence_transpose_with<1>;
// Conv1D 3 * 3 * 4 + 4, Conv1DTranspose 3 * 2 * 4 + 2, Conv1DTranspose 2 * 3 * 2.
static_assert(sequence_transpose::param_count == 78);
static_assert(sequence_transpose::output_shape == ctnn::shape<24, 3>{});
static_assert(sequence_transpose::layer<1>::output_shape{} == ctnn::shape<6, 4>{});
static_assert(sequence_transpose::layer<2>::output_shape{} == ctnn::shape<12, 2>{});  // (6 - 1) * 2 + 3 - 2 + 1
// The type the files refuse: no output padding where they say 1 (the same 12 steps: 6 * 2).
using sequence_transpose_unpadded = sequence_transpose_with<ctnn::conv_arithmetic::no_output_padding>;
// get_weights() order: conv1d kernel [3, 3, 4] and bias, conv1d_transpose kernel [3, 2, 4] (filters
// before input channels) and bias, conv1d_transpose_1 kernel [2, 3, 2].
const std::vector<std::vector<float>> sequence_transpose_weights = {fractions(36, 0), fractions(4, 36), fractions(24, 40),
                                                                    fractions(2, 64), fractions(12, 66)};
// numpy's outputs [2, 24, 3], two steps a line (a scatter loop, checked against zero insertion and
// PyTorch's conv_transpose1d); the inputs are separable_inputs()'s formula on (2, 6, 3).
const std::vector<double> sequence_transpose_outputs = {
    -0.220442434, -0.193806352, 0.110388157, 0.137789778, -0.211598088, 0.0920240619,
    -0.516663372, -0.657600576, 0.430847992, 0.239402911, -0.567646076, 0.540929574,
    -0.55154945, -0.836080901, 0.615831417, 0.130117503, -0.673109118, 0.804014058,
    -0.350244713, -0.493017535, 0.306696247, 0.141619783, -0.400150513, 0.407913323,
    -0.00390623013, -0.142098238, 0.0881495187, -0.0507376445, -0.0502506082, 0.179196438,
    0.139226519, 0.179196438, -0.105079416, -0.0643640226, 0.152607075, -0.13203707,
    -0.232948304, -0.0087888362, -0.00585930795, 0.219048325, -0.159752606, -0.156896358,
    -0.571932874, -0.34035341, 0.186276048, 0.449740552, -0.501836496, -0.0087888362,
    -0.81047712, -0.559315106, 0.325156346, 0.68260963, -0.745563465, 0.006347571,
    -0.807439799, -0.822201283, 0.582997867, 0.553245876, -0.812478104, 0.602007014,
    -0.77828881, -0.594798173, 0.357931748, 0.623352042, -0.727013503, 0.136352457,
    -0.617646745, -0.818367822, 0.590680731, 0.24308182, -0.698694908, 0.746861802,
    -0.285313551, -0.317274199, 0.187218553, 0.153083949, -0.296041988, 0.209731642,
    -0.707337881, -0.856947363, 0.636022044, 0.337760521, -0.767878266, 0.769077799,
    0.024409213, 0.13203707, -0.0808776467, 0.0273369372, 0.0604729966, -0.152130129,
    -0.0565801319, -0.404243458, 0.256814817, -0.10894093, -0.178723795, 0.470523274,
    0.204591068, -0.0808776467, 0.0599864866, -0.224619341, 0.110870462, 0.247212245,
    0.0774811098, 0.096379589, -0.0560934004, -0.0370923499, 0.0837874727, -0.0687390828,
    0.012206425, -0.107493241, 0.0672810148, -0.0526855461, -0.027824847, 0.14640132,
    -0.571275385, -0.760772673, 0.52767254, 0.233871663, -0.644378261, 0.674708276,
    -0.77577375, -0.794851841, 0.552567855, 0.517021221, -0.782299435, 0.575209307,
    -0.541964976, -0.293366748, 0.156896358, 0.432437219, -0.466330743, -0.0448916823,
    -0.66474591, -0.306253828, 0.15642006, 0.566652412, -0.56466013, -0.164031953,
    -0.813306243, -0.912044853, 0.715774412, 0.459039556, -0.854067395, 0.823462791};

// Both files' two samples (2, 16, 3): value i of the flat array is ((5 i) mod 13 - 6) / 4. numpy's
// outputs (float64 from the float32 weights), which the same chains written as Conv1D of the whole
// kernels and PyTorch's conv1d (groups = channels for the depthwise halves) give too. The first
// layer's relu cuts 87 of its 128 values to 0 (sequence_separable), 92 of 192 (sequence_depthwise).
std::vector<float> separable_inputs() {
  std::vector<float> values(2 * 16 * 3);
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<float>(static_cast<int>(5 * i % 13) - 6) / 4.0f;
  return values;
}
const std::vector<double> sequence_separable_outputs = {0.0316820145, -0.878499985, -0.0220823288, -0.808488846};
const std::vector<double> sequence_depthwise_outputs = {0.468723842, -0.443001883, 0.510088239, -0.481523786};

void check_values(const std::vector<float>& y, const std::vector<double>& expected, const char* path) {
  REQUIRE(y.size() == expected.size());
  for (std::size_t i = 0; i < y.size(); ++i) {
    INFO(path << " output " << i);
    CHECK(y[i] == Approx(expected[i]).margin(1e-6));
  }
}

void check_cgan(const cgan& model) {
  CHECK(model.get_weights() == cgan_weights);
  const auto y = model.predict(ctnn::tensor<ctnn::shape<3>>(2, cgan_noise), ctnn::tensor<ctnn::shape<2>>(2, cgan_label));
  check_values({y.values().begin(), y.values().end()}, cgan_outputs, "predict");
  std::vector<float> reference(cgan_outputs.size());
  model.reference_predict(cgan_noise.data(), cgan_label.data(), reference.data(), 2);
  check_values(reference, cgan_outputs, "reference_predict");
}

void check_stack(const gan_stack& model) {
  CHECK(model.get_weights() == stack_weights);
  const auto y = model.predict(gan_stack::input_tensor(2, stack_inputs));
  check_values({y.values().begin(), y.values().end()}, stack_outputs, "predict");
  std::vector<float> reference(stack_outputs.size());
  model.reference_predict(stack_inputs.data(), reference.data(), 2);
  check_values(reference, stack_outputs, "reference_predict");
}

}  // namespace

TEST_CASE("keras3_files: a conditional GAN whose generator is a nested Sequential loads into the flat type",
          "[keras][keras_files][nested]") {
  // tf.keras 2.x .h5: the generator's weights all in model_weights/generator, its BatchNorm
  // statistics after every trainable weight; Keras 3 .keras, stored and deflated:
  // layers/sequential/layers/dense/vars/0, ...
  // The generator as a nested Functional (keras.Model) in Keras 3: its call is node 1 of it, its
  // InputLayer has a group of its own (layers/functional/layers/input_layer).
  for (const char* name : {"cgan_nested_tfkeras.h5", "cgan_nested_keras3.keras", "cgan_nested_keras3_deflated.keras",
                           "cgan_nested_functional_keras3.keras"}) {
    INFO(name);
    cgan model;
    ctnn::keras::load(model, files_dir / name);
    check_cgan(model);
  }
  cgan legacy;
  ctnn::keras::load_h5(legacy, files_dir / "cgan_nested_tfkeras.h5");  // the legacy loader reads it too
  CHECK(legacy.get_weights() == cgan_weights);
}

TEST_CASE("keras3_files: a Keras 2.2.4 Model wrapping a Sequential (Keras-GAN's generators) loads flat",
          "[keras][keras_files][nested]") {
  // {"class_name": "Model", ...}: the Sequential's configuration a bare list of its layers, its
  // weights in model_weights/sequential_1 named "dense_1/kernel:0", every attribute fixed-length.
  constexpr auto x = ctnn::input<5>{};
  using wrapped = decltype(ctnn::functional(
      ctnn::inputs(x), x | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::relu}>{} |
                           ctnn::batch_normalization<>{} | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::sigmoid}>{}));
  wrapped model;
  ctnn::keras::load(model, files_dir / "generator_wrapped_keras224.h5");
  CHECK(model.get_weights() == cgan_weights);
  // The conditional GAN's inputs, joined: the same outputs.
  const std::vector<float> joined = {-1.0f, 0.5f, 0.25f, 1.0f, 0.0f, 0.25f, 2.0f, -1.0f, 0.0f, 1.0f};
  const auto y = model.predict(ctnn::tensor<ctnn::shape<5>>(2, joined));
  check_values({y.values().begin(), y.values().end()}, cgan_outputs, "predict");
  std::vector<float> reference(cgan_outputs.size());
  model.reference_predict(joined.data(), reference.data(), 2);
  check_values(reference, cgan_outputs, "reference_predict");
}

TEST_CASE("keras3_files: a Keras 3 weights file of the same layers without nesting loads", "[keras][keras_files]") {
  cgan model;
  ctnn::keras::load(model, files_dir / "cgan_flat_keras3.weights.h5");
  check_cgan(model);
  // The nested model's weights alone: no architecture says where the generator's layers sit.
  cgan nested;
  CHECK_THROWS_WITH(ctnn::keras::load(nested, files_dir / "cgan_nested_keras3.weights.h5"),
                    Contains("cgan_nested_keras3.weights.h5: the weights include the nested model 'layers/sequential'") &&
                        Contains("load the model's .keras file"));
}

TEST_CASE("keras3_files: Sequential([generator, discriminator]) loads into one flat sequential",
          "[keras][keras_files][nested]") {
  // The discriminator's layers are named dense_2 and dense_3 and stored in
  // layers/sequential_1/layers/dense and .../dense_1 (Keras 3), in model_weights/discriminator
  // (tf.keras). Compiled and trained as GANs are, the file also holds the discriminator's own
  // optimizer state in layers/sequential_1/optimizer/vars, beside the outer optimizer/vars.
  for (const char* name : {"gan_stacked_keras3.keras", "gan_stacked_tfkeras.h5", "gan_stacked_compiled_keras3.keras"}) {
    INFO(name);
    gan_stack model;
    ctnn::keras::load(model, files_dir / name);
    check_stack(model);
  }
}

TEST_CASE("keras3_files: a nested file is checked against the flat type like any other", "[keras][keras_files][nested][errors]") {
  // The generator's last Dense with 3 units in the type: the file's has 2.
  constexpr auto noise = keras_file_models::noise;
  constexpr auto label = keras_file_models::label;
  using wider = decltype(ctnn::functional(
      ctnn::inputs(noise, label),
      ctnn::concatenate{}(noise, label) | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::relu}>{} |
          ctnn::batch_normalization<>{} | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::sigmoid}>{}));
  for (const char* name : {"cgan_nested_tfkeras.h5", "cgan_nested_keras3.keras"}) {
    INFO(name);
    wider model;
    CHECK_THROWS_WITH(ctnn::keras::load(model, files_dir / name),
                      Contains("layer 5 'generator/dense_1' (Dense): units is 2, the type says 3"));
  }
  gan_stack stack;
  CHECK_THROWS_WITH(ctnn::keras::load(stack, files_dir / "cgan_nested_keras3.keras"),
                    Contains("the file holds a Keras Functional model"));
}

TEST_CASE("keras3_files: Subtract, Average, Maximum and Minimum load from a tf.keras 2.15 file and give numpy's outputs",
          "[keras][keras_files][merges]") {
  merges model;
  ctnn::keras::load(model, files_dir / "merges_tfkeras.h5");
  CHECK(model.get_weights() == merges_weights);
  using a_tensor = ctnn::tensor<ctnn::shape<2, 3>>;
  const auto y = model.predict(a_tensor(2, merges_a_values), a_tensor(2, merges_b_values));
  check_values({y.values().begin(), y.values().end()}, merges_outputs, "predict");
  std::vector<float> reference(merges_outputs.size());
  model.reference_predict(merges_a_values.data(), merges_b_values.data(), reference.data(), 2);
  check_values(reference, merges_outputs, "reference_predict");
}

TEST_CASE("keras3_files: the Keras 1-D layers load from a tf.keras 2.15 .h5 and a Keras 3 .keras and give numpy's outputs",
          "[keras][keras_files][sequence]") {
  // tf.keras 2.15: model_weights/conv1d/conv1d/kernel:0, ..., kernel_size [3], a pooling's
  // strides written first; Keras 3: layers/conv1d/vars/0, ..., SpatialDropout1D's config without
  // trainable, ZeroPadding1D's with data_format.
  const std::vector<float> inputs = sequence_inputs();
  for (const char* name : {"sequence_1d_tfkeras.h5", "sequence_1d_keras3.keras"}) {
    INFO(name);
    sequence_1d model;
    ctnn::keras::load(model, files_dir / name);
    CHECK(model.get_weights() == sequence_weights);
    const auto y = model.predict(sequence_1d::input_tensor(2, inputs));
    check_values({y.values().begin(), y.values().end()}, sequence_outputs, "predict");
    std::vector<float> reference(sequence_outputs.size());
    model.reference_predict(inputs.data(), reference.data(), 2);
    check_values(reference, sequence_outputs, "reference_predict");

    sequence_1d_default_strides unset;
    ctnn::keras::load(unset, files_dir / name);
    CHECK(unset.get_weights() == sequence_weights);
  }
  sequence_1d legacy;
  ctnn::keras::load_h5(legacy, files_dir / "sequence_1d_tfkeras.h5");
  CHECK(legacy.get_weights() == sequence_weights);
}

TEST_CASE("keras3_files: a 1-D layer whose options are not the file's is refused by its position and name",
          "[keras][keras_files][sequence][errors]") {
  for (const char* name : {"sequence_1d_tfkeras.h5", "sequence_1d_keras3.keras"}) {
    INFO(name);
    sequence_1d_same same;
    const std::vector<std::vector<float>> same_weights = same.get_weights();
    CHECK_THROWS_WITH(ctnn::keras::load(same, files_dir / name),
                      Contains(name) && Contains("layer 1 'conv1d' (Conv1D): padding is \"causal\", the type says \"same\""));
    CHECK(same.get_weights() == same_weights);

    sequence_1d_pool3 pool3;
    const std::vector<std::vector<float>> pool3_weights = pool3.get_weights();
    CHECK_THROWS_WITH(ctnn::keras::load(pool3, files_dir / name),
                      Contains(name) && Contains("layer 3 'max_pooling1d' (MaxPooling1D): pool_size is [2], the type says [3]"));
    CHECK(pool3.get_weights() == pool3_weights);
  }
}

TEST_CASE("keras3_files: DepthwiseConv2D loads from a tf.keras 2.15 .h5 and a Keras 3 .keras and gives numpy's outputs",
          "[keras][keras_files][depthwise]") {
  // tf.keras 2.15: model_weights/depthwise_conv2d/depthwise_conv2d/depthwise_kernel:0 (and bias:0),
  // a config with groups 1 and depth_multiplier last, BatchNormalization's axis [3]; Keras 3:
  // layers/depthwise_conv2d/vars/0 (and 1), a config with depth_multiplier first and no groups.
  const std::vector<float> inputs = depthwise_inputs();
  for (const char* name : {"depthwise_tfkeras.h5", "depthwise_keras3.keras"}) {
    INFO(name);
    depthwise model;
    ctnn::keras::load(model, files_dir / name);
    CHECK(model.get_weights() == depthwise_weights);
    const auto y = model.predict(depthwise::input_tensor(2, inputs));
    check_values({y.values().begin(), y.values().end()}, depthwise_outputs, "predict");
    std::vector<float> reference(depthwise_outputs.size());
    model.reference_predict(inputs.data(), reference.data(), 2);
    check_values(reference, depthwise_outputs, "reference_predict");
  }
  depthwise legacy;
  ctnn::keras::load_h5(legacy, files_dir / "depthwise_tfkeras.h5");
  CHECK(legacy.get_weights() == depthwise_weights);
}

TEST_CASE("keras3_files: a DepthwiseConv2D whose depth multiplier is not the file's is refused by its position and name",
          "[keras][keras_files][depthwise][errors]") {
  for (const char* name : {"depthwise_tfkeras.h5", "depthwise_keras3.keras"}) {
    INFO(name);
    depthwise_multiplier_1 model;
    const std::vector<std::vector<float>> weights = model.get_weights();
    CHECK_THROWS_WITH(ctnn::keras::load(model, files_dir / name),
                      Contains(name) && Contains("layer 4 'depthwise_conv2d' (DepthwiseConv2D): depth_multiplier is 2, the type says 1"));
    CHECK(model.get_weights() == weights);
  }
}

TEST_CASE("keras3_files: a layer ctnn does not read is refused by its position and what the file says of it",
          "[keras][keras_files][errors]") {
  python_operation model;
  const std::vector<std::vector<float>> weights = model.get_weights();
  CHECK_THROWS_WITH(ctnn::keras::load(model, files_dir / "python_operation_nested_tfkeras.h5"),
                    Contains("python_operation_nested_tfkeras.h5: layer 2 'encoder/tf.math.multiply' (TFOpLambda): the type "
                             "has a Rescaling at this position; tf.keras 2 saves an operation written as a Python expression "
                             "as a TFOpLambda layer (here tf.math.multiply); ctnn reads no such operation"));
  CHECK_THROWS_WITH(ctnn::keras::load(model, files_dir / "broken_inbound_node_tfkeras.h5"),
                    Contains("broken_inbound_node_tfkeras.h5: layer 'dense': its inbound node [\"encoder_input\",0] is none "
                             "of the forms Keras writes"));
  CHECK(model.get_weights() == weights);
}

TEST_CASE("keras3_files: every broken file is refused with its own reason and the model keeps its weights",
          "[keras][keras_files][errors]") {
  struct broken_file {
    const char* name;
    std::vector<const char*> reasons;  // substrings of the message
  };
  const broken_file files[] = {
      {"broken_truncated.keras", {"is not a readable zip archive", "a .keras file is a zip"}},
      {"broken_no_config.keras", {"the archive has no config.json: it is not a Keras model archive (.keras)"}},
      {"broken_no_weights.keras", {"the archive has no member 'model.weights.h5' (it holds metadata.json, config.json)"}},
      {"broken_huge_member.keras", {"the member 'model.weights.h5' declares 4294967040 bytes", "the archive is damaged"}},
      {"broken_huge_member_stored.keras", {"the member 'model.weights.h5' declares 4294967040 bytes", "the archive is damaged"}},
      {"broken_units_disagree.keras", {"layer 3 'generator/dense' (Dense) kernel: 'layers/sequential/layers/dense/vars/0' has shape [5, 4], expected [5, 3]"}},
      {"broken_missing_var.keras", {"layer 3 'generator/dense' (Dense): the file stores 1 weight [layers/sequential/layers/dense/vars/0], the type expects 2"}},
      {"broken_missing_var.weights.h5", {"layer 3 (Dense): the file stores 1 weight [layers/dense/vars/0], the type expects 2"}},
      {"broken_unknown_class.keras",
       {"layer 4 'generator/pixel_normalization' (PixelNormalization): the type has a BatchNormalization at this position; "
        "a class registered outside Keras (as Custom>PixelNormalization): write it as a C++ layer whose "
        "keras_class is \"PixelNormalization\" (docs/design.md, \"How to add a layer\")"}},
      {"broken_not_a_model.keras", {"neither a Keras archive (.keras, a zip) nor an HDF5 file"}},
      {"broken_crc.keras", {"the member 'model.weights.h5'", "CRC"}},
      {"broken_config_not_json.keras", {"is not valid Keras JSON"}},
      {"broken_weights_not_hdf5.keras", {"not an HDF5 file (Keras 3 writes the weights of a .keras archive as HDF5)"}},
  };

  cgan model;
  ctnn::keras::load(model, files_dir / "cgan_nested_keras3.keras");
  REQUIRE(model.get_weights() == cgan_weights);

  for (const broken_file& file : files) {
    const std::filesystem::path path = files_dir / file.name;
    INFO(file.name);
    REQUIRE(std::filesystem::is_regular_file(path));
    try {
      ctnn::keras::load(model, path);
      FAIL_CHECK("loaded without an error");
    } catch (const ctnn::keras::file_error& error) {
      const std::string message = error.what();
      INFO(message);
      CHECK_THAT(message, Contains("ctnn::keras::load: " + path.string() + ": "));
      for (const char* reason : file.reasons) CHECK_THAT(message, Contains(reason));
    }
    CHECK(model.get_weights() == cgan_weights);  // nothing loaded half-way
  }
}

TEST_CASE("keras3_files: the image preprocessing, reshaping and normalising layers load from a tf.keras 2.15 .h5 and a Keras 3 .keras "
          "and give numpy's outputs",
          "[keras][keras_files][preprocess]") {
  // tf.keras 2.15: a flat Sequential, a group of model_weights for every layer (empty for all but
  // conv2d, dense and dense_1), Resizing's four entries, UnitNormalization's axis [3], RandomRotation's
  // factor 0.1; Keras 3: RandomFlip and RandomRotation in the nested Sequential data_augmentation
  // (layers/sequential/layers/random_flip, .../random_rotation), Resizing's nine entries (antialias,
  // data_format, ...), UnitNormalization's axis -1, RandomRotation's factor [-0.1, 0.1].
  const std::vector<float> inputs = preprocess_inputs();
  for (const char* name : {"preprocess_tfkeras.h5", "preprocess_keras3.keras"}) {
    INFO(name);
    preprocess model;
    ctnn::keras::load(model, files_dir / name);
    CHECK(model.get_weights() == preprocess_weights);
    const auto y = model.predict(preprocess::input_tensor(2, inputs));
    check_values({y.values().begin(), y.values().end()}, preprocess_outputs, "predict");
    std::vector<float> reference(preprocess_outputs.size());
    model.reference_predict(inputs.data(), reference.data(), 2);
    check_values(reference, preprocess_outputs, "reference_predict");
  }
  preprocess legacy;
  ctnn::keras::load_h5(legacy, files_dir / "preprocess_tfkeras.h5");
  CHECK(legacy.get_weights() == preprocess_weights);
}

TEST_CASE("keras3_files: a Resizing or RepeatVector whose options are not the file's is refused by its position and name",
          "[keras][keras_files][preprocess][errors]") {
  // The positions count the flat type's layers: the Keras 3 file's nested data_augmentation holds
  // layers 1 and 2.
  for (const char* name : {"preprocess_tfkeras.h5", "preprocess_keras3.keras"}) {
    INFO(name);
    preprocess_stretched stretched;
    const std::vector<std::vector<float>> stretched_weights = stretched.get_weights();
    CHECK_THROWS_WITH(ctnn::keras::load(stretched, files_dir / name),
                      Contains(name) && Contains("layer 3 'resizing' (Resizing): crop_to_aspect_ratio is true, the type says false"));
    CHECK(stretched.get_weights() == stretched_weights);

    preprocess_repeat4 repeat4;
    const std::vector<std::vector<float>> repeat4_weights = repeat4.get_weights();
    CHECK_THROWS_WITH(ctnn::keras::load(repeat4, files_dir / name),
                      Contains(name) && Contains("layer 10 'repeat_vector' (RepeatVector): n is 3, the type says 4"));
    CHECK(repeat4.get_weights() == repeat4_weights);
  }
}

TEST_CASE("keras3_files: RMSNormalization loads from a Keras 3 .keras and gives numpy's outputs",
          "[keras][keras_files][rms_normalization]") {
  // Keras 3.9 and later only: the scale [6] in layers/rms_normalization/vars/0; the configuration's
  // axis [-1] (the layer's build() makes it a list) and epsilon 1e-05.
  const std::vector<float> inputs = rms_norm_inputs();
  rms_norm model;
  ctnn::keras::load(model, files_dir / "rms_norm_keras3.keras");
  CHECK(model.get_weights() == rms_norm_weights);
  const auto y = model.predict(rms_norm::input_tensor(2, inputs));
  check_values({y.values().begin(), y.values().end()}, rms_norm_outputs, "predict");
  std::vector<float> reference(rms_norm_outputs.size());
  model.reference_predict(inputs.data(), reference.data(), 2);
  check_values(reference, rms_norm_outputs, "reference_predict");

  // The type's epsilon the default 1e-6 where the file says 1e-5.
  rms_norm_default_epsilon other;
  const std::vector<std::vector<float>> weights = other.get_weights();
  CHECK_THROWS_WITH(ctnn::keras::load(other, files_dir / "rms_norm_keras3.keras"),
                    Contains("rms_norm_keras3.keras") && Contains("layer 2 'rms_normalization' (RMSNormalization): epsilon is "));
  CHECK(other.get_weights() == weights);
}

TEST_CASE("keras3_files: SeparableConv1D loads from a tf.keras 2.15 .h5 and gives numpy's outputs",
          "[keras][keras_files][sequence][separable]") {
  // tf.keras 2.15: model_weights/separable_conv1d/separable_conv1d/depthwise_kernel:0,
  // pointwise_kernel:0 and bias:0 (separable_conv1d_1: no bias), a config with Conv's entries
  // (groups 1, kernel_initializer) then depth_multiplier and the depthwise_* and pointwise_* entries;
  // padding "causal".
  const std::vector<float> inputs = separable_inputs();
  sequence_separable model;
  ctnn::keras::load(model, files_dir / "sequence_separable_tfkeras.h5");
  CHECK(model.get_weights() == sequence_separable_weights);
  const auto y = model.predict(sequence_separable::input_tensor(2, inputs));
  check_values({y.values().begin(), y.values().end()}, sequence_separable_outputs, "predict");
  std::vector<float> reference(sequence_separable_outputs.size());
  model.reference_predict(inputs.data(), reference.data(), 2);
  check_values(reference, sequence_separable_outputs, "reference_predict");

  sequence_separable legacy;
  ctnn::keras::load_h5(legacy, files_dir / "sequence_separable_tfkeras.h5");
  CHECK(legacy.get_weights() == sequence_separable_weights);
}

TEST_CASE("keras3_files: a SeparableConv1D whose padding is not the file's is refused by its position and name",
          "[keras][keras_files][sequence][separable][errors]") {
  sequence_separable_same same;
  const std::vector<std::vector<float>> weights = same.get_weights();
  CHECK_THROWS_WITH(ctnn::keras::load(same, files_dir / "sequence_separable_tfkeras.h5"),
                    Contains("sequence_separable_tfkeras.h5") &&
                        Contains("layer 1 'separable_conv1d' (SeparableConv1D): padding is \"causal\", the type says \"same\""));
  CHECK(same.get_weights() == weights);
}

TEST_CASE("keras3_files: DepthwiseConv1D and SeparableConv1D load from a Keras 3.10 .keras and give numpy's outputs",
          "[keras][keras_files][sequence][depthwise]") {
  // Keras 3.10: layers/depthwise_conv1d/vars/0 (the kernel [3, 3, 2], Keras 3 names it kernel) and
  // vars/1, layers/separable_conv1d/vars/0..2; configs with depth_multiplier first (SeparableConv1D
  // then filters), no groups; the InputLayer with ragged and optional.
  const std::vector<float> inputs = separable_inputs();
  sequence_depthwise model;
  ctnn::keras::load(model, files_dir / "sequence_depthwise_keras3.keras");
  CHECK(model.get_weights() == sequence_depthwise_weights);
  const auto y = model.predict(sequence_depthwise::input_tensor(2, inputs));
  check_values({y.values().begin(), y.values().end()}, sequence_depthwise_outputs, "predict");
  std::vector<float> reference(sequence_depthwise_outputs.size());
  model.reference_predict(inputs.data(), reference.data(), 2);
  check_values(reference, sequence_depthwise_outputs, "reference_predict");
}

TEST_CASE("keras3_files: Conv1DTranspose loads from a tf.keras 2.15 .h5 and a Keras 3.15 .keras and gives numpy's outputs",
          "[keras][keras_files][sequence][transpose]") {
  // tf.keras 2.15: kernel_size [3], output_padding [1] or null, groups 1; the kernel [3, 2, 4] in
  // model_weights/conv1d_transpose/conv1d_transpose/kernel:0. Keras 3.15: output_padding right
  // after padding, no groups; layers/conv1d_transpose/vars/0..1.
  std::vector<float> inputs(2 * 6 * 3);
  for (std::size_t i = 0; i < inputs.size(); ++i) inputs[i] = static_cast<float>(static_cast<int>(5 * i % 13) - 6) / 4.0f;
  for (const char* name : {"sequence_transpose_tfkeras.h5", "sequence_transpose_keras3.keras"}) {
    INFO(name);
    sequence_transpose model;
    ctnn::keras::load(model, files_dir / name);
    CHECK(model.get_weights() == sequence_transpose_weights);
    const auto y = model.predict(sequence_transpose::input_tensor(2, inputs));
    check_values({y.values().begin(), y.values().end()}, sequence_transpose_outputs, "predict");
    std::vector<float> reference(sequence_transpose_outputs.size());
    model.reference_predict(inputs.data(), reference.data(), 2);
    check_values(reference, sequence_transpose_outputs, "reference_predict");
  }
  sequence_transpose legacy;
  ctnn::keras::load_h5(legacy, files_dir / "sequence_transpose_tfkeras.h5");  // the legacy loader reads it too
  CHECK(legacy.get_weights() == sequence_transpose_weights);
}

TEST_CASE("keras3_files: a Conv1DTranspose whose output padding is not the file's is refused by its position and name",
          "[keras][keras_files][sequence][transpose][errors]") {
  // The same 12 steps either way here: only the options tell the two apart.
  for (const char* name : {"sequence_transpose_tfkeras.h5", "sequence_transpose_keras3.keras"}) {
    INFO(name);
    sequence_transpose_unpadded model;
    CHECK_THROWS_WITH(ctnn::keras::load(model, files_dir / name),
                      Contains(name) && Contains("layer 2 'conv1d_transpose' (Conv1DTranspose): output_padding is"));
  }
}

TEST_CASE("keras3_files: a DepthwiseConv1D whose depth multiplier is not the file's is refused by its position and name",
          "[keras][keras_files][sequence][depthwise][errors]") {
  sequence_depthwise_multiplier_1 model;
  const std::vector<std::vector<float>> weights = model.get_weights();
  CHECK_THROWS_WITH(ctnn::keras::load(model, files_dir / "sequence_depthwise_keras3.keras"),
                    Contains("sequence_depthwise_keras3.keras") &&
                        Contains("layer 1 'depthwise_conv1d' (DepthwiseConv1D): depth_multiplier is 2, the type says 1"));
  CHECK(model.get_weights() == weights);
}

// ---- Shared layers (make_shared_files.py) ---------------------------------------------------

TEST_CASE("keras3_files: a shared layer's calls, and a nested model called twice, load in both schemas", "[keras][keras3][shared]") {
  // make_shared_files.py's inputs (batch 2) and numpy's outputs; a and b swapped give others.
  const std::vector<float> a{-1.5f, -0.25f, 1.0f, -1.0f, 0.25f, 1.5f, -0.5f, 0.75f, -1.25f, 0.0f, 1.25f, -0.75f};
  const std::vector<float> b{-1.25f, 0.5f, -2.0f, -0.25f, 1.5f, -1.0f, 0.75f, -1.75f, 0.0f, 1.75f, -0.75f, 1.0f};
  const std::vector<double> expected{0.401687805, 0.414661797}, swapped{0.3539863, 0.341802166};
  using keras_file_models::siamese;
  for (const char* name : {"shared_siamese_tfkeras.h5", "shared_siamese_keras3.keras", "shared_nested_encoder_tfkeras.h5",
                           "shared_nested_encoder_keras3.keras"}) {
    INFO(name);
    siamese model;
    const ctnn::keras::file_info info = ctnn::keras::load(model, files_dir / name);
    // One name per layer: the encoder's layers once, though each is called twice.
    CHECK(info.layer_names.size() == siamese::keras_layer_count);
    CHECK(info.layer_names[2].ends_with("dense"));
    // get_weights order: S1 kernel [6, 8] from fractions(.., 0), its bias from 48, ...; the head's bias is -0.5.
    CHECK(model.get_weights()[5] == std::vector<float>{-0.5f});
    CHECK(model.get_weights()[1][0] == 0.125f);
    const auto y = model.predict(ctnn::tensor<ctnn::shape<6>>(2, a), ctnn::tensor<ctnn::shape<6>>(2, b));
    const auto y_swapped = model.predict(ctnn::tensor<ctnn::shape<6>>(2, b), ctnn::tensor<ctnn::shape<6>>(2, a));
    for (std::size_t i = 0; i < 2; ++i) {
      CHECK(y.values()[i] == Approx(expected[i]).epsilon(1e-6));
      CHECK(y_swapped.values()[i] == Approx(swapped[i]).epsilon(1e-6));
    }
  }
  keras_file_models::shared_embedding embedding;
  ctnn::keras::load(embedding, files_dir / "shared_embedding_keras3.keras");
  CHECK(embedding.get_weights().size() == 3);  // the table once, then the Dense kernel and bias
}

TEST_CASE("keras3_files: shared layers that the type does not share, or calls the file does not have, are refused",
          "[keras][keras3][shared][errors]") {
  keras_file_models::siamese_unshared unshared;
  CHECK_THROWS_WITH(ctnn::keras::load(unshared, files_dir / "shared_siamese_keras3.keras"),
                    Contains("the file's graph differs from the type's: 'dense' (Dense) call 1 and 'dense' (Dense) are calls of one layer of "
                             "the file (a shared layer), and in the type they are calls of two layers") &&
                        Contains("write that layer as ctnn::shared<Layer, Id> at each call"));
  keras_file_models::siamese model;
  CHECK_THROWS_WITH(ctnn::keras::load(model, files_dir / "broken_shared_reads_tfkeras.h5"),
                    Contains("broken_shared_reads_tfkeras.h5: the architecture refers to node 5 of a layer 'dense' it does not define "
                             "before 'dense_1'"));
  // A model without a shared layer is no type for a file whose layers are shared.
  keras_file_models::tiny_graph tiny;
  CHECK_THROWS_WITH(ctnn::keras::load(tiny, files_dir / "shared_nested_encoder_keras3.keras"),
                    Contains("the file's model has 2 inputs [a, b], the type has 1"));
}

TEST_CASE("keras3_files: a nested model of two outputs is inlined, each reference reading the output it names",
          "[keras][keras3][nested][outputs]") {
  // make_shared_files.py's inputs (batch 2) and numpy's outputs: the concatenation reads the
  // trunk's second output first (["trunk", 1, 1]); read the other way round, y would be
  // 0.341976946, 0.232566377.
  const std::vector<float> x{-1.25f, 0.5f, -2.0f, -0.25f, 1.5f, -1.0f, 0.75f, -1.75f};
  for (const char* name : {"nested_heads_tfkeras.h5", "nested_heads_keras3.keras"}) {
    INFO(name);
    keras_file_models::nested_heads model;
    ctnn::keras::load(model, files_dir / name);
    const auto y = model.predict(ctnn::tensor<ctnn::shape<4>>(2, x));
    CHECK(y.values()[0] == Approx(0.337979927).epsilon(1e-6));
    CHECK(y.values()[1] == Approx(0.560000498).epsilon(1e-6));
  }
  // The trunk's outputs as the model's: Keras 3 counts the nested model's own first call in
  // output_layers (["trunk", 1, 0]) and not in its calls' arguments.
  keras_file_models::nested_heads_outputs heads;
  ctnn::keras::load(heads, files_dir / "nested_heads_outputs_keras3.keras");
  const auto [a, b] = heads.predict(ctnn::tensor<ctnn::shape<4>>(2, x));
  const std::vector<double> expected_a{0.475669731, 0.0912133303, 0, 0, 0, 2.08852724}, expected_b{0.12020666, -0.641084425, -0.505913164, 0.155609781};
  for (std::size_t i = 0; i < expected_a.size(); ++i) CHECK(a.values()[i] == Approx(expected_a[i]).margin(1e-6).epsilon(1e-6));
  for (std::size_t i = 0; i < expected_b.size(); ++i) CHECK(b.values()[i] == Approx(expected_b[i]).margin(1e-6).epsilon(1e-6));
  // A type of another frame is refused before the trunk is inlined into anything.
  keras_file_models::siamese other;
  CHECK_THROWS_WITH(ctnn::keras::load(other, files_dir / "nested_heads_keras3.keras"), Contains("the file's model has 1 inputs"));
}

TEST_CASE("keras3_files: a layer applied to its own output, and a shared layer listed before a value it reads, load",
          "[keras][keras3][shared]") {
  // make_shared_files.py's inputs (batch 2) and numpy's outputs. A call is made once what it reads
  // exists: S's second call reads S's first (tied), or the input b, listed after S (depths).
  const std::vector<float> x{-1.25f, 0.5f, -2.0f, -0.25f, 1.5f, -1.0f, 0.75f, -1.75f};
  const std::vector<float> a{-1.5f, -0.25f, 1.0f, -1.0f, 0.25f, 1.5f, -0.5f, 0.75f};
  const std::vector<double> tied{-0.238677213, 0.0792801431, 0.774482215, 0.381001199};
  const std::vector<double> depths{0.26313858, 1.19124511, -0.167172858, 0.258737329, 0.886695149, -0.596373555,
                                   0.575862391, -0.0624187467, 1.16148315, -0.149669629, -0.882255209, 0.956880312,
                                   -0.978026115, 0.961751926, -0.968187217, -0.244918662};
  for (const char* name : {"shared_tied_tfkeras.h5", "shared_tied_keras3.keras"}) {
    INFO(name);
    keras_file_models::shared_tied model;
    ctnn::keras::load(model, files_dir / name);
    const auto y = model.predict(ctnn::tensor<ctnn::shape<4>>(2, x));
    for (std::size_t i = 0; i < tied.size(); ++i) CHECK(y.values()[i] == Approx(tied[i]).margin(1e-6).epsilon(1e-6));
  }
  for (const char* name : {"shared_depths_tfkeras.h5", "shared_depths_keras3.keras"}) {
    INFO(name);
    keras_file_models::shared_depths model;
    const ctnn::keras::file_info info = ctnn::keras::load(model, files_dir / name);
    CHECK(info.layer_names == std::vector<std::string>{"a", "dense", "b", "dense_1", "concatenate"});
    const auto y = model.predict(ctnn::tensor<ctnn::shape<4>>(2, a), ctnn::tensor<ctnn::shape<4>>(2, x));
    for (std::size_t i = 0; i < depths.size(); ++i) CHECK(y.values()[i] == Approx(depths[i]).margin(1e-6).epsilon(1e-6));
  }
}
