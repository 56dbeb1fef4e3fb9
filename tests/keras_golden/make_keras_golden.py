#!/usr/bin/env python3
"""Golden outputs of six real Keras GAN models (independent PyTorch reference).

What it does
------------
For each of the four Sequential models in MODELS (in ``$CTNN_MODELS_DIR``,
default ``/work/shared/models``), it

* reads the architecture from the file's ``model_config`` JSON attribute and
  the weights with h5py (``model_weights/<layer>/`` in ``weight_names`` order),
* runs the forward pass in PyTorch float64 with Keras semantics (channels-last
  NHWC, Keras weight layouts, TF 'same' padding written out explicitly,
  Conv2DTranspose cropped as TF does, inference-mode BatchNormalization and
  Dropout, Flatten in NHWC order),
* on the inputs stored in the model's ``*.numpy_io.npz`` (``z`` or ``x``),
* checks the output against ``y_numpy`` of the same archive (the outputs of
  someone else's numpy implementation) over the whole stored batch and asserts
  a max abs difference below 1e-4,
* and writes ``<folder>_<generator|discriminator>.txt`` next to this script:

      # <comment: model file, its sha256, input, shape, command>
      output <count> v1 v2 ...

  the output of the FIRST 4 SAMPLES only, in NHWC order, as float32 printed
  with '%.9g' (round-trips exactly).

The two weights-only models in WEIGHTS_ONLY (Keras 2.2.4 ``save_weights`` of a
wrapper model: no ``model_config``, every weight in one nested group listed by
its ``weight_names`` attribute) are done the same way, except that

* their architecture is written out below by hand (GENERATOR_ARCH and
  DISCRIMINATOR_ARCH: the Keras-GAN dcgan.py models, as ctnn's
  tests/keras_models.hpp declares them; BatchNormalization epsilon is the Keras
  default 1e-3) and each layer takes the weights named after it,
* they have no ``.numpy_io.npz``, so there is no y_numpy cross-check and the
  inputs are written into the golden file, on an ``input <count> v1 v2 ...``
  line (float32, '%.9g') before the ``output`` line: the generator gets 4
  latent vectors ``numpy.random.RandomState(LATENT_SEED).standard_normal((4,
  100))`` cast to float32, the discriminator the generator's 4 images (its
  output rounded to float32),
* instead the script checks the parameter totals (856,193 and 393,729), that
  the generator's outputs lie in [-1, 1] and are not near-constant, and that
  the discriminator's scores lie strictly in (0, 1); it writes nothing if any
  check fails.

Nothing here uses ctnn, TensorFlow or the numpy cross-check's code: y_numpy is
only compared against.

How to rerun
------------
From the repository root (Debian's python3 has torch, h5py and numpy):

    /usr/bin/python3 tests/keras_golden/make_keras_golden.py

Deterministic (single-threaded float64). Do not edit the .txt files by hand.
"""

import hashlib
import json
import os

import h5py
import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS_DIR = os.environ.get("CTNN_MODELS_DIR", "/work/shared/models")
SAMPLES = 4  # samples written to the golden files (the check against y_numpy uses all)
DT = torch.float64
torch.set_num_threads(1)

MODELS = [
    ("fmnist_dcgan_upsampling", "generator"),
    ("fmnist_dcgan_upsampling", "discriminator"),
    ("fmnist_dcgan_convt_bn_selu", "generator"),
    ("fmnist_dcgan_convt_bn_selu", "discriminator"),
]
WEIGHTS_ONLY_FOLDER = "mnist_dcgan_upsampling_weights_only_mit"
LATENT_SEED = 20190416  # the generator's golden inputs (the date of the files' last commit)
LATENT_DIM = 100


def s(v):
    return v.decode() if isinstance(v, bytes) else str(v)


# ---------------------------------------------------------------------------
# Keras geometry
# ---------------------------------------------------------------------------
def same_pad(n, k, st):
    """(before, after) zero padding of a TF 'same' convolution (dilation 1):
    out = ceil(n / s), total = max((out - 1) * s + k - n, 0), extra cell after."""
    out = -(-n // st)
    total = max((out - 1) * st + k - n, 0)
    return total // 2, total - total // 2


def conv_out(n, k, st, padding):
    return -(-n // st) if padding == "same" else (n - k) // st + 1


def deconv_out(n, k, st, padding):
    """keras deconv_output_length with output_padding=None, dilation 1."""
    return n * st if padding == "same" else n * st + max(k - st, 0)


# ---------------------------------------------------------------------------
# Activations
# ---------------------------------------------------------------------------
def act(x, name):
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
    raise ValueError("unsupported activation %r" % name)


# ---------------------------------------------------------------------------
# Layers: (config, weights by role, x NHWC float64) -> y
# ---------------------------------------------------------------------------
def expect(cfg, key, allowed):
    if key in cfg:
        v = cfg[key]
        assert v in allowed, "%s: %s=%r not supported" % (cfg["name"], key, v)


def dense(cfg, w, x):
    assert x.dim() == 2, "Dense on a rank-%d input" % x.dim()
    y = x @ w["kernel"]  # Keras kernel [in, out]
    if cfg.get("use_bias", True):
        y = y + w["bias"]
    return act(y, cfg["activation"])


def conv2d(cfg, w, x):
    for key in ("data_format",):
        expect(cfg, key, ["channels_last"])
    expect(cfg, "dilation_rate", [[1, 1], 1])
    expect(cfg, "groups", [1])
    kh, kw = cfg["kernel_size"]
    sh, sw = cfg["strides"]
    N, H, W, C = x.shape
    xn = x.permute(0, 3, 1, 2)  # NCHW for torch
    if cfg["padding"] == "same":
        pt, pb = same_pad(H, kh, sh)
        pl, pr = same_pad(W, kw, sw)
        xn = F.pad(xn, (pl, pr, pt, pb))
    else:
        assert cfg["padding"] == "valid", cfg["padding"]
    # Keras kernel [kh, kw, in, out] -> torch [out, in, kh, kw]
    y = F.conv2d(xn, w["kernel"].permute(3, 2, 0, 1), None, stride=(sh, sw), padding=0)
    y = y.permute(0, 2, 3, 1)
    assert tuple(y.shape[1:3]) == (conv_out(H, kh, sh, cfg["padding"]),
                                   conv_out(W, kw, sw, cfg["padding"]))
    if cfg.get("use_bias", True):
        y = y + w["bias"]
    return act(y, cfg["activation"])


def conv2d_transpose(cfg, w, x):
    expect(cfg, "data_format", ["channels_last"])
    expect(cfg, "dilation_rate", [[1, 1], 1])
    assert cfg.get("output_padding") is None, "output_padding not supported"
    kh, kw = cfg["kernel_size"]
    sh, sw = cfg["strides"]
    padding = cfg["padding"]
    assert padding in ("same", "valid")
    N, H, W, C = x.shape
    OH, OW = deconv_out(H, kh, sh, padding), deconv_out(W, kw, sw, padding)
    # Keras kernel [kh, kw, out, in] -> torch conv_transpose2d weight [in, out, kh, kw]
    full = F.conv_transpose2d(x.permute(0, 3, 1, 2), w["kernel"].permute(3, 2, 0, 1), None,
                              stride=(sh, sw), padding=0)
    FH, FW = full.shape[2:]
    assert (FH, FW) == ((H - 1) * sh + kh, (W - 1) * sw + kw)
    # TF: total = max(full - out, 0), crop floor(total / 2) before, the rest after
    ch = max(FH - OH, 0) // 2 if padding == "same" else 0
    cw = max(FW - OW, 0) // 2 if padding == "same" else 0
    out = torch.zeros((N, full.shape[1], OH, OW), dtype=DT)
    oh, ow = min(OH, FH - ch), min(OW, FW - cw)
    out[:, :, :oh, :ow] = full[:, :, ch:ch + oh, cw:cw + ow]
    y = out.permute(0, 2, 3, 1)
    if cfg.get("use_bias", True):
        y = y + w["bias"]
    return act(y, cfg["activation"])


def batch_normalization(cfg, w, x):
    axis = cfg.get("axis", -1)
    axis = axis if isinstance(axis, list) else [axis]
    assert len(axis) == 1 and axis[0] in (-1, x.dim() - 1), "BN axis %r" % axis
    y = (x - w["moving_mean"]) / torch.sqrt(w["moving_variance"] + float(cfg["epsilon"]))
    if cfg.get("scale", True):
        y = y * w["gamma"]
    if cfg.get("center", True):
        y = y + w["beta"]
    return y


def leaky_relu(cfg, w, x):
    alpha = float(cfg.get("alpha", cfg.get("negative_slope", 0.3)))
    return torch.where(x >= 0, x, alpha * x)


def reshape(cfg, w, x):
    return x.contiguous().reshape((x.shape[0],) + tuple(cfg["target_shape"]))


def upsampling2d(cfg, w, x):
    expect(cfg, "data_format", ["channels_last"])
    assert cfg.get("interpolation", "nearest") == "nearest"
    a, b = cfg["size"]
    return x.repeat_interleave(a, dim=1).repeat_interleave(b, dim=2)


def zero_padding2d(cfg, w, x):
    expect(cfg, "data_format", ["channels_last"])
    (top, bottom), (left, right) = cfg["padding"]
    return F.pad(x, (0, 0, left, right, top, bottom))  # NHWC: C untouched, then W, then H


def flatten(cfg, w, x):
    expect(cfg, "data_format", ["channels_last"])
    return x.contiguous().reshape(x.shape[0], -1)  # NHWC order


def identity(cfg, w, x):
    return x  # Dropout at inference


def activation(cfg, w, x):
    return act(x, cfg["activation"])


LAYERS = {
    "Dense": dense,
    "Conv2D": conv2d,
    "Conv2DTranspose": conv2d_transpose,
    "BatchNormalization": batch_normalization,
    "LeakyReLU": leaky_relu,
    "Reshape": reshape,
    "UpSampling2D": upsampling2d,
    "ZeroPadding2D": zero_padding2d,
    "Flatten": flatten,
    "Dropout": identity,
    "Activation": activation,
}
ROLES = ("kernel", "bias", "gamma", "beta", "moving_mean", "moving_variance")


# ---------------------------------------------------------------------------
# Model file
# ---------------------------------------------------------------------------
def load_model(path):
    """(input shape without batch, [(class, config, {role: float64 tensor})])."""
    with h5py.File(path, "r") as h:
        cfg = json.loads(s(h.attrs["model_config"]))
        assert cfg["class_name"] == "Sequential", cfg["class_name"]
        mw = h["model_weights"] if "model_weights" in h else h
        stored = [s(n) for n in mw.attrs["layer_names"]]
        layers = []
        in_shape = None
        for entry in cfg["config"]["layers"]:
            cls, lc = entry["class_name"], entry["config"]
            if in_shape is None and "batch_input_shape" in lc:
                in_shape = tuple(lc["batch_input_shape"][1:])
            if cls == "InputLayer":
                continue
            assert cls in LAYERS, "unsupported layer class %s" % cls
            weights = {}
            if lc["name"] in stored:
                g = mw[lc["name"]]
                for wn in (s(n) for n in g.attrs["weight_names"]):
                    role = wn.split("/")[-1].split(":")[0]
                    assert role in ROLES and role not in weights, wn
                    weights[role] = torch.from_numpy(np.asarray(g[wn], dtype=np.float64))
            layers.append((cls, lc, weights))
        # every stored layer with weights is used
        used = {lc["name"] for _, lc, _ in layers}
        for n in stored:
            if len(mw[n].attrs["weight_names"]):
                assert n in used, "stored weights of %s not used" % n
    assert in_shape is not None
    return in_shape, layers


# ---------------------------------------------------------------------------
# Weights-only files: the architecture written by hand
# ---------------------------------------------------------------------------
# Keras-GAN dcgan.py (https://github.com/eriklindernoren/Keras-GAN), as ctnn's
# tests/keras_models.hpp declares it (mnist_weights_only_generator and
# mnist_weights_only_discriminator). Layers with weights carry the names under
# which the file stores them; the names of the others are not stored anywhere.
BN_EPSILON = 1e-3  # Keras default; dcgan.py sets only momentum=0.8 (training only)


def _conv(name, filters, strides=1):
    return ("Conv2D", {"name": name, "filters": filters, "kernel_size": [3, 3],
                       "strides": [strides, strides], "padding": "same", "activation": "linear",
                       "use_bias": True})


def _bn(name):
    return ("BatchNormalization", {"name": name, "axis": -1, "epsilon": BN_EPSILON,
                                   "center": True, "scale": True})


def _act(name, activation_name):
    return ("Activation", {"name": name, "activation": activation_name})


def _leaky(name):
    return ("LeakyReLU", {"name": name, "alpha": 0.2})


def _dropout(name):
    return ("Dropout", {"name": name, "rate": 0.25})


# (input shape without batch, [(class, config)]); 856,193 parameters
GENERATOR_ARCH = ((LATENT_DIM,), [
    ("Dense", {"name": "dense_2", "units": 128 * 7 * 7, "activation": "relu", "use_bias": True}),
    ("Reshape", {"name": "reshape", "target_shape": [7, 7, 128]}),
    ("UpSampling2D", {"name": "up_sampling2d_a", "size": [2, 2], "interpolation": "nearest"}),
    _conv("conv2d_5", 128),
    _bn("batch_normalization_4"),
    _act("activation_a", "relu"),
    ("UpSampling2D", {"name": "up_sampling2d_b", "size": [2, 2], "interpolation": "nearest"}),
    _conv("conv2d_6", 64),
    _bn("batch_normalization_5"),
    _act("activation_b", "relu"),
    _conv("conv2d_7", 1),
    _act("activation_c", "tanh"),
])
GENERATOR_PARAMS = 856193

# 393,729 parameters; 28 -> 14 -> 7 (+ one row and column of zeros after: 8) -> 4 -> 4
DISCRIMINATOR_ARCH = ((28, 28, 1), [
    _conv("conv2d_1", 32, strides=2),
    _leaky("leaky_re_lu_a"),
    _dropout("dropout_a"),
    _conv("conv2d_2", 64, strides=2),
    ("ZeroPadding2D", {"name": "zero_padding2d", "padding": [[0, 1], [0, 1]]}),
    _bn("batch_normalization_1"),
    _leaky("leaky_re_lu_b"),
    _dropout("dropout_b"),
    _conv("conv2d_3", 128, strides=2),
    _bn("batch_normalization_2"),
    _leaky("leaky_re_lu_c"),
    _dropout("dropout_c"),
    _conv("conv2d_4", 256, strides=1),
    _bn("batch_normalization_3"),
    _leaky("leaky_re_lu_d"),
    _dropout("dropout_d"),
    ("Flatten", {"name": "flatten"}),
    ("Dense", {"name": "dense_1", "units": 1, "activation": "sigmoid", "use_bias": True}),
])
DISCRIMINATOR_PARAMS = 393729

WEIGHTS_ONLY = [
    # (kind, file, nested group, architecture, parameter total)
    ("generator", "mnist_generator.h5", "sequential_2", GENERATOR_ARCH, GENERATOR_PARAMS),
    ("discriminator", "mnist_discriminator.h5", "sequential_1", DISCRIMINATOR_ARCH, DISCRIMINATOR_PARAMS),
]


def load_weights_only(path, group, arch):
    """Like load_model, for a file without model_config: the architecture is `arch`, and the
    weights all sit in the nested group `group`, named '<layer>/<role>:0' in its weight_names."""
    in_shape, spec = arch
    with h5py.File(path, "r") as h:
        assert "model_config" not in h.attrs, "%s has a model_config" % path
        mw = h["model_weights"] if "model_weights" in h else h
        stored = [s(n) for n in mw.attrs["layer_names"]]
        assert group in stored, (stored, group)
        for n in stored:  # the nested group is the only stored layer with weights
            assert n == group or len(mw[n].attrs["weight_names"]) == 0, n
        g = mw[group]
        by_layer = {}
        for wn in (s(n) for n in g.attrs["weight_names"]):
            layer, rest = wn.split("/", 1)
            role = rest.split(":")[0]
            assert role in ROLES and role not in by_layer.setdefault(layer, {}), wn
            by_layer[layer][role] = torch.from_numpy(np.asarray(g[wn], dtype=np.float64))
    layers = []
    for cls, lc in spec:
        assert cls in LAYERS, "unsupported layer class %s" % cls
        weights = by_layer.pop(lc["name"], {})
        shapes = {role: tuple(v.shape) for role, v in weights.items()}
        if cls == "Dense":
            assert set(shapes) == {"kernel", "bias"}, (lc["name"], shapes)
            assert shapes["kernel"][1:] == (lc["units"],) and shapes["bias"] == (lc["units"],), shapes
        elif cls == "Conv2D":
            assert set(shapes) == {"kernel", "bias"}, (lc["name"], shapes)
            kh, kw = lc["kernel_size"]
            assert (shapes["kernel"][:2], shapes["kernel"][3:]) == ((kh, kw), (lc["filters"],)), shapes
            assert shapes["bias"] == (lc["filters"],), shapes
        elif cls == "BatchNormalization":
            assert set(shapes) == {"gamma", "beta", "moving_mean", "moving_variance"}, (lc["name"], shapes)
            assert len(set(shapes.values())) == 1, shapes
            assert bool(torch.all(weights["moving_variance"] > 0)), lc["name"]
        else:
            assert not shapes, (lc["name"], shapes)
        layers.append((cls, lc, weights))
    assert not by_layer, "stored weights not used: %s" % sorted(by_layer)
    return in_shape, layers


def param_count(layers):
    return sum(v.numel() for _, _, w in layers for v in w.values())


def forward(layers, x):
    for cls, cfg, w in layers:
        x = LAYERS[cls](cfg, w, x)
        assert x.dtype == DT
    return x


# ---------------------------------------------------------------------------
# Hand checks of the geometry helpers and layers
# ---------------------------------------------------------------------------
def t64(a):
    return torch.tensor(a, dtype=DT)


def self_checks():
    assert same_pad(28, 4, 1) == (1, 2)  # even kernel: extra pad after
    assert same_pad(28, 5, 2) == (1, 2)  # out 14: total (13*2+5-28)=3
    assert same_pad(14, 5, 2) == (1, 2)
    assert same_pad(28, 5, 1) == (2, 2)
    assert deconv_out(7, 5, 2, "same") == 14
    base = {"name": "t", "activation": "linear", "use_bias": True}
    # 1-D transposed conv: x=[1,1], w=[1,2,3], stride 2 -> full [1,2,4,2,3] (5);
    # same keeps 4 = 2*2: total 1, crop 0 before, 1 after.
    y = conv2d_transpose(dict(base, kernel_size=[1, 3], strides=[1, 2], padding="same"),
                         {"kernel": t64([1.0, 2.0, 3.0]).view(1, 3, 1, 1), "bias": t64([0.0])},
                         t64([1.0, 1.0]).view(1, 1, 2, 1))
    assert y[0, 0, :, 0].tolist() == [1, 2, 4, 2], y
    # x=[1,10], k=[1,2,3,4,5], stride 2: full = [1,2,13,24,35,40,50] (7), out 4,
    # total 3, crop 1 before -> [2,13,24,35]
    y = conv2d_transpose(dict(base, kernel_size=[1, 5], strides=[1, 2], padding="same"),
                         {"kernel": t64([1.0, 2, 3, 4, 5]).view(1, 5, 1, 1), "bias": t64([0.5])},
                         t64([1.0, 10.0]).view(1, 1, 2, 1))
    assert y[0, 0, :, 0].tolist() == [2.5, 13.5, 24.5, 35.5], y
    # same conv, even kernel [1,10]: x=[1,2,3] padded (0, 1) -> [1+20, 2+30, 3+0]
    y = conv2d(dict(base, kernel_size=[1, 2], strides=[1, 1], padding="same"),
               {"kernel": t64([1.0, 10.0]).view(1, 2, 1, 1), "bias": t64([0.0])},
               t64([1.0, 2.0, 3.0]).view(1, 1, 3, 1))
    assert y[0, 0, :, 0].tolist() == [21, 32, 3], y
    # Conv2D strided same, 1-D x=[1..5], k=[1,1,1], stride 2: out 3, total 2, pad (1,1)
    y = conv2d(dict(base, kernel_size=[1, 3], strides=[1, 2], padding="same"),
               {"kernel": t64([1.0, 1.0, 1.0]).view(1, 3, 1, 1), "bias": t64([0.0])},
               t64([1.0, 2, 3, 4, 5]).view(1, 1, 5, 1))
    assert y[0, 0, :, 0].tolist() == [3, 9, 9], y
    # Dense kernel [in, out]
    y = dense(base, {"kernel": t64([[1, 2], [3, 4], [5, 6]]), "bias": t64([0.5, -0.5])},
              t64([[1.0, 10.0, 100.0]]))
    assert y.tolist() == [[531.5, 641.5]]
    # Flatten keeps NHWC order; nearest upsampling repeats
    x = torch.arange(8, dtype=DT).view(1, 2, 2, 2)
    assert flatten({"name": "f"}, {}, x).tolist() == [list(range(8))]
    y = upsampling2d({"name": "u", "size": [2, 2]}, {}, t64([[1.0, 2.0], [3.0, 4.0]]).view(1, 2, 2, 1))
    assert y[0, :, :, 0].tolist() == [[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 4, 4], [3, 3, 4, 4]]
    # ZeroPadding2D ((top, bottom), (left, right)) = ((1, 0), (0, 2)); channels untouched
    y = zero_padding2d({"name": "z", "padding": [[1, 0], [0, 2]]}, {},
                       t64([[1.0, 2.0], [3.0, 4.0]]).view(1, 2, 2, 1).repeat(1, 1, 1, 2))
    assert tuple(y.shape) == (1, 3, 4, 2), y.shape
    assert y[0, :, :, 1].tolist() == [[0, 0, 0, 0], [1, 2, 0, 0], [3, 4, 0, 0]], y
    # Conv2D strided same on 8 (the discriminator's 8 -> 4): total 1, the cell after
    assert same_pad(8, 3, 2) == (0, 1) and same_pad(28, 3, 2) == (0, 1) and same_pad(14, 3, 2) == (0, 1)


# ---------------------------------------------------------------------------
def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def values_line(tag, a):
    """'<tag> <count> v1 v2 ...' of a float32 array, '%.9g' (round-trips exactly)."""
    assert a.dtype == np.float32
    a = a.ravel()
    return "%s %d %s\n" % (tag, a.size, " ".join("%.9g" % v for v in a.tolist()))


def fmnist_goldens():
    """[(file name, text)] of the four models with a model_config and a .numpy_io.npz."""
    goldens = []
    for folder, kind in MODELS:
        h5 = os.path.join(MODELS_DIR, folder, kind + ".h5")
        npz_path = os.path.join(MODELS_DIR, folder, kind + ".numpy_io.npz")
        in_shape, layers = load_model(h5)
        io = np.load(npz_path)
        input_name = "z" if "z" in io else "x"
        x = io[input_name]
        y_numpy = io["y_numpy"]
        assert x.dtype == np.float32 and x.shape[1:] == in_shape, (x.shape, in_shape)

        y = forward(layers, torch.from_numpy(x.astype(np.float64))).numpy()
        assert y.shape == y_numpy.shape, (y.shape, y_numpy.shape)
        assert np.all(np.isfinite(y))
        diff_all = float(np.max(np.abs(y - y_numpy.astype(np.float64))))
        diff_4 = float(np.max(np.abs(y[:SAMPLES] - y_numpy[:SAMPLES].astype(np.float64))))
        print("%s/%s: output %s, max |torch - y_numpy| = %.3g over %d samples (%.3g over the first %d)"
              % (folder, kind, "x".join(map(str, y.shape)), diff_all, x.shape[0], diff_4, SAMPLES))
        assert diff_all < 1e-4, (folder, kind, diff_all)

        # batch independence: the first 4 alone give the same result
        y4 = forward(layers, torch.from_numpy(x[:SAMPLES].astype(np.float64))).numpy()
        assert np.array_equal(y4.astype(np.float32), y[:SAMPLES].astype(np.float32))

        comment = ("# %s/%s.h5 (sha256 %s): independent PyTorch float64 forward pass (Keras semantics), "
                   "output rounded to float32, on the first %d of the %d samples of %s.numpy_io.npz['%s'];"
                   " output shape %s NHWC. Generated by: /usr/bin/python3 tests/keras_golden/make_keras_golden.py"
                   % (folder, kind, sha256(h5), SAMPLES, x.shape[0], kind, input_name,
                      "x".join(map(str, (SAMPLES,) + y.shape[1:]))))
        text = comment + "\n" + values_line("output", y[:SAMPLES].astype(np.float32))
        goldens.append(("%s_%s.txt" % (folder, kind), text))
    return goldens


def weights_only_goldens():
    """[(file name, text)] of the weights-only MNIST generator and discriminator: the generator on
    seeded latent vectors, the discriminator on the generator's images; inputs in the files."""
    models = {}
    for kind, file_name, group, arch, params in WEIGHTS_ONLY:
        h5 = os.path.join(MODELS_DIR, WEIGHTS_ONLY_FOLDER, file_name)
        in_shape, layers = load_weights_only(h5, group, arch)
        assert param_count(layers) == params, (file_name, param_count(layers), params)
        models[kind] = (h5, in_shape, layers)

    z = np.random.RandomState(LATENT_SEED).standard_normal((SAMPLES, LATENT_DIM)).astype(np.float32)
    assert z.shape[1:] == models["generator"][1]
    images64 = forward(models["generator"][2], torch.from_numpy(z.astype(np.float64))).numpy()
    images = images64.astype(np.float32)
    assert images.shape[1:] == models["discriminator"][1] == (28, 28, 1), images.shape
    scores64 = forward(models["discriminator"][2], torch.from_numpy(images.astype(np.float64))).numpy()
    scores = scores64.astype(np.float32)
    assert scores.shape == (SAMPLES, 1), scores.shape

    # Sanity: tanh images in [-1, 1], each with contrast (not near-constant); sigmoid scores in (0, 1)
    assert np.all(np.isfinite(images64)) and np.all(np.isfinite(scores64))
    assert np.all(np.abs(images64) <= 1) and np.all(np.abs(images) <= 1), "generator output outside [-1, 1]"
    per_image = images64.reshape(SAMPLES, -1)
    spread, std = per_image.max(axis=1) - per_image.min(axis=1), per_image.std(axis=1)
    assert np.all(spread >= 1.0) and np.all(std >= 0.1), ("near-constant generator output", spread, std)
    assert np.all((scores64 > 0) & (scores64 < 1)), scores64
    assert np.all((scores > 0) & (scores < 1)), scores  # also after rounding to float32
    print("%s generator: output %s in [%.9g, %.9g], per-image std %s"
          % (WEIGHTS_ONLY_FOLDER, "x".join(map(str, images.shape)), images.min(), images.max(),
             " ".join("%.3f" % v for v in std)))
    print("%s discriminator: scores %s" % (WEIGHTS_ONLY_FOLDER, " ".join("%.9g" % v for v in scores.ravel())))

    # batch independence: each sample alone gives the same result
    for i in range(SAMPLES):
        one = forward(models["generator"][2], torch.from_numpy(z[i:i + 1].astype(np.float64))).numpy()
        assert np.array_equal(one.astype(np.float32), images[i:i + 1])
        one = forward(models["discriminator"][2], torch.from_numpy(images[i:i + 1].astype(np.float64))).numpy()
        assert np.array_equal(one.astype(np.float32), scores[i:i + 1])

    generator_file = "%s_generator.txt" % WEIGHTS_ONLY_FOLDER
    described = {
        "generator": ("%d latent vectors numpy.random.RandomState(%d).standard_normal((%d, %d)) cast to float32"
                      % (SAMPLES, LATENT_SEED, SAMPLES, LATENT_DIM), z, images),
        "discriminator": ("the %d images of %s (the generator's output rounded to float32)"
                          % (SAMPLES, generator_file), images, scores),
    }
    goldens = []
    for kind, file_name, group, arch, params in WEIGHTS_ONLY:
        h5, in_shape, layers = models[kind]
        what, x, y = described[kind]
        comment = ("# %s/%s (sha256 %s): weights only (no model_config; weights in group %s), architecture "
                   "written by hand in the script (Keras-GAN dcgan.py, %d params, BN epsilon %g); independent "
                   "PyTorch float64 forward pass (Keras semantics), output rounded to float32, on %s, given on the "
                   "input line (shape %s NHWC); output shape %s NHWC. Generated by: /usr/bin/python3 "
                   "tests/keras_golden/make_keras_golden.py"
                   % (WEIGHTS_ONLY_FOLDER, file_name, sha256(h5), group, params, BN_EPSILON, what,
                      "x".join(map(str, x.shape)), "x".join(map(str, y.shape))))
        text = comment + "\n" + values_line("input", x) + values_line("output", y)
        goldens.append(("%s_%s.txt" % (WEIGHTS_ONLY_FOLDER, kind), text))
    return goldens


def read_back(text):
    """{tag: float32 values} of a golden file's text, parsed as the C++ test does."""
    values = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        tag, count, *rest = line.split(" ")
        assert int(count) == len(rest) and tag not in values, tag
        values[tag] = np.array([float(v) for v in rest], dtype=np.float64).astype(np.float32)
    return values


def main():
    self_checks()
    goldens = fmnist_goldens() + weights_only_goldens()  # every check passes before anything is written
    for name, text in goldens:
        assert text.count("\n") in (2, 3) and "nan" not in text and "inf" not in text, name
        got = read_back(text)
        assert list(got)[-1] == "output", name
    wo = dict(goldens)
    gen = read_back(wo["%s_generator.txt" % WEIGHTS_ONLY_FOLDER])
    disc = read_back(wo["%s_discriminator.txt" % WEIGHTS_ONLY_FOLDER])
    assert np.array_equal(gen["output"], disc["input"])  # the discriminator judges those very images
    for name, text in goldens:
        path = os.path.join(HERE, name)
        with open(path, "w") as f:
            f.write(text)
        print("  wrote %s (%d bytes)" % (os.path.relpath(path), os.path.getsize(path)))


if __name__ == "__main__":
    main()
