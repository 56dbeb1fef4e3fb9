// ctnn/initializers.hpp: deterministic weights, drawn the way Keras initialises a new layer.
#pragma once

#include <cmath>
#include <cstdint>
#include <span>

#include "ctnn/weights.hpp"

namespace ctnn {

/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny generator with a fixed, documented sequence,
/// so that "seed 7" names the same weights on every platform and in the Python golden scripts.
class splitmix64 {
 public:
  explicit constexpr splitmix64(std::uint64_t seed) : state_(seed) {}

  constexpr std::uint64_t next() {
    state_ += 0x9E3779B97F4A7C15ull;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  /// Uniform in [0, 1) on a grid of 2^-24: exactly representable as a float.
  constexpr float next_unit() { return static_cast<float>(next() >> 40) * 0x1p-24f; }

  /// Uniform in [-scale, scale): scale * (2u - 1), each step rounded to float.
  constexpr float next_symmetric(float scale) { return scale * (2.0f * next_unit() - 1.0f); }

 private:
  std::uint64_t state_;
};

/// Fills `values` with splitmix64(seed).next_symmetric(scale), in order.
inline void fill_uniform(std::span<float> values, std::uint64_t seed, float scale) {
  splitmix64 generator(seed);
  for (float& v : values) v = generator.next_symmetric(scale);
}

/// Keras's Glorot-uniform bound sqrt(6 / (fan_in + fan_out)). Dense kernel [in, out]: fans in,
/// out; convolution kernels [kh, kw, a, b]: fans kh * kw * a and kh * kw * b, as Keras computes
/// them from the kernel's shape.
inline float glorot_limit(const weight_spec& spec) {
  double receptive = 1.0;
  for (std::size_t axis = 0; axis + 2 < spec.rank; ++axis) receptive *= double(spec.dims[axis]);
  const double fan_in = spec.rank >= 2 ? receptive * double(spec.dims[spec.rank - 2]) : double(spec.size());
  const double fan_out = spec.rank >= 2 ? receptive * double(spec.dims[spec.rank - 1]) : double(spec.size());
  return static_cast<float>(std::sqrt(6.0 / (fan_in + fan_out)));
}

/// Initialises one weight array as Keras would a new layer: Glorot-uniform kernels, zero biases,
/// batch-normalization gamma and moving variance one, beta and moving mean zero, embeddings
/// uniform in [-0.05, 0.05].
inline void initialize_weight(const weight_spec& spec, std::span<float> values, splitmix64& generator) {
  switch (spec.initializer) {
    case initializer::glorot_uniform: {
      const float limit = glorot_limit(spec);
      for (float& v : values) v = generator.next_symmetric(limit);
      break;
    }
    case initializer::zeros:
      for (float& v : values) v = 0.0f;
      break;
    case initializer::ones:
      for (float& v : values) v = 1.0f;
      break;
    case initializer::uniform_005:  // Keras's "uniform" initializer: Embedding's default
      for (float& v : values) v = generator.next_symmetric(0.05f);
      break;
  }
}

}  // namespace ctnn
