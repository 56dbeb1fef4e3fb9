// The driver of the random models (scripts/random_models.py writes them, tests/random_models/):
// each model gets seeded weights and inputs, and the fused engine (1 and 2 threads, a sample
// alone and in a batch) is compared with the reference path. On request it writes what the
// PyTorch check (scripts/check_random_against_torch.py) needs: the weights in Keras order with
// the layer owning each (its index in model.layers, and its first call's position) and the
// layer each position calls (a shared layer has several positions, its weights once), the inputs, the reference output (a model of several
// outputs: each output's whole batch in turn, with the floats per sample and the position of each
// output), and where each of the generator's values sits in the model (ctnn numbers a functional
// model's nodes in Keras's order, which is not the order they were written in).
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <ctnn/ctnn.hpp>

#include "../support/randomized_model.hpp"

namespace random_models {

/// The nodes of a sequential model of `N` nodes are the generator's values in order.
template <std::size_t N>
consteval std::array<std::size_t, N> sequence() {
  std::array<std::size_t, N> positions{};
  for (std::size_t i = 0; i < N; ++i) positions[i] = i;
  return positions;
}

/// Where the value `Value` of a functional model sits: its position, Keras's model.layers order.
template <class Model, class Value>
consteval std::size_t position_of(Value) {
  using graph = typename Model::layout::graph;
  constexpr std::size_t walk_index = ctnn::detail::index_in<Value>(typename graph::values{});
  static_assert(walk_index < graph::size, "random_models: a generated value is not part of its model");
  return graph::position_of_walk_index(walk_index);
}

/// What one model's run is asked for.
struct run_request {
  std::size_t index = 0;       ///< the model's number in its set (for the dump)
  std::size_t batch = 10;      ///< a tile of 8 and one of 2: both threads get work
  std::uint64_t seed = 1;      ///< weights and inputs
  std::string dump_path;       ///< when not empty, write the model's data there (JSON)
};

/// What one model's run found. A model of several outputs is measured over all of them at once:
/// each output's whole batch in turn, in the order of outputs(...).
struct outcome {
  /// max |fused - reference| / max(1, max |reference|), fused on 1 thread; infinite when a value
  /// is not finite in one path only.
  double difference = 0.0;
  double output_scale = 0.0;      ///< max |reference|
  bool threads_identical = true;  ///< 2 threads gave the 1-thread result bit for bit
  bool alone_identical = true;    ///< the first sample alone gave what it gives in the batch
  bool finite = true;             ///< every reference value is finite
};

/// max |a - b| / max(1, max |reference|): the difference relative to the output's scale, or to 1
/// for outputs below 1 (sigmoid, softmax), where it is an absolute difference.
inline double relative_difference(std::span<const float> a, std::span<const float> reference) {
  double scale = 1.0, worst = 0.0;
  for (float v : reference) scale = std::max(scale, double(std::abs(v)));
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::isnan(a[i]) && std::isnan(reference[i])) continue;
    const double d = std::abs(double(a[i]) - double(reference[i]));
    worst = std::max(worst, std::isfinite(d) ? d : INFINITY);
  }
  return worst / scale;
}

namespace detail {

inline void write_values(std::ofstream& out, std::span<const float> values) {
  out << '[';
  char text[32];
  for (std::size_t i = 0; i < values.size(); ++i) {
    // %.9g: a float32 read back is the same float.
    std::snprintf(text, sizeof text, "%.9g", double(values[i]));
    out << (i ? "," : "") << (std::isfinite(values[i]) ? text : "null");
  }
  out << ']';
}

template <class Model, std::size_t N>
void write_dump(const run_request& request, const Model& model, const std::array<std::size_t, N>& positions,
                const std::vector<std::vector<float>>& inputs, std::span<const float> reference) {
  std::ofstream out(request.dump_path);
  if (!out) throw std::runtime_error("random_models: cannot write " + request.dump_path);
  out << "{\"index\":" << request.index << ",\"batch\":" << request.batch << ",\"positions\":[";
  for (std::size_t i = 0; i < N; ++i) out << (i ? "," : "") << positions[i];
  // Each weight array's layer (its index in model.layers order: a shared layer's arrays once)
  // and that layer's first call (a position); each position's layer.
  out << "],\"weight_layers\":[";
  for (std::size_t i = 0; i < Model::weight_count; ++i) out << (i ? "," : "") << Model::weight_layout[i].layer;
  out << "],\"weight_positions\":[";
  for (std::size_t i = 0; i < Model::weight_count; ++i)
    out << (i ? "," : "") << Model::first_call_at[Model::weight_layout[i].layer];
  out << "],\"layer_of_position\":[";
  for (std::size_t p = 0; p < Model::node_count; ++p) out << (p ? "," : "") << Model::layer_of_position[p];
  out << "],\"weight_names\":[";
  for (std::size_t i = 0; i < Model::weight_count; ++i) out << (i ? "," : "") << '"' << Model::weight_layout[i].spec.name << '"';
  out << "],\"weights\":[";
  const auto weights = model.get_weights();
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (i) out << ',';
    write_values(out, weights[i]);
  }
  out << "],\"inputs\":[";
  for (std::size_t k = 0; k < inputs.size(); ++k) {
    if (k) out << ',';
    write_values(out, inputs[k]);
  }
  out << "],\"output_sizes\":[";
  for (std::size_t k = 0; k < Model::output_count; ++k) out << (k ? "," : "") << Model::output_sizes[k];
  out << "],\"output_positions\":[";
  for (std::size_t k = 0; k < Model::output_count; ++k) out << (k ? "," : "") << Model::output_positions[k];
  out << "],\"reference\":";
  write_values(out, reference);
  out << "}\n";
}

}  // namespace detail

/// Runs one generated model: `Positions` says where each generated value is, `Labels` how many
/// labels each input holds (0: real values).
template <class Model, const auto& Positions, const auto& Labels>
outcome run_model(const run_request& request) {
  static_assert(Positions.size() == Model::node_count, "random_models: the model has another number of nodes than the generator wrote");
  static_assert(Labels.size() == Model::input_count);
  const Model model = ctnn_test::randomized<Model>(request.seed, 7919);
  const std::size_t batch = request.batch;
  std::vector<std::vector<float>> inputs(Model::input_count);
  ctnn::detail::for_each_index<Model::input_count>([&](auto k) {
    std::vector<float>& x = inputs[k];
    x.resize(batch * Model::template input_shape_at<k>::size);
    ctnn::fill_uniform(x, request.seed * 31 + k, 2.0f);
    if (Labels[k] > 0) {
      ctnn::splitmix64 generator(request.seed * 37 + k);
      for (float& v : x) v = float(generator.next() % Labels[k]);
    }
  });
  // One vector per output (Model::output_count, in the order of outputs(...)) for each path.
  constexpr std::size_t output_count = Model::output_count;
  constexpr std::array<std::size_t, output_count> out_sizes = Model::output_sizes;
  using per_output = std::array<std::vector<float>, output_count>;
  per_output reference, one, two, alone;
  for (std::size_t j = 0; j < output_count; ++j) {
    reference[j].resize(batch * out_sizes[j]);
    one[j].resize(batch * out_sizes[j]);
    two[j].resize(batch * out_sizes[j]);
    alone[j].resize(out_sizes[j]);
  }
  [&]<std::size_t... K, std::size_t... J>(std::index_sequence<K...>, std::index_sequence<J...>) {
    model.reference_predict(inputs[K].data()..., reference[J].data()..., batch);
    model.predict(std::span<const float>(inputs[K])..., std::span<float>(one[J])..., ctnn::threads{1});
    model.predict(std::span<const float>(inputs[K])..., std::span<float>(two[J])..., ctnn::threads{2});
    model.predict(std::span<const float>(inputs[K]).first(Model::template input_shape_at<K>::size)...,
                  std::span<float>(alone[J])..., ctnn::threads{1});
  }(std::make_index_sequence<Model::input_count>{}, std::make_index_sequence<output_count>{});
  // Every output's whole batch after the one before: what is compared, and what the dump holds.
  const auto concatenated = [](const per_output& values) {
    std::vector<float> all;
    for (const std::vector<float>& v : values) all.insert(all.end(), v.begin(), v.end());
    return all;
  };
  const std::vector<float> reference_all = concatenated(reference), one_all = concatenated(one),
                           two_all = concatenated(two);
  outcome result;
  result.difference = relative_difference(one_all, reference_all);
  for (float v : reference_all) {
    result.output_scale = std::max(result.output_scale, double(std::abs(v)));
    result.finite = result.finite && std::isfinite(v);
  }
  result.threads_identical = std::memcmp(one_all.data(), two_all.data(), one_all.size() * sizeof(float)) == 0;
  for (std::size_t j = 0; j < output_count; ++j)  // each output's first sample
    result.alone_identical =
        result.alone_identical && std::memcmp(one[j].data(), alone[j].data(), alone[j].size() * sizeof(float)) == 0;
  if (!request.dump_path.empty()) detail::write_dump(request, model, Positions, inputs, reference_all);
  return result;
}

/// One generated model: its number, its structure, the layer kinds and graph features it has,
/// the kind of its output layer, and its run.
struct model_case {
  std::size_t index;
  const char* structure;
  const char* kinds;
  const char* output_kind;
  outcome (*run)(const run_request&);
};

/// Every model case linked into the program, in the order their files were initialised.
inline std::vector<const model_case*>& registry() {
  static std::vector<const model_case*> cases;
  return cases;
}

template <std::size_t N>
bool register_cases(const model_case (&cases)[N]) {
  for (const model_case& c : cases) registry().push_back(&c);
  return true;
}

/// The registered cases by number.
inline std::vector<const model_case*> sorted_cases() {
  std::vector<const model_case*> cases = registry();
  std::sort(cases.begin(), cases.end(), [](const model_case* a, const model_case* b) { return a->index < b->index; });
  return cases;
}

/// The tolerance on `outcome::difference` (see docs/reliability.md for how it was chosen).
inline constexpr double tolerance = 1e-4;

}  // namespace random_models
