// ctnn/reference/repeat_vector.hpp: reference kernel of ctnn::repeat_vector.
#pragma once

#include <algorithm>
#include <cstddef>

#include "ctnn/layers/repeat_vector.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// out[n, t, f] = in[n, f] for t < times.
CTNN_REFERENCE_LOOP void repeat_rows(std::size_t features, std::size_t times, const float* x, float* y, std::size_t batch) {
  for (std::size_t n = 0; n < batch; ++n)
    for (std::size_t t = 0; t < times; ++t) std::copy(x + n * features, x + (n + 1) * features, y + (n * times + t) * features);
}

template <int N>
struct kernel<ctnn::repeat_vector<N>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    repeat_rows(In::dims[0], std::size_t(N), x, y, batch);
  }
};

}  // namespace ctnn::reference
