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
* ``golden_data.txt``   - one record per case, same order:

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
INC_PATH = os.path.join(HERE, "golden_cases.inc")
DATA_PATH = os.path.join(HERE, "golden_data.txt")

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
    raise ValueError(name)


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
            pt, pb = conv_same_pad(H, self.k[0], self.s[0], self.d[0])
            pl, pr = conv_same_pad(W, self.k[1], self.s[1], self.d[1])
            xn = F.pad(xn, (pl, pr, pt, pb))
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


# ---------------------------------------------------------------------------
# Models / cases
# ---------------------------------------------------------------------------
class Case:
    def __init__(self, name, in_shape, layers, inputs=None, weights=None):
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
            if isinstance(layer, Conv2DTranspose):
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


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
def fmt_vals(arr):
    a = np.asarray(arr, dtype=np.float32).ravel()
    return " ".join("%.9g" % v for v in a.tolist())


def fmt_line(tag, arr):
    a = np.asarray(arr, dtype=np.float32).ravel()
    return "%s %d %s" % (tag, a.size, fmt_vals(a)) if a.size else "%s 0" % tag


def main():
    self_checks()
    cases, skipped = build_cases()

    inc = [
        "// GENERATED by tests/golden/make_golden.py -- DO NOT EDIT.",
        "// Regenerate with: /usr/bin/python3 tests/golden/make_golden.py",
        "// One CTNN_GOLDEN_CASE(name, model type) per case; the data for each case is",
        "// the record of the same name, in the same order, in golden_data.txt.",
    ]
    data = [
        "# GENERATED by tests/golden/make_golden.py -- DO NOT EDIT.",
        "# Independent PyTorch (float64) reference with Keras semantics, rounded to float32.",
        "# Regenerate with: /usr/bin/python3 tests/golden/make_golden.py",
        "# Record: case / input / weights k / (w|fill) x k / output.  Batch size %d." % BATCH,
        "# fill <count> <seed> <scale>: SplitMix64, u=(next()>>40)*2^-24, v=f32(scale)*f32(2u-1).",
    ]
    if skipped:
        data.append("# Not generated (TF's conv2d_backprop_input rejects the output size): "
                    + " ".join(skipped))

    max_err = 0.0
    for c in cases:
        out = c.run_torch()
        ref = c.run_numpy()
        assert out.shape == ref.shape == (BATCH,) + tuple(c.out_shape), c.name
        err = np.max(np.abs(out - ref) / (1.0 + np.abs(ref)))
        max_err = max(max_err, err)
        assert err < 1e-12, (c.name, err)
        assert np.all(np.isfinite(out))
        if c.name == "tutorial_conv2d_transpose_1x1_s2":
            assert np.array_equal(out[0, :, :, 0],
                                  [[1, 0, 2, 0], [0, 0, 0, 0], [3, 0, 4, 0], [0, 0, 0, 0]])
        if c.name == "upsampling2d_nearest_hand_2x2":
            assert np.array_equal(out[0, :, :, 0],
                                  [[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 4, 4], [3, 3, 4, 4]])

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

    with open(INC_PATH, "w") as f:
        f.write("\n".join(inc) + "\n")
    with open(DATA_PATH, "w") as f:
        f.write("\n".join(data) + "\n")
    print("%d cases; torch vs numpy max rel err %.3g" % (len(cases), max_err))
    print("skipped (TF-invalid): %s" % (", ".join(skipped) or "none"))
    for p in (INC_PATH, DATA_PATH):
        print("%s: %d bytes" % (p, os.path.getsize(p)))


if __name__ == "__main__":
    main()
