// ctnn/reference/softmax.hpp: reference kernel of ctnn::softmax.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "ctnn/activation.hpp"
#include "ctnn/layers/softmax.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// Softmax along the middle axis of x viewed as (outer, n, inner): each line of n values, `inner`
/// apart, becomes exp(x - max) / sum in the order activate_rows computes it (inner == 1 is
/// activate_rows itself, the function the engine runs after a producer).
CTNN_REFERENCE_LOOP void softmax_axis(std::size_t outer, std::size_t n, std::size_t inner, const float* x, float* y) {
  std::copy(x, x + outer * n * inner, y);
  if (inner == 1) return softmax_rows(y, outer, n);
  for (std::size_t o = 0; o < outer; ++o)
    for (std::size_t i = 0; i < inner; ++i) {
      float* line = y + o * n * inner + i;  // line[k * inner], k < n
      float top = line[0];
      for (std::size_t k = 1; k < n; ++k) top = std::max(top, line[k * inner]);
      float sum = 0.0f;
      for (std::size_t k = 0; k < n; ++k) sum += (line[k * inner] = std::exp(line[k * inner] - top));
      for (std::size_t k = 0; k < n; ++k) line[k * inner] /= sum;
    }
}

template <int Axis>
struct kernel<ctnn::softmax<Axis>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    constexpr std::size_t axis = softmax_sample_axis(Axis, In::rank);
    std::size_t outer = batch, inner = 1;
    for (std::size_t d = 0; d < axis; ++d) outer *= In::dims[d];
    for (std::size_t d = axis + 1; d < In::rank; ++d) inner *= In::dims[d];
    softmax_axis(outer, In::dims[axis], inner, x, y);
  }
};

}  // namespace ctnn::reference
