// ctnn/reference/prelu.hpp: reference kernel of ctnn::prelu.
#pragma once

#include <array>
#include <cstddef>

#include "ctnn/layers/prelu.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// y = x for x >= 0, alpha[a] * x otherwise, over `batch` samples of `size` values: value i of a
/// sample has coordinates c_d (d < rank, extents `dims`), and alpha index a = sum c_d *
/// alpha_strides[d], where a shared axis has stride 0. Keras computes relu(x) - alpha * relu(-x),
/// which is the same float for every x.
CTNN_REFERENCE_LOOP void prelu(std::size_t rank, const std::size_t* dims, const std::size_t* alpha_strides, const float* alpha,
                               const float* x, float* y, std::size_t batch) {
  std::size_t size = 1;
  for (std::size_t d = 0; d < rank; ++d) size *= dims[d];
  for (std::size_t n = 0; n < batch; ++n)
    for (std::size_t i = 0; i < size; ++i) {
      std::size_t rest = i, a = 0;
      for (std::size_t d = rank; d-- > 0;) {
        a += (rest % dims[d]) * alpha_strides[d];
        rest /= dims[d];
      }
      const float v = x[n * size + i];
      y[n * size + i] = v >= 0.0f ? v : alpha[a] * v;
    }
}

template <int... SharedAxes>
struct kernel<ctnn::prelu<SharedAxes...>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    static constexpr std::array<std::size_t, In::rank> dims = In::dims;
    static constexpr std::array<std::size_t, In::rank> strides = [] {
      const auto alpha = prelu_alpha_dims(In::dims, {SharedAxes...});
      std::array<std::size_t, In::rank> s{};
      std::size_t stride = 1;
      for (std::size_t d = In::rank; d-- > 0;) {
        s[d] = alpha[d] == 1 ? 0 : stride;
        stride *= alpha[d];
      }
      return s;
    }();
    prelu(In::rank, dims.data(), strides.data(), params, x, y, batch);
  }
};

}  // namespace ctnn::reference
