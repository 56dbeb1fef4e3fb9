// The 1-D layers (Conv1D, Conv1DTranspose, MaxPooling1D, AveragePooling1D, GlobalAveragePooling1D,
// GlobalMaxPooling1D, ZeroPadding1D, Cropping1D, UpSampling1D, SpatialDropout1D) against golden
// outputs from the independent PyTorch / numpy reference with Keras semantics
// (tests/golden/make_golden.py, suite "sequence"; the data is committed, PyTorch is not needed).
// Every case runs through both the fused engine and the reference path, the 1-D layers inside
// fused models included.
#include <map>
#include <string>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "support/golden_data.hpp"

namespace {

const std::map<std::string, ctnn_test::golden_record>& golden_sequence_records() {
  static const auto records = ctnn_test::read_golden_file(CTNN_GOLDEN_SEQUENCE_DATA);
  return records;
}

int& registered_sequence_cases() {
  static int count = 0;
  return count;
}

}  // namespace

// Each case's model type is also named golden_model_<name>, for the plan checks below.
#define CTNN_GOLDEN_CASE(name, ...)                                                         \
  using golden_model_##name = __VA_ARGS__;                                                  \
  [[maybe_unused]] static const int registered_##name = ++registered_sequence_cases();      \
  TEST_CASE("golden " #name, "[golden][golden_sequence]") {                                 \
    ctnn_test::check_both_paths_against_golden<__VA_ARGS__>(golden_sequence_records().at(#name), #name); \
  }
#include "golden/golden_sequence_cases.inc"

TEST_CASE("every golden sequence record has a case and every case a record", "[golden][golden_sequence]") {
  CHECK(golden_sequence_records().size() == std::size_t(registered_sequence_cases()));
}

// The Keras shape rules of the cases that need them most: causal is ceil(steps / strides), 'same'
// with a kernel (or pool) longer than the input, one step, keepdims.
static_assert(golden_model_conv1d_k4_s2_causal_9x3_f4::output_shape == ctnn::shape<5, 4>{});
static_assert(golden_model_conv1d_k2_d3_causal_15x1_f4::output_shape == ctnn::shape<15, 4>{});
static_assert(golden_model_conv1d_k4_d2_causal_1x8_f16::output_shape == ctnn::shape<1, 16>{});
static_assert(golden_model_conv1d_k5_s2_same_2x1_f1::output_shape == ctnn::shape<1, 1>{});
static_assert(golden_model_conv1d_k3_d3_same_9x17_f33::output_shape == ctnn::shape<9, 33>{});
static_assert(golden_model_conv1d_k7_valid_7x3_f4::output_shape == ctnn::shape<1, 4>{});
static_assert(golden_model_max_pooling1d_p5_s2_same_3x2::output_shape == ctnn::shape<2, 2>{});
static_assert(golden_model_average_pooling1d_p2_s3_valid_11x1::output_shape == ctnn::shape<4, 1>{});
static_assert(golden_model_global_max_pooling1d_keepdims_7x5::output_shape == ctnn::shape<1, 5>{});
static_assert(golden_model_global_average_pooling1d_flat_7x5::output_shape == ctnn::shape<5>{});
static_assert(golden_model_stack_zero_padding1d_conv1d_upsampling1d_conv1d_cropping1d::layer<1>::output_shape{} ==
              ctnn::shape<12, 4>{});
static_assert(golden_model_stack_zero_padding1d_conv1d_upsampling1d_conv1d_cropping1d::layer<3>::output_shape{} ==
              ctnn::shape<20, 6>{});
static_assert(golden_model_stack_zero_padding1d_conv1d_upsampling1d_conv1d_cropping1d::output_shape ==
              ctnn::shape<17, 3>{});
// Conv1D: k * c * filters + filters; Dense: in * units + units.
static_assert(golden_model_stack_conv1d_max_pooling1d_causal_global_average_dense::param_count ==
              (3 * 6 * 8 + 8) + (3 * 8 * 8 + 8) + (8 * 3 + 3));
static_assert(golden_model_conv1d_k3_same_nobias_relu_13x8_f16::param_count == 3 * 8 * 16);

// A Conv1D is a producer fused as Conv2D is (its activation, the element-wise layers after it, a
// batch normalization folded into its weights); the other 1-D layers are steps of their own that
// run their reference kernels, except SpatialDropout1D, a view that never runs (docs/design.md,
// "The plan"). Positions count the input as 0.
TEST_CASE("golden sequence: the fused plans of the stacks", "[golden][golden_sequence][plan]") {
  // input<50, 6> -> conv1d(same, relu) -> max_pooling1d -> conv1d(causal, d 2) -> global_average_pooling1d -> dense<3, softmax>
  CHECK(golden_model_stack_conv1d_max_pooling1d_causal_global_average_dense::plan::describe() ==
        "Conv1D(1) + relu\nreference MaxPooling1D(2)\nConv1D(3)\nreference GlobalAveragePooling1D(4)\nDense(5) + softmax\n");
  // conv1d (linear) -> batch_normalization (folded) -> leaky_relu (epilogue) -> average_pooling1d(same) -> flatten (view) -> dense
  CHECK(golden_model_stack_conv1d_batch_norm_leaky_average_pooling1d_flatten_dense::plan::describe() ==
        "Conv1D(1) folds BatchNormalization(2) + LeakyReLU(3)\nreference AveragePooling1D(4)\nDense(6) + tanh\n");
  // zero_padding1d -> conv1d(valid, relu) -> upsampling1d (a reference step: not read through by the conv) -> conv1d(same) -> cropping1d
  CHECK(golden_model_stack_zero_padding1d_conv1d_upsampling1d_conv1d_cropping1d::plan::describe() ==
        "reference ZeroPadding1D(1)\nConv1D(2) + relu\nreference UpSampling1D(3)\nConv1D(4)\nreference Cropping1D(5)\n");
  // conv1d(tanh) -> spatial_dropout1d (a view: the leaky_relu after it joins the conv's epilogue) -> leaky_relu
  //   -> global_max_pooling1d(keepdims) -> conv1d(kernel 1, sigmoid)
  CHECK(golden_model_stack_conv1d_spatial_dropout1d_global_max_pooling1d_keepdims_conv1d::plan::describe() ==
        "Conv1D(1) + tanh + LeakyReLU(3)\nreference GlobalMaxPooling1D(4)\nConv1D(5) + sigmoid\n");
  // single layers: a conv with softmax applies it to rows after its loop nest; SpatialDropout1D alone plans nothing
  CHECK(golden_model_conv1d_k3_same_softmax_11x8_f16::plan::describe() == "Conv1D(1) + softmax\n");
  CHECK(golden_model_conv1d_k3_causal_tanh_16x3_f33::plan::describe() == "Conv1D(1) + tanh\n");
  CHECK(golden_model_max_pooling1d_p2_valid_9x3::plan::describe() == "reference MaxPooling1D(1)\n");
  CHECK(golden_model_upsampling1d_3_4x5::plan::describe() == "reference UpSampling1D(1)\n");
  CHECK(golden_model_spatial_dropout1d_6x4::plan::describe() == "");
}
