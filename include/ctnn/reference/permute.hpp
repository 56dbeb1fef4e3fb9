// ctnn/reference/permute.hpp: reference kernel of ctnn::permute.
#pragma once

#include <array>
#include <cstddef>

#include "ctnn/layers/permute.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// The axes of each sample reordered: output axis i is input axis dims[i] - 1. Walks the output
/// in order, with the input offset of each output position from the input's strides.
CTNN_REFERENCE_LOOP void permute_axes(std::size_t rank, const std::size_t* in_dims, const int* dims, const float* x, float* y,
                                      std::size_t batch) {
  std::array<std::size_t, permute_most_axes> in_stride{}, out_dims{}, out_stride{}, index{};  // permute's rules bound rank
  std::size_t size = 1;
  for (std::size_t axis = rank; axis-- > 0;) in_stride[axis] = size, size *= in_dims[axis];
  for (std::size_t i = 0; i < rank; ++i) out_dims[i] = in_dims[dims[i] - 1], out_stride[i] = in_stride[std::size_t(dims[i] - 1)];
  for (std::size_t n = 0; n < batch; ++n) {
    const float* xs = x + n * size;
    float* ys = y + n * size;
    index.fill(0);
    for (std::size_t o = 0; o < size; ++o) {
      std::size_t offset = 0;
      for (std::size_t i = 0; i < rank; ++i) offset += index[i] * out_stride[i];
      ys[o] = xs[offset];
      for (std::size_t i = rank; i-- > 0;) {  // the next output position, last axis fastest
        if (++index[i] < out_dims[i]) break;
        index[i] = 0;
      }
    }
  }
}

template <int... Dims>
struct kernel<ctnn::permute<Dims...>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    static constexpr std::array<int, sizeof...(Dims)> dims{Dims...};
    permute_axes(In::rank, In::dims.data(), dims.data(), x, y, batch);
  }
};

}  // namespace ctnn::reference
