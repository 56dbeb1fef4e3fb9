// ctnn/hyperparameters.hpp: the vocabulary of layer options, spelled as Keras spells them.
//
// Every option type here is structural, so that a layer's options can be a template argument:
// conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .padding = padding::same}>.
#pragma once

#include <bit>
#include <cstdint>

namespace ctnn {

/// Keras `padding=`: 'valid' (no padding), 'same' (output length ceil(n / stride)) or, for
/// Conv1D only, 'causal' (dilation * (kernel - 1) zeros before the input, none after: output
/// step t reads no input step after t * strides).
enum class padding { valid, same, causal };

/// Keras UpSampling2D `interpolation=`.
enum class interpolation { nearest, bilinear };

/// A pair of integers for the two spatial axes, (rows, columns). Like Keras, a single integer
/// means the same value on both axes: `.kernel_size = 3` is `.kernel_size = {3, 3}`.
struct extent2 {
  int h;
  int w;
  constexpr extent2(int both) : h(both), w(both) {}
  constexpr extent2(int rows, int columns) : h(rows), w(columns) {}
  friend constexpr bool operator==(extent2, extent2) = default;
};

/// One integer for the one spatial axis of a 1-D layer (Conv1D's kernel_size, a pooling's
/// pool_size): `.kernel_size = 5`. Keras writes it as a list of one, [5]; it reads as an int.
struct extent1 {
  int n;
  constexpr extent1(int value) : n(value) {}
  constexpr operator int() const { return n; }
};

/// A real-valued hyper-parameter (a slope, an epsilon, a rate) usable as a template argument on
/// every C++20 compiler. Clang 14 has no floating-point template parameters, so the value is
/// kept as the bits of its double: `leaky_relu<0.2>` and `.epsilon = 1e-5` read as in Keras.
struct real {
  std::uint64_t bits;
  constexpr real(double value) : bits(std::bit_cast<std::uint64_t>(value)) {}
  constexpr double value() const { return std::bit_cast<double>(bits); }
  friend constexpr bool operator==(real, real) = default;
};

}  // namespace ctnn
