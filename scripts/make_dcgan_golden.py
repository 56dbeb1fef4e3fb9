#!/usr/bin/python3
"""Golden data for models F and G of bench/bench_models.hpp: PyTorch's DCGAN with known weights.

Models F and G are the generator and the discriminator of the PyTorch examples' DCGAN
(pytorch/examples dcgan/main.py: nz = 100, ngf = ndf = 64, nc = 3; 4x4 convolutions without bias,
BatchNorm2d with eps 1e-5, ReLU / LeakyReLU(0.2), Tanh / Sigmoid) written as ctnn types. This
script builds both networks in PyTorch, gives them weights, runs them in eval mode and writes
tests/golden/dcgan_data.txt, which tests/dcgan_test.cpp reads (in the record format of
tests/golden/make_golden.py, read by tests/support/golden_data.hpp; the test needs no PyTorch):

  case dcgan_generator       input: 2 noise vectors (torch.randn, seed 11), 1x1x100 each
  case dcgan_discriminator   input: none written; the test feeds it the generator's expected
                             images (D(G(z)), as a GAN uses it: 2 images 64x64x3 in [-1, 1])

Weights, in Keras get_weights() order and layout (what ctnn's set_weights takes): per layer the
kernel, then BatchNormalization gamma, beta, moving_mean, moving_variance. Conv2D kernels are
[kh, kw, in, out]; Conv2DTranspose kernels [kh, kw, out, in]. Both are PyTorch's weight
(Conv2d [out, in, kh, kw], ConvTranspose2d [in, out, kh, kw]) with its axes transposed by
(2, 3, 1, 0), and no spatial flip: Keras's Conv2DTranspose is the gradient (adjoint) of Conv2D
with the same kernel, and so is PyTorch's ConvTranspose2d of its Conv2d; check_layouts() proves
it numerically.

* The 6.3 M convolution weights are not written: each is a `fill <count> <seed> <scale>` line, a
  SplitMix64 stream that the test regenerates with ctnn::fill_uniform (make_golden.py's
  splitmix_fill here). They are uniform, not normal as in dcgan/main.py (a normal generator would
  need transcendental functions that round differently in numpy and C++), with the example's
  standard deviation 0.02: scale 0.02 * sqrt(3).
* The batch normalizations are written out (7424 values): gamma ~ N(1, 0.02) as dcgan/main.py
  draws it, beta uniform in [-0.25, 0.25] (the example's zeros would hide beta), and moving
  statistics that are neither PyTorch's initial 0 and 1 nor the batch's own: each channel's mean
  and variance over the golden batch, the mean moved by up to half a standard deviation and the
  variance scaled by a factor in [0.5, 2]. The activations stay of order 1 (nothing saturates)
  while a kernel that used batch statistics, the wrong epsilon or no moving statistics at all
  is far off; check_sensitivity() asserts that.

Precision: the weights and inputs are float32 values (what ctnn holds), the networks run in
float64 and the outputs are rounded to float32, so the expected numbers are the exact answer for
these float32 weights and the test's tolerance covers only ctnn's float32 arithmetic. The same
networks in float32 are run too, and their difference from float64 is printed (and written into
the data file's comments) as the scale of error float32 accumulation gives.

Every number is also recomputed without PyTorch, by numpy loops with Keras semantics on the
Keras-layout arrays (keras_forward), and must agree with PyTorch to 1e-12.

    /usr/bin/python3 scripts/make_dcgan_golden.py     # from anywhere; rewrites the data file

Deterministic: fixed seeds, one thread.
"""

import copy
import math
import os
import sys
import zlib

import numpy as np
import torch
from torch import nn

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "golden"))
from make_golden import _check_splitmix, fmt_line, splitmix_fill  # noqa: E402  (the shared fill)

DATA_PATH = os.path.join(ROOT, "tests", "golden", "dcgan_data.txt")
NZ, NGF, NDF, NC = 100, 64, 64, 3
BATCH = 2
EPS = 1e-5
KERNEL_SCALE = float(np.float32(0.02 * math.sqrt(3.0)))  # uniform [-a, a] has sd a / sqrt(3)
# dcgan/main.py's counts: PyTorch's parameters() (Keras's trainable weights); the moving
# statistics are buffers, Keras's non-trainable weights.
PYTORCH_PARAMS = {"dcgan_generator": 3_576_704, "dcgan_discriminator": 2_765_568}
torch.set_num_threads(1)


def generator():
    def up(cin, cout, stride, pad):
        return nn.ConvTranspose2d(cin, cout, 4, stride, pad, bias=False)
    return nn.Sequential(
        up(NZ, NGF * 8, 1, 0), nn.BatchNorm2d(NGF * 8), nn.ReLU(True),
        up(NGF * 8, NGF * 4, 2, 1), nn.BatchNorm2d(NGF * 4), nn.ReLU(True),
        up(NGF * 4, NGF * 2, 2, 1), nn.BatchNorm2d(NGF * 2), nn.ReLU(True),
        up(NGF * 2, NGF, 2, 1), nn.BatchNorm2d(NGF), nn.ReLU(True),
        up(NGF, NC, 2, 1), nn.Tanh())


def discriminator():
    def down(cin, cout, stride, pad):
        return nn.Conv2d(cin, cout, 4, stride, pad, bias=False)
    return nn.Sequential(
        down(NC, NDF, 2, 1), nn.LeakyReLU(0.2, inplace=True),
        down(NDF, NDF * 2, 2, 1), nn.BatchNorm2d(NDF * 2), nn.LeakyReLU(0.2, inplace=True),
        down(NDF * 2, NDF * 4, 2, 1), nn.BatchNorm2d(NDF * 4), nn.LeakyReLU(0.2, inplace=True),
        down(NDF * 4, NDF * 8, 2, 1), nn.BatchNorm2d(NDF * 8), nn.LeakyReLU(0.2, inplace=True),
        down(NDF * 8, 1, 1, 0), nn.Sigmoid())


def to_torch_kernel(keras_kernel):
    """Keras [kh, kw, a, b] -> PyTorch [b, a, kh, kw]: Conv2D [kh, kw, in, out] -> Conv2d
    [out, in, kh, kw], and Conv2DTranspose [kh, kw, out, in] -> ConvTranspose2d [in, out, kh, kw]."""
    return np.ascontiguousarray(keras_kernel.transpose(3, 2, 0, 1))


def to_keras_kernel(torch_weight):
    return np.ascontiguousarray(torch_weight.detach().cpu().numpy().transpose(2, 3, 1, 0))


# ---------------------------------------------------------------------------------------------
# Keras semantics in numpy, from the Keras-layout arrays (no PyTorch)
# ---------------------------------------------------------------------------------------------
def same_padding(n, k, s):
    """TensorFlow's 'same': output ceil(n / s), the odd padding cell after."""
    out = -(-n // s)
    total = max((out - 1) * s + k - n, 0)
    return out, total // 2, total - total // 2


def keras_conv2d(x, kernel, stride, padding):
    """Keras Conv2D (no bias): x [n, h, w, in] (NHWC), kernel [kh, kw, in, out]."""
    n, h, w, _ = x.shape
    kh, kw, _, cout = kernel.shape
    if padding == "same":
        oh, top, bottom = same_padding(h, kh, stride)
        ow, left, right = same_padding(w, kw, stride)
    else:
        oh, ow, top, bottom, left, right = (h - kh) // stride + 1, (w - kw) // stride + 1, 0, 0, 0, 0
    padded = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)))
    y = np.zeros((n, oh, ow, cout))
    for a in range(kh):
        for b in range(kw):
            window = padded[:, a:a + stride * (oh - 1) + 1:stride, b:b + stride * (ow - 1) + 1:stride, :]
            y += window @ kernel[a, b]
    return y


def keras_conv2d_transpose(x, kernel, stride, padding):
    """Keras Conv2DTranspose (no bias): x [n, h, w, in], kernel [kh, kw, out, in]. Every input
    pixel scatters kernel[a, b] @ x to output cell (i * stride + a, j * stride + b) of the full
    result, which 'same' then crops to h * stride rows (the odd cropped row after, as the
    forward convolution pads)."""
    n, h, w, _ = x.shape
    kh, kw, cout, _ = kernel.shape
    full = np.zeros((n, (h - 1) * stride + kh, (w - 1) * stride + kw, cout))
    for a in range(kh):
        for b in range(kw):
            full[:, a:a + stride * (h - 1) + 1:stride, b:b + stride * (w - 1) + 1:stride, :] += x @ kernel[a, b].T
    if padding == "valid":
        return full
    oh, ow = h * stride, w * stride
    top, left = (full.shape[1] - oh) // 2, (full.shape[2] - ow) // 2
    return full[:, top:top + oh, left:left + ow, :]


def keras_batch_norm(x, gamma, beta, mean, variance):
    return (x - mean) / np.sqrt(variance + EPS) * gamma + beta


def keras_forward(layers, arrays, x):
    """The network of `layers` (make_golden-style tuples) with `arrays` in Keras order."""
    arrays = iter(arrays)
    for kind, *options in layers:
        if kind == "conv2d":
            x = keras_conv2d(x, next(arrays).astype(np.float64), *options)
        elif kind == "conv2d_transpose":
            x = keras_conv2d_transpose(x, next(arrays).astype(np.float64), *options)
        elif kind == "batch_normalization":
            x = keras_batch_norm(x, *(next(arrays).astype(np.float64) for _ in range(4)))
        elif kind == "relu":
            x = np.maximum(x, 0)
        elif kind == "leaky_relu":
            x = np.where(x >= 0, x, 0.2 * x)
        elif kind == "tanh":
            x = np.tanh(x)
        elif kind == "sigmoid":
            x = 1 / (1 + np.exp(-x))
    return x


def keras_layers(net):
    """The Keras layers of a PyTorch DCGAN network (PyTorch's padding 1 at stride 2 with a 4x4
    kernel is Keras's 'same'; padding 0 is 'valid')."""
    layers = []
    for module in net:
        if isinstance(module, (nn.Conv2d, nn.ConvTranspose2d)):
            kind = "conv2d" if isinstance(module, nn.Conv2d) else "conv2d_transpose"
            padding = {(2, 1): "same", (1, 0): "valid"}[(module.stride[0], module.padding[0])]
            layers.append((kind, module.stride[0], padding))
        elif isinstance(module, nn.BatchNorm2d):
            assert module.eps == EPS
            layers.append(("batch_normalization",))
        elif isinstance(module, nn.LeakyReLU):
            assert module.negative_slope == 0.2
            layers.append(("leaky_relu",))
        else:
            layers.append(({nn.ReLU: "relu", nn.Tanh: "tanh", nn.Sigmoid: "sigmoid"}[type(module)],))
    return layers


def check_layouts():
    """The kernel conversion and the padding rules, on small random tensors in float64.

    1. The adjoint identity <conv2d(u, K), v> == <u, conv2d_transpose(v, K)> for one Keras-layout
       K: keras_conv2d_transpose is the gradient of keras_conv2d (Keras's definition of
       Conv2DTranspose, TF's conv2d_backprop_input), 'same' at stride 2 and 'valid' at stride 1.
    2. PyTorch's ConvTranspose2d and Conv2d with to_torch_kernel(K) give the same numbers as
       those, and a spatially flipped kernel does not.
    """
    rng = np.random.default_rng(5)
    for stride, padding, torch_padding, h in ((2, "same", 1, 3), (1, "valid", 0, 1), (2, "same", 1, 4)):
        kernel = rng.standard_normal((4, 4, 5, 7))  # Conv2DTranspose [kh, kw, out 5, in 7]
        v = rng.standard_normal((2, h, h, 7))
        y = keras_conv2d_transpose(v, kernel, stride, padding)
        u = rng.standard_normal(y.shape)
        forward = keras_conv2d(u, kernel, stride, padding)  # as Conv2D [kh, kw, in 5, out 7]
        assert forward.shape == v.shape, (forward.shape, v.shape)
        assert abs(np.sum(forward * v) - np.sum(u * y)) < 1e-10 * np.sum(np.abs(u * y))

        def nchw(a):
            return torch.from_numpy(np.ascontiguousarray(a.transpose(0, 3, 1, 2)))

        def torch_transposed(k):
            out = nn.functional.conv_transpose2d(nchw(v), torch.from_numpy(to_torch_kernel(k)), None, stride, torch_padding)
            return out.numpy().transpose(0, 2, 3, 1)

        assert np.abs(torch_transposed(kernel) - y).max() < 1e-12
        assert np.abs(torch_transposed(kernel[::-1, ::-1]) - y).max() > 0.1
        torch_conv = nn.functional.conv2d(nchw(u), torch.from_numpy(to_torch_kernel(kernel)), None, stride, torch_padding)
        assert np.abs(torch_conv.numpy().transpose(0, 2, 3, 1) - forward).max() < 1e-12


# ---------------------------------------------------------------------------------------------
# Weights
# ---------------------------------------------------------------------------------------------
class KerasArray:
    """One array in Keras order: a SplitMix64 fill (seed, scale) or literal float32 values."""

    def __init__(self, values, fill=None):
        self.values, self.fill = np.asarray(values, dtype=np.float32), fill


def set_weights(case, net, x):
    """Gives `net` (float64) its weights, choosing the moving statistics from the activations
    that `x` produces (see the module docstring); returns them in Keras order."""
    generator_rng = torch.Generator().manual_seed(zlib.crc32(case.encode()))

    def uniform(channels, low, high):
        return torch.rand(channels, generator=generator_rng, dtype=torch.float64) * (high - low) + low

    arrays = []
    with torch.no_grad():
        for index, module in enumerate(net):
            if isinstance(module, (nn.Conv2d, nn.ConvTranspose2d)):
                shape = tuple(module.weight.shape[i] for i in (2, 3, 1, 0))  # Keras layout
                seed = zlib.crc32(("%s/%d" % (case, index)).encode())
                values = splitmix_fill(seed, int(np.prod(shape)), KERNEL_SCALE).reshape(shape)
                module.weight.copy_(torch.from_numpy(to_torch_kernel(values)))
                arrays.append(KerasArray(values, fill=(seed, KERNEL_SCALE)))
            elif isinstance(module, nn.BatchNorm2d):
                channels = module.num_features
                mean = x.mean(dim=(0, 2, 3))
                sd = x.var(dim=(0, 2, 3), unbiased=False).sqrt()
                gamma = 1 + 0.02 * torch.randn(channels, generator=generator_rng, dtype=torch.float64)
                beta = uniform(channels, -0.25, 0.25)
                moving_mean = mean + sd * uniform(channels, -0.5, 0.5)
                moving_variance = sd.square() * torch.exp2(uniform(channels, -1, 1))
                bn = [gamma, beta, moving_mean, moving_variance]
                bn = [torch.from_numpy(a.numpy().astype(np.float32).astype(np.float64)) for a in bn]
                for target, value in zip((module.weight, module.bias, module.running_mean, module.running_var), bn):
                    target.copy_(value)
                arrays.extend(KerasArray(a.numpy()) for a in bn)
            x = module(x)
    return arrays


def check_keras_order(net, arrays):
    """What PyTorch holds, read back in Keras order and layout, is what is written."""
    read_back = []
    for module in net:
        if isinstance(module, (nn.Conv2d, nn.ConvTranspose2d)):
            read_back.append(to_keras_kernel(module.weight))
        elif isinstance(module, nn.BatchNorm2d):
            read_back += [t.detach().numpy() for t in (module.weight, module.bias, module.running_mean, module.running_var)]
    assert len(read_back) == len(arrays)
    for got, array in zip(read_back, arrays):
        assert got.shape == array.values.shape and np.array_equal(got, array.values.astype(np.float64))


def check_sensitivity(case, net, x, expected):
    """The golden output tells the right batch normalization from the usual wrong ones, and a
    transposed convolution from its flipped twin, by far more than any float32 tolerance."""
    def run(model):
        with torch.no_grad():
            return nhwc(model(x))

    mistakes = {}
    variant = evaluation_copy(net).train()  # batch statistics instead of the moving ones
    mistakes["batch statistics"] = run(variant)
    variant = evaluation_copy(net)
    for module in variant:
        if isinstance(module, nn.BatchNorm2d):
            module.eps = 1e-3  # Keras's default epsilon
    mistakes["epsilon 1e-3"] = run(variant)
    variant = evaluation_copy(net)
    for module in variant:
        if isinstance(module, nn.BatchNorm2d):
            module.running_mean.zero_(), module.running_var.fill_(1)
    mistakes["initial moving statistics"] = run(variant)
    variant = evaluation_copy(net)
    with torch.no_grad():
        for module in variant:
            if isinstance(module, (nn.Conv2d, nn.ConvTranspose2d)):
                module.weight.copy_(module.weight.flip(2, 3))
    mistakes["spatially flipped kernels"] = run(variant)
    for what, output in mistakes.items():
        difference = np.abs(output - expected).max()
        assert difference > 1e-3, (case, what, difference)
        print("  %-28s changes the output by up to %.3g" % (what, difference))


def evaluation_copy(net):
    return copy.deepcopy(net).eval()


def nhwc(t):
    return t.detach().numpy().transpose(0, 2, 3, 1)


def run_case(case, net, x_nchw):
    """Weights, checks and the record lines of one case; returns (lines, float32 output NHWC)."""
    net = net.double().eval()  # eval before set_weights runs it: training mode updates the moving statistics
    arrays = set_weights(case, net, x_nchw)
    check_keras_order(net, arrays)
    with torch.no_grad():
        expected = nhwc(net(x_nchw))
        float32_difference = np.abs(nhwc(evaluation_copy(net).float()(x_nchw.float())) - expected).max()

    numpy_output = keras_forward(keras_layers(net), [a.values for a in arrays], nhwc(x_nchw))
    numpy_output = numpy_output.reshape(expected.shape)
    assert np.abs(numpy_output - expected).max() < 1e-12, (case, np.abs(numpy_output - expected).max())

    pytorch_params = sum(p.numel() for p in net.parameters())
    running_statistics = sum(m.running_mean.numel() + m.running_var.numel() for m in net if isinstance(m, nn.BatchNorm2d))
    assert pytorch_params == PYTORCH_PARAMS[case], pytorch_params
    print("%s: PyTorch parameters() %d, running statistics %d; output in [%.3f, %.3f], sd %.3f; "
          "PyTorch float32 differs from float64 by up to %.3g"
          % (case, pytorch_params, running_statistics, expected.min(), expected.max(), expected.std(), float32_difference))
    check_sensitivity(case, net, x_nchw, expected)

    lines = ["# %s: PyTorch parameters() %d (Keras trainable), running statistics %d (non-trainable); "
             "PyTorch in float32 differs from this float64 output by up to %.3g"
             % (case, pytorch_params, running_statistics, float32_difference),
             "case " + case]
    lines.append(fmt_line("input", nhwc(x_nchw)) if case == "dcgan_generator" else
                 "# input: the output of case dcgan_generator, the generator's two images")
    lines.append("weights %d" % len(arrays))
    for array in arrays:
        if array.fill is not None:
            lines.append("fill %d %d %s" % (array.values.size, array.fill[0], "%.9g" % array.fill[1]))
        else:
            lines.append(fmt_line("w", array.values))
    lines.append(fmt_line("output", expected))
    return lines, expected.astype(np.float32)


def main():
    _check_splitmix()
    check_layouts()
    torch.manual_seed(11)
    noise = torch.randn(BATCH, NZ, 1, 1).double()  # float32 values, as the file holds them
    data = [
        "# GENERATED by scripts/make_dcgan_golden.py -- DO NOT EDIT.",
        "# Models F and G of bench/bench_models.hpp (the PyTorch examples' DCGAN), PyTorch float64, eval mode,",
        "# rounded to float32; inputs and outputs NHWC, weights in Keras get_weights() order and layout.",
        "# Regenerate with: /usr/bin/python3 scripts/make_dcgan_golden.py",
        "# Record: case / input / weights k / (w|fill) x k / output.  Batch size %d." % BATCH,
        "# fill <count> <seed> <scale>: SplitMix64, u=(next()>>40)*2^-24, v=f32(scale)*f32(2u-1).",
    ]
    lines, images = run_case("dcgan_generator", generator(), noise)
    data += lines
    images_nchw = torch.from_numpy(np.ascontiguousarray(images.astype(np.float64).transpose(0, 3, 1, 2)))
    lines, _ = run_case("dcgan_discriminator", discriminator(), images_nchw)
    data += lines
    with open(DATA_PATH, "w") as f:
        f.write("\n".join(data) + "\n")
    print("%s: %d bytes" % (DATA_PATH, os.path.getsize(DATA_PATH)))


if __name__ == "__main__":
    main()
