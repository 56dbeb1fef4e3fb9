// ctnn/reference/dot.hpp: reference kernel of ctnn::dot (Keras's Dot, batch_dot).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "ctnn/layers/dot.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// One input of a dot product seen as [outer, extent, inner]: the summed axis in the middle.
struct summed_axis {
  std::size_t outer, extent, inner;
  /// The vector summed over for the output's index `i` of this input (outer-major, inner-minor):
  /// its first value, and the step between values.
  constexpr std::size_t first(std::size_t i) const { return (i / inner) * extent * inner + i % inner; }
};

/// 1 / the Euclidean norm of the vector at `x` (`count` values `step` apart), its square sum kept
/// at or above `floor`; 1 when not normalizing.
CTNN_REFERENCE_LOOP double inverse_norm(const float* x, std::size_t count, std::size_t step, bool normalize, double floor) {
  if (!normalize) return 1.0;
  double squares = 0.0;
  for (std::size_t k = 0; k < count; ++k) squares += double(x[k * step]) * x[k * step];
  return 1.0 / std::sqrt(std::max(squares, floor));
}

/// out[i, j] = sum over k of x[i, k] * y[j, k] (each scaled to unit length when `normalize`), for
/// `batch` samples: i runs over the first input's remaining values, j over the second's. Sums in
/// double.
CTNN_REFERENCE_LOOP void dot_product(std::size_t batch, summed_axis x_axis, summed_axis y_axis, bool normalize, double floor,
                                     const float* x, const float* y, float* out) {
  const std::size_t x_size = x_axis.outer * x_axis.extent * x_axis.inner, y_size = y_axis.outer * y_axis.extent * y_axis.inner;
  const std::size_t rows = x_axis.outer * x_axis.inner, columns = y_axis.outer * y_axis.inner;
  for (std::size_t n = 0; n < batch; ++n, x += x_size, y += y_size)
    for (std::size_t i = 0; i < rows; ++i) {
      const float* xs = x + x_axis.first(i);
      const double x_scale = inverse_norm(xs, x_axis.extent, x_axis.inner, normalize, floor);
      for (std::size_t j = 0; j < columns; ++j, ++out) {
        const float* ys = y + y_axis.first(j);
        double sum = 0.0;
        for (std::size_t k = 0; k < x_axis.extent; ++k) sum += double(xs[k * x_axis.inner]) * ys[k * y_axis.inner];
        *out = static_cast<float>(sum * x_scale * inverse_norm(ys, y_axis.extent, y_axis.inner, normalize, floor));
      }
    }
}

template <dot_opts Opts>
struct kernel<ctnn::dot<Opts>> {
  template <class Shape>
  static constexpr summed_axis axis_of(int keras_axis) {
    const std::size_t a = detail::sample_axis(keras_axis, Shape::rank);
    summed_axis s{1, Shape::dims[a], 1};
    for (std::size_t b = 0; b < a; ++b) s.outer *= Shape::dims[b];
    for (std::size_t b = a + 1; b < Shape::rank; ++b) s.inner *= Shape::dims[b];
    return s;
  }
  template <class Out, class X, class Y>
  static void run_merge(const float* const* sources, float* y, std::size_t batch) {
    dot_product(batch, axis_of<X>(Opts.axes.first), axis_of<Y>(Opts.axes.second), Opts.normalize,
                ctnn::dot<Opts>::smallest_square_sum, sources[0], sources[1], y);
  }
};

}  // namespace ctnn::reference
