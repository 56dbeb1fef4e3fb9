// ctnn/reference/unit_normalization.hpp: reference kernel of ctnn::unit_normalization.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "ctnn/layers/unit_normalization.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// `count` blocks of `width` values, each scaled by 1 / sqrt(max(sum of its squares, floor)): the
/// sum in double.
CTNN_REFERENCE_LOOP void unit_normalize(std::size_t count, std::size_t width, double floor, const float* x, float* y) {
  for (std::size_t block = 0; block < count; ++block) {
    const float* xs = x + block * width;
    float* ys = y + block * width;
    double squares = 0.0;
    for (std::size_t i = 0; i < width; ++i) squares += double(xs[i]) * xs[i];
    const double inverse_norm = 1.0 / std::sqrt(std::max(squares, floor));
    for (std::size_t i = 0; i < width; ++i) ys[i] = static_cast<float>(xs[i] * inverse_norm);
  }
}

template <unit_normalization_opts Opts>
struct kernel<ctnn::unit_normalization<Opts>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    using layer = ctnn::unit_normalization<Opts>;
    constexpr std::size_t width = normalized_size(layer::template axes<In>, In::dims);
    unit_normalize(batch * (In::size / width), width, layer::smallest_square_sum, x, y);
  }
};

}  // namespace ctnn::reference
