// Cropping2D and the pooling layers' Keras configurations in both directions
// (ctnn/layers/keras_config.hpp): what each type expects of a file, what a file's configuration
// (as Keras 2 and Keras 3 write it, and as the shared models hold it) makes of a layer, and the
// reasons a configuration is refused.
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
using namespace keras_config_checks;

TEST_CASE("pooling config: each type reads the configuration it expects back into itself", "[keras][keras_config][pooling]") {
  using namespace ctnn;
  check_round_trip<cropping2d<cropping2d_opts{.top = 2, .bottom = 1, .left = 0, .right = 3}>, shape<8, 9, 2>>(
      "ctnn::cropping2d<ctnn::cropping2d_opts{.top = 2, .bottom = 1, .left = 0, .right = 3}>");
  check_round_trip<max_pooling2d<>, shape<5, 5, 2>>(
      "ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 2}, .strides = {2, 2}, .padding = ctnn::padding::valid}>");
  check_round_trip<max_pooling2d<pooling2d_opts{.pool_size = {3, 2}, .strides = {1, 2}, .padding = padding::same}>, shape<5, 7, 2>>(
      "ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {3, 2}, .strides = {1, 2}, .padding = ctnn::padding::same}>");
  check_round_trip<average_pooling2d<pooling2d_opts{.pool_size = 3, .strides = 2, .padding = padding::same}>, shape<6, 7, 3>>(
      "ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {3, 3}, .strides = {2, 2}, .padding = ctnn::padding::same}>");
  check_round_trip<global_average_pooling2d<>, shape<4, 3, 5>>("ctnn::global_average_pooling2d<ctnn::global_pooling2d_opts{.keepdims = false}>");
  check_round_trip<global_max_pooling2d<global_pooling2d_opts{.keepdims = true}>, shape<4, 3, 5>>(
      "ctnn::global_max_pooling2d<ctnn::global_pooling2d_opts{.keepdims = true}>");
}

TEST_CASE("pooling config: the configurations of the shared models' files", "[keras][keras_config][pooling]") {
  using namespace ctnn;
  // fmnist_vae_decoder_cropping2d_keras38/decoder_model.keras (Keras 3.8), config.json.
  const json cropping = json::parse(R"({"name": "cropping2d", "trainable": true, "dtype": {"module": "keras",
      "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null},
      "cropping": [[2, 2], [2, 2]], "data_format": "channels_last"})");
  using crop = cropping2d<cropping2d_opts{.top = 2, .bottom = 2, .left = 2, .right = 2}>;
  CHECK(accepts<crop, shape<32, 32, 1>>(cropping));
  CHECK_FALSE(accepts<cropping2d<cropping2d_opts{.top = 2, .bottom = 2, .left = 2, .right = 1}>, shape<32, 32, 1>>(cropping));
  const auto crop_reading = read("Cropping2D", cropping, {{32, 32, 1}});
  CHECK(crop_reading.cpp == "ctnn::cropping2d<ctnn::cropping2d_opts{.top = 2, .bottom = 2, .left = 2, .right = 2}>");
  CHECK(crop_reading.output == extents{28, 28, 1});
  // mnist_gan_maxpool_keras213_native/descriminator.keras (tf.keras 2.13), config.json.
  const json pooling = json::parse(R"({"name": "max_pooling2d", "trainable": true, "dtype": "float32",
      "pool_size": [2, 2], "padding": "valid", "strides": [2, 2], "data_format": "channels_last"})");
  CHECK(accepts<max_pooling2d<>, shape<28, 28, 64>>(pooling));
  CHECK(accepts<max_pooling2d<pooling2d_opts{.pool_size = 2, .strides = 2}>, shape<28, 28, 64>>(pooling));
  CHECK_FALSE(accepts<max_pooling2d<pooling2d_opts{.pool_size = 2, .strides = 1}>, shape<28, 28, 64>>(pooling));
  CHECK_FALSE(accepts<max_pooling2d<pooling2d_opts{.padding = padding::same}>, shape<28, 28, 64>>(pooling));
  const auto pool_reading = read("MaxPooling2D", pooling, {{28, 28, 64}});
  CHECK(pool_reading.cpp == "ctnn::max_pooling2d<ctnn::pooling2d_opts{.pool_size = {2, 2}, .strides = {2, 2}, .padding = ctnn::padding::valid}>");
  CHECK(pool_reading.output == extents{14, 14, 64});
}

TEST_CASE("pooling config: Keras 2 and Keras 3 spellings", "[keras][keras_config][pooling]") {
  using namespace ctnn;
  // Cropping as one number, one per axis, or one per side (Keras stores the last).
  for (const json& cropping : {json(1), json::array({1, 1}), json::array({json::array({1, 1}), json::array({1, 1})})})
    CHECK(read("Cropping2D", {{"cropping", cropping}}, {{5, 5, 2}}).output == extents{3, 3, 2});
  // strides null is the pool size, in both directions; no data_format is channels_last.
  const json none = {{"pool_size", {3, 3}}, {"strides", nullptr}, {"padding", "valid"}};
  CHECK(accepts<average_pooling2d<pooling2d_opts{.pool_size = 3}>, shape<7, 7, 1>>(none));
  CHECK(accepts<average_pooling2d<pooling2d_opts{.pool_size = 3, .strides = 3}>, shape<7, 7, 1>>(none));
  CHECK_FALSE(accepts<average_pooling2d<pooling2d_opts{.pool_size = 3, .strides = 1}>, shape<7, 7, 1>>(none));
  const auto reading = read("AveragePooling2D", none, {{7, 7, 1}});
  CHECK(reading.cpp == "ctnn::average_pooling2d<ctnn::pooling2d_opts{.pool_size = {3, 3}, .strides = {3, 3}, .padding = ctnn::padding::valid}>");
  CHECK(reading.output == extents{2, 2, 1});
  CHECK(read("MaxPooling2D", {{"pool_size", 2}, {"strides", 1}, {"padding", "same"}}, {{3, 3, 1}}).output == extents{3, 3, 1});
  // Global pooling: keepdims (Keras >= 2.6), or none (older Keras: keepdims false).
  CHECK(accepts<global_average_pooling2d<>, shape<4, 4, 3>>({{"data_format", "channels_last"}}));
  CHECK(accepts<global_average_pooling2d<>, shape<4, 4, 3>>({{"data_format", "channels_last"}, {"keepdims", false}}));
  CHECK_FALSE(accepts<global_average_pooling2d<global_pooling2d_opts{.keepdims = true}>, shape<4, 4, 3>>({{"data_format", "channels_last"}}));
  CHECK(accepts<global_max_pooling2d<global_pooling2d_opts{.keepdims = true}>, shape<4, 4, 3>>({{"keepdims", true}}));
  CHECK(read("GlobalAveragePooling2D", {{"data_format", "channels_last"}}, {{4, 4, 3}}).output == extents{3});
  CHECK(read("GlobalMaxPooling2D", {{"keepdims", true}}, {{4, 4, 3}}).output == extents{1, 1, 3});
}

TEST_CASE("pooling config: a configuration ctnn cannot be is refused with its reason", "[keras][keras_config][pooling][errors]") {
  using namespace ctnn;
  // channels_first: refused when read, and not what a type expects.
  const json first = {{"pool_size", {2, 2}}, {"strides", {2, 2}}, {"padding", "valid"}, {"data_format", "channels_first"}};
  CHECK_THAT(fails("MaxPooling2D", first, {{4, 4, 1}}), Contains("data_format is \"channels_first\": ctnn's images are channels_last"));
  CHECK_FALSE(accepts<max_pooling2d<>, shape<4, 4, 1>>(first));
  CHECK_THAT(fails("Cropping2D", {{"cropping", 1}, {"data_format", "channels_first"}}, {{4, 4, 1}}), Contains("channels_last"));
  CHECK_THAT(fails("GlobalMaxPooling2D", {{"data_format", "channels_first"}}, {{4, 4, 1}}), Contains("channels_last"));
  CHECK_FALSE(accepts<global_max_pooling2d<>, shape<4, 4, 1>>({{"data_format", "channels_first"}}));
  CHECK_THAT(fails("AveragePooling2D", {{"pool_size", 5}, {"strides", 1}, {"padding", "valid"}}, {{4, 6, 1}}),
             Equals("ctnn::average_pooling2d: with padding 'valid' the pool must fit in the input (input rows >= pool rows); its input is (None, 4, 6, 1), its pool_size 5, strides 1"));
  CHECK_THAT(fails("MaxPooling2D", {{"pool_size", {2, 0}}, {"strides", 1}, {"padding", "valid"}}, {{4, 4, 1}}),
             StartsWith("ctnn::max_pooling2d: pool_size must be positive"));
  CHECK_THAT(fails("MaxPooling2D", {{"pool_size", 2}, {"strides", 0}, {"padding", "valid"}}, {{4, 4, 1}}),
             StartsWith("ctnn::max_pooling2d: strides must be positive"));
  CHECK_THAT(fails("MaxPooling2D", {{"pool_size", 2}, {"strides", 2}, {"padding", "full"}}, {{4, 4, 1}}), Contains("padding 'full' is not supported"));
  CHECK_THAT(fails("MaxPooling2D", {{"pool_size", 2}, {"strides", 2}, {"padding", "valid"}}, {{16}}),
             Contains("ctnn::max_pooling2d: the input must be an image of rank 3"));
  CHECK(fails("Cropping2D", {{"cropping", {{2, 2}, {0, 0}}}}, {{4, 4, 1}}) ==
        "ctnn::cropping2d: top + bottom must be less than the input's rows (at least one row must be left); its input is (None, 4, 4, 1), its cropping [[2,2],[0,0]]");
  CHECK(fails("Cropping2D", {{"cropping", {{0, 0}, {-1, 0}}}}, {{4, 4, 1}}) ==
        "ctnn::cropping2d: cropping must not be negative; its input is (None, 4, 4, 1), its cropping [[0,0],[-1,0]]");
  CHECK(fails("GlobalAveragePooling2D", json::object(), {{4, 4}}) ==
        "ctnn::global_average_pooling2d: the input must be an image of rank 3 (rows, columns, channels); put a reshape before it; its input is (None, 4, 4)");
}

TEST_CASE("the 1-D layers' Keras configurations, both ways", "[keras][keras_config][pooling][sequence]") {
  using namespace ctnn;
  check_round_trip<conv1d<conv1d_opts{.filters = 4, .kernel_size = 3, .padding = padding::causal, .dilation_rate = 2}>, shape<9, 2>>(
      "ctnn::conv1d<ctnn::conv1d_opts{.filters = 4, .kernel_size = 3, .strides = 1, .padding = ctnn::padding::causal, "
      ".dilation_rate = 2, .activation = ctnn::activation::linear, .use_bias = true}>");
  check_round_trip<max_pooling1d<pooling1d_opts{.pool_size = 3, .strides = 2, .padding = padding::same}>, shape<7, 2>>(
      "ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 2, .padding = ctnn::padding::same}>");
  check_round_trip<average_pooling1d<>, shape<7, 2>>(
      "ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .strides = 2, .padding = ctnn::padding::valid}>");
  check_round_trip<global_max_pooling1d<global_pooling1d_opts{.keepdims = true}>, shape<7, 2>>(
      "ctnn::global_max_pooling1d<ctnn::global_pooling1d_opts{.keepdims = true}>");
  check_round_trip<zero_padding1d<zero_padding1d_opts{.left = 0, .right = 2}>, shape<7, 2>>(
      "ctnn::zero_padding1d<ctnn::zero_padding1d_opts{.left = 0, .right = 2}>");
  check_round_trip<cropping1d<cropping1d_opts{.left = 3, .right = 0}>, shape<7, 2>>("ctnn::cropping1d<ctnn::cropping1d_opts{.left = 3, .right = 0}>");
  check_round_trip<upsampling1d<upsampling1d_opts{.size = 3}>, shape<7, 2>>("ctnn::upsampling1d<ctnn::upsampling1d_opts{.size = 3}>");

  // Keras writes a 1-D extent as a list of one ([3]); a bare number reads as the same value.
  const json conv = {{"filters", 2}, {"kernel_size", {3}}, {"strides", {1}}, {"padding", "causal"}, {"dilation_rate", {2}},
                     {"groups", 1}, {"data_format", "channels_last"}, {"activation", "relu"}, {"use_bias", false}};
  using causal = conv1d<conv1d_opts{.filters = 2, .kernel_size = 3, .padding = padding::causal, .dilation_rate = 2,
                                    .activation = activation::relu, .use_bias = false}>;
  CHECK(accepts<causal, shape<5, 1>>(conv));
  json bare = conv;
  bare["kernel_size"] = 3;
  CHECK(read("Conv1D", bare, {{5, 1}}).cpp == read("Conv1D", conv, {{5, 1}}).cpp);
  CHECK(read("Conv1D", conv, {{5, 1}}).output == extents{5, 2});
  json same = conv;
  same["padding"] = "same";
  CHECK_FALSE(accepts<causal, shape<5, 1>>(same));
  // Pooling strides: the file's [2] or null are the pool size, which C++ may leave out.
  const json pooling = {{"pool_size", {2}}, {"strides", {2}}, {"padding", "valid"}, {"data_format", "channels_last"}};
  CHECK(accepts<max_pooling1d<>, shape<6, 3>>(pooling));
  CHECK(accepts<max_pooling1d<pooling1d_opts{.pool_size = 2, .strides = 2}>, shape<6, 3>>(pooling));
  CHECK_FALSE(accepts<max_pooling1d<pooling1d_opts{.pool_size = 2, .strides = 1}>, shape<6, 3>>(pooling));
  json none = pooling;
  none["strides"] = nullptr;
  CHECK(read("MaxPooling1D", none, {{6, 3}}).output == extents{3, 3});
  CHECK(read("GlobalAveragePooling1D", {{"data_format", "channels_last"}, {"keepdims", true}}, {{6, 3}}).output == extents{1, 3});
  CHECK(read("ZeroPadding1D", {{"padding", 2}}, {{6, 3}}).output == extents{10, 3});
  CHECK(read("Cropping1D", {{"cropping", {1, 2}}}, {{6, 3}}).output == extents{3, 3});
  CHECK(read("UpSampling1D", {{"size", 3}}, {{6, 3}}).output == extents{18, 3});
  CHECK(read("SpatialDropout1D", {{"rate", 0.25}, {"seed", nullptr}}, {{6, 3}}).output == extents{6, 3});
}

TEST_CASE("the 1-D layers: a configuration ctnn cannot be is refused with its reason", "[keras][keras_config][pooling][sequence][errors]") {
  using namespace ctnn;
  const json conv = {{"filters", 2}, {"kernel_size", {5}}, {"strides", {1}}, {"padding", "valid"}, {"dilation_rate", {2}}};
  CHECK(fails("Conv1D", conv, {{6, 1}}) ==
        "ctnn::conv1d: with padding 'valid' the (dilated) kernel must fit in the input (input steps >= kernel size); its input is "
        "(None, 6, 1), its filters 2, kernel_size [5], strides [1], dilation_rate [2]");
  CHECK_THAT(fails("Conv1D", conv, {{4, 4, 1}}), StartsWith("ctnn::conv1d: the input must be a sequence of rank 2"));
  json pair = conv;
  pair["kernel_size"] = {3, 3};
  CHECK_THAT(fails("Conv1D", pair, {{6, 1}}), Contains("kernel_size is [3,3], not a list of one"));
  // 'causal' is a Conv1D padding only, as in Keras.
  CHECK_THAT(fails("Conv2D", {{"filters", 1}, {"kernel_size", {3, 3}}, {"padding", "causal"}}, {{5, 5, 1}}),
             StartsWith("ctnn::conv2d: padding 'causal' is for Conv1D only"));
  CHECK_THAT(fails("MaxPooling1D", {{"pool_size", {2}}, {"strides", {2}}, {"padding", "causal"}}, {{6, 1}}),
             StartsWith("ctnn::max_pooling1d: padding 'causal' is for Conv1D only"));
  CHECK_THAT(fails("AveragePooling1D", {{"pool_size", {4}}, {"strides", {1}}, {"padding", "valid"}}, {{3, 1}}),
             StartsWith("ctnn::average_pooling1d: with padding 'valid' the pool must fit in the input (input steps >= pool size)"));
  // channels_first: Keras 3 writes a data_format for ZeroPadding1D (and ZeroPadding2D, the poolings).
  CHECK_THAT(fails("ZeroPadding1D", {{"padding", {1, 2}}, {"data_format", "channels_first"}}, {{6, 3}}), Contains("channels_last"));
  CHECK_FALSE(accepts<zero_padding1d<zero_padding1d_opts{.left = 1, .right = 2}>, shape<6, 3>>(
      {{"padding", {1, 2}}, {"data_format", "channels_first"}}));
  CHECK(accepts<zero_padding1d<zero_padding1d_opts{.left = 1, .right = 2}>, shape<6, 3>>({{"padding", {1, 2}}}));
  CHECK_THAT(fails("ZeroPadding2D", {{"padding", 1}, {"data_format", "channels_first"}}, {{4, 4, 1}}), Contains("channels_last"));
  CHECK_FALSE(accepts<zero_padding2d<>, shape<4, 4, 1>>({{"padding", {{1, 1}, {1, 1}}}, {"data_format", "channels_first"}}));
  CHECK_THAT(fails("GlobalMaxPooling1D", {{"data_format", "channels_first"}}, {{6, 3}}), Contains("channels_last"));
  CHECK(fails("Cropping1D", {{"cropping", {3, 3}}}, {{6, 3}}) ==
        "ctnn::cropping1d: left + right must be less than the input's steps (at least one step must be left); its input is (None, 6, 3), its cropping [3,3]");
  CHECK_THAT(fails("UpSampling1D", {{"size", 0}}, {{6, 3}}), StartsWith("ctnn::upsampling1d: size must be positive"));
  CHECK_THAT(fails("SpatialDropout1D", {{"rate", 0.5}}, {{4, 4, 3}}), StartsWith("ctnn::spatial_dropout1d: the input must be a sequence"));
}
