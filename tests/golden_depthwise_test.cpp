// DepthwiseConv2D, SeparableConv2D, DepthwiseConv1D and SeparableConv1D against golden outputs from
// the independent PyTorch / numpy reference with Keras semantics (tests/golden/make_golden.py,
// suite "depthwise": F.conv2d and F.conv1d with groups = channels, cross-checked by a loop-based
// numpy reference, by Conv2D with the block-diagonal kernel, and the 1-D layers by the 2-D ones on
// one row; the data is committed, PyTorch is not needed). Every case runs through both the fused
// engine and the reference path, inside fused models (MobileNet v1 blocks) included.
#include <map>
#include <string>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "support/golden_data.hpp"

namespace {

const std::map<std::string, ctnn_test::golden_record>& golden_depthwise_records() {
  static const auto records = ctnn_test::read_golden_file(CTNN_GOLDEN_DEPTHWISE_DATA);
  return records;
}

int& registered_depthwise_cases() {
  static int count = 0;
  return count;
}

}  // namespace

// Each case's model type is also named golden_model_<name>, for the plan checks below.
#define CTNN_GOLDEN_CASE(name, ...)                                                         \
  using golden_model_##name = __VA_ARGS__;                                                  \
  [[maybe_unused]] static const int registered_##name = ++registered_depthwise_cases();     \
  TEST_CASE("golden " #name, "[golden][golden_depthwise]") {                                \
    ctnn_test::check_both_paths_against_golden<__VA_ARGS__>(golden_depthwise_records().at(#name), #name); \
  }
#include "golden/golden_depthwise_cases.inc"

TEST_CASE("every golden depthwise record has a case and every case a record", "[golden][golden_depthwise]") {
  CHECK(golden_depthwise_records().size() == std::size_t(registered_depthwise_cases()));
}

// The Keras shape rules of the cases that need them most: (h, w, c) -> (out(h), out(w), c * M),
// out() as Conv2D's ('same': ceil(n / s); 'valid': (n - (k - 1) d - 1) / s + 1).
static_assert(golden_model_depthwise_conv2d_k3_s2_same_8x6x8::output_shape == ctnn::shape<4, 3, 8>{});
static_assert(golden_model_depthwise_conv2d_k3_s2x1_same_6x5x16::output_shape == ctnn::shape<3, 5, 16>{});
static_assert(golden_model_depthwise_conv2d_k3_d2_valid_7x7x3::output_shape == ctnn::shape<3, 3, 3>{});
static_assert(golden_model_depthwise_conv2d_k3_m3_same_4x4x17::output_shape == ctnn::shape<4, 4, 51>{});
static_assert(golden_model_depthwise_conv2d_k3_m2_valid_6x6x16::output_shape == ctnn::shape<4, 4, 32>{});
static_assert(golden_model_depthwise_conv2d_k3_s2_m2_same_1x1x8::output_shape == ctnn::shape<1, 1, 16>{});
static_assert(golden_model_depthwise_conv2d_k5_s2_same_2x3x4::output_shape == ctnn::shape<1, 2, 4>{});
static_assert(golden_model_depthwise_conv2d_hand_m2_2x2x2::output_shape == ctnn::shape<2, 1, 4>{});
static_assert(golden_model_stack_mobilenet_v1_strided_block::layer<1>::output_shape{} == ctnn::shape<9, 9, 4>{});
static_assert(golden_model_stack_mobilenet_v1_strided_block::layer<2>::output_shape{} == ctnn::shape<4, 4, 4>{});
static_assert(golden_model_stack_mobilenet_v1_block::layer<4>::output_shape{} == ctnn::shape<8, 8, 8>{});
// DepthwiseConv2D: kh * kw * c * M + c * M (bias); Conv2D: kh * kw * c * filters (no bias here);
// BatchNormalization: 4 * C; Dense: in * units + units.
static_assert(golden_model_depthwise_conv2d_k3_m2_valid_5x5x3::param_count == 3 * 3 * 3 * 2 + 3 * 2);
static_assert(golden_model_depthwise_conv2d_k3_m3_same_4x4x17::param_count == 3 * 3 * 17 * 3 + 17 * 3);
static_assert(golden_model_depthwise_conv2d_k3_same_nobias_5x5x8::param_count == 3 * 3 * 8);
static_assert(golden_model_depthwise_conv2d_k3x1_same_6x5x4::param_count == 3 * 1 * 4 + 4);
static_assert(golden_model_stack_mobilenet_v1_block::param_count ==
              (3 * 3 * 3 * 8) + 4 * 8 + (3 * 3 * 8) + 4 * 8 + (8 * 16) + 4 * 16 + (16 * 4 + 4));

// A DepthwiseConv2D is a producer of its own kind (step_kind::depthwise): its activation, the
// element-wise layers after it (ReLU(max_value=6), LeakyReLU) in its epilogue, a batch
// normalization right after it (when it is linear) folded into its weights, one after its
// activation an affine op of the epilogue. It does not read an upsampling through (only Conv2D
// does): the upsampling is a reference step (docs/design.md, "The plan"). Positions count the
// input as 0.
TEST_CASE("golden depthwise: the fused plans of the stacks", "[golden][golden_depthwise][plan]") {
  // conv2d 3x3/2 -> bn -> relu6, depthwise 3x3 -> bn -> relu6, conv2d 1x1 -> bn -> relu6, global average pooling, dense
  CHECK(golden_model_stack_mobilenet_v1_block::plan::describe() ==
        "Conv2D(1) folds BatchNormalization(2) + ReLU(3)\nDepthwiseConv2D(4) folds BatchNormalization(5) + ReLU(6)\n"
        "Conv2D(7) folds BatchNormalization(8) + ReLU(9)\nreference GlobalAveragePooling2D(10)\nDense(11)\n");
  // zero_padding2d ((0, 1), (0, 1)) -> depthwise 3x3/2 valid -> bn -> relu6 -> conv2d 1x1 -> bn -> relu6
  CHECK(golden_model_stack_mobilenet_v1_strided_block::plan::describe() ==
        "reference ZeroPadding2D(1)\nDepthwiseConv2D(2) folds BatchNormalization(3) + ReLU(4)\n"
        "Conv2D(5) folds BatchNormalization(6) + ReLU(7)\n");
  // upsampling2d (nearest, then bilinear) -> depthwise: the upsampling is a step of its own
  CHECK(golden_model_stack_upsampling2d_depthwise_conv2d_conv2d::plan::describe() ==
        "reference UpSampling2D(1)\nDepthwiseConv2D(2) + relu\nConv2D(3)\n");
  CHECK(golden_model_stack_upsampling2d_bilinear_depthwise_conv2d_s2::plan::describe() ==
        "reference UpSampling2D(1)\nDepthwiseConv2D(2)\n");
  // depthwise 3x3/2, M 2 -> leaky_relu (epilogue) -> batch_normalization (after the activation: an affine epilogue op)
  CHECK(golden_model_stack_depthwise_conv2d_s2_m2_leaky_relu_batch_norm::plan::describe() ==
        "DepthwiseConv2D(1) + LeakyReLU(2) + BatchNormalization(3)\n");
  // depthwise (linear, M 2) -> bn (folded) -> depthwise (relu) -> bn (epilogue)
  CHECK(golden_model_stack_depthwise_conv2d_depthwise_conv2d_batch_norm::plan::describe() ==
        "DepthwiseConv2D(1) folds BatchNormalization(2)\nDepthwiseConv2D(3) + relu + BatchNormalization(4)\n");
  // single layers: a depthwise with softmax applies it to rows after its loop nest
  CHECK(golden_model_depthwise_conv2d_k3_same_6x7x3::plan::describe() == "DepthwiseConv2D(1)\n");
  CHECK(golden_model_depthwise_conv2d_k3_same_relu6_5x5x4::plan::describe() == "DepthwiseConv2D(1) + relu6\n");
  CHECK(golden_model_depthwise_conv2d_k3_m2_same_softmax_4x4x3::plan::describe() == "DepthwiseConv2D(1) + softmax\n");
  // SeparableConv2D is a producer too (step_kind::separable): the batch normalization after it is
  // folded into its 1 x 1 kernel, the ReLU joins its epilogue.
  CHECK(golden_model_stack_mini_xception_block::plan::describe() ==
        "SeparableConv2D(1) folds BatchNormalization(2) + ReLU(3)\nSeparableConv2D(4) folds BatchNormalization(5)\n");
  static_assert(golden_model_stack_mini_xception_block::param_count == (3 * 3 * 8 + 8 * 16) + 4 * 16 + (3 * 3 * 16 + 16 * 16) + 4 * 16);
}

// The 1-D layers are the 2-D ones on one row: producers of the same kinds, fused the same way.
TEST_CASE("golden depthwise: the fused plans of the 1-D stacks", "[golden][golden_depthwise][plan]") {
  std::string plan = golden_model_stack_depthwise_conv1d_batch_norm_relu_separable_conv1d::plan::describe();
  CHECK(plan.find("DepthwiseConv1D(1)") == 0);
  CHECK(plan.find("SeparableConv1D(") != std::string::npos);
  CHECK(plan.find("reference") == std::string::npos);
  plan = golden_model_stack_separable_conv1d_max_pooling1d::plan::describe();
  CHECK(plan.find("SeparableConv1D(1)") == 0);
  CHECK(plan.find("reference MaxPooling1D(2)") != std::string::npos);
}
