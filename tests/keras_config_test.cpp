// A layer's Keras configuration in both directions (ctnn/layers/keras_config.hpp): what a type
// expects of a file's configuration, and what a file's configuration makes of a layer
// (ctnn-keras-type's reading, through the registry ctnn/keras_layers.hpp). The two directions and
// the type's own shape rule must agree.
#include <array>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/io/detail/keras_json_config.hpp>
#include <ctnn/keras_layers.hpp>

#include "support/keras_config_checks.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::Equals;
using Catch::Matchers::StartsWith;
using ctnn::keras::extents;
using nlohmann::json;
using keras_config_checks::file_config;
using keras_config_checks::read;

namespace {

// ---- Compile-time facts: the checking direction is constexpr -------------------------------
using relu_dense = ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::relu}>;
constexpr ctnn::keras::layer_config dense_config = relu_dense::keras_config<ctnn::shape<4>>();
static_assert(dense_config.size() == 3 && dense_config[0].key == "units" && dense_config[0].expected.integer() == 3);
static_assert(dense_config[1].expected.text() == "relu" && dense_config[2].expected.boolean());

constexpr auto bn_config = ctnn::batch_normalization<>::keras_config<ctnn::shape<7, 7, 128>>();
static_assert(bn_config[0].key == "axis" && bn_config[0].also_accepted[1].integer() == 3);  // -1 is 3 on an image
static_assert(bn_config[1].real_valued && bn_config[1].expected.real() == 1e-3);

using leaky = ctnn::leaky_relu<0.2>;
static_assert(leaky::keras_config<ctnn::shape<4>>()[0].alternatives[0] == "negative_slope");

// A rule's words are one string: the static_assert's and the file reader's.
static_assert(ctnn::conv2d_rules.message(0) == "ctnn::conv2d: filters must be positive");
static_assert(ctnn::max_pooling2d_rules.message(0) == "ctnn::max_pooling2d: pool_size must be positive");
static_assert(ctnn::conv2d_rules.first_broken(ctnn::conv2d_opts{.filters = 1, .kernel_size = 3}, std::array<std::size_t, 3>{2, 9, 1}) == 7);
static_assert(ctnn::conv1d_rules.first_broken(ctnn::conv1d_opts{.filters = 1, .kernel_size = 3, .dilation_rate = 2}, std::array<std::size_t, 2>{4, 1}) == 6);
static_assert(ctnn::conv1d_rules.first_broken(ctnn::conv1d_opts{.filters = 1, .kernel_size = 3, .padding = ctnn::padding::causal, .dilation_rate = 2},
                                              std::array<std::size_t, 2>{4, 1}) == ctnn::conv1d_rules.none);

// The shape rules are plain constexpr functions of values, shared by the type and the reading.
static_assert(ctnn::conv2d_output(ctnn::conv2d_opts{.filters = 8, .kernel_size = 3, .strides = 2}, std::array<std::size_t, 3>{9, 9, 1}) ==
              std::array<std::size_t, 3>{4, 4, 8});
static_assert(ctnn::reshape_output(std::array{-1, 7, 1}, 49, std::array<std::size_t, 3>{}) == std::array<std::size_t, 3>{7, 7, 1});
static_assert(ctnn::keras::find_layer_kind("Conv2DTranspose") == &ctnn::keras::layer_kinds[6]);
static_assert(ctnn::keras::find_layer_kind("LSTM") == nullptr);

/// The round trip of ctnn's original layers: the entries a file may leave out are left out, as
/// older Keras files do.
template <class Layer, class... In>
void check_round_trip(const std::string& spelling) {
  keras_config_checks::check_round_trip<Layer, In...>(spelling, false);
}

}  // namespace

TEST_CASE("keras_config: every layer kind reads the configuration its type expects back into the type", "[keras][keras_config]") {
  using namespace ctnn;
  check_round_trip<relu_dense, shape<2, 4>>("ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>");
  check_round_trip<reshape<-1, 7, 1>, shape<49>>("ctnn::reshape<-1, 7, 1>");
  check_round_trip<flatten, shape<3, 3, 2>>("ctnn::flatten");
  check_round_trip<upsampling2d<upsampling2d_opts{.size = {2, 3}, .interpolation = interpolation::bilinear}>, shape<4, 4, 2>>(
      "ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = {2, 3}, .interpolation = ctnn::interpolation::bilinear}>");
  check_round_trip<conv2d<conv2d_opts{.filters = 4, .kernel_size = {3, 2}, .padding = padding::valid, .dilation_rate = 2,
                                      .activation = activation::selu, .use_bias = false}>,
                   shape<9, 9, 3>>(
      "ctnn::conv2d<ctnn::conv2d_opts{.filters = 4, .kernel_size = {3, 2}, .strides = {1, 1}, .padding = ctnn::padding::valid, "
      ".dilation_rate = {2, 2}, .activation = ctnn::activation::selu, .use_bias = false}>");
  check_round_trip<conv2d_transpose<conv2d_transpose_opts{.filters = 2, .kernel_size = 3, .strides = 2, .padding = padding::same,
                                                          .output_padding = 1}>,
                   shape<5, 5, 4>>(
      "ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 2, .kernel_size = {3, 3}, .strides = {2, 2}, "
      ".padding = ctnn::padding::same, .output_padding = {1, 1}, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, "
      ".use_bias = true}>");
  // Without output_padding: Keras 3 leaves the entry out, and the spelling leaves it out too.
  check_round_trip<conv2d_transpose<conv2d_transpose_opts{.filters = 2, .kernel_size = 4, .strides = 2, .padding = padding::same}>,
                   shape<5, 5, 4>>(
      "ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 2, .kernel_size = {4, 4}, .strides = {2, 2}, "
      ".padding = ctnn::padding::same, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = true}>");
  check_round_trip<zero_padding2d<zero_padding2d_opts{.top = 0, .bottom = 1, .left = 2, .right = 3}>, shape<4, 4, 1>>(
      "ctnn::zero_padding2d<ctnn::zero_padding2d_opts{.top = 0, .bottom = 1, .left = 2, .right = 3}>");
  check_round_trip<activation_layer<activation::sigmoid>, shape<8>>("ctnn::activation_layer<ctnn::activation::sigmoid>");
  check_round_trip<leaky_relu<0.2>, shape<8>>("ctnn::leaky_relu<0.2>");
  check_round_trip<batch_normalization<batch_normalization_opts{.epsilon = 1e-5, .center = false}>, shape<7, 7, 3>>(
      "ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 1e-05, .center = false, .scale = true}>");
  check_round_trip<dropout<0.25>, shape<8>>("ctnn::dropout<0.25>");
  check_round_trip<embedding<10, 50>, shape<1>>("ctnn::embedding<10, 50>");
  check_round_trip<concatenate<1>, shape<2, 3>, shape<5, 3>>("ctnn::concatenate<1>");
  check_round_trip<add, shape<2, 3>, shape<2, 3>, shape<2, 3>>("ctnn::add");
  check_round_trip<multiply, shape<6>, shape<6>>("ctnn::multiply");
  // Dot's axes come back as the file holds them, counted from the front: a pair, or one number
  // when both are one (dot<> on two vectors is axes -1, which is 1 for both).
  check_round_trip<dot<dot_opts{.axes = {2, 1}}>, shape<3, 4>, shape<4, 2>>("ctnn::dot<ctnn::dot_opts{.axes = {2, 1}}>");
  check_round_trip<dot<dot_opts{.axes = 1, .normalize = true}>, shape<4>, shape<4>>("ctnn::dot<ctnn::dot_opts{.axes = 1, .normalize = true}>");
  check_round_trip<dot<>, shape<4>, shape<4>>("ctnn::dot<ctnn::dot_opts{.axes = 1}>");
}

TEST_CASE("keras_config: Dot's axes as a file may write them: one number, a pair, from the front or the back", "[keras][keras_config]") {
  using namespace ctnn;
  // What dot<> expects on (None, 3, 4) and (None, 4): the pair [2, 1] from the front, [-1, -1] from
  // the back, or -1 for both; not 2 (the second input has no axis 2).
  constexpr keras::layer_config expected = dot<>::keras_config<shape<3, 4>, shape<4>>();
  static_assert(expected[0].key == "axes" && expected[0].expected.item(0) == 2 && expected[0].expected.item(1) == 1);
  static_assert(expected[0].also_accepted[0].item(0) == -1 && expected[0].also_accepted[0].item(1) == -1);
  static_assert(expected[0].also_accepted[1].integer() == -1 && expected[0].also_accepted[2].type() == keras::config_value::kind::none);
  static_assert(expected[1].key == "normalize" && expected[1].absent_means_expected);
  CHECK(read("Dot", {{"axes", -1}, {"normalize", false}}, {{3, 4}, {4}}).cpp == "ctnn::dot<>");
  CHECK(read("Dot", {{"axes", {2, 1}}, {"normalize", false}}, {{3, 4}, {4}}).cpp == "ctnn::dot<ctnn::dot_opts{.axes = {2, 1}}>");
  CHECK(read("Dot", {{"axes", {-3, -1}}, {"normalize", true}}, {{3, 2, 4}, {4, 3}}).cpp ==
        "ctnn::dot<ctnn::dot_opts{.axes = {-3, -1}, .normalize = true}>");
  CHECK(read("Dot", {{"axes", {-3, -1}}, {"normalize", true}}, {{3, 2, 4}, {4, 3}}).output == extents{2, 4, 4});
}

TEST_CASE("keras_config: the registry holds every layer of ctnn under the Keras class its type names", "[keras][keras_config]") {
  using namespace ctnn;
  const std::vector<std::string_view> classes = {
      input<1>::keras_class,           dense<1>::keras_class,
      reshape<1>::keras_class,         flatten::keras_class,
      upsampling2d<>::keras_class,     conv2d<conv2d_opts{.filters = 1, .kernel_size = 1}>::keras_class,
      zero_padding2d<>::keras_class,   conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 1}>::keras_class,
      activation_layer<activation::relu>::keras_class, leaky_relu<>::keras_class,
      batch_normalization<>::keras_class, dropout<0.5>::keras_class,
      embedding<1, 1>::keras_class,    concatenate<>::keras_class,
      add::keras_class,                multiply::keras_class,
      subtract::keras_class,           average::keras_class,
      maximum::keras_class,            minimum::keras_class,
      dot<>::keras_class,
      cropping2d<>::keras_class,       max_pooling2d<>::keras_class,
      average_pooling2d<>::keras_class, global_average_pooling2d<>::keras_class,
      global_max_pooling2d<>::keras_class,
      layer_normalization<>::keras_class, group_normalization<>::keras_class,
      relu<>::keras_class,             elu<>::keras_class,
      softmax<>::keras_class,          prelu<>::keras_class,
      gaussian_noise<0.1>::keras_class, gaussian_dropout<0.1>::keras_class,
      spatial_dropout2d<0.1>::keras_class, rescaling<1.0>::keras_class,
      conv1d<conv1d_opts{.filters = 1, .kernel_size = 1}>::keras_class, max_pooling1d<>::keras_class,
      average_pooling1d<>::keras_class, global_average_pooling1d<>::keras_class,
      global_max_pooling1d<>::keras_class, zero_padding1d<>::keras_class,
      cropping1d<>::keras_class,       upsampling1d<>::keras_class,
      spatial_dropout1d<0.1>::keras_class,
      depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 1}>::keras_class,
      separable_conv2d<separable_conv2d_opts{.filters = 1, .kernel_size = 1}>::keras_class,
      repeat_vector<1>::keras_class,   permute<1>::keras_class,
      resizing<resizing_opts{.height = 1, .width = 1}>::keras_class,
      center_crop<center_crop_opts{.height = 1, .width = 1}>::keras_class,
      random_crop<random_crop_opts{.height = 1, .width = 1}>::keras_class,
      unit_normalization<>::keras_class, rms_normalization<>::keras_class,
      activity_regularization<>::keras_class,
      random_flip::keras_class,        random_rotation::keras_class,
      random_zoom::keras_class,        random_translation::keras_class,
      random_contrast::keras_class,    random_brightness::keras_class,
      random_height::keras_class,      random_width::keras_class,
      random_grayscale::keras_class,   random_hue::keras_class,
      random_saturation::keras_class,  random_sharpness::keras_class,
      random_shear::keras_class,       random_color_degeneration::keras_class,
      random_color_jitter::keras_class, random_posterization::keras_class,
      random_invert::keras_class,      random_erasing::keras_class,
      random_gaussian_blur::keras_class, random_perspective::keras_class,
      random_elastic_transform::keras_class, solarization::keras_class,
      aug_mix::keras_class,            cut_mix::keras_class,
      mix_up::keras_class,             rand_augment::keras_class,
      depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 1}>::keras_class,
      separable_conv1d<separable_conv1d_opts{.filters = 1, .kernel_size = 1}>::keras_class,
      conv1d_transpose<conv1d_transpose_opts{.filters = 1, .kernel_size = 1}>::keras_class};
  CHECK(classes.size() == std::size(keras::layer_kinds));
  for (std::string_view keras_class : classes) {
    INFO(keras_class);
    CHECK(keras::find_layer_kind(keras_class) != nullptr);
  }
}

TEST_CASE("keras_config: the readings of files' spellings ctnn-keras-type has always written", "[keras][keras_config]") {
  // Keras 2 writes LeakyReLU's slope as alpha, Keras 3 as negative_slope, both as float32 in a double.
  CHECK(read("LeakyReLU", {{"alpha", 0.20000000298023224}}, {{4}}).cpp == "ctnn::leaky_relu<0.2>");
  // The element-wise merges: their type, and the inputs' one shape.
  CHECK(read("Subtract", json::object(), {{2, 3}, {2, 3}}).cpp == "ctnn::subtract");
  CHECK(read("Average", json::object(), {{2, 3}, {2, 3}, {2, 3}}).cpp == "ctnn::average");
  CHECK(read("Maximum", json::object(), {{5}, {5}}).cpp == "ctnn::maximum");
  CHECK(read("Minimum", json::object(), {{5}, {5}}).output == ctnn::keras::extents{5});
  CHECK(read("LeakyReLU", {{"negative_slope", 0.3}}, {{4}}).cpp == "ctnn::leaky_relu<0.3>");
  // ZeroPadding2D's padding as one number, one per axis, or one per side.
  for (const json& padding : {json(1), json::array({1, 1}), json::array({json::array({1, 1}), json::array({1, 1})})}) {
    const auto reading = read("ZeroPadding2D", {{"padding", padding}}, {{5, 5, 2}});
    CHECK(reading.cpp == "ctnn::zero_padding2d<ctnn::zero_padding2d_opts{.top = 1, .bottom = 1, .left = 1, .right = 1}>");
    CHECK(reading.output == extents{7, 7, 2});
  }
  // Keras's defaults where an entry is left out.
  CHECK(read("Dense", {{"units", 5}}, {{3}}).cpp ==
        "ctnn::dense<5, ctnn::dense_opts{.activation = ctnn::activation::linear, .use_bias = true}>");
  CHECK(read("BatchNormalization", json::object(), {{3}}).cpp ==
        "ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = 0.001, .center = true, .scale = true}>");
  const auto input = read("InputLayer", {{"batch_shape", {nullptr, 28, 28, 1}}}, {});
  CHECK(input.cpp == "ctnn::input<28, 28, 1>");
  CHECK(input.output == extents{28, 28, 1});
}

TEST_CASE("keras_config: a file's layer ctnn cannot be is named with its reason, never computed", "[keras][keras_config][errors]") {
  auto fails = [](const std::string& keras_class, const json& config, const std::vector<extents>& inputs) {
    try {
      read(keras_class, config, inputs);
    } catch (const ctnn::keras::config_error& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  const json conv = {{"filters", 1}, {"kernel_size", {3, 3}}, {"strides", {1, 1}}, {"padding", "same"}};
  // A rule of the type, broken by a file's layer: the compile-time message, and the input.
  CHECK(fails("Conv2D", conv, {{100}}) ==
        "ctnn::conv2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it; its input is (None, 100), its filters 1, kernel_size [3,3], strides [1,1]");
  CHECK(fails("Conv2D", {{"filters", 1}, {"kernel_size", 5}, {"strides", 1}, {"padding", "valid"}}, {{3, 3, 1}}) ==
        "ctnn::conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input rows >= kernel rows); its input is (None, 3, 3, 1), its filters 1, kernel_size 5, strides 1");
  CHECK_THAT(fails("Conv2D", {{"filters", 0}, {"kernel_size", 3}}, {{3, 3, 1}}), StartsWith("ctnn::conv2d: filters must be positive"));
  CHECK_THAT(fails("Conv2DTranspose", {{"filters", 2}, {"kernel_size", 3}, {"strides", 2}, {"dilation_rate", 2}}, {{3, 3, 1}}),
             StartsWith("ctnn::conv2d_transpose: strides > 1 together with dilation_rate > 1 is not supported"));
  CHECK_THAT(fails("Conv2DTranspose", {{"filters", 2}, {"kernel_size", 4}, {"strides", 2}, {"padding", "same"}, {"output_padding", {2, 0}}},
                   {{3, 3, 1}}),
             StartsWith("ctnn::conv2d_transpose: output_padding must be smaller than strides (rows)"));
  CHECK_THAT(fails("Dense", {{"units", 0}}, {{4}}), StartsWith("ctnn::dense: units must be positive"));
  CHECK_THAT(fails("Conv2D", {{"kernel_size", 3}}, {{3, 3, 1}}), Contains("the configuration has no 'filters'"));
  json grouped = conv;
  grouped["groups"] = 2;
  CHECK(fails("Conv2D", grouped, {{4, 4, 2}}) == "groups is 2: grouped convolutions are not supported");
  json first = conv;
  first["data_format"] = "channels_first";
  CHECK(fails("Conv2D", first, {{4, 4, 2}}) == "data_format is \"channels_first\": ctnn's images are channels_last (rows, columns, channels)");
  // The type refuses the same files: a channels_first or grouped Conv2D is not any conv2d.
  using same_conv = ctnn::conv2d<ctnn::conv2d_opts{.filters = 1, .kernel_size = 3, .padding = ctnn::padding::same}>;
  json expected = file_config<same_conv, ctnn::shape<4, 4, 2>>();
  CHECK(keras_config_checks::accepts<same_conv, ctnn::shape<4, 4, 2>>(expected));
  expected["groups"] = 1;
  expected["data_format"] = "channels_last";
  CHECK(keras_config_checks::accepts<same_conv, ctnn::shape<4, 4, 2>>(expected));
  expected["groups"] = 2;
  CHECK_FALSE(keras_config_checks::accepts<same_conv, ctnn::shape<4, 4, 2>>(expected));
  expected["groups"] = 1;
  expected["data_format"] = "channels_first";
  CHECK_FALSE(keras_config_checks::accepts<same_conv, ctnn::shape<4, 4, 2>>(expected));
  json bent = conv;
  bent["activation"] = "bent_identity";
  CHECK_THAT(fails("Conv2D", bent, {{4, 4, 2}}), Contains("activation 'bent_identity' is not supported by ctnn"));
  // hard_sigmoid is two functions under one name: Keras 2's and Keras 3's.
  json hard = conv;
  hard["activation"] = "hard_sigmoid";
  CHECK_THAT(fails("Conv2D", hard, {{4, 4, 2}}), Contains("activation 'hard_sigmoid' is not supported by ctnn: Keras 2 computes it as "
                                                          "clip(0.2 x + 0.5, 0, 1) and Keras 3 as relu6(x + 3) / 6"));
  CHECK_THAT(fails("Embedding", {{"input_dim", 10}, {"output_dim", 4}, {"mask_zero", true}}, {{1}}),
             Contains("mask_zero is true: ctnn::embedding has no masks"));
  // A merge's rules read all its inputs, and the message lists them.
  CHECK(fails("Concatenate", {{"axis", -1}}, {{7, 7, 128}, {7, 1, 7}}) ==
        "ctnn::concatenate: the inputs' shapes must be equal on every axis except the concatenation axis; its inputs are (None, 7, 7, 128) "
        "and (None, 7, 1, 7), its axis -1");
  CHECK(fails("Concatenate", {{"axis", 4}}, {{7, 7, 1}, {7, 7, 1}, {7, 7, 2}}) ==
        "ctnn::concatenate: the axis is outside the inputs' axes (1 .. rank, or -rank .. -1); its inputs are (None, 7, 7, 1), (None, 7, 7, 1) "
        "and (None, 7, 7, 2), its axis 4");
  CHECK(fails("Add", json::object(), {{7, 7, 1}, {7, 1}}) ==
        "ctnn::add / multiply / average / maximum / minimum: every input must have the same number of axes (the same shape); its inputs are (None, 7, 7, 1) and (None, 7, 1)");
  CHECK(fails("Dot", {{"axes", -1}, {"normalize", false}}, {{8}, {6}}) ==
        "ctnn::dot: the inputs' extents on the summed axes must be equal; its inputs are (None, 8) and (None, 6), its axes -1, normalize false");
  CHECK(fails("Dot", {{"axes", {1, 3}}}, {{4}, {2, 4}}) ==
        "ctnn::dot: the second input's axis is outside its axes (1 .. rank, or -rank .. -1); its inputs are (None, 4) and (None, 2, 4), its axes [1,3]");
  CHECK(fails("Dot", {{"axes", {1, 2, 3}}}, {{4}, {4}}) == "axes [1,2,3] is not one axis or a pair of axes");
  CHECK(fails("Dot", json::object(), {{4}, {4}}) == "a Dot layer's configuration has no axes");
  CHECK(fails("Multiply", json::object(), {{3}, {4}}) ==
        "ctnn::add / multiply / average / maximum / minimum: every input must have the same shape; its inputs are (None, 3) and (None, 4)");
  CHECK(fails("Add", json::object(), {{3}}) == "ctnn::add / multiply / average / maximum / minimum: give at least two values to combine; its input is (None, 3)");
  CHECK(fails("Subtract", json::object(), {{3}, {3}, {3}}) ==
        "ctnn::subtract: give exactly two values (the first minus the second); its inputs are (None, 3), (None, 3) and (None, 3)");
  CHECK(fails("Subtract", json::object(), {{3}, {4}}) == "ctnn::subtract: both inputs must have the same shape; its inputs are (None, 3) and (None, 4)");
  CHECK(fails("Average", json::object(), {{2, 3}, {3, 2}}) ==
        "ctnn::add / multiply / average / maximum / minimum: every input must have the same shape; its inputs are (None, 2, 3) and (None, 3, 2)");
  CHECK(fails("Reshape", {{"target_shape", {7, 7, 127}}}, {{6272}}) ==
        "ctnn::reshape: the target shape must hold as many elements as the input (input elements == target elements); its input is "
        "(None, 6272), its target_shape [7,7,127]");
  CHECK(fails("Reshape", {{"target_shape", {-1, 7, -1}}}, {{49}}) == "ctnn::reshape: at most one dimension may be -1; its input is (None, 49), its target_shape [-1,7,-1]");
  CHECK_THAT(fails("InputLayer", {{"batch_input_shape", {nullptr, nullptr, 3}}}, {}),
             Contains("its input shape (None, None, 3) has an unknown extent (None) on axis 1"));
  CHECK(fails("InputLayer", {{"batch_input_shape", {nullptr, 0, 3}}}, {}) ==
        "ctnn::input: every dimension of the input must be positive; its input shape is (None, 0, 3)");
  CHECK_THAT(fails("Dense", {{"units", "3"}}, {{4}}), Contains("'units' is \"3\", not a whole number"));
  CHECK_THAT(fails("Dense", json::object(), {{4}}), Contains("the configuration has no 'units'"));
  CHECK(fails("ZeroPadding2D", {{"padding", {{1, -1}, {0, 0}}}}, {{4, 4, 1}}) ==
        "ctnn::zero_padding2d: padding must not be negative; its input is (None, 4, 4, 1), its padding [[1,-1],[0,0]]");
}

TEST_CASE("keras_config: DepthwiseConv2D both ways, as tf.keras 2 and Keras 3 write it", "[keras][keras_config]") {
  using namespace ctnn;
  keras_config_checks::check_round_trip<depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .strides = 2, .padding = padding::same,
                                                          .depth_multiplier = 2, .use_bias = false}>,
                   shape<8, 8, 3>>(
      "ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {3, 3}, .strides = {2, 2}, .padding = ctnn::padding::same, "
      ".depth_multiplier = 2, .dilation_rate = {1, 1}, .activation = ctnn::activation::linear, .use_bias = false}>");
  // A MobileNet v1 block's configuration (tf.keras 2.x keys: the depthwise initializer and no filters).
  const json config = {{"kernel_size", {3, 3}}, {"strides", {1, 1}}, {"padding", "same"}, {"data_format", "channels_last"},
                       {"dilation_rate", {1, 1}}, {"activation", "linear"}, {"use_bias", false}, {"depth_multiplier", 1},
                       {"depthwise_initializer", {{"class_name", "GlorotUniform"}, {"config", {{"seed", nullptr}}}}}};
  using block = depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .padding = padding::same, .use_bias = false}>;
  CHECK(keras_config_checks::accepts<block, shape<14, 14, 32>>(config));
  CHECK_FALSE(keras_config_checks::accepts<depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .padding = padding::same, .depth_multiplier = 2,
                                                              .use_bias = false}>,
                      shape<14, 14, 32>>(config));
  const auto reading = read("DepthwiseConv2D", config, {{14, 14, 32}});
  CHECK(reading.output == extents{14, 14, 32});
  json doubled = config;
  doubled["depth_multiplier"] = 2;
  doubled["strides"] = {2, 2};
  CHECK(read("DepthwiseConv2D", doubled, {{14, 14, 32}}).output == extents{7, 7, 64});
  json first = config;
  first["data_format"] = "channels_first";
  CHECK_THAT(keras_config_checks::fails("DepthwiseConv2D", first, {{14, 14, 32}}), Contains("channels_last"));
  json none = config;
  none["depth_multiplier"] = 0;
  CHECK_THAT(keras_config_checks::fails("DepthwiseConv2D", none, {{14, 14, 32}}), StartsWith("ctnn::depthwise_conv2d: depth_multiplier must be positive"));
  CHECK_THAT(keras_config_checks::fails("DepthwiseConv2D", config, {{14, 32}}), StartsWith("ctnn::depthwise_conv2d: the input must be an image of rank 3"));
}

TEST_CASE("keras_config: SeparableConv2D both ways, and as Keras 2.0.5 wrote it", "[keras][keras_config]") {
  using namespace ctnn;
  keras_config_checks::check_round_trip<separable_conv2d<separable_conv2d_opts{.filters = 5, .kernel_size = 3, .padding = padding::same,
                                                                              .depth_multiplier = 2, .use_bias = false}>,
                                        shape<6, 6, 3>>(
      "ctnn::separable_conv2d<ctnn::separable_conv2d_opts{.filters = 5, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = "
      "ctnn::padding::same, .dilation_rate = {1, 1}, .depth_multiplier = 2, .activation = ctnn::activation::linear, .use_bias = false}>");
  // fer_mini_xception_separable_keras205's separable_conv2d_1 (Keras 2.0.5 writes no dilation_rate).
  const json config = json::parse(R"({"name": "separable_conv2d_1", "trainable": true, "filters": 16, "kernel_size": [3, 3],
      "strides": [1, 1], "padding": "same", "data_format": "channels_last", "depth_multiplier": 1, "activation": "linear",
      "use_bias": false, "depthwise_initializer": {"class_name": "VarianceScaling", "config": {}}})");
  using first = separable_conv2d<separable_conv2d_opts{.filters = 16, .kernel_size = 3, .padding = padding::same, .use_bias = false}>;
  CHECK(keras_config_checks::accepts<first, shape<60, 60, 8>>(config));
  CHECK_FALSE(keras_config_checks::accepts<separable_conv2d<separable_conv2d_opts{.filters = 16, .kernel_size = 3, .padding = padding::same}>,
                                           shape<60, 60, 8>>(config));
  CHECK(read("SeparableConv2D", config, {{60, 60, 8}}).output == extents{60, 60, 16});
  json wrong = config;
  wrong["filters"] = 0;
  CHECK_THAT(keras_config_checks::fails("SeparableConv2D", wrong, {{60, 60, 8}}), StartsWith("ctnn::separable_conv2d: filters must be positive"));
  wrong = config;
  wrong["data_format"] = "channels_first";
  CHECK_THAT(keras_config_checks::fails("SeparableConv2D", wrong, {{60, 60, 8}}), Contains("channels_last"));
}

TEST_CASE("keras_config: the reshaping, resizing, normalising and augmentation layers both ways, as tf.keras 2 and Keras 3 write them",
          "[keras][keras_config]") {
  using namespace ctnn;
  using keras_config_checks::fails;
  keras_config_checks::check_round_trip<repeat_vector<3>, shape<5>>("ctnn::repeat_vector<3>");
  CHECK(read("RepeatVector", {{"n", 4}}, {{7}}).output == extents{4, 7});
  keras_config_checks::check_round_trip<permute<3, 1, 2>, shape<4, 5, 6>>("ctnn::permute<3, 1, 2>");
  CHECK(read("Permute", {{"dims", {2, 1}}}, {{10, 64}}).output == extents{64, 10});  // Keras's own docstring example
  keras_config_checks::check_round_trip<resizing<resizing_opts{.height = 4, .width = 6, .interpolation = interpolation::nearest,
                                                               .pad_to_aspect_ratio = true, .fill_value = 0.5}>,
                                        shape<5, 5, 3>>(
      "ctnn::resizing<ctnn::resizing_opts{.height = 4, .width = 6, .interpolation = ctnn::interpolation::nearest, "
      ".crop_to_aspect_ratio = false, .pad_to_aspect_ratio = true, .fill_value = 0.5}>");
  keras_config_checks::check_round_trip<center_crop<center_crop_opts{.height = 2, .width = 3}>, shape<5, 5, 3>>(
      "ctnn::center_crop<ctnn::center_crop_opts{.height = 2, .width = 3}>");
  keras_config_checks::check_round_trip<random_crop<random_crop_opts{.height = 2, .width = 3}>, shape<5, 5, 3>>(
      "ctnn::random_crop<ctnn::random_crop_opts{.height = 2, .width = 3}>");
  keras_config_checks::check_round_trip<unit_normalization<>, shape<4, 6>>("ctnn::unit_normalization<>");
  keras_config_checks::check_round_trip<unit_normalization<unit_normalization_opts{.axis = {1, 2, 3}}>, shape<2, 3, 4>>(
      "ctnn::unit_normalization<ctnn::unit_normalization_opts{.axis = {1, 2, 3}}>");
  keras_config_checks::check_round_trip<rms_normalization<rms_normalization_opts{.epsilon = 1e-5}>, shape<4, 6>>(
      "ctnn::rms_normalization<ctnn::rms_normalization_opts{.axis = -1, .epsilon = 1e-05}>");
  keras_config_checks::check_round_trip<activity_regularization<activity_regularization_opts{.l2 = 0.01}>, shape<8>>(
      "ctnn::activity_regularization<ctnn::activity_regularization_opts{.l1 = 0.0, .l2 = 0.01}>");
  keras_config_checks::check_round_trip<random_flip, shape<8, 8, 3>>("ctnn::random_flip");

  // Resizing as Keras 3 writes it (every entry) and as tf.keras 2.15 does (four).
  const json keras3 = json::parse(R"({"name": "resizing", "trainable": true, "height": 64, "width": 48, "interpolation": "bilinear",
      "crop_to_aspect_ratio": true, "pad_to_aspect_ratio": false, "fill_mode": "constant", "fill_value": 0.0, "antialias": false,
      "data_format": "channels_last"})");
  const json tfkeras = json::parse(R"({"name": "resizing", "trainable": true, "dtype": "float32", "height": 64, "width": 48,
      "interpolation": "bilinear", "crop_to_aspect_ratio": true})");
  using crop_resize = resizing<resizing_opts{.height = 64, .width = 48, .crop_to_aspect_ratio = true}>;
  for (const json& config : {keras3, tfkeras}) {
    CHECK(keras_config_checks::accepts<crop_resize, shape<120, 160, 3>>(config));
    CHECK_FALSE(keras_config_checks::accepts<resizing<resizing_opts{.height = 64, .width = 48}>, shape<120, 160, 3>>(config));
    CHECK(read("Resizing", config, {{120, 160, 3}}).output == extents{64, 48, 3});
  }
  json bicubic = keras3;
  bicubic["interpolation"] = "bicubic";
  CHECK_THAT(fails("Resizing", bicubic, {{120, 160, 3}}), Contains("interpolation 'bicubic' is not supported by ctnn (only 'nearest' and 'bilinear')"));
  json antialias = keras3;
  antialias["antialias"] = true;
  CHECK_THAT(fails("Resizing", antialias, {{120, 160, 3}}), Contains("antialias = true is not supported"));
  json first = keras3;
  first["data_format"] = "channels_first";
  CHECK_THAT(fails("Resizing", first, {{3, 120, 160}}), Contains("channels_last"));
  json both = keras3;
  both["pad_to_aspect_ratio"] = true;
  CHECK_THAT(fails("Resizing", both, {{120, 160, 3}}),
             StartsWith("ctnn::resizing: crop_to_aspect_ratio and pad_to_aspect_ratio cannot both be true"));
  CHECK_THAT(fails("Resizing", keras3, {{120, 160}}), StartsWith("ctnn::resizing: the input must be an image of rank 3"));
  CHECK_THAT(fails("CenterCrop", {{"height", 0}, {"width", 3}}, {{8, 8, 3}}), StartsWith("ctnn::center_crop: height and width must be positive"));
  CHECK_THAT(fails("CenterCrop", {{"width", 3}}, {{8, 8, 3}}), Contains("the configuration has no 'height'"));
  // RandomCrop's seed changes nothing at inference.
  CHECK(read("RandomCrop", {{"height", 4}, {"width", 4}, {"seed", 1337}, {"data_format", "channels_last"}}, {{8, 6, 3}}).cpp ==
        "ctnn::random_crop<ctnn::random_crop_opts{.height = 4, .width = 4}>");
  CHECK_THAT(fails("RepeatVector", {{"n", 3}}, {{4, 4}}), StartsWith("ctnn::repeat_vector: the input must be a vector of rank 1"));
  CHECK_THAT(fails("RepeatVector", {{"n", 0}}, {{4}}), StartsWith("ctnn::repeat_vector: n must be positive"));
  CHECK_THAT(fails("Permute", {{"dims", {0, 1}}}, {{4, 4}}), StartsWith("ctnn::permute: dims must hold each of 1, ..., n once"));
  // A file's long list is refused by its count, before the permutation check (quadratic) runs.
  json many = json::array();
  for (int axis = 1; axis <= 200'000; ++axis) many.push_back(axis);
  CHECK_THAT(fails("Permute", {{"dims", many}}, {{4, 4, 2}}), StartsWith("ctnn::permute: at most 8 axes"));
  CHECK(fails("Permute", {{"dims", {2, 1}}}, {{4, 4, 2}}) ==
        "ctnn::permute: dims must name every axis of the input once (as many dims as the input's rank); its input is (None, 4, 4, 2), its dims [2,1]");

  // UnitNormalization's and RMSNormalization's axis as each Keras writes it: Keras 3 the -1 it was
  // given (or [-1] once built), tf.keras the resolved [2] of a sequence; every axis as a list.
  for (const json& axis : {json(-1), json::array({-1}), json::array({2}), json(2)}) {
    CHECK(read("UnitNormalization", {{"axis", axis}}, {{5, 4}}).cpp == "ctnn::unit_normalization<>");
    CHECK(keras_config_checks::accepts<unit_normalization<>, shape<5, 4>>({{"axis", axis}}));
    CHECK(read("RMSNormalization", {{"axis", axis}, {"epsilon", 1e-6}}, {{5, 4}}).cpp ==
          "ctnn::rms_normalization<ctnn::rms_normalization_opts{.axis = -1, .epsilon = 1e-06}>");
  }
  CHECK(read("UnitNormalization", {{"axis", {-2, -1}}}, {{5, 4}}).cpp ==
        "ctnn::unit_normalization<ctnn::unit_normalization_opts{.axis = {1, 2}}>");
  CHECK_FALSE(keras_config_checks::accepts<unit_normalization<>, shape<5, 4>>({{"axis", {1, 2}}}));
  CHECK_THAT(fails("UnitNormalization", {{"axis", 1}}, {{5, 4}}),
             StartsWith("ctnn::unit_normalization: ctnn normalises over the last axis (axis = -1) or over all the input's axes in order"));
  CHECK_THAT(fails("RMSNormalization", {{"axis", 3}, {"epsilon", 1e-6}}, {{5, 4}}),
             StartsWith("ctnn::rms_normalization: an axis is outside the input"));
  CHECK_THAT(fails("RMSNormalization", {{"axis", {1, 2, 3, 4, 5}}}, {{5, 4}}), Contains("is not an axis ctnn::rms_normalization normalises"));

  // The augmentation layers hold their training options, which change nothing at inference.
  const json flip = json::parse(R"({"name": "random_flip", "trainable": true, "mode": "horizontal_and_vertical", "seed": null,
      "data_format": "channels_last"})");
  CHECK(read("RandomFlip", flip, {{32, 32, 3}}).cpp == "ctnn::random_flip");
  CHECK(read("RandomRotation", {{"factor", 0.2}, {"fill_mode", "reflect"}}, {{32, 32, 3}}).output == extents{32, 32, 3});
  CHECK(read("RandAugment", {{"value_range", {0, 255}}, {"num_ops", 2}}, {{32, 32, 3}}).cpp == "ctnn::rand_augment");
  CHECK(keras_config_checks::accepts<random_zoom, shape<32, 32, 3>>({{"height_factor", 0.1}}));
}

TEST_CASE("keras_config: DepthwiseConv1D and SeparableConv1D both ways, as Keras 3 and tf.keras 2 write them", "[keras][keras_config]") {
  using namespace ctnn;
  using keras_config_checks::fails;
  keras_config_checks::check_round_trip<depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 3, .strides = 2, .padding = padding::same,
                                                                              .depth_multiplier = 2, .use_bias = false}>,
                                        shape<9, 3>>(
      "ctnn::depthwise_conv1d<ctnn::depthwise_conv1d_opts{.kernel_size = 3, .strides = 2, .padding = ctnn::padding::same, "
      ".depth_multiplier = 2, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = false}>");
  keras_config_checks::check_round_trip<separable_conv1d<separable_conv1d_opts{.filters = 4, .kernel_size = 3, .padding = padding::causal,
                                                                              .dilation_rate = 2, .activation = activation::relu}>,
                                        shape<9, 3>>(
      "ctnn::separable_conv1d<ctnn::separable_conv1d_opts{.filters = 4, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, "
      ".dilation_rate = 2, .depth_multiplier = 1, .activation = ctnn::activation::relu, .use_bias = true}>");
  // Keras 3's DepthwiseConv1D (sizes as lists of one); causal: ceil(steps / strides).
  const json depthwise = {{"kernel_size", {5}}, {"strides", {2}}, {"padding", "same"}, {"depth_multiplier", 3},
                          {"data_format", "channels_last"}, {"dilation_rate", {1}}, {"activation", "relu"}, {"use_bias", true}};
  CHECK(read("DepthwiseConv1D", depthwise, {{9, 4}}).output == extents{5, 12});
  CHECK(read("SeparableConv1D", {{"filters", 6}, {"kernel_size", {3}}, {"strides", {2}}, {"padding", "causal"}}, {{9, 4}}).output ==
        extents{5, 6});
  json causal = depthwise;
  causal["padding"] = "causal";
  CHECK_THAT(fails("DepthwiseConv1D", causal, {{9, 4}}), StartsWith("ctnn::depthwise_conv1d: padding 'causal' is not supported"));
  CHECK_THAT(fails("DepthwiseConv1D", depthwise, {{9, 9, 4}}), StartsWith("ctnn::depthwise_conv1d: the input must be a sequence of rank 2"));
  CHECK_THAT(fails("SeparableConv1D", {{"filters", 6}, {"kernel_size", {7}}}, {{5, 4}}),
             StartsWith("ctnn::separable_conv1d: with padding 'valid' the (dilated) kernel must fit in the input"));
}

TEST_CASE("keras_config: Conv1DTranspose both ways, as Keras 3 and tf.keras 2 write it", "[keras][keras_config]") {
  using namespace ctnn;
  using keras_config_checks::fails;
  keras_config_checks::check_round_trip<conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2,
                                                                              .padding = padding::same, .output_padding = 1}>,
                                        shape<9, 3>>(
      "ctnn::conv1d_transpose<ctnn::conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = ctnn::padding::same, "
      ".output_padding = 1, .dilation_rate = 1, .activation = ctnn::activation::linear, .use_bias = true}>");
  keras_config_checks::check_round_trip<conv1d_transpose<conv1d_transpose_opts{.filters = 2, .kernel_size = 4, .strides = 2,
                                                                              .activation = activation::tanh, .use_bias = false}>,
                                        shape<5, 2>>(
      "ctnn::conv1d_transpose<ctnn::conv1d_transpose_opts{.filters = 2, .kernel_size = 4, .strides = 2, .padding = ctnn::padding::valid, "
      ".dilation_rate = 1, .activation = ctnn::activation::tanh, .use_bias = false}>");
  // Keras 3's Conv1DTranspose: sizes as lists of one, output_padding null or a list of one.
  const json keras3 = {{"filters", 6},          {"kernel_size", {3}},  {"strides", {2}},          {"padding", "same"},
                       {"output_padding", nullptr}, {"data_format", "channels_last"}, {"dilation_rate", {1}},
                       {"activation", "relu"},   {"use_bias", true}};
  CHECK(read("Conv1DTranspose", keras3, {{9, 4}}).output == extents{18, 6});  // 9 * 2
  json padded = keras3;
  padded["output_padding"] = {1};
  CHECK(read("Conv1DTranspose", padded, {{9, 4}}).output == extents{18, 6});  // (9 - 1) * 2 + 3 - 2 + 1
  padded["padding"] = "valid";
  CHECK(read("Conv1DTranspose", padded, {{9, 4}}).output == extents{20, 6});  // (9 - 1) * 2 + 3 + 1
  json causal = keras3;
  causal["padding"] = "causal";
  CHECK_THAT(fails("Conv1DTranspose", causal, {{9, 4}}), StartsWith("ctnn::conv1d_transpose: padding 'causal' is for Conv1D only"));
  CHECK_THAT(fails("Conv1DTranspose", keras3, {{9, 9, 4}}), StartsWith("ctnn::conv1d_transpose: the input must be a sequence of rank 2"));
  json even = keras3;
  even["kernel_size"] = {4};
  even["output_padding"] = {0};
  CHECK_THAT(fails("Conv1DTranspose", even, {{3, 4}}), StartsWith("ctnn::conv1d_transpose: the output would not convolve back"));
  json too_much = keras3;
  too_much["output_padding"] = {2};
  CHECK_THAT(fails("Conv1DTranspose", too_much, {{9, 4}}), StartsWith("ctnn::conv1d_transpose: output_padding must be smaller than strides"));
  json grouped = keras3;
  grouped["groups"] = 2;
  CHECK_THAT(fails("Conv1DTranspose", grouped, {{9, 4}}), Contains("grouped convolutions are not supported"));
}
