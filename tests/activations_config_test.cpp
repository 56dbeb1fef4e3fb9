// The activations' and the activation, noise and rescaling layers' Keras configurations in both
// directions (ctnn/layers/keras_config.hpp): what each type expects of a file, what a file's
// configuration (as Keras 2 and Keras 3 write it) makes of a layer, and the reasons a
// configuration is refused.
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

namespace {

// ---- Compile-time facts of the checking direction -------------------------------------------
static_assert(ctnn::keras::activation_entry(ctnn::activation::silu).expected.text() == "silu");
static_assert(ctnn::keras::activation_entry(ctnn::activation::silu).also_accepted[0].text() == "swish");
static_assert(ctnn::keras::activation_entry(ctnn::activation::gelu).also_accepted[0].type() == ctnn::keras::config_value::kind::none);
static_assert(ctnn::relu<>::keras_config<ctnn::shape<4>>()[0].expected.type() == ctnn::keras::config_value::kind::null);
static_assert(ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>::keras_config<ctnn::shape<4>>()[0].expected.real() == 6.0);
static_assert(ctnn::softmax<>::keras_config<ctnn::shape<3, 3, 2>>()[0].also_accepted[0].integer() == 3);  // -1 is 3 on an image
static_assert(ctnn::softmax<1>::keras_config<ctnn::shape<3, 3, 2>>()[0].also_accepted[0].integer() == -3);
static_assert(ctnn::prelu<1, 2>::keras_config<ctnn::shape<3, 3, 2>>()[0].expected.size() == 2);
static_assert(ctnn::prelu<>::keras_config<ctnn::shape<3, 3, 2>>()[0].expected.type() == ctnn::keras::config_value::kind::null);
static_assert(ctnn::prelu<1, 2>::weights<ctnn::shape<3, 4, 2>>()[0].size() == 2);
static_assert(ctnn::prelu<>::weights<ctnn::shape<3, 4, 2>>()[0].size() == 24);
static_assert(ctnn::prelu<3>::weights<ctnn::shape<3, 4, 2>>()[0].dims == std::array<std::size_t, 4>{3, 4, 1, 0});

/// A Keras layer object as Keras 3 writes one in place of an activation's name.
json object(const std::string& class_name, json config) {
  config["name"] = "inner";
  config["trainable"] = true;
  return json{{"module", "keras.layers"}, {"class_name", class_name}, {"config", config}, {"registered_name", nullptr}};
}
json dense_with(const json& activation) { return json{{"units", 4}, {"activation", activation}, {"use_bias", true}}; }

}  // namespace

TEST_CASE("keras_config: the new activations by name, and Keras 2's swish as silu", "[keras][keras_config][activations]") {
  using namespace ctnn;
  check_round_trip<activation_layer<activation::leaky_relu>, shape<4>>("ctnn::activation_layer<ctnn::activation::leaky_relu>");
  check_round_trip<activation_layer<activation::elu>, shape<4>>("ctnn::activation_layer<ctnn::activation::elu>");
  check_round_trip<activation_layer<activation::silu>, shape<4>>("ctnn::activation_layer<ctnn::activation::silu>");
  check_round_trip<activation_layer<activation::gelu>, shape<4>>("ctnn::activation_layer<ctnn::activation::gelu>");
  check_round_trip<activation_layer<activation::softplus>, shape<4>>("ctnn::activation_layer<ctnn::activation::softplus>");
  check_round_trip<activation_layer<activation::relu6>, shape<4>>("ctnn::activation_layer<ctnn::activation::relu6>");
  check_round_trip<activation_layer<activation::softmax>, shape<4>>("ctnn::activation_layer<ctnn::activation::softmax>");
  check_round_trip<dense<3, dense_opts{.activation = activation::softmax}>, shape<4>>(
      "ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::softmax, .use_bias = true}>");
  check_round_trip<conv2d<conv2d_opts{.filters = 2, .kernel_size = 3, .activation = activation::gelu}>, shape<5, 5, 1>>(
      "ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::valid, "
      ".dilation_rate = {1, 1}, .activation = ctnn::activation::gelu, .use_bias = true}>");

  // Keras 2 writes silu as "swish": read as silu, and accepted where a type asks for silu.
  using swish_dense = dense<3, dense_opts{.activation = activation::silu}>;
  const json keras2 = {{"units", 3}, {"activation", "swish"}, {"use_bias", true}};
  CHECK(accepts<swish_dense, shape<4>>(keras2));
  CHECK(read("Dense", keras2, {{4}}).cpp == "ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::silu, .use_bias = true}>");
  CHECK(read("Activation", {{"activation", "swish"}}, {{4}}).cpp == "ctnn::activation_layer<ctnn::activation::silu>");
  CHECK_FALSE(accepts<swish_dense, shape<4>>({{"units", 3}, {"activation", "gelu"}, {"use_bias", true}}));
  CHECK_THAT(fails("Activation", {{"activation", "sparsemax"}}, {{4}}), Contains("activation 'sparsemax' is not supported"));

  // Keras 3's other activations, by name both ways; hard_swish is Keras's other name of hard_silu.
  check_round_trip<activation_layer<activation::mish>, shape<4>>("ctnn::activation_layer<ctnn::activation::mish>");
  check_round_trip<dense<3, dense_opts{.activation = activation::log_softmax}>, shape<4>>(
      "ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::log_softmax, .use_bias = true}>");
  check_round_trip<conv2d<conv2d_opts{.filters = 2, .kernel_size = 3, .activation = activation::hard_silu}>, shape<5, 5, 1>>(
      "ctnn::conv2d<ctnn::conv2d_opts{.filters = 2, .kernel_size = {3, 3}, .strides = {1, 1}, .padding = ctnn::padding::valid, "
      ".dilation_rate = {1, 1}, .activation = ctnn::activation::hard_silu, .use_bias = true}>");
  CHECK(read("Activation", {{"activation", "hard_swish"}}, {{4}}).cpp == "ctnn::activation_layer<ctnn::activation::hard_silu>");
  CHECK(accepts<activation_layer<activation::hard_silu>, shape<4>>({{"activation", "hard_swish"}}));
  for (const char* name : {"softsign", "exponential", "mish", "celu", "log_sigmoid", "hard_tanh", "tanh_shrink", "squareplus", "sparse_plus",
                           "sparse_sigmoid", "soft_shrink", "hard_shrink", "hard_silu", "log_softmax"}) {
    INFO(name);
    CHECK(read("Activation", {{"activation", name}}, {{4}}).cpp == "ctnn::activation_layer<ctnn::activation::" + std::string(name) + ">");
  }
  CHECK_THAT(fails("Activation", {{"activation", "hard_sigmoid"}}, {{4}}),
             Contains("Keras 2 computes it as clip(0.2 x + 0.5, 0, 1) and Keras 3 as relu6(x + 3) / 6"));
}

TEST_CASE("keras_config: ReLU and ELU", "[keras][keras_config][activations]") {
  using namespace ctnn;
  check_round_trip<relu<>, shape<4>>("ctnn::relu<>");
  check_round_trip<relu<relu_opts{.max_value = 6.0}>, shape<4>>("ctnn::relu<ctnn::relu_opts{.max_value = 6.0}>");
  check_round_trip<relu<relu_opts{.max_value = 1.0, .negative_slope = 0.1, .threshold = 0.5}>, shape<2, 3>>(
      "ctnn::relu<ctnn::relu_opts{.max_value = 1.0, .negative_slope = 0.1, .threshold = 0.5}>");
  // As Keras 3 writes it (max_value null), and as tf.keras writes a float32 slope.
  CHECK(read("ReLU", {{"max_value", nullptr}, {"negative_slope", 0.0}, {"threshold", 0.0}}, {{4}}).cpp == "ctnn::relu<>");
  CHECK(read("ReLU", {{"max_value", 6.0}, {"negative_slope", 0.20000000298023224}, {"threshold", 0.0}}, {{4}}).cpp ==
        "ctnn::relu<ctnn::relu_opts{.max_value = 6.0, .negative_slope = 0.2}>");
  CHECK(accepts<relu<relu_opts{.negative_slope = 0.2}>, shape<4>>({{"max_value", nullptr}, {"negative_slope", 0.20000000298023224}, {"threshold", 0.0}}));
  CHECK_FALSE(accepts<relu<>, shape<4>>({{"max_value", 6.0}, {"negative_slope", 0.0}, {"threshold", 0.0}}));
  CHECK(fails("ReLU", {{"max_value", -1.0}}, {{4}}) == "ctnn::relu: max_value must be >= 0 (as Keras requires); its input is (None, 4), its max_value -1.0");
  CHECK(fails("ReLU", {{"negative_slope", -0.5}}, {{4}}) == "ctnn::relu: negative_slope must be >= 0 (as Keras requires); its input is (None, 4), its negative_slope -0.5");
  CHECK(fails("ReLU", {{"threshold", -0.5}}, {{4}}) == "ctnn::relu: threshold must be >= 0 (as Keras 3 requires); its input is (None, 4), its threshold -0.5");

  check_round_trip<elu<>, shape<4>>("ctnn::elu<1.0>");
  check_round_trip<elu<0.5>, shape<3, 3, 2>>("ctnn::elu<0.5>");
}

TEST_CASE("keras_config: Softmax along an axis", "[keras][keras_config][activations]") {
  using namespace ctnn;
  check_round_trip<softmax<>, shape<3, 3, 2>>("ctnn::softmax<-1>");
  check_round_trip<softmax<1>, shape<3, 3, 2>>("ctnn::softmax<1>");
  // The last axis of an image as -1, 3, [-1] or [3]; not 2.
  CHECK(accepts<softmax<>, shape<3, 3, 2>>({{"axis", 3}}));
  CHECK(accepts<softmax<>, shape<3, 3, 2>>({{"axis", json::array({-1})}}));
  CHECK(accepts<softmax<>, shape<3, 3, 2>>({{"axis", json::array({3})}}));
  CHECK_FALSE(accepts<softmax<>, shape<3, 3, 2>>({{"axis", 2}}));
  CHECK(read("Softmax", {{"axis", json::array({2})}}, {{3, 3, 2}}).cpp == "ctnn::softmax<2>");
  CHECK_THAT(fails("Softmax", {{"axis", 0}}, {{3, 3, 2}}), Contains("axis 0 is the batch"));
  CHECK(fails("Softmax", {{"axis", 4}}, {{3, 3, 2}}) ==
        "ctnn::softmax: the axis is not one of the input's axes (1 to rank, or -rank to -1, as Keras counts them); its input is (None, 3, 3, 2), its axis 4");
  CHECK_THAT(fails("Softmax", {{"axis", 0}}, {{3, 3, 2}}), StartsWith("ctnn::softmax: axis 0 is the batch axis"));
  CHECK_THAT(fails("Softmax", {{"axis", json::array({1, 2})}}, {{3, 3, 2}}), Contains("takes one axis"));
}

TEST_CASE("keras_config: PReLU's shared axes", "[keras][keras_config][activations]") {
  using namespace ctnn;
  check_round_trip<prelu<>, shape<3, 3, 2>>("ctnn::prelu<>");
  check_round_trip<prelu<1, 2>, shape<3, 3, 2>>("ctnn::prelu<1, 2>");
  const json keras3 = {{"alpha_initializer", {{"module", "keras.initializers"}, {"class_name", "Zeros"}, {"config", json::object()}}},
                       {"alpha_regularizer", nullptr},
                       {"alpha_constraint", nullptr},
                       {"shared_axes", json::array({1, 2})}};
  CHECK(accepts<prelu<1, 2>, shape<3, 3, 2>>(keras3));
  CHECK_FALSE(accepts<prelu<>, shape<3, 3, 2>>(keras3));
  CHECK(read("PReLU", {{"shared_axes", 3}}, {{3, 3, 2}}).cpp == "ctnn::prelu<3>");
  const std::string outside =
      "ctnn::prelu: each shared axis must be an axis of the sample, 1 to its rank (Keras counts the batch as axis 0); its input is (None, 3, 3, 2), its shared_axes ";
  CHECK(fails("PReLU", {{"shared_axes", json::array({0})}}, {{3, 3, 2}}) == outside + "[0]");
  CHECK(fails("PReLU", {{"shared_axes", json::array({1, 4})}}, {{3, 3, 2}}) == outside + "[1,4]");
}

TEST_CASE("keras_config: GaussianNoise, GaussianDropout, SpatialDropout2D and Rescaling", "[keras][keras_config][activations]") {
  using namespace ctnn;
  check_round_trip<gaussian_noise<0.1>, shape<4>>("ctnn::gaussian_noise<0.1>");
  check_round_trip<gaussian_dropout<0.3>, shape<4>>("ctnn::gaussian_dropout<0.3>");
  check_round_trip<spatial_dropout2d<0.25>, shape<3, 3, 2>>("ctnn::spatial_dropout2d<0.25>");
  check_round_trip<rescaling<0.5, -1.0>, shape<3, 3, 2>>("ctnn::rescaling<0.5, -1.0>");
  // Keras 2 writes no data_format when it is the default; Keras 3 writes it.
  CHECK(accepts<spatial_dropout2d<0.25>, shape<3, 3, 2>>({{"rate", 0.25}}));
  CHECK(accepts<spatial_dropout2d<0.25>, shape<3, 3, 2>>({{"rate", 0.25}, {"data_format", "channels_last"}, {"noise_shape", nullptr}}));
  CHECK_FALSE(accepts<spatial_dropout2d<0.25>, shape<3, 3, 2>>({{"rate", 0.25}, {"data_format", "channels_first"}}));
  CHECK_THAT(fails("SpatialDropout2D", {{"rate", 0.25}, {"data_format", "channels_first"}}, {{3, 3, 2}}), Contains("channels_last"));
  CHECK(fails("SpatialDropout2D", {{"rate", 0.25}}, {{4}}) ==
        "ctnn::spatial_dropout2d: the input must be an image (rows, columns, channels); its input is (None, 4), its rate 0.25");
  CHECK(fails("SpatialDropout2D", {{"rate", 1.5}}, {{3, 3, 2}}) == "ctnn::spatial_dropout2d: rate must be in [0, 1]; its input is (None, 3, 3, 2), its rate 1.5");
  CHECK(fails("GaussianDropout", {{"rate", -0.1}}, {{4}}) == "ctnn::gaussian_dropout: rate must be in [0, 1]; its input is (None, 4), its rate -0.1");
  CHECK(fails("GaussianNoise", {{"stddev", -0.1}}, {{4}}) == "ctnn::gaussian_noise: stddev must be >= 0; its input is (None, 4), its stddev -0.1");
  CHECK(fails("Dropout", {{"rate", 1.01}}, {{4}}) == "ctnn::dropout: rate must be in [0, 1]; its input is (None, 4), its rate 1.01");
  CHECK(fails("LeakyReLU", {{"negative_slope", -0.5}}, {{4}}) ==
        "ctnn::leaky_relu: the slope alpha must be >= 0 (as Keras 3 requires); its input is (None, 4), its negative_slope -0.5");
  // Keras 2 accepts a standard deviation above 1 (Keras 3 does not); ctnn reads both.
  CHECK(read("GaussianNoise", {{"stddev", 2.0}}, {{4}}).cpp == "ctnn::gaussian_noise<2.0>");
  // Rescaling(1 / 127.5, offset=-1) as Keras writes it: a Python float, not a float32.
  CHECK(read("Rescaling", {{"scale", 0.00784313725490196}, {"offset", -1.0}}, {{4}}).cpp == "ctnn::rescaling<0.00784313725490196, -1.0>");
  CHECK(accepts<rescaling<1.0 / 127.5, -1.0>, shape<4>>({{"scale", 0.00784313725490196}, {"offset", -1.0}}));
  CHECK(read("Rescaling", {{"scale", 2.0}}, {{4}}).cpp == "ctnn::rescaling<2.0, 0.0>");
}

TEST_CASE("keras_config: an activation written as a Keras object (a layer, or Keras 3's form of a function)",
          "[keras][keras_config][activations]") {
  using namespace ctnn;
  // Keras 3 saves Dense(4, activation=keras.layers.LeakyReLU(negative_slope=0.2)) with the layer
  // object in place of the name; 0.2 is the slope of the activation leaky_relu.
  using leaky_dense = dense<4, dense_opts{.activation = activation::leaky_relu}>;
  const json leaky = dense_with(object("LeakyReLU", {{"negative_slope", 0.20000000298023224}}));
  CHECK(accepts<leaky_dense, shape<3>>(leaky));
  CHECK_FALSE(accepts<dense<4, dense_opts{.activation = activation::relu}>, shape<3>>(leaky));
  CHECK(read("Dense", leaky, {{3}}).cpp == "ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::leaky_relu, .use_bias = true}>");
  // tf.keras 2 calls the slope alpha.
  CHECK(accepts<leaky_dense, shape<3>>(dense_with(object("LeakyReLU", {{"alpha", 0.2}}))));

  // ReLU: no maximum and no threshold is relu, a maximum of 6 relu6; ELU with alpha 1 (its
  // default: left out too) is elu; Softmax over axis -1 (or [-1]) is softmax.
  const json relu_object = object("ReLU", {{"max_value", nullptr}, {"negative_slope", 0.0}, {"threshold", 0.0}});
  const json relu6_object = object("ReLU", {{"max_value", 6.0}, {"negative_slope", 0.0}, {"threshold", 0.0}});
  CHECK(read("Dense", dense_with(relu_object), {{3}}).cpp == "ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::relu, .use_bias = true}>");
  CHECK(read("Activation", {{"activation", relu6_object}}, {{3}}).cpp == "ctnn::activation_layer<ctnn::activation::relu6>");
  CHECK(accepts<activation_layer<activation::relu6>, shape<3>>({{"activation", relu6_object}}));
  CHECK_FALSE(accepts<activation_layer<activation::relu>, shape<3>>({{"activation", relu6_object}}));
  CHECK(read("Activation", {{"activation", object("ELU", json::object())}}, {{3}}).cpp == "ctnn::activation_layer<ctnn::activation::elu>");
  CHECK(read("Activation", {{"activation", object("ELU", {{"alpha", 1.0}})}}, {{3}}).cpp == "ctnn::activation_layer<ctnn::activation::elu>");
  CHECK(read("Activation", {{"activation", object("Softmax", {{"axis", json::array({-1})}})}}, {{3}}).cpp ==
        "ctnn::activation_layer<ctnn::activation::softmax>");
  // An Activation layer as the object: its own activation, a name or an object again.
  CHECK(read("Dense", dense_with(object("Activation", {{"activation", "tanh"}})), {{3}}).cpp ==
        "ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::tanh, .use_bias = true}>");

  // Keras 3's form of a function: a built-in by its name, a registered one as "package>name".
  const json function_form = {{"module", "builtins"}, {"class_name", "function"}, {"config", "gelu"}, {"registered_name", "function"}};
  CHECK(read("Dense", dense_with(function_form), {{3}}).cpp == "ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::gelu, .use_bias = true}>");
  CHECK(accepts<dense<4, dense_opts{.activation = activation::gelu}>, shape<3>>(dense_with(function_form)));
  const json registered = {{"module", "my_models"}, {"class_name", "function"}, {"config", "Custom>squash"}, {"registered_name", "Custom>squash"}};
  CHECK_THAT(fails("Dense", dense_with(registered), {{3}}), Contains("activation 'squash' is not supported by ctnn"));

  // A layer that maps each value on its own is the activation it computes with its settings
  // (the next test case); any other layer object, or none, is refused by what it holds.
  CHECK_FALSE(accepts<leaky_dense, shape<3>>(dense_with(object("LeakyReLU", {{"negative_slope", 0.3}}))));
  CHECK_THAT(fails("Dense", dense_with(object("PReLU", json::object())), {{3}}),
             Contains("is a layer object that is none of ctnn's activations (put that layer after this one instead)"));
  CHECK_THAT(fails("Dense", dense_with(object("Softmax", {{"axis", 1}})), {{3}}), Contains("none of ctnn's activations"));
  CHECK_THAT(fails("Dense", dense_with(object("Conv2D", json::object())), {{3}}), Contains("none of ctnn's activations"));
  CHECK_THAT(fails("Dense", dense_with(json{{"class_name", 3}}), {{3}}), Contains("none of ctnn's activations"));
  // Without the layer kinds (a reader that ctnn-keras-type did not set up) such a layer is refused too.
  CHECK_THROWS_WITH(ctnn::keras::read_activation(ctnn::keras::json_config_reader(dense_with(object("LeakyReLU", {{"negative_slope", 0.3}})))),
                    Contains("none of ctnn's activations"));
}

TEST_CASE("keras_config: an element-wise layer with settings of its own as an activation, both ways",
          "[keras][keras_config][activations]") {
  using namespace ctnn;

  // Keras 3's Dense(4, activation=LeakyReLU(negative_slope=0.3)), and tf.keras 2's alpha.
  using leaky3_dense = dense<4, dense_opts{.activation = activation_of<leaky_relu<0.3>>}>;
  static_assert(ctnn::keras::activation_entry(activation_of<leaky_relu<0.3>>).expected.type() == ctnn::keras::config_value::kind::layer_object);
  static_assert(display_name(activation_of<leaky_relu<0.3>>) == "LeakyReLU" && keras_name(activation_of<leaky_relu<0.3>>).empty());
  const json leaky3 = dense_with(object("LeakyReLU", {{"negative_slope", 0.30000001192092896}}));
  CHECK(accepts<leaky3_dense, shape<3>>(leaky3));
  CHECK(accepts<leaky3_dense, shape<3>>(dense_with(object("LeakyReLU", {{"alpha", 0.3}}))));
  CHECK_FALSE(accepts<leaky3_dense, shape<3>>(dense_with(object("LeakyReLU", {{"negative_slope", 0.25}}))));
  CHECK_FALSE(accepts<leaky3_dense, shape<3>>(dense_with(object("ELU", {{"alpha", 0.3}}))));
  CHECK_FALSE(accepts<leaky3_dense, shape<3>>(dense_with("leaky_relu")));
  CHECK_FALSE(accepts<leaky3_dense, shape<3>>(dense_with(object("LeakyReLU", json::object()))));  // its slope must be there
  CHECK(read("Dense", leaky3, {{3}}).cpp ==
        "ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation_of<ctnn::leaky_relu<0.3>>, .use_bias = true}>");
  // What the type expects, as the loader's message writes it.
  CHECK(ctnn::keras::to_json(ctnn::keras::activation_entry(activation_of<leaky_relu<0.3>>).expected) ==
        json{{"class_name", "LeakyReLU"}, {"config", {{"alpha", 0.3}}}});

  // ReLU with a threshold and a cap, ELU with alpha 0.5, an Activation layer with such an object.
  constexpr relu_opts capped{.max_value = 2.0, .threshold = 0.5};
  const json relu_object = object("ReLU", {{"max_value", 2.0}, {"negative_slope", 0.0}, {"threshold", 0.5}});
  CHECK(read("Dense", dense_with(relu_object), {{3}}).cpp ==
        "ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation_of<ctnn::relu<ctnn::relu_opts{.max_value = 2.0, "
        ".threshold = 0.5}>>, .use_bias = true}>");
  CHECK(accepts<dense<4, dense_opts{.activation = activation_of<relu<capped>>}>, shape<3>>(dense_with(relu_object)));
  CHECK_FALSE(accepts<dense<4, dense_opts{.activation = activation_of<relu<capped>>}>, shape<3>>(
      dense_with(object("ReLU", {{"max_value", nullptr}, {"negative_slope", 0.0}, {"threshold", 0.5}}))));
  const json elu_object = object("ELU", {{"alpha", 0.5}});
  CHECK(read("Activation", {{"activation", elu_object}}, {{3}}).cpp == "ctnn::activation_layer<ctnn::activation_of<ctnn::elu<0.5>>>");
  CHECK(accepts<activation_layer<activation_of<elu<0.5>>>, shape<3>>({{"activation", elu_object}}));
  CHECK(read("Conv2D", {{"filters", 2}, {"kernel_size", {1, 1}}, {"strides", {1, 1}}, {"padding", "valid"}, {"dilation_rate", {1, 1}},
                        {"activation", elu_object}, {"use_bias", true}},
             {{4, 4, 1}})
            .cpp.find(".activation = ctnn::activation_of<ctnn::elu<0.5>>") != std::string::npos);

  // The layer's own rules, in the layer's words, with the object named.
  CHECK_THAT(fails("Dense", dense_with(object("LeakyReLU", {{"negative_slope", -0.5}})), {{3}}),
             Equals("activation (a LeakyReLU object): ctnn::leaky_relu: the slope alpha must be >= 0 (as Keras 3 requires); its negative_slope -0.5"));
  CHECK_THAT(fails("Dense", dense_with(object("ReLU", {{"max_value", -1.0}, {"negative_slope", 0.0}, {"threshold", 0.0}})), {{3}}),
             Equals("activation (a ReLU object): ctnn::relu: max_value must be >= 0 (as Keras requires); its max_value -1.0, negative_slope 0.0, threshold 0.0"));
  CHECK_THAT(fails("Dense", dense_with(object("LeakyReLU", {{"negative_slope", "steep"}})), {{3}}),
             StartsWith("activation (a LeakyReLU object): 'negative_slope' is \"steep\", not a number"));

  // Keras 3's ELU saves no alpha (no get_config): an ELU without one is alpha 1, as Keras reloads it.
  CHECK(accepts<elu<>, shape<3>>(json::object()));
  CHECK_FALSE(accepts<elu<0.5>, shape<3>>(json::object()));
  CHECK(accepts<activation_layer<activation::elu>, shape<3>>({{"activation", object("ELU", json::object())}}));
  // Where a file has both keys, Keras 3 takes Keras 2's alpha over negative_slope; so does ctnn.
  const json both = dense_with(object("LeakyReLU", {{"alpha", 0.3}, {"negative_slope", 0.2}}));
  CHECK(accepts<leaky3_dense, shape<3>>(both));
  CHECK_FALSE(accepts<dense<4, dense_opts{.activation = activation::leaky_relu}>, shape<3>>(both));
  CHECK(read("Dense", both, {{3}}).cpp == "ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation_of<ctnn::leaky_relu<0.3>>, .use_bias = true}>");
  // A layer that Keras does not take as an activation is not one in C++ either.
  static_assert(!elementwise_layer<activation_layer<activation::tanh>> && !elementwise_layer<rescaling<2.0, 0.0>>);
  static_assert(elementwise_layer<leaky_relu<0.3>> && elementwise_layer<relu<>> && elementwise_layer<elu<0.5>>);

  // What reading makes is a spelling: it computes nothing.
  const json config = dense_with(leaky3["activation"]);
  ctnn::keras::json_config_reader reader(config);
  reader.layer_kinds = &ctnn::keras::find_layer_kind;
  const activation spelled = ctnn::keras::read_activation(reader);
  CHECK(ctnn::keras::spell(spelled) == "ctnn::activation_of<ctnn::leaky_relu<0.3>>");
  CHECK_THROWS_AS(activate(spelled, 1.0f), std::logic_error);
}
