// A model with non-trivial weights for tests that compare two ways of computing it (the fused
// engine against the reference path): shared by the engine tests and the random-model runs.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <ctnn/ctnn.hpp>

namespace ctnn_test {

/// The model with Keras's initial weights drawn from `seed`, plus uniform noise of each array's
/// own scale (0.25 for arrays of zeros), so that biases, statistics, PReLU slopes and
/// normalization scales are not the trivial ones; variances stay positive. Kernels get noise of
/// their own Glorot scale, so activations keep their size through the layers, as in a trained
/// model. Array i's noise is ctnn::fill_uniform's stream seed * `streams_per_seed` + i.
template <class Model>
Model randomized(std::uint64_t seed, std::uint64_t streams_per_seed) {
  Model model;
  model.initialize(seed);
  auto arrays = model.get_weights();
  for (std::size_t i = 0; i < arrays.size(); ++i) {
    float largest = 0.0f;
    for (float v : arrays[i]) largest = std::max(largest, std::abs(v));
    std::vector<float> noise(arrays[i].size());
    ctnn::fill_uniform(noise, seed * streams_per_seed + i, largest > 0.0f ? largest : 0.25f);
    const bool variance = Model::weight_layout[i].spec.name == "moving_variance";
    for (std::size_t j = 0; j < noise.size(); ++j)
      arrays[i][j] = variance ? 0.5f + std::abs(arrays[i][j] + noise[j]) : arrays[i][j] + noise[j];
  }
  model.set_weights(arrays);
  return model;
}

}  // namespace ctnn_test
