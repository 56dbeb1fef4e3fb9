// The inline activations (leaky_relu, elu, silu, gelu, softplus, relu6, softmax), the activation
// layers (ReLU, ELU, Softmax, PReLU), the layers that are the identity at inference (GaussianNoise,
// GaussianDropout, SpatialDropout2D) and Rescaling against golden outputs from the independent
// PyTorch reference with Keras semantics (tests/golden/make_golden.py, suite "activations"; the
// data is committed, PyTorch is not needed). Every case runs through both the fused engine and the
// reference path.
#include <map>
#include <string>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "support/golden_data.hpp"

namespace {

const std::map<std::string, ctnn_test::golden_record>& golden_activations_records() {
  static const auto records = ctnn_test::read_golden_file(CTNN_GOLDEN_ACTIVATIONS_DATA);
  return records;
}

int& registered_activations_cases() {
  static int count = 0;
  return count;
}

}  // namespace

#define CTNN_GOLDEN_CASE(name, ...)                                                           \
  [[maybe_unused]] static const int registered_##name = ++registered_activations_cases();      \
  TEST_CASE("golden " #name, "[golden][golden_activations]") {                                 \
    ctnn_test::check_both_paths_against_golden<__VA_ARGS__>(golden_activations_records().at(#name), #name); \
  }
#include "golden/golden_activations_cases.inc"

TEST_CASE("every golden activations record has a case and every case a record", "[golden][golden_activations]") {
  CHECK(golden_activations_records().size() == std::size_t(registered_activations_cases()));
}
