// The reshaping, resizing, normalising and identity layers (RepeatVector, Permute, Resizing,
// CenterCrop, RandomCrop, UnitNormalization, RMSNormalization, ActivityRegularization and the
// image augmentation layers) against golden outputs from the independent PyTorch / numpy
// reference with Keras semantics (tests/golden/make_golden.py, suite "reshaping"; the data is
// committed, PyTorch is not needed). Every case runs through both the fused engine and the
// reference path.
#include <map>
#include <string>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "support/golden_data.hpp"

namespace {

const std::map<std::string, ctnn_test::golden_record>& golden_reshaping_records() {
  static const auto records = ctnn_test::read_golden_file(CTNN_GOLDEN_RESHAPING_DATA);
  return records;
}

int& registered_reshaping_cases() {
  static int count = 0;
  return count;
}

}  // namespace

// Each case's model type is also named golden_model_<name>, for the plan checks below.
#define CTNN_GOLDEN_CASE(name, ...)                                                         \
  using golden_model_##name = __VA_ARGS__;                                                  \
  [[maybe_unused]] static const int registered_##name = ++registered_reshaping_cases();     \
  TEST_CASE("golden " #name, "[golden][golden_reshaping]") {                                \
    ctnn_test::check_both_paths_against_golden<__VA_ARGS__>(golden_reshaping_records().at(#name), #name); \
  }
#include "golden/golden_reshaping_cases.inc"

TEST_CASE("every golden reshaping record has a case and every case a record", "[golden][golden_reshaping]") {
  CHECK(golden_reshaping_records().size() == std::size_t(registered_reshaping_cases()));
}

// The shape rules: RepeatVector makes a sequence, Permute reorders the extents, the resizing
// layers give (height, width) whatever the input.
static_assert(golden_model_repeat_vector_3_5::output_shape == ctnn::shape<3, 5>{});
static_assert(golden_model_permute_3_1_2_2x3x4::output_shape == ctnn::shape<4, 2, 3>{});
static_assert(golden_model_permute_2_3_1_2x3x4::output_shape == ctnn::shape<3, 4, 2>{});
static_assert(golden_model_resizing_nearest_14x2_to_23x3::output_shape == ctnn::shape<23, 3, 1>{});
static_assert(golden_model_center_crop_2x3_to_4x5::output_shape == ctnn::shape<4, 5, 1>{});
static_assert(golden_model_stack_conv2d_permute_flatten_dense::layer<2>::output_shape{} == ctnn::shape<3, 4, 5>{});
// RMSNormalization's one weight spans the normalised axes: [C], or the whole sample.
static_assert(golden_model_rms_normalization_6::param_count == 6);
static_assert(golden_model_rms_normalization_all_3x5::param_count == 15);
static_assert(golden_model_stack_dense_rms_normalization_dense::param_count == (5 * 8 + 8) + 8 + (8 * 3 + 3));
static_assert(golden_model_unit_normalization_all_2x3x4::param_count == 0);

// The boxes the resizing layers resample, as TensorFlow's resize and Keras's smart_resize compute
// them: a centred crop to the output's aspect ratio, or the image with as many rows of fill above
// as below (one short of the ratio when the difference is odd).
static_assert(ctnn::aspect_crop_box(6, 10, 4, 4) == ctnn::resize_box{0, 2, 6, 6});
static_assert(ctnn::aspect_crop_box(10, 6, 3, 5) == ctnn::resize_box{3, 0, 3, 6});
static_assert(ctnn::aspect_pad_box(3, 6, 5, 5) == ctnn::resize_box{-1, 0, 5, 6});
static_assert(ctnn::aspect_pad_box(6, 4, 3, 2) == ctnn::resize_box{0, 0, 6, 4});
static_assert(ctnn::aspect_crop_box<double>(2, 3, 4, 5) == ctnn::resize_box{0, 0, 2, 2});

// The layers that move or resample values are steps of their own that run their reference
// kernels; the identity layers (ActivityRegularization, the augmentation layers) are views that
// never run, and an element-wise layer after one still joins the producer's epilogue. Positions
// count the input as 0.
TEST_CASE("golden reshaping: the fused plans of the stacks", "[golden][golden_reshaping][plan]") {
  CHECK(golden_model_stack_dense_repeat_vector_conv1d::plan::describe() == "Dense(1) + tanh\nreference RepeatVector(2)\nConv1D(3)\n");
  CHECK(golden_model_stack_conv2d_permute_flatten_dense::plan::describe() == "Conv2D(1)\nreference Permute(2)\nDense(4)\n");
  CHECK(golden_model_stack_resizing_conv2d::plan::describe() == "reference Resizing(1)\nConv2D(2) + relu\n");
  CHECK(golden_model_stack_conv2d_unit_normalization_dense::plan::describe() == "Conv2D(1)\nreference UnitNormalization(2)\nDense(3)\n");
  CHECK(golden_model_stack_dense_rms_normalization_dense::plan::describe() == "Dense(1) + relu\nreference RMSNormalization(2)\nDense(3)\n");
  CHECK(golden_model_stack_dense_activity_regularization_dense::plan::describe() == "Dense(1) + relu\nDense(3)\n");
  CHECK(golden_model_stack_conv2d_random_contrast_leaky_relu::plan::describe() == "Conv2D(1) + LeakyReLU(3)\n");
  CHECK(golden_model_stack_random_flip_random_rotation_conv2d::plan::describe() == "Conv2D(3)\n");
}
