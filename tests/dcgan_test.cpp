// Models F and G of bench/bench_models.hpp, the DCGAN of the PyTorch examples as ctnn types,
// against PyTorch with the same weights: tests/golden/dcgan_data.txt, written by
// scripts/make_dcgan_golden.py (the test needs no PyTorch). The convolution kernels are
// SplitMix64 streams both sides generate, the batch normalizations' values are written out, and
// the moving statistics differ from both the batch's and PyTorch's initial ones, so that the
// golden outputs tell eval-mode batch normalization from its usual mistakes (the script asserts
// that each mistake moves them by more than 1e-3). The reference path and the fused engine on
// 1 and 2 threads, on the batch of two and on each sample alone, are each held to PyTorch's
// numbers.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "../bench/bench_models.hpp"
#include "support/golden_data.hpp"

namespace {

using bench_models::model_f;
using bench_models::model_g;

const ctnn_test::golden_record& dcgan_record(const std::string& name) {
  static const auto records = ctnn_test::read_golden_file(CTNN_DCGAN_GOLDEN_DATA);
  return records.at(name);
}

// Every output lies in [-1, 1] (tanh) or (0, 1) (sigmoid), so the tolerance is absolute. ctnn sums
// in float32, in another order than PyTorch's float64 and with the batch normalizations folded
// into the kernels; a dot product of n terms of float32 rounding drifts like sqrt(n) * 2^-24 times
// its terms' size, n up to 8192 here (the discriminator's 512x4x4 head), and each batch
// normalization rescales the previous layer's drift to the size of the activations. PyTorch
// itself in float32 is 5.5e-7 (generator) and 1.4e-7 (discriminator) from its float64 output
// (the data file's comments); ctnn, whose reference path sums in plain order, is up to 1.0e-6
// from it (2-core Sapphire Rapids Xeon, GCC 12, portable and -march=native builds). 1e-5 leaves a
// margin of 10 over that for other kernels' summation orders, and is 1000 times smaller than the
// slightest mistake the script checks (epsilon 1e-3 instead of 1e-5 moves the output by 0.019).
constexpr double dcgan_tolerance = 1e-5;

/// Checks `got` against PyTorch's `expected` and says the worst absolute difference and the worst
/// relative one (to |expected|, where |expected| >= 1e-3: tanh passes through 0).
void check_close_to_pytorch(const std::string& what, std::span<const float> got, const std::vector<float>& expected) {
  REQUIRE(got.size() == expected.size());
  double worst_absolute = 0, worst_relative = 0;
  std::size_t worst_at = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const double difference = std::abs(double(got[i]) - double(expected[i]));
    if (difference > worst_absolute) worst_absolute = difference, worst_at = i;
    if (std::abs(expected[i]) >= 1e-3) worst_relative = std::max(worst_relative, difference / std::abs(double(expected[i])));
  }
  INFO(what << ": worst absolute difference from PyTorch " << worst_absolute << " at element " << worst_at << " (got "
            << got[worst_at] << ", PyTorch " << expected[worst_at] << "), worst relative " << worst_relative);
  CHECK(worst_absolute <= dcgan_tolerance);
}

/// The reference path, and the fused engine on 1 and on 2 threads (the batch, then each sample
/// alone), against PyTorch's outputs.
template <class Model>
void check_against_pytorch(const std::string& name, const ctnn_test::golden_record& record, const std::vector<float>& input) {
  Model model;
  model.set_weights(record.weights);
  const std::size_t batch = input.size() / Model::input_shape_type::size;
  REQUIRE(batch == 2);
  REQUIRE(batch * Model::input_shape_type::size == input.size());
  REQUIRE(record.output.size() == batch * Model::output_shape_type::size);

  std::vector<float> reference(record.output.size()), one_thread(record.output.size()), two_threads(record.output.size());
  model.reference_predict(input.data(), reference.data(), batch);
  model.predict(input, one_thread, ctnn::threads{1});
  model.predict(input, two_threads, ctnn::threads{2});
  check_close_to_pytorch(name + ", reference path", reference, record.output);
  check_close_to_pytorch(name + ", fused engine, 1 thread", one_thread, record.output);
  check_close_to_pytorch(name + ", fused engine, 2 threads", two_threads, record.output);
  CHECK(one_thread == two_threads);  // predict promises bit-identical results for every thread count

  // Each sample alone: batch 1, where the threads share one sample's work.
  constexpr std::size_t in_size = Model::input_shape_type::size, out_size = Model::output_shape_type::size;
  for (std::size_t n = 0; n < batch; ++n) {
    const std::span<const float> sample(input.data() + n * in_size, in_size);
    const std::vector<float> expected(record.output.begin() + std::ptrdiff_t(n * out_size),
                                      record.output.begin() + std::ptrdiff_t((n + 1) * out_size));
    std::vector<float> alone_one_thread(out_size), alone_two_threads(out_size);
    model.predict(sample, alone_one_thread, ctnn::threads{1});
    model.predict(sample, alone_two_threads, ctnn::threads{2});
    const std::string which = name + ", sample " + std::to_string(n) + " alone";
    check_close_to_pytorch(which + ", 1 thread", alone_one_thread, expected);
    check_close_to_pytorch(which + ", 2 threads", alone_two_threads, expected);
    CHECK(alone_one_thread == alone_two_threads);
  }
}

}  // namespace

TEST_CASE("dcgan: model F, the generator, draws PyTorch's images with PyTorch's weights", "[dcgan][golden]") {
  const ctnn_test::golden_record& record = dcgan_record("dcgan_generator");
  REQUIRE(record.weights.size() == model_f::weight_count);  // 5 kernels, 4 batch normalizations of 4 arrays
  check_against_pytorch<model_f>("model F", record, record.input);
}

TEST_CASE("dcgan: model G, the discriminator, scores the generator's images as PyTorch does", "[dcgan][golden]") {
  // D(G(z)), as a GAN uses it: the input is PyTorch's two images of the generator's case.
  const ctnn_test::golden_record& record = dcgan_record("dcgan_discriminator");
  REQUIRE(record.input.empty());
  REQUIRE(record.weights.size() == model_g::weight_count);  // 5 kernels, 3 batch normalizations of 4 arrays
  check_against_pytorch<model_g>("model G", record, dcgan_record("dcgan_generator").output);
}

// PyTorch's parameters() of dcgan/main.py's netG and netD (scripts/make_dcgan_golden.py asserts
// them) are Keras's trainable weights; PyTorch keeps the moving mean and variance as buffers, which
// Keras counts as non-trainable parameters: two per channel of each batch normalization.
static_assert(model_f::trainable_param_count == 3'576'704);
static_assert(model_f::non_trainable_param_count == 2 * (512 + 256 + 128 + 64));
static_assert(model_g::trainable_param_count == 2'765'568);
static_assert(model_g::non_trainable_param_count == 2 * (128 + 256 + 512));

TEST_CASE("dcgan: the summaries count PyTorch's parameters, and the moving statistics apart", "[dcgan]") {
  const std::string generator = model_f::summary();
  CHECK_THAT(generator, Catch::Matchers::Contains("Total params: 3,578,624\n"
                                                  "Trainable params: 3,576,704\n"
                                                  "Non-trainable params: 1,920\n"));
  const std::string discriminator = model_g::summary();
  CHECK_THAT(discriminator, Catch::Matchers::Contains("Total params: 2,767,360\n"
                                                      "Trainable params: 2,765,568\n"
                                                      "Non-trainable params: 1,792\n"));
}
