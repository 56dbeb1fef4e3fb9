// ctnn/engine/lowering.hpp: every convolution the engine runs, rewritten as sub-pixel
// convolutions on the tensor that actually exists.
//
// The output is split into phases: output pixel (py + step_y * qy, px + step_x * qx) of phase
// (py, px) is the sum, over the phase's taps t, of x[qy * stride_y + dy_t, qx * stride_x + dx_t]
// times the tap's [in, out] weight matrix (zero outside x). One rule covers three layers:
// - conv2d: one phase, step 1, input stride = the conv's stride, tap (ky, kx) at
//   (ky * d - pad, kx * d - pad).
// - nearest upsampling by u, then a stride-1 conv2d: u * u phases on the small input. A kernel
//   row ky of phase py reads small row qy + floor((py + ky * d - pad) / u); kernel rows that land
//   on the same small row are one tap with their weights summed (a 2x2 upsampling into a 3x3 conv
//   gives four phases of 2x2 taps: 4/9 of the multiplications, no upsampled tensor).
// - conv2d_transpose with stride s: s * s phases, no inserted zeros and no scatter. Kernel row ky
//   feeds output rows oy = iy * s + ky * d - crop, so phase py takes the rows with
//   (py + crop - ky * d) divisible by s, at dy = (py + crop - ky * d) / s.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>

#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/engine/simd.hpp"
#include "ctnn/detail/meta.hpp"
#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn::engine {
inline namespace CTNN_ENGINE_WIDTH_NAMESPACE {

/// Vectors of output channels in a convolution's register block.
inline constexpr std::size_t conv_vectors = 2;

constexpr int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

/// What the lowering needs: the convolution's own geometry (the layer's `geometry<In>()`), where
/// the input is the tensor that exists, and a nearest upsampling read through (1, 1 when none).
struct conv_source : conv_geometry {
  int up_h = 1, up_w = 1;
};

/// One axis of the lowering: for each phase, its taps' offsets and how many output rows it has.
template <int Phases, int Kernel>
struct axis_lowering {
  int step = 1;          // output rows between two rows of a phase
  int stride = 1;        // input rows between two rows of a phase
  std::array<int, Phases> rows{};                    // output rows in each phase
  std::array<int, Phases> tap_count{};               // distinct input offsets in each phase
  std::array<std::array<int, Kernel>, Phases> offset{};  // the offsets, ascending
  std::array<std::array<int, Kernel>, Phases> tap_of_kernel{};  // kernel index -> tap, or -1
  int pad_before = 0, pad_after = 0;                 // zero rows the kernels read around the input
};

template <int Phases, int Kernel>
constexpr axis_lowering<Phases, Kernel> lower_axis(bool transpose, int in, int out, int up, int stride,
                                                   int dilation, int offset) {
  axis_lowering<Phases, Kernel> a;
  a.step = transpose ? stride : up;
  a.stride = transpose ? 1 : stride;
  int lowest = 0, highest = in - 1;
  for (int p = 0; p < Phases; ++p) {
    a.rows[p] = p < out ? (out - p + a.step - 1) / a.step : 0;
    std::array<int, Kernel> offsets{};
    int count = 0;
    for (int k = 0; k < Kernel; ++k) {
      a.tap_of_kernel[p][k] = -1;
      int d = 0;
      if (transpose) {
        const int numerator = p + offset - k * dilation;
        if (numerator % stride != 0) continue;  // exact, also for negative numerators
        d = numerator / stride;
      } else {
        d = floor_div(p + k * dilation - offset, up);
      }
      int t = 0;
      while (t < count && offsets[t] != d) ++t;
      if (t == count) offsets[count++] = d;
      a.tap_of_kernel[p][k] = t;
    }
    // Ascending offsets, so that a tap's input rows are read in memory order.
    std::array<int, Kernel> order{};
    for (int t = 0; t < count; ++t) order[t] = offsets[t];
    std::sort(order.begin(), order.begin() + count);
    for (int k = 0; k < Kernel; ++k)
      if (a.tap_of_kernel[p][k] >= 0) {
        const int d = offsets[a.tap_of_kernel[p][k]];
        a.tap_of_kernel[p][k] = int(std::find(order.begin(), order.begin() + count, d) - order.begin());
      }
    a.offset[p] = order;
    a.tap_count[p] = count;
    if (a.rows[p] > 0 && count > 0) {
      lowest = std::min(lowest, order[0]);
      highest = std::max(highest, (a.rows[p] - 1) * a.stride + order[count - 1]);
    }
  }
  a.pad_before = -lowest;
  a.pad_after = highest - (in - 1);
  return a;
}

/// The whole lowering of one conv step, and the layout of its packed weights.
template <conv_source S>
struct conv_lowering {
  static constexpr conv_source source = S;
  static constexpr int phases_h = S.transpose ? S.stride_h : S.up_h;
  static constexpr int phases_w = S.transpose ? S.stride_w : S.up_w;
  static constexpr auto rows = lower_axis<phases_h, S.kernel_h>(S.transpose, S.in_h, S.out_h, S.up_h,
                                                                S.stride_h, S.dilation_h, S.offset_h);
  static constexpr auto cols = lower_axis<phases_w, S.kernel_w>(S.transpose, S.in_w, S.out_w, S.up_w,
                                                                S.stride_w, S.dilation_w, S.offset_w);

  static constexpr std::size_t in_c = std::size_t(S.in_c), out_c = std::size_t(S.out_c);
  /// Output channels are computed in blocks of `conv_vectors` vectors, the input pixels broadcast;
  /// with fewer output channels than a vector holds, input channels fill the vector instead and
  /// each output is a dot product (the 128 -> 1 convolution at the end of a generator).
  static constexpr bool channels_out_vectorized = out_c >= lanes || in_c < lanes;
  /// Output channels per block. The packed weights follow it (simd.hpp: why each width then has
  /// symbols of its own).
  static constexpr std::size_t block = conv_vectors * lanes;
  static constexpr std::size_t out_blocks = (out_c + block - 1) / block;
  static constexpr std::size_t out_c_padded = channels_out_vectorized ? out_blocks * block : out_c;
  /// Channels per pixel of the zero-padded copy of the input the kernel reads.
  static constexpr std::size_t scratch_c = channels_out_vectorized ? in_c : (in_c + lanes - 1) / lanes * lanes;
  static constexpr std::size_t padded_h = std::size_t(S.in_h + rows.pad_before + rows.pad_after);
  static constexpr std::size_t padded_w = std::size_t(S.in_w + cols.pad_before + cols.pad_after);
  static constexpr std::size_t scratch_size = padded_h * padded_w * scratch_c;

  static constexpr std::size_t taps(int ph, int pw) { return std::size_t(rows.tap_count[ph] * cols.tap_count[pw]); }
  /// Floats of one phase's packed weights: [out block][tap][in][block] or [out][tap][scratch_c].
  static constexpr std::size_t phase_weights(int ph, int pw) {
    return channels_out_vectorized ? out_blocks * taps(ph, pw) * in_c * block : out_c * taps(ph, pw) * scratch_c;
  }
  static constexpr std::size_t phase_offset(int ph, int pw) {
    std::size_t offset = 0;
    for (int i = 0; i < ph * phases_w + pw; ++i) offset += phase_weights(i / phases_w, i % phases_w);
    return offset;
  }
  static constexpr std::size_t weights_size = phase_offset(phases_h, 0);
  /// Where weight [ky, kx, c, o] of the layer goes in phase (ph, pw); or detail::none if the phase does
  /// not use that kernel cell.
  static constexpr std::size_t packed_index(int ph, int pw, int ky, int kx, std::size_t c, std::size_t o) {
    const int ty = rows.tap_of_kernel[ph][ky], tx = cols.tap_of_kernel[pw][kx];
    if (ty < 0 || tx < 0) return detail::none;
    const std::size_t t = std::size_t(ty * cols.tap_count[pw] + tx);
    const std::size_t base = phase_offset(ph, pw);
    if (channels_out_vectorized) return base + (((o / block) * taps(ph, pw) + t) * in_c + c) * block + o % block;
    return base + (o * taps(ph, pw) + t) * scratch_c + c;
  }
};

/// A depthwise convolution of geometry G (output channel o = c * M + m reads input channel c):
/// its kernel reads a zero-padded copy of the input in which each input channel is repeated M
/// times, so that a vector of output channels reads the vector of the copy at the same channels;
/// its packed weights are [cell][out_padded]. Used by the depthwise steps and by the depthwise
/// half of the separable ones.
template <conv_geometry G>
struct depthwise_lowering {
  static constexpr conv_geometry g = G;
  static constexpr std::size_t channels = std::size_t(G.out_c), multiplier = std::size_t(G.out_c / G.in_c);
  static constexpr std::size_t cells = std::size_t(G.kernel_h * G.kernel_w);
  static constexpr std::size_t out_padded = (channels + lanes - 1) / lanes * lanes;
  static constexpr std::size_t weights_size = cells * out_padded;
  /// The rows and columns of the copy: from the first zero row the kernel reads (input row 0 is
  /// copy row offset_h) to the last row it reads, (out - 1) * s + (k - 1) * d.
  static constexpr std::size_t padded_h = std::size_t((G.out_h - 1) * G.stride_h + (G.kernel_h - 1) * G.dilation_h + 1);
  static constexpr std::size_t padded_w = std::size_t((G.out_w - 1) * G.stride_w + (G.kernel_w - 1) * G.dilation_w + 1);
  static constexpr std::size_t scratch_size = padded_h * padded_w * out_padded;
  /// Floats of the depthwise values of one sample, before a separable step's 1 x 1 product.
  static constexpr std::size_t output_size = std::size_t(G.out_h * G.out_w) * channels;
};

}  // namespace CTNN_ENGINE_WIDTH_NAMESPACE
}  // namespace ctnn::engine
