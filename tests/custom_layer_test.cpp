// A layer is its description and, unless its properties already say what it computes, its
// reference kernel: nothing else of ctnn changes (docs/design.md, "How to add a layer"). This
// file adds two layers from outside the library, as a user or the next layer of ctnn would, and
// checks that the model, the summary, the reference path and the fused engine's plan all take
// them as they take ctnn's own:
// - `hard_sigmoid`, element-wise (`apply`): fused into a producer's epilogue;
// - `reverse_channels`, a data movement with a reference kernel of its own: a step of its own;
// - `roll_channels`, with options (an options schema with an enum of its own) and rules: read
//   from a Keras file's configuration and checked there with the words of its static_asserts.
#include <array>
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

}  // namespace
