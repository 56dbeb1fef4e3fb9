#!/usr/bin/env python3
"""Golden reference data generator for ctnn (independent PyTorch reference).

What it does
------------
Builds a fixed list of small Keras-style sequential models (the "cases"),
gives each one deterministic float32 inputs (batch size 2) and weights, and
computes the expected model output with PyTorch in float64 using Keras
semantics (channels-last NHWC, Keras weight layouts, Keras/TensorFlow padding
and cropping rules implemented explicitly, never torch's own padding).
Every case is cross-checked against a second, independent, loop-based numpy
float64 implementation, its output shape is checked against the Keras shape
rules, and a handful of hand-worked facts are asserted before anything is
written.

It writes, next to this script (whatever the current directory is):

* ``golden_cases.inc``  - one ``CTNN_GOLDEN_CASE(<name>, <ctnn model type>)``
  line per case.
* ``golden_data.txt``   - one record per case, same order (the format below).
* for every other suite of ``SUITES`` (a case's ``suite=``), its own pair of files,
  ``golden_<suite>_cases.inc`` and ``golden_<suite>_data.txt``, read by its own test
  translation unit (``tests/golden_<suite>_test.cpp``).

  A data file holds:

      case <name>
      input <count> v...                 (whole batch, NHWC / N x features)
      weights <k>                        (arrays in Keras get_weights() order)
      w <count> v...                     (literal array, Keras layout, row-major)
      fill <count> <seed> <scale>        (or: SplitMix64-generated array)
      output <count> v...                (expected output, whole batch, NHWC)

  Floats are printed with '%.9g' (float32 round-trips exactly); lines that
  start with '#' are comments.  ``fill`` arrays are defined by
  ``splitmix_fill`` below (u = (next() >> 40) * 2**-24,
  v = float32(scale) * float32(2*u - 1), every operation rounded to float32).

How to rerun
------------
From the repository root (Debian's python3 has torch and numpy):

    /usr/bin/python3 tests/golden/make_golden.py

The output is fully deterministic (fixed seeds; each case's RNG is seeded
from the CRC32 of its name, so adding a case does not change the others).
Do not edit the generated files by hand; change this script and rerun it.
"""

import math
import os
import zlib

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
# Each case belongs to one suite: one test translation unit, with its own .inc and data file
# (tests/golden_test.cpp: the layers ctnn started with; tests/golden_pooling_test.cpp,
# tests/golden_activations_test.cpp, tests/golden_normalization_test.cpp,
# tests/golden_sequence_test.cpp (the 1-D layers), tests/golden_depthwise_test.cpp
# (DepthwiseConv2D, SeparableConv2D, DepthwiseConv1D, SeparableConv1D),
# tests/golden_reshaping_test.cpp (RepeatVector, Permute, Resizing, the crops,
# UnitNormalization, RMSNormalization, the identity-at-inference augmentations): layers added since, each
# case run through both the fused engine and the reference path; a suite per TU keeps each TU's
# compile time down). A suite's files are (cases .inc, data file); the cases of a suite keep their
# order.
SUITES = {
    "golden": ("golden_cases.inc", "golden_data.txt"),
    "pooling": ("golden_pooling_cases.inc", "golden_pooling_data.txt"),
    "activations": ("golden_activations_cases.inc", "golden_activations_data.txt"),  # tests/golden_activations_test.cpp
    "normalization": ("golden_normalization_cases.inc", "golden_normalization_data.txt"),
    "sequence": ("golden_sequence_cases.inc", "golden_sequence_data.txt"),  # tests/golden_sequence_test.cpp
    "depthwise": ("golden_depthwise_cases.inc", "golden_depthwise_data.txt"),  # tests/golden_depthwise_test.cpp
    "reshaping": ("golden_reshaping_cases.inc", "golden_reshaping_data.txt"),  # tests/golden_reshaping_test.cpp
}
INC_PATH = os.path.join(HERE, SUITES["golden"][0])
DATA_PATH = os.path.join(HERE, SUITES["golden"][1])

BATCH = 2
DT = torch.float64
torch.set_num_threads(1)  # keep float64 reductions reproducible


# ---------------------------------------------------------------------------
# SplitMix64 "fill" arrays
# ---------------------------------------------------------------------------
M64 = (1 << 64) - 1


def splitmix_scalar(seed, count, scale):
    """Plain python-int reference implementation (used to check the fast one)."""
    state = seed & M64
    f32 = np.float32
    out = np.empty(count, dtype=np.float32)
    for i in range(count):
        state = (state + 0x9E3779B97F4A7C15) & M64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        z = z ^ (z >> 31)
        u = f32((z >> 40) * 2.0 ** -24)
        out[i] = f32(f32(scale) * f32(f32(2.0) * u - f32(1.0)))
    return out


def splitmix_fill(seed, count, scale):
    """Vectorised SplitMix64 fill, exactly as specified for the data file."""
    assert float(np.float32(scale)) == scale, "fill scale must be exact in float32"
    with np.errstate(over="ignore"):
        idx = np.arange(1, count + 1, dtype=np.uint64)
        z = np.uint64(seed) + idx * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    u = ((z >> np.uint64(40)).astype(np.float64) * 2.0 ** -24).astype(np.float32)
    two_u_minus_1 = (np.float32(2.0) * u - np.float32(1.0)).astype(np.float32)
    v = (np.float32(scale) * two_u_minus_1).astype(np.float32)
    return v


def _check_splitmix():
    # the vectorised version must agree with the scalar python-int version
    for seed in (0, 1, 12345, 0xFFFFFFFFFFFFFFFF):
        for scale in (1.0, 0.0625, 0.75):
            a = splitmix_scalar(seed, 64, scale)
            b = splitmix_fill(seed, 64, scale)
            assert np.array_equal(a, b), seed
    # well-known first SplitMix64 output for seed 0
    state = 0x9E3779B97F4A7C15
    z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    z ^= z >> 31
    assert z == 0xE220A8397B1DCDAF
    v = splitmix_fill(7, 1000, 0.0625)
    assert v.dtype == np.float32 and np.all(np.abs(v) <= 0.0625)


# ---------------------------------------------------------------------------
# Keras shape rules
# ---------------------------------------------------------------------------
def pad_same_nchw(xn, k, s, d):
    """An NCHW tensor with TensorFlow's 'same' zeros around it (conv_same_pad on each axis: the
    odd cell after), for a convolution of kernel k, strides s and dilation d (pairs)."""
    pt, pb = conv_same_pad(xn.shape[2], k[0], s[0], d[0])
    pl, pr = conv_same_pad(xn.shape[3], k[1], s[1], d[1])
    return F.pad(xn, (pl, pr, pt, pb))


def eff(k, d):
    return (k - 1) * d + 1


def conv_out_len(n, k, s, d, padding):
    ke = eff(k, d)
    if padding == "valid":
        return (n - ke) // s + 1
    return -(-n // s)  # ceil(n / s)


def conv_same_pad(n, k, s, d):
    """(before, after) zero padding of a Keras/TF 'same' convolution."""
    ke = eff(k, d)
    out = -(-n // s)
    total = max((out - 1) * s + ke - n, 0)
    return total // 2, total - total // 2


def deconv_out_len(n, k, s, d, padding, op):
    """keras deconv_output_length."""
    ke = eff(k, d)
    if op is None:
        if padding == "valid":
            return n * s + max(ke - s, 0)
        return n * s
    pad = ke // 2 if padding == "same" else 0
    return (n - 1) * s + ke - 2 * pad + op


def deconv_crop(n, k, s, d, padding, O):
    """Cells cropped at the top/left of the full transposed-conv result."""
    if padding == "valid":
        return 0
    full = (n - 1) * s + eff(k, d)
    return max(full - O, 0) // 2


def tf_accepts_deconv(n, k, s, d, padding, op):
    """TF's conv2d_backprop_input only accepts an output size O whose forward
    convolution (same padding/stride/dilation) gives back n."""
    O = deconv_out_len(n, k, s, d, padding, op)
    return O >= 1 and O >= (eff(k, d) if padding == "valid" else 1) and \
        conv_out_len(O, k, s, d, padding) == n


# ---------------------------------------------------------------------------
# Activations
# ---------------------------------------------------------------------------
ACTS = ("linear", "relu", "sigmoid", "tanh", "selu")
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


def t_act(x, name):
    if name == "linear":
        return x
    if name == "relu":
        return torch.relu(x)
    if name == "sigmoid":
        return torch.sigmoid(x)
    if name == "tanh":
        return torch.tanh(x)
    if name == "selu":
        return torch.selu(x)
    if name in NEW_ACTS or name in MORE_ACTS:
        return t_new_act(x, name)
    raise ValueError(name)


def np_act(x, name):
    if name == "linear":
        return x
    if name == "relu":
        return np.maximum(x, 0.0)
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-x))
    if name == "tanh":
        return np.tanh(x)
    if name == "selu":
        return SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(np.minimum(x, 0.0)))
    if name in NEW_ACTS or name in MORE_ACTS:
        return np_new_act(x, name)
    raise ValueError(name)


# The activations added with the activation layers (suite "activations"): Keras 3's defaults
# (leaky_relu slope 0.2, elu alpha 1, gelu exact erf form); softmax over the last axis.
NEW_ACTS = ("leaky_relu", "elu", "silu", "gelu", "softplus", "relu6", "softmax")
# The rest of Keras 3's activations (keras/src/backend/tensorflow/nn.py), with Keras's defaults:
# celu alpha 1, squareplus b 4, soft_shrink and hard_shrink threshold 0.5, hard_silu (alias
# "hard_swish") x * relu6(x + 3) / 6; log_softmax over the last axis. Not hard_sigmoid: Keras 2 and
# 3 define it differently.
MORE_ACTS = ("softsign", "exponential", "mish", "celu", "log_sigmoid", "hard_tanh", "tanh_shrink",
             "squareplus", "sparse_plus", "soft_shrink", "hard_shrink", "hard_silu", "sparse_sigmoid",
             "log_softmax")
# The ones with a kink or a jump at +-0.5 or +-1: an extra case with inputs around those points.
NEAR_ONE_ACTS = ("hard_tanh", "sparse_plus", "soft_shrink", "hard_shrink", "sparse_sigmoid")


def t_new_act(x, name):
    if name == "leaky_relu":
        return F.leaky_relu(x, negative_slope=0.2)
    if name == "elu":
        return F.elu(x, alpha=1.0)
    if name == "silu":
        return F.silu(x)
    if name == "gelu":
        return F.gelu(x, approximate="none")
    if name == "softplus":
        return torch.log1p(torch.exp(x))
    if name == "relu6":
        return F.relu6(x)
    if name == "softmax":
        return torch.softmax(x, dim=-1)
    if name == "softsign":
        return F.softsign(x)
    if name == "exponential":
        return torch.exp(x)
    if name == "mish":
        return F.mish(x)
    if name == "celu":
        return F.celu(x, alpha=1.0)
    if name == "log_sigmoid":
        return F.logsigmoid(x)
    if name == "hard_tanh":
        return F.hardtanh(x, -1.0, 1.0)
    if name == "tanh_shrink":
        return F.tanhshrink(x)
    if name == "squareplus":
        return (x + torch.sqrt(x * x + 4.0)) / 2.0
    if name == "sparse_plus":
        return torch.where(x <= -1.0, torch.zeros_like(x),
                           torch.where(x >= 1.0, x, (x + 1.0) ** 2 / 4.0))
    if name == "soft_shrink":
        return F.softshrink(x, 0.5)
    if name == "hard_shrink":
        return F.hardshrink(x, 0.5)
    if name == "hard_silu":
        return F.hardswish(x)
    if name == "sparse_sigmoid":
        return torch.where(x <= -1.0, torch.zeros_like(x),
                           torch.where(x >= 1.0, torch.ones_like(x), 0.5 * (x + 1.0)))
    if name == "log_softmax":
        return torch.log_softmax(x, dim=-1)
    raise ValueError(name)


def np_new_act(x, name):
    if name == "leaky_relu":
        return np.where(x >= 0, x, 0.2 * x)
    if name == "elu":
        return np.where(x > 0, x, np.expm1(np.minimum(x, 0.0)))
    if name == "silu":
        return x / (1.0 + np.exp(-x))
    if name == "gelu":
        return 0.5 * x * (1.0 + np.vectorize(math.erf)(x / math.sqrt(2.0)))
    if name == "softplus":
        return np.vectorize(lambda v: max(v, 0.0) + math.log1p(math.exp(-abs(v))))(x)
    if name == "relu6":
        return np.minimum(np.maximum(x, 0.0), 6.0)
    if name == "softmax":
        return np_softmax(x, x.ndim - 1)
    if name == "softsign":
        return np.vectorize(lambda v: v / (1.0 + abs(v)))(x)
    if name == "exponential":
        return np.vectorize(math.exp)(x)
    if name == "mish":
        return np.vectorize(lambda v: v * math.tanh(max(v, 0.0) + math.log1p(math.exp(-abs(v)))))(x)
    if name == "celu":
        return np.where(x > 0, x, np.expm1(np.minimum(x, 0.0)))
    if name == "log_sigmoid":  # min(x, 0) - log(1 + exp(-|x|))
        return np.vectorize(lambda v: min(v, 0.0) - math.log1p(math.exp(-abs(v))))(x)
    if name == "hard_tanh":
        return np.minimum(np.maximum(x, -1.0), 1.0)
    if name == "tanh_shrink":
        return np.vectorize(lambda v: v - math.tanh(v))(x)
    if name == "squareplus":
        return np.vectorize(lambda v: 0.5 * (v + math.sqrt(v * v + 4.0)))(x)
    if name == "sparse_plus":
        return np.vectorize(lambda v: 0.0 if v <= -1.0 else v if v >= 1.0 else 0.25 * (v + 1.0) * (v + 1.0))(x)
    if name == "soft_shrink":
        return np.sign(x) * np.maximum(np.abs(x) - 0.5, 0.0)
    if name == "hard_shrink":
        return np.vectorize(lambda v: v if v > 0.5 or v < -0.5 else 0.0)(x)
    if name == "hard_silu":  # 0 below -3, x above 3, x (x + 3) / 6 between
        return np.vectorize(lambda v: 0.0 if v <= -3.0 else v if v >= 3.0 else v * (v + 3.0) / 6.0)(x)
    if name == "sparse_sigmoid":
        return np.clip(0.5 * x + 0.5, 0.0, 1.0)
    if name == "log_softmax":
        return np_log_softmax(x)
    raise ValueError(name)


def np_log_softmax(x):
    """log(softmax) along the last axis, one line at a time."""
    y = np.empty_like(x)
    for idx in np.ndindex(*x.shape[:-1]):
        line = x[idx]
        top = max(line)
        log_total = math.log(math.fsum(math.exp(v - top) for v in line))
        y[idx] = [v - top - log_total for v in line]
    return y


def np_softmax(x, axis):
    """Softmax along one axis (batch axis 0), one line at a time."""
    y = np.empty_like(x)
    moved, out = np.moveaxis(x, axis, -1), np.moveaxis(y, axis, -1)
    for idx in np.ndindex(*moved.shape[:-1]):
        line = moved[idx]
        e = [math.exp(v - max(line)) for v in line]
        total = math.fsum(e)
        out[idx] = [v / total for v in e]
    return y


def cpp_bool(b):
    return "true" if b else "false"


def cpp_pair(p):
    return "{%d, %d}" % tuple(p)


def pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


# ---------------------------------------------------------------------------
# Weight arrays
# ---------------------------------------------------------------------------
class WArr:
    """A weight array in Keras layout: literal, or a SplitMix64 fill."""

    def __init__(self, arr=None, shape=None, fill=None):
        if fill is not None:
            seed, scale = fill
            count = int(np.prod(shape))
            arr = splitmix_fill(seed, count, scale).reshape(shape)
        self.arr = np.ascontiguousarray(np.asarray(arr, dtype=np.float32))
        if shape is not None:
            assert self.arr.shape == tuple(shape), (self.arr.shape, shape)
        self.fill = fill


def rand_f32(rng, shape, lo=-1.0, hi=1.0, scale=1.0):
    a = rng.uniform(lo, hi, size=shape).astype(np.float32)
    return (a * np.float32(scale)).astype(np.float32)  # scale is a power of 2


# ---------------------------------------------------------------------------
# Layers
# ---------------------------------------------------------------------------
class Layer:
    def make_weights(self, rng, in_shape):
        return []

    def keras_shape(self, in_shape):
        raise NotImplementedError

    def torch_fwd(self, x, ws):
        raise NotImplementedError

    def numpy_fwd(self, x, ws):
        raise NotImplementedError


class Conv2D(Layer):
    def __init__(self, filters, kernel, strides=1, padding="valid", dilation=1,
                 activation="linear", use_bias=True, wscale=1.0, fills=None):
        self.filters = filters
        self.k = pair(kernel)
        self.s = pair(strides)
        self.padding = padding
        self.d = pair(dilation)
        self.act = activation
        self.use_bias = use_bias
        self.wscale = wscale
        self.fills = fills  # optional (kernel_fill, bias_fill_or_None)
        assert self.s == (1, 1) or self.d == (1, 1), "Keras: strides>1 with dilation>1"

    def cpp(self):
        return ("ctnn::conv2d<ctnn::conv2d_opts{.filters = %d, .kernel_size = %s, "
                ".strides = %s, .padding = ctnn::padding::%s, .dilation_rate = %s, "
                ".activation = ctnn::activation::%s, .use_bias = %s}>" % (
                    self.filters, cpp_pair(self.k), cpp_pair(self.s), self.padding,
                    cpp_pair(self.d), self.act, cpp_bool(self.use_bias)))

    def keras_shape(self, in_shape):
        H, W, C = in_shape
        return (conv_out_len(H, self.k[0], self.s[0], self.d[0], self.padding),
                conv_out_len(W, self.k[1], self.s[1], self.d[1], self.padding),
                self.filters)

    def make_weights(self, rng, in_shape):
        cin = in_shape[-1]
        kshape = (self.k[0], self.k[1], cin, self.filters)
        if self.fills:
            ws = [WArr(shape=kshape, fill=self.fills[0])]
        else:
            ws = [WArr(rand_f32(rng, kshape, scale=self.wscale))]
        if self.use_bias:
            ws.append(WArr(rand_f32(rng, (self.filters,), scale=self.wscale)))
        return ws

    def torch_fwd(self, x, ws):
        K = ws[0]
        N, H, W, C = x.shape
        xn = x.permute(0, 3, 1, 2)
        if self.padding == "same":
            xn = pad_same_nchw(xn, self.k, self.s, self.d)
        y = F.conv2d(xn, K.permute(3, 2, 0, 1), None, stride=self.s, padding=0,
                     dilation=self.d)
        y = y.permute(0, 2, 3, 1)
        if self.use_bias:
            y = y + ws[1]
        return t_act(y, self.act)

    def numpy_fwd(self, x, ws):
        # direct definition: y[o] = sum_j x[o*s + j*d - pad_before] * K[j]
        K = ws[0]
        N, H, W, C = x.shape
        kh, kw = self.k
        if self.padding == "same":
            # TF: total padding so that out = ceil(n/s); odd extra goes to the end
            def before(n, k, s, d):
                out = (n + s - 1) // s
                need = (out - 1) * s + (k - 1) * d + 1 - n
                return max(need, 0) // 2
            ph = before(H, kh, self.s[0], self.d[0])
            pw = before(W, kw, self.s[1], self.d[1])
            OH, OW = (H + self.s[0] - 1) // self.s[0], (W + self.s[1] - 1) // self.s[1]
        else:
            ph = pw = 0
            OH = (H - ((kh - 1) * self.d[0] + 1)) // self.s[0] + 1
            OW = (W - ((kw - 1) * self.d[1] + 1)) // self.s[1] + 1
        y = np.zeros((N, OH, OW, self.filters))
        for oh in range(OH):
            for ow in range(OW):
                acc = np.zeros((N, self.filters))
                for i in range(kh):
                    ih = oh * self.s[0] + i * self.d[0] - ph
                    if ih < 0 or ih >= H:
                        continue
                    for j in range(kw):
                        iw = ow * self.s[1] + j * self.d[1] - pw
                        if iw < 0 or iw >= W:
                            continue
                        acc += x[:, ih, iw, :] @ K[i, j]
                y[:, oh, ow, :] = acc
        if self.use_bias:
            y += ws[1]
        return np_act(y, self.act)


class Conv2DTranspose(Layer):
    def __init__(self, filters, kernel, strides=1, padding="valid", output_padding=None,
                 dilation=1, activation="linear", use_bias=True, wscale=1.0, fills=None):
        self.filters = filters
        self.k = pair(kernel)
        self.s = pair(strides)
        self.padding = padding
        self.op = None if output_padding is None else pair(output_padding)
        self.d = pair(dilation)
        self.act = activation
        self.use_bias = use_bias
        self.wscale = wscale
        self.fills = fills
        # Keras restrictions
        assert self.s == (1, 1) or self.d == (1, 1)
        assert self.d[0] == self.d[1], "Keras Conv2DTranspose: dilation must be equal"
        if self.op is not None:
            assert all(0 <= o < s for o, s in zip(self.op, self.s)), "op must be < stride"

    def cpp(self):
        op = "" if self.op is None else ".output_padding = %s, " % cpp_pair(self.op)
        return ("ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = %d, "
                ".kernel_size = %s, .strides = %s, .padding = ctnn::padding::%s, %s"
                ".dilation_rate = %s, .activation = ctnn::activation::%s, .use_bias = %s}>" % (
                    self.filters, cpp_pair(self.k), cpp_pair(self.s), self.padding, op,
                    cpp_pair(self.d), self.act, cpp_bool(self.use_bias)))

    def _op(self, axis):
        return None if self.op is None else self.op[axis]

    def keras_shape(self, in_shape):
        H, W, C = in_shape
        return (deconv_out_len(H, self.k[0], self.s[0], self.d[0], self.padding, self._op(0)),
                deconv_out_len(W, self.k[1], self.s[1], self.d[1], self.padding, self._op(1)),
                self.filters)

    def tf_valid(self, in_shape):
        return all(tf_accepts_deconv(in_shape[a], self.k[a], self.s[a], self.d[a],
                                     self.padding, self._op(a)) for a in (0, 1))

    def make_weights(self, rng, in_shape):
        cin = in_shape[-1]
        kshape = (self.k[0], self.k[1], self.filters, cin)  # Keras: [kh, kw, out, in]
        if self.fills:
            ws = [WArr(shape=kshape, fill=self.fills[0])]
        else:
            ws = [WArr(rand_f32(rng, kshape, scale=self.wscale))]
        if self.use_bias:
            ws.append(WArr(rand_f32(rng, (self.filters,), scale=self.wscale)))
        return ws

    def torch_fwd(self, x, ws):
        K = ws[0]
        N, H, W, C = x.shape
        OH, OW, _ = self.keras_shape((H, W, C))
        FH = (H - 1) * self.s[0] + eff(self.k[0], self.d[0])
        FW = (W - 1) * self.s[1] + eff(self.k[1], self.d[1])
        ch = deconv_crop(H, self.k[0], self.s[0], self.d[0], self.padding, OH)
        cw = deconv_crop(W, self.k[1], self.s[1], self.d[1], self.padding, OW)
        full = F.conv_transpose2d(x.permute(0, 3, 1, 2), K.permute(3, 2, 0, 1), None,
                                  stride=self.s, padding=0, dilation=self.d)
        assert tuple(full.shape[2:]) == (FH, FW)
        out = torch.zeros((N, self.filters, OH, OW), dtype=DT)
        if self.use_bias:
            out = out + ws[1].view(1, -1, 1, 1)
        oh, ow = min(OH, FH - ch), min(OW, FW - cw)
        out[:, :, :oh, :ow] += full[:, :, ch:ch + oh, cw:cw + ow]
        return t_act(out.permute(0, 2, 3, 1), self.act)

    def numpy_fwd(self, x, ws):
        # direct scatter: out[i*s + j*d - c] += x[i] * K[j], bias everywhere.
        # O from keras deconv_output_length; c from TF's forward-conv padding
        # of an input of size O (pad_before = total // 2).
        K = ws[0]
        N, H, W, C = x.shape

        def geometry(n, k, s, d, op):
            ke = (k - 1) * d + 1
            if op is None:
                O = n * s + max(ke - s, 0) if self.padding == "valid" else n * s
            else:
                pad = ke // 2 if self.padding == "same" else 0
                O = (n - 1) * s + ke - 2 * pad + op
            if self.padding == "same":
                c = max((n - 1) * s + ke - O, 0) // 2
            else:
                c = 0
            return O, c

        OH, ch = geometry(H, self.k[0], self.s[0], self.d[0], self._op(0))
        OW, cw = geometry(W, self.k[1], self.s[1], self.d[1], self._op(1))
        y = np.zeros((N, OH, OW, self.filters))
        for ih in range(H):
            for iw in range(W):
                for a in range(self.k[0]):
                    oh = ih * self.s[0] + a * self.d[0] - ch
                    if not 0 <= oh < OH:
                        continue
                    for b in range(self.k[1]):
                        ow = iw * self.s[1] + b * self.d[1] - cw
                        if not 0 <= ow < OW:
                            continue
                        y[:, oh, ow, :] += x[:, ih, iw, :] @ K[a, b].T
        if self.use_bias:
            y += ws[1]
        return np_act(y, self.act)


class UpSampling2D(Layer):
    def __init__(self, size=(2, 2), interpolation="nearest"):
        self.size = pair(size)
        self.interp = interpolation

    def cpp(self):
        return ("ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = %s, "
                ".interpolation = ctnn::interpolation::%s}>" % (cpp_pair(self.size), self.interp))

    def keras_shape(self, in_shape):
        H, W, C = in_shape
        return (H * self.size[0], W * self.size[1], C)

    def torch_fwd(self, x, ws):
        N, H, W, C = x.shape
        a, b = self.size
        if self.interp == "nearest":
            return x.repeat_interleave(a, dim=1).repeat_interleave(b, dim=2)
        y = F.interpolate(x.permute(0, 3, 1, 2), size=(H * a, W * b), mode="bilinear",
                          align_corners=False)
        return y.permute(0, 2, 3, 1)

    def numpy_fwd(self, x, ws):
        if self.interp == "nearest":
            return np_nearest(x, self.size)
        return np_bilinear_tf(x, self.size)


def np_nearest(x, size):
    N, H, W, C = x.shape
    a, b = size
    y = np.zeros((N, H * a, W * b, C))
    for i in range(H * a):
        for j in range(W * b):
            y[:, i, j, :] = x[:, i // a, j // b, :]
    return y


def np_bilinear_tf(x, size):
    """tf.image.resize(method='bilinear') (TF2: half_pixel_centers=True),
    written after TF's compute_interpolation_weights: lower = max(floor(in), 0),
    upper = min(ceil(in), n - 1), lerp = in - floor(in)."""
    N, H, W, C = x.shape

    def weights(n_in, n_out):
        scale = n_in / n_out
        res = []
        for o in range(n_out):
            src = (o + 0.5) * scale - 0.5
            fl = math.floor(src)
            lo = max(fl, 0)
            hi = min(math.ceil(src), n_in - 1)
            res.append((lo, hi, src - fl))
        return res

    wy = weights(H, H * size[0])
    wx = weights(W, W * size[1])
    y = np.zeros((N, len(wy), len(wx), C))
    for i, (y0, y1, ly) in enumerate(wy):
        for j, (x0, x1, lx) in enumerate(wx):
            top = x[:, y0, x0] + (x[:, y0, x1] - x[:, y0, x0]) * lx
            bot = x[:, y1, x0] + (x[:, y1, x1] - x[:, y1, x0]) * lx
            y[:, i, j] = top + (bot - top) * ly
    return y


class Dense(Layer):
    def __init__(self, units, activation="linear", use_bias=True, wscale=1.0, fills=None):
        self.units = units
        self.act = activation
        self.use_bias = use_bias
        self.wscale = wscale
        self.fills = fills  # (kernel_fill, bias_fill)

    def cpp(self):
        if self.act == "linear" and self.use_bias:
            return "ctnn::dense<%d>" % self.units
        return ("ctnn::dense<%d, ctnn::dense_opts{.activation = ctnn::activation::%s, "
                ".use_bias = %s}>" % (self.units, self.act, cpp_bool(self.use_bias)))

    def keras_shape(self, in_shape):
        return tuple(in_shape[:-1]) + (self.units,)

    def make_weights(self, rng, in_shape):
        kshape = (in_shape[-1], self.units)
        if self.fills:
            ws = [WArr(shape=kshape, fill=self.fills[0])]
            if self.use_bias:
                ws.append(WArr(shape=(self.units,), fill=self.fills[1]))
            return ws
        ws = [WArr(rand_f32(rng, kshape, scale=self.wscale))]
        if self.use_bias:
            ws.append(WArr(rand_f32(rng, (self.units,), scale=self.wscale)))
        return ws

    def torch_fwd(self, x, ws):
        y = torch.matmul(x, ws[0])
        if self.use_bias:
            y = y + ws[1]
        return t_act(y, self.act)

    def numpy_fwd(self, x, ws):
        K = ws[0]
        flat = x.reshape(-1, x.shape[-1])
        y = np.zeros((flat.shape[0], self.units))
        for r in range(flat.shape[0]):
            for u in range(self.units):
                y[r, u] = math.fsum(flat[r, i] * K[i, u] for i in range(K.shape[0]))
        y = y.reshape(x.shape[:-1] + (self.units,))
        if self.use_bias:
            y += ws[1]
        return np_act(y, self.act)


class LeakyReLU(Layer):
    def __init__(self, alpha=None):
        self.alpha = alpha  # None: Keras default 0.3

    def cpp(self):
        return "ctnn::leaky_relu<>" if self.alpha is None else "ctnn::leaky_relu<%s>" % self.alpha

    def a(self):
        return 0.3 if self.alpha is None else float(self.alpha)

    def keras_shape(self, in_shape):
        return tuple(in_shape)

    def torch_fwd(self, x, ws):
        return F.leaky_relu(x, negative_slope=self.a())

    def numpy_fwd(self, x, ws):
        return np.where(x >= 0, x, self.a() * x)


class ActivationLayer(Layer):
    def __init__(self, act):
        self.act = act

    def cpp(self):
        return "ctnn::activation_layer<ctnn::activation::%s>" % self.act

    def keras_shape(self, in_shape):
        return tuple(in_shape)

    def torch_fwd(self, x, ws):
        return t_act(x, self.act)

    def numpy_fwd(self, x, ws):
        return np_act(x, self.act)


class BatchNorm(Layer):
    def __init__(self, epsilon=None, center=True, scale=True):
        self.eps_str = epsilon  # None: Keras default 1e-3
        self.center = center
        self.scale = scale

    def eps(self):
        return 1e-3 if self.eps_str is None else float(self.eps_str)

    def cpp(self):
        if self.eps_str is None and self.center and self.scale:
            return "ctnn::batch_normalization<>"
        return ("ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = %s, "
                ".center = %s, .scale = %s}>" % (self.eps_str or "1e-3",
                                                  cpp_bool(self.center), cpp_bool(self.scale)))

    def keras_shape(self, in_shape):
        return tuple(in_shape)

    def make_weights(self, rng, in_shape):
        C = in_shape[-1]
        ws = []
        if self.scale:
            ws.append(WArr(rand_f32(rng, (C,), 0.5, 1.5)))   # gamma
        if self.center:
            ws.append(WArr(rand_f32(rng, (C,))))             # beta
        ws.append(WArr(rand_f32(rng, (C,))))                 # moving_mean
        ws.append(WArr(rand_f32(rng, (C,), 0.5, 1.5)))       # moving_variance > 0
        return ws

    def _split(self, ws):
        ws = list(ws)
        gamma = ws.pop(0) if self.scale else None
        beta = ws.pop(0) if self.center else None
        return gamma, beta, ws[0], ws[1]

    def torch_fwd(self, x, ws):
        gamma, beta, mean, var = self._split(ws)
        y = (x - mean) / torch.sqrt(var + self.eps())
        if gamma is not None:
            y = y * gamma
        if beta is not None:
            y = y + beta
        return y

    def numpy_fwd(self, x, ws):
        gamma, beta, mean, var = self._split(ws)
        C = x.shape[-1]
        y = np.empty_like(x)
        for c in range(C):
            g = 1.0 if gamma is None else gamma[c]
            b = 0.0 if beta is None else beta[c]
            y[..., c] = g * (x[..., c] - mean[c]) / math.sqrt(var[c] + self.eps()) + b
        return y


class Dropout(Layer):
    def __init__(self, rate):
        self.rate = rate

    def cpp(self):
        return "ctnn::dropout<%s>" % self.rate

    def keras_shape(self, in_shape):
        return tuple(in_shape)

    def torch_fwd(self, x, ws):
        return x  # inference: identity

    def numpy_fwd(self, x, ws):
        return x


class Reshape(Layer):
    def __init__(self, *dims):
        self.dims = dims

    def cpp(self):
        return "ctnn::reshape<%s>" % ", ".join(str(d) for d in self.dims)

    def keras_shape(self, in_shape):
        assert int(np.prod(in_shape)) == int(np.prod(self.dims))
        return tuple(self.dims)

    def torch_fwd(self, x, ws):
        return x.contiguous().reshape((x.shape[0],) + self.dims)

    def numpy_fwd(self, x, ws):
        return np.reshape(x, (x.shape[0],) + self.dims, order="C")


class Flatten(Layer):
    def cpp(self):
        return "ctnn::flatten"

    def keras_shape(self, in_shape):
        return (int(np.prod(in_shape)),)

    def torch_fwd(self, x, ws):
        return x.contiguous().reshape(x.shape[0], -1)

    def numpy_fwd(self, x, ws):
        return np.reshape(x, (x.shape[0], -1), order="C")


class LayerNorm(Layer):
    """Keras LayerNormalization: mean and biased variance over the last axis, or over every
    axis of the sample (axis = [1, ..., rank]); gamma and beta span those axes."""

    def __init__(self, epsilon=None, center=True, scale=True, axis=None):
        self.eps_str = epsilon  # None: Keras default 1e-3
        self.center = center
        self.scale = scale
        self.axis = axis  # None: -1; else the C++ spelling, e.g. "{1, 2, 3}"
        self.all_axes = axis is not None and axis.startswith("{")

    def eps(self):
        return 1e-3 if self.eps_str is None else float(self.eps_str)

    def cpp(self):
        if self.eps_str is None and self.center and self.scale and self.axis is None:
            return "ctnn::layer_normalization<>"
        return ("ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = %s, .epsilon = %s, "
                ".center = %s, .scale = %s}>" % (self.axis or "-1", self.eps_str or "1e-3",
                                                 cpp_bool(self.center), cpp_bool(self.scale)))

    def keras_shape(self, in_shape):
        return tuple(in_shape)

    def param_shape(self, in_shape):
        return tuple(in_shape) if self.all_axes else (in_shape[-1],)

    def make_weights(self, rng, in_shape):
        shape = self.param_shape(in_shape)
        ws = []
        if self.scale:
            ws.append(WArr(rand_f32(rng, shape, 0.5, 1.5)))   # gamma
        if self.center:
            ws.append(WArr(rand_f32(rng, shape)))             # beta
        return ws

    def _split(self, ws):
        ws = list(ws)
        gamma = ws.pop(0) if self.scale else None
        beta = ws.pop(0) if self.center else None
        return gamma, beta

    def torch_fwd(self, x, ws):
        gamma, beta = self._split(ws)
        shape = tuple(x.shape[1:]) if self.all_axes else (x.shape[-1],)
        return F.layer_norm(x, shape, weight=gamma, bias=beta, eps=self.eps())

    def numpy_fwd(self, x, ws):
        gamma, beta = self._split(ws)
        N = x.shape[0]
        if self.all_axes:
            rows = x.reshape(N, -1)
        else:
            rows = x.reshape(-1, x.shape[-1])
        g = None if gamma is None else gamma.ravel()
        b = None if beta is None else beta.ravel()
        y = np.empty_like(rows)
        for r in range(rows.shape[0]):
            v = rows[r]
            mean = math.fsum(v) / v.size
            var = math.fsum((t - mean) ** 2 for t in v) / v.size
            for j in range(v.size):
                z = (v[j] - mean) / math.sqrt(var + self.eps())
                y[r, j] = z * (1.0 if g is None else g[j]) + (0.0 if b is None else b[j])
        return y.reshape(x.shape)


class GroupNorm(Layer):
    """Keras GroupNormalization on the last axis: channels in `groups` contiguous groups
    (-1: one per channel), statistics per sample and group over all positions."""

    def __init__(self, groups=None, epsilon=None, center=True, scale=True):
        self.groups = groups  # None: Keras default 32
        self.eps_str = epsilon
        self.center = center
        self.scale = scale

    def eps(self):
        return 1e-3 if self.eps_str is None else float(self.eps_str)

    def g(self, channels):
        groups = 32 if self.groups is None else self.groups
        return channels if groups == -1 else groups

    def cpp(self):
        if self.groups is None and self.eps_str is None and self.center and self.scale:
            return "ctnn::group_normalization<>"
        return ("ctnn::group_normalization<ctnn::group_normalization_opts{.groups = %d, .epsilon = %s, "
                ".center = %s, .scale = %s}>" % (32 if self.groups is None else self.groups,
                                                 self.eps_str or "1e-3", cpp_bool(self.center),
                                                 cpp_bool(self.scale)))

    def keras_shape(self, in_shape):
        C = in_shape[-1]
        assert C % self.g(C) == 0 and self.g(C) <= C, "Keras: groups must divide the channels"
        return tuple(in_shape)

    def make_weights(self, rng, in_shape):
        C = in_shape[-1]
        ws = []
        if self.scale:
            ws.append(WArr(rand_f32(rng, (C,), 0.5, 1.5)))   # gamma
        if self.center:
            ws.append(WArr(rand_f32(rng, (C,))))             # beta
        return ws

    def torch_fwd(self, x, ws):
        ws = list(ws)
        gamma = ws.pop(0) if self.scale else None
        beta = ws.pop(0) if self.center else None
        C = x.shape[-1]
        order = (0, x.dim() - 1) + tuple(range(1, x.dim() - 1))     # NHWC -> NCHW
        back = (0,) + tuple(range(2, x.dim())) + (1,)                 # NCHW -> NHWC
        y = F.group_norm(x.permute(*order), self.g(C), weight=gamma, bias=beta, eps=self.eps())
        return y.permute(*back)

    def numpy_fwd(self, x, ws):
        ws = list(ws)
        gamma = ws.pop(0) if self.scale else None
        beta = ws.pop(0) if self.center else None
        N, C = x.shape[0], x.shape[-1]
        G = self.g(C)
        width = C // G
        flat = x.reshape(N, -1, C)   # (N, positions, C)
        y = np.empty_like(flat)
        for n in range(N):
            for group in range(G):
                block = flat[n, :, group * width:(group + 1) * width]
                values = block.ravel()
                mean = math.fsum(values) / values.size
                var = math.fsum((t - mean) ** 2 for t in values) / values.size
                for c in range(group * width, (group + 1) * width):
                    g = 1.0 if gamma is None else gamma[c]
                    b = 0.0 if beta is None else beta[c]
                    y[n, :, c] = (flat[n, :, c] - mean) / math.sqrt(var + self.eps()) * g + b
        return y.reshape(x.shape)


class Cropping2D(Layer):
    def __init__(self, cropping):
        (self.top, self.bottom), (self.left, self.right) = cropping

    def cpp(self):
        return ("ctnn::cropping2d<ctnn::cropping2d_opts{.top = %d, .bottom = %d, .left = %d, "
                ".right = %d}>" % (self.top, self.bottom, self.left, self.right))

    def keras_shape(self, in_shape):
        H, W, C = in_shape
        return (H - self.top - self.bottom, W - self.left - self.right, C)

    def torch_fwd(self, x, ws):
        H, W = x.shape[1], x.shape[2]
        return x[:, self.top:H - self.bottom, self.left:W - self.right, :]

    def numpy_fwd(self, x, ws):
        N, H, W, C = x.shape
        OH, OW, _ = self.keras_shape((H, W, C))
        y = np.zeros((N, OH, OW, C))
        for i in range(OH):
            for j in range(OW):
                y[:, i, j, :] = x[:, self.top + i, self.left + j, :]
        return y


class Pooling2D(Layer):
    """MaxPooling2D / AveragePooling2D with TF's 'same': out = ceil(n / s), total padding
    max((out - 1) * s + pool - n, 0), the odd cell at the bottom/right; padded cells are never
    read (max ignores them, the average divides by the cells inside the input)."""

    def __init__(self, mode, pool_size=2, strides=None, padding="valid"):
        assert mode in ("max", "average")
        self.mode = mode
        self.p = pair(pool_size)
        self.strides_given = strides is not None
        self.s = self.p if strides is None else pair(strides)
        self.padding = padding

    def cpp(self):
        strides = ".strides = %s, " % cpp_pair(self.s) if self.strides_given else ""
        return ("ctnn::%s_pooling2d<ctnn::pooling2d_opts{.pool_size = %s, %s"
                ".padding = ctnn::padding::%s}>" % (self.mode, cpp_pair(self.p), strides, self.padding))

    def keras_shape(self, in_shape):
        H, W, C = in_shape
        return (conv_out_len(H, self.p[0], self.s[0], 1, self.padding),
                conv_out_len(W, self.p[1], self.s[1], 1, self.padding), C)

    def _pads(self, H, W):
        if self.padding == "valid":
            return (0, 0), (0, 0)
        return conv_same_pad(H, self.p[0], self.s[0], 1), conv_same_pad(W, self.p[1], self.s[1], 1)

    def torch_fwd(self, x, ws):
        N, H, W, C = x.shape
        (pt, pb), (pl, pr) = self._pads(H, W)
        xn = x.permute(0, 3, 1, 2)
        if self.mode == "max":
            xn = F.pad(xn, (pl, pr, pt, pb), value=-math.inf)
            y = F.max_pool2d(xn, self.p, stride=self.s)
        else:
            # sum over the window, divided by the number of cells inside the input
            total = F.avg_pool2d(F.pad(xn, (pl, pr, pt, pb)), self.p, stride=self.s, divisor_override=1)
            ones = F.pad(torch.ones((1, 1, H, W), dtype=DT), (pl, pr, pt, pb))
            cells = F.avg_pool2d(ones, self.p, stride=self.s, divisor_override=1)
            y = total / cells
        return y.permute(0, 2, 3, 1)

    def numpy_fwd(self, x, ws):
        N, H, W, C = x.shape
        OH, OW, _ = self.keras_shape((H, W, C))
        (pt, _), (pl, _) = self._pads(H, W)
        y = np.zeros((N, OH, OW, C))
        for i in range(OH):
            for j in range(OW):
                rows = [r for r in range(i * self.s[0] - pt, i * self.s[0] - pt + self.p[0]) if 0 <= r < H]
                cols = [c for c in range(j * self.s[1] - pl, j * self.s[1] - pl + self.p[1]) if 0 <= c < W]
                window = x[:, rows][:, :, cols]  # (N, len(rows), len(cols), C)
                if self.mode == "max":
                    y[:, i, j, :] = window.max(axis=(1, 2))
                else:
                    y[:, i, j, :] = window.sum(axis=(1, 2)) / (len(rows) * len(cols))
        return y


class GlobalPooling2D(Layer):
    def __init__(self, mode, keepdims=False):
        assert mode in ("max", "average")
        self.mode = mode
        self.keepdims = keepdims

    def cpp(self):
        return ("ctnn::global_%s_pooling2d<ctnn::global_pooling2d_opts{.keepdims = %s}>"
                % (self.mode, cpp_bool(self.keepdims)))

    def keras_shape(self, in_shape):
        return (1, 1, in_shape[2]) if self.keepdims else (in_shape[2],)

    def torch_fwd(self, x, ws):
        if self.mode == "max":
            return torch.amax(x, dim=(1, 2), keepdim=self.keepdims)
        return torch.mean(x, dim=(1, 2), keepdim=self.keepdims)

    def numpy_fwd(self, x, ws):
        N, H, W, C = x.shape
        y = np.zeros((N, C))
        for n in range(N):
            for c in range(C):
                cells = [x[n, i, j, c] for i in range(H) for j in range(W)]
                y[n, c] = max(cells) if self.mode == "max" else math.fsum(cells) / len(cells)
        return y.reshape(N, 1, 1, C) if self.keepdims else y


class ReLULayer(Layer):
    """Keras ReLU as Keras computes it: min(x, max_value) for x > threshold, else
    negative_slope * (x - threshold) (x == threshold takes the second branch)."""

    def __init__(self, max_value=None, negative_slope=None, threshold=None):
        self.m, self.s, self.t = max_value, negative_slope, threshold  # strings, None: default

    def cpp(self):
        opts = ", ".join(".%s = %s" % (k, v) for k, v in
                         (("max_value", self.m), ("negative_slope", self.s), ("threshold", self.t))
                         if v is not None)
        return "ctnn::relu<ctnn::relu_opts{%s}>" % opts if opts else "ctnn::relu<>"

    def _f(self):
        return (None if self.m is None else float(self.m), float(self.s or 0), float(self.t or 0))

    def keras_shape(self, in_shape):
        return tuple(in_shape)

    def torch_fwd(self, x, ws):
        m, s, t = self._f()
        pos = x if m is None else torch.clamp(x, max=m)
        return torch.where(x > t, pos, s * (x - t))

    def numpy_fwd(self, x, ws):
        m, s, t = self._f()
        f = lambda v: (v if m is None else min(v, m)) if v > t else s * (v - t)
        return np.vectorize(f)(x)


class ELULayer(Layer):
    def __init__(self, alpha=None):
        self.alpha = alpha

    def cpp(self):
        return "ctnn::elu<>" if self.alpha is None else "ctnn::elu<%s>" % self.alpha

    def a(self):
        return 1.0 if self.alpha is None else float(self.alpha)

    def keras_shape(self, in_shape):
        return tuple(in_shape)

    def torch_fwd(self, x, ws):
        return F.elu(x, alpha=self.a())

    def numpy_fwd(self, x, ws):
        return np.vectorize(lambda v: v if v > 0 else self.a() * math.expm1(v))(x)


class SoftmaxLayer(Layer):
    def __init__(self, axis=-1):
        self.axis = axis  # Keras counts the batch axis as 0

    def cpp(self):
        return "ctnn::softmax<>" if self.axis == -1 else "ctnn::softmax<%d>" % self.axis

    def keras_shape(self, in_shape):
        return tuple(in_shape)

    def torch_fwd(self, x, ws):
        return torch.softmax(x, dim=self.axis)

    def numpy_fwd(self, x, ws):
        return np_softmax(x, self.axis % x.ndim)


class PReLULayer(Layer):
    def __init__(self, shared_axes=()):
        self.shared = tuple(shared_axes)

    def cpp(self):
        return "ctnn::prelu<%s>" % ", ".join(str(a) for a in self.shared)

    def keras_shape(self, in_shape):
        return tuple(in_shape)

    def make_weights(self, rng, in_shape):
        shape = tuple(1 if i + 1 in self.shared else d for i, d in enumerate(in_shape))
        return [WArr(rand_f32(rng, shape, -0.5, 1.0))]  # alpha

    def torch_fwd(self, x, ws):
        return torch.where(x >= 0, x, ws[0] * x)  # alpha broadcasts over the batch and shared axes

    def numpy_fwd(self, x, ws):
        alpha = ws[0]
        y = np.empty_like(x)
        for idx in np.ndindex(*x.shape):
            a = alpha[tuple(0 if alpha.shape[d] == 1 else i for d, i in enumerate(idx[1:]))]
            y[idx] = x[idx] if x[idx] >= 0 else a * x[idx]
        return y


class IdentityAtInference(Layer):
    """GaussianNoise, GaussianDropout, SpatialDropout2D, SpatialDropout1D: the identity at inference."""

    def __init__(self, cpp_type):
        self.cpp_type = cpp_type

    def cpp(self):
        return self.cpp_type

    def keras_shape(self, in_shape):
        return tuple(in_shape)

    def torch_fwd(self, x, ws):
        return x

    def numpy_fwd(self, x, ws):
        return x.copy()


class Rescaling(Layer):
    def __init__(self, scale, offset=None):
        self.scale, self.offset = scale, offset  # strings

    def cpp(self):
        if self.offset is None:
            return "ctnn::rescaling<%s>" % self.scale
        return "ctnn::rescaling<%s, %s>" % (self.scale, self.offset)

    def _f(self):
        # Keras casts scale and offset to the layer's float32
        return float(np.float32(eval(self.scale))), float(np.float32(eval(self.offset or "0.0")))

    def keras_shape(self, in_shape):
        return tuple(in_shape)

    def torch_fwd(self, x, ws):
        scale, offset = self._f()
        return x * scale + offset

    def numpy_fwd(self, x, ws):
        scale, offset = self._f()
        return np.vectorize(lambda v: v * scale + offset)(x)


def activation_layer_cases(add):
    """The inline activations, the activation layers and the identity and rescaling layers."""
    L = dict(suite="activations")
    # Keras's own documented examples (keras.activations.relu and layers.ReLU docstrings)
    xs = torch.tensor([-10.0, -5.0, 0.0, 5.0, 10.0], dtype=DT)
    for layer, expect in ((ReLULayer(), [0, 0, 0, 5, 10]), (ReLULayer(None, "0.5"), [-5, -2.5, 0, 5, 10]),
                          (ReLULayer("5.0"), [0, 0, 0, 5, 5]), (ReLULayer(None, None, "5.0"), [0, 0, 0, 0, 10])):
        assert layer.torch_fwd(xs, []).tolist() == expect, (layer.cpp(), expect)
        assert layer.numpy_fwd(xs.numpy(), []).tolist() == expect, (layer.cpp(), expect)
    xs = torch.tensor([-3.0, -1.0, 1.0, 2.0], dtype=DT)
    assert ReLULayer(None, None, "1.5").torch_fwd(xs, []).tolist() == [0, 0, 0, 2]
    # softmax lines sum to 1; gelu(1) = 0.5 * (1 + erf(1 / sqrt 2)) = 0.8413447460685429
    y = SoftmaxLayer(2).torch_fwd(torch.rand(2, 3, 4, dtype=DT), [])
    assert torch.allclose(y.sum(dim=2), torch.ones(2, 3, dtype=DT))
    assert abs(t_new_act(torch.tensor(1.0, dtype=DT), "gelu").item() - 0.8413447460685429) < 1e-15
    big = lambda name, shape: (np.random.default_rng(zlib.crc32(name.encode()))
                               .uniform(-8, 8, size=(BATCH,) + shape).astype(np.float32))
    for act in NEW_ACTS:
        add("dense_7_5_%s" % act, (7,), [Dense(5, activation=act, wscale=0.5)], **L)
        add("conv2d_k3_s1_same_%s_5x5" % act, (5, 5, 2),
            [Conv2D(3, 3, padding="same", activation=act, wscale=0.5)], **L)
        add("activation_%s_3x4x2" % act, (3, 4, 2), [ActivationLayer(act)],
            inputs=big("activation_%s_3x4x2" % act, (3, 4, 2)), **L)
    # relu6 above its cap; softmax on every row of a rank-3 dense and on conv2d_transpose pixels
    add("dense_7_5_relu6_large", (7,), [Dense(5, activation="relu6", wscale=4.0)], **L)
    add("dense_rank3_3x4x5_6_softmax", (3, 4, 5), [Dense(6, activation="softmax")], **L)
    add("conv2d_transpose_k3_s2_same_softmax_3x4", (3, 4, 2),
        [Conv2DTranspose(3, 3, strides=2, padding="same", activation="softmax")], **L)
    # softmax ends the producer's step: what follows runs after it, not in its epilogue
    add("dense_softmax_then_leaky_relu_dense", (6,),
        [Dense(8, activation="softmax"), LeakyReLU("0.2"), Dense(3, activation="silu")], **L)
    add("conv2d_softmax_then_batch_norm_5x5", (5, 5, 2),
        [Conv2D(4, 3, padding="same", activation="softmax"), BatchNorm()], **L)
    add("conv2d_gelu_then_elu_4x4", (4, 4, 2),
        [Conv2D(3, 3, padding="same", activation="gelu"), ELULayer("0.5")], **L)
    # The rest of Keras 3's activations (MORE_ACTS): hand-worked values, in torch and in numpy
    def new_act_both(name, values):
        x = np.array(values, dtype=np.float64)
        return t_new_act(torch.tensor(x, dtype=DT), name).numpy().tolist(), np_new_act(x, name).tolist()

    for name, values, expect in (
            ("softsign", [-3.0, 0.0, 1.0], [-0.75, 0.0, 0.5]),
            ("exponential", [0.0, 1.0], [1.0, math.e]),
            ("mish", [0.0, 1.0], [0.0, math.tanh(math.log1p(math.e))]),
            ("celu", [-math.inf, 0.0, 2.0], [-1.0, 0.0, 2.0]),
            ("log_sigmoid", [0.0], [-math.log(2.0)]),
            ("hard_tanh", [-2.0, -0.25, 0.3, 1.0, 5.0], [-1.0, -0.25, 0.3, 1.0, 1.0]),
            ("tanh_shrink", [0.0, 1.0], [0.0, 1.0 - math.tanh(1.0)]),
            ("squareplus", [0.0, 1.5, -1.5], [1.0, 2.0, 0.5]),  # (1.5 + sqrt(6.25)) / 2 = 2
            ("sparse_plus", [-2.0, -1.0, 0.0, 0.5, 1.0, 3.0], [0.0, 0.0, 0.25, 0.5625, 1.0, 3.0]),
            ("soft_shrink", [-0.75, -0.5, 0.25, 0.5, 0.75, 2.0], [-0.25, 0.0, 0.0, 0.0, 0.25, 1.5]),
            ("hard_shrink", [-0.75, -0.5, 0.25, 0.5, 0.75], [-0.75, 0.0, 0.0, 0.0, 0.75]),
            ("hard_silu", [-4.0, -3.0, -1.5, 0.0, 1.0, 3.0, 4.0], [0.0, 0.0, -0.375, 0.0, 2.0 / 3.0, 3.0, 4.0]),
            ("sparse_sigmoid", [-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0], [0.0, 0.0, 0.25, 0.5, 0.75, 1.0, 1.0]),
            ("log_softmax", [[0.0, 0.0], [1.0, 1.0 + math.log(3.0)]],
             [[-math.log(2.0)] * 2, [-math.log(4.0), math.log(0.75)]])):
        for got in new_act_both(name, values):
            assert np.allclose(got, expect, rtol=0, atol=1e-14), (name, values, got, expect)
    # the exact ones (no rounding on the way)
    assert new_act_both("sparse_plus", [0.0]) == ([0.25], [0.25])
    assert new_act_both("soft_shrink", [0.75]) == ([0.25], [0.25])
    assert new_act_both("hard_shrink", [0.25, 0.5, -0.5]) == ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0])
    assert new_act_both("squareplus", [0.0]) == ([1.0], [1.0])
    assert new_act_both("celu", [-math.inf]) == ([-1.0], [-1.0])
    y = torch.exp(t_new_act(torch.rand(2, 3, 4, dtype=DT) * 16 - 8, "log_softmax"))
    assert torch.allclose(y.sum(dim=2), torch.ones(2, 3, dtype=DT), rtol=0, atol=1e-14)
    for act in MORE_ACTS:
        add("dense_7_5_%s" % act, (7,), [Dense(5, activation=act, wscale=0.5)], **L)
        add("conv2d_k3_s1_same_%s_5x5" % act, (5, 5, 2),
            [Conv2D(3, 3, padding="same", activation=act, wscale=0.5)], **L)
        add("activation_%s_3x4x2" % act, (3, 4, 2), [ActivationLayer(act)],
            inputs=big("activation_%s_3x4x2" % act, (3, 4, 2)), **L)
    # around the kinks and jumps at +-0.5 and +-1: sample 0 holds the points themselves and their
    # float32 neighbours, sample 1 is uniform in [-1.5, 1.5]
    f32 = np.float32
    points = [f32(-1.5), f32(-1), np.nextafter(f32(-1), f32(-2)), np.nextafter(f32(-1), f32(0)),
              f32(-0.75), f32(-0.5), np.nextafter(f32(-0.5), f32(-1)), np.nextafter(f32(-0.5), f32(0)),
              f32(-0.25), f32(0), f32(0.25), f32(0.5), np.nextafter(f32(0.5), f32(0)),
              np.nextafter(f32(0.5), f32(1)), f32(0.75), f32(1), np.nextafter(f32(1), f32(0)),
              np.nextafter(f32(1), f32(2)), f32(1.5), f32(-0.9375), f32(0.9375), f32(-0.0625), f32(0.0625),
              f32(1.25)]
    for act in NEAR_ONE_ACTS:
        name = "activation_%s_near_1_3x4x2" % act
        x = np.empty((BATCH, 3, 4, 2), dtype=np.float32)
        x[0] = np.array(points, dtype=np.float32).reshape(3, 4, 2)
        x[1] = np.random.default_rng(zlib.crc32(name.encode())).uniform(-1.5, 1.5, size=(3, 4, 2))
        add(name, (3, 4, 2), [ActivationLayer(act)], inputs=x, **L)
    # log_softmax ends the producer's step like softmax: on every row of a rank-3 dense, before a
    # dense; the Activation layer on lines of 5
    add("dense_rank3_3x4x5_6_log_softmax", (3, 4, 5), [Dense(6, activation="log_softmax")], **L)
    add("dense_log_softmax_then_dense", (6,),
        [Dense(8, activation="log_softmax"), Dense(3, activation="mish")], **L)
    add("activation_log_softmax_3x4x5", (3, 4, 5), [ActivationLayer("log_softmax")],
        inputs=big("activation_log_softmax_3x4x5", (3, 4, 5)), **L)

    # ReLU layer
    relu_x = np.array([-3.0, -1.0, 0.0, 0.25, 0.5, 1.0, 2.0, 7.5] * 3, dtype=np.float32)
    for tag, layer in (("default", ReLULayer()), ("max_1", ReLULayer("1.0")),
                       ("slope_0_1", ReLULayer(None, "0.1")),
                       ("threshold_0_5", ReLULayer(None, None, "0.5")),
                       ("max_6_slope_0_2_threshold_0_5", ReLULayer("6.0", "0.2", "0.5")),
                       ("max_0", ReLULayer("0.0", "0.3"))):
        add("relu_layer_%s_12" % tag, (12,), [layer], inputs=relu_x, **L)
    add("relu_layer_max_6_after_dense", (7,),
        [Dense(6, wscale=4.0), ReLULayer("6.0", "0.1")], **L)
    add("relu_layer_after_conv2d_5x5", (5, 5, 2),
        [Conv2D(3, 3, padding="same"), ReLULayer("0.5", "0.25", "0.125")], **L)
    # ELU layer
    add("elu_layer_default_3x4x2", (3, 4, 2), [ELULayer()],
        inputs=big("elu_layer_default_3x4x2", (3, 4, 2)), **L)
    add("elu_layer_0_5_after_dense", (7,), [Dense(5, wscale=2.0), ELULayer("0.5")], **L)
    # Softmax layer, along every axis
    for axis in (-1, 1, 2, 3, -2, -3):
        add("softmax_layer_axis%s_3x4x5" % str(axis).replace("-", "m"), (3, 4, 5),
            [SoftmaxLayer(axis)], inputs=big("softmax_axis%d" % axis, (3, 4, 5)), **L)
    add("softmax_layer_7", (7,), [SoftmaxLayer()], **L)
    add("softmax_layer_after_dense", (7,), [Dense(5), SoftmaxLayer()], **L)
    add("activation_softmax_layer_after_conv2d", (4, 4, 2),
        [Conv2D(3, 3, padding="same"), ActivationLayer("softmax")], **L)
    # PReLU
    add("prelu_default_3x4x2", (3, 4, 2), [PReLULayer()], **L)
    add("prelu_shared_1_2_3x4x2", (3, 4, 2), [PReLULayer((1, 2))], **L)
    add("prelu_shared_1_3x4x2", (3, 4, 2), [PReLULayer((1,))], **L)
    add("prelu_shared_3_3x4x2", (3, 4, 2), [PReLULayer((3,))], **L)
    add("prelu_default_7", (7,), [PReLULayer()], **L)
    add("prelu_gan_like", (6,),
        [Dense(4 * 4 * 3, wscale=0.5), Reshape(4, 4, 3), PReLULayer((1, 2)),
         Conv2DTranspose(2, 3, strides=2, padding="same"), PReLULayer((1, 2)),
         Conv2D(1, 3, padding="same", activation="tanh")], **L)
    # identity at inference, between a producer and what it fuses
    add("gaussian_noise_3x4x2", (3, 4, 2), [IdentityAtInference("ctnn::gaussian_noise<0.1>")], **L)
    add("gaussian_dropout_3x4x2", (3, 4, 2), [IdentityAtInference("ctnn::gaussian_dropout<0.3>")], **L)
    add("spatial_dropout2d_3x4x2", (3, 4, 2), [IdentityAtInference("ctnn::spatial_dropout2d<0.5>")], **L)
    add("noise_layers_between_conv2d_and_leaky_relu", (5, 5, 2),
        [Conv2D(3, 3, padding="same"), IdentityAtInference("ctnn::gaussian_noise<0.2>"),
         IdentityAtInference("ctnn::spatial_dropout2d<0.25>"), LeakyReLU("0.2"),
         IdentityAtInference("ctnn::gaussian_dropout<0.1>"), Conv2D(2, 3, activation="elu")], **L)
    # Rescaling
    pixels = np.random.default_rng(255).integers(0, 256, size=(BATCH, 4, 4, 3)).astype(np.float32)
    add("rescaling_to_unit_range_4x4x3", (4, 4, 3), [Rescaling("1.0 / 255.0")], inputs=pixels, **L)
    add("rescaling_to_symmetric_range_4x4x3", (4, 4, 3), [Rescaling("1.0 / 127.5", "-1.0")],
        inputs=pixels, **L)
    add("rescaling_after_dense_tanh", (7,),
        [Dense(5, activation="tanh"), Rescaling("127.5", "127.5")], **L)


# ---------------------------------------------------------------------------
# 1-D layers (suite "sequence", tests/golden_sequence_test.cpp): a sample is (steps, channels),
# channels last, as Keras's (None, steps, channels).
# ---------------------------------------------------------------------------
def seq_pads(n, k, s, d, padding):
    """(before, after) zeros of a 1-D convolution (steps n, kernel k, strides s, dilation d):
    none for 'valid', TF's for 'same' (the odd cell after), (k - 1) * d before and none after for
    'causal' (tf.keras 2)."""
    if padding == "valid":
        return 0, 0
    if padding == "causal":
        return eff(k, d) - 1, 0
    return conv_same_pad(n, k, s, d)


def np_seq_window(n, k, s, d, padding):
    """(zeros before the first step, output steps) of a 1-D convolution, worked out directly for
    the numpy references (independent of seq_pads, which the torch ones use)."""
    if padding == "causal":
        return (k - 1) * d, (n + s - 1) // s
    if padding == "same":
        out = (n + s - 1) // s
        return max((out - 1) * s + (k - 1) * d + 1 - n, 0) // 2, out
    return 0, (n - ((k - 1) * d + 1)) // s + 1


class Conv1D(Layer):
    """Keras Conv1D: kernel [k, in, filters], bias [filters]; 'same' pads as TF (the odd cell
    after), 'causal' pads dilation * (k - 1) zeros before the input and none after."""

    def __init__(self, filters, kernel, strides=1, padding="valid", dilation=1,
                 activation="linear", use_bias=True, wscale=1.0):
        assert isinstance(kernel, int) and isinstance(strides, int) and isinstance(dilation, int)
        assert padding in ("valid", "same", "causal")
        assert strides == 1 or dilation == 1, "Keras: strides>1 with dilation>1"
        self.filters, self.k, self.s, self.d = filters, kernel, strides, dilation
        self.padding = padding
        self.act = activation
        self.use_bias = use_bias
        self.wscale = wscale

    def cpp(self):
        return ("ctnn::conv1d<ctnn::conv1d_opts{.filters = %d, .kernel_size = %d, .strides = %d, "
                ".padding = ctnn::padding::%s, .dilation_rate = %d, .activation = ctnn::activation::%s, "
                ".use_bias = %s}>" % (self.filters, self.k, self.s, self.padding, self.d, self.act,
                                      cpp_bool(self.use_bias)))

    def _pads(self, n):
        return seq_pads(n, self.k, self.s, self.d, self.padding)

    def keras_shape(self, in_shape):
        n, c = in_shape
        if self.padding == "causal":  # valid on the left-padded input
            out = conv_out_len(n + eff(self.k, self.d) - 1, self.k, self.s, self.d, "valid")
            assert out == -(-n // self.s)
        else:
            out = conv_out_len(n, self.k, self.s, self.d, self.padding)
        return (out, self.filters)

    def make_weights(self, rng, in_shape):
        ws = [WArr(rand_f32(rng, (self.k, in_shape[-1], self.filters), scale=self.wscale))]
        if self.use_bias:
            ws.append(WArr(rand_f32(rng, (self.filters,), scale=self.wscale)))
        return ws

    def torch_fwd(self, x, ws):
        before, after = self._pads(x.shape[1])
        xn = F.pad(x.permute(0, 2, 1), (before, after))                 # (N, C, steps)
        y = F.conv1d(xn, ws[0].permute(2, 1, 0), None, stride=self.s, padding=0, dilation=self.d)
        y = y.permute(0, 2, 1)
        if self.use_bias:
            y = y + ws[1]
        return t_act(y, self.act)

    def numpy_fwd(self, x, ws):
        # direct definition: y[o] = sum_j x[o*s + j*d - before] @ K[j], the cells outside are 0
        K = ws[0]
        N, n, C = x.shape
        before, out = np_seq_window(n, self.k, self.s, self.d, self.padding)
        y = np.zeros((N, out, self.filters))
        for o in range(out):
            for j in range(self.k):
                i = o * self.s + j * self.d - before
                if 0 <= i < n:
                    y[:, o, :] += x[:, i, :] @ K[j]
        if self.use_bias:
            y += ws[1]
        return np_act(y, self.act)


class Conv1DTranspose(Layer):
    """Keras Conv1DTranspose: kernel [k, filters, in] (output channels before input channels, as
    Conv2DTranspose's [kh, kw, filters, in]), bias [filters]; 'valid' or 'same'; output_padding
    None or in [0, strides). The output length is Keras's deconv_output_length with the dilated
    kernel ke = (k - 1) * d + 1; the value is out[i*s + j*d - crop] += x[i] @ K[j].T, the cells
    outside dropped, crop = TF's 'same' padding before of the forward convolution of the output
    (0 for 'valid'). Conv2DTranspose on an image of one row (sequence_self_checks checks that)."""

    def __init__(self, filters, kernel, strides=1, padding="valid", output_padding=None, dilation=1,
                 activation="linear", use_bias=True, wscale=1.0):
        assert isinstance(kernel, int) and isinstance(strides, int) and isinstance(dilation, int)
        assert padding in ("valid", "same"), "Keras: Conv1DTranspose has no 'causal'"
        assert strides == 1 or dilation == 1, "Keras: strides>1 with dilation>1"
        assert output_padding is None or 0 <= output_padding < strides, "output_padding must be < strides"
        self.filters, self.k, self.s, self.d = filters, kernel, strides, dilation
        self.padding = padding
        self.op = output_padding
        self.act = activation
        self.use_bias = use_bias
        self.wscale = wscale

    def cpp(self):
        op = "" if self.op is None else ".output_padding = %d, " % self.op
        return ("ctnn::conv1d_transpose<ctnn::conv1d_transpose_opts{.filters = %d, .kernel_size = %d, "
                ".strides = %d, .padding = ctnn::padding::%s, %s.dilation_rate = %d, "
                ".activation = ctnn::activation::%s, .use_bias = %s}>" % (
                    self.filters, self.k, self.s, self.padding, op, self.d, self.act,
                    cpp_bool(self.use_bias)))

    def keras_shape(self, in_shape):
        n, c = in_shape
        return (deconv_out_len(n, self.k, self.s, self.d, self.padding, self.op), self.filters)

    def tf_valid(self, in_shape):
        return tf_accepts_deconv(in_shape[0], self.k, self.s, self.d, self.padding, self.op)

    def make_weights(self, rng, in_shape):
        ws = [WArr(rand_f32(rng, (self.k, self.filters, in_shape[-1]), scale=self.wscale))]  # [k, out, in]
        if self.use_bias:
            ws.append(WArr(rand_f32(rng, (self.filters,), scale=self.wscale)))
        return ws

    def torch_fwd(self, x, ws):
        N, n, C = x.shape
        O, _ = self.keras_shape((n, C))
        FL = (n - 1) * self.s + eff(self.k, self.d)
        crop = deconv_crop(n, self.k, self.s, self.d, self.padding, O)
        # torch's conv_transpose1d weight is (in, out, k): Keras's [k, out, in] reversed
        full = F.conv_transpose1d(x.permute(0, 2, 1), ws[0].permute(2, 1, 0), None,
                                  stride=self.s, padding=0, dilation=self.d)
        assert full.shape[2] == FL
        out = torch.zeros((N, self.filters, O), dtype=DT)
        if self.use_bias:
            out = out + ws[1].view(1, -1, 1)
        kept = min(O, FL - crop)  # a kernel shorter than the stride ('valid'): cells of bias only after
        out[:, :, :kept] += full[:, :, crop:crop + kept]
        return t_act(out.permute(0, 2, 1), self.act)

    def numpy_fwd(self, x, ws):
        # direct scatter, its geometry worked out here again: O from keras deconv_output_length;
        # the crop is TF's: conv2d_backprop_input pads the forward 'same' convolution of an input
        # of O steps (ceil(O / s) outputs, total (out - 1) * s + ke - O, half of it before)
        K = ws[0]
        N, n, C = x.shape
        ke = (self.k - 1) * self.d + 1
        if self.op is None:
            O = n * self.s + max(ke - self.s, 0) if self.padding == "valid" else n * self.s
        elif self.padding == "valid":
            O = (n - 1) * self.s + ke + self.op
        else:
            O = (n - 1) * self.s + ke - 2 * (ke // 2) + self.op
        crop = 0
        if self.padding == "same":
            out_steps = (O + self.s - 1) // self.s
            assert out_steps == n, "TF rejects this output length"
            crop = max((out_steps - 1) * self.s + ke - O, 0) // 2
        y = np.zeros((N, O, self.filters))
        for i in range(n):
            for j in range(self.k):
                o = i * self.s + j * self.d - crop
                if 0 <= o < O:
                    y[:, o, :] += x[:, i, :] @ K[j].T
        if self.use_bias:
            y += ws[1]
        return np_act(y, self.act)


class Pooling1D(Layer):
    """MaxPooling1D / AveragePooling1D: Pooling2D's rules on one axis (TF 'same': the odd padded
    cell after; padded cells never read: max ignores them, the average divides by the cells
    inside the input). Keras strides None: the pool size, spelled without `.strides`."""

    def __init__(self, mode, pool_size=2, strides=None, padding="valid"):
        assert mode in ("max", "average") and padding in ("valid", "same")
        self.mode = mode
        self.p = pool_size
        self.strides_given = strides is not None
        self.s = pool_size if strides is None else strides
        self.padding = padding

    def cpp(self):
        strides = ".strides = %d, " % self.s if self.strides_given else ""
        return ("ctnn::%s_pooling1d<ctnn::pooling1d_opts{.pool_size = %d, %s"
                ".padding = ctnn::padding::%s}>" % (self.mode, self.p, strides, self.padding))

    def keras_shape(self, in_shape):
        n, c = in_shape
        return (conv_out_len(n, self.p, self.s, 1, self.padding), c)

    def torch_fwd(self, x, ws):
        # the 2-D pooling of this script on the image of one row (1, steps, channels)
        two = Pooling2D(self.mode, (1, self.p), (1, self.s), self.padding)
        return two.torch_fwd(x.unsqueeze(1), ws).squeeze(1)

    def numpy_fwd(self, x, ws):
        N, n, C = x.shape
        out, _ = self.keras_shape((n, C))
        before = 0
        if self.padding == "same":
            before = max((out - 1) * self.s + self.p - n, 0) // 2
        y = np.zeros((N, out, C))
        for o in range(out):
            cells = [i for i in range(o * self.s - before, o * self.s - before + self.p) if 0 <= i < n]
            for b in range(N):
                for c in range(C):
                    values = [x[b, i, c] for i in cells]
                    y[b, o, c] = max(values) if self.mode == "max" else math.fsum(values) / len(values)
        return y


class GlobalPooling1D(Layer):
    def __init__(self, mode, keepdims=False):
        assert mode in ("max", "average")
        self.mode = mode
        self.keepdims = keepdims

    def cpp(self):
        return ("ctnn::global_%s_pooling1d<ctnn::global_pooling1d_opts{.keepdims = %s}>"
                % (self.mode, cpp_bool(self.keepdims)))

    def keras_shape(self, in_shape):
        return (1, in_shape[1]) if self.keepdims else (in_shape[1],)

    def torch_fwd(self, x, ws):
        if self.mode == "max":
            return torch.amax(x, dim=1, keepdim=self.keepdims)
        return torch.mean(x, dim=1, keepdim=self.keepdims)

    def numpy_fwd(self, x, ws):
        N, n, C = x.shape
        y = np.zeros((N, C))
        for b in range(N):
            for c in range(C):
                cells = [x[b, i, c] for i in range(n)]
                y[b, c] = max(cells) if self.mode == "max" else math.fsum(cells) / n
        return y.reshape(N, 1, C) if self.keepdims else y


class ZeroPadding1D(Layer):
    def __init__(self, left, right):
        self.left, self.right = left, right

    def cpp(self):
        return "ctnn::zero_padding1d<ctnn::zero_padding1d_opts{.left = %d, .right = %d}>" % (self.left, self.right)

    def keras_shape(self, in_shape):
        return (self.left + in_shape[0] + self.right, in_shape[1])

    def torch_fwd(self, x, ws):
        return F.pad(x, (0, 0, self.left, self.right))  # the steps axis (second from last)

    def numpy_fwd(self, x, ws):
        N, n, C = x.shape
        y = np.zeros((N, self.left + n + self.right, C))
        for i in range(n):
            y[:, self.left + i, :] = x[:, i, :]
        return y


class Cropping1D(Layer):
    def __init__(self, left, right):
        self.left, self.right = left, right

    def cpp(self):
        return "ctnn::cropping1d<ctnn::cropping1d_opts{.left = %d, .right = %d}>" % (self.left, self.right)

    def keras_shape(self, in_shape):
        return (in_shape[0] - self.left - self.right, in_shape[1])

    def torch_fwd(self, x, ws):
        return x[:, self.left:x.shape[1] - self.right, :]

    def numpy_fwd(self, x, ws):
        N, n, C = x.shape
        out = n - self.left - self.right
        y = np.zeros((N, out, C))
        for i in range(out):
            y[:, i, :] = x[:, self.left + i, :]
        return y


class UpSampling1D(Layer):
    def __init__(self, size=2):
        self.size = size

    def cpp(self):
        return "ctnn::upsampling1d<ctnn::upsampling1d_opts{.size = %d}>" % self.size

    def keras_shape(self, in_shape):
        return (in_shape[0] * self.size, in_shape[1])

    def torch_fwd(self, x, ws):
        return x.repeat_interleave(self.size, dim=1)

    def numpy_fwd(self, x, ws):
        N, n, C = x.shape
        y = np.zeros((N, n * self.size, C))
        for i in range(n * self.size):
            y[:, i, :] = x[:, i // self.size, :]
        return y


def sequence_self_checks():
    """Conv1D against Conv2D on the image of one row (an independent route to the same padding
    rules), causal against valid after dilation * (k - 1) zeros before, and the 1-D pooling's
    two implementations against each other on random data."""
    rng = np.random.default_rng(1234)
    for n in (1, 2, 5, 8, 11):
        for k in (1, 2, 3, 4, 5):
            for s, d in ((1, 1), (2, 1), (3, 1), (1, 2), (1, 3)):
                x = rng.uniform(-1, 1, size=(2, n, 3))
                K = rng.uniform(-1, 1, size=(k, 3, 4))
                b = rng.uniform(-1, 1, size=(4,))
                for pad in ("valid", "same", "causal"):
                    if pad == "valid" and n < eff(k, d):
                        continue
                    one = Conv1D(4, k, s, pad, d)
                    y = one.torch_fwd(t64(x), [t64(K), t64(b)]).numpy()
                    assert y.shape == (2,) + one.keras_shape((n, 3)), (n, k, s, d, pad)
                    assert np.allclose(y, one.numpy_fwd(x, [K, b]), rtol=0, atol=1e-12)
                    if pad == "causal":
                        left = np.concatenate([np.zeros((2, eff(k, d) - 1, 3)), x], axis=1)
                        ref = Conv1D(4, k, s, "valid", d).numpy_fwd(left, [K, b])
                    else:
                        ref = Conv2D(4, (1, k), (1, s), pad, (1, d)).numpy_fwd(
                            x[:, None], [K[None], b])[:, 0]
                    assert np.allclose(y, ref, rtol=0, atol=1e-12), (n, k, s, d, pad)
                    if pad == "causal":  # output t reads no step after t
                        later = x.copy()
                        later[:, n - 1] += 1.0
                        z = one.torch_fwd(t64(later), [t64(K), t64(b)]).numpy()
                        last_untouched = (n - 2) // s  # outputs o with o * s <= n - 2
                        assert np.array_equal(z[:, :last_untouched + 1], y[:, :last_untouched + 1])
            for s in (1, 2, 3):
                for pad in ("valid", "same"):
                    if pad == "valid" and n < k:
                        continue
                    x = rng.uniform(-1, 1, size=(2, n, 3))
                    for mode in ("max", "average"):
                        layer = Pooling1D(mode, k, s, pad)
                        y = layer.torch_fwd(t64(x), []).numpy()
                        assert y.shape == (2,) + layer.keras_shape((n, 3))
                        assert np.allclose(y, layer.numpy_fwd(x, []), rtol=0, atol=1e-12), (mode, n, k, s, pad)
    conv1d_transpose_self_checks()


def conv1d_transpose_self_checks():
    """Conv1DTranspose three ways (torch's conv_transpose1d and a crop, the numpy scatter, and
    Conv2DTranspose of this script on the image of one row), and a fourth: the zero-insertion
    route, x spread s steps apart, ke - 1 zeros each side, then the Conv1D of the reversed kernel
    ([k, in, out] from [k, out, in]) and dilation d, cropped as TF crops and filled with zeros past
    the full result. Which geometries TF accepts, and three hand-worked outputs."""
    rng = np.random.default_rng(4321)
    for n in (1, 2, 3, 5, 6):
        for k in (1, 2, 3, 4, 5):
            for s, d in ((1, 1), (2, 1), (3, 1), (1, 2), (1, 3)):
                ke = eff(k, d)
                for pad in ("valid", "same"):
                    for op in (None,) + tuple(range(s)):
                        layer = Conv1DTranspose(4, k, s, pad, op, d)
                        # TF's round trip fails only for 'same', an even dilated kernel and
                        # output_padding 0 (unset, every geometry passes)
                        rejected = pad == "same" and op == 0 and ke % 2 == 0
                        assert layer.tf_valid((n, 3)) == (not rejected), (n, k, s, d, pad, op)
                        if rejected:
                            continue
                        x = rng.uniform(-1, 1, size=(2, n, 3))
                        K = rng.uniform(-1, 1, size=(k, 4, 3))
                        b = rng.uniform(-1, 1, size=(4,))
                        y = layer.torch_fwd(t64(x), [t64(K), t64(b)]).numpy()
                        assert y.shape == (2,) + layer.keras_shape((n, 3)), (n, k, s, d, pad, op)
                        assert np.allclose(y, layer.numpy_fwd(x, [K, b]), rtol=0, atol=1e-12), (n, k, s, d, pad, op)
                        row = Conv2DTranspose(4, (1, k), (1, s), pad, None if op is None else (0, op), (d, d))
                        assert row.tf_valid((1, n, 3))
                        ref = row.numpy_fwd(x[:, None], [K[None], b])[:, 0]
                        assert np.allclose(y, ref, rtol=0, atol=1e-12), (n, k, s, d, pad, op)
                        # the zero-insertion route
                        O = y.shape[1]
                        spread = np.zeros((2, (n - 1) * s + 1, 3))
                        spread[:, ::s, :] = x
                        padded = np.pad(spread, ((0, 0), (ke - 1, ke - 1), (0, 0)))
                        full = Conv1D(4, k, 1, "valid", d, use_bias=False).numpy_fwd(
                            padded, [K[::-1].transpose(0, 2, 1)])
                        assert full.shape[1] == (n - 1) * s + ke
                        crop = 0 if pad == "valid" else max(full.shape[1] - O, 0) // 2
                        kept = np.concatenate([full, np.zeros((2, max(O - full.shape[1], 0), 4))], axis=1)
                        assert np.allclose(y, kept[:, crop:crop + O] + b, rtol=0, atol=1e-12), (n, k, s, d, pad, op)
    # hand-worked: x = [1, 2, 3], kernel [1, 10, 100], bias 0.5, strides 2: the full scatter
    # out[2 i + j] += x[i] w[j] is [1, 10, 100 + 2, 20, 200 + 3, 30, 300] (7 = 2 * 2 + 3 steps)
    x = t64([1.0, 2.0, 3.0]).view(1, 3, 1)
    w = [t64([1.0, 10.0, 100.0]).view(3, 1, 1), t64([0.5])]
    for pad, op, expect in (("valid", None, [1.5, 10.5, 102.5, 20.5, 203.5, 30.5, 300.5]),  # 3 * 2 + 1
                            ("same", None, [1.5, 10.5, 102.5, 20.5, 203.5, 30.5]),  # 6 steps: the last cut
                            ("same", 0, [10.5, 102.5, 20.5, 203.5, 30.5])):  # 5 steps: one cut before
        y = Conv1DTranspose(1, 3, 2, pad, op).torch_fwd(x, w)
        assert y[0, :, 0].tolist() == expect, (pad, op, y)


def sequence_cases(add):
    """Suite "sequence": Conv1D, Conv1DTranspose, the 1-D poolings, ZeroPadding1D, Cropping1D, UpSampling1D,
    SpatialDropout1D, alone and in fused stacks. Channel and filter counts around the vector widths
    (1, 3, 8, 17 in; 1, 4, 16, 33 out)."""
    S = dict(suite="sequence")
    seq = lambda *a, **k: add(*a, **S, **k)

    # --- conv1d: valid / same / causal; strides; dilations; kernel 1; no bias; activations ---
    convs = (
        ("k3_valid_10x3_f4", (10, 3), dict(filters=4, kernel=3)),
        ("k3_same_10x3_f4", (10, 3), dict(filters=4, kernel=3, padding="same")),
        ("k3_causal_10x3_f4", (10, 3), dict(filters=4, kernel=3, padding="causal")),
        ("k3_s2_valid_17x8_f16", (17, 8), dict(filters=16, kernel=3, strides=2)),
        ("k3_s2_same_17x8_f16", (17, 8), dict(filters=16, kernel=3, strides=2, padding="same")),
        ("k4_s2_causal_9x3_f4", (9, 3), dict(filters=4, kernel=4, strides=2, padding="causal")),
        ("k5_s3_valid_23x1_f4", (23, 1), dict(filters=4, kernel=5, strides=3)),
        ("k4_s3_same_20x17_f33", (20, 17), dict(filters=33, kernel=4, strides=3, padding="same", wscale=0.5)),
        ("k2_s3_same_11x3_f1", (11, 3), dict(filters=1, kernel=2, strides=3, padding="same")),
        ("k3_d2_valid_12x3_f4", (12, 3), dict(filters=4, kernel=3, dilation=2)),
        ("k3_d2_same_12x8_f16", (12, 8), dict(filters=16, kernel=3, dilation=2, padding="same")),
        ("k2_d3_causal_15x1_f4", (15, 1), dict(filters=4, kernel=2, dilation=3, padding="causal")),
        ("k3_d3_same_9x17_f33", (9, 17), dict(filters=33, kernel=3, dilation=3, padding="same", wscale=0.5)),
        ("k1_valid_7x17_f33", (7, 17), dict(filters=33, kernel=1, wscale=0.5)),
        ("k1_s2_same_9x8_f1", (9, 8), dict(filters=1, kernel=1, strides=2, padding="same")),
        ("k3_d2_causal_nobias_8x3_f4", (8, 3), dict(filters=4, kernel=3, dilation=2, padding="causal", use_bias=False)),
        ("k3_same_nobias_relu_13x8_f16", (13, 8),
         dict(filters=16, kernel=3, padding="same", activation="relu", use_bias=False)),
        ("k3_causal_tanh_16x3_f33", (16, 3), dict(filters=33, kernel=3, padding="causal", activation="tanh")),
        ("k5_valid_sigmoid_40x17_f4", (40, 17), dict(filters=4, kernel=5, activation="sigmoid", wscale=0.5)),
        ("k3_same_softmax_11x8_f16", (11, 8), dict(filters=16, kernel=3, padding="same", activation="softmax")),
        ("k7_valid_7x3_f4", (7, 3), dict(filters=4, kernel=7)),              # one output step
        ("k3_same_1x3_f4", (1, 3), dict(filters=4, kernel=3, padding="same")),  # one step
        ("k4_d2_causal_1x8_f16", (1, 8), dict(filters=16, kernel=4, dilation=2, padding="causal")),
        ("k5_s2_same_2x1_f1", (2, 1), dict(filters=1, kernel=5, strides=2, padding="same")),  # kernel > input
        ("k5_same_relu_100x8_f32", (100, 8), dict(filters=32, kernel=5, padding="same", activation="relu", wscale=0.5)),
    )
    for tag, shape, kw in convs:
        seq("conv1d_%s" % tag, shape, [Conv1D(**kw)])
    # hand-worked (HAND_WORKED): causal, dilation 2: y[t] = 10 x[t] + x[t - 2] + 0.5; and 'same'
    # with an even kernel (4): one zero before, two after
    seq("conv1d_hand_causal_k2_d2", (4, 1), [Conv1D(1, 2, padding="causal", dilation=2)],
        inputs=np.array([1, 2, 3, 4, -1, 0.5, 2, -3], dtype=np.float32),
        weights=[[WArr(np.array([1.0, 10.0]).reshape(2, 1, 1)), WArr(np.array([0.5]))]])
    seq("conv1d_hand_same_k4", (4, 1), [Conv1D(1, 4, padding="same")],
        inputs=np.array([1, 2, 3, 4, 0.5, -1, 0.25, 2], dtype=np.float32),
        weights=[[WArr(np.array([1.0, 10.0, 100.0, 1000.0]).reshape(4, 1, 1)), WArr(np.array([0.0]))]])

    # --- conv1d_transpose: valid / same; kernels 1 to 5, strides 1 to 3; output_padding unset and
    # set (0 included: with an odd kernel, 'same' then keeps one step less than unset and crops one
    # before); dilations; a kernel shorter than the stride (steps of bias only); no bias;
    # activations. Every geometry one TF accepts (output_padding 0 with an even kernel and 'same'
    # is not: its output does not convolve back to the input's steps).
    transposes = (
        ("k3_s1_valid_5x3_f2", (5, 3), dict(filters=2, kernel=3)),
        ("k3_s2_same_5x2_f3", (5, 2), dict(filters=3, kernel=3, strides=2, padding="same")),
        ("k1_s3_valid_4x2_f2", (4, 2), dict(filters=2, kernel=1, strides=3)),  # kernel < stride
        ("k2_s1_same_6x3_f4", (6, 3), dict(filters=4, kernel=2, padding="same")),  # even: the cut after
        ("k4_s2_same_5x2_f3", (5, 2), dict(filters=3, kernel=4, strides=2, padding="same")),  # one cut before
        ("k5_s3_valid_3x4_f2", (3, 4), dict(filters=2, kernel=5, strides=3)),
        ("k3_s2_op1_valid_4x2_f3", (4, 2), dict(filters=3, kernel=3, strides=2, output_padding=1)),
        ("k1_s2_op0_valid_4x3_f2", (4, 3), dict(filters=2, kernel=1, strides=2, output_padding=0)),  # 7 steps, unset 8
        ("k3_s2_op0_same_5x2_f3", (5, 2), dict(filters=3, kernel=3, strides=2, padding="same", output_padding=0)),
        ("k3_s3_op2_same_5x3_f2", (5, 3), dict(filters=2, kernel=3, strides=3, padding="same", output_padding=2)),
        ("k4_s2_op1_same_4x2_f4", (4, 2), dict(filters=4, kernel=4, strides=2, padding="same", output_padding=1)),
        ("k3_d2_valid_4x3_f2", (4, 3), dict(filters=2, kernel=3, dilation=2)),
        ("k2_d3_same_5x2_f3", (5, 2), dict(filters=3, kernel=2, dilation=3, padding="same")),  # ke 4: one cut before
        ("k3_s2_same_relu_6x2_f3", (6, 2), dict(filters=3, kernel=3, strides=2, padding="same", activation="relu")),
        ("k4_s2_valid_tanh_nobias_5x3_f2", (5, 3),
         dict(filters=2, kernel=4, strides=2, activation="tanh", use_bias=False)),
        ("k3_s2_op1_same_7x17_f33", (7, 17),  # past the vector widths
         dict(filters=33, kernel=3, strides=2, padding="same", output_padding=1, wscale=0.5)),
    )
    for tag, shape, kw in transposes:
        seq("conv1d_transpose_%s" % tag, shape, [Conv1DTranspose(**kw)])
    # hand-worked (HAND_WORKED): x = [1, 2, 3], kernel [1, 10, 100], bias 0.5, strides 2, 'same',
    # output_padding 0: 5 steps, one cut before the full [1, 10, 102, 20, 203, 30, 300]
    seq("conv1d_transpose_hand_k3_s2_op0_same_3x1", (3, 1),
        [Conv1DTranspose(1, 3, strides=2, padding="same", output_padding=0)],
        inputs=np.array([1, 2, 3, -1, 0.5, 2], dtype=np.float32),
        weights=[[WArr(np.array([1.0, 10.0, 100.0]).reshape(3, 1, 1)), WArr(np.array([0.5]))]])

    # --- max_pooling1d and average_pooling1d: the 2-D pooling suite's variety on one axis ----
    pools = (
        ("p2_valid_9x3", (9, 3), dict(pool_size=2)),
        ("p3_s2_valid_10x2", (10, 2), dict(pool_size=3, strides=2)),
        ("p2_s1_valid_6x4", (6, 4), dict(pool_size=2, strides=1)),
        ("p2_s3_valid_11x1", (11, 1), dict(pool_size=2, strides=3)),
        ("p3_s2_same_8x2", (8, 2), dict(pool_size=3, strides=2, padding="same")),
        ("p4_s1_same_5x17", (5, 17), dict(pool_size=4, strides=1, padding="same")),
        ("p3_s3_same_7x8", (7, 8), dict(pool_size=3, strides=3, padding="same")),
        ("p5_s2_same_3x2", (3, 2), dict(pool_size=5, strides=2, padding="same")),  # pool > input
    )
    for mode in ("max", "average"):
        for tag, shape, kw in pools:
            seq("%s_pooling1d_%s" % (mode, tag), shape, [Pooling1D(mode, **kw)])
    # hand-worked: [1, 2, 3, 4, 5], pool 2 'same': windows {1, 2}, {3, 4}, {5} (the padding after)
    hand = np.array([1, 2, 3, 4, 5, -1, -2, -3, -4, -5], dtype=np.float32)
    seq("average_pooling1d_hand_same_5", (5, 1), [Pooling1D("average", 2, padding="same")], inputs=hand)
    seq("max_pooling1d_hand_same_5", (5, 1), [Pooling1D("max", 2, padding="same")], inputs=-hand)

    # --- global pooling ---------------------------------------------------------------------
    for mode in ("max", "average"):
        for keepdims in (False, True):
            seq("global_%s_pooling1d_%s_7x5" % (mode, "keepdims" if keepdims else "flat"), (7, 5),
                [GlobalPooling1D(mode, keepdims)])

    # --- zero_padding1d, cropping1d, upsampling1d, spatial_dropout1d --------------------------
    steps = lambda count: np.arange(1, count + 1, dtype=np.float32)
    seq("zero_padding1d_hand_1_2_3x1", (3, 1), [ZeroPadding1D(1, 2)], inputs=steps(6))
    seq("zero_padding1d_0_3_4x5", (4, 5), [ZeroPadding1D(0, 3)])
    seq("cropping1d_hand_1_2_6x1", (6, 1), [Cropping1D(1, 2)], inputs=steps(12))
    seq("cropping1d_2_0_5x3", (5, 3), [Cropping1D(2, 0)])
    seq("upsampling1d_hand_2_3x1", (3, 1), [UpSampling1D(2)], inputs=steps(6))
    seq("upsampling1d_3_4x5", (4, 5), [UpSampling1D(3)])
    seq("spatial_dropout1d_6x4", (6, 4), [IdentityAtInference("ctnn::spatial_dropout1d<0.2>")])

    # --- the 1-D layers inside fused models ---------------------------------------------------
    seq("stack_conv1d_max_pooling1d_causal_global_average_dense", (50, 6),
        [Conv1D(8, 3, padding="same", activation="relu", wscale=0.5), Pooling1D("max", 2),
         Conv1D(8, 3, padding="causal", dilation=2, wscale=0.5), GlobalPooling1D("average"),
         Dense(3, activation="softmax")])
    seq("stack_conv1d_batch_norm_leaky_average_pooling1d_flatten_dense", (20, 3),
        [Conv1D(8, 3, wscale=0.5), BatchNorm(), LeakyReLU("0.2"),
         Pooling1D("average", 3, strides=2, padding="same"), Flatten(), Dense(4, activation="tanh", wscale=0.5)])
    seq("stack_zero_padding1d_conv1d_upsampling1d_conv1d_cropping1d", (9, 4),
        [ZeroPadding1D(2, 1), Conv1D(6, 3, activation="relu", wscale=0.5), UpSampling1D(2),
         Conv1D(3, 3, padding="same", wscale=0.5), Cropping1D(1, 2)])
    seq("stack_conv1d_spatial_dropout1d_global_max_pooling1d_keepdims_conv1d", (12, 3),
        [Conv1D(8, 3, padding="same", activation="tanh"), IdentityAtInference("ctnn::spatial_dropout1d<0.2>"),
         LeakyReLU("0.2"), GlobalPooling1D("max", keepdims=True), Conv1D(4, 1, activation="sigmoid")])
    # Conv1DTranspose after a Conv1D (an encoder-decoder on sequences): (7, 3) -> (7, 4) -> (14, 3)
    # -> (7, 2)
    seq("stack_conv1d_conv1d_transpose_op1_conv1d", (7, 3),
        [Conv1D(4, 3, padding="same", activation="relu", wscale=0.5),
         Conv1DTranspose(3, 3, strides=2, padding="same", output_padding=1, activation="tanh", wscale=0.5),
         Conv1D(2, 2, strides=2, wscale=0.5)])


# ---------------------------------------------------------------------------
# DepthwiseConv2D (suite "depthwise", tests/golden_depthwise_test.cpp)
# ---------------------------------------------------------------------------
class DepthwiseConv2D(Layer):
    """Keras DepthwiseConv2D, channels last: each input channel c convolved with its own
    depth_multiplier (M) kernels; output channel c * M + m = sum over the taps of x[.., c] *
    depthwise_kernel[i, j, c, m] + bias[c * M + m]. Weights: depthwise_kernel [kh, kw, c, M],
    bias [c * M]. Shapes and 'same' padding exactly as Conv2D (TF: the odd cell after)."""

    def __init__(self, kernel, strides=1, padding="valid", depth_multiplier=1, dilation=1,
                 activation="linear", use_bias=True, wscale=1.0):
        self.k = pair(kernel)
        self.s = pair(strides)
        self.padding = padding
        self.m = depth_multiplier
        self.d = pair(dilation)
        self.act = activation
        self.use_bias = use_bias
        self.wscale = wscale
        assert padding in ("valid", "same"), "Keras: DepthwiseConv2D refuses 'causal'"
        assert self.s == (1, 1) or self.d == (1, 1), "Keras: strides>1 with dilation>1"
        assert self.m >= 1

    def cpp(self):
        return ("ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = %s, .strides = %s, "
                ".padding = ctnn::padding::%s, .depth_multiplier = %d, .dilation_rate = %s, "
                ".activation = ctnn::activation::%s, .use_bias = %s}>" % (
                    cpp_pair(self.k), cpp_pair(self.s), self.padding, self.m, cpp_pair(self.d),
                    self.act, cpp_bool(self.use_bias)))

    def keras_shape(self, in_shape):
        H, W, C = in_shape
        return (conv_out_len(H, self.k[0], self.s[0], self.d[0], self.padding),
                conv_out_len(W, self.k[1], self.s[1], self.d[1], self.padding),
                C * self.m)

    def make_weights(self, rng, in_shape):
        C = in_shape[-1]
        ws = [WArr(rand_f32(rng, (self.k[0], self.k[1], C, self.m), scale=self.wscale))]
        if self.use_bias:
            ws.append(WArr(rand_f32(rng, (C * self.m,), scale=self.wscale)))
        return ws

    def torch_fwd(self, x, ws):
        K = ws[0]
        N, H, W, C = x.shape
        xn = x.permute(0, 3, 1, 2)
        if self.padding == "same":
            xn = pad_same_nchw(xn, self.k, self.s, self.d)
        # [kh, kw, c, M] -> [c, M, kh, kw] -> [c * M, 1, kh, kw]: with groups = c, torch's output
        # channel o reads input channel o // M, so o = c * M + m, as Keras orders them.
        weight = K.permute(2, 3, 0, 1).reshape(C * self.m, 1, self.k[0], self.k[1])
        y = F.conv2d(xn, weight, None, stride=self.s, padding=0, dilation=self.d, groups=C)
        y = y.permute(0, 2, 3, 1)
        if self.use_bias:
            y = y + ws[1]
        return t_act(y, self.act)

    def numpy_fwd(self, x, ws):
        # direct definition, tap by tap: y[o, c, m] = sum_ij x[o*s + i*d - before, c] * K[i, j, c, m]
        K = ws[0]
        N, H, W, C = x.shape
        OH, OW, _ = self.keras_shape((H, W, C))
        if self.padding == "same":
            ph = max((OH - 1) * self.s[0] + (self.k[0] - 1) * self.d[0] + 1 - H, 0) // 2
            pw = max((OW - 1) * self.s[1] + (self.k[1] - 1) * self.d[1] + 1 - W, 0) // 2
        else:
            ph = pw = 0
        y = np.zeros((N, OH, OW, C, self.m))
        for oh in range(OH):
            for ow in range(OW):
                for i in range(self.k[0]):
                    ih = oh * self.s[0] + i * self.d[0] - ph
                    if not 0 <= ih < H:
                        continue
                    for j in range(self.k[1]):
                        iw = ow * self.s[1] + j * self.d[1] - pw
                        if not 0 <= iw < W:
                            continue
                        y[:, oh, ow] += x[:, ih, iw, :, None] * K[i, j]
        y = y.reshape(N, OH, OW, C * self.m)
        if self.use_bias:
            y += ws[1]
        return np_act(y, self.act)


class SeparableConv2D(Layer):
    """Keras SeparableConv2D: DepthwiseConv2D (no bias, linear) then a 1 x 1 convolution to
    `filters` channels, its bias and its activation. Weights: depthwise_kernel [kh, kw, c, M],
    pointwise_kernel [1, 1, c * M, filters], bias [filters]."""

    def __init__(self, filters, kernel, strides=1, padding="valid", dilation=1, depth_multiplier=1,
                 activation="linear", use_bias=True, wscale=1.0):
        self.filters = filters
        self.depthwise = DepthwiseConv2D(kernel, strides, padding, depth_multiplier, dilation, use_bias=False,
                                         wscale=wscale)
        self.act = activation
        self.use_bias = use_bias
        self.wscale = wscale

    def cpp(self):
        d = self.depthwise
        return ("ctnn::separable_conv2d<ctnn::separable_conv2d_opts{.filters = %d, .kernel_size = %s, .strides = %s, "
                ".padding = ctnn::padding::%s, .dilation_rate = %s, .depth_multiplier = %d, "
                ".activation = ctnn::activation::%s, .use_bias = %s}>" % (
                    self.filters, cpp_pair(d.k), cpp_pair(d.s), d.padding, cpp_pair(d.d), d.m, self.act,
                    cpp_bool(self.use_bias)))

    def keras_shape(self, in_shape):
        H, W, _ = self.depthwise.keras_shape(in_shape)
        return (H, W, self.filters)

    def make_weights(self, rng, in_shape):
        C = in_shape[-1]
        ws = self.depthwise.make_weights(rng, in_shape)
        ws.append(WArr(rand_f32(rng, (1, 1, C * self.depthwise.m, self.filters), scale=self.wscale)))
        if self.use_bias:
            ws.append(WArr(rand_f32(rng, (self.filters,), scale=self.wscale)))
        return ws

    def torch_fwd(self, x, ws):
        d = self.depthwise.torch_fwd(x, ws[:1])
        P = ws[1].reshape(d.shape[-1], self.filters)
        y = d @ P
        if self.use_bias:
            y = y + ws[2]
        return t_act(y, self.act)

    def numpy_fwd(self, x, ws):
        d = self.depthwise.numpy_fwd(x, ws[:1])
        N, OH, OW, J = d.shape
        P = np.asarray(ws[1], dtype=np.float64).reshape(J, self.filters)
        y = np.zeros((N, OH, OW, self.filters))
        for j in range(J):  # the 1 x 1 convolution, one depthwise channel at a time
            y += d[..., j:j + 1] * P[j]
        if self.use_bias:
            y += ws[2]
        return np_act(y, self.act)


class ZeroPadding2D(Layer):
    def __init__(self, top, bottom, left, right):
        self.top, self.bottom, self.left, self.right = top, bottom, left, right

    def cpp(self):
        return ("ctnn::zero_padding2d<ctnn::zero_padding2d_opts{.top = %d, .bottom = %d, .left = %d, "
                ".right = %d}>" % (self.top, self.bottom, self.left, self.right))

    def keras_shape(self, in_shape):
        H, W, C = in_shape
        return (self.top + H + self.bottom, self.left + W + self.right, C)

    def torch_fwd(self, x, ws):
        return F.pad(x, (0, 0, self.left, self.right, self.top, self.bottom))

    def numpy_fwd(self, x, ws):
        N, H, W, C = x.shape
        y = np.zeros((N, self.top + H + self.bottom, self.left + W + self.right, C))
        y[:, self.top:self.top + H, self.left:self.left + W, :] = x
        return y


class DepthwiseConv1D(Layer):
    """Keras 3 DepthwiseConv1D, channels last: output channel c * M + m is input channel c
    convolved with kernel[:, c, m] (+ bias[c * M + m]). Weights: kernel [k, c, M], bias [c * M].
    Padding 'valid' or 'same' (Keras refuses 'causal'; `causal_ok` lets SeparableConv1D's
    depthwise half use tf.keras 2's causal zeros)."""

    def __init__(self, kernel, strides=1, padding="valid", depth_multiplier=1, dilation=1,
                 activation="linear", use_bias=True, wscale=1.0, causal_ok=False):
        assert isinstance(kernel, int) and isinstance(strides, int) and isinstance(dilation, int)
        assert padding in (("valid", "same", "causal") if causal_ok else ("valid", "same")), padding
        assert strides == 1 or dilation == 1, "Keras: strides>1 with dilation>1"
        assert depth_multiplier >= 1
        self.k, self.s, self.d, self.m = kernel, strides, dilation, depth_multiplier
        self.padding = padding
        self.act = activation
        self.use_bias = use_bias
        self.wscale = wscale

    def cpp(self):
        return ("ctnn::depthwise_conv1d<ctnn::depthwise_conv1d_opts{.kernel_size = %d, .strides = %d, "
                ".padding = ctnn::padding::%s, .depth_multiplier = %d, .dilation_rate = %d, "
                ".activation = ctnn::activation::%s, .use_bias = %s}>" % (
                    self.k, self.s, self.padding, self.m, self.d, self.act, cpp_bool(self.use_bias)))

    def keras_shape(self, in_shape):
        n, c = in_shape
        if self.padding == "causal":  # valid on the left-padded input
            out = conv_out_len(n + eff(self.k, self.d) - 1, self.k, self.s, self.d, "valid")
            assert out == -(-n // self.s)
        else:
            out = conv_out_len(n, self.k, self.s, self.d, self.padding)
        return (out, c * self.m)

    def make_weights(self, rng, in_shape):
        C = in_shape[-1]
        ws = [WArr(rand_f32(rng, (self.k, C, self.m), scale=self.wscale))]
        if self.use_bias:
            ws.append(WArr(rand_f32(rng, (C * self.m,), scale=self.wscale)))
        return ws

    def torch_fwd(self, x, ws):
        K = ws[0]
        N, n, C = x.shape
        before, after = seq_pads(n, self.k, self.s, self.d, self.padding)
        xn = F.pad(x.permute(0, 2, 1), (before, after))                 # (N, C, steps)
        # [k, c, M] -> [c, M, k] -> [c * M, 1, k]: with groups = c, torch's output channel o reads
        # input channel o // M, so o = c * M + m, as Keras orders them.
        weight = K.permute(1, 2, 0).reshape(C * self.m, 1, self.k)
        y = F.conv1d(xn, weight, None, stride=self.s, padding=0, dilation=self.d, groups=C)
        y = y.permute(0, 2, 1)
        if self.use_bias:
            y = y + ws[1]
        return t_act(y, self.act)

    def numpy_fwd(self, x, ws):
        # direct definition, tap by tap: y[o, c * M + m] = sum_j x[o*s + j*d - before, c] * K[j, c, m]
        K = ws[0]
        N, n, C = x.shape
        before, out = np_seq_window(n, self.k, self.s, self.d, self.padding)
        y = np.zeros((N, out, C * self.m))
        for o in range(out):
            for c in range(C):
                for m in range(self.m):
                    for j in range(self.k):
                        i = o * self.s + j * self.d - before
                        if 0 <= i < n:
                            y[:, o, c * self.m + m] += x[:, i, c] * K[j, c, m]
        if self.use_bias:
            y += ws[1]
        return np_act(y, self.act)


class SeparableConv1D(Layer):
    """Keras SeparableConv1D: the depthwise half (DepthwiseConv1D, no bias, linear) then a
    kernel-1 convolution to `filters` channels, its bias and its activation. Weights:
    depthwise_kernel [k, c, M], pointwise_kernel [1, c * M, filters], bias [filters]. Padding
    'valid', 'same' or tf.keras 2's 'causal' ((k - 1) * d zeros before, none after)."""

    def __init__(self, filters, kernel, strides=1, padding="valid", dilation=1, depth_multiplier=1,
                 activation="linear", use_bias=True, wscale=1.0):
        self.filters = filters
        self.depthwise = DepthwiseConv1D(kernel, strides, padding, depth_multiplier, dilation, use_bias=False,
                                         wscale=wscale, causal_ok=True)
        self.act = activation
        self.use_bias = use_bias
        self.wscale = wscale

    def cpp(self):
        d = self.depthwise
        return ("ctnn::separable_conv1d<ctnn::separable_conv1d_opts{.filters = %d, .kernel_size = %d, .strides = %d, "
                ".padding = ctnn::padding::%s, .dilation_rate = %d, .depth_multiplier = %d, "
                ".activation = ctnn::activation::%s, .use_bias = %s}>" % (
                    self.filters, d.k, d.s, d.padding, d.d, d.m, self.act, cpp_bool(self.use_bias)))

    def keras_shape(self, in_shape):
        n, _ = self.depthwise.keras_shape(in_shape)
        return (n, self.filters)

    def make_weights(self, rng, in_shape):
        C = in_shape[-1]
        ws = self.depthwise.make_weights(rng, in_shape)
        ws.append(WArr(rand_f32(rng, (1, C * self.depthwise.m, self.filters), scale=self.wscale)))
        if self.use_bias:
            ws.append(WArr(rand_f32(rng, (self.filters,), scale=self.wscale)))
        return ws

    def torch_fwd(self, x, ws):
        d = self.depthwise.torch_fwd(x, ws[:1])                          # (N, steps, c * M)
        # the pointwise half: a kernel-1 convolution, [1, c * M, filters] -> [filters, c * M, 1]
        y = F.conv1d(d.permute(0, 2, 1), ws[1].permute(2, 1, 0), None).permute(0, 2, 1)
        if self.use_bias:
            y = y + ws[2]
        return t_act(y, self.act)

    def numpy_fwd(self, x, ws):
        d = self.depthwise.numpy_fwd(x, ws[:1])
        N, out, J = d.shape
        P = np.asarray(ws[1], dtype=np.float64)
        y = np.zeros((N, out, self.filters))
        for o in range(out):
            for f in range(self.filters):
                for b in range(N):
                    y[b, o, f] = math.fsum(d[b, o, j] * P[0, j, f] for j in range(J))
        if self.use_bias:
            y += ws[2]
        return np_act(y, self.act)


def depthwise1d_self_checks():
    """DepthwiseConv1D and SeparableConv1D against this script's DepthwiseConv2D and
    SeparableConv2D on the image of one row (1, steps, c) with kernel (1, k) ('valid', 'same'),
    causal against 'valid' after (k - 1) * d zeros at the start, torch against numpy, and the
    channel order c * M + m and TF's 'same' on hand-worked examples."""
    rng = np.random.default_rng(8765)
    for n in (1, 2, 5, 8, 11):
        for k in (1, 2, 3, 4, 5):
            for s, d in ((1, 1), (2, 1), (3, 1), (1, 2), (1, 3)):
                for C, M in ((1, 1), (3, 2), (4, 1), (2, 3)):
                    x = rng.uniform(-1, 1, size=(2, n, C))
                    K = rng.uniform(-1, 1, size=(k, C, M))
                    b = rng.uniform(-1, 1, size=(C * M,))
                    P = rng.uniform(-1, 1, size=(1, C * M, 5))
                    pb = rng.uniform(-1, 1, size=(5,))
                    for pad in ("valid", "same", "causal"):
                        if pad == "valid" and n < eff(k, d):
                            continue
                        where = (n, k, s, d, C, M, pad)
                        if pad != "causal":
                            one = DepthwiseConv1D(k, s, pad, M, d)
                            y = one.torch_fwd(t64(x), [t64(K), t64(b)]).numpy()
                            assert y.shape == (2,) + one.keras_shape((n, C)), where
                            assert np.allclose(y, one.numpy_fwd(x, [K, b]), rtol=0, atol=1e-12), where
                            two = DepthwiseConv2D((1, k), (1, s), pad, M, (1, d))
                            ref = two.numpy_fwd(x[:, None], [K[None], b])[:, 0]
                            assert np.allclose(y, ref, rtol=0, atol=1e-12), where
                            ref = two.torch_fwd(t64(x[:, None]), [t64(K[None]), t64(b)]).numpy()[:, 0]
                            assert np.allclose(one.numpy_fwd(x, [K, b]), ref, rtol=0, atol=1e-12), where
                        sep = SeparableConv1D(5, k, s, pad, d, M)
                        y = sep.torch_fwd(t64(x), [t64(K), t64(P), t64(pb)]).numpy()
                        assert y.shape == (2,) + sep.keras_shape((n, C)), where
                        assert np.allclose(y, sep.numpy_fwd(x, [K, P, pb]), rtol=0, atol=1e-12), where
                        if pad == "causal":
                            left = np.concatenate([np.zeros((2, eff(k, d) - 1, C)), x], axis=1)
                            ref = SeparableConv1D(5, k, s, "valid", d, M).numpy_fwd(left, [K, P, pb])
                            assert np.allclose(y, ref, rtol=0, atol=1e-12), where
                            later = x.copy()  # output o reads no step after o * s
                            later[:, n - 1] += 1.0
                            z = sep.torch_fwd(t64(later), [t64(K), t64(P), t64(pb)]).numpy()
                            untouched = (n - 2) // s + 1  # outputs o with o * s <= n - 2
                            assert np.array_equal(z[:, :untouched], y[:, :untouched]), where
                        else:
                            two = SeparableConv2D(5, (1, k), (1, s), pad, (1, d), M)
                            ref = two.numpy_fwd(x[:, None], [K[None], P[None], pb])[:, 0]
                            assert np.allclose(y, ref, rtol=0, atol=1e-12), where
    # channel order: [[1, 10], [2, 20], [3, 30]] (step, channel), kernel 2, M 2: channel 0 its
    # left and right tap (+ 0.5), channel 1 the sum and the difference
    K = np.zeros((2, 2, 2))
    K[:, 0, 0], K[:, 0, 1], K[:, 1, 0], K[:, 1, 1] = (1, 0), (0, 1), (1, 1), (1, -1)
    y = DepthwiseConv1D(2, depth_multiplier=2).torch_fwd(t64([[1, 10], [2, 20], [3, 30]]).view(1, 3, 2),
                                                          [t64(K), t64([0, 0.5, 0, 0])])
    assert y[0].tolist() == [[1, 2.5, 30, -10], [2, 3.5, 50, -10]], y
    # 'same' with an even kernel [1, 10] on [1, 2, 3]: one zero after, none before
    y = DepthwiseConv1D(2, padding="same").torch_fwd(t64([1.0, 2.0, 3.0]).view(1, 3, 1),
                                                     [t64([1.0, 10.0]).view(2, 1, 1), t64([0.0])])
    assert y[0, :, 0].tolist() == [21, 32, 3], y
    # causal, kernel [1, 10] on [1, 2, 3]: one zero before: y[t] = x[t - 1] + 10 x[t]
    y = SeparableConv1D(1, 2, padding="causal").torch_fwd(
        t64([1.0, 2.0, 3.0]).view(1, 3, 1), [t64([1.0, 10.0]).view(2, 1, 1), t64([[[2.0]]]), t64([0.5])])
    assert y[0, :, 0].tolist() == [20.5, 42.5, 64.5], y
    assert seq_pads(3, 2, 1, 1, "same") == (0, 1) and seq_pads(9, 3, 2, 2, "causal") == (4, 0)


def depthwise_self_checks():
    """DepthwiseConv2D against Conv2D with the block-diagonal kernel it stands for
    (K2[i, j, c, c * M + m] = K[i, j, c, m], zero elsewhere): an independent route through this
    script's Conv2D padding and shape rules; torch and numpy against each other on random data;
    the channel order c * M + m and TF's 'same' (the odd cell after) on hand-worked examples."""
    rng = np.random.default_rng(4321)
    for (H, W) in ((1, 1), (2, 3), (5, 5), (6, 7)):
        for k in ((1, 1), (2, 2), (3, 3), (3, 1), (4, 3), (5, 5)):
            for s, d in (((1, 1), (1, 1)), ((2, 2), (1, 1)), ((2, 1), (1, 1)), ((1, 1), (2, 2))):
                for pad in ("valid", "same"):
                    if pad == "valid" and (H < eff(k[0], d[0]) or W < eff(k[1], d[1])):
                        continue
                    for C, M in ((1, 1), (3, 2), (4, 1), (2, 3)):
                        x = rng.uniform(-1, 1, size=(2, H, W, C))
                        K = rng.uniform(-1, 1, size=k + (C, M))
                        b = rng.uniform(-1, 1, size=(C * M,))
                        layer = DepthwiseConv2D(k, s, pad, M, d)
                        y = layer.torch_fwd(t64(x), [t64(K), t64(b)]).numpy()
                        assert y.shape == (2,) + layer.keras_shape((H, W, C)), (H, W, k, s, d, pad, C, M)
                        assert np.allclose(y, layer.numpy_fwd(x, [K, b]), rtol=0, atol=1e-12)
                        full = np.zeros(k + (C, C * M))
                        for c in range(C):
                            full[:, :, c, c * M:(c + 1) * M] = K[:, :, c, :]
                        ref = Conv2D(C * M, k, s, pad, d).numpy_fwd(x, [full, b])
                        assert np.allclose(y, ref, rtol=0, atol=1e-12), (H, W, k, s, d, pad, C, M)
    # channel order: two channels, M = 2, kernel (1, 2): output channel c * M + m
    x = t64([[[1, 10], [2, 20]], [[3, 30], [4, 40]]]).view(1, 2, 2, 2)
    K = np.zeros((1, 2, 2, 2))
    K[0, :, 0, 0], K[0, :, 0, 1] = (1, 0), (0, 1)    # channel 0: left, right
    K[0, :, 1, 0], K[0, :, 1, 1] = (1, 1), (1, -1)   # channel 1: sum, difference
    y = DepthwiseConv2D((1, 2), depth_multiplier=2).torch_fwd(x, [t64(K), t64([0, 0.5, 0, 0])])
    assert y[0, :, 0, :].tolist() == [[1, 2.5, 30, -10], [3, 4.5, 70, -10]], y
    # 'same' with an even kernel (1, 2) on a row of 3: one zero after, none before
    y = DepthwiseConv2D((1, 2), padding="same").torch_fwd(t64([1.0, 2.0, 3.0]).view(1, 1, 3, 1),
                                                          [t64([1.0, 10.0]).view(1, 2, 1, 1), t64([0.0])])
    assert y[0, 0, :, 0].tolist() == [21, 32, 3], y
    # kernel larger than the input: 'same' on 1 x 1 with a 3 x 3 kernel reads only the centre tap
    K = rng.uniform(-1, 1, size=(3, 3, 2, 1))
    y = DepthwiseConv2D(3, padding="same").torch_fwd(t64([2.0, -1.0]).view(1, 1, 1, 2), [t64(K), t64([0.0, 0.0])])
    assert np.allclose(y[0, 0, 0].numpy(), [2 * K[1, 1, 0, 0], -K[1, 1, 1, 0]], rtol=0, atol=1e-15)
    assert conv_same_pad(8, 3, 2, 1) == (0, 1) and conv_same_pad(5, 4, 1, 1) == (1, 2)


def depthwise_cases(add):
    """Suite "depthwise": DepthwiseConv2D alone (kernels 1, 3, 5, (3, 1), 4; strides 1, 2,
    (2, 1); valid and same; dilation 2; depth multipliers 1, 2, 3; channels 1, 3, 4, 8, 16, 17,
    33 around the vector widths 4, 8, 16; one-pixel images and kernels larger than the input;
    no bias; activations) and in fused stacks: MobileNet v1 blocks, after an upsampling, strided
    with a multiplier and followed by LeakyReLU and BatchNormalization; SeparableConv2D; then
    DepthwiseConv1D and SeparableConv1D (kernels 1 to 5, strides 1 to 3, dilations 2 and 3,
    multipliers 1 to 3, 'valid', 'same' and, for SeparableConv1D, 'causal'; one step, one channel)
    alone and in stacks."""
    D = dict(suite="depthwise")
    dw = lambda *a, **k: add(*a, **D, **k)
    relu6 = lambda: ReLULayer("6.0")

    singles = (
        # kernel sizes, valid and same
        ("k3_valid_6x7x3", (6, 7, 3), dict(kernel=3)),
        ("k3_same_6x7x3", (6, 7, 3), dict(kernel=3, padding="same")),
        ("k1_s2_same_5x6x8", (5, 6, 8), dict(kernel=1, strides=2, padding="same")),
        ("k5_valid_7x8x4", (7, 8, 4), dict(kernel=5)),
        ("k5_same_7x6x8", (7, 6, 8), dict(kernel=5, padding="same")),
        ("k4_same_5x5x4", (5, 5, 4), dict(kernel=4, padding="same")),           # 1 before, 2 after
        ("k3x1_same_6x5x4", (6, 5, 4), dict(kernel=(3, 1), padding="same")),
        # strides
        ("k3_s2_valid_7x7x8", (7, 7, 8), dict(kernel=3, strides=2)),
        ("k3_s2_same_8x6x8", (8, 6, 8), dict(kernel=3, strides=2, padding="same")),  # 0 before, 1 after
        ("k2_s2_same_5x5x3", (5, 5, 3), dict(kernel=2, strides=2, padding="same")),
        ("k3_s2x1_valid_7x5x4", (7, 5, 4), dict(kernel=3, strides=(2, 1))),
        ("k3_s2x1_same_6x5x16", (6, 5, 16), dict(kernel=3, strides=(2, 1), padding="same")),
        ("k3x1_s2x1_same_7x4x3", (7, 4, 3), dict(kernel=(3, 1), strides=(2, 1), padding="same")),
        # dilation (stride 1)
        ("k3_d2_valid_7x7x3", (7, 7, 3), dict(kernel=3, dilation=2)),
        ("k3_d2_same_6x7x4", (6, 7, 4), dict(kernel=3, dilation=2, padding="same")),
        ("k2_d2_same_5x5x17", (5, 5, 17), dict(kernel=2, dilation=2, padding="same")),
        # depth multipliers
        ("k3_m2_valid_5x5x3", (5, 5, 3), dict(kernel=3, depth_multiplier=2)),
        ("k3_m2_same_6x6x8", (6, 6, 8), dict(kernel=3, depth_multiplier=2, padding="same")),
        ("k3_m3_same_5x4x1", (5, 4, 1), dict(kernel=3, depth_multiplier=3, padding="same")),
        ("k3_s2_m2_same_7x7x4", (7, 7, 4), dict(kernel=3, strides=2, depth_multiplier=2, padding="same")),
        ("k3_m3_same_4x4x17", (4, 4, 17), dict(kernel=3, depth_multiplier=3, padding="same", wscale=0.5)),
        ("k3_m2_valid_6x6x16", (6, 6, 16), dict(kernel=3, depth_multiplier=2)),
        ("k3_d2_m2_same_6x6x3", (6, 6, 3), dict(kernel=3, dilation=2, depth_multiplier=2, padding="same")),
        # channel counts around the vector widths
        ("k3_same_5x5x17", (5, 5, 17), dict(kernel=3, padding="same")),
        ("k3_same_4x5x33", (4, 5, 33), dict(kernel=3, padding="same")),
        ("k3_s2_valid_9x9x33", (9, 9, 33), dict(kernel=3, strides=2, wscale=0.5)),
        # one-pixel images, kernels larger than the input
        ("k3_same_1x1x4", (1, 1, 4), dict(kernel=3, padding="same")),
        ("k3_s2_m2_same_1x1x8", (1, 1, 8), dict(kernel=3, strides=2, depth_multiplier=2, padding="same")),
        ("k5_same_3x2x3", (3, 2, 3), dict(kernel=5, padding="same")),
        ("k5_s2_same_2x3x4", (2, 3, 4), dict(kernel=5, strides=2, padding="same")),
        # no bias, activations
        ("k3_same_nobias_5x5x8", (5, 5, 8), dict(kernel=3, padding="same", use_bias=False)),
        ("k3_m2_valid_nobias_5x5x3", (5, 5, 3), dict(kernel=3, depth_multiplier=2, use_bias=False)),
        ("k3_same_relu_6x6x8", (6, 6, 8), dict(kernel=3, padding="same", activation="relu")),
        ("k3_s2_same_sigmoid_5x5x3", (5, 5, 3), dict(kernel=3, strides=2, padding="same", activation="sigmoid")),
        ("k3_m2_same_softmax_4x4x3", (4, 4, 3), dict(kernel=3, depth_multiplier=2, padding="same", activation="softmax")),
    )
    for tag, shape, kw in singles:
        dw("depthwise_conv2d_%s" % tag, shape, [DepthwiseConv2D(**kw)])
    # relu6 above its cap: inputs in [-2, 2], weights in [-4, 4]
    wide = (np.random.default_rng(zlib.crc32(b"depthwise relu6 inputs"))
            .uniform(-2, 2, size=(BATCH, 5, 5, 4)).astype(np.float32))
    dw("depthwise_conv2d_k3_same_relu6_5x5x4", (5, 5, 4),
       [DepthwiseConv2D(3, padding="same", activation="relu6", wscale=4.0)], inputs=wide)
    # hand-worked (HAND_WORKED): the channel order c * M + m (channel 0: left, right; channel 1:
    # sum, difference), and TF's 'same' with an even kernel (1, 2): the one zero after the row
    K = np.zeros((1, 2, 2, 2), dtype=np.float32)
    K[0, :, 0, 0], K[0, :, 0, 1], K[0, :, 1, 0], K[0, :, 1, 1] = (1, 0), (0, 1), (1, 1), (1, -1)
    dw("depthwise_conv2d_hand_m2_2x2x2", (2, 2, 2), [DepthwiseConv2D((1, 2), depth_multiplier=2)],
       inputs=np.array([1, 10, 2, 20, 3, 30, 4, 40, -1, 0.5, 2, -2, 0.25, 4, -3, 1], dtype=np.float32),
       weights=[[WArr(K), WArr(np.array([0, 0.5, 0, 0]))]])
    dw("depthwise_conv2d_hand_same_k1x2_1x3x1", (1, 3, 1), [DepthwiseConv2D((1, 2), padding="same")],
       inputs=np.array([1, 2, 3, -1, 0.5, 2], dtype=np.float32),
       weights=[[WArr(np.array([1.0, 10.0]).reshape(1, 2, 1, 1)), WArr(np.array([0.0]))]])

    # --- DepthwiseConv2D inside fused models -------------------------------------------------
    # a MobileNet v1 stem and block: conv 3x3/2 -> BN -> ReLU6, depthwise 3x3 -> BN -> ReLU6,
    # pointwise 1x1 -> BN -> ReLU6, then the classifier's global average pooling and dense
    dw("stack_mobilenet_v1_block", (16, 16, 3),
       [Conv2D(8, 3, strides=2, padding="same", use_bias=False, wscale=0.5), BatchNorm(), relu6(),
        DepthwiseConv2D(3, padding="same", use_bias=False), BatchNorm(), relu6(),
        Conv2D(16, 1, use_bias=False, wscale=0.5), BatchNorm(), relu6(),
        GlobalPooling2D("average"), Dense(4)])
    # keras.applications.MobileNet's strided block: ZeroPadding2D(((0, 1), (0, 1))) and a valid
    # depthwise 3x3/2, then the pointwise conv
    dw("stack_mobilenet_v1_strided_block", (8, 8, 4),
       [ZeroPadding2D(0, 1, 0, 1), DepthwiseConv2D(3, strides=2, use_bias=False), BatchNorm(), relu6(),
        Conv2D(8, 1, use_bias=False, wscale=0.5), BatchNorm(), relu6()])
    # after an upsampling: nearest into a stride-1 depthwise, bilinear into a strided one
    dw("stack_upsampling2d_depthwise_conv2d_conv2d", (4, 4, 3),
       [UpSampling2D((2, 2)), DepthwiseConv2D(3, padding="same", depth_multiplier=2, activation="relu"),
        Conv2D(4, 1, wscale=0.5)])
    dw("stack_upsampling2d_bilinear_depthwise_conv2d_s2", (3, 4, 8),
       [UpSampling2D((2, 2), "bilinear"), DepthwiseConv2D(3, strides=2, padding="same")])
    # strided with multiplier 2, then LeakyReLU and BatchNormalization (after the activation: not
    # folded into the weights)
    dw("stack_depthwise_conv2d_s2_m2_leaky_relu_batch_norm", (9, 9, 4),
       [DepthwiseConv2D(3, strides=2, padding="same", depth_multiplier=2), LeakyReLU("0.2"), BatchNorm()])
    # SeparableConv2D: the depthwise half (kernels, strides, dilation, multipliers), then the 1 x 1
    # half to filters around the vector widths, its bias and activation; the mini-Xception block
    for tag, shape, kw in (
            ("f4_k3_same_6x6x3", (6, 6, 3), dict(filters=4, kernel=3, padding="same")),
            ("f16_k3_same_nobias_6x5x8", (6, 5, 8), dict(filters=16, kernel=3, padding="same", use_bias=False)),
            ("f17_k3_s2_valid_7x7x4", (7, 7, 4), dict(filters=17, kernel=3, strides=2, wscale=0.5)),
            ("f5_k2x3_m2_same_relu_5x6x3", (5, 6, 3), dict(filters=5, kernel=(2, 3), depth_multiplier=2, padding="same",
                                                           activation="relu")),
            ("f3_k3_d2_same_tanh_6x6x5", (6, 6, 5), dict(filters=3, kernel=3, dilation=2, padding="same", activation="tanh")),
            ("f33_k1_m3_valid_3x3x2", (3, 3, 2), dict(filters=33, kernel=1, depth_multiplier=3, wscale=0.5)),
            ("f6_k3_same_softmax_1x1x4", (1, 1, 4), dict(filters=6, kernel=3, padding="same", activation="softmax"))):
        dw("separable_conv2d_%s" % tag, shape, [SeparableConv2D(**kw)])
    dw("stack_mini_xception_block", (8, 8, 8),
       [SeparableConv2D(16, 3, padding="same", use_bias=False, wscale=0.5), BatchNorm(), ReLULayer(),
        SeparableConv2D(16, 3, padding="same", use_bias=False, wscale=0.5), BatchNorm()])
    # two depthwise layers in a row, the second with its own activation and a batch normalization after it
    dw("stack_depthwise_conv2d_depthwise_conv2d_batch_norm", (7, 7, 3),
       [DepthwiseConv2D(3, padding="same", depth_multiplier=2, use_bias=False), BatchNorm(),
        DepthwiseConv2D(3, strides=2, activation="relu"), BatchNorm("1e-5")])

    # --- DepthwiseConv1D and SeparableConv1D (after the 2-D cases, so that those keep their data) ---
    for tag, shape, kw in (
            ("k3_valid_10x3", (10, 3), dict(kernel=3)),
            ("k3_same_10x8", (10, 8), dict(kernel=3, padding="same")),
            ("k2_same_7x4", (7, 4), dict(kernel=2, padding="same")),                      # 0 before, 1 after
            ("k4_s2_same_tanh_11x33", (11, 33), dict(kernel=4, strides=2, padding="same", activation="tanh")),
            ("k1_s2_same_9x16", (9, 16), dict(kernel=1, strides=2, padding="same")),
            ("k5_s3_valid_23x17", (23, 17), dict(kernel=5, strides=3, wscale=0.5)),
            ("k3_s2_m2_same_8x4", (8, 4), dict(kernel=3, strides=2, depth_multiplier=2, padding="same")),
            ("k3_d2_valid_12x3", (12, 3), dict(kernel=3, dilation=2)),
            ("k2_d3_m3_same_10x8", (10, 8), dict(kernel=2, dilation=3, depth_multiplier=3, padding="same")),
            ("k3_m3_valid_6x1", (6, 1), dict(kernel=3, depth_multiplier=3)),                # one channel
            ("k5_same_1x4", (1, 4), dict(kernel=5, padding="same")),                         # one step
            ("k3_same_nobias_relu_9x8", (9, 8), dict(kernel=3, padding="same", use_bias=False, activation="relu")),
            ("k3_m2_same_softmax_6x3", (6, 3), dict(kernel=3, depth_multiplier=2, padding="same",
                                                    activation="softmax"))):
        dw("depthwise_conv1d_%s" % tag, shape, [DepthwiseConv1D(**kw)])
    # hand-worked (HAND_WORKED): 'same' with an even kernel [1, 10] on [1, 2, 3] (the one zero
    # after), and the channel order c * M + m (channel 0: left, right; channel 1: sum, difference)
    dw("depthwise_conv1d_hand_same_k2_3x1", (3, 1), [DepthwiseConv1D(2, padding="same")],
       inputs=np.array([1, 2, 3, -1, 0.5, 2], dtype=np.float32),
       weights=[[WArr(np.array([1.0, 10.0]).reshape(2, 1, 1)), WArr(np.array([0.0]))]])
    K = np.zeros((2, 2, 2), dtype=np.float32)
    K[:, 0, 0], K[:, 0, 1], K[:, 1, 0], K[:, 1, 1] = (1, 0), (0, 1), (1, 1), (1, -1)
    dw("depthwise_conv1d_hand_m2_3x2", (3, 2), [DepthwiseConv1D(2, depth_multiplier=2)],
       inputs=np.array([1, 10, 2, 20, 3, 30, -1, 0.5, 2, -2, 0.25, 4], dtype=np.float32),
       weights=[[WArr(K), WArr(np.array([0, 0.5, 0, 0]))]])
    for tag, shape, kw in (
            ("f4_k3_valid_10x3", (10, 3), dict(filters=4, kernel=3)),
            ("f16_k3_same_nobias_9x8", (9, 8), dict(filters=16, kernel=3, padding="same", use_bias=False, wscale=0.5)),
            ("f5_k3_s2_causal_tanh_11x4", (11, 4), dict(filters=5, kernel=3, strides=2, padding="causal",
                                                         activation="tanh")),
            ("f17_k2_d3_m2_causal_12x3", (12, 3), dict(filters=17, kernel=2, dilation=3, depth_multiplier=2,
                                                        padding="causal", wscale=0.5)),
            ("f1_k5_s3_same_14x1", (14, 1), dict(filters=1, kernel=5, strides=3, padding="same")),  # one channel
            ("f33_k1_m3_valid_5x2", (5, 2), dict(filters=33, kernel=1, depth_multiplier=3, wscale=0.5)),
            ("f8_k3_d2_m2_same_relu_10x16", (10, 16), dict(filters=8, kernel=3, dilation=2, depth_multiplier=2,
                                                            padding="same", activation="relu", wscale=0.5)),
            ("f6_k3_causal_softmax_1x4", (1, 4), dict(filters=6, kernel=3, padding="causal", activation="softmax"))):
        dw("separable_conv1d_%s" % tag, shape, [SeparableConv1D(**kw)])
    dw("stack_depthwise_conv1d_batch_norm_relu_separable_conv1d", (12, 8),
       [DepthwiseConv1D(3, padding="same", depth_multiplier=2, use_bias=False), BatchNorm(), ReLULayer(),
        SeparableConv1D(16, 3, padding="same", wscale=0.5)])
    dw("stack_conv1d_separable_conv1d_causal_global_average_dense", (20, 3),
       [Conv1D(8, 3, padding="same", activation="relu", wscale=0.5),
        SeparableConv1D(8, 3, padding="causal", dilation=2, wscale=0.5), GlobalPooling1D("average"),
        Dense(3, activation="softmax")])
    dw("stack_separable_conv1d_max_pooling1d", (11, 4),
       [SeparableConv1D(8, 3, padding="same", depth_multiplier=2, activation="relu"),
        Pooling1D("max", 2, padding="same")])


# ---------------------------------------------------------------------------
# Reshaping and image preprocessing layers (suite "reshaping", tests/golden_reshaping_test.cpp):
# RepeatVector, Permute, Resizing, CenterCrop, RandomCrop (inference), UnitNormalization,
# RMSNormalization, ActivityRegularization and the augmentation layers (identity at inference).
# Keras 3 with the TensorFlow backend: tf.image.resize (TF2: half_pixel_centers, no antialias)
# computes its scale, source coordinates, floors and lerps in float32, so both implementations
# below compute those in float32 (torch float32 tensors; numpy float32 scalars), one rounding
# per operation, no fused multiply-add; the pixel values themselves are float64.
# ---------------------------------------------------------------------------
class RepeatVector(Layer):
    def __init__(self, n):
        self.n = n

    def cpp(self):
        return "ctnn::repeat_vector<%d>" % self.n

    def keras_shape(self, in_shape):
        assert len(in_shape) == 1, "Keras: RepeatVector takes (batch, features)"
        return (self.n, in_shape[0])

    def torch_fwd(self, x, ws):
        return x.unsqueeze(1).repeat(1, self.n, 1)

    def numpy_fwd(self, x, ws):
        N, f = x.shape
        y = np.zeros((N, self.n, f))
        for t in range(self.n):
            for i in range(f):
                y[:, t, i] = x[:, i]
        return y


class Permute(Layer):
    """Keras Permute(dims): output axis i is input axis dims[i] (1-based, the batch not counted)."""

    def __init__(self, *dims):
        self.dims = tuple(dims)

    def cpp(self):
        return "ctnn::permute<%s>" % ", ".join(str(d) for d in self.dims)

    def keras_shape(self, in_shape):
        assert sorted(self.dims) == list(range(1, len(in_shape) + 1)), "Keras: dims must permute 1..rank"
        return tuple(in_shape[d - 1] for d in self.dims)

    def torch_fwd(self, x, ws):
        return x.permute(0, *self.dims)

    def numpy_fwd(self, x, ws):
        out_shape = self.keras_shape(x.shape[1:])
        y = np.zeros((x.shape[0],) + out_shape)
        for idx in np.ndindex(*out_shape):
            src = [0] * len(idx)
            for i, d in enumerate(self.dims):
                src[d - 1] = idx[i]       # output index i walks input axis dims[i]
            y[(slice(None),) + idx] = x[(slice(None),) + tuple(src)]
        return y


def t_resize_tf(x, size, interpolation):
    """tf.image.resize(x, size, method) of an NHWC float64 tensor (TF2: ResizeBilinear /
    ResizeNearestNeighbor with half_pixel_centers=True, align_corners=False, no antialias):
    each axis's source rows/columns and lerps in torch float32 arithmetic, as TF's kernels
    compute them, then index_select gathers and the lerps in float64."""
    assert interpolation in ("nearest", "bilinear")
    N, H, W, C = x.shape

    def axis(n_in, n_out):
        scale = torch.tensor(n_in, dtype=torch.float32) / torch.tensor(n_out, dtype=torch.float32)
        d = torch.arange(n_out, dtype=torch.float32)
        if interpolation == "nearest":
            # min(floor((d + 0.5) * scale), n_in - 1), then max(., 0)
            i = torch.floor((d + 0.5) * scale).to(torch.int64).clamp(max=n_in - 1).clamp(min=0)
            return i, i, torch.zeros(n_out, dtype=DT)
        src = (d + 0.5) * scale - 0.5
        fl = torch.floor(src)
        lo = fl.to(torch.int64).clamp(min=0)
        hi = torch.ceil(src).to(torch.int64).clamp(max=n_in - 1)
        return lo, hi, (src - fl).to(DT)

    ylo, yhi, ly = axis(H, size[0])
    xlo, xhi, lx = axis(W, size[1])
    if interpolation == "nearest":
        return x.index_select(1, ylo).index_select(2, xlo)
    top_rows, bottom_rows = x.index_select(1, ylo), x.index_select(1, yhi)
    tl, tr = top_rows.index_select(2, xlo), top_rows.index_select(2, xhi)
    bl, br = bottom_rows.index_select(2, xlo), bottom_rows.index_select(2, xhi)
    lx = lx.view(1, 1, -1, 1)
    ly = ly.view(1, -1, 1, 1)
    top = tl + (tr - tl) * lx
    bottom = bl + (br - bl) * lx
    return top + (bottom - top) * ly


def np_resize_tf(x, size, interpolation):
    """tf.image.resize, pixel by pixel, after TF's kernels (resize_bilinear_op.cc
    compute_interpolation_weights with HalfPixelScaler, resize_nearest_neighbor_op.cc with
    HalfPixelScalerForNN): scale = float(in) / out, src = (dst + 0.5) * scale [- 0.5], all float32;
    bilinear: lower = max(floor(src), 0), upper = min(ceil(src), in - 1), lerp = src - floor(src),
    top = tl + (tr - tl) * xlerp, bottom = bl + (br - bl) * xlerp, out = top + (bottom - top) * ylerp;
    nearest: max(min(floor(src), in - 1), 0)."""
    f32 = np.float32
    N, H, W, C = x.shape

    def coords(n_in, n_out):
        scale = f32(n_in) / f32(n_out)
        res = []
        for o in range(n_out):
            if interpolation == "nearest":
                i = max(min(math.floor(f32(f32(o) + f32(0.5)) * scale), n_in - 1), 0)
                res.append((i, i, 0.0))
            else:
                src = f32(f32(f32(o) + f32(0.5)) * scale) - f32(0.5)
                fl = math.floor(src)
                res.append((max(fl, 0), min(math.ceil(src), n_in - 1), float(src - f32(fl))))
        return res

    wy, wx = coords(H, size[0]), coords(W, size[1])
    y = np.zeros((N, size[0], size[1], C))
    for i, (y0, y1, ly) in enumerate(wy):
        for j, (x0, x1, lx) in enumerate(wx):
            if interpolation == "nearest":
                y[:, i, j] = x[:, y0, x0]
                continue
            top = x[:, y0, x0] + (x[:, y0, x1] - x[:, y0, x0]) * lx
            bottom = x[:, y1, x0] + (x[:, y1, x1] - x[:, y1, x0]) * lx
            y[:, i, j] = top + (bottom - top) * ly
    return y


def t_f32_div_int(a, b):
    """TF's tf.cast(tf.cast(a, float32) / b, int32) in torch float32: truncation."""
    return int((torch.tensor(a, dtype=torch.float32) / b).to(torch.int32))


def t_smart_resize(x, size):
    """keras.utils.image_utils.smart_resize (bilinear): the largest centred window of the target
    aspect ratio (python float arithmetic), then tf.image.resize."""
    N, h, w, C = x.shape
    H, W = size
    crop_h = max(min(h, int(torch.tensor(float(w * H), dtype=DT) / W)), 1)
    crop_w = max(min(w, int(torch.tensor(float(h * W), dtype=DT) / H)), 1)
    hs = int(torch.tensor(float(h - crop_h), dtype=DT) / 2)
    ws = int(torch.tensor(float(w - crop_w), dtype=DT) / 2)
    return t_resize_tf(x[:, hs:hs + crop_h, ws:ws + crop_w, :], size, "bilinear")


def np_smart_resize(x, size):
    N, h, w, C = x.shape
    H, W = size
    crop_h = int(float(w * H) / W)
    crop_h = max(min(h, crop_h), 1)
    crop_w = int(float(h * W) / H)
    crop_w = max(min(w, crop_w), 1)
    hstart = int(float(h - crop_h) / 2)
    wstart = int(float(w - crop_w) / 2)
    window = np.zeros((N, crop_h, crop_w, C))
    for i in range(crop_h):
        for j in range(crop_w):
            window[:, i, j] = x[:, hstart + i, wstart + j]
    return np_resize_tf(window, size, "bilinear")


class Resizing(Layer):
    """Keras Resizing = keras.src.backend.tensorflow.image.resize: optionally crop to the target
    aspect ratio (centred window) or pad to it (fill_value rows above and below, or columns left
    and right, img_hstart / img_wstart of them on each side), then tf.image.resize."""

    def __init__(self, height, width, interpolation="bilinear", crop_to_aspect_ratio=False,
                 pad_to_aspect_ratio=False, fill_value=None):
        assert interpolation in ("nearest", "bilinear")
        assert not (crop_to_aspect_ratio and pad_to_aspect_ratio), "Keras: only one of crop / pad"
        assert fill_value is None or pad_to_aspect_ratio
        self.height, self.width = height, width
        self.interp = interpolation
        self.crop = crop_to_aspect_ratio
        self.pad = pad_to_aspect_ratio
        self.fill_str = fill_value  # None: Keras default 0.0

    def fill(self):
        return float(np.float32(float(self.fill_str or "0.0")))  # TF: ones(dtype) * fill_value

    def cpp(self):
        opts = ".height = %d, .width = %d, .interpolation = ctnn::interpolation::%s" % (
            self.height, self.width, self.interp)
        if self.crop:
            opts += ", .crop_to_aspect_ratio = true"
        if self.pad:
            opts += ", .pad_to_aspect_ratio = true"
        if self.fill_str is not None:
            opts += ", .fill_value = %s" % self.fill_str
        return "ctnn::resizing<ctnn::resizing_opts{%s}>" % opts

    def keras_shape(self, in_shape):
        return (self.height, self.width, in_shape[2])

    def torch_fwd(self, x, ws):
        N, h, w, C = x.shape
        H, W = self.height, self.width
        if self.crop:
            crop_h = max(min(h, t_f32_div_int(w * H, W)), 1)
            crop_w = max(min(w, t_f32_div_int(h * W, H)), 1)
            hs, wst = t_f32_div_int(h - crop_h, 2), t_f32_div_int(w - crop_w, 2)
            x = x[:, hs:hs + crop_h, wst:wst + crop_w, :]
        elif self.pad:
            pad_h = max(h, t_f32_div_int(w * H, W))
            pad_w = max(w, t_f32_div_int(h * W, H))
            hs, wst = t_f32_div_int(pad_h - h, 2), t_f32_div_int(pad_w - w, 2)
            x = F.pad(x, (0, 0, wst, wst, hs, hs), mode="constant", value=self.fill())
        return t_resize_tf(x, (H, W), self.interp)

    def numpy_fwd(self, x, ws):
        f32 = np.float32
        N, h, w, C = x.shape
        H, W = self.height, self.width
        if self.crop:
            crop_h = max(min(h, int(f32(w * H) / f32(W))), 1)
            crop_w = max(min(w, int(f32(h * W) / f32(H))), 1)
            hstart = int(f32(h - crop_h) / f32(2))
            wstart = int(f32(w - crop_w) / f32(2))
            img = np.zeros((N, crop_h, crop_w, C))
            for i in range(crop_h):
                for j in range(crop_w):
                    img[:, i, j] = x[:, hstart + i, wstart + j]
            x = img
        elif self.pad:
            pad_h = max(h, int(f32(w * H) / f32(W)))
            pad_w = max(w, int(f32(h * W) / f32(H)))
            img_hstart = int(f32(pad_h - h) / f32(2))
            img_wstart = int(f32(pad_w - w) / f32(2))
            # img_hstart rows on both sides: the padded height is h + 2 * img_hstart, not pad_h
            img = np.full((N, h + 2 * img_hstart, w + 2 * img_wstart, C), self.fill())
            for i in range(h):
                for j in range(w):
                    img[:, img_hstart + i, img_wstart + j] = x[:, i, j]
            x = img
        return np_resize_tf(x, (H, W), self.interp)


class CenterCrop(Layer):
    """Keras CenterCrop: a plain centred crop when the input is at least the target on both
    sides (start (h - H) // 2), otherwise smart_resize (bilinear)."""

    def __init__(self, height, width):
        self.height, self.width = height, width

    def cpp(self):
        return "ctnn::center_crop<ctnn::center_crop_opts{.height = %d, .width = %d}>" % (self.height, self.width)

    def keras_shape(self, in_shape):
        return (self.height, self.width, in_shape[2])

    def torch_fwd(self, x, ws):
        h, w = x.shape[1], x.shape[2]
        if h >= self.height and w >= self.width:
            hs, wst = (h - self.height) // 2, (w - self.width) // 2
            return x[:, hs:hs + self.height, wst:wst + self.width, :]
        return t_smart_resize(x, (self.height, self.width))

    def numpy_fwd(self, x, ws):
        N, h, w, C = x.shape
        h_diff, w_diff = h - self.height, w - self.width
        if h_diff < 0 or w_diff < 0:
            return np_smart_resize(x, (self.height, self.width))
        h_start, w_start = int(h_diff / 2), int(w_diff / 2)
        y = np.zeros((N, self.height, self.width, C))
        for i in range(self.height):
            for j in range(self.width):
                y[:, i, j] = x[:, h_start + i, w_start + j]
        return y


class RandomCrop(Layer):
    """Keras RandomCrop at inference: smart_resize to (height, width) (the identity when the input
    already has that size)."""

    def __init__(self, height, width):
        self.height, self.width = height, width

    def cpp(self):
        return "ctnn::random_crop<ctnn::random_crop_opts{.height = %d, .width = %d}>" % (self.height, self.width)

    def keras_shape(self, in_shape):
        return (self.height, self.width, in_shape[2])

    def torch_fwd(self, x, ws):
        return t_smart_resize(x, (self.height, self.width))

    def numpy_fwd(self, x, ws):
        return np_smart_resize(x, (self.height, self.width))


def np_axis_groups(shape, axes):
    """The sample's cells (batch axis 0 included in shape) grouped by their index on the axes
    that are not reduced: a list of lists of index tuples, one list per reduced vector."""
    groups = {}
    for idx in np.ndindex(*shape):
        key = tuple(i for d, i in enumerate(idx) if d not in axes)
        groups.setdefault(key, []).append(idx)
    return list(groups.values())


class UnitNormalization(Layer):
    """Keras UnitNormalization = ops.normalize(x, axis, order=2, epsilon=1e-12):
    x * min(rsqrt(sum(x^2)), 1 / epsilon) = x / sqrt(max(sum(x^2), 1e-24)) (written as a division
    here, which rounds [3, 4] to exactly [0.6, 0.8])."""

    def __init__(self, axes=None):
        self.axes = None if axes is None else tuple(axes)  # None: -1; else Keras axes 1..rank

    def cpp(self):
        if self.axes is None:
            return "ctnn::unit_normalization<>"
        return "ctnn::unit_normalization<ctnn::unit_normalization_opts{.axis = {%s}}>" % (
            ", ".join(str(a) for a in self.axes))

    def keras_shape(self, in_shape):
        if self.axes is not None:
            assert all(1 <= a <= len(in_shape) for a in self.axes)
        return tuple(in_shape)

    def _dims(self, x):
        return (x.dim() - 1,) if self.axes is None else self.axes

    def torch_fwd(self, x, ws):
        s = (x * x).sum(dim=self._dims(x), keepdim=True)
        return x / torch.sqrt(torch.clamp(s, min=1e-24))

    def numpy_fwd(self, x, ws):
        axes = (x.ndim - 1,) if self.axes is None else self.axes
        y = np.empty_like(x)
        for cells in np_axis_groups(x.shape, axes):
            s = math.fsum(x[c] * x[c] for c in cells)
            norm = math.sqrt(max(s, 1e-24))
            for c in cells:
                y[c] = x[c] / norm
        return y


class RMSNormalization(Layer):
    """Keras RMSNormalization(axis, epsilon=1e-6) = ops.rms_normalization:
    x * rsqrt(mean(x^2 over the axes) + epsilon) * scale; scale spans the normalised axes."""

    def __init__(self, axes=None, epsilon=None):
        self.axes = None if axes is None else tuple(axes)  # None: -1; else Keras axes 1..rank
        self.eps_str = epsilon  # None: Keras default 1e-6

    def eps(self):
        return 1e-6 if self.eps_str is None else float(self.eps_str)

    def cpp(self):
        if self.axes is None and self.eps_str is None:
            return "ctnn::rms_normalization<>"
        axis = "-1" if self.axes is None else "{%s}" % ", ".join(str(a) for a in self.axes)
        opts = ".axis = %s" % axis
        if self.eps_str is not None:
            opts += ", .epsilon = %s" % self.eps_str
        return "ctnn::rms_normalization<ctnn::rms_normalization_opts{%s}>" % opts

    def param_shape(self, in_shape):
        if self.axes is None:
            return (in_shape[-1],)
        assert self.axes == tuple(range(1, len(in_shape) + 1)), "scale spans the trailing axes"
        return tuple(in_shape)

    def keras_shape(self, in_shape):
        self.param_shape(in_shape)
        return tuple(in_shape)

    def make_weights(self, rng, in_shape):
        return [WArr(rand_f32(rng, self.param_shape(in_shape), -0.5, 1.5))]  # scale

    def torch_fwd(self, x, ws):
        dims = (x.dim() - 1,) if self.axes is None else self.axes
        rrms = torch.rsqrt((x * x).mean(dim=dims, keepdim=True) + self.eps())
        return x * rrms * ws[0]

    def numpy_fwd(self, x, ws):
        scale = ws[0]
        axes = (x.ndim - 1,) if self.axes is None else self.axes
        y = np.empty_like(x)
        for cells in np_axis_groups(x.shape, axes):
            ms = math.fsum(x[c] * x[c] for c in cells) / len(cells)
            r = 1.0 / math.sqrt(ms + self.eps())
            for c in cells:
                y[c] = x[c] * r * scale[c[x.ndim - scale.ndim:]]
        return y


def reshaping_self_checks():
    """Resizing against the whole-factor upsamplings of this script (np_bilinear_tf, np_nearest) and
    torch's own F.interpolate; torch against numpy on random geometries (crop / pad included); the
    float32 coordinates where they differ from exact arithmetic; the crop / pad / smart_resize
    windows; RMSNormalization against UnitNormalization (and F.rms_norm where torch has it)."""
    rng = np.random.default_rng(2468)
    # whole factors: bilinear against np_bilinear_tf (float64 coordinates: exact for factors 1, 2,
    # 4, whose float32 scale is exact), nearest against np_nearest (always exact)
    for shape in ((1, 3, 4, 2), (2, 5, 5, 1), (1, 1, 3, 1), (1, 2, 1, 3), (1, 4, 3, 2)):
        for size in ((1, 1), (2, 2), (2, 3), (3, 1), (1, 2), (4, 3), (4, 4), (3, 5)):
            a = rng.uniform(-1, 1, size=shape)
            out = (shape[1] * size[0], shape[2] * size[1])
            y = Resizing(out[0], out[1], "bilinear").torch_fwd(t64(a), []).numpy()
            tol = 0.0 if all(f in (1, 2, 4) for f in size) else 1e-6
            assert np.allclose(y, np_bilinear_tf(a, size), rtol=0, atol=tol), (shape, size)
            y = Resizing(out[0], out[1], "nearest").torch_fwd(t64(a), []).numpy()
            assert np.array_equal(y, np_nearest(a, size)), (shape, size)
    # any sizes, up and down: torch's F.interpolate (bilinear, half-pixel, no antialias: the same
    # formula, float64 coordinates) to float32 coordinate rounding
    for h in (1, 2, 3, 5, 8):
        for w in (1, 4, 7):
            for oh in (1, 2, 3, 6, 11):
                for ow in (1, 3, 5, 8):
                    a = rng.uniform(-1, 1, size=(1, h, w, 2))
                    y = t_resize_tf(t64(a), (oh, ow), "bilinear")
                    ref = F.interpolate(t64(a).permute(0, 3, 1, 2), size=(oh, ow), mode="bilinear",
                                        align_corners=False).permute(0, 2, 3, 1)
                    assert np.allclose(y.numpy(), ref.numpy(), rtol=0, atol=1e-6), (h, w, oh, ow)
    # torch against numpy on random geometries, every mode
    for _ in range(150):
        h, w, H, W = (int(v) for v in rng.integers(1, 10, size=4))
        mode = ("nearest", "bilinear")[int(rng.integers(0, 2))]
        kind = int(rng.integers(0, 3))
        layer = Resizing(H, W, mode, kind == 1, kind == 2, "0.5" if kind == 2 else None)
        a = rng.uniform(-1, 1, size=(2, h, w, 2))
        y = layer.torch_fwd(t64(a), []).numpy()
        assert y.shape == (2, H, W, 2)
        assert np.allclose(y, layer.numpy_fwd(a, []), rtol=0, atol=1e-12), (h, w, H, W, mode, kind)
        for other in (CenterCrop(H, W), RandomCrop(H, W)):
            y = other.torch_fwd(t64(a), []).numpy()
            assert np.allclose(y, other.numpy_fwd(a, []), rtol=0, atol=1e-12), (h, w, H, W, other.cpp())
    # float32 coordinates (TF) against exact arithmetic: nearest 14 -> 23, dst 11: (11.5) * 14/23 is
    # exactly 7, float32 gives 6 (float32(14/23) rounds down); bilinear 13 -> 11, dst 5: exactly 6,
    # float32 5.9999995 (lower 5, lerp 0.9999995). Both are cases of the suite.
    one = lambda n: t64(np.arange(n, dtype=np.float64)).view(1, n, 1, 1)
    assert t_resize_tf(one(14), (23, 1), "nearest")[0, 11, 0, 0].item() == 6.0
    assert np_resize_tf(one(14).numpy(), (23, 1), "nearest")[0, 11, 0, 0] == 6.0
    assert math.floor(11.5 * 14 / 23) == 7
    v = t_resize_tf(one(13), (11, 1), "bilinear")[0, 5, 0, 0].item()
    assert 0 < 6.0 - v < 1e-6, v
    assert np_resize_tf(one(13).numpy(), (11, 1), "bilinear")[0, 5, 0, 0] == v
    # the brief's in 4 -> out 6, dst 1: 1.5 * 4 / 6 is 1 in float32 and in float64 alike
    assert t_resize_tf(one(4), (6, 1), "nearest")[0, :, 0, 0].tolist() == [0, 1, 1, 2, 3, 3]
    # windows: crop 6x10 -> 4x4 keeps columns 2..7; pad 3x6 -> 5x5 pads one row above and below
    # (5 x 6, not pad_h = 6); smart_resize 3x8 -> 5x4 keeps the 3 x 2 window at column 3
    img = t64(np.arange(60, dtype=np.float64)).view(1, 6, 10, 1)
    assert np.array_equal(Resizing(6, 6, "nearest", crop_to_aspect_ratio=True).torch_fwd(img, []).numpy(),
                          img[:, :, 2:8].numpy())
    img = t64(np.arange(18, dtype=np.float64) + 1).view(1, 3, 6, 1)
    y = Resizing(5, 6, "nearest", pad_to_aspect_ratio=True, fill_value="0.5").torch_fwd(img, [])[0, :, :, 0]
    assert y[0].tolist() == [0.5] * 6 and y[4].tolist() == [0.5] * 6 and y[1:4].tolist() == img[0, :, :, 0].tolist()
    img = t64(np.arange(24, dtype=np.float64)).view(1, 3, 8, 1)
    y = CenterCrop(3, 2).torch_fwd(img[:, :, :, :], [])  # plain crop branch, for contrast
    assert y[0, :, :, 0].tolist() == [[3, 4], [11, 12], [19, 20]]
    y = CenterCrop(6, 4).torch_fwd(img, [])  # smart_resize: window columns 3..4 (crop_w = 2)
    ref = t_resize_tf(img[:, :, 3:5], (6, 4), "bilinear")
    assert torch.equal(y, ref)
    # RMSNormalization with epsilon 0 and scale 1 is UnitNormalization times sqrt(n)
    a = rng.uniform(-1, 1, size=(2, 3, 5))
    for axes, n in ((None, 5), ((1, 2), 15)):
        shape = (5,) if axes is None else (3, 5)
        y = RMSNormalization(axes, "0").torch_fwd(t64(a), [torch.ones(shape, dtype=DT)]).numpy()
        u = UnitNormalization(axes).numpy_fwd(a, [])
        assert np.allclose(y, u * math.sqrt(n), rtol=0, atol=1e-12), axes
        u = UnitNormalization(axes).torch_fwd(t64(a), []).numpy()
        ref = F.normalize(t64(a).reshape(2, -1) if axes else t64(a), dim=-1, eps=1e-12).reshape(a.shape)
        assert np.allclose(u, ref.numpy(), rtol=0, atol=1e-14), axes
        if hasattr(F, "rms_norm"):
            scale = t64(rng.uniform(-0.5, 1.5, size=shape))
            y = RMSNormalization(axes, "1e-3").torch_fwd(t64(a), [scale])
            ref = F.rms_norm(t64(a), shape, weight=scale, eps=1e-3)
            assert np.allclose(y.numpy(), ref.numpy(), rtol=0, atol=1e-12), axes
    # the clamp: a zero vector stays zero; a tiny one is scaled by 1 / epsilon = 1e12
    y = UnitNormalization().torch_fwd(t64([[0.0, 0.0], [3e-13, 4e-13]]), [])
    assert y[0].tolist() == [0.0, 0.0] and np.allclose(y[1].numpy(), [0.3, 0.4], rtol=1e-12, atol=0)
    # Permute and RepeatVector against numpy's own transpose / tile
    a = rng.uniform(-1, 1, size=(2, 2, 3, 4))
    for dims in ((1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)):
        assert np.array_equal(Permute(*dims).torch_fwd(t64(a), []).numpy(), np.transpose(a, (0,) + dims))
    a = rng.uniform(-1, 1, size=(2, 5))
    assert np.array_equal(RepeatVector(3).torch_fwd(t64(a), []).numpy(), np.tile(a[:, None, :], (1, 3, 1)))


def reshaping_cases(add):
    """Suite "reshaping": RepeatVector, Permute, Resizing (nearest and bilinear; up, down, mixed,
    one pixel, same size; crop and pad to the aspect ratio; sizes where TF's float32 coordinates
    matter), CenterCrop, RandomCrop (inference), UnitNormalization (zero and tiny vectors),
    RMSNormalization, ActivityRegularization and the augmentation layers (identity at inference),
    alone and in stacks."""
    R = dict(suite="reshaping")
    rs = lambda *a, **k: add(*a, **R, **k)
    ident = IdentityAtInference

    # --- repeat_vector -------------------------------------------------------------------------
    rs("repeat_vector_1_5", (5,), [RepeatVector(1)])
    rs("repeat_vector_3_5", (5,), [RepeatVector(3)])
    # hand-worked (HAND_WORKED): [1, 2, 3] three times
    rs("repeat_vector_hand_3_3", (3,), [RepeatVector(3)],
       inputs=np.array([1, 2, 3, -1, 0.5, 2], dtype=np.float32))
    rs("stack_dense_repeat_vector_conv1d", (6,),
       [Dense(4, activation="tanh"), RepeatVector(5), Conv1D(3, 3, padding="same")])
    rs("stack_repeat_vector_dense", (4,), [RepeatVector(3), Dense(5)])

    # --- permute ---------------------------------------------------------------------------------
    rs("permute_2_1_3x5", (3, 5), [Permute(2, 1)])
    rs("permute_1_2_3x5", (3, 5), [Permute(1, 2)])
    for dims in ((1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)):
        rs("permute_%s_2x3x4" % "_".join(str(d) for d in dims), (2, 3, 4), [Permute(*dims)])
    # hand-worked: the transpose of [[1, 2, 3], [4, 5, 6]]
    rs("permute_hand_2_1_2x3", (2, 3), [Permute(2, 1)],
       inputs=np.array([1, 2, 3, 4, 5, 6, -1, -2, -3, -4, -5, -6], dtype=np.float32))
    rs("stack_conv1d_permute_dense", (7, 3), [Conv1D(4, 3), Permute(2, 1), Dense(3)])
    rs("stack_conv2d_permute_flatten_dense", (4, 5, 2),
       [Conv2D(3, 3, padding="same"), Permute(3, 1, 2), Flatten(), Dense(4, wscale=0.5)])

    # --- resizing ----------------------------------------------------------------------------------
    for (h, w, c), (H, W), modes in (((3, 4, 2), (6, 8), ("nearest", "bilinear")),   # whole factors up
                                     ((3, 4, 2), (5, 7), ("nearest", "bilinear")),   # up, fractional
                                     ((8, 6, 1), (3, 4), ("nearest", "bilinear")),   # down
                                     ((7, 5, 3), (2, 2), ("bilinear",)),             # down, odd sizes
                                     ((4, 6, 2), (6, 4), ("nearest", "bilinear")),   # up one side (4 -> 6), down the other
                                     ((1, 1, 3), (3, 2), ("bilinear",)),             # one pixel
                                     ((5, 4, 2), (5, 4), ("bilinear",))):            # same size: the identity
        for mode in modes:
            rs("resizing_%s_%dx%d_to_%dx%d" % (mode, h, w, H, W), (h, w, c), [Resizing(H, W, mode)])
    # TF's float32 coordinates differ from exact ones (reshaping_self_checks): nearest 14 -> 23 (row
    # 11 reads row 6, not 7); bilinear 13 -> 11 (row 5: lower 5, lerp 0.9999995, not row 6)
    rs("resizing_nearest_14x2_to_23x3", (14, 2, 1), [Resizing(23, 3, "nearest")])
    rs("resizing_bilinear_13x2_to_11x3", (13, 2, 1), [Resizing(11, 3, "bilinear")])
    # crop_to_aspect_ratio: wide (6 x 10 -> 4 x 4: columns 2..7), tall (10 x 6 -> 3 x 5: crop_h =
    # int(18 / 5) = 3, rows 3..5), odd margin (10 x 5 -> 2 x 2: rows 2..6 of 10)
    rs("resizing_crop_bilinear_6x10_to_4x4", (6, 10, 2), [Resizing(4, 4, "bilinear", crop_to_aspect_ratio=True)])
    rs("resizing_crop_nearest_10x6_to_3x5", (10, 6, 1), [Resizing(3, 5, "nearest", crop_to_aspect_ratio=True)])
    rs("resizing_crop_bilinear_10x5_to_2x2", (10, 5, 2), [Resizing(2, 2, "bilinear", crop_to_aspect_ratio=True)])
    # pad_to_aspect_ratio: wide (4 x 8 -> 4 x 4: 2 rows above and below, fill 0), wide with an odd
    # difference (3 x 6 -> 5 x 5: pad_h 6, one row each side: 5 x 6), tall (8 x 3 -> 4 x 4: 2 columns
    # each side: 8 x 7), no padding needed (6 x 4 -> 3 x 2)
    rs("resizing_pad_bilinear_4x8_to_4x4", (4, 8, 2), [Resizing(4, 4, "bilinear", pad_to_aspect_ratio=True)])
    rs("resizing_pad_bilinear_3x6_to_5x5_fill_0_5", (3, 6, 1),
       [Resizing(5, 5, "bilinear", pad_to_aspect_ratio=True, fill_value="0.5")])
    rs("resizing_pad_nearest_8x3_to_4x4_fill_0_5", (8, 3, 2),
       [Resizing(4, 4, "nearest", pad_to_aspect_ratio=True, fill_value="0.5")])
    rs("resizing_pad_bilinear_6x4_to_3x2_no_padding", (6, 4, 2),
       [Resizing(3, 2, "bilinear", pad_to_aspect_ratio=True, fill_value="0.5")])
    # hand-worked: nearest 2x2 -> 4x4 is UpSampling2D's repeat; bilinear [0, 1] -> [0, .25, .75, 1]
    rs("resizing_hand_nearest_2x2_to_4x4", (2, 2, 1), [Resizing(4, 4, "nearest")],
       inputs=np.array([1, 2, 3, 4, -1, 0.5, 2, -3], dtype=np.float32))
    rs("resizing_hand_bilinear_1x2_to_1x4", (1, 2, 1), [Resizing(1, 4, "bilinear")],
       inputs=np.array([0, 1, 2, -2], dtype=np.float32))
    rs("stack_resizing_conv2d", (5, 6, 2), [Resizing(8, 8), Conv2D(3, 3, activation="relu")])

    # --- center_crop and random_crop (inference) ---------------------------------------------------
    rs("center_crop_7x8_to_4x4", (7, 8, 2), [CenterCrop(4, 4)])      # margins 3 (1 above), 4 (2 left)
    rs("center_crop_6x6_to_3x5", (6, 6, 3), [CenterCrop(3, 5)])      # margins 3 and 1
    rs("center_crop_5x4_same", (5, 4, 2), [CenterCrop(5, 4)])
    rs("center_crop_3x8_to_5x4", (3, 8, 2), [CenterCrop(5, 4)])      # smart_resize: window 3 x 2
    rs("center_crop_2x3_to_4x5", (2, 3, 1), [CenterCrop(4, 5)])      # smart_resize: window 2 x 2
    # hand-worked: rows 1..2, columns 1..2 of the 4x4 image 1..16
    rs("center_crop_hand_4x4_to_2x2", (4, 4, 1), [CenterCrop(2, 2)],
       inputs=np.concatenate([np.arange(1, 17), -np.arange(1, 17)]).astype(np.float32))
    rs("random_crop_4x5_same", (4, 5, 2), [RandomCrop(4, 5)])
    rs("random_crop_8x6_to_4x4", (8, 6, 2), [RandomCrop(4, 4)])       # window rows 1..6
    rs("random_crop_2x3_to_4x4", (2, 3, 1), [RandomCrop(4, 4)])       # window 2 x 2, upsized

    # --- unit_normalization --------------------------------------------------------------------------
    rs("unit_normalization_7", (7,), [UnitNormalization()])
    rs("unit_normalization_3x4x5", (3, 4, 5), [UnitNormalization()])
    rs("unit_normalization_all_2x3x4", (2, 3, 4), [UnitNormalization((1, 2, 3))])
    rs("unit_normalization_all_3x5", (3, 5), [UnitNormalization((1, 2))])
    # one all-zero vector (row 1 of sample 0): zeros out
    zero = rand_f32(np.random.default_rng(zlib.crc32(b"unit_normalization zero row")), (BATCH, 4, 5))
    zero[0, 1, :] = 0.0
    rs("unit_normalization_zero_vector_4x5", (4, 5), [UnitNormalization()], inputs=zero)
    # tiny vectors: sample 0 ~1e-13 (squared sum < 1e-24: scaled by 1e12), sample 1 ~1e-11 (above)
    tiny = rand_f32(np.random.default_rng(zlib.crc32(b"unit_normalization tiny")), (BATCH, 6))
    tiny = (tiny * np.array([[1e-13], [1e-11]])).astype(np.float32)
    rs("unit_normalization_tiny_6", (6,), [UnitNormalization()], inputs=tiny)
    # hand-worked: [3, 4] -> [0.6, 0.8]
    rs("unit_normalization_hand_2", (2,), [UnitNormalization()],
       inputs=np.array([3, 4, -1, 0], dtype=np.float32))
    rs("stack_conv2d_unit_normalization_dense", (4, 4, 2),
       [Conv2D(3, 3, padding="same"), UnitNormalization(), Dense(2)])

    # --- rms_normalization ---------------------------------------------------------------------------
    rs("rms_normalization_6", (6,), [RMSNormalization()])
    rs("rms_normalization_3x4x5", (3, 4, 5), [RMSNormalization()])
    # values ~0.03: mean square ~3e-4, against epsilon 1e-3
    small = rand_f32(np.random.default_rng(zlib.crc32(b"rms_normalization small")), (BATCH, 6), scale=0.03125)
    rs("rms_normalization_eps_1e_3_small_6", (6,), [RMSNormalization(None, "1e-3")], inputs=small)
    rs("rms_normalization_all_3x5", (3, 5), [RMSNormalization((1, 2))])
    rs("stack_dense_rms_normalization_dense", (5,),
       [Dense(8, activation="relu"), RMSNormalization(), Dense(3)])

    # --- activity_regularization and the augmentation layers: the identity at inference ------------
    reg = "ctnn::activity_regularization<ctnn::activity_regularization_opts{.l1 = 0.01, .l2 = 0.0}>"
    rs("activity_regularization_3x4x2", (3, 4, 2), [ident(reg)])
    rs("stack_dense_activity_regularization_dense", (6,),
       [Dense(5, activation="relu"),
        ident("ctnn::activity_regularization<ctnn::activity_regularization_opts{.l1 = 0.0, .l2 = 0.001}>"),
        Dense(3)])
    rs("random_flip_4x4x3", (4, 4, 3), [ident("ctnn::random_flip")])
    rs("random_brightness_4x4x3", (4, 4, 3), [ident("ctnn::random_brightness")])
    rs("stack_random_flip_random_rotation_conv2d", (5, 5, 2),
       [ident("ctnn::random_flip"), ident("ctnn::random_rotation"), Conv2D(3, 3, padding="same")])
    rs("stack_conv2d_random_contrast_leaky_relu", (5, 5, 2),
       [Conv2D(3, 3, padding="same"), ident("ctnn::random_contrast"), LeakyReLU("0.2")])
    rs("stack_random_zoom_random_translation_random_brightness_conv2d", (4, 4, 3),
       [ident("ctnn::random_zoom"), ident("ctnn::random_translation"), ident("ctnn::random_brightness"),
        Conv2D(2, 3, activation="tanh")])


# ---------------------------------------------------------------------------
# Models / cases
# ---------------------------------------------------------------------------
class Case:
    def __init__(self, name, in_shape, layers, inputs=None, weights=None, suite="golden"):
        assert suite in SUITES, suite
        self.suite = suite
        self.name = name
        self.in_shape = tuple(in_shape)
        self.layers = layers
        rng = np.random.default_rng(zlib.crc32(name.encode()))
        if inputs is None:
            inputs = rand_f32(rng, (BATCH,) + self.in_shape)
        self.x = np.asarray(inputs, dtype=np.float32).reshape((BATCH,) + self.in_shape)
        # shapes (Keras rules) and weights
        self.shapes = [self.in_shape]
        self.weights = []  # per layer: list of WArr
        shape = self.in_shape
        for li, layer in enumerate(layers):
            if weights is not None and weights[li] is not None:
                ws = weights[li]
            else:
                ws = layer.make_weights(rng, shape)
            self.weights.append(ws)
            if isinstance(layer, (Conv2DTranspose, Conv1DTranspose)):
                assert layer.tf_valid(shape), (name, "TF would reject this geometry")
            shape = layer.keras_shape(shape)
            assert all(d >= 1 for d in shape), (name, shape)
            self.shapes.append(shape)
        self.out_shape = shape

    def cpp(self):
        parts = ["ctnn::input<%s>" % ", ".join(str(d) for d in self.in_shape)]
        parts += [l.cpp() for l in self.layers]
        return "ctnn::sequential<%s>" % ", ".join(parts)

    def run_torch(self):
        x = torch.from_numpy(self.x.astype(np.float64))
        for layer, ws, shp in zip(self.layers, self.weights, self.shapes[1:]):
            tws = [torch.from_numpy(w.arr.astype(np.float64)) for w in ws]
            x = layer.torch_fwd(x, tws)
            assert x.dtype == DT
            assert tuple(x.shape) == (BATCH,) + tuple(shp), (self.name, tuple(x.shape), shp)
        return x.numpy()

    def run_numpy(self):
        x = self.x.astype(np.float64)
        for layer, ws in zip(self.layers, self.weights):
            x = layer.numpy_fwd(x, [w.arr.astype(np.float64) for w in ws])
        return x


def build_cases():
    cases = []
    add = lambda *a, **k: cases.append(Case(*a, **k))

    # --- hand-worked tutorial case: 1x1 transposed conv, strides 2 -----------
    tut_x = np.array([[1, 2], [3, 4], [-1.5, 0.5], [2.25, -3]], dtype=np.float32)
    add("tutorial_conv2d_transpose_1x1_s2", (2, 2, 1),
        [Conv2DTranspose(1, 1, strides=2)], inputs=tut_x,
        weights=[[WArr(np.ones((1, 1, 1, 1))), WArr(np.zeros((1,)))]])

    # --- conv2d ---------------------------------------------------------------
    for (H, W) in ((7, 6), (4, 4)):
        for k in range(1, 6):
            for s in range(1, 4):
                for pad in ("valid", "same"):
                    if pad == "valid" and k > min(H, W):
                        continue
                    if (H, W) == (4, 4) and k not in (2, 3, 4):
                        continue
                    add("conv2d_k%d_s%d_%s_%dx%d" % (k, s, pad, H, W), (H, W, 2),
                        [Conv2D(3, k, strides=s, padding=pad)])
    for k in ((2, 2), (4, 4), (2, 3), (4, 1)):
        for s in (1, 2):
            for pad in ("valid", "same"):
                add("conv2d_k%dx%d_s%d_%s_6x7" % (k + (s, pad)), (6, 7, 2),
                    [Conv2D(3, k, strides=s, padding=pad)])
    for pad in ("valid", "same"):
        add("conv2d_k3_d2_%s_7x6" % pad, (7, 6, 2), [Conv2D(3, 3, padding=pad, dilation=2)])
        add("conv2d_k3_d2x3_%s_6x7" % pad, (6, 7, 2),
            [Conv2D(3, 3, padding=pad, dilation=(2, 3))])
        add("conv2d_k2_d2_%s_5x5" % pad, (5, 5, 2), [Conv2D(3, 2, padding=pad, dilation=2)])
        add("conv2d_k3_s1x2_%s_7x6" % pad, (7, 6, 2),
            [Conv2D(3, 3, strides=(1, 2), padding=pad)])
        add("conv2d_k3_s2x1_%s_5x5" % pad, (5, 5, 2),
            [Conv2D(3, 3, strides=(2, 1), padding=pad)])
        add("conv2d_k3_nobias_%s_7x6" % pad, (7, 6, 2),
            [Conv2D(3, 3, padding=pad, use_bias=False)])
    for act in ("relu", "sigmoid", "tanh", "selu"):
        add("conv2d_k3_s1_same_%s_5x5" % act, (5, 5, 2),
            [Conv2D(3, 3, padding="same", activation=act, wscale=0.5)])

    # --- conv2d_transpose -------------------------------------------------------
    for k in range(1, 6):
        for s in range(1, 4):
            for pad in ("valid", "same"):
                add("conv2d_transpose_k%d_s%d_%s_3x4" % (k, s, pad), (3, 4, 2),
                    [Conv2DTranspose(3, k, strides=s, padding=pad)])
    skipped = []
    for k in (1, 2, 3, 4, 5):
        for s in (2, 3):
            for op in range(s):
                for pad in ("valid", "same"):
                    if k in (1, 2, 5) and s == 3:
                        continue  # kernels 3 and 4 get the full sweep
                    layer = Conv2DTranspose(3, k, strides=s, padding=pad, output_padding=op)
                    name = "conv2d_transpose_k%d_s%d_op%d_%s_3x4" % (k, s, op, pad)
                    if not layer.tf_valid((3, 4, 2)):
                        skipped.append(name)
                        continue
                    add(name, (3, 4, 2), [layer])
    for pad in ("valid", "same"):
        add("conv2d_transpose_k3_s2_op1x0_%s_3x4" % pad, (3, 4, 2),
            [Conv2DTranspose(3, 3, strides=2, padding=pad, output_padding=(1, 0))])
        add("conv2d_transpose_k3_s3x2_op2x1_%s_3x4" % pad, (3, 4, 2),
            [Conv2DTranspose(3, 3, strides=(3, 2), padding=pad, output_padding=(2, 1))])
        add("conv2d_transpose_k3_d2_%s_3x4" % pad, (3, 4, 2),
            [Conv2DTranspose(3, 3, padding=pad, dilation=2)])
        add("conv2d_transpose_k2_d2_%s_4x4" % pad, (4, 4, 2),
            [Conv2DTranspose(3, 2, padding=pad, dilation=2)])
        add("conv2d_transpose_k3x2_s2x1_%s_3x4" % pad, (3, 4, 2),
            [Conv2DTranspose(3, (3, 2), strides=(2, 1), padding=pad)])
        add("conv2d_transpose_k2x4_s1x3_%s_3x4" % pad, (3, 4, 2),
            [Conv2DTranspose(3, (2, 4), strides=(1, 3), padding=pad)])
        add("conv2d_transpose_k3_s2_nobias_%s_3x4" % pad, (3, 4, 2),
            [Conv2DTranspose(3, 3, strides=2, padding=pad, use_bias=False)])
        add("conv2d_transpose_k3_s2_%s_5x5" % pad, (5, 5, 2),
            [Conv2DTranspose(3, 3, strides=2, padding=pad)])
        add("conv2d_transpose_k4_s2_%s_4x4" % pad, (4, 4, 2),
            [Conv2DTranspose(3, 4, strides=2, padding=pad)])
        add("conv2d_transpose_k2_s3_%s_6x7" % pad, (6, 7, 1),
            [Conv2DTranspose(2, 2, strides=3, padding=pad)])
    for act in ("relu", "tanh"):
        add("conv2d_transpose_k3_s2_same_%s_3x4" % act, (3, 4, 2),
            [Conv2DTranspose(3, 3, strides=2, padding="same", activation=act, wscale=0.5)])

    # --- upsampling2d -----------------------------------------------------------
    for (shape, tag) in (((3, 4, 2), "3x4x2"), ((5, 5, 1), "5x5x1")):
        for size in ((2, 2), (2, 3), (3, 1)):
            add("upsampling2d_bilinear_%dx%d_%s" % (size + (tag,)), shape,
                [UpSampling2D(size, "bilinear")])
        for size in ((2, 2), (2, 3)):
            add("upsampling2d_nearest_%dx%d_%s" % (size + (tag,)), shape,
                [UpSampling2D(size, "nearest")])
    add("upsampling2d_nearest_hand_2x2", (2, 2, 1), [UpSampling2D((2, 2))],
        inputs=np.array([1, 2, 3, 4, 5, 6, 7, 8], dtype=np.float32))

    # --- dense ------------------------------------------------------------------
    for act in ACTS:
        add("dense_7_5_%s" % act, (7,), [Dense(5, activation=act, wscale=0.5)])
    add("dense_7_5_nobias", (7,), [Dense(5, use_bias=False)])
    add("dense_7_5_nobias_relu", (7,), [Dense(5, activation="relu", use_bias=False)])
    add("dense_rank3_3x4x5_6", (3, 4, 5), [Dense(6)])
    add("dense_rank3_3x4x5_6_nobias_sigmoid", (3, 4, 5),
        [Dense(6, activation="sigmoid", use_bias=False, wscale=0.5)])

    # --- element-wise layers ------------------------------------------------------
    add("leaky_relu_default_3x4x2", (3, 4, 2), [LeakyReLU()])
    add("leaky_relu_0_2_3x4x2", (3, 4, 2), [LeakyReLU("0.2")])
    add("leaky_relu_default_7", (7,), [LeakyReLU()])
    for act in ACTS:
        add("activation_%s_3x4x2" % act, (3, 4, 2), [ActivationLayer(act)])
    for (shape, tag) in (((3, 4, 5), "3x4x5"), ((7,), "7")):
        add("batch_norm_default_%s" % tag, shape, [BatchNorm()])
        add("batch_norm_eps1e5_%s" % tag, shape, [BatchNorm("1e-5")])
        add("batch_norm_nocenter_%s" % tag, shape, [BatchNorm(None, center=False)])
        add("batch_norm_noscale_%s" % tag, shape, [BatchNorm(None, scale=False)])
        add("batch_norm_nocenter_noscale_eps1e5_%s" % tag, shape,
            [BatchNorm("1e-5", center=False, scale=False)])
    add("dropout_0_5_3x4x2", (3, 4, 2), [Dropout("0.5")])

    # --- small stacks ---------------------------------------------------------------
    add("stack_flatten_dense_4x4x2", (4, 4, 2), [Flatten(), Dense(3)])
    add("stack_reshape_conv2d_12", (12,),
        [Reshape(2, 3, 2), Conv2D(3, 2, padding="same")])
    add("stack_conv_flatten_dense_dropout_5x5x1", (5, 5, 1),
        [Conv2D(2, 3, strides=2, padding="same", activation="relu"), Flatten(),
         Dropout("0.5"), Dense(4, activation="tanh")])
    add("stack_gan_like", (8,),
        [Dense(4 * 4 * 6, wscale=0.5), LeakyReLU("0.2"), Reshape(4, 4, 6), BatchNorm(),
         Conv2DTranspose(4, 3, strides=2, padding="same", activation="selu", wscale=0.25),
         UpSampling2D((2, 2), "bilinear"),
         Conv2D(1, 3, padding="same", activation="tanh", wscale=0.25)])

    # --- the two tutorial models, big weights as SplitMix64 fills --------------------
    sc = 0.0625
    add("tutorial_a_dense_upsampling_conv2d", (100,),
        [Dense(3200, fills=((1001, sc), (1002, sc))), Reshape(5, 5, 128), UpSampling2D(),
         Conv2D(1, 3, padding="same", fills=((1003, sc), None))])
    add("tutorial_b_dense_conv2d_transpose", (100,),
        [Dense(3200, fills=((2001, sc), (2002, sc))), Reshape(5, 5, 128),
         Conv2DTranspose(1, 3, strides=2, padding="same", fills=((2003, sc), None))])

    # --- layer_normalization and group_normalization (suite "normalization") ------
    def offset_inputs(name, shape, offset):
        # values around `offset`, so that the mean matters: uniform in [offset - 1, offset + 1]
        rng = np.random.default_rng(zlib.crc32(("inputs " + name).encode()))
        return (rand_f32(rng, (BATCH,) + shape) + np.float32(offset)).astype(np.float32)

    norm = lambda *a, **k: add(*a, suite="normalization", **k)
    norm("layer_norm_dense_7_5", (7,), [Dense(5), LayerNorm()])
    norm("layer_norm_default_8", (8,), [LayerNorm()], inputs=offset_inputs("layer_norm_default_8", (8,), 3.0))
    norm("layer_norm_axis_1_eps1e5_8", (8,), [LayerNorm("1e-5", axis="1")])
    norm("layer_norm_nocenter_8", (8,), [LayerNorm(center=False)])
    norm("layer_norm_noscale_8", (8,), [LayerNorm(scale=False)])
    norm("layer_norm_plain_8", (8,), [LayerNorm("1e-5", center=False, scale=False)])
    norm("layer_norm_rank2_4x6", (4, 6), [LayerNorm()])
    norm("layer_norm_3x4x5", (3, 4, 5), [LayerNorm()],
         inputs=offset_inputs("layer_norm_3x4x5", (3, 4, 5), -2.0))
    norm("layer_norm_all_axes_3x4x5", (3, 4, 5), [LayerNorm(axis="{1, 2, 3}")],
         inputs=offset_inputs("layer_norm_all_axes_3x4x5", (3, 4, 5), 1.5))
    norm("layer_norm_all_axes_negative_4x6", (4, 6), [LayerNorm("1e-5", axis="{-2, -1}")])
    norm("stack_dense_layer_norm_leaky_relu", (6,), [Dense(10), LayerNorm(), LeakyReLU("0.2")])
    for (shape, tag) in (((3, 4, 6), "3x4x6"), ((2, 5, 4), "2x5x4")):
        norm("group_norm_g1_%s" % tag, shape, [GroupNorm(1)])
        norm("group_norm_g2_%s" % tag, shape, [GroupNorm(2)],
             inputs=offset_inputs("group_norm_g2_%s" % tag, shape, 2.0))
        norm("group_norm_instance_%s" % tag, shape, [GroupNorm(-1)])
    norm("group_norm_g3_eps1e5_3x4x6", (3, 4, 6), [GroupNorm(3, "1e-5")])
    norm("group_norm_g6_3x4x6", (3, 4, 6), [GroupNorm(6)])
    norm("group_norm_g2_nocenter_3x4x6", (3, 4, 6), [GroupNorm(2, center=False)])
    norm("group_norm_g2_noscale_3x4x6", (3, 4, 6), [GroupNorm(2, scale=False)])
    norm("group_norm_instance_plain_3x4x6", (3, 4, 6), [GroupNorm(-1, center=False, scale=False)])
    norm("group_norm_default_32_2x2x64", (2, 2, 64), [GroupNorm()])
    norm("group_norm_g2_dense_8", (8,), [GroupNorm(2)])
    norm("stack_conv2d_group_norm_leaky_relu", (6, 6, 3),
         [Conv2D(8, 3, padding="same", wscale=0.5), GroupNorm(2), LeakyReLU("0.2")])
    norm("stack_conv2d_transpose_instance_norm_relu", (3, 3, 4),
         [Conv2DTranspose(4, 3, strides=2, padding="same", wscale=0.5), GroupNorm(-1),
          ActivationLayer("relu")])

    # --- suite "pooling" (tests/golden_pooling_test.cpp): cropping and pooling -------------
    addl = lambda *a, **k: add(*a, suite="pooling", **k)

    # --- cropping2d -------------------------------------------------------------------
    addl("cropping2d_1_0_2_1_6x7x2", (6, 7, 2), [Cropping2D(((1, 0), (2, 1)))])
    addl("cropping2d_0_3_0_0_5x4x1", (5, 4, 1), [Cropping2D(((0, 3), (0, 0)))])
    addl("cropping2d_none_3x4x2", (3, 4, 2), [Cropping2D(((0, 0), (0, 0)))])
    addl("cropping2d_hand_4x4", (4, 4, 1), [Cropping2D(((1, 1), (1, 2)))],
         inputs=np.arange(1, 33, dtype=np.float32))
    # the VAE decoder's end: Conv2DTranspose 3x3/2 'same' -> Cropping2D((2, 2), (2, 2)) -> sigmoid
    addl("stack_conv2d_transpose_cropping2d_sigmoid", (4, 4, 3),
         [Conv2DTranspose(2, 3, strides=2, padding="same", use_bias=False, wscale=0.5),
          Cropping2D(((2, 2), (2, 2))), ActivationLayer("sigmoid")])

    # --- max_pooling2d and average_pooling2d: odd sizes, strides apart from the pool,
    # 'same' with uneven padding (the odd cell at the bottom / right) -----------------------
    for mode in ("max", "average"):
        pools = (
            ("p2_valid_5x5x3", (5, 5, 3), dict(pool_size=2)),
            ("p3_s2_valid_7x6x2", (7, 6, 2), dict(pool_size=3, strides=2)),
            ("p2_s1_valid_4x5x2", (4, 5, 2), dict(pool_size=2, strides=1)),
            ("p2_s3_valid_8x7x1", (8, 7, 1), dict(pool_size=2, strides=3)),
            ("p3x2_s1x2_valid_5x7x2", (5, 7, 2), dict(pool_size=(3, 2), strides=(1, 2))),
            ("p2_same_5x7x2", (5, 7, 2), dict(pool_size=2, padding="same")),
            ("p3_s2_same_6x6x2", (6, 6, 2), dict(pool_size=3, strides=2, padding="same")),
            ("p4_s1_same_5x5x1", (5, 5, 1), dict(pool_size=4, strides=1, padding="same")),
            ("p3_s3_same_7x7x2", (7, 7, 2), dict(pool_size=3, strides=3, padding="same")),
            ("p3x2_s1x3_same_5x7x2", (5, 7, 2), dict(pool_size=(3, 2), strides=(1, 3), padding="same")),
            ("p5_s2_same_3x4x2", (3, 4, 2), dict(pool_size=5, strides=2, padding="same")),
        )
        for tag, shape, kw in pools:
            addl("%s_pooling2d_%s" % (mode, tag), shape, [Pooling2D(mode, **kw)])
    # hand-worked (HAND_WORKED): [[1, 2, 3], [4, 5, 6], [7, 8, 9]] and its negation, pool 2 'same'
    # (padding only at the bottom / right): the average divides by the cells inside the input,
    # the maximum never sees the padding.
    hand = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9] + [-1, -2, -3, -4, -5, -6, -7, -8, -9], dtype=np.float32)
    addl("average_pooling2d_hand_same_3x3", (3, 3, 1), [Pooling2D("average", 2, padding="same")], inputs=hand)
    addl("max_pooling2d_hand_same_3x3", (3, 3, 1), [Pooling2D("max", 2, padding="same")], inputs=-hand)

    # --- global pooling --------------------------------------------------------------------
    for mode in ("max", "average"):
        for keepdims in (False, True):
            tag = "keepdims" if keepdims else "flat"
            addl("global_%s_pooling2d_%s_5x3x4" % (mode, tag), (5, 3, 4), [GlobalPooling2D(mode, keepdims)])
        addl("global_%s_pooling2d_1x1x3" % mode, (1, 1, 3), [GlobalPooling2D(mode)])

    # --- pooling inside fused models -------------------------------------------------------
    # conv2d -> max_pooling2d -> dense: the discriminator of mnist_gan_maxpool_keras213_native, small
    addl("stack_conv2d_max_pooling2d_dense", (12, 12, 1),
         [Conv2D(4, 3, activation="relu", wscale=0.5), Pooling2D("max", 2), Conv2D(3, 3, activation="relu", wscale=0.5),
          Pooling2D("max", 2), Flatten(), Dense(1, activation="sigmoid", wscale=0.5)])
    addl("stack_conv2d_max_pooling2d_same_dense_rank3", (7, 6, 2),
         [Conv2D(5, 3, padding="same", wscale=0.5), Pooling2D("max", 3, strides=2, padding="same"), Dense(3)])
    addl("stack_conv2d_leaky_average_pooling2d_conv2d", (8, 7, 2),
         [Conv2D(4, 3, padding="same", wscale=0.5), LeakyReLU("0.2"), Pooling2D("average", 2, padding="same"),
          LeakyReLU("0.2"), BatchNorm(), Conv2D(2, 2, wscale=0.5)])
    addl("stack_conv2d_global_average_pooling2d_dense", (6, 5, 2),
         [Conv2D(4, 3, strides=2, padding="same", activation="relu", wscale=0.5), GlobalPooling2D("average"),
          Dense(2, activation="tanh")])
    addl("stack_conv2d_global_max_pooling2d_keepdims_conv2d", (5, 5, 2),
         [Conv2D(4, 3, activation="selu", wscale=0.5), GlobalPooling2D("max", keepdims=True),
          Conv2D(3, 1, activation="sigmoid")])

    activation_layer_cases(add)
    sequence_cases(add)
    depthwise_cases(add)
    reshaping_cases(add)

    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    return cases, skipped


# ---------------------------------------------------------------------------
# Hand-worked self checks
# ---------------------------------------------------------------------------
def t64(a):
    return torch.tensor(np.asarray(a, dtype=np.float64))


def self_checks():
    _check_splitmix()

    # UpSampling2D nearest on [[1,2],[3,4]]
    x = t64([[1, 2], [3, 4]]).view(1, 2, 2, 1)
    y = UpSampling2D((2, 2)).torch_fwd(x, [])[0, :, :, 0].numpy()
    assert np.array_equal(y, [[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 4, 4], [3, 3, 4, 4]])

    # tutorial: 1x1 Conv2DTranspose, strides 2, kernel 1, bias 0
    layer = Conv2DTranspose(1, 1, strides=2)
    y = layer.torch_fwd(x, [t64(np.ones((1, 1, 1, 1))), t64([0.0])])[0, :, :, 0].numpy()
    assert np.array_equal(y, [[1, 0, 2, 0], [0, 0, 0, 0], [3, 0, 4, 0], [0, 0, 0, 0]]), y

    # Conv2D 'same' with a 4x4 kernel: total padding 3 -> 1 before, 2 after.
    # Impulse at (0,0): out[o] = W[1 - o] for o in {0,1}, zero elsewhere.
    K = (10 * np.arange(4)[:, None] + np.arange(4)[None, :] + 1).astype(np.float64)
    xi = np.zeros((1, 4, 4, 1))
    xi[0, 0, 0, 0] = 1
    y = Conv2D(1, 4, padding="same").torch_fwd(t64(xi), [t64(K.reshape(4, 4, 1, 1)), t64([0.0])])
    y = y[0, :, :, 0].numpy()
    expect = np.zeros((4, 4))
    expect[0, 0], expect[0, 1], expect[1, 0], expect[1, 1] = K[1, 1], K[1, 0], K[0, 1], K[0, 0]
    assert np.array_equal(y, expect), y
    # impulse at (3,3): out[o] = W[4 - o] for o in {1,2,3} (with 2 cells before
    # instead, out[1] would be 0 and out[o] = W[5 - o])
    xi = np.zeros((1, 4, 4, 1))
    xi[0, 3, 3, 0] = 1
    y = Conv2D(1, 4, padding="same").torch_fwd(t64(xi), [t64(K.reshape(4, 4, 1, 1)), t64([0.0])])
    y = y[0, :, :, 0].numpy()
    expect = np.zeros((4, 4))
    for o1 in (1, 2, 3):
        for o2 in (1, 2, 3):
            expect[o1, o2] = K[4 - o1, 4 - o2]
    assert np.array_equal(y, expect), y
    # stride-2 'same' on n=6, k=3: out 3, total pad max(2*2+3-6,0)=1 -> 0 before, 1 after
    assert conv_same_pad(6, 3, 2, 1) == (0, 1)
    assert conv_same_pad(7, 4, 1, 1) == (1, 2)
    assert conv_same_pad(5, 3, 1, 2) == (2, 2)

    # Conv2DTranspose 1-D hand examples (kernel (1,3), strides (1,2), x=[1,1], w=[1,2,3]):
    # full = [1,2,4,2,3]; valid keeps 5 = 2*2+max(3-2,0); same keeps 4 cropping at the end.
    w = t64([1.0, 2.0, 3.0]).view(1, 3, 1, 1)
    xr = t64([1.0, 1.0]).view(1, 1, 2, 1)
    for pad, expect in (("valid", [1, 2, 4, 2, 3]), ("same", [1, 2, 4, 2])):
        y = Conv2DTranspose(1, (1, 3), strides=(1, 2), padding=pad).torch_fwd(
            xr, [w, t64([0.0])])
        assert y[0, 0, :, 0].tolist() == expect, (pad, y)
    # even kernel, stride 1, same: x=[1,2,3], w=[1,10] -> full [1,12,23,30], keep first 3
    y = Conv2DTranspose(1, (1, 2), padding="same").torch_fwd(
        t64([1.0, 2.0, 3.0]).view(1, 1, 3, 1), [t64([1.0, 10.0]).view(1, 2, 1, 1), t64([0.5])])
    assert y[0, 0, :, 0].tolist() == [1.5, 12.5, 23.5], y
    # kernel smaller than stride (valid): cells past the full result hold only the bias
    y = Conv2DTranspose(1, (1, 1), strides=(1, 3)).torch_fwd(
        t64([2.0, 5.0]).view(1, 1, 2, 1), [t64([[[[1.0]]]]), t64([0.25])])
    assert y[0, 0, :, 0].tolist() == [2.25, 0.25, 0.25, 5.25, 0.25, 0.25], y
    # output_padding lengths (Keras deconv_output_length)
    assert deconv_out_len(3, 3, 2, 1, "same", 1) == 6
    assert deconv_out_len(3, 3, 2, 1, "same", 0) == 5
    assert deconv_out_len(3, 4, 2, 1, "valid", 1) == 9
    assert deconv_out_len(3, 1, 3, 1, "valid", None) == 9
    assert not tf_accepts_deconv(3, 4, 2, 1, "same", 0)  # O=4 -> forward gives 2 != 3

    # Bilinear (TF2 half-pixel centres): [0, 1] upsampled by 2 -> [0, .25, .75, 1]
    xr = t64([0.0, 1.0]).view(1, 1, 2, 1)
    y = UpSampling2D((1, 2), "bilinear").torch_fwd(xr, [])[0, 0, :, 0].tolist()
    assert np.allclose(y, [0, 0.25, 0.75, 1], rtol=0, atol=1e-15), y
    # and agreement of F.interpolate with the hand-written TF formula on random data
    rng = np.random.default_rng(5)
    for shape in ((1, 3, 4, 2), (2, 5, 5, 1), (1, 1, 3, 1), (1, 2, 1, 3)):
        for size in ((2, 2), (2, 3), (3, 1), (1, 2), (4, 3)):
            a = rng.uniform(-1, 1, size=shape)
            y = UpSampling2D(size, "bilinear").torch_fwd(t64(a), []).numpy()
            assert np.allclose(y, np_bilinear_tf(a, size), rtol=0, atol=1e-13), (shape, size)
            y = UpSampling2D(size, "nearest").torch_fwd(t64(a), []).numpy()
            assert np.array_equal(y, np_nearest(a, size))

    # Keras weight-layout sanity: Dense kernel [in, out]
    y = Dense(2).torch_fwd(t64([[1.0, 10.0, 100.0]]),
                           [t64([[1, 2], [3, 4], [5, 6]]), t64([0.5, -0.5])])
    assert y.tolist() == [[531.5, 641.5]]

    # LayerNormalization over [1, 2, 3] with epsilon 0: mean 2, variance 2/3 (not the unbiased 1)
    r = math.sqrt(1.5)
    for layer in (LayerNorm("0"), LayerNorm("0", axis="{1}")):
        y = layer.torch_fwd(t64([[1.0, 2.0, 3.0]]), [t64([1.0, 1.0, 1.0]), t64([0.0, 0.0, 0.0])])
        assert np.allclose(y.numpy(), [[-r, 0.0, r]], rtol=0, atol=1e-15), y
    # GroupNormalization: groups are contiguous channels; per sample over all positions.
    # Two pixels of 4 channels, 2 groups: group 0 holds {0, 2, 2, 0} (mean 1, variance 1),
    # group 1 {100, 104, 104, 100} (mean 102, variance 4); gamma scales, beta shifts.
    x = t64([[[0.0, 2.0, 100.0, 104.0]], [[2.0, 0.0, 104.0, 100.0]]]).view(1, 2, 1, 4)
    gamma, beta = t64([1.0, 2.0, 1.0, 2.0]), t64([0.0, 0.0, 5.0, 5.0])
    for layer in (GroupNorm(2, "0"),):
        y = layer.torch_fwd(x, [gamma, beta]).numpy()
        assert np.allclose(y[0, :, 0, :], [[-1, 2, 4, 7], [1, -2, 6, 3]], rtol=0, atol=1e-12), y
        assert np.allclose(layer.numpy_fwd(x.numpy(), [gamma.numpy(), beta.numpy()]), y, rtol=0, atol=1e-12)
    # groups = -1: each channel alone (instance normalization)
    y = GroupNorm(-1, "0").torch_fwd(x, [t64([1.0] * 4), t64([0.0] * 4)]).numpy()
    assert np.allclose(y[0, :, 0, :], [[-1, 1, -1, 1], [1, -1, 1, -1]], rtol=0, atol=1e-12), y

    # the 1-D layers (suite "sequence")
    sequence_self_checks()
    # DepthwiseConv2D (suite "depthwise")
    depthwise_self_checks()
    # DepthwiseConv1D and SeparableConv1D (suite "depthwise")
    depthwise1d_self_checks()
    # the reshaping and image preprocessing layers (suite "reshaping")
    reshaping_self_checks()


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
# Sample 0 of these cases' outputs, worked by hand (NHWC), checked before anything is written.
HAND_WORKED = {
    "tutorial_conv2d_transpose_1x1_s2":
        np.array([[1, 0, 2, 0], [0, 0, 0, 0], [3, 0, 4, 0], [0, 0, 0, 0]]).reshape(4, 4, 1),
    "upsampling2d_nearest_hand_2x2":
        np.array([[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 4, 4], [3, 3, 4, 4]]).reshape(4, 4, 1),
    # (1+2+4+5)/4, (3+6)/2; (7+8)/2, 9/1 (a zero-padded average would give 3, 2.25; 3.75, 2.25)
    "average_pooling2d_hand_same_3x3": np.array([[3, 4.5], [7.5, 9]]).reshape(2, 2, 1),
    # the negated input: every window's largest value (zeros from padding would win instead)
    "max_pooling2d_hand_same_3x3": np.array([[-1, -3], [-7, -9]]).reshape(2, 2, 1),
    # rows 1..2, columns 1..1 of the 4x4 image 1..16
    "cropping2d_hand_4x4": np.array([[6], [10]]).reshape(2, 1, 1),
    # suite "sequence": causal, dilation 2 on [1, 2, 3, 4]: 10 x[t] + x[t - 2] + 0.5
    "conv1d_hand_causal_k2_d2": np.array([10.5, 20.5, 31.5, 42.5]).reshape(4, 1),
    # 'same', kernel [1, 10, 100, 1000] on [1, 2, 3, 4], one zero before and two after:
    # y[o] = sum_j x[o + j - 1] w[j] (two zeros before would give 2100, 3210, 4321, 432)
    "conv1d_hand_same_k4": np.array([3210, 4321, 432, 43]).reshape(4, 1),
    # x = [1, 2, 3], kernel [1, 10, 100], strides 2: the scatter out[2 i + j] += x[i] w[j] gives
    # [1, 10, 100 + 2, 20, 200 + 3, 30, 300] (7 steps); 'same' with output_padding 0 keeps
    # (3 - 1) * 2 + 3 % 2 + 0 = 5 steps, and TF crops the forward 'same' padding of 5 steps
    # (ceil(5 / 2) = 3 outputs, total (3 - 1) * 2 + 3 - 5 = 2, 1 before): steps 1 to 5, + 0.5
    # (with output_padding unset: 6 steps, none cut before, 1.5, 10.5, ..., 30.5)
    "conv1d_transpose_hand_k3_s2_op0_same_3x1": np.array([10.5, 102.5, 20.5, 203.5, 30.5]).reshape(5, 1),
    # [1, 2, 3, 4, 5], pool 2 'same': (1+2)/2, (3+4)/2, 5/1 (a zero-padded average: 2.5 last)
    "average_pooling1d_hand_same_5": np.array([1.5, 3.5, 5]).reshape(3, 1),
    "max_pooling1d_hand_same_5": np.array([-1, -3, -5]).reshape(3, 1),
    "zero_padding1d_hand_1_2_3x1": np.array([0, 1, 2, 3, 0, 0]).reshape(6, 1),
    "cropping1d_hand_1_2_6x1": np.array([2, 3, 4]).reshape(3, 1),
    "upsampling1d_hand_2_3x1": np.array([1, 1, 2, 2, 3, 3]).reshape(6, 1),
    # suite "depthwise": row h of [[1, 10], [2, 20]; [3, 30], [4, 40]] (pixel, channel), kernel (1, 2),
    # M 2: channel 0 left and right (+ 0.5), channel 1 sum and difference of the row
    "depthwise_conv2d_hand_m2_2x2x2": np.array([[1, 2.5, 30, -10], [3, 4.5, 70, -10]]).reshape(2, 1, 4),
    # 'same', kernel [1, 10] on [1, 2, 3]: y[o] = x[o] + 10 x[o + 1], the zero after (before: 10, 21, 32)
    "depthwise_conv2d_hand_same_k1x2_1x3x1": np.array([21, 32, 3]).reshape(1, 3, 1),
    # 'same', kernel [1, 10] on [1, 2, 3]: y[o] = x[o] + 10 x[o + 1], the zero after (before: 10, 21, 32)
    "depthwise_conv1d_hand_same_k2_3x1": np.array([21, 32, 3]).reshape(3, 1),
    # steps [1, 10], [2, 20], [3, 30], kernel 2, M 2: channel 0 left and right (+ 0.5), channel 1
    # sum and difference of each pair of steps
    "depthwise_conv1d_hand_m2_3x2": np.array([[1, 2.5, 30, -10], [2, 3.5, 50, -10]]),
    # suite "reshaping": [1, 2, 3] three times; the transpose of [[1, 2, 3], [4, 5, 6]]
    "repeat_vector_hand_3_3": np.array([[1, 2, 3]] * 3),
    "permute_hand_2_1_2x3": np.array([[1, 4], [2, 5], [3, 6]]),
    # nearest, 2 -> 4: source floor((d + 0.5) / 2) = 0, 0, 1, 1 (UpSampling2D's repeat)
    "resizing_hand_nearest_2x2_to_4x4":
        np.array([[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 4, 4], [3, 3, 4, 4]]).reshape(4, 4, 1),
    # bilinear, half-pixel centres: sources -0.25, 0.25, 0.75, 1.25 (clamped at both ends)
    "resizing_hand_bilinear_1x2_to_1x4": np.array([0, 0.25, 0.75, 1]).reshape(1, 4, 1),
    # rows 1..2, columns 1..2 of the 4x4 image 1..16 (start (4 - 2) // 2 = 1)
    "center_crop_hand_4x4_to_2x2": np.array([[6, 7], [10, 11]]).reshape(2, 2, 1),
    # [3, 4] / 5
    "unit_normalization_hand_2": np.array([0.6, 0.8]),
}


def fmt_vals(arr):
    a = np.asarray(arr, dtype=np.float32).ravel()
    return " ".join("%.9g" % v for v in a.tolist())


def fmt_line(tag, arr):
    a = np.asarray(arr, dtype=np.float32).ravel()
    return "%s %d %s" % (tag, a.size, fmt_vals(a)) if a.size else "%s 0" % tag


def suite_headers(suite, skipped):
    inc_name, data_name = SUITES[suite]
    inc = [
        "// GENERATED by tests/golden/make_golden.py -- DO NOT EDIT.",
        "// Regenerate with: /usr/bin/python3 tests/golden/make_golden.py",
        "// One CTNN_GOLDEN_CASE(name, model type) per case; the data for each case is",
        "// the record of the same name, in the same order, in %s." % data_name,
    ]
    data = [
        "# GENERATED by tests/golden/make_golden.py -- DO NOT EDIT.",
        "# Independent PyTorch (float64) reference with Keras semantics, rounded to float32.",
        "# Regenerate with: /usr/bin/python3 tests/golden/make_golden.py",
        "# Record: case / input / weights k / (w|fill) x k / output.  Batch size %d." % BATCH,
        "# fill <count> <seed> <scale>: SplitMix64, u=(next()>>40)*2^-24, v=f32(scale)*f32(2u-1).",
    ]
    if skipped and suite == "golden":
        data.append("# Not generated (TF's conv2d_backprop_input rejects the output size): "
                    + " ".join(skipped))
    return inc, data


def main():
    self_checks()
    cases, skipped = build_cases()

    files = {suite: suite_headers(suite, skipped) for suite in SUITES}
    max_err = 0.0
    for c in cases:
        out = c.run_torch()
        ref = c.run_numpy()
        assert out.shape == ref.shape == (BATCH,) + tuple(c.out_shape), c.name
        err = np.max(np.abs(out - ref) / (1.0 + np.abs(ref)))
        max_err = max(max_err, err)
        assert err < 1e-12, (c.name, err)
        assert np.all(np.isfinite(out))
        if c.name in HAND_WORKED:
            assert np.array_equal(out[0], HAND_WORKED[c.name]), (c.name, out[0])

        inc, data = files[c.suite]
        inc.append("CTNN_GOLDEN_CASE(%s, %s)" % (c.name, c.cpp()))
        data.append("# %s: %s" % (c.name, " -> ".join(
            "x".join(str(d) for d in s) for s in c.shapes)))
        data.append("case %s" % c.name)
        data.append(fmt_line("input", c.x))
        all_ws = [w for ws in c.weights for w in ws]
        data.append("weights %d" % len(all_ws))
        for w in all_ws:
            if w.fill is not None:
                seed, scale = w.fill
                data.append("fill %d %d %s" % (w.arr.size, seed, "%.9g" % scale))
            else:
                data.append(fmt_line("w", w.arr))
        data.append(fmt_line("output", out.astype(np.float32)))

    print("%d cases; torch vs numpy max rel err %.3g" % (len(cases), max_err))
    print("skipped (TF-invalid): %s" % (", ".join(skipped) or "none"))
    for suite, (inc_name, data_name) in SUITES.items():
        inc, data = files[suite]
        for name, lines in ((inc_name, inc), (data_name, data)):
            path = os.path.join(HERE, name)
            with open(path, "w") as f:
                f.write("\n".join(lines) + "\n")
            print("%s: %d bytes" % (path, os.path.getsize(path)))


if __name__ == "__main__":
    main()
