// ctnn/reference/dense.hpp: reference kernel of ctnn::dense.
#pragma once

#include "ctnn/layers/dense.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// y[r, o] = f(sum_i x[r, i] * kernel[i, o] + bias[o]) for every row r (all leading axes).
CTNN_REFERENCE_LOOP void dense(std::size_t rows, std::size_t in, std::size_t out, const float* kernel,  // [in, out]
                  const float* bias, activation f, const float* x, float* y) {
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t o = 0; o < out; ++o) {
      float sum = bias != nullptr ? bias[o] : 0.0f;
      for (std::size_t i = 0; i < in; ++i) sum += x[r * in + i] * kernel[i * out + o];
      y[r * out + o] = activate(f, sum);
    }
  }
  activate_rows(f, y, rows, out);  // softmax: over each row
}

template <int Units, dense_opts Opts>
struct kernel<ctnn::dense<Units, Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    constexpr std::size_t in = In::dims[In::rank - 1], out = Units;
    dense(batch * (In::size / in), in, out, params, Opts.use_bias ? params + in * out : nullptr,
          Opts.activation, x, y);
  }
};

}  // namespace ctnn::reference
