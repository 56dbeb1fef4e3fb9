// A layer is its description and, unless its properties already say what it computes, its
// reference kernel: nothing else of ctnn changes (docs/design.md, "How to add a layer"). This
// file adds two layers from outside the library, as a user or the next layer of ctnn would, and
// checks that the model, the summary, the reference path and the fused engine's plan all take
// them as they take ctnn's own:
// - `hard_sigmoid`, element-wise (`apply`): fused into a producer's epilogue;
// - `reverse_channels`, a data movement with a reference kernel of its own: a step of its own;
// - `roll_channels`, with options (an options schema with an enum of its own) and rules: read
//   from a Keras file's configuration and checked there with the words of its static_asserts;
// and two activation functions, as Dense's or Conv2D's `activation` (ctnn/activations.hpp says
// what an activation type declares):
// - `bent_identity`, element-wise: in a producer's epilogue, on every vector width the engine uses;
// - `center`, over rows of the last axis (as softmax): after the producer's loop nest;
// and a producer, `linear_out_in`, a Dense whose kernel is stored [units, in] (PyTorch's
// nn.Linear): its contract states that layout, and the engine packs it with no change.
#include <array>
#include <cmath>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>
#include <ctnn/io/detail/keras_json_config.hpp>

namespace user {

/// Keras's hard_sigmoid (Keras 3): y = clamp(x / 6 + 1 / 2, 0, 1), one value at a time.
struct hard_sigmoid : ctnn::same_shape_layer {
  static constexpr std::string_view keras_class = "HardSigmoid";
  static constexpr std::string_view keras_name = "hard_sigmoid";
  template <class In>
  static consteval bool check() {
    return true;
  }
  template <class Value>
  static Value apply(Value v) {
    const Value y = v * (1.0f / 6.0f) + 0.5f;
    const Value floor = y < 0.0f ? Value{} : y;
    return floor > 1.0f ? Value{} + 1.0f : floor;
  }
};

/// The channels of each pixel in reverse order; images only.
struct reverse_channels : ctnn::same_shape_layer {
  static constexpr std::string_view keras_class = "ReverseChannels";
  static constexpr std::string_view keras_name = "reverse_channels";
  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(In::rank == 3, "user::reverse_channels: the input must be an image (rows, columns, channels)")
    return true;
  }
};

/// The bent identity, (sqrt(x^2 + 1) - 1) / 2 + x: not a Keras activation, so a file names it as
/// its own code registered it ("bent_identity").
struct bent_identity {
  static constexpr std::string_view keras_name = "bent_identity";
  static constexpr std::string_view cpp_name = "ctnn::activation_of<user::bent_identity>";
  template <class Value>
  static Value apply(Value v) {
    return ctnn::each_lane(v, [](float x) { return (std::sqrt(x * x + 1.0f) - 1.0f) * 0.5f + x; });
  }
};

/// Each row of the last axis minus its mean: not element-wise, like softmax. Says no cpp_name.
struct center {
  static constexpr std::string_view keras_name = "center";
  static constexpr int axis = -1;
  static void apply_rows(float* y, std::size_t rows, std::size_t n) {
    for (std::size_t r = 0; r < rows; ++r, y += n) {
      float sum = 0.0f;
      for (std::size_t i = 0; i < n; ++i) sum += y[i];
      for (std::size_t i = 0; i < n; ++i) y[i] -= sum / float(n);
    }
  }
};

/// y = x . W^T + b with W stored [units, in], as PyTorch's nn.Linear stores it: a producer whose
/// contract (ctnn/producer_contract.hpp) says where each kernel value is. The engine fuses and
/// packs it as it does Dense; its reference kernel is ctnn's dense loop, told the layout.
template <int Units>
struct linear_out_in {
  static constexpr std::string_view keras_class = "LinearOutIn";
  static constexpr std::string_view keras_name = "linear_out_in";
  static constexpr ctnn::producer_kind producer = ctnn::producer_kind::matrix_product;
  static constexpr ctnn::activation function = ctnn::activation::linear;
  template <class In>
  static consteval bool check() {
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    return ctnn::dense_output(Units, In::dims);
  }
  template <class In>
  static constexpr ctnn::weight_list weights() {
    return {{"weight", {std::size_t(Units), In::dims[In::rank - 1]}, true, ctnn::initializer::glorot_uniform},
            {"bias", {std::size_t(Units)}, true, ctnn::initializer::zeros}};
  }
  template <class In>
  static constexpr ctnn::producer_contract contract() {
    constexpr std::size_t in = In::dims[In::rank - 1];
    return {0, 1, ctnn::kernel_layout::cells_out_in(1, in, std::size_t(Units)), 2 * In::size * std::size_t(Units)};
  }
};

/// Which way roll_channels moves the channels.
enum class roll { forward, backward };

}  // namespace user

/// How a roll's direction is written in a Keras file ("forward", "backward") and in C++.
template <>
struct ctnn::option_traits<user::roll> {
  static constexpr keras::config_entry entry(std::string_view key, user::roll value) {
    return {key, value == user::roll::forward ? "forward" : "backward"};
  }
  static user::roll read(const keras::config_reader& config, std::string_view key) {
    const std::string name = config.text(key);
    if (name != "forward" && name != "backward") throw keras::config_error(std::string(key) + " '" + name + "' is neither forward nor backward");
    return name == "forward" ? user::roll::forward : user::roll::backward;
  }
  static std::string spell(user::roll value) { return value == user::roll::forward ? "user::roll::forward" : "user::roll::backward"; }
};

namespace user {

/// Keyword arguments of RollChannels.
struct roll_channels_opts {
  int shift = 1;
  roll direction = roll::forward;

  template <class Self = roll_channels_opts>
  static constexpr auto schema() {
    return ctnn::schema("user::roll_channels_opts", ctnn::field("shift", &Self::shift).required(), ctnn::field("direction", &Self::direction));
  }
};

inline constexpr auto roll_channels_rules = ctnn::rules(
    CTNN_RULE(opts.shift >= 0, "user::roll_channels: shift must not be negative"),
    CTNN_RULE(in.size() == 3, "user::roll_channels: the input must be an image (rows, columns, channels)"),
    CTNN_RULE(std::size_t(opts.shift) < in[2], "user::roll_channels: shift must be smaller than the number of channels"));

/// Each pixel's channels rotated by `shift` places: forward, channel c goes to c + shift.
template <roll_channels_opts Opts>
struct roll_channels : ctnn::same_shape_layer {
  static constexpr std::string_view keras_class = "RollChannels";
  static constexpr std::string_view keras_name = "roll_channels";
  static constexpr roll_channels_opts opts = Opts;
  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(roll_channels_rules, (Opts), In)
  }
  template <class In>
  static constexpr ctnn::keras::layer_config keras_config() {
    return ctnn::keras::options_config(Opts);
  }
};

}  // namespace user

template <user::roll_channels_opts Opts>
struct ctnn::reference::kernel<user::roll_channels<Opts>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    constexpr std::size_t channels = In::dims[2], shift = std::size_t(Opts.shift);
    for (std::size_t pixel = 0; pixel < batch * In::size / channels; ++pixel)
      for (std::size_t c = 0; c < channels; ++c) {
        const std::size_t to = Opts.direction == user::roll::forward ? (c + shift) % channels : (c + channels - shift) % channels;
        y[pixel * channels + to] = x[pixel * channels + c];
      }
  }
};

template <int Units>
struct ctnn::reference::kernel<user::linear_out_in<Units>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    using L = user::linear_out_in<Units>;
    constexpr ctnn::kernel_layout layout = L::template contract<In>().layout;
    constexpr ctnn::producer_weights w = ctnn::weights_of_producer<L, In>();
    ctnn::reference::dense(batch * (In::size / layout.in), layout, w.kernel(params), w.bias(params), ctnn::activation::linear, x, y);
  }
};

/// reverse_channels' reference kernel: its properties do not say what it computes.
template <>
struct ctnn::reference::kernel<user::reverse_channels> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    constexpr std::size_t channels = In::dims[2];
    for (std::size_t pixel = 0; pixel < batch * In::size / channels; ++pixel)
      for (std::size_t c = 0; c < channels; ++c) y[pixel * channels + c] = x[pixel * channels + channels - 1 - c];
  }
};

namespace {

using namespace ctnn;

using both = sequential<input<1, 2, 3>, user::hard_sigmoid, user::reverse_channels>;
using fused_into_conv = sequential<input<4, 4, 2>,
                                   conv2d<conv2d_opts{.filters = 3, .kernel_size = 3, .padding = padding::same}>,
                                   user::hard_sigmoid, user::reverse_channels, flatten, dense<2>>;

static_assert(both::output_shape == shape<1, 2, 3>{});
static_assert(fused_into_conv::param_count == 3 * 3 * 2 * 3 + 3 + 48 * 2 + 2);

TEST_CASE("a layer from outside ctnn: hand-worked values through both paths", "[custom]") {
  const both model;
  // hard_sigmoid: -6 -> 0 (clamped), -3 -> 0, 0 -> 0.5, 1.5 -> 0.75, 3 -> 1, 9 -> 1 (clamped);
  // then each pixel's three channels reversed.
  const std::array<float, 6> x{-6.0f, -3.0f, 0.0f, 1.5f, 3.0f, 9.0f};
  const std::vector<float> expected{0.5f, 0.0f, 0.0f, 1.0f, 1.0f, 0.75f};
  std::vector<float> fused(6), reference(6);
  model.predict(x, fused);
  model.reference_predict(x.data(), reference.data(), 1);
  CHECK(fused == expected);
  CHECK(reference == expected);
  CHECK(both::plan::describe() == "reference HardSigmoid(1)\nreference ReverseChannels(2)\n");
}

TEST_CASE("a layer from outside ctnn: fused into a convolution's epilogue", "[custom]") {
  fused_into_conv model;
  model.initialize(7);
  CHECK(fused_into_conv::plan::describe() ==
        "Conv2D(1) + HardSigmoid(2)\nreference ReverseChannels(3)\nDense(5)\n");
  std::vector<float> x(3 * 4 * 4 * 2), fused(3 * 2), reference(3 * 2);
  fill_uniform(x, 11, 8.0f);  // wide enough that some values clamp at 0 and at 1
  model.predict(x, fused);
  model.reference_predict(x.data(), reference.data(), 3);
  for (std::size_t i = 0; i < fused.size(); ++i) CHECK(fused[i] == Approx(reference[i]).margin(1e-5));
  CHECK(fused_into_conv::summary().find("hard_sigmoid (HardSigmoid)") != std::string::npos);
}

using roll_back = user::roll_channels<user::roll_channels_opts{.shift = 1, .direction = user::roll::backward}>;
using rolled = sequential<input<1, 1, 3>, roll_back>;

TEST_CASE("a layer from outside ctnn: options from a Keras file, checked by its rules", "[custom][keras_config]") {
  // Hand-worked: backward by one, channel c goes to c - 1.
  const rolled model;
  const std::array<float, 3> x{1.0f, 2.0f, 3.0f};
  std::vector<float> y(3);
  model.predict(x, y);
  CHECK(y == std::vector<float>{2.0f, 3.0f, 1.0f});

  // What a file must hold for the type, from the schema.
  constexpr auto expected = roll_back::keras_config<shape<1, 1, 3>>();
  STATIC_REQUIRE(expected.size() == 2);
  STATIC_REQUIRE(expected[0].key == "shift");
  STATIC_REQUIRE(expected[0].expected.integer() == 1);
  STATIC_REQUIRE(expected[1].expected.text() == "backward");

  // What a file's configuration gives, spelled as ctnn-keras-type would write it.
  using nlohmann::json;
  const auto read = [](const json& config) { return ctnn::keras::read_options<user::roll_channels_opts>(ctnn::keras::json_config_reader(config)); };
  const user::roll_channels_opts opts = read({{"shift", 2}, {"direction", "backward"}});
  CHECK(ctnn::keras::spell_options(opts) == "user::roll_channels_opts{.shift = 2, .direction = user::roll::backward}");
  CHECK(ctnn::keras::spell_options(read({{"shift", 0}})) == "user::roll_channels_opts{.shift = 0, .direction = user::roll::forward}");
  CHECK_THROWS_WITH(read({{"direction", "forward"}}), Catch::Contains("no 'shift'"));
  CHECK_THROWS_WITH(read({{"shift", 1}, {"direction", "sideways"}}), "direction 'sideways' is neither forward nor backward");

  // The rules a file's layer breaks, in the words of the static_assert.
  const std::array<std::size_t, 3> image{4, 4, 3};
  CHECK_NOTHROW(ctnn::keras::require_rules(user::roll_channels_rules, opts, image));
  CHECK_THROWS_WITH(ctnn::keras::require_rules(user::roll_channels_rules, read({{"shift", 3}}), image),
                    "user::roll_channels: shift must be smaller than the number of channels; its input is (None, 4, 4, 3)");
  CHECK_THROWS_WITH(ctnn::keras::require_rules(user::roll_channels_rules, read({{"shift", -1}}), image),
                    "user::roll_channels: shift must not be negative; its input is (None, 4, 4, 3)");
}

inline constexpr activation bent = activation_of<user::bent_identity>;
inline constexpr activation centered = activation_of<user::center>;

static_assert(keras_name(bent) == "bent_identity" && is_elementwise(bent) && bent != activation::relu);
static_assert(!is_elementwise(centered));

using dense_bent = sequential<input<2>, dense<3, dense_opts{.activation = bent}>>;
using dense_centered = sequential<input<2>, dense<3, dense_opts{.activation = centered}>>;
using conv_bent = sequential<input<5, 5, 3>, conv2d<conv2d_opts{.filters = 20, .kernel_size = 3, .activation = bent}>,
                             activation_layer<centered>, flatten, dense<4, dense_opts{.activation = bent}>>;

TEST_CASE("an activation from outside ctnn: hand-worked values through both paths", "[custom][activation]") {
  // Kernel [[1, 0, -1], [0, 1, 3]] (2 inputs, 3 units), bias [0, 0, -1]: x = (1, 0) gives the
  // sums (1, 0, -2); x = (0, 1) gives (0, 1, 2).
  const std::vector<float> kernel{1.0f, 0.0f, -1.0f, 0.0f, 1.0f, 3.0f}, bias{0.0f, 0.0f, -1.0f};
  const std::array<float, 4> x{1.0f, 0.0f, 0.0f, 1.0f};
  std::vector<float> fused(6), reference(6);

  dense_bent bent_model;
  bent_model.set_weights({kernel, bias});
  bent_model.predict(x, fused);
  bent_model.reference_predict(x.data(), reference.data(), 2);
  // bent(1) = (sqrt 2 - 1) / 2 + 1, bent(0) = 0, bent(-2) = (sqrt 5 - 1) / 2 - 2, bent(2) = (sqrt 5 - 1) / 2 + 2.
  const std::vector<float> expected{1.20710678f, 0.0f, -1.38196601f, 0.0f, 1.20710678f, 2.61803399f};
  for (std::size_t i = 0; i < 6; ++i) {
    CHECK(fused[i] == Approx(expected[i]).epsilon(1e-6));
    CHECK(reference[i] == fused[i]);
  }
  CHECK(dense_bent::plan::describe() == "Dense(1) + bent_identity\n");

  dense_centered centered_model;
  centered_model.set_weights({kernel, bias});
  centered_model.predict(x, fused);
  centered_model.reference_predict(x.data(), reference.data(), 2);
  // (1, 0, -2) has mean -1/3; (0, 1, 2) has mean 1.
  const std::vector<float> centered_rows{4.0f / 3.0f, 1.0f / 3.0f, -5.0f / 3.0f, -1.0f, 0.0f, 1.0f};
  for (std::size_t i = 0; i < 6; ++i) {
    CHECK(fused[i] == Approx(centered_rows[i]).margin(1e-6));
    CHECK(reference[i] == fused[i]);
  }
}

TEST_CASE("an activation from outside ctnn: in a convolution's epilogue, on the engine's vectors", "[custom][activation]") {
  // 20 filters: one full vector of 16 lanes (or several of 4 or 8) and a partial one, so both the
  // vector and the float form of `apply` run in the epilogue.
  conv_bent model;
  model.initialize(5);
  CHECK(conv_bent::plan::describe() == "Conv2D(1) + bent_identity\nreference Activation(2)\nDense(4) + bent_identity\n");
  std::vector<float> x(2 * 5 * 5 * 3), fused(2 * 4), reference(2 * 4);
  fill_uniform(x, 3, 2.0f);
  model.predict(x, fused);
  model.reference_predict(x.data(), reference.data(), 2);
  for (std::size_t i = 0; i < fused.size(); ++i) CHECK(fused[i] == Approx(reference[i]).margin(1e-5));
}

TEST_CASE("an activation from outside ctnn: in a Keras file's configuration", "[custom][activation][keras_config]") {
  // What a file must hold: the activation's own name.
  constexpr auto expected = dense<3, dense_opts{.activation = bent}>::keras_config<shape<2>>();
  STATIC_REQUIRE(expected[1].key == "activation");
  STATIC_REQUIRE(expected[1].expected.text() == "bent_identity");
  CHECK(ctnn::keras::config_matches(nlohmann::json("bent_identity"), expected[1]));
  CHECK_FALSE(ctnn::keras::config_matches(nlohmann::json("relu"), expected[1]));
  // Keras 3 writes a registered function as an object, under its registered name.
  const nlohmann::json registered = {{"module", "my_models"}, {"class_name", "function"}, {"config", "Custom>bent_identity"},
                                     {"registered_name", "Custom>bent_identity"}};
  CHECK(ctnn::keras::config_matches(registered, expected[1]));

  // Spelled by its cpp_name; one that gives none cannot be written out, and says so.
  CHECK(ctnn::keras::spell_options(dense_opts{.activation = bent}) == "ctnn::dense_opts{.activation = ctnn::activation_of<user::bent_identity>, .use_bias = true}");
  CHECK_THROWS_WITH(ctnn::keras::spell_options(dense_opts{.activation = centered}),
                    "activation 'center' has no C++ spelling: give its type a cpp_name");
  // A file's name is looked up among ctnn's own activations (ctnn::builtin_activations).
  using nlohmann::json;
  CHECK_THROWS_WITH(ctnn::keras::read_activation(ctnn::keras::json_config_reader(json{{"activation", "bent_identity"}})),
                    "activation 'bent_identity' is not supported by ctnn");
  CHECK(ctnn::keras::read_activation(ctnn::keras::json_config_reader(json{{"activation", "swish"}})) == activation::silu);
}

using torch_linear = sequential<input<3, 5>, user::linear_out_in<7>, leaky_relu<>>;
using keras_dense = sequential<input<3, 5>, dense<7>, leaky_relu<>>;

TEST_CASE("a producer from outside ctnn: its own kernel layout, packed by the engine unchanged", "[custom][producer]") {
  static_assert(torch_linear::param_count == keras_dense::param_count);
  static_assert(torch_linear::flops_per_sample == keras_dense::flops_per_sample && keras_dense::flops_per_sample == 2 * 15 * 7);
  CHECK(torch_linear::plan::describe() == "LinearOutIn(1) + LeakyReLU(2)\n");
  // The same weights, stored [units, in] for one and [in, units] for the other.
  std::vector<float> out_in(7 * 5), in_out(5 * 7), bias(7);
  fill_uniform(out_in, 17, 1.0f);
  fill_uniform(bias, 18, 1.0f);
  for (std::size_t o = 0; o < 7; ++o)
    for (std::size_t i = 0; i < 5; ++i) in_out[i * 7 + o] = out_in[o * 5 + i];
  torch_linear linear;
  keras_dense dense_model;
  linear.set_weights({out_in, bias});
  dense_model.set_weights({in_out, bias});
  std::vector<float> x(2 * 15), a(2 * 21), b(2 * 21), reference(2 * 21);
  fill_uniform(x, 19, 2.0f);
  linear.predict(x, a);
  dense_model.predict(x, b);
  linear.reference_predict(x.data(), reference.data(), 2);
  CHECK(a == b);  // packed alike, so summed in the same order: the same bits
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(reference[i] == Approx(a[i]).margin(1e-5));
  // Hand-worked: unit 0 of the first row is sum_i x[i] * W[0, i] + b[0], then leaky_relu (0.3).
  float sum = bias[0];
  for (std::size_t i = 0; i < 5; ++i) sum += x[i] * out_in[i];
  CHECK(a[0] == Approx(sum >= 0.0f ? sum : 0.3f * sum).margin(1e-5));
}

}  // namespace
