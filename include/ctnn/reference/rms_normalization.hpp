// ctnn/reference/rms_normalization.hpp: reference kernel of ctnn::rms_normalization.
#pragma once

#include <cmath>
#include <cstddef>

#include "ctnn/layers/rms_normalization.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// `count` blocks of `width` values: y[i] = x[i] * scale[i] / sqrt(mean of the block's squares +
/// epsilon), the mean in double.
CTNN_REFERENCE_LOOP void rms_normalize(std::size_t count, std::size_t width, const float* scale, double epsilon, const float* x, float* y) {
  for (std::size_t block = 0; block < count; ++block) {
    const float* xs = x + block * width;
    float* ys = y + block * width;
    double squares = 0.0;
    for (std::size_t i = 0; i < width; ++i) squares += double(xs[i]) * xs[i];
    const double inverse_rms = 1.0 / std::sqrt(squares / double(width) + epsilon);
    for (std::size_t i = 0; i < width; ++i) ys[i] = static_cast<float>(xs[i] * inverse_rms * scale[i]);
  }
}

template <rms_normalization_opts Opts>
struct kernel<ctnn::rms_normalization<Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    using layer = ctnn::rms_normalization<Opts>;
    constexpr std::size_t width = normalized_size(layer::template axes<In>, In::dims);
    rms_normalize(batch * (In::size / width), width, params, layer::epsilon, x, y);
  }
};

}  // namespace ctnn::reference
