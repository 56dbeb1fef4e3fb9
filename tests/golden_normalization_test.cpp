// LayerNormalization and GroupNormalization against golden outputs from the independent PyTorch /
// numpy reference with Keras semantics (tests/golden/make_golden.py, suite "normalization"; the
// data is committed, PyTorch is not needed). Every case runs through both the fused engine and
// the reference path, normalizations after producers included; hand-worked values and the
// compile-time facts (parameter counts, weight shapes) follow.
#include <array>
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "support/golden_data.hpp"

namespace {

const std::map<std::string, ctnn_test::golden_record>& golden_normalization_records() {
  static const auto records = ctnn_test::read_golden_file(CTNN_GOLDEN_NORMALIZATION_DATA);
  return records;
}

int& registered_normalization_cases() {
  static int count = 0;
  return count;
}

}  // namespace

// Each case's model type is also named golden_model_<name>, for the plan checks below.
#define CTNN_GOLDEN_CASE(name, ...)                                                                          \
  using golden_model_##name = __VA_ARGS__;                                                                   \
  [[maybe_unused]] static const int registered_##name = ++registered_normalization_cases();                  \
  TEST_CASE("golden " #name, "[golden][golden_normalization]") {                                             \
    ctnn_test::check_both_paths_against_golden<__VA_ARGS__>(golden_normalization_records().at(#name), #name); \
  }
#include "golden/golden_normalization_cases.inc"

TEST_CASE("every golden normalization record has a case and every case a record", "[golden][golden_normalization]") {
  CHECK(golden_normalization_records().size() == std::size_t(registered_normalization_cases()));
}

// The normalizations need a whole sample's statistics, so they are steps of their own that run
// their reference kernels (docs/design.md, "The plan"); the producer before them keeps its
// epilogue, and an element-wise layer after them is a reference step too.
TEST_CASE("golden normalization: the fused plans of the stacks", "[golden][golden_normalization][plan]") {
  CHECK(golden_model_stack_conv2d_group_norm_leaky_relu::plan::describe() ==
        "Conv2D(1)\nreference GroupNormalization(2)\nreference LeakyReLU(3)\n");
  CHECK(golden_model_stack_dense_layer_norm_leaky_relu::plan::describe() ==
        "Dense(1)\nreference LayerNormalization(2)\nreference LeakyReLU(3)\n");
  CHECK(golden_model_stack_conv2d_transpose_instance_norm_relu::plan::describe() ==
        "Conv2DTranspose(1)\nreference GroupNormalization(2)\nreference Activation(3)\n");
}

namespace {

using namespace ctnn;

// Parameters: gamma and beta span the normalised axes (LayerNormalization) or the channels
// (GroupNormalization), in Keras's order gamma, beta.
using layer_norm_vector = sequential<input<5>, dense<8>, layer_normalization<>>;
static_assert(layer_norm_vector::param_count == 5 * 8 + 8 + 2 * 8);
using layer_norm_image = sequential<input<4, 4, 3>, layer_normalization<>>;
static_assert(layer_norm_image::param_count == 2 * 3);
using layer_norm_all = sequential<input<4, 4, 3>, layer_normalization<layer_normalization_opts{.axis = {1, 2, 3}}>>;
static_assert(layer_norm_all::param_count == 2 * 48);
static_assert(layer_normalization<layer_normalization_opts{.axis = {-3, -2, -1}, .center = false}>::weights<shape<4, 4, 3>>()[0].size() == 48);
static_assert(layer_normalization<>::weights<shape<4, 4, 3>>()[1].name == "beta");
using group_norm = sequential<input<4, 4, 8>, group_normalization<group_normalization_opts{.groups = 2, .scale = false}>>;
static_assert(group_norm::param_count == 8 && group_norm::trainable_param_count == 8);
static_assert(group_normalization<group_normalization_opts{.groups = -1}>::groups<shape<4, 4, 8>> == 8);
static_assert(group_normalization<>::weights<shape<2, 2, 64>>()[0].name == "gamma");

// Axis spellings as Keras counts them, resolved for a rank-3 input (rows, columns, channels).
static_assert(classify_normalization_axes(-1, 3) == normalized_axes::last);
static_assert(classify_normalization_axes(3, 3) == normalized_axes::last);
static_assert(classify_normalization_axes({1, 2, 3}, 3) == normalized_axes::all);
static_assert(classify_normalization_axes({-3, -2, -1}, 3) == normalized_axes::all);
static_assert(classify_normalization_axes({1, 2}, 3) == normalized_axes::other);
static_assert(classify_normalization_axes({3, 2, 1}, 3) == normalized_axes::other);
static_assert(classify_normalization_axes(0, 3) == normalized_axes::out_of_range);
static_assert(classify_normalization_axes(-4, 3) == normalized_axes::out_of_range);
static_assert(classify_normalization_axes(1, 1) == normalized_axes::last);  // a vector's only axis

}  // namespace

TEST_CASE("layer_normalization: hand-worked values through both paths", "[layers][normalization]") {
  // Each row of the last axis alone: [1, 2, 3] has mean 2 and variance 2/3 (not the unbiased 1),
  // so with epsilon 1e-5 it becomes [-r, 0, r], r = 1 / sqrt(2/3 + 1e-5) = 1.2247357; then
  // gamma [1, 2, 1] and beta [0, 0, 10]. [5, 5, 5] has variance 0: every value is beta.
  using model = sequential<input<2, 3>, layer_normalization<layer_normalization_opts{.epsilon = 1e-5}>>;
  model m;
  const std::vector<float> gamma{1, 2, 1}, beta{0, 0, 10};
  m.set_weights(std::vector<std::vector<float>>{gamma, beta});
  const std::array<float, 6> x{1, 2, 3, 5, 5, 5};
  std::vector<float> fused(6), reference(6);
  m.predict(x, fused);
  m.reference_predict(x.data(), reference.data(), 1);
  const float r = 1.2247357f;
  const std::array<float, 6> expected{-r, 0, 10 + r, 0, 0, 10};
  for (std::size_t i = 0; i < 6; ++i) {
    CHECK(fused[i] == Approx(expected[i]).margin(1e-6));
    CHECK(reference[i] == fused[i]);
  }
}

TEST_CASE("group_normalization: hand-worked values, groups of contiguous channels over all positions", "[layers][normalization]") {
  // Two pixels of four channels, two groups: group 0 (channels 0, 1) holds {0, 2, 2, 0}: mean 1,
  // variance 1; group 1 (channels 2, 3) holds {100, 104, 104, 100}: mean 102, variance 4. With
  // epsilon 1e-12 (practically 0), gamma [1, 2, 1, 2] and beta [0, 0, 5, 5].
  using model = sequential<input<2, 1, 4>, group_normalization<group_normalization_opts{.groups = 2, .epsilon = 1e-12}>>;
  model m;
  m.set_weights(std::vector<std::vector<float>>{{1, 2, 1, 2}, {0, 0, 5, 5}});
  const std::array<float, 8> x{0, 2, 100, 104, 2, 0, 104, 100};
  std::vector<float> y(8);
  m.predict(x, y);
  const std::array<float, 8> expected{-1, 2, 4, 7, 1, -2, 6, 3};
  for (std::size_t i = 0; i < 8; ++i) CHECK(y[i] == Approx(expected[i]).margin(1e-6));

  // groups = -1: one group per channel (instance normalization), each over its two values.
  using instance = sequential<input<2, 1, 4>, group_normalization<group_normalization_opts{.groups = -1, .epsilon = 1e-12}>>;
  instance n;  // gamma ones, beta zeros: Keras's initial values
  n.predict(x, y);
  const std::array<float, 8> alone{-1, 1, -1, 1, 1, -1, 1, -1};
  for (std::size_t i = 0; i < 8; ++i) CHECK(y[i] == Approx(alone[i]).margin(1e-6));
}
