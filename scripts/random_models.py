#!/usr/bin/env python3
"""Random, valid ctnn models, emitted as C++ types (issue 12: the engine against the reference).

Each model is drawn from its own stream, seeded with (--seed, model index), so model 7 is the
same model whichever file it lands in and however many are generated. A model is sequential
(`ctnn::sequential<...>`) or functional (`ctnn::functional(ctnn::inputs(...), output)` with
merges (element-wise, concatenations, Dot's products of two values), twin layers
`layer_id<Layer, N>`, a value read twice `again(h)`, inputs of one shape `input<...>::id<N>`,
sometimes several outputs `outputs(a, b, ...)`: the last value with intermediate ones, at times
one listed twice or a model input; and, in the models whose focus is "shared", shared layers
`shared<Layer, N>`: one layer called on two or three values, see shared_block). Each layer is drawn as a Keras
configuration (what a file would hold) and read by ctnn itself, `ctnn-keras-type --layers`
(--oracle): the layer's header gives its C++ type and output shape, or refuses it by its rules,
and a refused layer is drawn again. So every model written compiles, and no shape rule or C++
spelling is copied here. Each model is made to contain one "focus" entry in turn, so that any run
of len(FOCUS) consecutive models covers every layer kind and graph feature (the first 50 entries
are those of the 50 committed models; "shared", the 51st, has its own committed file, written with
--focus shared): an entry is one kind or
feature, two a model holds together ("CenterCrop+RandomCrop", "twin+again"), or "augmentation",
a sequential model into which every layer that is the identity at inference on any shape (the 26
image augmentations, ActivityRegularization, Dropout, GaussianNoise, GaussianDropout) is inserted.

Commands (plain python3, no third-party module; emit, describe and check run ctnn-keras-type):

  random_models.py emit --first 0 --count 50 --out FILE.cpp   C++ source of models [first, first+count)
  random_models.py describe --count 500 --out models.json      every model as data (for the torch check)
  random_models.py check --first 0 --count 50 FILE.cpp         FILE is what `emit` writes (exit 1 if not)
  (emit, check and describe take --focus ENTRY: every model of the range drawn with that FOCUS entry
  instead of its own, e.g. --first 50 --count 10 --focus shared; describe takes --first too)
  random_models.py table RESULTS.tsv... [--torch TORCH.tsv]    the worst difference per layer kind

The driver (tests/random_models/random_models.hpp) gives the models seeded weights and inputs and
compares the fused engine with the reference path; scripts/check_random_against_torch.py
recomputes a sample with PyTorch; scripts/stress.sh runs it all.
"""

import argparse
import json
import os
import random
import subprocess
import sys

DEFAULT_SEED = 20261129

MAX_HW = 16  # rows and columns of any image
MAX_STEPS = MAX_HW * 4  # steps of any sequence
MAX_C = 16  # channels, dense units
MAX_SIZE = 1024  # floats in one sample of any value

ACTIVATIONS = ["linear", "relu", "sigmoid", "tanh", "selu", "leaky_relu", "elu", "silu", "gelu", "softplus",
               "relu6", "softmax", "softsign", "exponential", "mish", "celu", "log_sigmoid", "hard_tanh",
               "tanh_shrink", "squareplus", "sparse_plus", "soft_shrink", "hard_shrink", "hard_silu",
               "sparse_sigmoid", "log_softmax"]

# The Keras layers that transform their input at random in training and are the identity at
# inference, on any shape (ctnn/layers/image_augmentation.hpp): one focus entry covers them all.
AUGMENTATIONS = ["RandomFlip", "RandomRotation", "RandomZoom", "RandomTranslation", "RandomContrast",
                 "RandomBrightness", "RandomHeight", "RandomWidth", "RandomGrayscale", "RandomHue", "RandomSaturation",
                 "RandomSharpness", "RandomShear", "RandomColorDegeneration", "RandomColorJitter",
                 "RandomPosterization", "RandomInvert", "RandomErasing", "RandomGaussianBlur", "RandomPerspective",
                 "RandomElasticTransform", "Solarization", "AugMix", "CutMix", "MixUp", "RandAugment"]
# Every layer kind ctnn has (Keras class), and the graph features the functional models use (GRAPH_FEATURES):
# one entry per model in turn, at most 50 so that the 50 models of CI cover them. An entry "A+B" asks for
# both kinds in one model; "augmentation" for every kind of FOCUS_GROUPS["augmentation"].
FOCUS = ["Dense", "Conv2D", "Conv2DTranspose", "UpSampling2D", "ZeroPadding2D", "Cropping2D", "MaxPooling2D",
         "AveragePooling2D", "GlobalAveragePooling2D", "GlobalMaxPooling2D", "Activation", "LeakyReLU", "ReLU",
         "ELU", "Softmax", "PReLU", "BatchNormalization", "LayerNormalization", "GroupNormalization",
         "SpatialDropout2D", "Rescaling", "Reshape", "Flatten", "Embedding",
         "Conv1D", "MaxPooling1D", "AveragePooling1D", "GlobalAveragePooling1D", "GlobalMaxPooling1D",
         "ZeroPadding1D+Cropping1D", "UpSampling1D+Conv1DTranspose", "SpatialDropout1D", "DepthwiseConv2D", "SeparableConv2D",
         "DepthwiseConv1D+SeparableConv1D",
         "RepeatVector", "Permute", "Resizing", "CenterCrop+RandomCrop", "UnitNormalization+RMSNormalization",
         "Concatenate", "Add", "Subtract", "Multiply", "Average", "Maximum+Minimum", "Dot", "twin+again", "outputs",
         "augmentation",
         # Beyond the 50 of CI's committed models (tests/random_models/models_0_25.cpp, models_25_25.cpp),
         # which stay as they were: tests/random_models/models_shared.cpp holds models of this entry.
         "shared"]
# The graph features only a functional model has: twin layers (layer_id), a value read twice by one
# merge (again), several outputs (outputs(...)), shared layers (shared<Layer, N>, only where the
# focus asks for them: the models of the other entries stay as they were).
GRAPH_FEATURES = {"twin", "again", "outputs", "shared"}
# How often a functional model whose focus does not ask for them has several outputs.
SEVERAL_OUTPUTS = 0.25
# The identities at inference that accept any shape: the "augmentation" model holds each of them.
FOCUS_GROUPS = {"augmentation": AUGMENTATIONS + ["ActivityRegularization", "Dropout", "GaussianNoise", "GaussianDropout"]}
# The merges of values of one shape; Subtract takes exactly two.
ELEMENTWISE_MERGES = ["Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum"]
MERGES = {"Concatenate", "Dot", *ELEMENTWISE_MERGES}
# How often a residual merge or a join of two values is a Dot instead; in a model whose focus is Dot.
# Drawn from a stream of its own (Graph.dot_rng), which leaves every other draw as it was.
DOT_SHARE, DOT_SHARE_FOCUS = 0.15, 0.6
ELEMENTWISE = ["Activation", "LeakyReLU", "ReLU", "ELU", "Rescaling", "BatchNormalization"]
# The producers whose element-wise successors the fused engine computes with them (their epilogue).
PRODUCERS = ["Dense", "Conv2D", "Conv2DTranspose", "Conv1D", "DepthwiseConv2D", "SeparableConv2D", "DepthwiseConv1D",
             "SeparableConv1D", "Conv1DTranspose"]
# The layers that are the identity at inference (a model is never its input through them alone).
IDENTITIES = ["Dropout", "GaussianNoise", "GaussianDropout", "SpatialDropout2D", "SpatialDropout1D",
              "ActivityRegularization"] + AUGMENTATIONS


def focus_kinds(focus):
    """The layer kinds (or features) a model of this focus entry must contain."""
    return set(FOCUS_GROUPS.get(focus) or focus.split("+"))


def elementwise_merges_for(values):
    """The element-wise merges that may join `values`: Subtract only two values, and not one value
    and itself (always zero: the rest of the model would not depend on its input)."""
    return [k for k in ELEMENTWISE_MERGES if k != "Subtract" or (len(values) == 2 and values[0] != values[1])]


def boosted_merges(kinds, focus):
    """The merges of `kinds` the focus entry asks for, drawn once more each."""
    return [k for k in kinds if k in focus_kinds(focus)]


def size_of(shape):
    n = 1
    for d in shape:
        n *= d
    return n


class Layer:
    """One layer applied to one value: its Keras class, C++ type, configuration and output shape."""

    def __init__(self, kind, cpp, config, out):
        self.kind, self.cpp, self.config, self.out = kind, cpp, config, tuple(out)


# ---- ctnn's own reading of a layer ----------------------------------------------------------------

class Refused(Exception):
    """A layer ctnn cannot be: the message is the broken rule's."""


class Oracle:
    """ctnn's readers (`ctnn-keras-type --layers`): a Keras class, its configuration as a file holds
    it and the extents of the values it reads give the layer's C++ type and output extents, or the
    rule it breaks. The makers below draw configurations and keep those ctnn accepts, so the shape
    rules and the C++ spellings are the layer headers' own: none is copied here."""

    def __init__(self, path):
        self.path, self.process, self.cache = path, None, {}

    def read(self, kind, config, inputs):
        request = json.dumps({"class_name": kind, "config": config, "inputs": [list(s) for s in inputs]}, sort_keys=True)
        if request not in self.cache:
            if self.process is None:
                try:
                    self.process = subprocess.Popen([self.path, "--layers"], stdin=subprocess.PIPE,
                                                    stdout=subprocess.PIPE, text=True)
                except OSError as error:
                    raise SystemExit("random_models.py: cannot run %s (%s): build ctnn-keras-type "
                                     "(cmake --build build/gcc --target ctnn-keras-type) or give --oracle" % (self.path, error))
            self.process.stdin.write(request + "\n")
            self.process.stdin.flush()
            self.cache[request] = json.loads(self.process.stdout.readline())
        reply = self.cache[request]
        if "error" in reply:
            raise Refused(reply["error"])
        return reply["cpp"], tuple(reply["output"])


ORACLE = None  # the Oracle of this run (main() makes it)


def make(kind, config, shape):
    """The layer `kind` configured as `config` on a value of `shape`, or None when ctnn refuses it."""
    try:
        cpp, out = ORACLE.read(kind, config, [shape])
    except Refused:
        return None
    return Layer(kind, cpp, config, out)


# ---- One layer for a value of a given shape: Keras configurations, drawn ------------------------

def pick_activation(rng, linear_weight=6):
    return rng.choices(ACTIVATIONS, weights=[linear_weight] + [1] * (len(ACTIVATIONS) - 1))[0]


def pair(rng, low, high, square=0.7):
    """A kernel, stride or pool size: the same on both axes more often than not."""
    return [rng.randint(low, high)] * 2 if rng.random() < square else [rng.randint(low, high), rng.randint(low, high)]


def make_dense(rng, shape, units=None):
    config = {"units": units or rng.randint(1, MAX_C), "activation": pick_activation(rng), "use_bias": rng.random() < 0.8}
    return make("Dense", config, shape)


def make_conv2d(rng, shape, filters=None, same=None, stride_one=False):
    for _ in range(20):
        strides = [1, 1] if stride_one or rng.random() < 0.5 else pair(rng, 1, 3)
        config = {"filters": filters or rng.randint(1, MAX_C), "kernel_size": pair(rng, 1, 4), "strides": strides,
                  "padding": "same" if (rng.random() < 0.5 if same is None else same) else "valid",
                  "dilation_rate": [rng.randint(1, 3), rng.randint(1, 3)] if rng.random() < 0.3 else [1, 1],
                  "activation": pick_activation(rng), "use_bias": rng.random() < 0.8}
        layer = make("Conv2D", config, shape)
        if layer is not None:
            return layer
    return None


def make_depthwise_conv2d(rng, shape):
    for _ in range(20):
        strides = [1, 1] if rng.random() < 0.6 else pair(rng, 1, 2)
        config = {"kernel_size": pair(rng, 1, 5), "strides": strides,
                  "padding": "same" if rng.random() < 0.6 else "valid",
                  "depth_multiplier": rng.choice([1, 1, 1, 2, 3]),
                  "dilation_rate": [rng.randint(1, 2), rng.randint(1, 2)] if rng.random() < 0.25 else [1, 1],
                  "activation": pick_activation(rng), "use_bias": rng.random() < 0.6}
        layer = make("DepthwiseConv2D", config, shape)
        if fits(layer):
            return layer
    return None


def make_separable_conv2d(rng, shape):
    for _ in range(20):
        strides = [1, 1] if rng.random() < 0.6 else pair(rng, 1, 2)
        config = {"filters": rng.randint(1, MAX_C), "kernel_size": pair(rng, 1, 4), "strides": strides,
                  "padding": "same" if rng.random() < 0.6 else "valid",
                  "dilation_rate": [rng.randint(1, 2), rng.randint(1, 2)] if rng.random() < 0.25 else [1, 1],
                  "depth_multiplier": rng.choice([1, 1, 2]), "activation": pick_activation(rng),
                  "use_bias": rng.random() < 0.6}
        layer = make("SeparableConv2D", config, shape)
        if fits(layer):
            return layer
    return None


def make_depthwise_conv1d(rng, shape):
    for _ in range(20):
        config = {"kernel_size": [rng.randint(1, 5)], "strides": [1 if rng.random() < 0.6 else rng.randint(1, 3)],
                  "padding": "same" if rng.random() < 0.6 else "valid", "depth_multiplier": rng.choice([1, 1, 2, 3]),
                  "dilation_rate": [rng.randint(1, 3) if rng.random() < 0.3 else 1],
                  "activation": pick_activation(rng), "use_bias": rng.random() < 0.6}
        layer = make("DepthwiseConv1D", config, shape)
        if fits(layer):
            return layer
    return None


def make_separable_conv1d(rng, shape):
    for _ in range(20):
        config = {"filters": rng.randint(1, MAX_C), "kernel_size": [rng.randint(1, 5)],
                  "strides": [1 if rng.random() < 0.6 else rng.randint(1, 3)],
                  "padding": rng.choice(["same", "same", "valid", "causal"]),
                  "dilation_rate": [rng.randint(1, 3) if rng.random() < 0.3 else 1],
                  "depth_multiplier": rng.choice([1, 1, 2]), "activation": pick_activation(rng),
                  "use_bias": rng.random() < 0.6}
        layer = make("SeparableConv1D", config, shape)
        if fits(layer):
            return layer
    return None


def make_conv2d_transpose(rng, shape):
    for _ in range(30):
        strides = [1, 1] if rng.random() < 0.3 else pair(rng, 1, 3)
        config = {"filters": rng.randint(1, MAX_C), "kernel_size": pair(rng, 1, 4), "strides": strides,
                  "padding": "same" if rng.random() < 0.5 else "valid",
                  "output_padding": [rng.randint(0, strides[0] - 1), rng.randint(0, strides[1] - 1)]
                  if rng.random() < 0.35 else None,
                  "dilation_rate": [rng.randint(1, 2), rng.randint(1, 2)] if rng.random() < 0.3 else [1, 1],
                  "activation": pick_activation(rng), "use_bias": rng.random() < 0.8}
        layer = make("Conv2DTranspose", config, shape)
        if fits(layer):
            return layer
    return None


def make_upsampling(rng, shape):
    for _ in range(10):
        config = {"size": pair(rng, 1, 3, square=0.6), "interpolation": "bilinear" if rng.random() < 0.4 else "nearest"}
        layer = make("UpSampling2D", config, shape)
        if fits(layer):
            return layer
    return None


def make_zero_padding(rng, shape):
    return make("ZeroPadding2D", {"padding": [[rng.randint(0, 2), rng.randint(0, 2)], [rng.randint(0, 2), rng.randint(0, 2)]]},
                shape)


def make_cropping(rng, shape, rows_only=False, columns_only=False):
    rows = [0, 0] if columns_only else [rng.randint(0, 2), rng.randint(0, 2)]
    columns = [0, 0] if rows_only else [rng.randint(0, 2), rng.randint(0, 2)]
    if rows + columns == [0, 0, 0, 0]:
        return None  # a crop that crops
    return make("Cropping2D", {"cropping": [rows, columns]}, shape)


def make_pooling(rng, shape, kind, same=None, stride_one=False):
    for _ in range(10):
        pool = pair(rng, 1, 3)
        strides = [1, 1] if stride_one else [rng.randint(1, 3), rng.randint(1, 3)] if rng.random() < 0.5 else pool
        config = {"pool_size": pool, "strides": strides,
                  "padding": "same" if (rng.random() < 0.4 if same is None else same) else "valid"}
        layer = make(kind, config, shape)
        if layer is not None:
            return layer
    return None


def make_global_pooling(rng, shape, kind):
    return make(kind, {"keepdims": rng.random() < 0.3}, shape)


# The 1-D layers, on sequences (steps, channels); Keras writes their sizes as lists of one ([3]).

def make_conv1d(rng, shape, filters=None, same=None, stride_one=False):
    """Conv1D; `same`: a padding that keeps the steps with stride 1 ('same' or 'causal'), or not
    ('valid'), or either."""
    for _ in range(20):
        padding = rng.choice(["same", "causal"] if same else ["valid"] if same is False else ["valid", "valid", "same", "causal"])
        config = {"filters": filters or rng.randint(1, MAX_C), "kernel_size": [rng.randint(1, 5)],
                  "strides": [1 if stride_one or rng.random() < 0.6 else rng.randint(1, 3)], "padding": padding,
                  "dilation_rate": [rng.randint(1, 3) if rng.random() < 0.35 else 1],
                  "activation": pick_activation(rng), "use_bias": rng.random() < 0.8}
        layer = make("Conv1D", config, shape)
        if fits(layer):
            return layer
    return None


def make_conv1d_transpose(rng, shape):
    for _ in range(30):
        strides = 1 if rng.random() < 0.3 else rng.randint(1, 3)
        config = {"filters": rng.randint(1, MAX_C), "kernel_size": [rng.randint(1, 4)], "strides": [strides],
                  "padding": "same" if rng.random() < 0.5 else "valid",
                  "output_padding": [rng.randint(0, strides - 1)] if rng.random() < 0.35 else None,
                  "dilation_rate": [rng.randint(1, 2) if rng.random() < 0.3 else 1],
                  "activation": pick_activation(rng), "use_bias": rng.random() < 0.8}
        layer = make("Conv1DTranspose", config, shape)
        if fits(layer):
            return layer
    return None


def make_pooling1d(rng, shape, kind, same=None, stride_one=False):
    for _ in range(10):
        pool = rng.randint(1, 4)
        strides = 1 if stride_one else rng.randint(1, 3) if rng.random() < 0.5 else pool
        config = {"pool_size": [pool], "strides": [strides],
                  "padding": "same" if (rng.random() < 0.4 if same is None else same) else "valid"}
        layer = make(kind, config, shape)
        if layer is not None:
            return layer
    return None


def make_zero_padding1d(rng, shape):
    return make("ZeroPadding1D", {"padding": [rng.randint(0, 3), rng.randint(0, 3)]}, shape)


def make_cropping1d(rng, shape):
    cropping = [rng.randint(0, 3), rng.randint(0, 3)]
    if cropping == [0, 0]:
        return None  # a crop that crops
    return make("Cropping1D", {"cropping": cropping}, shape)


def make_upsampling1d(rng, shape):
    for _ in range(5):
        layer = make("UpSampling1D", {"size": rng.randint(1, 3)}, shape)
        if fits(layer):
            return layer
    return None


def make_activation_layer(rng, shape):
    return make("Activation", {"activation": rng.choice(ACTIVATIONS)}, shape)


def make_leaky_relu(rng, shape):
    return make("LeakyReLU", {"alpha": rng.choice([0.0, 0.01, 0.1, 0.2, 0.3, 0.5])}, shape)


def make_relu(rng, shape):
    # A threshold makes ReLU jump (from ~0 to ~threshold): rare, so that a value rounded to either
    # side of it is rarer still.
    config = {"max_value": rng.choice([None, None, 6.0, 1.0, 0.5]), "negative_slope": rng.choice([0.0, 0.0, 0.1, 0.5]),
              "threshold": 0.5 if rng.random() < 0.1 else 0.0}
    return make("ReLU", config, shape)


def make_elu(rng, shape):
    return make("ELU", {"alpha": rng.choice([1.0, 1.0, 0.5, 2.0])}, shape)


def make_softmax(rng, shape):
    rank = len(shape)
    return make("Softmax", {"axis": rng.choice([-1] + list(range(1, rank + 1)) + list(range(-rank, 0)))}, shape)


def make_prelu(rng, shape):
    rank = len(shape)
    shared = [a for a in range(1, rank + 1) if rng.random() < 0.5]
    if rank == 3 and rng.random() < 0.4:
        shared = [1, 2]
    return make("PReLU", {"shared_axes": shared or None}, shape)


def pick_epsilon(rng):
    return rng.choice([1e-3, 1e-3, 1e-5, 0.01])


def make_batch_norm(rng, shape):
    config = {"epsilon": pick_epsilon(rng), "center": rng.random() < 0.85, "scale": rng.random() < 0.85}
    return make("BatchNormalization", config, shape)


def make_layer_norm(rng, shape):
    rank = len(shape)
    form = rng.choice(["last", "last", "all", "all_negative", "rank"])
    axis = {"last": -1, "rank": rank, "all": list(range(1, rank + 1)), "all_negative": list(range(-rank, 0))}[form]
    config = {"axis": axis, "epsilon": pick_epsilon(rng), "center": rng.random() < 0.85, "scale": rng.random() < 0.85}
    return make("LayerNormalization", config, shape)


def make_group_norm(rng, shape):
    c = shape[-1]
    groups = rng.choice([g for g in range(1, c + 1) if c % g == 0] + [-1])  # -1: one group per channel
    config = {"groups": groups, "epsilon": pick_epsilon(rng), "center": rng.random() < 0.85, "scale": rng.random() < 0.85,
              "axis": len(shape) if rng.random() < 0.2 else -1}
    return make("GroupNormalization", config, shape)


def make_identity(rng, shape, kind):
    rate = rng.choice([0.1, 0.25, 0.5])
    return make(kind, {"stddev" if kind == "GaussianNoise" else "rate": rate}, shape)


def make_rescaling(rng, shape):
    return make("Rescaling", {"scale": rng.choice([0.5, 2.0, -1.0, 1.0 / 127.5, 0.1]), "offset": rng.choice([0.0, 0.0, -1.0, 0.25])},
                shape)


def factorizations(n):
    """Shapes of n floats a reshape may make: vectors, matrices, images within the limits."""
    shapes = [(n,)]
    for a in range(1, min(n, MAX_HW) + 1):
        if n % a == 0:
            shapes.append((a, n // a))
            rest = n // a
            for b in range(1, min(rest, MAX_HW) + 1):
                if rest % b == 0 and rest // b <= MAX_C:
                    shapes.append((a, b, rest // b))
    return shapes


def make_reshape(rng, shape):
    choices = [s for s in factorizations(size_of(shape)) if s != tuple(shape)]
    if not choices:
        return None
    target = list(rng.choice(choices))
    if len(target) > 1 and rng.random() < 0.3:
        target[rng.randrange(len(target))] = -1
    return make("Reshape", {"target_shape": target}, shape)


def make_flatten(rng, shape):
    return make("Flatten", {}, shape)


def make_embedding(rng, labels, shape):
    return make("Embedding", {"input_dim": labels, "output_dim": rng.randint(1, MAX_C)}, shape)


def make_repeat_vector(rng, shape):
    """RepeatVector, on a vector only: (features) -> (n, features), a sequence for the 1-D layers."""
    for _ in range(5):
        layer = make("RepeatVector", {"n": rng.randint(1, 6) if rng.random() < 0.7 else rng.randint(1, MAX_STEPS // 2)},
                     shape)
        if fits(layer):
            return layer
    return None


def make_permute(rng, shape):
    """Permute: a new order of all the sample's axes (Keras counts them from 1), never the same one."""
    rank = len(shape)
    if rank < 2:
        return None
    for _ in range(10):
        dims = list(range(1, rank + 1))
        while dims == list(range(1, rank + 1)):
            rng.shuffle(dims)
        layer = make("Permute", {"dims": dims}, shape)
        if fits(layer):
            return layer
    return None


def pick_image_size(rng, shape):
    """The height and width of a resize or crop of an image of `shape`: any within the limits
    (smaller, larger or mixed), the image's own on one side now and then."""
    h, w = rng.randint(1, MAX_HW), rng.randint(1, MAX_HW)
    if rng.random() < 0.15:
        h = shape[0]
    elif rng.random() < 0.15:
        w = shape[1]
    return h, w


def make_resizing(rng, shape):
    """Resizing (tf.image.resize, antialias off): nearest or bilinear, cropping or padding to the
    output's aspect ratio now and then; Keras writes every entry, fill_value too."""
    height, width = pick_image_size(rng, shape)
    form = rng.choice(["plain", "plain", "crop", "pad"])
    config = {"height": height, "width": width, "interpolation": rng.choice(["bilinear", "nearest"]),
              "crop_to_aspect_ratio": form == "crop", "pad_to_aspect_ratio": form == "pad",
              "fill_value": rng.choice([0.0, 0.0, 0.5, -1.0, 0.1]) if form == "pad" else 0.0}
    return make("Resizing", config, shape)


def make_crop(rng, shape, kind):
    """CenterCrop or RandomCrop (at inference): a window within the image more often than not
    (CenterCrop cuts it out), else any size (both resize the image's largest centred box of the
    output's aspect ratio, bilinear)."""
    if rng.random() < 0.6:
        height, width = rng.randint(1, shape[0]), rng.randint(1, shape[1])
    else:
        height, width = pick_image_size(rng, shape)
    config = {"height": height, "width": width}
    if kind == "RandomCrop":
        config["seed"] = None
    return make(kind, config, shape)


def pick_axis(rng, shape):
    """-1 (the last axis) or every axis of the sample, as Keras writes them."""
    rank = len(shape)
    form = rng.choice(["last", "last", "last_list", "all", "all", "all_negative"])
    return {"last": -1, "last_list": [-1], "all": list(range(1, rank + 1)), "all_negative": list(range(-rank, 0))}[form]


def make_unit_norm(rng, shape):
    return make("UnitNormalization", {"axis": pick_axis(rng, shape)}, shape)


def make_rms_norm(rng, shape):
    return make("RMSNormalization", {"axis": pick_axis(rng, shape), "epsilon": rng.choice([1e-6, 1e-6, 1e-3, 1e-5, 0.01])},
                shape)


def make_activity_regularization(rng, shape):
    return make("ActivityRegularization", {"l1": rng.choice([0.0, 0.01, 0.001]), "l2": rng.choice([0.0, 0.01, 0.1])}, shape)


# What a Keras file's augmentation layers hold, plausibly (ctnn reads none of it: the identity).
AUGMENTATION_CONFIGS = {
    "RandomFlip": {"mode": "horizontal"}, "RandomRotation": {"factor": 0.1, "fill_mode": "reflect"},
    "RandomZoom": {"height_factor": 0.2, "width_factor": None}, "RandomTranslation": {"height_factor": 0.1, "width_factor": 0.1},
    "RandomContrast": {"factor": 0.2}, "RandomBrightness": {"factor": 0.2, "value_range": [0, 1]},
    "RandomHeight": {"factor": 0.2}, "RandomWidth": {"factor": 0.2}, "RandomGrayscale": {"factor": 0.5},
    "RandomHue": {"factor": 0.1, "value_range": [0, 1]}, "RandomSaturation": {"factor": 0.3, "value_range": [0, 1]},
    "RandomSharpness": {"factor": 0.2}, "RandomShear": {"x_factor": 0.1, "y_factor": 0.1},
    "RandomColorDegeneration": {"factor": 0.3}, "RandomColorJitter": {"brightness_factor": 0.1, "contrast_factor": 0.1},
    "RandomPosterization": {"factor": [1, 8], "value_range": [0, 255]}, "RandomInvert": {"factor": 0.5},
    "RandomErasing": {"factor": 0.5, "scale": [0.02, 0.33]}, "RandomGaussianBlur": {"factor": 0.5, "sigma": [0.1, 2.0]},
    "RandomPerspective": {"factor": 0.5, "scale": 0.5}, "RandomElasticTransform": {"factor": 0.5, "scale": 1.0},
    "Solarization": {"addition_factor": 0.1, "threshold_factor": 0.5}, "AugMix": {"num_chains": 3},
    "CutMix": {"factor": 1.0}, "MixUp": {"alpha": 0.2}, "RandAugment": {"num_ops": 2, "factor": 0.5},
}


def make_augmentation(rng, shape, kind=None):
    """A random image augmentation (any class unless `kind`), the identity at inference on any shape."""
    kind = kind or rng.choice(AUGMENTATIONS)
    config = dict(AUGMENTATION_CONFIGS[kind]) if rng.random() < 0.6 else {}
    if config and rng.random() < 0.3:
        config["seed"] = rng.randint(0, 1000)
    return make(kind, config, shape)


def make_any_identity(rng, shape, kind):
    """One layer of FOCUS_GROUPS["augmentation"] (any shape)."""
    if kind in AUGMENTATIONS:
        return make_augmentation(rng, shape, kind)
    if kind == "ActivityRegularization":
        return make_activity_regularization(rng, shape)
    return make_identity(rng, shape, kind)


def candidates(shape):
    """(kind, weight, maker) for every layer kind that applies to a value of this shape."""
    rank = len(shape)
    image = rank == 3
    kinds = [("Dense", 6, make_dense),
             ("Activation", 2, make_activation_layer), ("LeakyReLU", 2, make_leaky_relu), ("ReLU", 2, make_relu),
             ("ELU", 1, make_elu), ("Softmax", 1, make_softmax), ("PReLU", 1, make_prelu),
             ("BatchNormalization", 3, make_batch_norm), ("LayerNormalization", 1, make_layer_norm),
             ("GroupNormalization", 1, make_group_norm), ("Rescaling", 1, make_rescaling),
             ("Dropout", 1, lambda r, s: make_identity(r, s, "Dropout")),
             ("GaussianNoise", 1, lambda r, s: make_identity(r, s, "GaussianNoise")),
             ("GaussianDropout", 1, lambda r, s: make_identity(r, s, "GaussianDropout")),
             ("Reshape", 1, make_reshape),
             ("UnitNormalization", 1, make_unit_norm), ("RMSNormalization", 1, make_rms_norm),
             ("ActivityRegularization", 1, make_activity_regularization), ("augmentation", 1, make_augmentation)]
    if rank == 1:
        kinds.append(("RepeatVector", 2, make_repeat_vector))
    if rank > 1:
        kinds += [("Flatten", 1, make_flatten), ("Permute", 1, make_permute)]
    if image:
        kinds += [("Conv2D", 8, make_conv2d), ("Conv2DTranspose", 4, make_conv2d_transpose),
                  ("DepthwiseConv2D", 4, make_depthwise_conv2d), ("SeparableConv2D", 3, make_separable_conv2d),
                  ("UpSampling2D", 3, make_upsampling), ("ZeroPadding2D", 1, make_zero_padding),
                  ("Cropping2D", 1, make_cropping),
                  ("MaxPooling2D", 2, lambda r, s: make_pooling(r, s, "MaxPooling2D")),
                  ("AveragePooling2D", 2, lambda r, s: make_pooling(r, s, "AveragePooling2D")),
                  ("GlobalAveragePooling2D", 1, lambda r, s: make_global_pooling(r, s, "GlobalAveragePooling2D")),
                  ("GlobalMaxPooling2D", 1, lambda r, s: make_global_pooling(r, s, "GlobalMaxPooling2D")),
                  ("SpatialDropout2D", 1, lambda r, s: make_identity(r, s, "SpatialDropout2D")),
                  ("Resizing", 2, make_resizing), ("CenterCrop", 1, lambda r, s: make_crop(r, s, "CenterCrop")),
                  ("RandomCrop", 1, lambda r, s: make_crop(r, s, "RandomCrop"))]
    if rank == 2:  # a sequence (steps, channels)
        kinds += [("Conv1D", 8, make_conv1d), ("UpSampling1D", 2, make_upsampling1d),
                  ("DepthwiseConv1D", 3, make_depthwise_conv1d), ("SeparableConv1D", 3, make_separable_conv1d),
                  ("ZeroPadding1D", 1, make_zero_padding1d), ("Cropping1D", 1, make_cropping1d),
                  ("MaxPooling1D", 2, lambda r, s: make_pooling1d(r, s, "MaxPooling1D")),
                  ("AveragePooling1D", 2, lambda r, s: make_pooling1d(r, s, "AveragePooling1D")),
                  ("GlobalAveragePooling1D", 1, lambda r, s: make_global_pooling(r, s, "GlobalAveragePooling1D")),
                  ("GlobalMaxPooling1D", 1, lambda r, s: make_global_pooling(r, s, "GlobalMaxPooling1D")),
                  ("SpatialDropout1D", 1, lambda r, s: make_identity(r, s, "SpatialDropout1D")),
                  ("Conv1DTranspose", 2, make_conv1d_transpose)]
    return kinds


ELEMENTWISE_MAKERS = {"Activation": make_activation_layer, "LeakyReLU": make_leaky_relu, "ReLU": make_relu,
                      "ELU": make_elu, "Rescaling": make_rescaling, "BatchNormalization": make_batch_norm}


def fits(layer):
    return layer is not None and size_of(layer.out) <= MAX_SIZE and all(d >= 1 for d in layer.out) and \
        (len(layer.out) != 3 or (layer.out[0] <= MAX_HW and layer.out[1] <= MAX_HW and layer.out[2] <= MAX_C * 4)) and \
        (len(layer.out) != 2 or (layer.out[0] <= MAX_STEPS and layer.out[1] <= MAX_C * 4))


def random_layer(rng, shape, focus):
    kinds = candidates(shape)
    boosted = focus_kinds(focus)
    weights = [w * (12 if k in boosted or k == focus else 1) for k, w, _ in kinds]
    for _ in range(30):
        kind, _, maker = rng.choices(kinds, weights=weights)[0]
        layer = maker(rng, shape)
        if fits(layer):
            return layer
    return make_activation_layer(rng, shape)


def layer_run(rng, shape, focus, count):
    """`count` layers or so from a value of `shape`: random layers, with the patterns the fused
    engine treats apart: a producer followed by element-wise layers (its epilogue, sometimes
    through a reshape), an upsampling read by a convolution (2-D and 1-D)."""
    layers = []
    while len(layers) < count:
        layer = random_layer(rng, shape, focus)
        layers.append(layer)
        shape = layer.out
        if layer.kind in PRODUCERS and rng.random() < 0.6:
            for _ in range(rng.randint(1, 5)):
                kind = rng.choice(ELEMENTWISE + ([focus] if focus in ELEMENTWISE else []))
                if rng.random() < 0.15:
                    view = make_reshape(rng, shape) if rng.random() < 0.5 else make_identity(rng, shape, "Dropout")
                    if fits(view):
                        layers.append(view)
                        shape = view.out
                layers.append(ELEMENTWISE_MAKERS[kind](rng, shape))
        elif layer.kind in ("UpSampling2D", "UpSampling1D") and rng.random() < 0.6:
            conv = make_conv2d(rng, shape) if layer.kind == "UpSampling2D" else make_conv1d(rng, shape)
            if fits(conv):
                layers.append(conv)
                shape = conv.out
    return layers


def random_input_shape(rng):
    form = rng.choices(["image", "vector", "matrix", "sequence"], weights=[6, 2, 1, 3])[0]
    if form == "image":
        return (rng.randint(1, 10), rng.randint(1, 10), rng.randint(1, 8))
    if form == "vector":
        return (rng.randint(1, 32),)
    if form == "sequence":  # (steps, channels), for the 1-D layers
        return (rng.randint(1, 24), rng.randint(1, 8))
    return (rng.randint(1, 8), rng.randint(1, 8))


# ---- Models ---------------------------------------------------------------------------------------

class Graph:
    """A functional model being built: values (inputs and nodes), each with a key that says which
    C++ type it is, so that two values of one type are told apart (input ids, layer ids)."""

    def __init__(self, dot_rng=None):
        self.nodes = []  # dicts: id, kind, cpp, config, inputs, shape, labels, key, expr, shared
        self.keys = set()
        self.dot_rng = dot_rng  # the stream that draws the Dot merges (join, dot_merge)
        self.shared_layers = 0  # the shared layers so far: the next one is shared<..., shared_layers>
        self.shared_form = None  # the form of SHARED_FORMS the model is to hold (shared_block draws it more often)
        self.shared_forms = set()  # the forms its shared layers have

    def add_input(self, shape, labels=0):
        same = sum(1 for n in self.nodes if n["kind"] == "InputLayer" and n["shape"] == list(shape))
        cpp, _ = ORACLE.read("InputLayer", {"batch_shape": [None] + list(shape)}, [])
        expr = cpp + ("::id<%d>{}" % same if same else "{}")
        return self._add("InputLayer", cpp, {}, [], shape, expr, labels=labels, key=("input", tuple(shape), same))

    def apply(self, layer, value):
        key_base = (layer.cpp, value)
        cpp, twin = layer.cpp, 0
        while (key_base, twin) in self.keys:
            twin += 1
        text = cpp if twin == 0 else "layer_id<%s, %d>" % (cpp, twin)
        expr = "v%d | %s{}" % (value, text)
        return self._add(layer.kind, layer.cpp, layer.config, [value], layer.out, expr, key=(key_base, twin), twin=twin)

    def merge(self, kind, config, values):
        """A merge of `values` as ctnn reads it; the generator's merges are valid by construction."""
        cpp, out = ORACLE.read(kind, config, [self.shape(v) for v in values])
        key_base = (cpp, tuple(values))
        twin = 0
        while (key_base, twin) in self.keys:
            twin += 1
        text = cpp if twin == 0 else "layer_id<%s, %d>" % (cpp, twin)
        arguments, seen, again = [], set(), False
        for v in values:
            if v in seen and self.nodes[v]["kind"] != "InputLayer":
                arguments.append("again(v%d)" % v)
                again = True
            else:
                arguments.append("v%d" % v)
            seen.add(v)
        expr = "%s{}(%s)" % (text, ", ".join(arguments))
        return self._add(kind, cpp, config, list(values), out, expr, key=(key_base, twin), twin=twin, again=again)

    def new_shared(self, form):
        """The number N of a new shared layer, shared<Layer, N>, of the form `form` (SHARED_FORMS)."""
        self.shared_forms.add(form)
        self.shared_layers += 1
        return self.shared_layers - 1

    def can_share(self, number, values):
        """Whether the shared layer `number` may be called on `values`: not on values it already
        reads (ctnn's types would make the two calls one value; Keras would compute it twice)."""
        return (("shared", number), tuple(values)) not in self.keys

    def apply_shared(self, layer, value, number):
        """A call of the shared layer `number` (`layer`, as ctnn reads it on this value) on value:
        `v | shared<Layer, number>{}`, the one type at each call."""
        key = (("shared", number), (value,))
        assert key not in self.keys, "a shared layer called twice on one value"
        expr = "v%d | shared<%s, %d>{}" % (value, layer.cpp, number)
        return self._add(layer.kind, layer.cpp, layer.config, [value], layer.out, expr, key=key, shared=number)

    def merge_shared(self, kind, config, values, number):
        """A call of the shared merge `number` on `values`: `shared<Merge, number>{}(a, b)`."""
        cpp, out = ORACLE.read(kind, config, [self.shape(v) for v in values])
        key = (("shared", number), tuple(values))
        assert key not in self.keys, "a shared merge called twice on the same values"
        expr = "shared<%s, %d>{}(%s)" % (cpp, number, ", ".join("v%d" % v for v in values))
        return self._add(kind, cpp, config, list(values), out, expr, key=key, shared=number)

    def _add(self, kind, cpp, config, inputs, shape, expr, key, labels=0, twin=0, again=False, shared=None):
        self.keys.add(key)
        self.nodes.append({"id": len(self.nodes), "kind": kind, "cpp": cpp, "config": config, "inputs": inputs,
                           "shape": list(shape), "labels": labels, "expr": expr, "twin": twin, "again": again,
                           "shared": shared})
        return len(self.nodes) - 1

    def shape(self, v):
        return tuple(self.nodes[v]["shape"])

    def run(self, rng, v, focus, count):
        for layer in layer_run(rng, self.shape(v), focus, count):
            v = self.apply(layer, v)
        return v


def same_shape_branch(rng, g, x, focus):
    """Layers that keep the shape of x: the other operand of an element-wise merge."""
    shape = g.shape(x)
    y = x
    for _ in range(rng.randint(1, 3)):
        if len(shape) == 3 and rng.random() < 0.5:
            layer = make_conv2d(rng, shape, filters=shape[2], same=True, stride_one=True)
        elif len(shape) == 2 and rng.random() < 0.4:
            layer = make_conv1d(rng, shape, filters=shape[1], same=True, stride_one=True)
        elif rng.random() < 0.4:
            layer = make_dense(rng, shape, units=shape[-1])
        else:
            kind = rng.choice(ELEMENTWISE + ["LayerNormalization", "PReLU", "Softmax"] +
                              sorted(focus_kinds(focus) & {"GroupNormalization", "Softmax", "PReLU", "UnitNormalization",
                                                           "RMSNormalization"}))
            maker = {"LayerNormalization": make_layer_norm, "PReLU": make_prelu, "Softmax": make_softmax,
                     "GroupNormalization": make_group_norm, "UnitNormalization": make_unit_norm,
                     "RMSNormalization": make_rms_norm}.get(kind) or ELEMENTWISE_MAKERS[kind]
            layer = maker(rng, shape)
        if layer is None or layer.out != shape:
            continue
        y = g.apply(layer, y)
    return y


def block(rng, g, x, focus):
    """A few layers and merges from x; returns the value that carries on."""
    shape = g.shape(x)
    wanted = focus_kinds(focus)
    if "shared" in wanted and rng.random() < 0.6:  # only where the focus asks: other models stay as they were
        return shared_block(rng, g, x, focus)
    choice = rng.choices(["run", "residual", "branches", "twin", "again", "axis"],
                         weights=[3, 2, 2, 1 + 4 * ("twin" in wanted), 1 + 4 * ("again" in wanted),
                                  1 + 2 * (focus == "Concatenate")])[0]
    if choice == "run":
        return g.run(rng, x, focus, rng.randint(1, 3))
    if choice == "residual":
        y = same_shape_branch(rng, g, x, focus)
        if y == x:
            return g.run(rng, x, focus, 1)
        dot = dot_merge(g, [x, y], focus)
        if dot is not None:
            return dot
        kind = rng.choice(ELEMENTWISE_MERGES + boosted_merges(ELEMENTWISE_MERGES, focus))
        operands = [x, y] if kind == "Subtract" or rng.random() < 0.8 else [x, y, x]
        return g.merge(kind, {}, operands)
    if choice in ("branches", "twin"):
        # Two producers on one value, joined: different ones, or twins (one layer written twice).
        if len(shape) == 3:
            first = make_conv2d(rng, shape, same=True, stride_one=True)
        elif len(shape) == 2 and rng.random() < 0.5:
            first = make_conv1d(rng, shape, same=True, stride_one=True)
        else:
            first = make_dense(rng, shape)
        if not fits(first):
            return g.run(rng, x, focus, 1)
        a = g.apply(first, x)
        if choice == "twin":
            b = g.apply(first, x)
        else:
            second = make_conv2d(rng, shape, same=True, stride_one=True) if len(shape) == 3 else \
                make_conv1d(rng, shape, same=True, stride_one=True) if len(shape) == 2 and rng.random() < 0.5 else \
                make_dense(rng, shape)
            if len(shape) == 3 and rng.random() < 0.3:
                second = make_pooling(rng, shape, rng.choice(["MaxPooling2D", "AveragePooling2D"]), same=True,
                                      stride_one=True)
            elif len(shape) == 2 and rng.random() < 0.3:
                second = make_pooling1d(rng, shape, rng.choice(["MaxPooling1D", "AveragePooling1D"]), same=True,
                                        stride_one=True)
            if not fits(second):
                return a
            b = g.apply(second, x)
        return join(rng, g, [a, b], focus)
    if choice == "again":
        h = g.run(rng, x, focus, 1)
        return join(rng, g, [h, h], focus)
    # "axis": a concatenation along the rows or columns of an image, or the steps of a sequence.
    if len(shape) == 2:
        crop = make_cropping1d(rng, shape)
        if crop is None or size_of(shape) * 2 > MAX_SIZE or shape[0] * 2 > MAX_STEPS:
            return g.run(rng, x, focus, 1)
        b = g.apply(crop, x)
        return g.merge("Concatenate", {"axis": rng.choice([1, -2])}, [x, b])
    if len(shape) == 3:
        rows = rng.random() < 0.5
        crop = make_cropping(rng, shape, rows_only=rows, columns_only=not rows)
        if crop is None or size_of(shape) * 2 > MAX_SIZE or shape[0 if rows else 1] * 2 > MAX_HW:
            return g.run(rng, x, focus, 1)
        b = g.apply(crop, x)
        axis = rng.choice([1, -3]) if rows else rng.choice([2, -2])
        return g.merge("Concatenate", {"axis": axis}, [x, b])
    return g.run(rng, x, focus, 1)


def make_dot(rng, x, y, same=False):
    """Dot on values of shapes x and y (`same`: one value read twice): an axis of each of one extent,
    summed, written as Keras writes axes (one number where it names both axes, from the front or
    the back, else a pair, each from the front or the back); normalize at random, but not where
    it gives a constant or a sign (a summed extent of 1; a vector with itself). None when no pair
    of axes has one extent or the output would be beyond the limits (a rank above 3 included)."""
    if len(x) + len(y) - 2 > 3:
        return None
    pairs = [(i, j) for i in range(len(x)) for j in range(len(y)) if x[i] == y[j]]
    rng.shuffle(pairs)
    for i, j in pairs[:6]:
        front, back = (i + 1, j + 1), (i - len(x), j - len(y))
        numbers = [a for a, b in (front, back) if a == b]
        axes = rng.choice(numbers) if numbers and rng.random() < 0.6 else \
            [rng.choice([front[0], back[0]]), rng.choice([front[1], back[1]])]
        normalize = rng.random() < 0.5 and x[i] > 1 and not (same and len(x) == 1)
        try:
            cpp, out = ORACLE.read("Dot", {"axes": axes, "normalize": normalize}, [x, y])
        except Refused:
            continue
        layer = Layer("Dot", cpp, {"axes": axes, "normalize": normalize}, out)
        if fits(layer):
            return layer
    return None


def dot_drawn(g, values, focus):
    """Whether a merge of `values` is to be a Dot: two values, DOT_SHARE of the time (g.dot_rng)."""
    return len(values) == 2 and g.dot_rng.random() < (DOT_SHARE_FOCUS if "Dot" in focus_kinds(focus) else DOT_SHARE)


def dot_merge(g, values, focus):
    """The Dot of two values, now and then (dot_drawn) and where their axes allow one; else None."""
    if not dot_drawn(g, values, focus):
        return None
    layer = make_dot(g.dot_rng, g.shape(values[0]), g.shape(values[1]), same=values[0] == values[1])
    return None if layer is None else g.merge("Dot", layer.config, values)


def join(rng, g, values, focus):
    """One value from several: concatenated along the last axis when their shapes allow it, else
    brought to one shape (flatten, dense) and joined by an element-wise merge or concatenated.
    Two values are now and then joined by a Dot (dot_merge): on an axis of each of one extent,
    else, where their shapes are brought to one, on the two vectors."""
    dot = dot_drawn(g, values, focus)
    if dot:
        layer = make_dot(g.dot_rng, g.shape(values[0]), g.shape(values[1]), same=values[0] == values[1])
        if layer is not None:
            return g.merge("Dot", layer.config, values)
    shapes = [g.shape(v) for v in values]
    if all(s[:-1] == shapes[0][:-1] for s in shapes) and sum(s[-1] for s in shapes) <= 4 * MAX_C:
        kinds = ["Concatenate"] + (elementwise_merges_for(values) if all(s == shapes[0] for s in shapes) else [])
        kinds += boosted_merges(kinds, focus)
        kind = rng.choice(kinds)
        if kind == "Concatenate":
            return g.merge(kind, {"axis": rng.choice([-1, -1, len(shapes[0])])}, values)
        return g.merge(kind, {}, values)
    units = rng.randint(1, MAX_C)
    flat = []
    for v in values:
        if len(g.shape(v)) > 1:
            v = g.apply(make_flatten(rng, g.shape(v)), v)
        flat.append(g.apply(make("Dense", {"units": units, "activation": pick_activation(rng), "use_bias": True}, g.shape(v)), v))
    kinds = ["Concatenate"] + elementwise_merges_for(flat)
    kind = rng.choice(kinds + boosted_merges(kinds, focus))
    if dot:  # vectors of one width: their dot product (with normalize, their cosine), one number
        layer = make_dot(g.dot_rng, g.shape(flat[0]), g.shape(flat[1]), same=flat[0] == flat[1])
        if layer is not None:
            return g.merge("Dot", layer.config, flat)
    return g.merge(kind, {"axis": -1} if kind == "Concatenate" else {}, flat)


# ---- Shared layers: one layer called on several values (ctnn::shared<Layer, N>) --------------------

# The layers whose weights depend on the last axis only of what they read (features, channels), or
# that have none: one of them may be called on values of other sizes with that last axis (a
# convolution on two image sizes). Every other layer is shared between values of one shape only.
# A call that would give other weights does not compile, so a mistake here is never silent.
SHARED_ANY_SIZE = {"Dense", "Conv2D", "Conv1D", "DepthwiseConv2D", "SeparableConv2D", "DepthwiseConv1D",
                   "SeparableConv1D", "Conv2DTranspose", "Conv1DTranspose", "BatchNormalization", "MaxPooling2D",
                   "AveragePooling2D", "MaxPooling1D", "AveragePooling1D"}
# The merges a shared merge is drawn from.
SHARED_MERGES = ELEMENTWISE_MERGES + ["Concatenate"]
# The ways a model shares a layer: the model inputs through one encoder ("inputs"; labels through
# one Embedding), two or three branches of one shape through one layer ("siamese"), values of
# other sizes ("sizes"), a layer on its own output ("tied"), a merge called twice ("merge"). The
# model `index` whose focus is "shared" holds SHARED_FORMS[index % 5] (and what else it draws).
SHARED_FORMS = ["inputs", "siamese", "sizes", "tied", "merge"]


def shared_layer(rng, shape, keep=False, any_size=False):
    """A layer to call on several values of `shape` (with any_size, of that last axis and other
    sizes: SHARED_ANY_SIZE); with keep, one whose output has the shape it reads (a layer applied
    to its own output, tied weights). None when no draw fits."""
    rank, c = len(shape), shape[-1]
    makers = [(4, lambda: make_dense(rng, shape, units=c if keep else None)),
              (3, lambda: make_batch_norm(rng, shape))]
    if not any_size:
        makers += [(2, lambda: make_layer_norm(rng, shape)), (1, lambda: make_prelu(rng, shape)),
                   (1, lambda: make_group_norm(rng, shape))]
    if rank == 3:
        makers += [(6, lambda: make_conv2d(rng, shape, filters=c if keep else None, same=True if keep else None,
                                           stride_one=keep)),
                   (2, lambda: make_depthwise_conv2d(rng, shape)), (2, lambda: make_separable_conv2d(rng, shape)),
                   (2, lambda: make_pooling(rng, shape, rng.choice(["MaxPooling2D", "AveragePooling2D"]),
                                            same=True if keep else None, stride_one=keep))]
        if not keep:
            makers.append((1, lambda: make_conv2d_transpose(rng, shape)))
    if rank == 2:
        makers += [(6, lambda: make_conv1d(rng, shape, filters=c if keep else None, same=True if keep else None,
                                           stride_one=keep)),
                   (1, lambda: make_depthwise_conv1d(rng, shape)), (1, lambda: make_separable_conv1d(rng, shape)),
                   (2, lambda: make_pooling1d(rng, shape, rng.choice(["MaxPooling1D", "AveragePooling1D"]),
                                              same=True if keep else None, stride_one=keep))]
    weights = [w for w, _ in makers]
    for _ in range(30):
        layer = rng.choices(makers, weights=weights)[0][1]()
        if not fits(layer) or (keep and layer.out != tuple(shape)) or (any_size and layer.kind not in SHARED_ANY_SIZE):
            continue
        return layer
    return None


def shared_calls(g, layer, values, form):
    """The shared layer `layer` (drawn for the first value's shape) called on each of `values`:
    their outputs, or None where ctnn reads it as another layer on one of them (another type)
    or refuses it, or its output is beyond the limits."""
    calls = [layer]
    for v in values[1:]:
        other = make(layer.kind, layer.config, g.shape(v))
        if not fits(other) or other.cpp != layer.cpp:
            return None
        calls.append(other)
    number = g.new_shared(form)
    return [g.apply_shared(call, v, number) for call, v in zip(calls, values)]


def resized_sibling(rng, g, x):
    """A value of x's last axis and another size (a crop, a padding, a pooling, an upsampling of x),
    or None."""
    shape = g.shape(x)
    if len(shape) == 3:
        layer = rng.choice([lambda: make_cropping(rng, shape), lambda: make_zero_padding(rng, shape),
                            lambda: make_pooling(rng, shape, rng.choice(["MaxPooling2D", "AveragePooling2D"])),
                            lambda: make_upsampling(rng, shape)])()
    elif len(shape) == 2:
        layer = rng.choice([lambda: make_cropping1d(rng, shape), lambda: make_zero_padding1d(rng, shape),
                            lambda: make_pooling1d(rng, shape, rng.choice(["MaxPooling1D", "AveragePooling1D"])),
                            lambda: make_upsampling1d(rng, shape)])()
    else:
        return None
    if not fits(layer) or layer.out == tuple(shape) or layer.out[-1] != shape[-1]:
        return None
    return g.apply(layer, x)


def shared_block(rng, g, x, focus):
    """Shared layers from x (a model whose focus is "shared"): one layer called on x and on one or
    two values of its shape (siamese; now and then a second shared layer after the first on each),
    or of its last axis and other sizes (a convolution, a pooling on two image sizes); a layer
    applied to its own output (tied weights, now and then through an element-wise layer, two or
    three calls); or a shared merge, called on x and a branch of it, then on that and another.
    Returns the value that carries on; a draw that fits nothing carries on with a plain run."""
    shape = g.shape(x)
    forms = ["siamese", "sizes", "tied", "merge"]
    weights = [(3 if len(shape) > 1 or f != "sizes" else 0) * (4 if f == g.shared_form else 1) for f in forms]
    form = rng.choices(forms, weights=weights)[0]
    if form == "siamese":
        values = [x, same_shape_branch(rng, g, x, focus)]
        if values[1] != x and rng.random() < 0.3:
            values.append(same_shape_branch(rng, g, values[1], focus))
        values = list(dict.fromkeys(values))  # a branch that kept x is x itself: one call on it
        layer = shared_layer(rng, shape)
        outs = shared_calls(g, layer, values, "siamese") if layer is not None and len(values) > 1 else None
        if outs is None:
            return values[-1] if len(values) > 1 else g.run(rng, x, focus, 1)
        if rng.random() < 0.35:
            second = shared_layer(rng, g.shape(outs[0]))
            outs = (second and shared_calls(g, second, outs, "siamese")) or outs
        return join(rng, g, outs, focus)
    if form == "sizes":
        y = resized_sibling(rng, g, x)
        layer = shared_layer(rng, shape, any_size=True)
        outs = shared_calls(g, layer, [x, y], "sizes") if y is not None and layer is not None else None
        if outs is None:
            return y if y is not None else g.run(rng, x, focus, 1)
        return join(rng, g, outs, focus)
    if form == "tied":
        layer = shared_layer(rng, shape, keep=True)
        if layer is None:
            return g.run(rng, x, focus, 1)
        number = g.new_shared("tied")
        h = g.apply_shared(layer, x, number)
        for _ in range(rng.choice([1, 1, 2])):
            between = ELEMENTWISE_MAKERS[rng.choice(ELEMENTWISE)](rng, shape) if rng.random() < 0.4 else None
            if between is not None and between.out == tuple(shape):
                h = g.apply(between, h)
            h = g.apply_shared(layer, h, number)
        return h
    # "merge": a shared merge, m1 = M(x, y), then M(m1, z).
    y = same_shape_branch(rng, g, x, focus)
    if y == x:
        return g.run(rng, x, focus, 1)
    kind = rng.choice(SHARED_MERGES)
    config = {"axis": -1} if kind == "Concatenate" else {}
    if kind == "Concatenate" and (size_of(shape) * 4 > MAX_SIZE or shape[-1] * 4 > 4 * MAX_C):
        kind, config = rng.choice(ELEMENTWISE_MERGES), {}
    number = g.new_shared("merge")
    m = g.merge_shared(kind, config, [x, y], number)
    z = same_shape_branch(rng, g, m, focus)
    if z == m:
        z = x if kind == "Concatenate" else y
    return g.merge_shared(kind, config, [m, z], number)


def shared_functional_model(rng, focus, dot_rng, form):
    """A functional model whose focus is "shared", to hold a shared layer of the form `form`
    (SHARED_FORMS): two or three inputs of one shape through one encoder of shared layers (labels
    through one shared Embedding now and then), or one or two inputs of their own; then blocks
    (half of them shared_block) on each branch, joined."""
    g = Graph(dot_rng)
    g.shared_form = form
    start = rng.choices(["siamese", "embedding", "free"], weights=[3, 2, 2] if form == "inputs" else [1, 1, 4])[0]
    if start == "free":
        branches = [g.add_input(random_input_shape(rng)) for _ in range(rng.choices([1, 2], weights=[2, 1])[0])]
    else:
        count = rng.choice([2, 2, 3])
        if start == "embedding":
            labels = rng.randint(2, 10)
            shape = (rng.randint(1, 4),)
            branches = [g.add_input(shape, labels=labels) for _ in range(count)]
            layer = make_embedding(rng, labels, shape)
        else:
            shape = random_input_shape(rng)
            branches = [g.add_input(shape) for _ in range(count)]
            layer = shared_layer(rng, shape)
        depth = 0
        while layer is not None and depth < 3:
            outs = shared_calls(g, layer, branches, "inputs")
            if outs is None:
                break
            branches, depth = outs, depth + 1
            layer = shared_layer(rng, g.shape(branches[0])) if rng.random() < 0.4 else None
    for k in range(len(branches)):
        for _ in range(rng.randint(0 if start != "free" else 1, 2 if start != "free" else 3)):
            branches[k] = block(rng, g, branches[k], focus)
    out = join(rng, g, branches, focus) if len(branches) > 1 else branches[0]
    if rng.random() < 0.5:
        out = g.run(rng, out, focus, rng.randint(1, 2))
    return g, out


def reachable(g, output):
    seen, stack = set(), [output]
    while stack:
        v = stack.pop()
        if v not in seen:
            seen.add(v)
            stack.extend(g.nodes[v]["inputs"])
    return seen


def functional_model(rng, focus, dot_rng, shared_form=None):
    if "shared" in focus_kinds(focus):
        return shared_functional_model(rng, focus, dot_rng, shared_form)
    g = Graph(dot_rng)
    count = rng.choices([1, 2, 3], weights=[4, 3, 1])[0]
    branches = []
    for k in range(count):
        if focus == "Embedding" and k == 0 or rng.random() < 0.12:
            labels = rng.randint(2, 10)
            x = g.add_input((rng.randint(1, 4),), labels=labels)
            branches.append(g.apply(make_embedding(rng, labels, g.shape(x)), x))
            continue
        shape = random_input_shape(rng)
        if k > 0 and rng.random() < 0.3 and g.nodes[0]["labels"] == 0:
            rng.random()  # a draw without use, kept so that the models stay the ones committed
            shape = g.shape(0)  # another input of the first one's shape: input<...>::id<1>
        branches.append(g.add_input(shape))
    for k in range(count):
        for _ in range(rng.randint(1, 3)):
            branches[k] = block(rng, g, branches[k], focus)
    out = join(rng, g, branches, focus) if count > 1 else branches[0]
    if rng.random() < 0.5:
        out = g.run(rng, out, focus, rng.randint(1, 2))
    return g, out


def model_outputs(rng, g, out):
    """The outputs of a functional model whose last value is `out`: `out` and one or two more values
    of its graph, in a random order. Most often an intermediate value, which later layers read too
    (the fused engine writes it where the caller wants it and ends its step's fusion there);
    sometimes a value listed twice, rarely a model input. `out` is never an input, nor one through
    identities, so a model is never only its inputs; every value stays one the outputs reach."""
    inner = [n["id"] for n in g.nodes if n["kind"] != "InputLayer" and n["id"] != out]
    entries = [n["id"] for n in g.nodes if n["kind"] == "InputLayer"]
    outputs = [out]
    for _ in range(rng.choice([1, 2])):
        draw = rng.random()
        if draw < 0.15 or not inner:
            outputs.append(rng.choice(outputs))
        elif draw < 0.2:
            outputs.append(rng.choice(entries))
        else:
            outputs.append(rng.choice(inner))
    rng.shuffle(outputs)
    return outputs


def sequential_model(rng, focus):
    if focus == "Embedding" or rng.random() < 0.05:
        labels = rng.randint(2, 10)
        shape = (rng.randint(1, 4),)
        layers = [make_embedding(rng, labels, shape)]
    else:
        labels = 0
        shape = random_input_shape(rng)
        layers = []
    layers += layer_run(rng, layers[-1].out if layers else shape, focus, rng.randint(2, 7))
    if focus in FOCUS_GROUPS:
        # Each kind of the group (identities on any shape) inserted at a random place, after an
        # Embedding (which reads the labels themselves).
        first = 1 if labels else 0
        for kind in rng.sample(FOCUS_GROUPS[focus], len(FOCUS_GROUPS[focus])):
            at = rng.randint(first, len(layers))
            layers.insert(at, make_any_identity(rng, layers[at - 1].out if at else shape, kind))
    return shape, labels, layers


def identity_of_input(nodes, out):
    """Whether the value `out` is an input through identities only (a model is never that)."""
    v = out
    while nodes[v]["kind"] in IDENTITIES:
        v = nodes[v]["inputs"][0]
    return nodes[v]["kind"] == "InputLayer"


def model_rng(seed, index, attempt):
    return random.Random("ctnn-random-models/%d/%d/%d" % (seed, index, attempt))


def generate(seed, index, focus=None):
    """Model `index` of the set `seed`: a dict with its C++ text and its description. "outputs" lists
    the model's outputs (node ids, in the order of outputs(...)), "output" is the first of them.
    `focus`: the FOCUS entry to draw it with, instead of the index's own (--focus)."""
    focus = focus or FOCUS[index % len(FOCUS)]
    wanted = focus_kinds(focus)
    for attempt in range(200):
        rng = model_rng(seed, index, attempt)
        functional = bool(wanted & (MERGES | GRAPH_FEATURES)) or rng.random() < 0.4 and focus not in FOCUS_GROUPS
        outputs = None
        if functional:
            # The Dot merges are drawn from a stream of their own too: an attempt that draws none
            # is the one it was before Dot was drawn.
            dot_rng = random.Random("ctnn-random-models/%d/%d/%d/dot" % (seed, index, attempt))
            shared_form = SHARED_FORMS[index % len(SHARED_FORMS)] if "shared" in wanted else None
            g, out = functional_model(rng, focus, dot_rng, shared_form)
            if shared_form is not None and shared_form not in g.shared_forms:
                continue
            keep = reachable(g, out)
            nodes = [n for n in g.nodes if n["id"] in keep]
            if len(nodes) != len(g.nodes):
                continue  # every generated value is used; a branch left over is redrawn
            kinds = {n["kind"] for n in nodes}
            features = {"twin"} if any(n["twin"] for n in nodes) else set()
            features |= {"again"} if any(n["again"] for n in nodes) else set()
            features |= {"shared"} if any(n["shared"] is not None for n in nodes) else set()
            # Several outputs are drawn from a stream of their own, so that drawing them leaves
            # every other draw, and so the graphs of the models, as they were before.
            outputs_rng = random.Random("ctnn-random-models/%d/%d/%d/outputs" % (seed, index, attempt))
            several = "outputs" in wanted or outputs_rng.random() < SEVERAL_OUTPUTS
            outputs = model_outputs(outputs_rng, g, out) if several else [out]
            features |= {"outputs"} if len(outputs) > 1 else set()
        else:
            shape, labels, layers = sequential_model(rng, focus)
            g = Graph()
            v = g.add_input(shape, labels=labels)
            for layer in layers:
                g.nodes.append({"id": len(g.nodes), "kind": layer.kind, "cpp": layer.cpp, "config": layer.config,
                                "inputs": [v], "shape": list(layer.out), "labels": 0, "expr": None, "twin": 0,
                                "again": False, "shared": None})
                v = len(g.nodes) - 1
            nodes, out, kinds, features = g.nodes, v, {l.kind for l in layers}, set()
        if not wanted <= kinds | features:
            continue
        if "Dot" in wanted and {n["config"]["normalize"] for n in nodes if n["kind"] == "Dot"} != {False, True}:
            continue  # the model whose focus is Dot holds one with normalize and one without
        if identity_of_input(nodes, out):
            continue
        outputs = outputs or [out]
        for n, layer in zip(nodes, keras_layers(nodes, outputs, functional)):
            n["layer"] = layer
        return {"index": index, "seed": seed, "focus": focus, "structure": "functional" if functional else "sequential",
                "nodes": nodes, "output": outputs[0], "outputs": outputs, "kinds": sorted(kinds - {"InputLayer"}),
                "features": sorted(features)}
    raise RuntimeError("model %d: no model with %s in 200 draws" % (index, focus))


def keras_layers(nodes, outputs, functional):
    """Each node's layer index in Keras's model.layers order (also get_weights' order: a shared
    layer's weights once, at its place). A sequential model's layers are its nodes (index 0 is
    its hidden input). A functional model's is Keras 3's map_graph (keras/src/ops/function.py;
    tests/graph_golden/make_graph_golden.py keras_graph_order): a depth-first walk from each
    output in turn, inputs in argument order, numbers each layer where one of its calls is first
    met; then, in reverse of the walk's post-order, a node is as deep as its layer so far, raises
    its layer to its depth, and makes each node it reads at least one deeper; the layers go by
    depth, deepest first, ties by that number. Written from Keras's rule, not from ctnn's code."""
    if not functional:
        return [n["id"] for n in nodes]
    by_id = {n["id"]: n for n in nodes}

    def layer_of(n):
        return ("shared", n["shared"]) if n["shared"] is not None else ("node", n["id"])

    finished, post, first_met = set(), [], {}

    def build(v):
        if v in finished:
            return
        first_met.setdefault(layer_of(by_id[v]), len(first_met))
        for i in by_id[v]["inputs"]:
            build(i)
        finished.add(v)
        post.append(v)

    for v in outputs:
        build(v)
    node_depth, layer_depth = {}, {}
    for v in reversed(post):
        layer = layer_of(by_id[v])
        depth = max(node_depth.setdefault(v, 0), layer_depth.get(layer, 0))
        layer_depth[layer] = node_depth[v] = depth
        for i in by_id[v]["inputs"]:
            node_depth[i] = max(depth + 1, node_depth.get(i, 0))
    order = sorted(layer_depth, key=lambda l: (-layer_depth[l], first_met[l]))
    index = {layer: k for k, layer in enumerate(order)}
    return [index[layer_of(n)] for n in nodes]


# ---- C++ ------------------------------------------------------------------------------------------

def cpp_model(m):
    name = "m%04d" % m["index"]
    nodes = m["nodes"]
    lines = ["// Model %d (%s): %s%s" % (m["index"], m["structure"], ", ".join(m["kinds"]),
                                         "; " + ", ".join(m["features"]) if m["features"] else ""),
             "namespace %s {" % name]
    labels = [n["labels"] for n in nodes if n["kind"] == "InputLayer"]
    if m["structure"] == "sequential":
        lines.append("using type = sequential<")
        lines += ["    %s%s" % (n["cpp"], "," if i + 1 < len(nodes) else ">;") for i, n in enumerate(nodes)]
        positions = "%d" % len(nodes)
        lines.append("inline constexpr std::array<std::size_t, %s> positions = sequence<%s>();" % (positions, positions))
    else:
        for n in nodes:
            lines.append("inline constexpr auto v%d = %s;" % (n["id"], n["expr"]))
        ins = ", ".join("v%d" % n["id"] for n in nodes if n["kind"] == "InputLayer")
        outs = ", ".join("v%d" % v for v in m["outputs"])
        lines.append("using type = decltype(functional(inputs(%s), %s));" % (
            ins, "outputs(%s)" % outs if len(m["outputs"]) > 1 else outs))
        lines.append("inline constexpr std::array<std::size_t, %d> positions{%s};" % (
            len(nodes), ", ".join("position_of<type>(v%d)" % n["id"] for n in nodes)))
    lines.append("inline constexpr std::array<std::size_t, %d> labels{%s};" % (len(labels), ", ".join(map(str, labels))))
    lines.append("}  // namespace %s" % name)
    return "\n".join(lines)


def emit(seed, first, count, focus=None):
    models = [generate(seed, i, focus) for i in range(first, first + count)]
    option = " --focus %s" % focus if focus else ""
    out = ["// Models %d to %d of the random set %d%s, written by scripts/random_models.py:" % (
               first, first + count - 1, seed, ", each drawn with the focus %s" % focus if focus else ""),
           "//   scripts/random_models.py emit --seed %d --first %d --count %d%s --out <this file>" % (seed, first, count, option),
           "// Do not edit: change the script and write the file again (ctest random_models.generated_source.* checks the suite's).",
           '#include "random_models.hpp"', "", "namespace random_models::set_%d_%d {" % (first, count),
           "using namespace ctnn;", ""]
    for m in models:
        out += [cpp_model(m), ""]
    out.append("const model_case cases[] = {")  # the output kind: the first output's
    for m in models:
        name = "m%04d" % m["index"]
        out.append('    {%d, "%s", "%s", "%s", &run_model<%s::type, %s::positions, %s::labels>},' % (
            m["index"], m["structure"], ",".join(m["kinds"] + m["features"]), m["nodes"][m["output"]]["kind"],
            name, name, name))
    out += ["};", "[[maybe_unused]] const bool registered = register_cases(cases);", "}  // namespace random_models::set_%d_%d" % (first, count), ""]
    return "\n".join(out)


def describe(seed, count, first=0, focus=None):
    """Models [first, first + count) as data. Each node: its layer's kind and configuration, the
    values it reads, its shape, the labels an input holds, "shared" (the N of shared<Layer, N>, or
    null: nodes of one N are calls of one layer, with one set of weights) and "layer" (its layer's
    index in Keras's model.layers order, keras_layers: where get_weights lists the layer's weights)."""
    models = []
    for i in range(first, first + count):
        m = generate(seed, i, focus)
        m = dict(m)
        m["nodes"] = [{k: n[k] for k in ("id", "kind", "config", "inputs", "shape", "labels", "shared", "layer")}
                      for n in m["nodes"]]
        models.append(m)
    return json.dumps({"seed": seed, "models": models}, indent=None, separators=(",", ":"))


# ---- The table ------------------------------------------------------------------------------------

def table(result_files, torch_file=None):
    """results: lines `index <tab> structure <tab> kinds <tab> output kind <tab> difference` per
    build (the runner writes them); the worst difference per layer kind, as Markdown."""
    columns = []
    for path in result_files:
        per_model = {}
        with open(path) as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                index, structure, kinds, output_kind, difference = line.rstrip("\n").split("\t")[:5]
                per_model[int(index)] = (kinds.split(","), output_kind, float(difference))
        columns.append(per_model)
    torch = {}
    if torch_file:
        with open(torch_file) as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                index, kinds, output_kind, difference = line.rstrip("\n").split("\t")[:4]
                torch[int(index)] = (kinds.split(","), output_kind, float(difference))
    kinds = sorted({k for c in columns for v in c.values() for k in v[0]} | {k for v in torch.values() for k in v[0]})
    head = ["kind", "models"] + ["%s (contains / output)" % p.split("/")[-1].replace(".tsv", "") for p in result_files]
    if torch_file:
        head.append("reference vs torch float64 (contains / output, sample)")
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]

    def worst(per_model, kind):
        inside = [v[2] for v in per_model.values() if kind in v[0]]
        output = [v[2] for v in per_model.values() if v[1] == kind]
        fmt = lambda xs: "%.1e" % max(xs) if xs else "-"
        return "%s / %s" % (fmt(inside), fmt(output))

    for kind in kinds:
        count = max([sum(1 for v in c.values() if kind in v[0]) for c in columns] + [0])
        cells = [kind, str(count)] + [worst(c, kind) for c in columns]
        if torch_file:
            cells.append(worst(torch, kind) + " (%d)" % sum(1 for v in torch.values() if kind in v[0]))
        rows.append("| " + " | ".join(cells) + " |")
    every = ["all", str(max([len(c) for c in columns] + [0]))] + \
        ["%.1e" % max(v[2] for v in c.values()) if c else "-" for c in columns]
    if torch_file:
        every.append("%.1e (%d)" % (max(v[2] for v in torch.values()), len(torch)) if torch else "-")
    rows.append("| " + " | ".join(every) + " |")
    return "\n".join(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    default_oracle = os.environ.get("CTNN_KERAS_TYPE") or os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "build", "gcc", "tools", "ctnn-keras-type")
    for name in ("emit", "check", "describe"):
        p = sub.add_parser(name)
        p.add_argument("--oracle", default=default_oracle,
                       help="ctnn-keras-type, whose --layers reads each layer (default $CTNN_KERAS_TYPE, else build/gcc's)")
        p.add_argument("--seed", type=int, default=DEFAULT_SEED)
        p.add_argument("--focus", choices=FOCUS,
                       help="draw every model of the range with this FOCUS entry instead of its own")
        if name == "describe":
            p.add_argument("--first", type=int, default=0)
            p.add_argument("--count", type=int, default=500)
            p.add_argument("--out", required=True)
            continue
        p.add_argument("--first", type=int, default=0)
        p.add_argument("--count", type=int, default=50)
        if name == "emit":
            p.add_argument("--out", required=True)
        else:
            p.add_argument("file")
    p = sub.add_parser("table")
    p.add_argument("results", nargs="+")
    p.add_argument("--torch")
    args = parser.parse_args()
    global ORACLE
    if args.command != "table":
        ORACLE = Oracle(args.oracle)
    if args.command == "emit":
        text = emit(args.seed, args.first, args.count, args.focus)
        try:
            with open(args.out) as f:
                unchanged = f.read() == text
        except OSError:
            unchanged = False
        if not unchanged:  # an unchanged file keeps its time stamp, and is not compiled again
            with open(args.out, "w") as f:
                f.write(text)
    elif args.command == "check":
        with open(args.file) as f:
            if f.read() != emit(args.seed, args.first, args.count, args.focus):
                print("%s is not what scripts/random_models.py emit --seed %d --first %d --count %d%s writes; "
                      "write it again with that command" % (args.file, args.seed, args.first, args.count,
                                                            " --focus " + args.focus if args.focus else ""))
                return 1
    elif args.command == "describe":
        with open(args.out, "w") as f:
            f.write(describe(args.seed, args.count, args.first, args.focus))
    else:
        print(table(args.results, args.torch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
