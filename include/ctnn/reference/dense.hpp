// ctnn/reference/dense.hpp: reference kernel of ctnn::dense.
#pragma once

#include "ctnn/layers/dense.hpp"
#include "ctnn/producer_contract.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// y[r, o] = f(sum_i x[r, i] * kernel(0, i, o) + bias[o]) for every row r (all leading axes).
CTNN_REFERENCE_LOOP void dense(std::size_t rows, kernel_layout k, const float* kernel, const float* bias, activation f,
                               const float* x, float* y) {
  const std::size_t in = k.in, out = k.out;
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t o = 0; o < out; ++o) {
      float sum = bias != nullptr ? bias[o] : 0.0f;
      for (std::size_t i = 0; i < in; ++i) sum += x[r * in + i] * kernel[k(0, i, o)];
      y[r * out + o] = activate(f, sum);
    }
  }
  activate_rows(f, y, rows, out);  // softmax: over each row
}

template <int Units, dense_opts Opts>
struct kernel<ctnn::dense<Units, Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    using L = ctnn::dense<Units, Opts>;
    constexpr kernel_layout layout = L::template contract<In>().layout;
    constexpr producer_weights w = weights_of_producer<L, In>();
    dense(batch * (In::size / layout.in), layout, w.kernel(params), w.bias(params), Opts.activation, x, y);
  }
};

}  // namespace ctnn::reference
