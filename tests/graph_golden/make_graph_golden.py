#!/usr/bin/env python3
"""Golden reference data for small Keras *functional* (multi-input graph) models.

What it does
------------
Builds a fixed list of small Keras functional models (the "cases": graphs with
several inputs and/or several outputs, Embedding, Concatenate, Add, Subtract,
Multiply, Average, Maximum, Minimum, Dot (plain and normalized), Reshape,
Flatten, Dense, Conv2D, Conv2DTranspose, BatchNormalization, LeakyReLU,
GlobalAveragePooling2D, and shared layers), gives
each one deterministic float32 inputs (batch size 3) and weights, and computes the
expected model outputs with PyTorch in float64 using Keras semantics
(channels-last NHWC, Keras weight layouts, Keras/TensorFlow 'same' padding and
transposed-convolution cropping written out explicitly, never torch's own
'same').  It also computes Keras's ``model.layers`` order for each graph (the
algorithm is in ``keras_graph_order``) and lists the weights in that order, which is
the order of ``model.get_weights()``.

Graphs are written the Keras way: a ``Layer`` object (``Dense(8,
activation="relu", name="s1")``) is called on nodes (``s1(a)``, merges
``Add()(x, y)``) and each call returns a new ``Node`` = (layer, inputs).  A
layer called more than once is a *shared layer*: its weights belong to the
layer, are built by its first call, drawn once, listed once in
model.get_weights() (each layer once, at its place in model.layers) and used
by every call; a later call must fit them.  Call k >= 1 of layer L is the node
named ``L#k`` (k is Keras's node_index).  The shared-layer cases are
``siamese_dense`` (two Dense layers each applied to both inputs, then
Subtract), ``shared_embedding`` (one Embedding table on two label inputs,
Add), ``shared_depths`` (a shared Dense whose two calls sit at different
depths: Keras raises the layer's depth, which puts it *before* input b in
model.layers), ``tied_chain`` (one Dense applied twice in a row) and
``shared_conv_sizes`` (one Conv2D on an 8x8 and a 6x6 input, one weight set;
BatchNormalization and two GlobalAveragePooling2D layers).  Nodes are
evaluated in node order: node depth descending, ties by the node's first-met
(pre-order) index in Keras's walk; without shared layers this is the
model.layers order.

Independent checks, all asserted before anything is written:

* every case is run a second time by naive loop-based numpy float64 code
  (scalar loops for Dense, Embedding, Conv2D, Conv2DTranspose (a direct
  scatter), BatchNormalization, Dot and its L2 normalization); every node's
  value must agree with torch (Dot: movedim + bmm) to 1e-10;
* each case's output shape is compared with the shape stated in the spec;
* the layer order of each case is compared with an order worked out by hand
  (and, in the shared-layer cases, the node order too); in every case
  without shared layers keras_graph_order (Keras's algorithm) must give the
  same order as the separately written longest-path rule
  (``simple_layer_order``);
* a shared layer refuses a second call that does not fit its weights, and
  GlobalAveragePooling2D matches a small example by hand;
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
  of its two tanh vectors; for the shared layers: both ``siamese_dense``
  branches and the output of sample 0 by scalar loops from the one set of
  weights, every ``shared_embedding`` output and Add value from the one
  table, every ``shared_depths`` output (both halves of the Concatenate),
  ``tied_chain`` as the same tanh Dense applied twice, and
  ``shared_conv_sizes`` conv pixels of both calls from the very same kernel,
  both GlobalAveragePooling2D values and the head, ...).

File format
-----------
It writes ``graph_golden.txt`` next to this script (whatever the current
directory is).  Lines starting with '#' are comments (each record is preceded
by comment lines giving its graph, one line per node in node order, the
input, weight and output shapes; without shared layers the graph lines are
in model.layers order.  A case with shared layers marks each call of a shared
layer "(shared layer L: call i of n)" and adds the lines
"# model.layers: <layer names>" and "# nodes (depth descending, ties by
first-met index): <node names>").  One record per case:

    case <name>
    order <ClassName> ...          Keras model.layers order (InputLayer included)
    inputs <k>
    x <count> v...                 one line per model input, in the model's
                                   inputs order, whole batch, row-major (NHWC)
    weights <k>
    w <count> v...                 one line per array, model.get_weights() order,
                                   Keras layout, row-major (a shared layer's
                                   arrays appear once)
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
# Layers and nodes.  A Layer is a Keras layer object (its configuration and,
# once built, its weights); calling it on nodes, ``layer(x)`` or
# ``layer(x, y, ...)`` for a merge, adds a Node (one call: the layer and its
# inputs) and returns it.  A layer called several times is a *shared* layer:
# each call is its own node, all of them use the layer's one set of weights.
# ---------------------------------------------------------------------------
class Layer:
    cls = None

    def __init__(self, name=None):
        self.name = name
        self.nodes = []        # its calls in call order (Keras's _inbound_nodes)
        self.in_shapes = None  # input shapes of the first call: Keras builds the layer then

    def __call__(self, *inputs, name=None):
        """Call the layer: a new Node.  Its name is the layer's name for the
        first call and 'layer#k' for call k >= 1 (k = Keras's node_index)."""
        in_shapes = [tuple(i.shape) for i in inputs]
        if self.in_shapes is None:
            self.in_shapes = in_shapes
        else:
            # a later call must fit the weights built by the first one
            assert [w[1] for w in self.weight_specs(in_shapes)] == \
                [w[1] for w in self.weight_specs(self.in_shapes)], (self.name, in_shapes)
        if name is None:
            name = self.name if not self.nodes else "%s#%d" % (self.name, len(self.nodes))
        node = Node(self, inputs, self.out_shape(in_shapes), name)
        self.nodes.append(node)
        return node

    # per-sample shapes (batch axis excluded)
    def out_shape(self, in_shapes):
        raise NotImplementedError

    # [(label, shape, kind)] in Keras get_weights order for this layer, built
    # for inputs of these per-sample shapes
    def weight_specs(self, in_shapes):
        return []

    def weights(self):
        """The weight specs of the built layer (built by its first call)."""
        assert self.in_shapes is not None, "layer never called"
        return self.weight_specs(self.in_shapes)

    def torch_fwd(self, xs, ws):
        raise NotImplementedError

    def numpy_fwd(self, xs, ws):
        raise NotImplementedError


class Node:
    """One call of a layer: node = (layer, inputs); its value has the
    per-sample shape ``shape``."""

    def __init__(self, layer, inputs, shape, name):
        self.layer = layer
        self.inputs = list(inputs)
        self.shape = tuple(shape)
        self.name = name

    @property
    def cls(self):
        return self.layer.cls

    @property
    def is_input(self):
        return isinstance(self.layer, InputLayer)

    @property
    def labels(self):
        return self.layer.labels


class InputLayer(Layer):
    cls = "InputLayer"

    def __init__(self, shape, name, labels=None):
        super().__init__(name)
        self.shape = tuple(shape)
        self.labels = labels  # None for float inputs, else the Embedding input_dim

    def out_shape(self, in_shapes):
        assert not in_shapes
        return self.shape


def Input(shape, name, labels=None):
    """keras.Input: an InputLayer and its one node (no inputs); returns the node."""
    return InputLayer(shape, name, labels)()


def lecun(fan_in):
    return ("kernel", math.sqrt(3.0 / fan_in))


class Dense(Layer):
    cls = "Dense"

    def __init__(self, units, activation="linear", use_bias=True, name=None):
        self.units, self.act, self.use_bias = units, activation, use_bias
        super().__init__(name)

    def out_shape(self, s):
        return s[0][:-1] + (self.units,)

    def weight_specs(self, s):
        fan = s[0][-1]
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


class Embedding(Layer):
    cls = "Embedding"

    def __init__(self, input_dim, output_dim, name=None):
        self.input_dim, self.output_dim = input_dim, output_dim
        super().__init__(name)

    def out_shape(self, s):
        return s[0] + (self.output_dim,)

    def weight_specs(self, s):
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


class LeakyReLU(Layer):
    cls = "LeakyReLU"

    def __init__(self, alpha, name=None):
        self.alpha = alpha
        super().__init__(name)

    def out_shape(self, s):
        return s[0]

    def torch_fwd(self, xs, ws):
        return torch.where(xs[0] >= 0, xs[0], self.alpha * xs[0])

    def numpy_fwd(self, xs, ws):
        return np.vectorize(lambda v: v if v >= 0 else self.alpha * v,
                            otypes=[np.float64])(xs[0])


class Reshape(Layer):
    cls = "Reshape"

    def __init__(self, target, name=None):
        self.target = tuple(target)
        super().__init__(name)

    def out_shape(self, s):
        assert math.prod(s[0]) == math.prod(self.target)
        return self.target

    def torch_fwd(self, xs, ws):
        return xs[0].reshape((xs[0].shape[0],) + self.target)

    def numpy_fwd(self, xs, ws):
        return np.reshape(xs[0], (xs[0].shape[0],) + self.target, order="C")


class Flatten(Layer):
    cls = "Flatten"

    def out_shape(self, s):
        return (math.prod(s[0]),)

    def torch_fwd(self, xs, ws):
        return torch.flatten(xs[0], start_dim=1)

    def numpy_fwd(self, xs, ws):
        return np.reshape(xs[0], (xs[0].shape[0], -1), order="C")


class Concatenate(Layer):
    cls = "Concatenate"

    def __init__(self, axis=-1, name=None):
        self.axis = axis
        super().__init__(name)

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


class Add(Layer):
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


class Convolution(Layer):
    """What Conv2D and Conv2DTranspose share: their Keras arguments, their bias and activation."""

    def __init__(self, filters, kernel, strides=1, padding="valid",
                 activation="linear", use_bias=True, name=None):
        self.filters, self.k, self.s = filters, kernel, strides
        self.padding, self.act, self.use_bias = padding, activation, use_bias
        super().__init__(name)

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

    def weight_specs(self, s):
        cin = s[0][-1]
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

    def weight_specs(self, s):
        cin = s[0][-1]
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


class BatchNormalization(Layer):
    cls = "BatchNormalization"

    def __init__(self, epsilon=1e-3, name=None):
        self.eps = epsilon
        super().__init__(name)

    def out_shape(self, s):
        return s[0]

    def weight_specs(self, s):
        c = s[0][-1]
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


class Dot(Layer):
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

    def __init__(self, axes, normalize=False, name=None):
        self.axes, self.normalize = axes, normalize
        super().__init__(name)

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
        shape = self.out_shape([tuple(x.shape[1:]), tuple(y.shape[1:])])
        return torch.bmm(xm, ym).reshape((N,) + shape)

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
        shape = self.out_shape([tuple(x.shape[1:]), tuple(y.shape[1:])])
        return out.reshape((N,) + shape)  # nothing left: (N,) -> (N, 1)


class GlobalAveragePooling2D(Layer):
    """Keras GlobalAveragePooling2D (channels_last, keepdims=False): the mean
    over H and W of each channel, (H, W, C) -> (C,)."""
    cls = "GlobalAveragePooling2D"

    def out_shape(self, s):
        assert len(s) == 1 and len(s[0]) == 3, s
        return (s[0][2],)

    def torch_fwd(self, xs, ws):
        return torch.mean(xs[0], dim=(1, 2))

    def numpy_fwd(self, xs, ws):
        x = xs[0]
        N, H, W, C = x.shape
        y = np.zeros((N, C))
        for n in range(N):
            for c in range(C):
                acc = 0.0
                for h in range(H):
                    for w in range(W):
                        acc += float(x[n, h, w, c])
                y[n, c] = acc / (H * W)
        return y


# ---------------------------------------------------------------------------
# Keras model.layers order (and node order)
# ---------------------------------------------------------------------------
def keras_graph_order(outputs):
    """Keras's graph map for a functional model with one output (a node) or
    several (a list of nodes, in Model(inputs, [outputs...]) order), shared
    layers included: keras 3 keras/src/ops/function.py map_graph and
    _build_map (tf.keras functional.py _map_graph_network / _build_map is the
    same algorithm).

    * _build_map: a depth-first walk from each output in turn (first output
      first), a node's inputs in argument order, a node already finished
      skipped.  A layer gets its traversal index (operation_indices) the first
      time one of its nodes is entered (pre-order); a node gets its own
      pre-order index the same way; nodes_in_decreasing_depth is the
      post-order list of nodes (inputs before the nodes that read them).
    * depths: for node in reversed(post-order) (so every node after all the
      nodes that read it):
          depth = node_depth.setdefault(node, 0)
          depth = max(depth, layer_depth.get(layer, 0))   # shared layer
          layer_depth[layer] = depth; node_depth[node] = depth
          for parent in node's input nodes:
              node_depth[parent] = max(depth + 1, node_depth.get(parent, 0))
      Without shared layers a node's depth is the longest path to any output
      (every output 0); a shared layer's depth is the largest depth of its
      nodes *seen so far*, and a node of it met after a deeper one is raised
      to that depth, which pushes that node's inputs deeper too.
    * model.layers: layers by depth descending, ties by traversal index
      ascending (this is also the model.get_weights() order).

    Returns (layers, nodes, keras_nodes, node_depth, layer_depth):
    ``nodes`` is the node order this script uses and writes (node depth
    descending, ties by the node's pre-order index; a topological order);
    ``keras_nodes`` is Keras's own nodes_by_depth order (depth descending,
    ties in the insertion order of its node-depth dict), which can differ
    from ``nodes`` inside one depth (only ever within one depth).
    """
    if isinstance(outputs, Node):
        outputs = [outputs]
    finished, in_progress = set(), set()
    post = []          # nodes_in_decreasing_depth
    layer_index = {}   # operation_indices
    node_index = {}

    def build(node):
        if node in finished:
            return
        assert node not in in_progress, "cycle"
        if node.layer not in layer_index:
            layer_index[node.layer] = len(layer_index)
        node_index[node] = len(node_index)
        in_progress.add(node)
        for i in node.inputs:
            build(i)
        finished.add(node)
        in_progress.remove(node)
        post.append(node)

    for output in outputs:
        build(output)
    node_depth, layer_depth = {}, {}
    for node in reversed(post):
        depth = node_depth.setdefault(node, 0)
        depth = max(depth, layer_depth.get(node.layer, 0))
        layer_depth[node.layer] = depth
        node_depth[node] = depth
        for parent in node.inputs:
            node_depth[parent] = max(depth + 1, node_depth.get(parent, 0))
    layers = sorted(layer_depth, key=lambda l: (-layer_depth[l], layer_index[l]))
    nodes = sorted(node_depth, key=lambda n: (-node_depth[n], node_index[n]))
    keras_nodes = sorted(node_depth, key=lambda n: -node_depth[n])  # stable: dict order
    for n in nodes:  # topological: every input strictly deeper
        assert all(node_depth[i] > node_depth[n] for i in n.inputs)
    return layers, nodes, keras_nodes, node_depth, layer_depth


def simple_layer_order(outputs):
    """The rule for graphs where every layer is called once (a layer is its
    one node), written independently of keras_graph_order as a cross-check:

    * traversal index: pre-order depth-first walk from each output in turn
      (first output first), inputs visited in argument order, a node numbered
      the first time it is seen (a later output's walk skips nodes already
      seen, so an output read by an earlier one keeps its earlier number);
    * depth: every output starts at 0; a node's depth is the max over its
      consumers of depth + 1 (so an output that also feeds another layer gets
      that deeper value): the longest path to any output;
    * model.layers: depth descending, ties by traversal index ascending.
    Returns the nodes in that order.
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
    a = Dense(96, name="dense_noise")(noise)
    a = LeakyReLU(0.2, name="leaky_noise")(a)
    a = Reshape((4, 4, 6), name="reshape_noise")(a)
    b = Embedding(10, 5, name="embedding")(label)
    b = Dense(16, name="dense_label")(b)
    b = Reshape((4, 4, 1), name="reshape_label")(b)
    c = Concatenate(axis=-1, name="concat")(a, b)
    y = Conv2DTranspose(3, 4, strides=2, padding="same", use_bias=False, name="convt")(c)
    y = BatchNormalization(0.001, name="bn")(y)
    y = LeakyReLU(0.2, name="leaky_out")(y)
    y = Conv2D(1, 3, padding="same", activation="tanh", name="conv_out")(y)
    return [noise, label], y, (8, 8, 1)


def case_cgan_discriminator_multiply():
    image = Input((4, 4, 2), "image")
    label = Input((1,), "label", labels=10)
    f = Flatten(name="flatten_image")(image)
    e = Embedding(10, 32, name="embedding")(label)
    e = Flatten(name="flatten_label")(e)
    m = Multiply(name="multiply")(f, e)
    y = Dense(8, name="dense_hidden")(m)
    y = LeakyReLU(0.2, name="leaky")(y)
    y = Dense(1, activation="sigmoid", name="dense_out")(y)
    return [image, label], y, (1,)


def case_residual_add():
    x = Input((5, 5, 3), "x")
    y = Conv2D(3, 3, padding="same", activation="relu", name="conv_relu")(x)
    s = Add(name="add")(x, y)
    out = Conv2D(2, 1, padding="valid", name="conv_1x1")(s)
    return [x], out, (5, 5, 2)


def case_concat_rows_dense():
    p = Input((3, 4, 2), "p")
    q = Input((2, 4, 2), "q")
    c = Concatenate(axis=1, name="concat")(p, q)
    y = Dense(3, name="dense")(c)
    return [p, q], y, (5, 4, 3)


def case_three_way():
    u = Input((2, 3), "u")
    v = Input((6,), "v")
    vr = Reshape((2, 3), name="reshape_v")(v)
    du = Dense(3, name="dense_u")(u)
    s = Add(name="add")(u, vr, du)
    m = Multiply(name="multiply")(u, vr)
    c = Concatenate(axis=-2, name="concat")(s, m)
    y = Dense(2, activation="tanh", name="dense_out")(c)
    return [u, v], y, (4, 2)


def case_embedding_sequence():
    seq = Input((3,), "seq", labels=7)
    e = Embedding(7, 4, name="embedding")(seq)
    f = Flatten(name="flatten")(e)
    y = Dense(2, name="dense")(f)
    return [seq], y, (2,)


def case_elementwise_merges():
    a = Input((2, 3), "a")
    b = Input((2, 3), "b")
    d = Dense(3, name="dense")(a)
    s = Subtract(name="subtract")(d, b)
    m = Average(name="average")(a, b, d)
    x = Maximum(name="maximum")(s, m)
    n = Minimum(name="minimum")(s, m, b)
    c = Concatenate(axis=-1, name="concat")(x, n)
    y = Dense(2, name="dense_out")(c)
    return [a, b], y, (2, 2)


def case_two_heads():
    x = Input((4,), "x")
    hidden = Dense(6, activation="relu", name="hidden")(x)
    scores = Dense(3, name="scores")(hidden)
    prob = Dense(2, activation="sigmoid", name="prob")(hidden)
    # Model(x, [scores, prob, hidden]): hidden is an output and also feeds both heads
    return [x], [scores, prob, hidden], [(3,), (2,), (6,)]


def case_image_heads():
    image = Input((6, 6, 2), "image")
    extra = Input((3,), "extra")
    c = Conv2D(4, 3, padding="same", activation="relu", name="conv2d")(image)
    bn = BatchNormalization(1e-3, name="batch_normalization")(c)
    flat = Flatten(name="flatten")(bn)
    joined = Concatenate(axis=-1, name="concatenate")(flat, extra)
    logits = Dense(3, activation="softmax", name="dense")(joined)
    # Model([image, extra], [logits, c, bn])
    return [image, extra], [logits, c, bn], [(3,), (6, 6, 4), (6, 6, 4)]


def case_dot_matmul():
    a = Input((3, 4), "a")
    b = Input((4, 2), "b")
    # Dot(axes=(2, 1)): per sample the matrix product a @ b
    out = Dot((2, 1), name="dot")(a, b)
    return [a, b], out, (3, 2)


def case_dot_cosine():
    u = Input((5,), "u")
    v = Input((5,), "v")
    p = Dense(4, activation="tanh", name="dense")(u)
    q = Dense(4, activation="tanh", name="dense_1")(v)
    # Dot(axes=1, normalize=True): the cosine of p and q, shape (1,)
    out = Dot(1, normalize=True, name="dot")(p, q)
    return [u, v], out, (1,)


def case_dot_axes3():
    a = Input((3, 2, 4), "a")
    b = Input((4, 3), "b")
    # Dot(axes=(-3, -1)): -3 % 4 = 1 (a's axis of 3), -1 % 3 = 2 (b's axis of 3);
    # the result keeps a's (2, 4) then b's (4,)
    out = Dot((-3, -1), name="dot")(a, b)
    return [a, b], out, (2, 4, 4)


# Shared layers: one layer object called at several nodes, its weights once.
def case_siamese_dense():
    a = Input((6,), "a")
    b = Input((6,), "b")
    s1 = Dense(8, activation="relu", name="s1")   # shared by both branches
    s2 = Dense(4, name="s2")                      # shared, linear
    ea = s2(s1(a))   # nodes s1, s2
    eb = s2(s1(b))   # nodes s1#1, s2#1
    d = Subtract(name="subtract")(ea, eb)
    y = Dense(1, activation="sigmoid", name="dense")(d)
    return [a, b], y, (1,)


def case_shared_embedding():
    ids1 = Input((5,), "ids1", labels=20)
    ids2 = Input((5,), "ids2", labels=20)
    emb = Embedding(20, 4, name="embedding")      # shared
    s = Add(name="add")(emb(ids1), emb(ids2))     # nodes embedding, embedding#1
    f = Flatten(name="flatten")(s)
    y = Dense(3, name="dense")(f)
    return [ids1, ids2], y, (3,)


def case_shared_depths():
    a = Input((4,), "a")
    b = Input((4,), "b")
    shared = Dense(4, activation="tanh", name="shared")
    s1 = shared(a)                       # node shared
    e = Dense(4, name="dense")(s1)
    s2 = shared(b)                       # node shared#1
    y = Concatenate(name="concat")(e, s2)
    return [a, b], y, (8,)


def case_tied_chain():
    x = Input((4,), "x")
    shared = Dense(4, activation="tanh", name="shared")
    y = Dense(2, name="dense")(shared(shared(x)))   # nodes shared, shared#1
    return [x], y, (2,)


def case_shared_conv_sizes():
    a = Input((8, 8, 3), "a")
    b = Input((6, 6, 3), "b")
    conv = Conv2D(4, 3, padding="same", activation="relu", name="conv2d")   # shared
    ca = conv(a)                                                            # node conv2d
    ga = GlobalAveragePooling2D(name="gap_a")(BatchNormalization(1e-3, name="batch_normalization")(ca))
    gb = GlobalAveragePooling2D(name="gap_b")(conv(b))                      # node conv2d#1
    y = Dense(2, name="dense")(Concatenate(name="concat")(ga, gb))
    return [a, b], y, (2,)


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
    # shared layers (appended last, as above)
    ("siamese_dense", case_siamese_dense),
    ("shared_embedding", case_shared_embedding),
    ("shared_depths", case_shared_depths),
    ("tied_chain", case_tied_chain),
    ("shared_conv_sizes", case_shared_conv_sizes),
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
    # Shared layers (keras_graph_order).  Walk from dense: dense 0, subtract 1,
    # s2 2 (node s2), s1 3 (node s1), a 4, then node s2#1, node s1#1 (layers
    # already numbered), b 5.  Node depths: dense 0, subtract 1, s2 2, s2#1 2,
    # s1 3, s1#1 3, a 4, b 4; layers s1 3, s2 2.
    "siamese_dense": "a b s1 s2 subtract dense",
    # walk from dense: dense 0, flatten 1, add 2, embedding 3 (node embedding),
    # ids1 4, node embedding#1, ids2 5.  depths: dense 0, flatten 1, add 2,
    # both embedding nodes 3, ids1 4, ids2 4.
    "shared_embedding": "ids1 ids2 embedding add flatten dense",
    # walk from concat: concat 0, dense 1, shared 2 (node shared, on a), a 3,
    # node shared#1 (layer already numbered), b 4.  Post-order a, shared, dense,
    # b, shared#1, concat; reversed: concat 0 sets dense 1 and shared#1 1;
    # shared#1 takes depth 1 (layer shared now 1) and sets b 2; b 2; dense 1
    # sets node shared 2; node shared 2 raises layer shared to 2 and sets a 3.
    # Layer depths: a 3, shared 2, b 2, dense 1, concat 0; the tie at depth 2
    # goes by traversal index (shared 2 < b 4), so the shared layer comes
    # BEFORE input b, although its node on b is at depth 1.
    "shared_depths": "a shared b dense concat",
    # walk: dense 0, shared 1 (node shared#1), node shared, x 2.  depths: dense
    # 0, shared#1 1, shared 2 (the layer's depth rises to 2), x 3.
    "tied_chain": "x shared dense",
    # walk from dense: dense 0, concat 1, gap_a 2, batch_normalization 3,
    # conv2d 4 (node conv2d, on a), a 5, gap_b 6, node conv2d#1, b 7.
    # Post-order a, conv2d, batch_normalization, gap_a, b, conv2d#1, gap_b,
    # concat, dense; reversed: dense 0, concat 1, gap_b 2, conv2d#1 3 (layer
    # conv2d 3), b 4, gap_a 2, batch_normalization 3, node conv2d 4 (layer
    # conv2d raised to 4), a 5.  Layer depths: a 5, conv2d 4, b 4,
    # batch_normalization 3, gap_a 2, gap_b 2, concat 1, dense 0; ties:
    # conv2d 4 < b 7, gap_a 2 < gap_b 6.
    "shared_conv_sizes": "a conv2d b batch_normalization gap_a gap_b concat dense",
}

# node orders of the shared-layer cases, worked out by hand (node depth
# descending, ties by the node's pre-order index in the walk above; node
# 'layer#k' is call k of that layer, k = Keras's node_index)
HAND_NODE_ORDERS = {
    "siamese_dense": "a b s1 s1#1 s2 s2#1 subtract dense",
    "shared_embedding": "ids1 ids2 embedding embedding#1 add flatten dense",
    # depths a 3, shared 2, b 2, dense 1, shared#1 1, concat 0
    "shared_depths": "a shared b dense shared#1 concat",
    "tied_chain": "x shared shared#1 dense",
    # node conv2d#1 is at depth 3 although its layer is at 4
    "shared_conv_sizes": "a conv2d b batch_normalization conv2d#1 gap_a gap_b concat dense",
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
        # model.layers order, node order, Keras's own node order
        self.layers, self.nodes, self.keras_nodes = keras_graph_order(self.outputs)[:3]
        # the calls of each layer inside this model, in call order
        self.calls = {l: [n for n in l.nodes if n in self.nodes] for l in self.layers}
        self.shared = any(len(c) > 1 for c in self.calls.values())
        if not self.shared:
            # every layer called once: a layer is its node, and Keras's map
            # reduces to the longest-path rule, worked out independently
            assert [n.layer for n in self.nodes] == self.layers
            assert simple_layer_order(self.outputs) == self.nodes
        assert set(self.inputs) == {n for n in self.nodes if n.is_input}
        rng = np.random.RandomState(zlib.crc32(name.encode()) & 0xFFFFFFFF)
        self.x = [draw_input(rng, n) for n in self.inputs]
        # weights belong to the layer: drawn once, in model.layers order, and
        # used by every call of the layer
        self.ws = {}  # layer -> list of float32 arrays
        self.wlabels = []
        for layer in self.layers:
            self.ws[layer] = []
            for label, shape, kind in layer.weights():
                self.ws[layer].append(draw_weight(rng, shape, kind))
                self.wlabels.append("%s/%s %s" % (layer.name, label, list(shape)))

    def flat_weights(self):
        """model.get_weights(): each layer once, in model.layers order."""
        return [w for l in self.layers for w in self.ws[l]]

    def run(self, use_torch):
        """Evaluate every node in node order (a topological order), each
        with its layer's weights.  Returns {node: float64 numpy array (batched)}."""
        val = {}
        for n, x in zip(self.inputs, self.x):
            val[n] = x.astype(np.float64)
        for n in self.nodes:
            if n.is_input:
                continue
            if use_torch:
                xs = [torch.from_numpy(val[i]).to(DT) for i in n.inputs]
                ws = [torch.from_numpy(w.astype(np.float64)) for w in self.ws[n.layer]]
                val[n] = n.layer.torch_fwd(xs, ws).numpy()
            else:
                xs = [val[i] for i in n.inputs]
                ws = [w.astype(np.float64) for w in self.ws[n.layer]]
                val[n] = n.layer.numpy_fwd(xs, ws)
            assert val[n].shape == (BATCH,) + n.shape, (self.name, n.name, val[n].shape)
            assert np.all(np.isfinite(val[n]))
        return val


def node_named(case, name):
    return next(n for n in case.nodes if n.name == name)


def layer_named(case, name):
    return next(l for l in case.layers if l.name == name)


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
        t = Conv2DTranspose(cout, k, strides=s, padding="same", use_bias=False)
        OH, OW, _ = t(x).shape
        yin = Input((OH, OW, cout), "y")
        c = Conv2D(cin, k, strides=s, padding="same", use_bias=False)
        assert c(yin).shape == (H, W, cin)
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
    t = Conv2DTranspose(1, 1, strides=2, padding="same", use_bias=False)
    t(Input((2, 2, 1), "x"))
    y = t.numpy_fwd([np.array([1.0, 2, 3, 4]).reshape(1, 2, 2, 1)], [np.ones((1, 1, 1, 1))])
    assert np.array_equal(y[0, :, :, 0], [[1, 0, 2, 0], [0, 0, 0, 0], [3, 0, 4, 0], [0, 0, 0, 0]])

    # Keras's Dot docstring: x = arange(10).reshape(1, 5, 2), y = arange(10, 20).reshape(1, 2, 5),
    # Dot(axes=(1, 2)) gives [[260, 360], [320, 445]]
    xv = np.arange(10, dtype=np.float64).reshape(1, 5, 2)
    yv = np.arange(10, 20, dtype=np.float64).reshape(1, 2, 5)
    d = Dot((1, 2))
    assert d(Input((5, 2), "x"), Input((2, 5), "y")).shape == (2, 2)
    want = [[[260, 360], [320, 445]]]
    assert np.array_equal(d.numpy_fwd([xv, yv], []), want)
    assert np.array_equal(d.torch_fwd([torch.from_numpy(xv), torch.from_numpy(yv)], []).numpy(), want)
    # normalize: a zero vector stays zero (the norm is floored at 1e-7), no NaN;
    # two rank-2 inputs with nothing left give shape (1,)
    d = Dot(-1, normalize=True)
    assert d(Input((3,), "x"), Input((3,), "y")).shape == (1,)
    xv = np.array([[0.0, 0.0, 0.0], [3.0, 0.0, 4.0]])
    yv = np.array([[1.0, 2.0, 2.0], [0.0, 2.0, 0.0]])
    for r in (d.numpy_fwd([xv, yv], []),
              d.torch_fwd([torch.from_numpy(xv), torch.from_numpy(yv)], []).numpy()):
        assert r.shape == (2, 1) and r[0, 0] == 0.0 and r[1, 0] == 0.0
    yv = np.array([[1.0, 2.0, 2.0], [6.0, 0.0, 8.0]])
    for r in (d.numpy_fwd([xv, yv], []),
              d.torch_fwd([torch.from_numpy(xv), torch.from_numpy(yv)], []).numpy()):
        assert abs(r[1, 0] - 1.0) < 1e-15

    # shared layers: a second call must fit the weights the first call built
    # (Dense on 6 features, then on 5: refused), and a layer's nodes are its
    # calls in call order, named layer, layer#1, ...
    dense = Dense(3, name="d")
    n0 = dense(Input((6,), "u"))
    n1 = dense(Input((2, 6), "v"))       # same kernel [6, 3]: fine
    assert dense.nodes == [n0, n1] and (n0.name, n1.name) == ("d", "d#1")
    assert n1.shape == (2, 3) and dense.weights()[0][1] == (6, 3)
    try:
        dense(Input((5,), "w"))
    except AssertionError:
        pass
    else:
        raise AssertionError("a shared Dense accepted another input width")
    # GlobalAveragePooling2D: torch mean over H, W == the loop; and by hand
    xv = np.arange(24, dtype=np.float64).reshape(1, 2, 3, 4)
    g = GlobalAveragePooling2D()
    assert g(Input((2, 3, 4), "x")).shape == (4,)
    want = [[(0 + 4 + 8 + 12 + 16 + 20 + c * 6) / 6.0 for c in range(4)]]
    assert np.array_equal(g.numpy_fwd([xv], []), want)
    assert np.array_equal(g.torch_fwd([torch.from_numpy(xv)], []).numpy(), want)


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
        K = case.ws[layer_named(case, "convt")][0].astype(np.float64)   # [4, 4, 3, 7]
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
        E = case.ws[layer_named(case, "embedding")][0].astype(np.float64)
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
        K, bias = [w.astype(np.float64) for w in case.ws[layer_named(case, "conv_1x1")]]
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
    elif n == "siamese_dense":
        a, b = [x.astype(np.float64) for x in case.x]
        K1, b1, K2, b2, K3, b3 = [w.astype(np.float64) for w in case.flat_weights()]
        s1, s2 = layer_named(case, "s1"), layer_named(case, "s2")
        # two layers, two calls each, one weight list each
        assert [m.name for m in case.calls[s1]] == ["s1", "s1#1"]
        assert [m.name for m in case.calls[s2]] == ["s2", "s2#1"]
        assert node_named(case, "s1").inputs == [case.inputs[0]]
        assert node_named(case, "s1#1").inputs == [case.inputs[1]]
        assert node_named(case, "subtract").inputs == case.calls[s2]
        assert [w.shape for w in case.flat_weights()] == [(6, 8), (8,), (8, 4), (4,), (4, 1), (1,)]

        def branch(x):  # s2(s1(x)) for one sample, scalar loops, the shared weights
            h = []
            for k in range(8):
                acc = b1[k]
                for i in range(6):
                    acc += x[i] * K1[i, k]
                h.append(acc if acc > 0.0 else 0.0)
            e = []
            for j in range(4):
                acc = b2[j]
                for k in range(8):
                    acc += h[k] * K2[k, j]
                e.append(acc)
            return h, e

        for smp in range(BATCH):
            ha, ea = branch(a[smp])
            hb, eb = branch(b[smp])
            for name, want in (("s1", ha), ("s1#1", hb), ("s2", ea), ("s2#1", eb)):
                assert np.max(np.abs(val[node_named(case, name)][smp] - want)) < TOL, name
            if smp == 0:  # the output of sample 0 by hand
                z = b3[0]
                for j in range(4):
                    z += (ea[j] - eb[j]) * K3[j, 0]
                assert abs(1.0 / (1.0 + math.exp(-z)) - out[0, 0]) < TOL
        h = np.concatenate([val[m] for m in case.calls[s1]])
        assert np.any(h == 0) and np.any(h > 0)  # relu active somewhere
    elif n == "shared_embedding":
        ids1, ids2 = case.x
        E, K, bias = [w.astype(np.float64) for w in case.flat_weights()]
        assert E.shape == (20, 4) and len(case.flat_weights()) == 3  # one table
        emb = layer_named(case, "embedding")
        assert [m.inputs for m in case.calls[emb]] == [[case.inputs[0]], [case.inputs[1]]]
        for ids in (ids1, ids2):  # the draw puts labels 0 and 19 in each input
            assert {0.0, 19.0} <= set(ids.reshape(-1).tolist())
        s = val[node_named(case, "add")]
        for b in range(BATCH):
            for l in range(5):
                for d in range(4):
                    assert s[b, l, d] == E[int(ids1[b, l]), d] + E[int(ids2[b, l]), d]
            # every output by hand: Flatten is (l, d) -> l*4 + d
            for j in range(3):
                acc = bias[j]
                for l in range(5):
                    for d in range(4):
                        acc += (E[int(ids1[b, l]), d] + E[int(ids2[b, l]), d]) * K[l * 4 + d, j]
                assert abs(acc - out[b, j]) < TOL
    elif n == "shared_depths":
        a, b = [x.astype(np.float64) for x in case.x]
        Ks, bs, Kd, bd = [w.astype(np.float64) for w in case.flat_weights()]
        # model.layers puts the shared layer before input b, so get_weights
        # (and the draw) starts with it; its two calls use those arrays
        assert [w.shape for w in case.flat_weights()] == [(4, 4), (4,), (4, 4), (4,)]
        assert node_named(case, "shared").layer is node_named(case, "shared#1").layer
        for smp in range(BATCH):
            sa = [math.tanh(bs[k] + sum(a[smp, i] * Ks[i, k] for i in range(4))) for k in range(4)]
            sb = [math.tanh(bs[k] + sum(b[smp, i] * Ks[i, k] for i in range(4))) for k in range(4)]
            e = [bd[j] + sum(sa[k] * Kd[k, j] for k in range(4)) for j in range(4)]
            for j in range(4):  # Concatenate: dense(shared(a)) first, then shared(b)
                assert abs(e[j] - out[smp, j]) < TOL
                assert abs(sb[j] - out[smp, 4 + j]) < TOL
    elif n == "tied_chain":
        x = case.x[0].astype(np.float64)
        Ks, bs, Kd, bd = [w.astype(np.float64) for w in case.flat_weights()]
        n0, n1 = node_named(case, "shared"), node_named(case, "shared#1")
        assert n0.layer is n1.layer and n1.inputs == [n0] and n0.inputs == [case.inputs[0]]
        assert [w.shape for w in case.flat_weights()] == [(4, 4), (4,), (4, 2), (2,)]
        for smp in range(BATCH):
            # the same kernel and bias applied twice
            h1 = [math.tanh(bs[k] + sum(x[smp, i] * Ks[i, k] for i in range(4))) for k in range(4)]
            h2 = [math.tanh(bs[k] + sum(h1[i] * Ks[i, k] for i in range(4))) for k in range(4)]
            for k in range(4):
                assert abs(h1[k] - val[n0][smp, k]) < TOL
                assert abs(h2[k] - val[n1][smp, k]) < TOL
            for j in range(2):
                assert abs(bd[j] + sum(h2[k] * Kd[k, j] for k in range(4)) - out[smp, j]) < TOL
    elif n == "shared_conv_sizes":
        a, b = [x.astype(np.float64) for x in case.x]
        Kc, bc, g, beta, mean, var, Kd, bd = [w.astype(np.float64) for w in case.flat_weights()]
        assert [w.shape for w in case.flat_weights()] == \
            [(3, 3, 3, 4), (4,), (4,), (4,), (4,), (4,), (8, 2), (2,)]
        na, nb = node_named(case, "conv2d"), node_named(case, "conv2d#1")
        assert na.layer is nb.layer and na.inputs == [case.inputs[0]] and nb.inputs == [case.inputs[1]]
        ca, cb = val[na], val[nb]
        assert ca.shape == (BATCH, 8, 8, 4) and cb.shape == (BATCH, 6, 6, 4)
        assert np.all(cb >= 0) and np.any(cb == 0) and np.any(ca == 0)  # relu active

        def pixel(x, smp, oh, ow, o):  # 'same' 3x3 stride 1: pad 1 before, the one kernel Kc
            acc = bc[o]
            for i in range(3):
                for j in range(3):
                    ih, iw = oh + i - 1, ow + j - 1
                    if 0 <= ih < x.shape[1] and 0 <= iw < x.shape[2]:
                        for c in range(3):
                            acc += x[smp, ih, iw, c] * Kc[i, j, c, o]
            return max(acc, 0.0)

        # the very same kernel gives both calls: corner, interior, far corner
        for smp in range(BATCH):
            for o in range(4):
                for (x, cv, pts) in ((a, ca, [(0, 0), (3, 5), (7, 7)]), (b, cb, [(0, 0), (2, 4), (5, 5)])):
                    for (oh, ow) in pts:
                        assert abs(pixel(x, smp, oh, ow, o) - cv[smp, oh, ow, o]) < TOL
        # the two GlobalAveragePooling2D layers (over 8x8 and 6x6) and the
        # head, every sample, by hand from the conv values
        for smp in range(BATCH):
            gap_a = [sum(g[c] * (ca[smp, h, w, c] - mean[c]) / math.sqrt(var[c] + 1e-3) + beta[c]
                         for h in range(8) for w in range(8)) / 64.0 for c in range(4)]
            gap_b = [sum(cb[smp, h, w, c] for h in range(6) for w in range(6)) / 36.0
                     for c in range(4)]
            joined = gap_a + gap_b
            assert np.max(np.abs(val[node_named(case, "concat")][smp] - joined)) < TOL
            for j in range(2):
                want = bd[j] + sum(joined[k] * Kd[k, j] for k in range(8))
                assert abs(want - out[smp, j]) < TOL


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
def fmt_line(tag, arr):
    a = np.asarray(arr, dtype=np.float32).reshape(-1)
    return "%s %d %s" % (tag, a.size, " ".join("%.9g" % v for v in a.tolist()))


def graph_text(case):
    """One comment line per node, in node order: name = Class(inputs) -> shape
    (without shared layers: one per layer, in model.layers order).  A call of
    a shared layer says so; node 'layer#k' is call k of that layer.  A case
    with shared layers also gets a line with the model.layers order and one
    with the node order, by name."""
    lines = []
    for n in case.nodes:
        args = ", ".join(i.name for i in n.inputs)
        line = "#   %s = %s(%s) -> %s" % (n.name, n.cls, args, list(n.shape))
        calls = case.calls[n.layer]
        if len(calls) > 1:
            line += "   (shared layer %s: call %d of %d)" % (
                n.layer.name, calls.index(n) + 1, len(calls))
        lines.append(line)
    if case.shared:
        lines.append("# model.layers: %s" % " ".join(l.name for l in case.layers))
        lines.append("# nodes (depth descending, ties by first-met index): %s" %
                     " ".join(n.name for n in case.nodes))
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
        assert " ".join(l.name for l in case.layers) == HAND_ORDERS[name], \
            (name, [l.name for l in case.layers])
        assert case.shared == (name in HAND_NODE_ORDERS), name
        if case.shared:
            assert " ".join(n.name for n in case.nodes) == HAND_NODE_ORDERS[name], \
                (name, [n.name for n in case.nodes])
        for o, shape in zip(case.outputs, case.expected_shapes):
            assert o.shape == shape, (name, o.name, o.shape)
        tv = case.run(use_torch=True)
        nv = case.run(use_torch=False)
        for node in case.nodes:
            if not node.is_input:
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
        data.append("order %s" % " ".join(l.cls for l in case.layers))
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
            " ".join(l.cls for l in case.layers)))
        if case.shared:
            print("%-28s nodes: %s" % ("", " ".join(n.name for n in case.nodes)))
            if case.keras_nodes != case.nodes:
                print("%-28s Keras nodes_by_depth order: %s" % (
                    "", " ".join(n.name for n in case.keras_nodes)))

    with open(DATA_PATH, "w") as f:
        f.write("\n".join(data) + "\n")
    print("%d cases; torch vs numpy max abs err %.3g" % (len(CASES), max_err))
    print("%s: %d bytes" % (DATA_PATH, os.path.getsize(DATA_PATH)))


if __name__ == "__main__":
    main()
