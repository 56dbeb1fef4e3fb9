// ctnn/reference/normalization.hpp: the one loop nest of the reference kernels of
// ctnn::layer_normalization and ctnn::group_normalization, apart from both so that each layer's
// header brings its own kernel (reference/layer_normalization.hpp,
// reference/group_normalization.hpp) and not the other layer.
#pragma once

#include <cmath>
#include <cstddef>

#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// `count` independent blocks of (positions, channels) values, the channels cut into `groups`
/// contiguous groups. For each block and group: mean and variance (the mean of the squared
/// deviations, two passes, in double) over the block's positions and the group's channels, then
/// y = x * scale_c + shift_c with scale_c = gamma[c] / sqrt(variance + epsilon) and
/// shift_c = beta[c] - mean * scale_c, the order in which Keras evaluates it. gamma or beta may be
/// nullptr (1 and 0).
/// GroupNormalization: a block is a sample, (rows * columns, C). LayerNormalization on the last
/// axis: a block is one position's vector (1, C), one group; on all axes: a sample (1, size).
CTNN_REFERENCE_LOOP void group_normalization(std::size_t count, std::size_t positions, std::size_t channels, std::size_t groups,
                                             const float* gamma, const float* beta, double epsilon, const float* x, float* y) {
  const std::size_t width = channels / groups;          // channels per group
  const double n = static_cast<double>(positions * width);  // values per statistic
  for (std::size_t block = 0; block < count; ++block) {
    const float* xs = x + block * positions * channels;  // (positions, channels)
    float* ys = y + block * positions * channels;        // (positions, channels)
    for (std::size_t first = 0; first < channels; first += width) {
      double sum = 0.0;
      for (std::size_t p = 0; p < positions; ++p)
        for (std::size_t c = first; c < first + width; ++c) sum += xs[p * channels + c];
      const double mean = sum / n;
      double squares = 0.0;
      for (std::size_t p = 0; p < positions; ++p)
        for (std::size_t c = first; c < first + width; ++c) {
          const double d = xs[p * channels + c] - mean;
          squares += d * d;
        }
      const double inv = 1.0 / std::sqrt(squares / n + epsilon);
      for (std::size_t c = first; c < first + width; ++c) {
        const double scale = inv * (gamma != nullptr ? gamma[c] : 1.0f);
        const double shift = (beta != nullptr ? beta[c] : 0.0f) - mean * scale;
        for (std::size_t p = 0; p < positions; ++p) ys[p * channels + c] = static_cast<float>(xs[p * channels + c] * scale + shift);
      }
    }
  }
}

}  // namespace ctnn::reference
