// Cropping2D and the pooling layers against golden outputs from the independent PyTorch / numpy
// reference with Keras semantics (tests/golden/make_golden.py, suite "pooling"; the data is
// committed, PyTorch is not needed). Every case runs through both the fused engine and the
// reference path, pooling inside fused models included.
#include <map>
#include <string>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "support/golden_data.hpp"

namespace {

const std::map<std::string, ctnn_test::golden_record>& golden_pooling_records() {
  static const auto records = ctnn_test::read_golden_file(CTNN_GOLDEN_POOLING_DATA);
  return records;
}

int& registered_pooling_cases() {
  static int count = 0;
  return count;
}

}  // namespace

// Each case's model type is also named golden_model_<name>, for the plan checks below.
#define CTNN_GOLDEN_CASE(name, ...)                                                         \
  using golden_model_##name = __VA_ARGS__;                                                  \
  [[maybe_unused]] static const int registered_##name = ++registered_pooling_cases();       \
  TEST_CASE("golden " #name, "[golden][golden_pooling]") {                                  \
    ctnn_test::check_both_paths_against_golden<__VA_ARGS__>(golden_pooling_records().at(#name), #name); \
  }
#include "golden/golden_pooling_cases.inc"

TEST_CASE("every golden pooling record has a case and every case a record", "[golden][golden_pooling]") {
  CHECK(golden_pooling_records().size() == std::size_t(registered_pooling_cases()));
}

// Pooling and cropping are steps of their own that run their reference kernels (docs/design.md,
// "The plan"); the producers around them keep their epilogues.
TEST_CASE("golden pooling: the fused plans of the stacks", "[golden][golden_pooling][plan]") {
  CHECK(golden_model_stack_conv2d_max_pooling2d_dense::plan::describe() ==
        "Conv2D(1) + relu\nreference MaxPooling2D(2)\nConv2D(3) + relu\nreference MaxPooling2D(4)\nDense(6) + sigmoid\n");
  CHECK(golden_model_stack_conv2d_max_pooling2d_same_dense_rank3::plan::describe() ==
        "Conv2D(1)\nreference MaxPooling2D(2)\nDense(3)\n");
  CHECK(golden_model_stack_conv2d_global_average_pooling2d_dense::plan::describe() ==
        "Conv2D(1) + relu\nreference GlobalAveragePooling2D(2)\nDense(3) + tanh\n");
  CHECK(golden_model_stack_conv2d_transpose_cropping2d_sigmoid::plan::describe() ==
        "Conv2DTranspose(1)\nreference Cropping2D(2)\nreference Activation(3)\n");
  static_assert(golden_model_stack_conv2d_max_pooling2d_dense::param_count == (9 * 4 + 4) + (9 * 4 * 3 + 3) + (3 + 1));
}

// The two shared models that need these layers, as types: their shapes and parameter counts are
// those of their PROVENANCE.md tables (../shared/models/).
namespace {
using namespace ctnn;
// mnist_gan_maxpool_keras213_native/descriminator.keras
using maxpool_discriminator =
    sequential<input<28, 28, 1>, conv2d<conv2d_opts{.filters = 32, .kernel_size = 3, .activation = activation::relu}>,
               max_pooling2d<pooling2d_opts{.pool_size = 2, .strides = 2}>,
               conv2d<conv2d_opts{.filters = 64, .kernel_size = 3, .activation = activation::relu}>,
               max_pooling2d<pooling2d_opts{.pool_size = 2, .strides = 2}>, flatten,
               dense<1, dense_opts{.activation = activation::sigmoid}>>;
static_assert(maxpool_discriminator::layer<2>::output_shape{} == shape<13, 13, 32>{});
static_assert(maxpool_discriminator::layer<4>::output_shape{} == shape<5, 5, 64>{});
static_assert(maxpool_discriminator::param_count == 20417);
// fmnist_vae_decoder_cropping2d_keras38/decoder_model.keras: the end of the decoder
using decoder_end = sequential<input<16, 16, 8>,
                               conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .strides = 2,
                                                                      .padding = padding::same, .use_bias = false}>,
                               cropping2d<cropping2d_opts{.top = 2, .bottom = 2, .left = 2, .right = 2}>,
                               activation_layer<activation::sigmoid>>;
static_assert(decoder_end::layer<1>::output_shape{} == shape<32, 32, 1>{});
static_assert(decoder_end::output_shape == shape<28, 28, 1>{});
static_assert(decoder_end::param_count == 72);
}  // namespace

TEST_CASE("golden pooling: the shared models' layers are named as Keras names them", "[golden_pooling][summary]") {
  const std::string summary = maxpool_discriminator::summary();
  CHECK_THAT(summary, Catch::Matchers::Contains("max_pooling2d (MaxPooling2D) (None, 13, 13, 32)"));
  CHECK_THAT(summary, Catch::Matchers::Contains("max_pooling2d_1 (MaxPooling2 (None, 5, 5, 64)"));
  CHECK_THAT(summary, Catch::Matchers::Contains("Total params: 20,417"));
  CHECK_THAT(decoder_end::summary(), Catch::Matchers::Contains("cropping2d (Cropping2D)      (None, 28, 28, 1)"));
}
