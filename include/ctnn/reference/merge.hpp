// ctnn/reference/merge.hpp: reference kernels of the merges: concatenate and the element-wise ones
// (add, subtract, multiply, average, maximum, minimum).
// A merge's kernel takes one pointer per input: `run_merge<Out, Ins...>(sources, y, batch)`.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "ctnn/layers/merge.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// Joins `count` inputs along an axis: seen as [outer, extent_k * inner] blocks, each output
/// block is the inputs' blocks one after another.
CTNN_REFERENCE_LOOP void concatenate(std::size_t batch_outer, std::size_t count, const std::size_t* block,
                                     const float* const* sources, float* y) {
  for (std::size_t o = 0; o < batch_outer; ++o)
    for (std::size_t k = 0; k < count; ++k) y = std::copy_n(sources[k] + o * block[k], block[k], y);
}

template <int Axis>
struct kernel<ctnn::concatenate<Axis>> {
  template <class Out, class... Ins>
  static void run_merge(const float* const* sources, float* y, std::size_t batch) {
    constexpr std::size_t axis = detail::sample_axis(Axis, Out::rank);
    constexpr std::size_t outer = [] {
      std::size_t product = 1;
      for (std::size_t a = 0; a < axis; ++a) product *= Out::dims[a];
      return product;
    }();
    // Each input's block: its extent on the axis times everything after it.
    constexpr std::size_t blocks[] = {Ins::size / outer...};
    concatenate(batch * outer, sizeof...(Ins), blocks, sources, y);
  }
};

/// y = x0 op x1 op ..., element by element, left to right; the mean divides that sum by the
/// number of inputs.
CTNN_REFERENCE_LOOP void combine(merge_op op, std::size_t values, std::size_t count, const float* const* sources, float* y) {
  for (std::size_t i = 0; i < values; ++i) {
    float v = sources[0][i];
    for (std::size_t k = 1; k < count; ++k) {
      const float x = sources[k][i];
      switch (op) {
        case merge_op::sum:
        case merge_op::mean: v = v + x; break;
        case merge_op::difference: v = v - x; break;
        case merge_op::product: v = v * x; break;
        // NaN on either side gives NaN, as tf.maximum and tf.minimum (Eigen's PropagateNaN)
        case merge_op::maximum: v = x > v || std::isnan(x) ? x : v; break;
        case merge_op::minimum: v = x < v || std::isnan(x) ? x : v; break;
      }
    }
    y[i] = op == merge_op::mean ? v / float(count) : v;
  }
}

/// Every element-wise merge: its `op` over its inputs.
template <elementwise_merge_layer Merge>
struct kernel<Merge> {
  template <class Out, class... Ins>
  static void run_merge(const float* const* sources, float* y, std::size_t batch) {
    combine(Merge::op, batch * Out::size, sizeof...(Ins), sources, y);
  }
};

}  // namespace ctnn::reference
