// Every layer and padding rule against golden outputs from an independent PyTorch reference with
// Keras semantics (tests/golden/make_golden.py; the data is committed, PyTorch is not needed).
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "support/golden_data.hpp"

namespace {

using ctnn_test::golden_record;
using ctnn_test::read_golden_file;

const std::map<std::string, golden_record>& golden_records() {
  static const auto records = read_golden_file(CTNN_GOLDEN_DATA);
  return records;
}

int& registered_cases() {
  static int count = 0;
  return count;
}

constexpr double tolerance = ctnn_test::golden_tolerance;

template <class Model>
void check_against_golden(const std::string& name) {
  const golden_record& record = golden_records().at(name);
  Model model;
  model.set_weights(record.weights);
  const std::size_t batch = record.input.size() / Model::input_shape_type::size;
  REQUIRE(batch * Model::input_shape_type::size == record.input.size());
  typename Model::input_tensor x(batch, record.input);
  const auto y = model.predict(x);
  REQUIRE(y.size() == record.output.size());
  double worst = 0;
  std::size_t worst_at = 0;
  for (std::size_t i = 0; i < y.size(); ++i) {
    const double error = std::abs(double(y.values()[i]) - record.output[i]) / std::max(1.0, std::abs(double(record.output[i])));
    if (error > worst) worst = error, worst_at = i;
  }
  INFO(name << ": worst relative error " << worst << " at element " << worst_at << " (got " << y.values()[worst_at]
            << ", expected " << record.output[worst_at] << ")");
  CHECK(worst <= tolerance);
}

}  // namespace

#define CTNN_GOLDEN_CASE(name, ...)                                                        \
  [[maybe_unused]] static const int registered_##name = ++registered_cases();             \
  TEST_CASE("golden " #name, "[golden]") { check_against_golden<__VA_ARGS__>(#name); }
#include "golden/golden_cases.inc"

TEST_CASE("every golden record has a case and every case a record", "[golden]") {
  CHECK(golden_records().size() == std::size_t(registered_cases()));
  CHECK(registered_cases() > 200);
}
