#!/usr/bin/env python3
"""Golden reference data for small Keras *functional* (multi-input graph) models.

What it does
------------
Builds a fixed list of small Keras functional models (the "cases": graphs with
several inputs and/or several outputs, Embedding, Concatenate, Add, Subtract,
Multiply, Average, Maximum, Minimum, Dot (plain and normalized), Reshape,
Flatten, Dense, Conv2D, Conv2DTranspose, BatchNormalization, LeakyReLU), gives
each one deterministic float32 inputs (batch size 3) and weights, and computes the
expected model outputs with PyTorch in float64 using Keras semantics
(channels-last NHWC, Keras weight layouts, Keras/TensorFlow 'same' padding and
transposed-convolution cropping written out explicitly, never torch's own
'same').  It also computes Keras's ``model.layers`` order for each graph (the
rule is in ``keras_layer_order``) and lists the weights in that order, which is
the order of ``model.get_weights()``.

Independent checks, all asserted before anything is written:

* every case is run a second time by naive loop-based numpy float64 code
  (scalar loops for Dense, Embedding, Conv2D, Conv2DTranspose (a direct
  scatter), BatchNormalization, Dot and its L2 normalization); every node's
  value must agree with torch (Dot: movedim + bmm) to 1e-10;
* each case's output shape is compared with the shape stated in the spec;
* the layer order of each case is compared with an order worked out by hand;
* the transposed convolution is checked to be the adjoint of the 'same'
  strided convolution with the same kernel (that is how TF defines it);
* Dot reproduces the example of Keras's Dot docstring, and its normalization
  keeps a zero vector at zero (norm floored at 1e-7);
* a few hand-worked facts (every output of ``embedding_sequence`` from the
  weights by hand, one Conv2DTranspose output pixel, the channel layout of
  the Concatenate in ``cgan_generator_small``, the Flatten layout in
  ``cgan_discriminator_multiply``, one ``scores`` value of ``two_heads``
  from the weights, the first conv pixel, BatchNormalization, Concatenate
  layout and a softmax logit of ``image_heads``, one value of ``dot_matmul``
  and of ``dot_axes3``, the ``dot_cosine`` output of sample 0 as the cosine
  of its two tanh vectors, ...).

File format
-----------
It writes ``graph_golden.txt`` next to this script (whatever the current
directory is).  Lines starting with '#' are comments (each record is preceded
by comment lines giving its graph, the model.layers order by layer name, the
input, weight and output shapes).  One record per case:

    case <name>
    order <ClassName> ...          Keras model.layers order (InputLayer included)
    inputs <k>
    x <count> v...                 one line per model input, in the model's
                                   inputs order, whole batch, row-major (NHWC)
    weights <k>
    w <count> v...                 one line per array, model.get_weights() order,
                                   Keras layout, row-major
    output <count> v...            expected output, whole batch, row-major;
                                   one line per model output, in the order of
                                   Model(inputs, [outputs...]) (a single-output
                                   model has exactly one)

Every <count> is the number of values on its line.  Floats are printed with
'%.9g' (float32 round-trips exactly); integer labels print as integers.

How to rerun
------------
From the repository root (Debian's python3 has torch and numpy; the python3
first on PATH may not):

    /usr/bin/python3 tests/graph_golden/make_graph_golden.py

The output is fully deterministic: each case draws from its own
``numpy.random.RandomState`` seeded with the CRC32 of the case name (inputs
first, in input order, then the weights in get_weights order), so adding a
case does not change the others.  Do not edit graph_golden.txt by hand;
change this script and rerun it.
"""

import math
import os
import zlib

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_PATH = os.path.join(HERE, "graph_golden.txt")

BATCH = 3
DT = torch.float64
TOL = 1e-10
torch.set_num_threads(1)  # keep float64 reductions reproducible


# ---------------------------------------------------------------------------
# Keras / TF geometry (own helpers; tests/golden/make_golden.py is not used so
# that this script stays independent of it)
# ---------------------------------------------------------------------------
def same_pad(n, k, s):
    """(before, after) zero padding of a TF 'same' convolution along one axis."""
    out = -(-n // s)
    total = max((out - 1) * s + k - n, 0)
    return total // 2, total - total // 2


def conv_out(n, k, s, padding):
    return -(-n // s) if padding == "same" else (n - k) // s + 1


def convt_geometry(n, k, s, padding):
    """(full, out, crop_before) of a Keras Conv2DTranspose (no output_padding).

    full = (n-1)*s + k is the size of the un-cropped scatter result; out is
    n*s for 'same' and full for 'valid'; crop_before = (full - out) // 2."""
    full = (n - 1) * s + k
    out = n * s if padding == "same" else n * s + max(k - s, 0)
    crop = max(full - out, 0) // 2 if padding == "same" else 0
    return full, out, crop


def f32(a):
    return np.asarray(a, dtype=np.float32)


# ---------------------------------------------------------------------------
# Activations
# ---------------------------------------------------------------------------
def t_softmax(x):
    """Keras softmax over the last axis, shifted by the row maximum (stable)."""
    e = torch.exp(x - torch.amax(x, dim=-1, keepdim=True))
    return e / torch.sum(e, dim=-1, keepdim=True)


def t_act(x, name):
    return {"linear": lambda v: v, "relu": torch.relu, "tanh": torch.tanh,
            "sigmoid": torch.sigmoid, "softmax": t_softmax}[name](x)


def s_act(v, name):
    """Scalar (python float) activation for the loop reference."""
    if name == "linear":
        return v
    if name == "relu":
        return v if v > 0.0 else 0.0
    if name == "tanh":
        return math.tanh(v)
    if name == "sigmoid":
        return 1.0 / (1.0 + math.exp(-v))
    raise ValueError(name)


def s_softmax(row):
    """Softmax of one row (a list of python floats) by scalar loops, shifted
    by the row maximum."""
    m = row[0]
    for v in row[1:]:
        m = v if v > m else m
    e = [math.exp(v - m) for v in row]
    total = 0.0
    for v in e:
        total += v
    return [v / total for v in e]


def np_act(x, name):
    return np.vectorize(lambda v: s_act(float(v), name), otypes=[np.float64])(x)


# ---------------------------------------------------------------------------
# Graph nodes (one node per layer; every layer here is called exactly once)
# ---------------------------------------------------------------------------
class Node:
    cls = None

    def __init__(self, *inputs, name=None):
        self.inputs = list(inputs)
        self.name = name
        self.shape = self.out_shape([i.shape for i in self.inputs])

    # per-sample shapes (batch axis excluded)
    def out_shape(self, in_shapes):
        raise NotImplementedError

    # [(label, shape, kind)] in Keras get_weights order for this layer
    def weight_specs(self):
        return []

    def torch_fwd(self, xs, ws):
        raise NotImplementedError

    def numpy_fwd(self, xs, ws):
        raise NotImplementedError


class Input(Node):
    cls = "InputLayer"

    def __init__(self, shape, name, labels=None):
        self.shape = tuple(shape)
        self.inputs = []
        self.name = name
        self.labels = labels  # None for float inputs, else the Embedding input_dim


def lecun(fan_in):
    return ("kernel", math.sqrt(3.0 / fan_in))


class Dense(Node):
    cls = "Dense"

    def __init__(self, x, units, activation="linear", use_bias=True, name=None):
        self.units, self.act, self.use_bias = units, activation, use_bias
        super().__init__(x, name=name)

    def out_shape(self, s):
        return s[0][:-1] + (self.units,)

    def weight_specs(self):
        fan = self.inputs[0].shape[-1]
        w = [("kernel", (fan, self.units), lecun(fan))]
        if self.use_bias:
            w.append(("bias", (self.units,), ("bias",)))
        return w

    def torch_fwd(self, xs, ws):
        y = torch.matmul(xs[0], ws[0])
        if self.use_bias:
            y = y + ws[1]
        return t_act(y, self.act)

    def numpy_fwd(self, xs, ws):
        x = xs[0]
        K = ws[0]
        lead = x.shape[:-1]
        xf = x.reshape(-1, x.shape[-1])
        y = np.zeros((xf.shape[0], self.units))
        for m in range(xf.shape[0]):
            for j in range(self.units):
                acc = ws[1][j] if self.use_bias else 0.0
                for i in range(xf.shape[1]):
                    acc += xf[m, i] * K[i, j]
                # softmax needs the whole row: keep the sum, apply it below
                y[m, j] = float(acc) if self.act == "softmax" else s_act(float(acc), self.act)
            if self.act == "softmax":
                y[m, :] = s_softmax([float(v) for v in y[m, :]])
        return y.reshape(lead + (self.units,))


class Embedding(Node):
    cls = "Embedding"

    def __init__(self, x, input_dim, output_dim, name=None):
        self.input_dim, self.output_dim = input_dim, output_dim
        super().__init__(x, name=name)

    def out_shape(self, s):
        return s[0] + (self.output_dim,)

    def weight_specs(self):
        return [("embeddings", (self.input_dim, self.output_dim), ("embeddings",))]

    def _check(self, idx):
        assert np.all(idx == np.round(idx)), "labels must be integer-valued"
        assert idx.min() >= 0 and idx.max() < self.input_dim, "label out of range"

    def torch_fwd(self, xs, ws):
        self._check(xs[0].numpy())
        return F.embedding(xs[0].long(), ws[0])

    def numpy_fwd(self, xs, ws):
        x = xs[0]
        self._check(x)
        E = ws[0]
        xf = x.reshape(-1)
        y = np.zeros((xf.size, self.output_dim))
        for m in range(xf.size):
            row = int(xf[m])
            for d in range(self.output_dim):
                y[m, d] = E[row, d]
        return y.reshape(x.shape + (self.output_dim,))


class LeakyReLU(Node):
    cls = "LeakyReLU"

    def __init__(self, x, alpha, name=None):
        self.alpha = alpha
        super().__init__(x, name=name)

    def out_shape(self, s):
        return s[0]

    def torch_fwd(self, xs, ws):
        return torch.where(xs[0] >= 0, xs[0], self.alpha * xs[0])

    def numpy_fwd(self, xs, ws):
        return np.vectorize(lambda v: v if v >= 0 else self.alpha * v,
                            otypes=[np.float64])(xs[0])


class Reshape(Node):
    cls = "Reshape"

    def __init__(self, x, target, name=None):
        self.target = tuple(target)
        super().__init__(x, name=name)

    def out_shape(self, s):
        assert math.prod(s[0]) == math.prod(self.target)
        return self.target

    def torch_fwd(self, xs, ws):
        return xs[0].reshape((xs[0].shape[0],) + self.target)

    def numpy_fwd(self, xs, ws):
        return np.reshape(xs[0], (xs[0].shape[0],) + self.target, order="C")


class Flatten(Node):
    cls = "Flatten"

    def out_shape(self, s):
        return (math.prod(s[0]),)

    def torch_fwd(self, xs, ws):
        return torch.flatten(xs[0], start_dim=1)

    def numpy_fwd(self, xs, ws):
        return np.reshape(xs[0], (xs[0].shape[0], -1), order="C")


class Concatenate(Node):
    cls = "Concatenate"

    def __init__(self, *xs, axis=-1, name=None):
        self.axis = axis
        super().__init__(*xs, name=name)

    def full_axis(self, rank):
        """Keras axis (batch axis = 0, negative from the end) -> axis of the
        batched array of the given rank (batch included)."""
        a = self.axis + rank if self.axis < 0 else self.axis
        assert 1 <= a < rank, "Concatenate: bad axis"
        return a

    def out_shape(self, s):
        rank = len(s[0]) + 1
        a = self.full_axis(rank) - 1
        for t in s:
            assert len(t) == len(s[0])
            assert all(t[i] == s[0][i] for i in range(len(t)) if i != a), s
        return tuple(sum(t[a] for t in s) if i == a else s[0][i] for i in range(len(s[0])))

    def torch_fwd(self, xs, ws):
        return torch.cat(xs, dim=self.full_axis(xs[0].dim()))

    def numpy_fwd(self, xs, ws):
        # explicit copy loop over positions along the concatenation axis
        a = self.full_axis(xs[0].ndim)
        shape = list(xs[0].shape)
        shape[a] = sum(x.shape[a] for x in xs)
        y = np.zeros(shape)
        off = 0
        for x in xs:
            for i in range(x.shape[a]):
                dst = [slice(None)] * x.ndim
                dst[a] = off + i
                src = [slice(None)] * x.ndim
                src[a] = i
                y[tuple(dst)] = x[tuple(src)]
            off += x.shape[a]
        return y


class Add(Node):
    cls = "Add"

    def out_shape(self, s):
        assert all(t == s[0] for t in s), s
        return s[0]

    def torch_fwd(self, xs, ws):
        y = xs[0]
        for x in xs[1:]:
            y = y + x
        return y

    def numpy_fwd(self, xs, ws):
        return np.sum(np.stack(xs), axis=0)


class Multiply(Add):
    cls = "Multiply"

    def torch_fwd(self, xs, ws):
        y = xs[0]
        for x in xs[1:]:
            y = y * x
        return y

    def numpy_fwd(self, xs, ws):
        return np.prod(np.stack(xs), axis=0)


class Subtract(Add):
    cls = "Subtract"

    def torch_fwd(self, xs, ws):
        assert len(xs) == 2
        return xs[0] - xs[1]

    def numpy_fwd(self, xs, ws):
        return xs[0] - xs[1]


class Average(Add):
    """Keras: the sum, left to right, divided by the number of inputs."""
    cls = "Average"

    def torch_fwd(self, xs, ws):
        return Add.torch_fwd(self, xs, ws) / len(xs)

    def numpy_fwd(self, xs, ws):
        return np.mean(np.stack(xs), axis=0)


class Maximum(Add):
    cls = "Maximum"
    torch_op, numpy_op = torch.maximum, np.max

    def torch_fwd(self, xs, ws):
        y = xs[0]
        for x in xs[1:]:
            y = type(self).torch_op(y, x)
        return y

    def numpy_fwd(self, xs, ws):
        return type(self).numpy_op(np.stack(xs), axis=0)


class Minimum(Maximum):
    cls = "Minimum"
    torch_op, numpy_op = torch.minimum, np.min


class Convolution(Node):
    """What Conv2D and Conv2DTranspose share: their Keras arguments, their bias and activation."""

    def __init__(self, x, filters, kernel, strides=1, padding="valid",
                 activation="linear", use_bias=True, name=None):
        self.filters, self.k, self.s = filters, kernel, strides
        self.padding, self.act, self.use_bias = padding, activation, use_bias
        super().__init__(x, name=name)

    def finish(self, y, ws, bias_and_act):
        """The bias and the activation, unless the caller wants the bare convolution."""
        if not bias_and_act:
            return y
        if self.use_bias:
            y = y + ws[1]
        return t_act(y, self.act)


class Conv2D(Convolution):
    cls = "Conv2D"

    def out_shape(self, s):
        H, W, C = s[0]
        return (conv_out(H, self.k, self.s, self.padding),
                conv_out(W, self.k, self.s, self.padding), self.filters)

    def weight_specs(self):
        cin = self.inputs[0].shape[-1]
        w = [("kernel", (self.k, self.k, cin, self.filters), lecun(self.k * self.k * cin))]
        if self.use_bias:
            w.append(("bias", (self.filters,), ("bias",)))
        return w

    def torch_fwd(self, xs, ws, bias_and_act=True):
        x, K = xs[0], ws[0]
        N, H, W, C = x.shape
        xn = x.permute(0, 3, 1, 2)
        if self.padding == "same":
            pt, pb = same_pad(H, self.k, self.s)
            pl, pr = same_pad(W, self.k, self.s)
            xn = F.pad(xn, (pl, pr, pt, pb))
        y = F.conv2d(xn, K.permute(3, 2, 0, 1), None, stride=self.s, padding=0)
        y = y.permute(0, 2, 3, 1)
        return self.finish(y, ws, bias_and_act)

    def numpy_fwd(self, xs, ws):
        # y[oh, ow, o] = b[o] + sum_{i,j,c} x[oh*s + i - pt, ow*s + j - pl, c] K[i, j, c, o]
        x, K = xs[0], ws[0]
        N, H, W, C = x.shape
        OH, OW, O = self.out_shape([x.shape[1:]])
        if self.padding == "same":
            # TF: out = ceil(n/s); total pad = max((out-1)*s + k - n, 0); the
            # odd cell goes after
            pt = max((OH - 1) * self.s + self.k - H, 0) // 2
            pl = max((OW - 1) * self.s + self.k - W, 0) // 2
        else:
            pt = pl = 0
        y = np.zeros((N, OH, OW, O))
        for n in range(N):
            for oh in range(OH):
                for ow in range(OW):
                    for o in range(O):
                        acc = ws[1][o] if self.use_bias else 0.0
                        for i in range(self.k):
                            ih = oh * self.s + i - pt
                            if not 0 <= ih < H:
                                continue
                            for j in range(self.k):
                                iw = ow * self.s + j - pl
                                if not 0 <= iw < W:
                                    continue
                                for c in range(C):
                                    acc += x[n, ih, iw, c] * K[i, j, c, o]
                        y[n, oh, ow, o] = s_act(float(acc), self.act)
        return y


class Conv2DTranspose(Convolution):
    cls = "Conv2DTranspose"

    def out_shape(self, s):
        H, W, C = s[0]
        return (convt_geometry(H, self.k, self.s, self.padding)[1],
                convt_geometry(W, self.k, self.s, self.padding)[1], self.filters)

    def weight_specs(self):
        cin = self.inputs[0].shape[-1]
        # each output pixel receives about (k/s)^2 * cin products
        fan = max(self.k * self.k * cin // (self.s * self.s), 1)
        w = [("kernel", (self.k, self.k, self.filters, cin), lecun(fan))]  # [kh, kw, OUT, IN]
        if self.use_bias:
            w.append(("bias", (self.filters,), ("bias",)))
        return w

    def torch_fwd(self, xs, ws, bias_and_act=True):
        x, K = xs[0], ws[0]
        N, H, W, C = x.shape
        FH, OH, ch = convt_geometry(H, self.k, self.s, self.padding)
        FW, OW, cw = convt_geometry(W, self.k, self.s, self.padding)
        # torch conv_transpose2d weight is [in, out, kh, kw]
        full = F.conv_transpose2d(x.permute(0, 3, 1, 2), K.permute(3, 2, 0, 1), None,
                                  stride=self.s, padding=0)
        assert tuple(full.shape[2:]) == (FH, FW)
        # k < s: the wanted size n*s exceeds the full size; TF zero-fills the end
        full = F.pad(full, (0, max(cw + OW - FW, 0), 0, max(ch + OH - FH, 0)))
        y = full[:, :, ch:ch + OH, cw:cw + OW].permute(0, 2, 3, 1)
        assert tuple(y.shape[1:3]) == (OH, OW)
        return self.finish(y, ws, bias_and_act)

    def numpy_fwd(self, xs, ws):
        # direct scatter: every input pixel times the kernel, added at
        # (ih*s + a - ch, iw*s + b - cw) of the output, where the full
        # (un-cropped) result is (H-1)*s + k long, the output H*s ('same') and
        # ch = (full - wanted) // 2 (cells past the full result stay 0).
        x, K = xs[0], ws[0]
        N, H, W, C = x.shape
        O = self.filters
        FH, FW = (H - 1) * self.s + self.k, (W - 1) * self.s + self.k
        OH, OW = (H * self.s, W * self.s) if self.padding == "same" else (FH, FW)
        ch, cw = max(FH - OH, 0) // 2, max(FW - OW, 0) // 2
        y = np.zeros((N, OH, OW, O))
        for n in range(N):
            for ih in range(H):
                for iw in range(W):
                    for a in range(self.k):
                        oh = ih * self.s + a - ch
                        if not 0 <= oh < OH:
                            continue
                        for b in range(self.k):
                            ow = iw * self.s + b - cw
                            if not 0 <= ow < OW:
                                continue
                            for o in range(O):
                                for c in range(C):
                                    y[n, oh, ow, o] += x[n, ih, iw, c] * K[a, b, o, c]
        for n in range(N):
            for i in range(OH):
                for j in range(OW):
                    for o in range(O):
                        v = y[n, i, j, o] + (ws[1][o] if self.use_bias else 0.0)
                        y[n, i, j, o] = s_act(float(v), self.act)
        return y


class BatchNormalization(Node):
    cls = "BatchNormalization"

    def __init__(self, x, epsilon=1e-3, name=None):
        self.eps = epsilon
        super().__init__(x, name=name)

    def out_shape(self, s):
        return s[0]

    def weight_specs(self):
        c = self.inputs[0].shape[-1]
        return [("gamma", (c,), ("gamma",)), ("beta", (c,), ("beta",)),
                ("moving_mean", (c,), ("mean",)), ("moving_variance", (c,), ("var",))]

    def torch_fwd(self, xs, ws):
        g, b, m, v = ws
        return g * (xs[0] - m) / torch.sqrt(v + self.eps) + b

    def numpy_fwd(self, xs, ws):
        g, b, m, v = ws
        x = xs[0]
        y = np.zeros(x.shape)
        for idx in np.ndindex(*x.shape):
            c = idx[-1]
            y[idx] = g[c] * (x[idx] - m[c]) / math.sqrt(v[c] + self.eps) + b[c]
        return y


class Dot(Node):
    """Keras Dot(axes, normalize): a sum of products over one axis of each of
    two inputs (Keras's batch_dot).  axes is an int (the same axis of both) or
    a pair; the batch axis counts as 0 and a negative axis is taken modulo the
    rank *with* the batch axis (keras/src/layers/merging/dot.py).  The result
    keeps x's other per-sample axes, then y's; with none left it is (1,).
    normalize=True first divides each input by its L2 norm along its summed
    axis, a norm below 1e-7 replaced by 1e-7 (Keras 3's ops.nn.normalize with
    epsilon = backend.epsilon())."""
    cls = "Dot"
    EPS = 1e-7

    def __init__(self, x, y, axes, normalize=False, name=None):
        self.axes, self.normalize = axes, normalize
        super().__init__(x, y, name=name)

    def full_axes(self, rank_x, rank_y):
        """The two summed axes of the batched arrays (batch axis included)."""
        pair = (self.axes, self.axes) if isinstance(self.axes, int) else tuple(self.axes)
        assert len(pair) == 2
        out = tuple(a % r if a < 0 else a for a, r in zip(pair, (rank_x, rank_y)))
        assert 1 <= out[0] < rank_x and 1 <= out[1] < rank_y, "Dot: bad axes"
        return out

    def out_shape(self, s):
        assert len(s) == 2, "Dot takes two inputs"
        sx, sy = s
        ax, ay = self.full_axes(len(sx) + 1, len(sy) + 1)
        assert sx[ax - 1] == sy[ay - 1], ("Dot: summed axes differ", sx, sy, self.axes)
        rest = tuple(d for i, d in enumerate(sx) if i != ax - 1) + \
            tuple(d for i, d in enumerate(sy) if i != ay - 1)
        return rest if rest else (1,)

    def torch_fwd(self, xs, ws):
        x, y = xs
        ax, ay = self.full_axes(x.dim(), y.dim())
        if self.normalize:
            x = x / torch.clamp(torch.linalg.vector_norm(x, dim=ax, keepdim=True), min=self.EPS)
            y = y / torch.clamp(torch.linalg.vector_norm(y, dim=ay, keepdim=True), min=self.EPS)
        # per sample: x as a (rest_x, k) matrix times y as a (k, rest_y) matrix
        N, k = x.shape[0], x.shape[ax]
        xm = torch.movedim(x, ax, -1).reshape(N, -1, k)
        ym = torch.movedim(y, ay, 1).reshape(N, k, -1)
        return torch.bmm(xm, ym).reshape((N,) + self.shape)

    @staticmethod
    def _normalized(a, axis, eps):
        """a divided along `axis` by its L2 norm (at least eps), by loops."""
        out = np.zeros(a.shape)
        others = [d for i, d in enumerate(a.shape) if i != axis]
        for idx in np.ndindex(*others):
            pos = lambda k: idx[:axis] + (k,) + idx[axis:]
            ss = 0.0
            for k in range(a.shape[axis]):
                ss += float(a[pos(k)]) * float(a[pos(k)])
            inv = 1.0 / math.sqrt(max(ss, eps * eps))
            for k in range(a.shape[axis]):
                out[pos(k)] = float(a[pos(k)]) * inv
        return out

    def numpy_fwd(self, xs, ws):
        x, y = xs
        ax, ay = self.full_axes(x.ndim, y.ndim)
        if self.normalize:
            x = self._normalized(x, ax, self.EPS)
            y = self._normalized(y, ay, self.EPS)
        N, K = x.shape[0], x.shape[ax]
        rx = [d for i, d in enumerate(x.shape) if i not in (0, ax)]
        ry = [d for i, d in enumerate(y.shape) if i not in (0, ay)]
        out = np.zeros((N,) + tuple(rx) + tuple(ry))
        for n in range(N):
            for i in np.ndindex(*rx):
                for j in np.ndindex(*ry):
                    acc = 0.0
                    for k in range(K):
                        xi = (n,) + i[:ax - 1] + (k,) + i[ax - 1:]
                        yi = (n,) + j[:ay - 1] + (k,) + j[ay - 1:]
                        acc += float(x[xi]) * float(y[yi])
                    out[(n,) + i + j] = acc
        return out.reshape((N,) + self.shape)  # nothing left: (N,) -> (N, 1)


# ---------------------------------------------------------------------------
# Keras model.layers order
# ---------------------------------------------------------------------------
def keras_layer_order(outputs):
    """Keras's model.layers order for a functional graph with one output (a
    node) or several (a list of nodes, in Model(inputs, [outputs...]) order).

    * traversal index: pre-order depth-first walk from each output in turn
      (first output first), inputs visited in argument order, a node numbered
      the first time it is seen (a later output's walk skips nodes already
      seen, so an output read by an earlier one keeps its earlier number);
    * depth: every output starts at 0; a node's depth is the max over its
      consumers of depth + 1 (so an output that also feeds another layer gets
      that deeper value): the longest path to any output;
    * model.layers: depth descending, ties by traversal index ascending.
    (tf.keras functional.py _map_graph_network / _build_map, keras 3
    ops/function.py map_graph / _build_map.)
    """
    if isinstance(outputs, Node):
        outputs = [outputs]
    index, consumers = {}, {}

    def walk(node):
        if node in index:
            return
        index[node] = len(index)
        for i in node.inputs:
            consumers.setdefault(i, []).append(node)
            walk(i)

    for output in outputs:
        walk(output)
    depth = {}

    def depth_of(node):
        if node not in depth:
            depth[node] = max((depth_of(c) + 1 for c in consumers.get(node, [])), default=0)
        return depth[node]

    return sorted(index, key=lambda n: (-depth_of(n), index[n]))


# ---------------------------------------------------------------------------
# Cases (exact graphs from the spec)
# ---------------------------------------------------------------------------
def case_cgan_generator_small():
    noise = Input((8,), "noise")
    label = Input((1,), "label", labels=10)
    a = Dense(noise, 96, name="dense_noise")
    a = LeakyReLU(a, 0.2, name="leaky_noise")
    a = Reshape(a, (4, 4, 6), name="reshape_noise")
    b = Embedding(label, 10, 5, name="embedding")
    b = Dense(b, 16, name="dense_label")
    b = Reshape(b, (4, 4, 1), name="reshape_label")
    c = Concatenate(a, b, axis=-1, name="concat")
    y = Conv2DTranspose(c, 3, 4, strides=2, padding="same", use_bias=False, name="convt")
    y = BatchNormalization(y, 0.001, name="bn")
    y = LeakyReLU(y, 0.2, name="leaky_out")
    y = Conv2D(y, 1, 3, padding="same", activation="tanh", name="conv_out")
    return [noise, label], y, (8, 8, 1)


def case_cgan_discriminator_multiply():
    image = Input((4, 4, 2), "image")
    label = Input((1,), "label", labels=10)
    f = Flatten(image, name="flatten_image")
    e = Embedding(label, 10, 32, name="embedding")
    e = Flatten(e, name="flatten_label")
    m = Multiply(f, e, name="multiply")
    y = Dense(m, 8, name="dense_hidden")
    y = LeakyReLU(y, 0.2, name="leaky")
    y = Dense(y, 1, activation="sigmoid", name="dense_out")
    return [image, label], y, (1,)


def case_residual_add():
    x = Input((5, 5, 3), "x")
    y = Conv2D(x, 3, 3, padding="same", activation="relu", name="conv_relu")
    s = Add(x, y, name="add")
    out = Conv2D(s, 2, 1, padding="valid", name="conv_1x1")
    return [x], out, (5, 5, 2)


def case_concat_rows_dense():
    p = Input((3, 4, 2), "p")
    q = Input((2, 4, 2), "q")
    c = Concatenate(p, q, axis=1, name="concat")
    y = Dense(c, 3, name="dense")
    return [p, q], y, (5, 4, 3)


def case_three_way():
    u = Input((2, 3), "u")
    v = Input((6,), "v")
    vr = Reshape(v, (2, 3), name="reshape_v")
    du = Dense(u, 3, name="dense_u")
    s = Add(u, vr, du, name="add")
    m = Multiply(u, vr, name="multiply")
    c = Concatenate(s, m, axis=-2, name="concat")
    y = Dense(c, 2, activation="tanh", name="dense_out")
    return [u, v], y, (4, 2)


def case_embedding_sequence():
    seq = Input((3,), "seq", labels=7)
    e = Embedding(seq, 7, 4, name="embedding")
    f = Flatten(e, name="flatten")
    y = Dense(f, 2, name="dense")
    return [seq], y, (2,)


def case_elementwise_merges():
    a = Input((2, 3), "a")
    b = Input((2, 3), "b")
    d = Dense(a, 3, name="dense")
    s = Subtract(d, b, name="subtract")
    m = Average(a, b, d, name="average")
    x = Maximum(s, m, name="maximum")
    n = Minimum(s, m, b, name="minimum")
    c = Concatenate(x, n, axis=-1, name="concat")
    y = Dense(c, 2, name="dense_out")
    return [a, b], y, (2, 2)


def case_two_heads():
    x = Input((4,), "x")
    hidden = Dense(x, 6, activation="relu", name="hidden")
    scores = Dense(hidden, 3, name="scores")
    prob = Dense(hidden, 2, activation="sigmoid", name="prob")
    # Model(x, [scores, prob, hidden]): hidden is an output and also feeds both heads
    return [x], [scores, prob, hidden], [(3,), (2,), (6,)]


def case_image_heads():
    image = Input((6, 6, 2), "image")
    extra = Input((3,), "extra")
    c = Conv2D(image, 4, 3, padding="same", activation="relu", name="conv2d")
    bn = BatchNormalization(c, 1e-3, name="batch_normalization")
    flat = Flatten(bn, name="flatten")
    joined = Concatenate(flat, extra, axis=-1, name="concatenate")
    logits = Dense(joined, 3, activation="softmax", name="dense")
    # Model([image, extra], [logits, c, bn])
    return [image, extra], [logits, c, bn], [(3,), (6, 6, 4), (6, 6, 4)]


def case_dot_matmul():
    a = Input((3, 4), "a")
    b = Input((4, 2), "b")
    # Dot(axes=(2, 1)): per sample the matrix product a @ b
    out = Dot(a, b, (2, 1), name="dot")
    return [a, b], out, (3, 2)


def case_dot_cosine():
    u = Input((5,), "u")
    v = Input((5,), "v")
    p = Dense(u, 4, activation="tanh", name="dense")
    q = Dense(v, 4, activation="tanh", name="dense_1")
    # Dot(axes=1, normalize=True): the cosine of p and q, shape (1,)
    out = Dot(p, q, 1, normalize=True, name="dot")
    return [u, v], out, (1,)


def case_dot_axes3():
    a = Input((3, 2, 4), "a")
    b = Input((4, 3), "b")
    # Dot(axes=(-3, -1)): -3 % 4 = 1 (a's axis of 3), -1 % 3 = 2 (b's axis of 3);
    # the result keeps a's (2, 4) then b's (4,)
    out = Dot(a, b, (-3, -1), name="dot")
    return [a, b], out, (2, 4, 4)


CASES = [
    ("cgan_generator_small", case_cgan_generator_small),
    ("cgan_discriminator_multiply", case_cgan_discriminator_multiply),
    ("residual_add", case_residual_add),
    ("concat_rows_dense", case_concat_rows_dense),
    ("three_way", case_three_way),
    ("embedding_sequence", case_embedding_sequence),
    ("elementwise_merges", case_elementwise_merges),
    # several outputs (appended last: the cases above keep their seeds and text)
    ("two_heads", case_two_heads),
    ("image_heads", case_image_heads),
    # Dot (appended last, as above)
    ("dot_matmul", case_dot_matmul),
    ("dot_cosine", case_dot_cosine),
    ("dot_axes3", case_dot_axes3),
]

# model.layers orders worked out by hand from the rule (layer names)
HAND_ORDERS = {
    "cgan_generator_small": "noise label dense_noise embedding leaky_noise dense_label "
                            "reshape_noise reshape_label concat convt bn leaky_out conv_out",
    "cgan_discriminator_multiply": "label image embedding flatten_image flatten_label "
                                   "multiply dense_hidden leaky dense_out",
    "residual_add": "x conv_relu add conv_1x1",
    "concat_rows_dense": "p q concat dense",
    "three_way": "u v reshape_v dense_u add multiply concat dense_out",
    "embedding_sequence": "seq embedding flatten dense",
    # b is read by subtract, average and minimum: depth 4, as deep as dense, after it in the walk.
    "elementwise_merges": "a dense b subtract average maximum minimum concat dense_out",
    # walk from scores: scores 0, hidden 1, x 2; then prob 3 (hidden already seen).
    # depths: scores 0, prob 0 (outputs), hidden 1 (an output, but read by both
    # heads: max(0, 0 + 1)), x 2.
    "two_heads": "x hidden scores prob",
    # walk from dense (first output): dense 0, concatenate 1, flatten 2,
    # batch_normalization 3, conv2d 4, image 5, extra 6; the outputs conv2d and
    # batch_normalization are already seen.  depths: dense 0, concatenate 1,
    # flatten 2, extra 2, batch_normalization 3 (output, but read by flatten),
    # conv2d 4 (output, but read by batch_normalization), image 5.  flatten and
    # extra tie at depth 2: flatten was seen first.
    "image_heads": "image conv2d batch_normalization flatten extra concatenate dense",
    # walk from dot: dot 0, a 1, b 2; depths dot 0, a 1, b 1.
    "dot_matmul": "a b dot",
    # walk from dot: dot 0, dense 1, u 2, dense_1 3, v 4; depths dot 0, dense 1,
    # dense_1 1, u 2, v 2: both inputs first (u seen first), then both Dense.
    "dot_cosine": "u v dense dense_1 dot",
    "dot_axes3": "a b dot",
}


# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------
def draw_input(rng, node):
    shape = (BATCH,) + node.shape
    if node.labels is None:
        return f32(rng.uniform(-1.0, 1.0, size=shape))
    dim = node.labels
    lab = rng.randint(0, dim, size=shape).reshape(-1)
    pos = rng.permutation(lab.size)[:2]  # force label 0 and label dim-1 in the batch
    lab[pos[0]], lab[pos[1]] = 0, dim - 1
    return f32(lab.reshape(shape))


def draw_weight(rng, shape, kind):
    if kind[0] == "kernel":
        a = kind[1]
        return f32(rng.uniform(-a, a, size=shape))
    lo, hi = {"embeddings": (-1.0, 1.0), "bias": (-0.1, 0.1), "gamma": (0.5, 1.5),
              "beta": (-0.2, 0.2), "mean": (-0.3, 0.3), "var": (0.5, 1.5)}[kind[0]]
    return f32(rng.uniform(lo, hi, size=shape))


class Case:
    def __init__(self, name, builder):
        self.name = name
        self.inputs, outputs, shapes = builder()
        # a single-output builder returns a node and a shape; a multi-output one
        # returns lists (in Model(inputs, [outputs...]) order)
        self.multi = isinstance(outputs, list)
        self.outputs = outputs if self.multi else [outputs]
        self.expected_shapes = shapes if self.multi else [shapes]
        assert len(self.outputs) == len(self.expected_shapes)
        assert len(set(self.outputs)) == len(self.outputs), "an output listed twice"
        self.order = keras_layer_order(self.outputs)
        assert set(self.inputs) == {n for n in self.order if isinstance(n, Input)}
        rng = np.random.RandomState(zlib.crc32(name.encode()) & 0xFFFFFFFF)
        self.x = [draw_input(rng, n) for n in self.inputs]
        self.ws = {}  # node -> list of float32 arrays
        self.wlabels = []
        for node in self.order:
            self.ws[node] = []
            for label, shape, kind in node.weight_specs():
                self.ws[node].append(draw_weight(rng, shape, kind))
                self.wlabels.append("%s/%s %s" % (node.name, label, list(shape)))

    def flat_weights(self):
        return [w for n in self.order for w in self.ws[n]]

    def run(self, use_torch):
        """Evaluate every node in model.layers order (a topological order).
        Returns {node: float64 numpy array (batched)}."""
        val = {}
        for n, x in zip(self.inputs, self.x):
            val[n] = x.astype(np.float64)
        for n in self.order:
            if isinstance(n, Input):
                continue
            if use_torch:
                xs = [torch.from_numpy(val[i]).to(DT) for i in n.inputs]
                ws = [torch.from_numpy(w.astype(np.float64)) for w in self.ws[n]]
                val[n] = n.torch_fwd(xs, ws).numpy()
            else:
                xs = [val[i] for i in n.inputs]
                ws = [w.astype(np.float64) for w in self.ws[n]]
                val[n] = n.numpy_fwd(xs, ws)
            assert val[n].shape == (BATCH,) + n.shape, (self.name, n.name, val[n].shape)
            assert np.all(np.isfinite(val[n]))
        return val


def node_named(case, name):
    return next(n for n in case.order if n.name == name)


# ---------------------------------------------------------------------------
# Independent checks
# ---------------------------------------------------------------------------
def self_checks():
    # TF geometry facts
    assert same_pad(8, 3, 1) == (1, 1)
    assert same_pad(5, 4, 2) == (1, 2)          # odd cell after
    assert convt_geometry(4, 4, 2, "same") == (10, 8, 1)
    assert convt_geometry(4, 3, 2, "same") == (9, 8, 0)
    # conv-transpose crop agrees with TF's rule (forward 'same' conv of the
    # output size O must be padded by exactly crop_before at the start)
    for n in range(1, 7):
        for k in range(1, 6):
            for s in range(1, 4):
                full, O, crop = convt_geometry(n, k, s, "same")
                assert conv_out(O, k, s, "same") == n
                assert same_pad(O, k, s)[0] == crop, (n, k, s)

    # Conv2DTranspose is the adjoint of the strided 'same' Conv2D with the same
    # kernel (Keras [kh, kw, out, in] == conv kernel [kh, kw, in', out']).
    rng = np.random.RandomState(12345)
    for (H, W, k, s, cin, cout) in [(4, 4, 4, 2, 7, 3), (3, 5, 3, 2, 2, 4), (4, 3, 5, 3, 3, 2),
                                    (2, 2, 1, 2, 1, 1)]:
        x = Input((H, W, cin), "x")
        t = Conv2DTranspose(x, cout, k, strides=s, padding="same", use_bias=False)
        OH, OW, _ = t.shape
        yin = Input((OH, OW, cout), "y")
        c = Conv2D(yin, cin, k, strides=s, padding="same", use_bias=False)
        assert c.shape == (H, W, cin)
        K = torch.from_numpy(rng.uniform(-1, 1, size=(k, k, cout, cin)))
        xv = torch.from_numpy(rng.uniform(-1, 1, size=(2, H, W, cin)))
        yv = torch.from_numpy(rng.uniform(-1, 1, size=(2, OH, OW, cout)))
        lhs = float((t.torch_fwd([xv], [K], bias_and_act=False) * yv).sum())
        rhs = float((xv * c.torch_fwd([yv], [K], bias_and_act=False)).sum())
        assert abs(lhs - rhs) < 1e-10 * (1 + abs(lhs)), (H, W, k, s, lhs, rhs)
        # and the loop scatter agrees with torch
        a = t.torch_fwd([xv], [K]).numpy()
        b = t.numpy_fwd([xv.numpy()], [K.numpy()])
        assert np.max(np.abs(a - b)) < TOL

    # a tiny hand example: 1x1 kernel, stride 2, same -> every other pixel
    x = Input((2, 2, 1), "x")
    t = Conv2DTranspose(x, 1, 1, strides=2, padding="same", use_bias=False)
    y = t.numpy_fwd([np.array([1.0, 2, 3, 4]).reshape(1, 2, 2, 1)], [np.ones((1, 1, 1, 1))])
    assert np.array_equal(y[0, :, :, 0], [[1, 0, 2, 0], [0, 0, 0, 0], [3, 0, 4, 0], [0, 0, 0, 0]])

    # Keras's Dot docstring: x = arange(10).reshape(1, 5, 2), y = arange(10, 20).reshape(1, 2, 5),
    # Dot(axes=(1, 2)) gives [[260, 360], [320, 445]]
    xv = np.arange(10, dtype=np.float64).reshape(1, 5, 2)
    yv = np.arange(10, 20, dtype=np.float64).reshape(1, 2, 5)
    d = Dot(Input((5, 2), "x"), Input((2, 5), "y"), (1, 2))
    assert d.shape == (2, 2)
    want = [[[260, 360], [320, 445]]]
    assert np.array_equal(d.numpy_fwd([xv, yv], []), want)
    assert np.array_equal(d.torch_fwd([torch.from_numpy(xv), torch.from_numpy(yv)], []).numpy(), want)
    # normalize: a zero vector stays zero (the norm is floored at 1e-7), no NaN;
    # two rank-2 inputs with nothing left give shape (1,)
    d = Dot(Input((3,), "x"), Input((3,), "y"), -1, normalize=True)
    assert d.shape == (1,)
    xv = np.array([[0.0, 0.0, 0.0], [3.0, 0.0, 4.0]])
    yv = np.array([[1.0, 2.0, 2.0], [0.0, 2.0, 0.0]])
    for r in (d.numpy_fwd([xv, yv], []),
              d.torch_fwd([torch.from_numpy(xv), torch.from_numpy(yv)], []).numpy()):
        assert r.shape == (2, 1) and r[0, 0] == 0.0 and r[1, 0] == 0.0
    yv = np.array([[1.0, 2.0, 2.0], [6.0, 0.0, 8.0]])
    for r in (d.numpy_fwd([xv, yv], []),
              d.torch_fwd([torch.from_numpy(xv), torch.from_numpy(yv)], []).numpy()):
        assert abs(r[1, 0] - 1.0) < 1e-15


def hand_checks(case, val, outs):
    n = case.name
    out = outs[0]
    if n == "embedding_sequence":
        # out[b, j] = bias[j] + sum_{l, d} E[seq[b, l], d] * K[l*4 + d, j]
        E, K, bias = [w.astype(np.float64) for w in case.flat_weights()]
        seq = case.x[0]
        for b in range(BATCH):
            for j in range(2):
                acc = float(bias[j])
                for l in range(3):
                    for d in range(4):
                        acc += float(E[int(seq[b, l]), d]) * float(K[l * 4 + d, j])
                assert abs(acc - out[b, j]) < TOL
    elif n == "cgan_generator_small":
        cat = val[node_named(case, "concat")]
        lab = val[node_named(case, "dense_label")]           # (N, 1, 16)
        leak = val[node_named(case, "leaky_noise")]          # (N, 96)
        for b in range(BATCH):
            for h in range(4):
                for w in range(4):
                    assert cat[b, h, w, 6] == lab[b, 0, h * 4 + w]
                    for c in range(6):
                        assert cat[b, h, w, c] == leak[b, (h * 4 + w) * 6 + c]
        # Conv2DTranspose 4x4 s2 same on 4x4: full 10x10, crop 1, so output
        # pixel (0, 0) only gets input pixel (0, 0) times kernel tap (1, 1)
        K = case.ws[node_named(case, "convt")][0].astype(np.float64)   # [4, 4, 3, 7]
        ct = val[node_named(case, "convt")]
        for b in range(BATCH):
            for o in range(3):
                v = sum(cat[b, 0, 0, c] * K[1, 1, o, c] for c in range(7))
                assert abs(v - ct[b, 0, 0, o]) < TOL
        # pixel (7, 7): full index 8 = 3*2 + 2 -> input (3, 3), tap (2, 2)
        # (plus full index 8 = 2*2 + 4: tap 4 does not exist)
        for b in range(BATCH):
            for o in range(3):
                v = sum(cat[b, 3, 3, c] * K[2, 2, o, c] for c in range(7))
                assert abs(v - ct[b, 7, 7, o]) < TOL
        # the labels really reach the output: both label 0 and label 9 present
        assert {0.0, 9.0} <= set(case.x[1].reshape(-1).tolist())
    elif n == "cgan_discriminator_multiply":
        m = val[node_named(case, "multiply")]
        E = case.ws[node_named(case, "embedding")][0].astype(np.float64)
        img, lab = case.x
        for b in range(BATCH):
            for k in range(32):
                h, w, c = k // 8, (k // 2) % 4, k % 2
                assert m[b, k] == np.float64(img[b, h, w, c]) * E[int(lab[b, 0]), k]
        assert np.all((out > 0) & (out < 1))
    elif n == "residual_add":
        x = case.x[0].astype(np.float64)
        conv = val[node_named(case, "conv_relu")]
        assert np.all(conv >= 0) and np.any(conv == 0)  # relu active somewhere
        K, bias = [w.astype(np.float64) for w in case.ws[node_named(case, "conv_1x1")]]
        s = x + conv
        v = bias[1] + sum(s[2, 4, 0, c] * K[0, 0, c, 1] for c in range(3))
        assert abs(v - out[2, 4, 0, 1]) < TOL
    elif n == "concat_rows_dense":
        p, q = [a.astype(np.float64) for a in case.x]
        K, bias = [w.astype(np.float64) for w in case.flat_weights()]
        # row 3 of the concatenation is row 0 of q
        v = bias[2] + sum(q[1, 0, 2, c] * K[c, 2] for c in range(2))
        assert abs(v - out[1, 3, 2, 2]) < TOL
        v = bias[0] + sum(p[0, 2, 3, c] * K[c, 0] for c in range(2))
        assert abs(v - out[0, 2, 3, 0]) < TOL
    elif n == "three_way":
        u, v = [a.astype(np.float64) for a in case.x]
        Ku, bu, Ko, bo = [w.astype(np.float64) for w in case.flat_weights()]
        # row 3 of the concatenation is m row 1: u[1, :] * v[3:6]
        b = 2
        mrow = [u[b, 1, c] * v[b, 3 + c] for c in range(3)]
        want = math.tanh(bo[1] + sum(mrow[c] * Ko[c, 1] for c in range(3)))
        assert abs(want - out[b, 3, 1]) < TOL
        # row 0 is s row 0: u + v[0:3] + dense_u(u)
        du = [bu[j] + sum(u[b, 0, c] * Ku[c, j] for c in range(3)) for j in range(3)]
        srow = [u[b, 0, c] + v[b, c] + du[c] for c in range(3)]
        want = math.tanh(bo[0] + sum(srow[c] * Ko[c, 0] for c in range(3)))
        assert abs(want - out[b, 0, 0]) < TOL
    elif n == "two_heads":
        scores, prob, hidden = outs
        x = case.x[0].astype(np.float64)
        K1, b1, K2, b2, K3, b3 = [w.astype(np.float64) for w in case.flat_weights()]
        # the third output is the hidden layer itself, the value both heads read
        assert hidden is val[node_named(case, "hidden")]
        assert node_named(case, "scores").inputs == [node_named(case, "hidden")]
        assert node_named(case, "prob").inputs == [node_named(case, "hidden")]
        assert np.all(hidden >= 0) and np.any(hidden == 0)  # relu active somewhere
        b = 1
        h = [max(0.0, b1[k] + sum(x[b, i] * K1[i, k] for i in range(4))) for k in range(6)]
        for k in range(6):
            assert abs(h[k] - hidden[b, k]) < TOL
        # one scores value (linear head) and one prob value (sigmoid head) by hand
        want = b2[2] + sum(h[k] * K2[k, 2] for k in range(6))
        assert abs(want - scores[b, 2]) < TOL
        want = 1.0 / (1.0 + math.exp(-(b3[0] + sum(h[k] * K3[k, 0] for k in range(6)))))
        assert abs(want - prob[b, 0]) < TOL
        assert np.all((prob > 0) & (prob < 1))
    elif n == "image_heads":
        logits, conv, bn = outs
        img, extra = [a.astype(np.float64) for a in case.x]
        Kc, bc, g, beta, mean, var, Kd, bd = [w.astype(np.float64) for w in case.flat_weights()]
        # output 1 is the relu'd conv value that feeds the BatchNormalization,
        # output 2 is the BatchNormalization's value
        cnode, bnode = node_named(case, "conv2d"), node_named(case, "batch_normalization")
        assert bnode.inputs == [cnode]
        assert conv is val[cnode] and bn is val[bnode]
        assert np.all(conv >= 0) and np.any(conv == 0)  # relu active somewhere
        # 'same' 3x3 on 6x6, stride 1: pad 1 before; pixel (0, 0) only sees
        # input rows/cols 0..1 through kernel taps 1..2
        for b in range(BATCH):
            for o in range(4):
                acc = bc[o]
                for i in range(1, 3):
                    for j in range(1, 3):
                        for c in range(2):
                            acc += img[b, i - 1, j - 1, c] * Kc[i, j, c, o]
                assert abs(max(acc, 0.0) - conv[b, 0, 0, o]) < TOL
        # BatchNormalization (inference) of output 1 gives output 2, one pixel
        for c in range(4):
            v = g[c] * (conv[2, 3, 5, c] - mean[c]) / math.sqrt(var[c] + 1e-3) + beta[c]
            assert abs(v - bn[2, 3, 5, c]) < TOL
        # Concatenate layout: Flatten of the NHWC map (h, w, c), then extra
        joined = val[node_named(case, "concatenate")]
        for b in range(BATCH):
            for h in range(6):
                for w in range(6):
                    for c in range(4):
                        assert joined[b, (h * 6 + w) * 4 + c] == bn[b, h, w, c]
            for k in range(3):
                assert joined[b, 144 + k] == extra[b, k]
        # softmax head, batch row 0, by hand
        z = [bd[j] + sum(joined[0, k] * Kd[k, j] for k in range(147)) for j in range(3)]
        e = [math.exp(v - max(z)) for v in z]
        for j in range(3):
            assert abs(e[j] / sum(e) - logits[0, j]) < TOL
        assert np.all(np.abs(logits.sum(axis=1) - 1.0) < TOL)
    elif n == "dot_matmul":
        a, b = [x.astype(np.float64) for x in case.x]
        # out[n, i, j] = sum_k a[n, i, k] * b[n, k, j]; sample 2, row 1, column 0
        want = a[2, 1, 0] * b[2, 0, 0] + a[2, 1, 1] * b[2, 1, 0] + \
            a[2, 1, 2] * b[2, 2, 0] + a[2, 1, 3] * b[2, 3, 0]
        assert abs(want - out[2, 1, 0]) < TOL
        assert out.shape == (BATCH, 3, 2)
    elif n == "dot_cosine":
        u, v = [x.astype(np.float64) for x in case.x]
        Ku, bu, Kv, bv = [w.astype(np.float64) for w in case.flat_weights()]
        assert np.all(np.abs(out) <= 1.0) and out.shape == (BATCH, 1)
        # sample 0: the two tanh vectors by hand, then their cosine
        p = [math.tanh(bu[j] + sum(u[0, i] * Ku[i, j] for i in range(5))) for j in range(4)]
        q = [math.tanh(bv[j] + sum(v[0, i] * Kv[i, j] for i in range(5))) for j in range(4)]
        dot = sum(p[j] * q[j] for j in range(4))
        norm_p = math.sqrt(sum(t * t for t in p))
        norm_q = math.sqrt(sum(t * t for t in q))
        assert norm_p > 0.1 and norm_q > 0.1  # far from the epsilon
        assert abs(dot / (norm_p * norm_q) - out[0, 0]) < TOL
        # and the cosine differs from the plain dot product (normalize matters)
        assert abs(dot - out[0, 0]) > 1e-3
    elif n == "dot_axes3":
        a, b = [x.astype(np.float64) for x in case.x]
        # out[n, i, j, m] = sum_k a[n, k, i, j] * b[n, m, k]; sample 1, (1, 2, 3)
        want = a[1, 0, 1, 2] * b[1, 3, 0] + a[1, 1, 1, 2] * b[1, 3, 1] + a[1, 2, 1, 2] * b[1, 3, 2]
        assert abs(want - out[1, 1, 2, 3]) < TOL
        assert out.shape == (BATCH, 2, 4, 4)


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
def fmt_line(tag, arr):
    a = np.asarray(arr, dtype=np.float32).reshape(-1)
    return "%s %d %s" % (tag, a.size, " ".join("%.9g" % v for v in a.tolist()))


def graph_text(case):
    """One comment line per layer: name = Class(inputs) -> shape."""
    lines = []
    for n in case.order:
        args = ", ".join(i.name for i in n.inputs)
        lines.append("#   %s = %s(%s) -> %s" % (n.name, n.cls, args, list(n.shape)))
    return lines


def main():
    self_checks()
    data = [
        "# GENERATED by tests/graph_golden/make_graph_golden.py -- DO NOT EDIT.",
        "# Independent PyTorch (float64) reference for Keras functional (multi-input) models,",
        "# Keras semantics, rounded to float32.  Batch size %d." % BATCH,
        "# Regenerate with: /usr/bin/python3 tests/graph_golden/make_graph_golden.py",
        "# Record: case / order (Keras model.layers classes) / inputs k / x x k /",
        "#         weights k / w x k (model.get_weights() order) / output.",
        "#         (one output line per model output, in Model(inputs, [outputs...]) order)",
    ]
    max_err = 0.0
    for name, builder in CASES:
        case = Case(name, builder)
        assert " ".join(n.name for n in case.order) == HAND_ORDERS[name], \
            (name, [n.name for n in case.order])
        for o, shape in zip(case.outputs, case.expected_shapes):
            assert o.shape == shape, (name, o.name, o.shape)
        tv = case.run(use_torch=True)
        nv = case.run(use_torch=False)
        for node in case.order:
            if not isinstance(node, Input):
                err = np.max(np.abs(tv[node] - nv[node]))
                max_err = max(max_err, err)
                assert err < TOL, (name, node.name, err)
        outs = [tv[o] for o in case.outputs]
        for out, shape in zip(outs, case.expected_shapes):
            assert out.shape == (BATCH,) + shape
        hand_checks(case, tv, outs)
        ws = case.flat_weights()
        assert len(ws) == len(case.wlabels)

        data.append("#")
        if case.multi:
            data.append("# %s: %d outputs: %s (batch %d)" % (
                name, len(case.outputs), ", ".join(
                    "%s %s" % (o.name, list(sh))
                    for o, sh in zip(case.outputs, case.expected_shapes)), BATCH))
        else:
            data.append("# %s: output shape %s (batch %d)" % (
                name, list(case.expected_shapes[0]), BATCH))
        data.extend(graph_text(case))
        data.append("# inputs: %s" % ", ".join(
            "%s %s%s" % (n.name, list(n.shape), " (labels < %d)" % n.labels if n.labels else "")
            for n in case.inputs))
        data.append("# weights: %s" % ("; ".join(case.wlabels) or "none"))
        data.append("case %s" % name)
        data.append("order %s" % " ".join(n.cls for n in case.order))
        data.append("inputs %d" % len(case.x))
        for x in case.x:
            data.append(fmt_line("x", x))
        data.append("weights %d" % len(ws))
        for w in ws:
            data.append(fmt_line("w", w))
        for out in outs:  # one line per model output, in the model's outputs order
            data.append(fmt_line("output", out))
        print("%-28s out %-10s order: %s" % (
            name, " ".join(str(list(sh)) for sh in case.expected_shapes),
            " ".join(n.cls for n in case.order)))

    with open(DATA_PATH, "w") as f:
        f.write("\n".join(data) + "\n")
    print("%d cases; torch vs numpy max abs err %.3g" % (len(CASES), max_err))
    print("%s: %d bytes" % (DATA_PATH, os.path.getsize(DATA_PATH)))


if __name__ == "__main__":
    main()
