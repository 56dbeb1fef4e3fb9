// Every layer and padding rule against golden outputs from an independent PyTorch reference with
// Keras semantics (tests/golden/make_golden.py; the data is committed, PyTorch is not needed).
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

namespace {

struct golden_record {
  std::vector<float> input;
  std::vector<std::vector<float>> weights;
  std::vector<float> output;
};

std::vector<float> read_values(std::istringstream& line) {
  std::size_t count = 0;
  line >> count;
  std::vector<float> values(count);
  for (float& v : values) line >> v;
  if (!line) throw std::runtime_error("golden_data.txt: a value list ends early");
  return values;
}

std::map<std::string, golden_record> read_golden_file(const std::string& path) {
  std::ifstream file(path);
  if (!file) throw std::runtime_error("cannot open " + path);
  std::map<std::string, golden_record> records;
  golden_record* current = nullptr;
  for (std::string text; std::getline(file, text);) {
    if (text.empty() || text[0] == '#') continue;
    std::istringstream line(text);
    std::string tag;
    line >> tag;
    if (tag == "case") {
      std::string name;
      line >> name;
      current = &records[name];
    } else if (current == nullptr) {
      throw std::runtime_error("golden_data.txt: data before the first case");
    } else if (tag == "input") {
      current->input = read_values(line);
    } else if (tag == "w") {
      current->weights.push_back(read_values(line));
    } else if (tag == "fill") {
      std::size_t count = 0;
      std::uint64_t seed = 0;
      float scale = 0;
      line >> count >> seed >> scale;
      std::vector<float> values(count);
      ctnn::fill_uniform(values, seed, scale);
      current->weights.push_back(std::move(values));
    } else if (tag == "output") {
      current->output = read_values(line);
    }
  }
  return records;
}

const std::map<std::string, golden_record>& golden_records() {
  static const auto records = read_golden_file(CTNN_GOLDEN_DATA);
  return records;
}

int& registered_cases() {
  static int count = 0;
  return count;
}

/// float32 sums in another order than the float64 reference: a few ulps per term.
constexpr double tolerance = 2e-5;

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
