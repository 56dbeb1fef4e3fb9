// ctnn/conv_arithmetic.hpp: the length rules of Keras's convolutions along one spatial axis.
//
// Conv2D and Conv2DTranspose share these; their layer descriptions and kernels both call them,
// so a shape and the loop that fills it can never disagree.
#pragma once

#include "ctnn/hyperparameters.hpp"

namespace ctnn::conv_arithmetic {

/// The span a dilated kernel covers: ke = (k - 1) * d + 1.
constexpr int effective_extent(int kernel, int dilation) { return (kernel - 1) * dilation + 1; }

/// Convolution output length: valid floor((n - ke) / s) + 1; same and causal ceil(n / s) (causal
/// is valid on the input with ke - 1 zeros before it).
constexpr int conv_output_length(int n, int ke, int stride, padding pad) {
  return pad == padding::valid ? (n - ke) / stride + 1 : (n + stride - 1) / stride;
}

/// Zero rows a convolution adds before the input: same pads max((out - 1) * s + ke - n, 0) in
/// total, and the odd one goes after (bottom / right), as TensorFlow does; causal pads ke - 1,
/// all before.
constexpr int conv_padding_before(int n, int ke, int stride, padding pad) {
  if (pad == padding::valid) return 0;
  if (pad == padding::causal) return ke - 1;
  const int total = (conv_output_length(n, ke, stride, pad) - 1) * stride + ke - n;
  return total > 0 ? total / 2 : 0;
}

/// Conv2DTranspose has no output padding unless one is given (Keras's None).
inline constexpr int no_output_padding = -1;

/// Conv2DTranspose output length. Without output_padding: valid n * s + max(ke - s, 0), same n * s.
/// With output_padding op: (n - 1) * s + ke - 2 * pad + op, pad = ke / 2 for same, 0 for valid.
constexpr int transpose_output_length(int n, int ke, int stride, padding pad, int output_padding) {
  if (output_padding == no_output_padding) {
    const int overhang = ke - stride > 0 ? ke - stride : 0;
    return pad == padding::same ? n * stride : n * stride + overhang;
  }
  const int pad_each_side = pad == padding::same ? ke / 2 : 0;
  return (n - 1) * stride + ke - 2 * pad_each_side + output_padding;
}

/// Rows of the full transposed convolution, F = (n - 1) * s + ke, cut off before the output.
/// Same: floor(P / 2) of P = max(F - out, 0), the larger half cut at the bottom / right.
/// Output cells beyond F hold only the bias.
constexpr int transpose_crop_before(int n, int ke, int stride, padding pad, int output_padding) {
  if (pad == padding::valid) return 0;
  const int full = (n - 1) * stride + ke;
  const int excess = full - transpose_output_length(n, ke, stride, pad, output_padding);
  return excess > 0 ? excess / 2 : 0;
}

}  // namespace ctnn::conv_arithmetic

namespace ctnn {

/// Everything a 2-D convolution's loops need to know, on both axes: what a conv2d or
/// conv2d_transpose description says of itself (`geometry<In>()`), and what both its reference
/// kernel and the fused engine's lowering read, so that the two can never disagree.
struct conv_geometry {
  bool transpose = false;               ///< a transposed convolution: input pixels scatter into the output
  int in_h = 0, in_w = 0, in_c = 0;
  int out_h = 0, out_w = 0, out_c = 0;
  int kernel_h = 0, kernel_w = 0;
  int stride_h = 1, stride_w = 1;
  int dilation_h = 1, dilation_w = 1;
  int offset_h = 0, offset_w = 0;       ///< conv2d: padding before; conv2d_transpose: crop before
};

}  // namespace ctnn
