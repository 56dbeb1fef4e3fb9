// tests/layer_headers/both_paths.hpp: runs a model through predict (the fused engine) and
// through reference_predict, and compares the two.
//
// It includes no ctnn header: each test's own includes, a layer's header and the model's, must
// be all that the model needs.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdio>
#include <span>
#include <utility>
#include <vector>

namespace layer_headers {

template <class Model, std::size_t... K>
int compare_paths(std::index_sequence<K...>, float low) {
  constexpr std::size_t batch = 2;
  // Whole numbers from `low`: an embedding reads them as labels.
  std::vector<float> inputs[] = {std::vector<float>(batch * Model::layout::template input_shape_at<K>::size)...};
  for (std::vector<float>& x : inputs)
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = low + static_cast<float>(i * 7 % 5);
  const Model model;  // Keras's initial weights, drawn from seed 0
  std::vector<float> fused(batch * Model::output_shape_type::size), reference(fused.size());
  model.predict(std::span<const float>(inputs[K])..., std::span<float>(fused));
  model.reference_predict(inputs[K].data()..., reference.data(), batch);
  for (std::size_t i = 0; i < fused.size(); ++i)
    if (!(std::abs(fused[i] - reference[i]) <= 1e-4f * (1.0f + std::abs(reference[i])))) {
      std::printf("value %zu: predict gives %g, reference_predict %g\n", i, double(fused[i]), double(reference[i]));
      return 1;
    }
  return 0;
}

/// 0 when predict and reference_predict agree on two samples of whole numbers from `low` to
/// `low + 4`, 1 (after printing the first difference) otherwise.
template <class Model>
int compare_paths(float low = -2.0f) {
  return compare_paths<Model>(std::make_index_sequence<Model::input_count>{}, low);
}

}  // namespace layer_headers
