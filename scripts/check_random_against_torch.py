#!/usr/bin/python3
"""The reference path against an independent implementation, on a sample of the random models.

For each model the stress runner dumped (tests/random_models/run_random_models.cpp --dump DIR:
the weights ctnn used, in Keras order, with the layer owning each array (its index in
model.layers) and the layer each position calls; the inputs; ctnn's reference output, for a model
of several outputs each output's whole batch in turn; and where each of the generator's values
sits among ctnn's positions), this recomputes
every output from the generator's description of the model
(scripts/random_models.py describe) with PyTorch in float64, with Keras semantics written out
here: NHWC tensors (sequences: N, steps, channels), Keras weight layouts, TensorFlow's 'same'
padding (the odd cell after), Keras's 'causal' padding (all before), transposed convolutions
cropped as Keras crops them, TF's half-pixel bilinear resize (tf.image.resize's float32
coordinates for Resizing, CenterCrop and RandomCrop, and their aspect-ratio windows), pooling that
ignores padded cells, Keras's ReLU composition, Dot as Keras's batch_dot (its normalize as Keras
3's l2 normalization), the augmentations as the identity at inference. A shared layer (the
generator's nodes of one "shared" number) is one layer: its weights are read once and used at
each of its calls. Each node's layer is the generator's "layer", Keras's model.layers order as
scripts/random_models.py computes it (keras_layers); ctnn's own (the dump's layer of each
position, and of each weight array) must be the same, or the model fails.
Nothing here reads ctnn's code.

Writes one line per model (index, kinds, output kind, difference, sensitivity) to --out, where the
difference is max |reference - torch| / max(1, max |torch|), the measure the C++ driver uses, and
the sensitivity is the same measure between the float64 output and the output with every layer's
result perturbed by up to 2^-23 (what rounding to float32 can do): how much the model itself
amplifies float32 rounding. A model fails when its difference is beyond --tolerance and beyond
--sensitivity-factor times its sensitivity; exit status 1 when any fails.

    /usr/bin/python3 scripts/check_random_against_torch.py --models models.json --dumps DIR --out torch.tsv
"""

import argparse
import glob
import json
import math
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F

DT = torch.float64
torch.set_num_threads(1)
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


def activate(x, name):
    if name == "linear":
        return x
    if name == "relu":
        return torch.clamp(x, min=0.0)
    if name == "sigmoid":
        return 1.0 / (1.0 + torch.exp(-x))
    if name == "tanh":
        return torch.tanh(x)
    if name == "selu":
        return SELU_SCALE * torch.where(x > 0, x, SELU_ALPHA * torch.expm1(x))
    if name == "leaky_relu":  # keras.activations.leaky_relu: negative_slope 0.2
        return torch.where(x >= 0, x, 0.2 * x)
    if name == "elu":
        return torch.where(x > 0, x, torch.expm1(x))
    if name == "silu":
        return x / (1.0 + torch.exp(-x))
    if name == "gelu":  # approximate=False
        return 0.5 * x * (1.0 + torch.erf(x / math.sqrt(2.0)))
    if name == "softplus":
        return torch.clamp(x, min=0.0) + torch.log1p(torch.exp(-torch.abs(x)))
    if name == "relu6":
        return torch.clamp(x, 0.0, 6.0)
    if name == "softmax":
        return softmax(x, -1)
    if name == "softsign":
        return x / (1.0 + torch.abs(x))
    if name == "exponential":
        return torch.exp(x)
    if name == "mish":  # x * tanh(softplus(x))
        return x * torch.tanh(activate(x, "softplus"))
    if name == "celu":  # alpha 1
        return torch.clamp(x, min=0.0) + torch.expm1(torch.clamp(x, max=0.0))
    if name == "log_sigmoid":  # -softplus(-x)
        return -activate(-x, "softplus")
    if name == "hard_tanh":
        return torch.clamp(x, -1.0, 1.0)
    if name == "tanh_shrink":
        return x - torch.tanh(x)
    if name == "squareplus":  # b 4
        return (x + torch.sqrt(x * x + 4.0)) / 2.0
    if name == "sparse_plus":
        return torch.where(x <= -1.0, torch.zeros_like(x), torch.where(x >= 1.0, x, (x + 1.0) ** 2 / 4.0))
    if name == "soft_shrink":  # threshold 0.5
        return torch.where(x > 0.5, x - 0.5, torch.where(x < -0.5, x + 0.5, torch.zeros_like(x)))
    if name == "hard_shrink":  # threshold 0.5
        return torch.where(torch.abs(x) > 0.5, x, torch.zeros_like(x))
    if name == "hard_silu":  # Keras 3: x * relu6(x + 3) / 6
        return x * torch.clamp(x + 3.0, 0.0, 6.0) / 6.0
    if name == "sparse_sigmoid":
        return torch.where(x <= -1.0, torch.zeros_like(x),
                           torch.where(x >= 1.0, torch.ones_like(x), 0.5 * (x + 1.0)))
    if name == "log_softmax":
        return log_softmax(x, -1)
    raise ValueError("activation " + name)


def softmax(x, dim):
    e = torch.exp(x - torch.amax(x, dim=dim, keepdim=True))
    return e / torch.sum(e, dim=dim, keepdim=True)


def log_softmax(x, dim):
    shifted = x - torch.amax(x, dim=dim, keepdim=True)
    return shifted - torch.log(torch.sum(torch.exp(shifted), dim=dim, keepdim=True))


def same_padding(n, k, s, d):
    """TensorFlow's 'same': out = ceil(n / s), the total padding split with the odd cell after."""
    ke = (k - 1) * d + 1
    out = -(-n // s)
    total = max((out - 1) * s + ke - n, 0)
    return total // 2, total - total // 2


def nchw(x):
    return x.permute(0, 3, 1, 2)


def nhwc(x):
    return x.permute(0, 2, 3, 1)


def conv2d(x, w, c):
    (kh, kw), (sh, sw), (dh, dw) = c["kernel_size"], c["strides"], c["dilation_rate"]
    kernel = w["kernel"].reshape(kh, kw, x.shape[3], c["filters"])  # [kh, kw, in, out]
    t = nchw(x)
    if c["padding"] == "same":
        top, bottom = same_padding(x.shape[1], kh, sh, dh)
        left, right = same_padding(x.shape[2], kw, sw, dw)
        t = F.pad(t, (left, right, top, bottom))
    y = F.conv2d(t, kernel.permute(3, 2, 0, 1), stride=(sh, sw), dilation=(dh, dw))
    y = nhwc(y)
    if c["use_bias"]:
        y = y + w["bias"]
    return y


def depthwise_conv2d(x, w, c):
    """Keras DepthwiseConv2D: kernel [kh, kw, c, M], output channel c * M + m, padding as Conv2D's."""
    (kh, kw), (sh, sw), (dh, dw) = c["kernel_size"], c["strides"], c["dilation_rate"]
    channels, m = x.shape[3], c["depth_multiplier"]
    kernel = w["depthwise_kernel"].reshape(kh, kw, channels, m)
    t = nchw(x)
    if c["padding"] == "same":
        top, bottom = same_padding(x.shape[1], kh, sh, dh)
        left, right = same_padding(x.shape[2], kw, sw, dw)
        t = F.pad(t, (left, right, top, bottom))
    # torch's groups: weight [c * M, 1, kh, kw], output channel c * M + m from input channel c.
    weight = kernel.permute(2, 3, 0, 1).reshape(channels * m, 1, kh, kw)
    y = nhwc(F.conv2d(t, weight, stride=(sh, sw), dilation=(dh, dw), groups=channels))
    if c["use_bias"]:
        y = y + w["bias"]
    return y


def separable_conv2d(x, w, c):
    """Keras SeparableConv2D: the depthwise convolution (no bias), then a 1 x 1 convolution
    (pointwise_kernel [1, 1, c * M, filters]) and the bias."""
    depthwise = depthwise_conv2d(x, w, {**c, "use_bias": False})
    pointwise = w["pointwise_kernel"].reshape(depthwise.shape[3], c["filters"])
    y = depthwise @ pointwise
    if c["use_bias"]:
        y = y + w["bias"]
    return y


def one(v):
    """A 1-D layer's size as Keras writes it, [3] (or a bare 3)."""
    return v[0] if isinstance(v, (list, tuple)) else v


def conv1d(x, w, c):
    """Keras Conv1D on (N, steps, channels): kernel [k, in, filters]; 'same' pads as TF (the odd
    cell after), 'causal' pads dilation * (k - 1) steps before and none after."""
    k, s, d = one(c["kernel_size"]), one(c["strides"]), one(c["dilation_rate"])
    kernel = w["kernel"].reshape(k, x.shape[2], c["filters"])  # [k, in, out]
    t = x.permute(0, 2, 1)  # N, channels, steps
    if c["padding"] == "same":
        before, after = same_padding(x.shape[1], k, s, d)
    elif c["padding"] == "causal":
        before, after = d * (k - 1), 0
    else:
        before = after = 0
    y = F.conv1d(F.pad(t, (before, after)), kernel.permute(2, 1, 0), stride=s, dilation=d).permute(0, 2, 1)
    if c["use_bias"]:
        y = y + w["bias"]
    return y


def one_row(x, f):
    """A 2-D helper `f` (NHWC) on a sequence (N, steps, channels) as the image of one row."""
    return f(x.unsqueeze(1)).squeeze(1)


def as_row(c):
    """A 1-D convolution's configuration as its 2-D sibling's on an image of one row."""
    k, s, d = one(c["kernel_size"]), one(c["strides"]), one(c["dilation_rate"])
    return {**c, "kernel_size": [1, k], "strides": [1, s], "dilation_rate": [1, d]}


def depthwise_conv1d(x, w, c):
    """Keras 3 DepthwiseConv1D: kernel [k, c, M] (named kernel), DepthwiseConv2D on one row."""
    row_weights = {"depthwise_kernel": w["kernel"], **({"bias": w["bias"]} if "bias" in w else {})}
    return one_row(x, lambda t: depthwise_conv2d(t, row_weights, as_row(c)))


def conv1d_transpose(x, w, c):
    """Keras Conv1DTranspose: kernel [k, filters, in]; Conv2DTranspose on one row (no output
    padding on the row axis where the steps have none, 0 where they have one)."""
    op = c.get("output_padding")
    row = {**as_row(c), "output_padding": None if op is None else [0, one(op)]}
    k = one(c["kernel_size"])
    return one_row(x, lambda t: conv2d_transpose(t, {**w, "kernel": w["kernel"].reshape(1, k, c["filters"], x.shape[2])}, row))


def separable_conv1d(x, w, c):
    """Keras SeparableConv1D: SeparableConv2D on one row; tf.keras's 'causal' pads
    dilation * (k - 1) steps before the sequence and none after, then is 'valid'."""
    row = as_row(c)
    if c["padding"] == "causal":
        k, d = one(c["kernel_size"]), one(c["dilation_rate"])
        x = F.pad(x.permute(0, 2, 1), (d * (k - 1), 0)).permute(0, 2, 1)
        row = {**row, "padding": "valid"}
    return one_row(x, lambda t: separable_conv2d(t, w, row))


def deconv_length(n, k, s, d, same, op):
    ke = (k - 1) * d + 1
    if op is None:
        return n * s if same else n * s + max(ke - s, 0)
    pad = ke // 2 if same else 0
    return (n - 1) * s + ke - 2 * pad + op


def conv2d_transpose(x, w, c):
    """Every input value scattered through the kernel into the full result ((n - 1) s + ke cells
    per axis), then Keras's output length cut from it: with 'same' the surplus is cropped, half
    before (rounded down); cells past the full result hold the bias only."""
    (kh, kw), (sh, sw), (dh, dw) = c["kernel_size"], c["strides"], c["dilation_rate"]
    n, h, wi, cin = x.shape
    f = c["filters"]
    kernel = w["kernel"].reshape(kh, kw, f, cin)  # [kh, kw, out, in]
    same = c["padding"] == "same"
    op = c["output_padding"] or [None, None]
    out_h = deconv_length(h, kh, sh, dh, same, op[0])
    out_w = deconv_length(wi, kw, sw, dw, same, op[1])
    full_h, full_w = (h - 1) * sh + (kh - 1) * dh + 1, (wi - 1) * sw + (kw - 1) * dw + 1
    crop_h = max(full_h - out_h, 0) // 2 if same else 0
    crop_w = max(full_w - out_w, 0) // 2 if same else 0
    full = torch.zeros(n, max(full_h, crop_h + out_h), max(full_w, crop_w + out_w), f, dtype=DT)
    for ky in range(kh):
        for kx in range(kw):
            contribution = torch.einsum("nhwc,oc->nhwo", x, kernel[ky, kx])
            full[:, ky * dh: ky * dh + (h - 1) * sh + 1: sh, kx * dw: kx * dw + (wi - 1) * sw + 1: sw, :] += contribution
    y = full[:, crop_h: crop_h + out_h, crop_w: crop_w + out_w, :]
    if c["use_bias"]:
        y = y + w["bias"]
    return y


def resize_axis(x, axis, out):
    """TF2 tf.image.resize bilinear along one axis: half-pixel centres, no antialiasing."""
    n_in = x.shape[axis]
    src = (torch.arange(out, dtype=DT) + 0.5) * (n_in / out) - 0.5
    lower_f = torch.floor(src)
    lerp = src - lower_f
    lower = torch.clamp(lower_f, min=0).long()
    upper = torch.clamp(torch.ceil(src), max=n_in - 1).long()
    a = torch.index_select(x, axis, lower)
    b = torch.index_select(x, axis, upper)
    shape = [1] * x.dim()
    shape[axis] = out
    lerp = lerp.reshape(shape)
    return a + (b - a) * lerp


# Resizing, CenterCrop, RandomCrop: tf.image.resize (TF2 kernels: half-pixel centres, no
# antialias) computes its scale, source coordinates, floors and lerps in float32, which matters
# for factors that are not whole (float32(14 / 23) rounds the nearest source of a pixel down a
# row); the pixel values are float64 here.

def tf_resize(x, size, interpolation):
    """tf.image.resize(x, size) of an NHWC tensor: each axis's source rows / columns and lerps in
    float32 (bilinear: lower max(floor(src), 0), upper min(ceil(src), in - 1), lerp src - floor(src)
    with src = (dst + 0.5) * in / out - 0.5; nearest: min(floor((dst + 0.5) * in / out), in - 1)),
    the lerps top = tl + (tr - tl) * lx, out = top + (bottom - top) * ly."""
    def axis(n_in, n_out):
        scale = torch.tensor(n_in, dtype=torch.float32) / torch.tensor(n_out, dtype=torch.float32)
        d = torch.arange(n_out, dtype=torch.float32)
        if interpolation == "nearest":
            i = torch.floor((d + 0.5) * scale).to(torch.int64).clamp(max=n_in - 1).clamp(min=0)
            return i, i, None
        src = (d + 0.5) * scale - 0.5
        fl = torch.floor(src)
        return fl.to(torch.int64).clamp(min=0), torch.ceil(src).to(torch.int64).clamp(max=n_in - 1), (src - fl).to(DT)

    ylo, yhi, ly = axis(x.shape[1], size[0])
    xlo, xhi, lx = axis(x.shape[2], size[1])
    if interpolation == "nearest":
        return x.index_select(1, ylo).index_select(2, xlo)
    top_rows, bottom_rows = x.index_select(1, ylo), x.index_select(1, yhi)
    tl, tr = top_rows.index_select(2, xlo), top_rows.index_select(2, xhi)
    bl, br = bottom_rows.index_select(2, xlo), bottom_rows.index_select(2, xhi)
    lx, ly = lx.view(1, 1, -1, 1), ly.view(1, -1, 1, 1)
    top = tl + (tr - tl) * lx
    bottom = bl + (br - bl) * lx
    return top + (bottom - top) * ly


def f32_ratio(a, b):
    """TF's cast(cast(a, float32) / b, int32): the division in float32, truncated."""
    return int((torch.tensor(a, dtype=torch.float32) / torch.tensor(b, dtype=torch.float32)).to(torch.int32))


def resizing(x, c):
    """Keras Resizing (TensorFlow backend): the image, or its largest centred window of the
    output's aspect ratio (crop_to_aspect_ratio), or the image with as many rows (columns) of
    fill_value before as after it, floor((target - h) / 2) each (pad_to_aspect_ratio), resized."""
    h, w = x.shape[1], x.shape[2]
    H, W = c["height"], c["width"]
    if c.get("crop_to_aspect_ratio"):
        crop_h = max(min(h, f32_ratio(w * H, W)), 1)
        crop_w = max(min(w, f32_ratio(h * W, H)), 1)
        top, left = f32_ratio(h - crop_h, 2), f32_ratio(w - crop_w, 2)
        x = x[:, top:top + crop_h, left:left + crop_w, :]
    elif c.get("pad_to_aspect_ratio"):
        top = f32_ratio(max(h, f32_ratio(w * H, W)) - h, 2)
        left = f32_ratio(max(w, f32_ratio(h * W, H)) - w, 2)
        fill = f32(c.get("fill_value") or 0.0)  # TF: ones(dtype) * fill_value, float32
        x = F.pad(x, (0, 0, left, left, top, top), mode="constant", value=fill)
    return tf_resize(x, (H, W), c.get("interpolation", "bilinear"))


def smart_resize(x, size):
    """keras.utils.smart_resize (bilinear): the image's largest centred window of the target's
    aspect ratio (Python float arithmetic), resized."""
    h, w = x.shape[1], x.shape[2]
    H, W = size
    crop_h = max(min(h, int(float(w * H) / W)), 1)
    crop_w = max(min(w, int(float(h * W) / H)), 1)
    top, left = (h - crop_h) // 2, (w - crop_w) // 2
    return tf_resize(x[:, top:top + crop_h, left:left + crop_w, :], size, "bilinear")


def center_crop(x, c):
    """Keras CenterCrop: the centred window, from ((h - height) // 2, (w - width) // 2), when the
    image is at least that large on both sides; else smart_resize."""
    h, w, H, W = x.shape[1], x.shape[2], c["height"], c["width"]
    if h >= H and w >= W:
        top, left = (h - H) // 2, (w - W) // 2
        return x[:, top:top + H, left:left + W, :]
    return smart_resize(x, (H, W))


def normalized_dims(axis, ndim):
    """Keras's axis (an int or a list; the batch axis is 0, as torch's) as torch dims."""
    return tuple(sorted(a % ndim for a in (axis if isinstance(axis, list) else [axis])))


def upsampling(x, c):
    sh, sw = c["size"]
    if c["interpolation"] == "nearest":
        return x.repeat_interleave(sh, dim=1).repeat_interleave(sw, dim=2)
    return resize_axis(resize_axis(x, 2, x.shape[2] * sw), 1, x.shape[1] * sh)


def pooling(x, c, mode):
    (ph, pw), (sh, sw) = c["pool_size"], c["strides"]
    t = nchw(x)
    if c["padding"] == "same":
        top, bottom = same_padding(x.shape[1], ph, sh, 1)
        left, right = same_padding(x.shape[2], pw, sw, 1)
    else:
        top = bottom = left = right = 0
    if mode == "max":
        t = F.pad(t, (left, right, top, bottom), value=-math.inf)
        return nhwc(F.max_pool2d(t, (ph, pw), (sh, sw)))
    # The mean of the cells inside the input: padded cells count neither in the sum nor the count.
    total = F.avg_pool2d(F.pad(t, (left, right, top, bottom)), (ph, pw), (sh, sw), divisor_override=1)
    cells = F.avg_pool2d(F.pad(torch.ones_like(t), (left, right, top, bottom)), (ph, pw), (sh, sw), divisor_override=1)
    return nhwc(total / cells)


def keras_relu(x, c):
    """keras.layers.ReLU: the positive part x * (x > threshold) (or relu), capped at max_value,
    minus negative_slope * relu(threshold - x)."""
    t, slope, cap = c["threshold"], c["negative_slope"], c["max_value"]
    positive = x * (x > t).to(DT) if t != 0 else torch.clamp(x, min=0.0)
    if cap is not None:
        positive = torch.clamp(positive, 0.0, cap)
    return positive - slope * torch.clamp(t - x, min=0.0)


def normalize(x, mean, variance, eps, gamma, beta):
    return (x - mean) / torch.sqrt(variance + eps) * gamma + beta


def dot(xs, c, shape):
    """Keras Dot (batch_dot): x's axis ax and y's axis ay summed, counted as Keras counts them (the
    batch axis 0, negative from the end; one number is both axes); the output is x's remaining
    axes, then y's, (1) per sample when none remain. normalize: each input first scaled to unit
    length along its summed axis, x / sqrt(max(sum x^2, 1e-14)) (Keras 3's l2 normalization)."""
    x, y = xs
    axes = c["axes"] if isinstance(c["axes"], list) else [c["axes"], c["axes"]]
    ax, ay = axes[0] % x.dim(), axes[1] % y.dim()
    if c.get("normalize"):
        x = x / torch.sqrt(torch.clamp(torch.sum(x * x, dim=ax, keepdim=True), min=1e-14))
        y = y / torch.sqrt(torch.clamp(torch.sum(y * y, dim=ay, keepdim=True), min=1e-14))
    # x as (batch, its other axes flattened, summed axis), y as (batch, summed axis, its other axes).
    rows = torch.movedim(x, ax, -1).reshape(x.shape[0], -1, x.shape[ax])
    columns = torch.movedim(y, ay, 1).reshape(y.shape[0], y.shape[ay], -1)
    return torch.matmul(rows, columns).reshape(shape)


# The layers that are the identity at inference: the dropouts and noises, ActivityRegularization,
# and Keras's random augmentations (training=False), on any shape.
IDENTITIES = {"Dropout", "GaussianNoise", "GaussianDropout", "SpatialDropout2D", "SpatialDropout1D",
              "ActivityRegularization", "RandomFlip", "RandomRotation", "RandomZoom", "RandomTranslation",
              "RandomContrast", "RandomBrightness", "RandomHeight", "RandomWidth", "RandomGrayscale", "RandomHue",
              "RandomSaturation", "RandomSharpness", "RandomShear", "RandomColorDegeneration", "RandomColorJitter",
              "RandomPosterization", "RandomInvert", "RandomErasing", "RandomGaussianBlur", "RandomPerspective",
              "RandomElasticTransform", "Solarization", "AugMix", "CutMix", "MixUp", "RandAugment"}


def f32(v):
    return float(np.float32(v))


def layer(node, xs, w, batch):
    kind, c = node["kind"], node["config"]
    shape = [batch] + node["shape"]
    x = xs[0] if xs else None
    if kind == "Dense":
        kernel = w["kernel"].reshape(x.shape[-1], c["units"])
        y = x @ kernel + (w["bias"] if c["use_bias"] else 0.0)
        return activate(y, c["activation"])
    if kind == "Conv2D":
        return activate(conv2d(x, w, c), c["activation"])
    if kind == "SeparableConv2D":
        return activate(separable_conv2d(x, w, c), c["activation"])
    if kind == "DepthwiseConv2D":
        return activate(depthwise_conv2d(x, w, c), c["activation"])
    if kind == "Conv2DTranspose":
        return activate(conv2d_transpose(x, w, c), c["activation"])
    if kind == "UpSampling2D":
        return upsampling(x, c)
    if kind == "ZeroPadding2D":
        (t, b), (l, r) = c["padding"]
        return nhwc(F.pad(nchw(x), (l, r, t, b)))
    if kind == "Cropping2D":
        (t, b), (l, r) = c["cropping"]
        return x[:, t: x.shape[1] - b, l: x.shape[2] - r, :]
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        return pooling(x, c, "max" if kind == "MaxPooling2D" else "average")
    if kind == "Conv1D":
        return activate(conv1d(x, w, c), c["activation"])
    if kind == "DepthwiseConv1D":
        return activate(depthwise_conv1d(x, w, c), c["activation"])
    if kind == "Conv1DTranspose":
        return activate(conv1d_transpose(x, w, c), c["activation"])
    if kind == "SeparableConv1D":
        return activate(separable_conv1d(x, w, c), c["activation"])
    if kind in ("MaxPooling1D", "AveragePooling1D"):
        p = one(c["pool_size"])
        s = p if c.get("strides") is None else one(c["strides"])
        row = {"pool_size": [1, p], "strides": [1, s], "padding": c["padding"]}
        return one_row(x, lambda t: pooling(t, row, "max" if kind == "MaxPooling1D" else "average"))
    if kind in ("GlobalAveragePooling1D", "GlobalMaxPooling1D"):
        y = torch.mean(x, dim=1, keepdim=True) if kind == "GlobalAveragePooling1D" else torch.amax(x, dim=1, keepdim=True)
        return y.reshape(shape)
    if kind == "ZeroPadding1D":
        left, right = c["padding"] if isinstance(c["padding"], list) else (c["padding"], c["padding"])
        return F.pad(x.permute(0, 2, 1), (left, right)).permute(0, 2, 1)
    if kind == "Cropping1D":
        left, right = c["cropping"] if isinstance(c["cropping"], list) else (c["cropping"], c["cropping"])
        return x[:, left: x.shape[1] - right, :]
    if kind == "UpSampling1D":  # each step repeated `size` times
        return x.repeat_interleave(c["size"], dim=1)
    if kind in ("GlobalAveragePooling2D", "GlobalMaxPooling2D"):
        y = torch.mean(x, dim=(1, 2), keepdim=True) if kind == "GlobalAveragePooling2D" else \
            torch.amax(x, dim=(1, 2), keepdim=True)
        return y.reshape(shape)
    if kind == "Activation":
        return activate(x, c["activation"])
    if kind == "LeakyReLU":
        return torch.where(x >= 0, x, c["alpha"] * x)
    if kind == "ReLU":
        return keras_relu(x, c)
    if kind == "ELU":
        return torch.where(x > 0, x, c["alpha"] * torch.expm1(x))
    if kind == "Softmax":
        return softmax(x, c["axis"])  # Keras counts the batch axis, as torch does here
    if kind == "PReLU":
        alpha_shape = [1 if (a + 1) in (c["shared_axes"] or []) else d for a, d in enumerate(node["shape"])]
        alpha = w["alpha"].reshape(alpha_shape)
        return torch.clamp(x, min=0.0) - alpha * torch.clamp(-x, min=0.0)
    if kind == "BatchNormalization":
        ch = x.shape[-1]
        gamma = w["gamma"] if c["scale"] else torch.ones(ch, dtype=DT)
        beta = w["beta"] if c["center"] else torch.zeros(ch, dtype=DT)
        return normalize(x, w["moving_mean"], w["moving_variance"], c["epsilon"], gamma, beta)
    if kind == "LayerNormalization":  # Keras counts the batch axis, as torch does here
        dims = tuple(a % x.dim() for a in (c["axis"] if isinstance(c["axis"], list) else [c["axis"]]))
        param_shape = [x.shape[d] for d in sorted(dims)]
        mean = torch.mean(x, dim=dims, keepdim=True)
        variance = torch.mean((x - mean) ** 2, dim=dims, keepdim=True)
        gamma = w["gamma"].reshape(param_shape) if c["scale"] else 1.0
        beta = w["beta"].reshape(param_shape) if c["center"] else 0.0
        return normalize(x, mean, variance, c["epsilon"], gamma, beta)
    if kind == "GroupNormalization":
        ch = x.shape[-1]
        groups = ch if c["groups"] == -1 else c["groups"]
        g = x.reshape(batch, -1, groups, ch // groups)
        mean = torch.mean(g, dim=(1, 3), keepdim=True)
        variance = torch.mean((g - mean) ** 2, dim=(1, 3), keepdim=True)
        y = ((g - mean) / torch.sqrt(variance + c["epsilon"])).reshape(x.shape)
        gamma = w["gamma"] if c["scale"] else 1.0
        beta = w["beta"] if c["center"] else 0.0
        return y * gamma + beta
    if kind == "UnitNormalization":  # Keras 3: x * rsqrt(max(sum x^2, epsilon^2)), epsilon 1e-12
        dims = normalized_dims(c.get("axis", -1), x.dim())
        return x / torch.sqrt(torch.clamp(torch.sum(x * x, dim=dims, keepdim=True), min=1e-24))
    if kind == "RMSNormalization":  # x * rsqrt(mean x^2 + epsilon) * scale, scale over the axes
        dims = normalized_dims(c.get("axis", -1), x.dim())
        scale = w["scale"].reshape([x.shape[d] for d in dims])
        return x * torch.rsqrt(torch.mean(x * x, dim=dims, keepdim=True) + c.get("epsilon", 1e-6)) * scale
    if kind == "RepeatVector":
        return x.unsqueeze(1).repeat(1, c["n"], 1)
    if kind == "Permute":  # Keras counts the sample's axes from 1, the batch axis 0 as torch's
        return x.permute(0, *c["dims"])
    if kind == "Resizing":
        return resizing(x, c)
    if kind == "CenterCrop":
        return center_crop(x, c)
    if kind == "RandomCrop":  # at inference: smart_resize (the image itself when already that size)
        return smart_resize(x, (c["height"], c["width"]))
    if kind in IDENTITIES:
        return x
    if kind == "Rescaling":  # Keras casts scale and offset to the layer's dtype, float32
        return x * f32(c["scale"]) + f32(c["offset"])
    if kind in ("Reshape", "Flatten"):
        return x.reshape(shape)
    if kind == "Embedding":
        table = w["embeddings"].reshape(c["input_dim"], c["output_dim"])
        return table[x.long()]
    if kind == "Concatenate":
        return torch.cat(xs, dim=c["axis"])
    if kind == "Add":
        y = xs[0]
        for other in xs[1:]:
            y = y + other
        return y
    if kind == "Multiply":
        y = xs[0]
        for other in xs[1:]:
            y = y * other
        return y
    if kind == "Subtract":
        assert len(xs) == 2
        return xs[0] - xs[1]
    if kind == "Average":  # Keras: the sum, left to right, over the number of inputs
        y = xs[0]
        for other in xs[1:]:
            y = y + other
        return y / len(xs)
    if kind == "Dot":
        return dot(xs, c, shape)
    if kind in ("Maximum", "Minimum"):
        y = xs[0]
        for other in xs[1:]:
            y = torch.maximum(y, other) if kind == "Maximum" else torch.minimum(y, other)
        return y
    raise ValueError("layer kind " + kind)


def run(model, dump, perturbation=None):
    """The model's outputs, float64, flattened and concatenated in the order of its outputs list
    (each output's whole batch in turn), as the dump's reference holds them. With `perturbation`
    (a torch.Generator), every layer's result is also multiplied by 1 + e, |e| <= 2^-23, drawn per
    value: what rounding to float32 after each layer can do, to measure how much the model itself
    amplifies such errors."""
    batch = dump["batch"]
    positions = dump["positions"]
    nodes = model["nodes"]
    if len(positions) != len(nodes):
        raise RuntimeError("model %d: %d positions for %d nodes" % (model["index"], len(positions), len(nodes)))
    arrays = {}
    if "weight_layers" in dump:
        # By layer (model.layers order): a shared layer's arrays once, for every call of it.
        check_layers(model, dump)
        for array, owner, name in zip(dump["weights"], dump["weight_layers"], dump["weight_names"]):
            arrays.setdefault(owner, {})[name] = torch.tensor(array, dtype=DT)
        weights_of = {node["id"]: arrays.get(node["layer"], {}) for node in nodes}
    else:  # a dump without layers: by the position of the owning layer's (first) call
        for array, position, name in zip(dump["weights"], dump["weight_positions"], dump["weight_names"]):
            arrays.setdefault(position, {})[name] = torch.tensor(array, dtype=DT)
        weights_of = {}
        for node in nodes:
            calls = [m for m in nodes if m["id"] == node["id"] or (node.get("shared") is not None and m.get("shared") == node["shared"])]
            weights_of[node["id"]] = next((arrays[positions[m["id"]]] for m in calls if positions[m["id"]] in arrays), {})
    values, next_input = {}, 0
    for node in nodes:
        if node["kind"] == "InputLayer":
            values[node["id"]] = torch.tensor(dump["inputs"][next_input], dtype=DT).reshape([batch] + node["shape"])
            next_input += 1
            continue
        xs = [values[i] for i in node["inputs"]]
        y = layer(node, xs, weights_of[node["id"]], batch)
        if list(y.shape) != [batch] + node["shape"]:
            raise RuntimeError("model %d, node %d (%s): shape %s, the generator says %s" % (
                model["index"], node["id"], node["kind"], list(y.shape[1:]), node["shape"]))
        if perturbation is not None and node["kind"] != "Embedding":
            e = torch.rand(y.shape, generator=perturbation, dtype=DT) * 2.0 - 1.0
            y = y * (1.0 + e * 2.0 ** -23)
        values[node["id"]] = y
    return torch.cat([values[v].reshape(-1) for v in model_outputs(model, dump)])


class LayerOrderError(RuntimeError):
    """ctnn's layers (model.layers order, a shared layer once) are not Keras's."""


def check_layers(model, dump):
    """ctnn's layer of each of the generator's values, and the owner of each weight array, against
    the generator's: each node's "layer" (Keras's model.layers order) and "shared" number (the
    calls of one layer)."""
    nodes, positions = model["nodes"], dump["positions"]
    ctnn_layer = [dump["layer_of_position"][positions[n["id"]]] for n in nodes]
    expected = [n["layer"] for n in nodes]
    if ctnn_layer != expected:
        wrong = [(n["id"], n["kind"], n["shared"], e, c) for n, e, c in zip(nodes, expected, ctnn_layer) if e != c]
        raise LayerOrderError("model %d: the layers of model.layers are not Keras's: (value, kind, shared, Keras's "
                              "layer, ctnn's) %s" % (model["index"], wrong))
    for n in nodes:  # one shared number, one layer; one layer, one shared number (or one node)
        calls = {m["id"] for m in nodes if m["layer"] == n["layer"]}
        same = {m["id"] for m in nodes if m["id"] == n["id"] or (n["shared"] is not None and m["shared"] == n["shared"])}
        if calls != same:
            raise LayerOrderError("model %d: value %d is a call of layer %d with values %s; the generator made it one "
                                  "with %s" % (model["index"], n["id"], n["layer"], sorted(calls), sorted(same)))
    owners = dump["weight_layers"]
    if owners != sorted(owners):
        raise LayerOrderError("model %d: the weight arrays are not in model.layers order: their layers %s" % (
            model["index"], owners))


def model_outputs(model, dump):
    """The model's outputs (node ids, in the order of outputs(...)), checked against the dump's
    floats per sample of each: the reference holds each output's whole batch in turn."""
    outputs = model.get("outputs") or [model["output"]]
    sizes = dump.get("output_sizes")
    if sizes is not None:
        per_sample = [math.prod(model["nodes"][v]["shape"]) for v in outputs]
        if per_sample != sizes:
            raise RuntimeError("model %d: outputs of %s floats per sample, the dump says %s" % (
                model["index"], per_sample, sizes))
    return outputs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", required=True, help="scripts/random_models.py describe output")
    parser.add_argument("--dumps", required=True, help="folder of model_<index>.json from the runner's --dump")
    parser.add_argument("--out", required=True, help="one line per model: index, kinds, output kind, difference")
    parser.add_argument("--tolerance", type=float, default=1e-4)
    parser.add_argument("--sensitivity-factor", type=float, default=8.0,
                        help="a difference within this many times the model's float32 sensitivity passes too")
    args = parser.parse_args()
    with open(args.models) as f:
        models = {m["index"]: m for m in json.load(f)["models"]}
    paths = sorted(glob.glob(os.path.join(args.dumps, "model_*.json")),
                   key=lambda p: int(os.path.basename(p)[6:-5]))
    if not paths:
        print("no dumps in " + args.dumps)
        return 1
    failures, worst = 0, 0.0
    with open(args.out, "w") as out:
        out.write("# index\tkinds\toutput kind\tdifference (reference vs torch float64)\tfloat32 sensitivity\n")
        for path in paths:
            with open(path) as f:
                dump = json.load(f)
            model = models[dump["index"]]
            try:
                expected = run(model, dump)
            except LayerOrderError as error:
                failures += 1
                print("FAILED %s" % error)
                out.write("%d\t%s\t%s\tinf\tnan\n" % (model["index"], ",".join(model["kinds"] + model["features"]),
                                                       model["nodes"][model_outputs(model, dump)[0]]["kind"]))
                continue
            reference = torch.tensor([math.nan if v is None else v for v in dump["reference"]], dtype=DT)
            scale = max(1.0, float(torch.max(torch.abs(expected))))
            difference = float(torch.max(torch.abs(reference - expected))) / scale
            if math.isnan(difference):
                difference = math.inf
            # The model's own sensitivity to float32 rounding: a difference within a few times
            # what it amplifies rounding to is float32 arithmetic, not a disagreement.
            generator = torch.Generator().manual_seed(dump["index"])
            sensitivity = max(float(torch.max(torch.abs(run(model, dump, generator) - expected))) / scale
                              for _ in range(3))
            worst = max(worst, difference)
            kinds = model["kinds"] + model["features"]
            out.write("%d\t%s\t%s\t%.6g\t%.6g\n" % (model["index"], ",".join(kinds),
                                                   model["nodes"][model_outputs(model, dump)[0]]["kind"], difference,
                                                   sensitivity))
            if not (difference <= args.tolerance or difference <= args.sensitivity_factor * sensitivity):
                failures += 1
                print("FAILED model %d (%s: %s): reference vs torch %.3g, float32 sensitivity %.3g" % (
                    model["index"], model["structure"], ",".join(kinds), difference, sensitivity))
            elif difference > args.tolerance:
                print("model %d (%s): reference vs torch %.3g, beyond %.1g but within %g x its float32 sensitivity "
                      "%.3g" % (model["index"], ",".join(kinds), difference, args.tolerance, args.sensitivity_factor,
                                sensitivity))
    print("torch float64: %d models, %d failed, worst difference %.3g (tolerance %.1g)" % (
        len(paths), failures, worst, args.tolerance))
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
