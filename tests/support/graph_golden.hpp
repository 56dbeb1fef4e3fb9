// tests/support/graph_golden.hpp: the golden graphs of tests/graph_golden/graph_golden.txt
// (make_graph_golden.py: PyTorch float64 with Keras semantics, checked by numpy loops), read
// once, and each case run through predict (1 and 2 threads) and the reference path.
#pragma once

#include <cstddef>
#include <fstream>
#include <map>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

namespace graph_golden {

// ---- The golden file ------------------------------------------------------------------------

struct golden_case {
  std::vector<std::string> order;
  std::vector<std::vector<float>> inputs, weights;
  std::vector<std::vector<float>> outputs;  // one per model output, in the order of outputs(...)
};

inline std::vector<float> read_values(std::istringstream& fields, const std::string& where) {
  std::size_t count = 0;
  if (!(fields >> count)) throw std::runtime_error(where + ": no count");
  std::vector<float> values(count);
  for (float& v : values)
    if (!(fields >> v)) throw std::runtime_error(where + ": fewer values than the count");
  if (std::string rest; fields >> rest) throw std::runtime_error(where + ": more values than the count");
  return values;
}

inline const std::map<std::string, golden_case>& golden_cases() {
  static const std::map<std::string, golden_case> cases = [] {
    std::map<std::string, golden_case> result;
    const std::string path = CTNN_GRAPH_GOLDEN_DATA;
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot open (run tests/graph_golden/make_graph_golden.py)");
    golden_case* current = nullptr;
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream fields(line);
      std::string tag;
      fields >> tag;
      if (tag == "case") {
        std::string name;
        fields >> name;
        current = &result[name];
      } else if (current == nullptr) {
        throw std::runtime_error(path + ": '" + tag + "' before the first case");
      } else if (tag == "order") {
        for (std::string keras_class; fields >> keras_class;) current->order.push_back(keras_class);
      } else if (tag == "x") {
        current->inputs.push_back(read_values(fields, path));
      } else if (tag == "w") {
        current->weights.push_back(read_values(fields, path));
      } else if (tag == "output") {
        current->outputs.push_back(read_values(fields, path));
      } else if (tag != "inputs" && tag != "weights") {
        throw std::runtime_error(path + ": unknown record '" + tag + "'");
      }
    }
    return result;
  }();
  return cases;
}

/// The classes of Keras's model.layers, in order (each shared layer once).
template <class Model>
std::vector<std::string> classes_in_layer_order() {
  return {Model::layer_classes.begin(), Model::layer_classes.end()};
}

/// Output `k` of a prediction: the tensor itself for a model of one output, else the tuple's k-th.
template <std::size_t K, class Prediction>
const auto& output_of(const Prediction& y) {
  if constexpr (requires { std::tuple_size<Prediction>::value; }) return std::get<K>(y);
  else return y;
}

/// Runs the case through predict (1 and 2 threads) and the reference path, against the golden
/// outputs; the two thread counts must agree bit for bit.
template <class Model, std::size_t... K, std::size_t... O>
void check_case(const std::string& name, std::index_sequence<K...>, std::index_sequence<O...>) {
  const golden_case& golden = golden_cases().at(name);
  CHECK(classes_in_layer_order<Model>() == golden.order);
  REQUIRE(golden.inputs.size() == Model::input_count);
  REQUIRE(golden.outputs.size() == Model::output_count);
  Model model;
  model.set_weights(golden.weights);
  const std::size_t batch = golden.inputs[0].size() / Model::template input_shape_at<0>::size;
  const auto y = model.predict(ctnn::tensor<typename Model::template input_shape_at<K>>(batch, golden.inputs[K])..., ctnn::threads{1});
  const auto y2 = model.predict(ctnn::tensor<typename Model::template input_shape_at<K>>(batch, golden.inputs[K])..., ctnn::threads{2});
  std::vector<std::vector<float>> reference{std::vector<float>(golden.outputs[O].size())...};
  model.reference_predict(golden.inputs[K].data()..., reference[O].data()..., batch);
  auto check_output = [&](std::size_t k, std::span<const float> fused, std::span<const float> fused2) {
    const std::vector<float>& expected = golden.outputs[k];
    REQUIRE(fused.size() == expected.size());
    for (std::size_t i = 0; i < fused.size(); ++i) {
      INFO(name << " output " << k << " value " << i);
      CHECK(fused[i] == Approx(expected[i]).margin(2e-6).epsilon(1e-5));
      CHECK(reference[k][i] == Approx(expected[i]).margin(2e-6).epsilon(1e-5));
      CHECK(fused2[i] == fused[i]);
    }
  };
  (check_output(O, output_of<O>(y).values(), output_of<O>(y2).values()), ...);
}

template <class Model>
void check_case(const std::string& name) {
  check_case<Model>(name, std::make_index_sequence<Model::input_count>{}, std::make_index_sequence<Model::output_count>{});
}

}  // namespace graph_golden
