// ctnn/reference/merge.hpp: reference kernels of the merges: concatenate, add, multiply.
// A merge's kernel takes one pointer per input: `run_merge<Out, Ins...>(sources, y, batch)`.
#pragma once

#include <algorithm>
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

/// y = x0 + x1 + ... (sum) or x0 * x1 * ... (product), element by element, left to right.
CTNN_REFERENCE_LOOP void combine(bool product, std::size_t values, std::size_t count, const float* const* sources,
                                 float* y) {
  for (std::size_t i = 0; i < values; ++i) {
    float v = sources[0][i];
    for (std::size_t k = 1; k < count; ++k) v = product ? v * sources[k][i] : v + sources[k][i];
    y[i] = v;
  }
}

template <>
struct kernel<ctnn::add> {
  template <class Out, class... Ins>
  static void run_merge(const float* const* sources, float* y, std::size_t batch) {
    combine(false, batch * Out::size, sizeof...(Ins), sources, y);
  }
};

template <>
struct kernel<ctnn::multiply> {
  template <class Out, class... Ins>
  static void run_merge(const float* const* sources, float* y, std::size_t batch) {
    combine(true, batch * Out::size, sizeof...(Ins), sources, y);
  }
};

}  // namespace ctnn::reference
