// ctnn/reference/elementwise.hpp: reference kernels of the layers that map each value on its
// own: activation_layer, leaky_relu, batch_normalization; and of the layers that only
// reinterpret or pass data: input, reshape, flatten, dropout.
#pragma once

#include <algorithm>
#include <cmath>
#include <utility>

#include "ctnn/layers/activation_layer.hpp"
#include "ctnn/layers/batch_normalization.hpp"
#include "ctnn/layers/dropout.hpp"
#include "ctnn/layers/flatten.hpp"
#include "ctnn/layers/input.hpp"
#include "ctnn/layers/leaky_relu.hpp"
#include "ctnn/layers/reshape.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// The layers that leave every value as it is (a reshape only renames the axes).
struct copy_kernel {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    std::copy(x, x + batch * In::size, y);
  }
};
template <int... Dims>
struct kernel<ctnn::input<Dims...>> : copy_kernel {};
template <int... Dims>
struct kernel<ctnn::reshape<Dims...>> : copy_kernel {};
template <>
struct kernel<ctnn::flatten> : copy_kernel {};
template <real Rate>
struct kernel<ctnn::dropout<Rate>> : copy_kernel {};

template <activation A>
struct kernel<ctnn::activation_layer<A>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    std::transform(x, x + batch * In::size, y, [](float v) { return activate(A, v); });
  }
};

template <real Alpha>
struct kernel<ctnn::leaky_relu<Alpha>> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    constexpr float alpha = static_cast<float>(Alpha.value());
    std::transform(x, x + batch * In::size, y, [](float v) { return v >= 0.0f ? v : alpha * v; });
  }
};

/// y = x * inv + (beta - mean * inv) with inv = gamma / sqrt(variance + epsilon), per channel:
/// the order in which Keras evaluates it.
CTNN_REFERENCE_LOOP void batch_normalization(std::size_t rows, std::size_t channels, const float* gamma, const float* beta,
                                const float* mean, const float* variance, float epsilon, const float* x,
                                float* y) {
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < channels; ++c) {
      const float inv = (gamma != nullptr ? gamma[c] : 1.0f) / std::sqrt(variance[c] + epsilon);
      const float shift = (beta != nullptr ? beta[c] : 0.0f) - mean[c] * inv;
      y[r * channels + c] = x[r * channels + c] * inv + shift;
    }
}

template <batch_normalization_opts Opts>
struct kernel<ctnn::batch_normalization<Opts>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    constexpr std::size_t channels = In::dims[In::rank - 1];
    const float* next = params;
    const float* gamma = Opts.scale ? std::exchange(next, next + channels) : nullptr;
    const float* beta = Opts.center ? std::exchange(next, next + channels) : nullptr;
    batch_normalization(batch * (In::size / channels), channels, gamma, beta, next, next + channels,
                        static_cast<float>(Opts.epsilon.value()), x, y);
  }
};

}  // namespace ctnn::reference
