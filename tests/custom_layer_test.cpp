// A layer is its description and, unless its properties already say what it computes, its
// reference kernel: nothing else of ctnn changes (docs/design.md, "How to add a layer"). This
// file adds two layers from outside the library, as a user or the next layer of ctnn would, and
// checks that the model, the summary, the reference path and the fused engine's plan all take
// them as they take ctnn's own:
// - `hard_sigmoid`, element-wise (`apply`): fused into a producer's epilogue;
// - `reverse_channels`, a data movement with a reference kernel of its own: a step of its own.
#include <array>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

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

}  // namespace user

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

}  // namespace
