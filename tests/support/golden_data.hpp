// tests/support/golden_data.hpp: reads a golden data file written by tests/golden/make_golden.py
// (cases with their input, weights and expected output) and checks a model against one case.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/initializers.hpp>

namespace ctnn_test {

struct golden_record {
  std::vector<float> input;
  std::vector<std::vector<float>> weights;
  std::vector<float> output;
};

inline std::vector<float> read_golden_values(std::istringstream& line, const std::string& path) {
  std::size_t count = 0;
  line >> count;
  std::vector<float> values(count);
  for (float& v : values) line >> v;
  if (!line) throw std::runtime_error(path + ": a value list ends early");
  return values;
}

/// The records of a data file, by case name.
inline std::map<std::string, golden_record> read_golden_file(const std::string& path) {
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
      throw std::runtime_error(path + ": data before the first case");
    } else if (tag == "input") {
      current->input = read_golden_values(line, path);
    } else if (tag == "w") {
      current->weights.push_back(read_golden_values(line, path));
    } else if (tag == "fill") {
      std::size_t count = 0;
      std::uint64_t seed = 0;
      float scale = 0;
      line >> count >> seed >> scale;
      std::vector<float> values(count);
      ctnn::fill_uniform(values, seed, scale);
      current->weights.push_back(std::move(values));
    } else if (tag == "output") {
      current->output = read_golden_values(line, path);
    }
  }
  return records;
}

/// float32 sums in another order than the float64 reference: a few ulps per term.
inline constexpr double golden_tolerance = 2e-5;

/// The largest error of `got` against `expected`, relative to max(1, |expected|), with a message.
inline double worst_golden_error(const std::string& what, const float* got, const std::vector<float>& expected) {
  double worst = 0;
  std::size_t worst_at = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const double error = std::abs(double(got[i]) - expected[i]) / std::max(1.0, std::abs(double(expected[i])));
    if (error > worst) worst = error, worst_at = i;
  }
  INFO(what << ": worst relative error " << worst << " at element " << worst_at << " (got " << got[worst_at]
            << ", expected " << expected[worst_at] << ")");
  CHECK(worst <= golden_tolerance);
  return worst;
}

/// One case through the fused engine (`predict`) and through the reference path, each against the
/// golden output.
template <class Model>
void check_both_paths_against_golden(const golden_record& record, const std::string& name) {
  Model model;
  model.set_weights(record.weights);
  const std::size_t batch = record.input.size() / Model::input_shape_type::size;
  REQUIRE(batch * Model::input_shape_type::size == record.input.size());
  typename Model::input_tensor x(batch, record.input);
  const auto y = model.predict(x);
  REQUIRE(y.size() == record.output.size());
  worst_golden_error(name + " (fused engine)", y.values().data(), record.output);
  std::vector<float> reference(record.output.size());
  model.reference_predict(record.input.data(), reference.data(), batch);
  worst_golden_error(name + " (reference path)", reference.data(), record.output);
}

}  // namespace ctnn_test
