#!/usr/bin/python3
"""Writes the nested-model and `.keras` files of tests/keras_files/, from scratch (no TensorFlow).

Run with Debian's python3 (python3-h5py, python3-numpy):

    /usr/bin/python3 tests/keras_files/make_keras3_files.py

The files are written next to this script; README.md lists them. They imitate, object for object
and attribute for attribute, what Keras writes for models that use another model as a layer:

- the conditional-GAN assembly `Model([noise, label], generator(concatenate([noise, label])))`,
  `generator` a Sequential (Dense(3, relu) -> BatchNormalization -> Dense(2, sigmoid)), saved
  (i) by tf.keras 2.x as a legacy `.h5` (the nested model's weights all in
  model_weights/generator, named "dense/kernel:0", ..., the BatchNormalization statistics after
  every trainable weight of the nested model, as `layer.trainable_weights +
  layer.non_trainable_weights` lists them), and (ii) by Keras 3 as a `.keras` zip (stored entries,
  as Keras writes them, and the same archive deflated);
- the same conditional GAN with the generator a nested Functional (`keras.Model`), Keras 3;
- Keras 2.2.4's `Model(noise, Sequential(...)(noise))` (the Keras-GAN generators): class
  `Model`, the Sequential's configuration a bare list, every attribute a fixed-length string;
- the GAN stacking `Sequential([generator, discriminator])`, both Sequential, as a Keras 3
  `.keras` (also compiled and trained, with the discriminator's own optimizer state inside its
  group) and a tf.keras 2.x `.h5`;
- the same conditional GAN written without nesting, as a Keras 3 `.weights.h5`;
- a tf.keras 2.15 `.h5` whose nested model computes `1.0 - h * 2.0` with Python operators
  (`TFOpLambda` layers, which ctnn refuses by name);
- a tf.keras 2.15 `.h5` of Subtract, Average, Maximum and Minimum in one graph;
- the Keras 1-D layers (Conv1D, the 1-D poolings and global poolings, ZeroPadding1D, Cropping1D,
  UpSampling1D, SpatialDropout1D) in one Sequential, as tf.keras 2.15 writes a `.h5` and Keras 3
  a `.keras`;
- DepthwiseConv2D in a small MobileNet-style Sequential (Conv2D, BatchNormalization, ReLU(6.0),
  GlobalAveragePooling2D, Dense around it), as tf.keras 2.15 writes a `.h5` and Keras 3 a `.keras`;
- SeparableConv1D (causal padding, tf.keras 2's only) in a tf.keras 2.15 `.h5`, and DepthwiseConv1D
  (Keras 3's only) with SeparableConv1D in a Keras 3.10 `.keras`, each a small Sequential on
  sequences (GlobalAveragePooling1D and Dense after the convolutions);
- Conv1DTranspose after a Conv1D in a small Sequential on sequences, as tf.keras 2.15 writes a `.h5`
  and Keras 3.15 (the first to save output_padding in the config) a `.keras`;
- Keras's image preprocessing, reshaping and normalising layers in one Sequential (RandomFlip,
  RandomRotation, Resizing(crop_to_aspect_ratio=True), CenterCrop, Conv2D, UnitNormalization,
  Permute, Flatten, Dense, RepeatVector, ActivityRegularization, Dense), as tf.keras 2.15 writes a
  `.h5` and Keras 3.10 a `.keras` (the augmentation layers there in a nested Sequential
  `data_augmentation`, as Keras's image-classification tutorial builds it); and RMSNormalization,
  Keras 3's only, in a `.keras` of its own;

and a corpus of broken files, each refused with its own message. The weights are small binary
fractions (exact in float32). The output is deterministic: zip entries carry fixed dates, HDF5
stores no timestamps. The script ends by printing the weights and the models' outputs on test
inputs (numpy, float64 from the float32 weights), which tests/keras3_files_test.cpp holds as
literals.
"""
import io
import json
import os
import struct
import sys
import zipfile

import h5py
import numpy as np

from make_keras_files import keras2_layer, print_files

HERE = os.path.dirname(os.path.abspath(__file__))
ASCII = h5py.string_dtype("ascii")

# Each layer: (Keras class, Keras name, options). Names are Keras's automatic ones: a session
# names layers with one counter per class, across every model it builds.
GENERATOR = [
    ("Dense", "dense", {"units": 3, "activation": "relu"}),
    ("BatchNormalization", "batch_normalization", {}),
    ("Dense", "dense_1", {"units": 2, "activation": "sigmoid"}),
]
NOISE, LABEL = 3, 2  # the conditional generator reads concatenate([noise, label]): 5 values

# The stacked GAN: a generator of 3 -> 5 values, then a discriminator of 5 -> 1.
STACK_GENERATOR = [
    ("Dense", "dense", {"units": 4, "activation": "relu"}),
    ("BatchNormalization", "batch_normalization", {}),
    ("Dense", "dense_1", {"units": 5, "activation": "tanh"}),
]
STACK_DISCRIMINATOR = [
    ("Dense", "dense_2", {"units": 3, "activation": "linear"}),
    ("LeakyReLU", "leaky_re_lu", {"alpha": 0.2}),
    ("Dense", "dense_3", {"units": 1, "activation": "sigmoid"}),
]
STACK_INPUT = 3

# A tf.keras 2.15 model whose nested encoder computes 1.0 - h * 2.0 with Python operators (TFOpLambda).
PYTHON_OPERATION_INPUT = 5
PYTHON_OPERATION_ENCODER = [("Dense", "dense", {"units": 3, "activation": "linear"})]
PYTHON_OPERATION_HEAD = [("Dense", "dense_1", {"units": 2, "activation": "sigmoid"})]

# The element-wise merges in one tf.keras 2.15 graph: d = Dense(3)(a); s = Subtract()([d, b]);
# m = Average()([a, b, d]); y = Dense(2)(Concatenate()([Maximum()([s, m]), Minimum()([s, m, b])])),
# a and b of shape (2, 3).
MERGES_SHAPE = (2, 3)
MERGES_A = np.array([[[1.0, -0.5, 0.25], [-0.75, 0.5, 2.0]], [[0.0, 1.5, -1.0], [0.5, -0.25, 0.75]]], dtype=np.float32)
MERGES_B = np.array([[[0.5, 0.5, -0.5], [1.0, -1.0, 0.0]], [[-0.25, 0.75, 0.5], [0.5, 2.0, -1.5]]], dtype=np.float32)

# Keras 2.2.4 names layers from _1.
K224_GENERATOR = [
    ("Dense", "dense_1", {"units": 3, "activation": "relu"}),
    ("BatchNormalization", "batch_normalization_1", {}),
    ("Dense", "dense_2", {"units": 2, "activation": "sigmoid"}),
]

# Element-wise layers with settings of their own as activations (Keras 3 saves the layer object in
# place of a name): Dense(4, activation=LeakyReLU(negative_slope=0.3)), Dense(3,
# activation=ReLU(max_value=0.5, negative_slope=0.5, threshold=0.125)), Activation(ReLU(negative_slope=0.25))
# (max_value None). Not ELU: Keras 3's ELU saves no alpha.
def k3_activation_object(keras_class, name, settings):
    return {"module": "keras.layers", "class_name": keras_class,
            "config": {"name": name, "trainable": True, "dtype": POLICY, **settings}, "registered_name": None}


OBJECTS_INPUT = 3
OBJECTS = [
    ("Dense", "dense", {"units": 4, "activation": ("LeakyReLU", "leaky_re_lu", {"negative_slope": 0.3})}),
    ("Dense", "dense_1", {"units": 3, "activation": ("ReLU", "re_lu", {"max_value": 0.5, "negative_slope": 0.5, "threshold": 0.125})}),
    ("Activation", "activation", {"activation": ("ReLU", "re_lu_1", {"max_value": None, "negative_slope": 0.25, "threshold": 0.0})}),
]
OBJECTS_INPUTS = np.array([[1.0, -0.5, 0.25], [-0.75, 0.5, 2.0]], dtype=np.float32)

CGAN_NOISE = np.array([[-1.0, 0.5, 0.25], [0.25, 2.0, -1.0]], dtype=np.float32)
CGAN_LABEL = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
STACK_INPUTS = np.array([[1.0, -0.5, 0.25], [-0.75, 0.5, 2.0]], dtype=np.float32)


def fractions(count, start):
    """`count` multiples of 1/8 in [-5/8, 5/8]: exact in float32, no two neighbours alike."""
    return np.array([(((start + i) * 7) % 11 - 5) / 8 for i in range(count)], dtype=np.float32)


def chain_weights(layers, width, counter=0):
    """{layer name: [(weight stem, array)]} in get_weights() order, the width out, the counter."""
    weights = {}
    for keras_class, name, options in layers:
        if keras_class == "Dense":
            units = options["units"]
            kernel = fractions(width * units, counter).reshape(width, units)
            bias = fractions(units, counter + kernel.size)
            counter += kernel.size + units
            weights[name] = [("kernel", kernel), ("bias", bias)]
            width = units
        elif keras_class == "BatchNormalization":
            gamma = fractions(width, counter) + np.float32(1.0)
            beta = fractions(width, counter + width)
            mean = fractions(width, counter + 2 * width)
            variance = np.array([(0.5, 1.0, 2.0, 0.25)[i % 4] for i in range(width)], dtype=np.float32)
            counter += 3 * width
            weights[name] = [("gamma", gamma), ("beta", beta), ("moving_mean", mean), ("moving_variance", variance)]
        else:
            weights[name] = []
    return weights, width, counter


def run_chain(layers, weights, y):
    """The layers on y (float64), as Keras computes them."""
    for keras_class, name, options in layers:
        w = [value.astype(np.float64) for _, value in weights[name]]
        if keras_class == "Dense":
            y = y @ w[0] + w[1]
            activation = options["activation"]
            if isinstance(activation, tuple):
                y = apply_layer_object(activation, y)
            elif activation == "relu":
                y = np.maximum(y, 0.0)
            elif activation == "sigmoid":
                y = 1.0 / (1.0 + np.exp(-y))
            elif activation == "tanh":
                y = np.tanh(y)
        elif keras_class == "BatchNormalization":
            gamma, beta, mean, variance = w
            y = gamma * (y - mean) / np.sqrt(variance + np.float64(np.float32(1e-3))) + beta
        elif keras_class == "LeakyReLU":
            y = apply_layer_object(("LeakyReLU", name, {"negative_slope": options["alpha"]}), y)
        elif keras_class == "Activation":
            y = apply_layer_object(options["activation"], y)
    return y


def apply_layer_object(activation, y):
    """A layer object given as an activation, as Keras 3 computes it (float32 settings)."""
    keras_class, _, settings = activation
    f32 = lambda v: np.float64(np.float32(v))
    if keras_class == "LeakyReLU":
        return np.where(y >= 0, y, f32(settings["negative_slope"]) * y)
    if keras_class == "ReLU":  # x > threshold ? x : slope * (x - threshold), then capped
        t = f32(settings["threshold"])
        cap = np.inf if settings["max_value"] is None else f32(settings["max_value"])
        return np.minimum(np.where(y > t, y, f32(settings["negative_slope"]) * (y - t)), cap)
    if keras_class == "ELU":
        return np.where(y > 0, y, f32(settings["alpha"]) * np.expm1(y))
    raise ValueError(keras_class)


# ---------------------------------------------------------------------------------------------
# tf.keras 2.x (legacy .h5): model_config in the Keras 2 schema

# A layer's tf.keras 2.x configuration: the same as make_keras_files.py writes.
k2_layer = keras2_layer


def k2_input(name, width):
    return {"class_name": "InputLayer", "config": {
        "batch_input_shape": [None, width], "dtype": "float32", "sparse": False, "ragged": False, "name": name}}


def k2_sequential(name, width, layers):
    """`Sequential([Dense(..., input_shape=(width,)), ...], name=name)`: tf.keras 2.4+ lists the
    InputLayer it makes (named after the first layer) and repeats its shape on the first layer."""
    shape = [None, width]
    entries = [k2_input(layers[0][1] + "_input", width)]
    entries += [k2_layer(c, n, o, shape if i == 0 else None) for i, (c, n, o) in enumerate(layers)]
    return {"class_name": "Sequential", "config": {"name": name, "layers": entries}}


def k2_cgan_config():
    noise, label = k2_input("noise", NOISE), k2_input("label", LABEL)
    for entry in (noise, label):
        entry["name"] = entry["config"]["name"]
        entry["inbound_nodes"] = []
    concatenate = k2_layer("Concatenate", "concatenate", {})
    concatenate["name"] = "concatenate"
    concatenate["inbound_nodes"] = [[["noise", 0, 0, {}], ["label", 0, 0, {}]]]
    generator = k2_sequential("generator", NOISE + LABEL, GENERATOR)
    generator["name"] = "generator"
    generator["inbound_nodes"] = [[["concatenate", 0, 0, {}]]]
    # A model built on its own Input has a node of its own (input -> output) that the config
    # leaves out: its call in this model is node 1.
    return {"class_name": "Functional", "config": {
        "name": "cgan", "layers": [noise, label, concatenate, generator],
        "input_layers": [["noise", 0, 0], ["label", 0, 0]], "output_layers": [["generator", 1, 0]]}}


def k2_stack_config():
    """`Sequential([generator, discriminator], name="gan")`: tf.keras makes an InputLayer named
    after the first layer, from the shape of the deepest first layer."""
    return {"class_name": "Sequential", "config": {"name": "gan", "layers": [
        k2_input("generator_input", STACK_INPUT),
        k2_sequential("generator", STACK_INPUT, STACK_GENERATOR),
        k2_sequential("discriminator", STACK_GENERATOR[-1][2]["units"], STACK_DISCRIMINATOR)]}}


def k2_python_operation_config():
    """tf.keras 2.15: `x = Input((5,)); encoder = Model(x, 1.0 - Dense(3)(x) * 2.0, name="encoder")`,
    then `Model(noise, Dense(2, activation="sigmoid")(encoder(noise)))`. tf.keras 2 saves an
    operation written as a Python expression as a TFOpLambda layer (`tf.math.multiply`,
    `tf.math.subtract`), whose inbound node is one list level shallower than a layer's: [name,
    node, tensor, {the operation's other arguments}], or, where the first argument is a number,
    ["_CONSTANT_VALUE", -1, the number, {...}] with the tensor among the other arguments."""
    inner = k2_input("encoder_input", PYTHON_OPERATION_INPUT)
    inner["name"], inner["inbound_nodes"] = "encoder_input", []
    dense = k2_layer(*PYTHON_OPERATION_ENCODER[0])
    dense["name"], dense["inbound_nodes"] = "dense", [[["encoder_input", 0, 0, {}]]]
    multiply = {"class_name": "TFOpLambda",
                "config": {"name": "tf.math.multiply", "trainable": True, "dtype": "float32", "function": "math.multiply"},
                "name": "tf.math.multiply", "inbound_nodes": [["dense", 0, 0, {"y": 2.0, "name": None}]]}
    subtract = {"class_name": "TFOpLambda",
                "config": {"name": "tf.math.subtract", "trainable": True, "dtype": "float32", "function": "math.subtract"},
                "name": "tf.math.subtract",
                "inbound_nodes": [["_CONSTANT_VALUE", -1, 1.0, {"y": ["tf.math.multiply", 0, 0], "name": None}]]}
    encoder = {"class_name": "Functional", "config": {
        "name": "encoder", "layers": [inner, dense, multiply, subtract],
        "input_layers": [["encoder_input", 0, 0]], "output_layers": [["tf.math.subtract", 0, 0]]},
        "name": "encoder", "inbound_nodes": [[["noise", 0, 0, {}]]]}
    noise = k2_input("noise", PYTHON_OPERATION_INPUT)
    noise["name"], noise["inbound_nodes"] = "noise", []
    head = k2_layer(*PYTHON_OPERATION_HEAD[0])
    head["name"], head["inbound_nodes"] = "dense_1", [[["encoder", 1, 0, {}]]]
    return {"class_name": "Functional", "config": {
        "name": "model", "layers": [noise, encoder, head],
        "input_layers": [["noise", 0, 0]], "output_layers": [["dense_1", 0, 0]]}}


def k2_merges_config():
    """The element-wise merges graph (MERGES_*) as tf.keras 2.15 writes it."""
    def entry(layer, name, reads):
        layer["name"], layer["inbound_nodes"] = name, [[[r, 0, 0, {}] for r in reads]] if reads else []
        return layer
    a = entry(k2_input("a", 0), "a", [])
    b = entry(k2_input("b", 0), "b", [])
    for node in (a, b):
        node["config"]["batch_input_shape"] = [None, *MERGES_SHAPE]
    layers = [a, b,
              entry(k2_layer("Dense", "dense", {"units": 3, "activation": "linear"}), "dense", ["a"]),
              entry(k2_layer("Subtract", "subtract", {}), "subtract", ["dense", "b"]),
              entry(k2_layer("Average", "average", {}), "average", ["a", "b", "dense"]),
              entry(k2_layer("Maximum", "maximum", {}), "maximum", ["subtract", "average"]),
              entry(k2_layer("Minimum", "minimum", {}), "minimum", ["subtract", "average", "b"]),
              entry(k2_layer("Concatenate", "concatenate", {}), "concatenate", ["maximum", "minimum"]),
              entry(k2_layer("Dense", "dense_1", {"units": 2, "activation": "linear"}), "dense_1", ["concatenate"])]
    return {"class_name": "Functional", "config": {
        "name": "merges", "layers": layers, "input_layers": [["a", 0, 0], ["b", 0, 0]],
        "output_layers": [["dense_1", 0, 0]]}}


def merges_weights():
    kernel = fractions(9, 0).reshape(3, 3)
    bias = fractions(3, 9)
    kernel_1 = fractions(12, 12).reshape(6, 2)
    bias_1 = fractions(2, 24)
    return {"dense": [("kernel", kernel), ("bias", bias)], "dense_1": [("kernel", kernel_1), ("bias", bias_1)]}


def run_merges(weights, a, b):
    """Keras's computation in float64: Subtract, Average (the sum over the count), Maximum, Minimum."""
    w = {name: [v.astype(np.float64) for _, v in values] for name, values in weights.items()}
    d = a @ w["dense"][0] + w["dense"][1]
    s = d - b
    m = (a + b + d) / 3
    joined = np.concatenate([np.maximum(s, m), np.minimum(np.minimum(s, m), b)], axis=-1)
    return joined @ w["dense_1"][0] + w["dense_1"][1]


def fixed_names(group, name, names):
    """A list of names as tf.keras 2.x writes it (np.asarray of bytes: fixed-length strings); no
    names at all is np.asarray([]), an empty float64 array."""
    group.attrs[name] = np.array([n.encode() for n in names]) if names else np.array([], dtype=np.float64)


def write_k2_h5(path, config, top_layers, keras_version="2.4.0"):
    """model.save(path) by tf.keras 2.4 (or `keras_version`): `top_layers` is [(name, [(weight
    name, array)])] in model.layers order; each group lists its weights as the layer's `weights` does."""
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = keras_version
        f.attrs["backend"] = "tensorflow"
        f.attrs.create("model_config", json.dumps(config).encode(), dtype=ASCII)
        root = f.create_group("model_weights")
        fixed_names(root, "layer_names", [name for name, _ in top_layers])
        root.attrs.create("backend", b"tensorflow", dtype=ASCII)
        root.attrs.create("keras_version", keras_version.encode(), dtype=ASCII)
        for name, weights in sorted(top_layers):  # groups in name order
            group = root.create_group(name)
            fixed_names(group, "weight_names", [n for n, _ in weights])
            for weight_name, value in weights:
                group.create_dataset(weight_name, data=value)


def write_k224_h5(path, config, top_layers):
    """model.save(path) by Keras 2.2.4 under h5py 2.x: every attribute a fixed-length byte string."""
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = np.bytes_(b"2.2.4")
        f.attrs["backend"] = np.bytes_(b"tensorflow")
        f.attrs["model_config"] = np.bytes_(json.dumps(config).encode())
        root = f.create_group("model_weights")
        fixed_names(root, "layer_names", [name for name, _ in top_layers])
        root.attrs["backend"] = np.bytes_(b"tensorflow")
        root.attrs["keras_version"] = np.bytes_(b"2.2.4")
        for name, weights in sorted(top_layers):
            group = root.create_group(name)
            fixed_names(group, "weight_names", [n for n, _ in weights])
            for weight_name, value in weights:
                group.create_dataset(weight_name, data=value)


def nested_legacy_weights(layers, weights):
    """A nested model's `trainable_weights + non_trainable_weights`, named 'dense/kernel:0' (of one
    layer: that layer's weights in its own group)."""
    trainable, frozen = [], []
    for _, name, _ in layers:
        for stem, value in weights[name]:
            (frozen if stem.startswith("moving_") else trainable).append((f"{name}/{stem}:0", value))
    return trainable + frozen


# ---------------------------------------------------------------------------------------------
# Keras 3 (.keras archive): config.json in the Keras 3 schema, model.weights.h5 by class counters

POLICY = {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": None}


def k3_initializer(class_name, config=None):
    return {"module": "keras.initializers", "class_name": class_name, "config": config or {}, "registered_name": None}


def k3_layer(keras_class, name, options, input_shape):
    config = {"name": name, "trainable": True, "dtype": POLICY}
    entry = {"module": "keras.layers", "class_name": keras_class, "config": config, "registered_name": None}
    activation = options.get("activation")
    if isinstance(activation, tuple):
        activation = k3_activation_object(*activation)
    if keras_class == "Dense":
        config.update({
            "units": options["units"], "activation": activation, "use_bias": True,
            "kernel_initializer": k3_initializer("GlorotUniform", {"seed": None}),
            "bias_initializer": k3_initializer("Zeros"),
            "kernel_regularizer": None, "bias_regularizer": None, "kernel_constraint": None, "bias_constraint": None,
        })
    elif keras_class == "BatchNormalization":
        config.update({
            "axis": -1, "momentum": 0.99, "epsilon": 0.001, "center": True, "scale": True,
            "beta_initializer": k3_initializer("Zeros"), "gamma_initializer": k3_initializer("Ones"),
            "moving_mean_initializer": k3_initializer("Zeros"), "moving_variance_initializer": k3_initializer("Ones"),
            "beta_regularizer": None, "gamma_regularizer": None, "beta_constraint": None, "gamma_constraint": None,
            "synchronized": False,
        })
    elif keras_class == "LeakyReLU":
        config["negative_slope"] = options["alpha"]
    elif keras_class == "Activation":
        config["activation"] = activation
    elif keras_class == "Concatenate":
        config["axis"] = -1
    elif "module" in options:  # a custom layer: its own module and registered name
        config.update(options["config"])
        entry["module"], entry["registered_name"] = options["module"], options["registered_name"]
    if keras_class not in ("LeakyReLU",):  # layers with a build() record the shape they were built for
        entry["build_config"] = {"input_shape": input_shape}
    return entry


def k3_input(name, width):
    return {"module": "keras.layers", "class_name": "InputLayer",
            "config": {"batch_shape": [None, width], "dtype": "float32", "sparse": False, "name": name},
            "registered_name": None}


def k3_sequential(name, width, layers, input_name):
    """keras.Sequential([keras.Input((width,)), ...], name=name): the config lists its InputLayer."""
    entries, shape = [k3_input(input_name, width)], [None, width]
    for keras_class, layer_name, options in layers:
        entries.append(k3_layer(keras_class, layer_name, options, shape))
        if keras_class == "Dense":
            shape = [None, options["units"]]
    return {"module": "keras", "class_name": "Sequential",
            "config": {"name": name, "trainable": True, "layers": entries, "build_input_shape": [None, width]},
            "registered_name": None, "build_config": {"input_shape": [None, width]}}


def k3_tensor(layer, width):
    return {"class_name": "__keras_tensor__",
            "config": {"shape": [None, width], "dtype": "float32", "keras_history": [layer, 0, 0]}}


def k3_cgan_config(generator_layers=GENERATOR):
    noise, label = k3_input("noise", NOISE), k3_input("label", LABEL)
    for entry in (noise, label):
        entry["name"] = entry["config"]["name"]
        entry["inbound_nodes"] = []
    concatenate = k3_layer("Concatenate", "concatenate", {}, [[None, NOISE], [None, LABEL]])
    concatenate["name"] = "concatenate"
    concatenate["inbound_nodes"] = [{"args": [[k3_tensor("noise", NOISE), k3_tensor("label", LABEL)]], "kwargs": {}}]
    generator = k3_sequential("generator", NOISE + LABEL, generator_layers, "input_layer")
    generator["name"] = "generator"
    # Sequential.call(inputs, training=None, mask=None): Keras fills in the mask.
    generator["inbound_nodes"] = [{"args": [k3_tensor("concatenate", NOISE + LABEL)], "kwargs": {"mask": None}}]
    # A Keras 3 Sequential is no Functional: it has no node of its own, its call here is node 0.
    return {"module": "keras.src.models.functional", "class_name": "Functional", "config": {
        "name": "cgan", "trainable": True, "layers": [noise, label, concatenate, generator],
        "input_layers": [["noise", 0, 0], ["label", 0, 0]], "output_layers": [["generator", 0, 0]]},
        "registered_name": "Functional", "build_config": {"input_shape": None}}


def k3_functional(name, width, layers, input_name):
    """keras.Model(x, y, name=name) on keras.Input((width,), name=input_name): every layer with
    its inbound node, the InputLayer first."""
    entry = k3_input(input_name, width)
    entry["name"], entry["inbound_nodes"] = input_name, []
    entries, shape, previous = [entry], [None, width], input_name
    for keras_class, layer_name, options in layers:
        layer = k3_layer(keras_class, layer_name, options, shape)
        layer["name"] = layer_name
        # BatchNormalization.call(inputs, training=None, mask=None): Keras fills in the mask.
        kwargs = {"mask": None} if keras_class == "BatchNormalization" else {}
        layer["inbound_nodes"] = [{"args": [k3_tensor(previous, shape[1])], "kwargs": kwargs}]
        entries.append(layer)
        previous = layer_name
        if keras_class == "Dense":
            shape = [None, options["units"]]
    return {"module": "keras.src.models.functional", "class_name": "Functional", "config": {
        "name": name, "trainable": True, "layers": entries,
        "input_layers": [[input_name, 0, 0]], "output_layers": [[previous, 0, 0]]},
        "registered_name": "Functional", "build_config": {"input_shape": None}}


def k3_cgan_functional_config():
    """The conditional GAN with a Functional generator: a Functional model has a node of its own
    (its input to its output), so its call in the outer model is node 1."""
    config = k3_cgan_config()
    generator = k3_functional("generator", NOISE + LABEL, GENERATOR, "input_layer")
    generator["name"] = "generator"
    generator["inbound_nodes"] = [{"args": [k3_tensor("concatenate", NOISE + LABEL)], "kwargs": {"mask": None}}]
    config["config"]["layers"][3] = generator
    config["config"]["output_layers"] = [["generator", 1, 0]]
    return config


def k224_cgan_config():
    """Keras 2.2.4 (the Keras-GAN style): the generator a Sequential wrapped in
    Model(noise, model(noise)); class "Model", a Sequential's config a bare list of its layers,
    names counted from _1, the Sequential's call node 1."""
    width = NOISE + LABEL
    layers = []
    for i, (keras_class, name, options) in enumerate(K224_GENERATOR):
        layer = k2_layer(keras_class, name, options, [None, width] if i == 0 else None)
        if keras_class == "Dense":
            layer["config"]["kernel_initializer"] = {"class_name": "VarianceScaling", "config": {
                "scale": 1.0, "mode": "fan_avg", "distribution": "uniform", "seed": None}}
        if keras_class == "BatchNormalization":
            layer["config"]["axis"] = -1
        layers.append(layer)
    noise = {"name": "input_1", "class_name": "InputLayer",
             "config": {"batch_input_shape": [None, width], "dtype": "float32", "sparse": False, "name": "input_1"},
             "inbound_nodes": []}
    model = {"name": "sequential_1", "class_name": "Sequential", "config": layers,
             "inbound_nodes": [[["input_1", 0, 0, {}]]]}
    return {"class_name": "Model", "config": {"name": "model_1", "layers": [noise, model],
                                              "input_layers": [["input_1", 0, 0]],
                                              "output_layers": [["sequential_1", 1, 0]]}}


def k3_stack_config():
    """keras.Sequential([generator, discriminator], name="gan"): built from the first layer's
    input shape, it puts an InputLayer of its own first."""
    width = STACK_GENERATOR[-1][2]["units"]
    return {"module": "keras", "class_name": "Sequential", "config": {
        "name": "gan", "trainable": True, "layers": [
            k3_input("input_layer_2", STACK_INPUT),
            k3_sequential("generator", STACK_INPUT, STACK_GENERATOR, "input_layer"),
            k3_sequential("discriminator", width, STACK_DISCRIMINATOR, "input_layer_1")],
        "build_input_shape": [None, STACK_INPUT]},
        "registered_name": None, "build_config": {"input_shape": [None, STACK_INPUT]}}


def snake_case(name):
    import re
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()


class K3Model:
    """What Keras 3's saving_lib walks: a saveable with a name and variables, for a model its
    `layers` (a Sequential's without its InputLayer) and, once compiled, its `optimizer` (walked
    after the layers, at every level of nesting)."""

    def __init__(self, name, variables=(), layers=None, optimizer=None):
        self.name, self.variables, self.layers, self.optimizer = name, list(variables), layers, optimizer


def adam_state(weights, names):
    """An Adam optimizer after training (Keras 3): iterations, learning_rate, then a momentum and a
    velocity per trainable variable. Every value 99: a loader that took them for weights would
    show it."""
    variables = [np.array(120, dtype=np.int64), np.array(0.0002, dtype=np.float32)]
    for name in names:
        for stem, value in weights[name]:
            if not stem.startswith("moving_"):
                variables += [np.full(value.shape, 99.0, dtype=np.float32)] * 2
    return K3Model("adam", variables)


def k3_chain(layers, weights):
    return [K3Model(name, [v for _, v in weights[name]]) for _, name, _ in layers]



def write_k3_weights(h5, model, classes, drop=()):
    """saving_lib._save_state: `<path>/vars` (with a `name` attribute, Keras 3.6+) for every
    saveable, then its layers at `<path>/layers/<snake_case(class)>[_k]`; `drop` leaves out
    datasets ("layers/dense/vars/1")."""
    def save(node, path):
        group = h5.create_group(path + "/vars" if path else "vars")
        group.attrs["name"] = node.name
        for i, value in enumerate(node.variables):
            if f"{path}/vars/{i}" not in drop:
                group.create_dataset(str(i), data=value)
        if node.layers is None:
            return
        used = {}
        for layer in node.layers:
            stem = snake_case(classes[id(layer)])
            used[stem] = used.get(stem, -1) + 1
            key = stem if used[stem] == 0 else f"{stem}_{used[stem]}"
            save(layer, f"{path}/layers/{key}" if path else f"layers/{key}")
        if node.optimizer is not None:
            save(node.optimizer, f"{path}/optimizer" if path else "optimizer")
    save(model, "")


def k3_weights_bytes(model, classes, drop=()):
    buffer = io.BytesIO()
    with h5py.File(buffer, "w") as h5:
        write_k3_weights(h5, model, classes, drop)
    return buffer.getvalue()


JSON_DATE = (1980, 1, 1, 0, 0, 0)
WEIGHTS_DATE = (2025, 7, 27, 7, 27, 6)


def zip_bytes(members, compression=zipfile.ZIP_STORED):
    """A zip as Keras writes a .keras: [(name, bytes)], Unix permissions 0600, fixed dates."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=WEIGHTS_DATE if name.endswith(".h5") else JSON_DATE)
            info.compress_type = compression
            info.external_attr = 0o600 << 16
            info.create_system = 3
            archive.writestr(info, data)
    return buffer.getvalue()


def keras_members(config, weights, config_text=None, keras_version="3.8.0"):
    metadata = {"keras_version": keras_version, "date_saved": "2025-07-27@07:27:06"}
    text = json.dumps(config) if config_text is None else config_text
    return [("metadata.json", json.dumps(metadata).encode()), ("config.json", text.encode()), ("model.weights.h5", weights)]


def patch_declared_size(data, member, size):
    """Sets the uncompressed size of `member` in its local header and its central directory entry."""
    data = bytearray(data)
    local = data.find(b"PK\x03\x04")
    while local >= 0:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if bytes(data[local + 30:local + 30 + name_length]) == member.encode():
            struct.pack_into("<I", data, local + 22, size)
            break
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46:central + 46 + name_length]) == member.encode():
            struct.pack_into("<I", data, central + 24, size)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def member_data_range(data, member):
    """Where the bytes of a stored member lie in the archive."""
    local = 0
    while True:
        local = data.find(b"PK\x03\x04", local)
        name_length, extra_length = struct.unpack_from("<HH", data, local + 26)
        if data[local + 30:local + 30 + name_length] == member.encode():
            size = struct.unpack_from("<I", data, local + 18)[0]
            start = local + 30 + name_length + extra_length
            return start, start + size
        local += 4


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------------------------
# The Keras 1-D layers in one Sequential chain, on sequences (steps, channels) of (24, 3):
#
#   Conv1D(4, 3, padding="causal", dilation_rate=2, activation="relu") -> ZeroPadding1D((1, 2))
#   -> MaxPooling1D(2) -> Conv1D(5, 3, strides=2, padding="same")
#   -> AveragePooling1D(3, strides=1, padding="same") -> UpSampling1D(2) -> Cropping1D((1, 1))
#   -> SpatialDropout1D(0.25) -> Conv1D(6, 1, use_bias=False, activation="tanh")
#   -> GlobalMaxPooling1D(keepdims=True) -> GlobalAveragePooling1D() -> Dense(2)
#
# (24, 3) -> (24, 4) -> (27, 4) -> (13, 4) -> (7, 5) -> (7, 5) -> (14, 5) -> (12, 5) -> (12, 5)
# -> (12, 6) -> (1, 6) -> (6) -> (2): 149 parameters. The options are the arguments given to
# Keras (strides None: left to Keras, which writes the pool size); the names are Keras's own
# (tf.keras 2.15 and Keras 3 name these classes alike).
SEQUENCE_INPUT = (24, 3)
SEQUENCE_1D = [
    ("Conv1D", "conv1d", {"filters": 4, "kernel_size": 3, "strides": 1, "padding": "causal", "dilation_rate": 2,
                          "activation": "relu", "use_bias": True}),
    ("ZeroPadding1D", "zero_padding1d", {"padding": (1, 2)}),
    ("MaxPooling1D", "max_pooling1d", {"pool_size": 2, "strides": None, "padding": "valid"}),
    ("Conv1D", "conv1d_1", {"filters": 5, "kernel_size": 3, "strides": 2, "padding": "same", "dilation_rate": 1,
                            "activation": "linear", "use_bias": True}),
    ("AveragePooling1D", "average_pooling1d", {"pool_size": 3, "strides": 1, "padding": "same"}),
    ("UpSampling1D", "up_sampling1d", {"size": 2}),
    ("Cropping1D", "cropping1d", {"cropping": (1, 1)}),
    ("SpatialDropout1D", "spatial_dropout1d", {"rate": 0.25}),
    ("Conv1D", "conv1d_2", {"filters": 6, "kernel_size": 1, "strides": 1, "padding": "valid", "dilation_rate": 1,
                            "activation": "tanh", "use_bias": False}),
    ("GlobalMaxPooling1D", "global_max_pooling1d", {"keepdims": True}),
    ("GlobalAveragePooling1D", "global_average_pooling1d", {"keepdims": False}),
    ("Dense", "dense", {"units": 2, "activation": "linear"}),
]
# Two samples: value i of the flat (2, 24, 3) array is ((5 i) mod 13 - 6) / 4, in [-1.5, 1.5].
SEQUENCE_INPUTS = np.array([((5 * i) % 13 - 6) / 4 for i in range(2 * 24 * 3)], dtype=np.float32).reshape(2, *SEQUENCE_INPUT)
POOLINGS_1D = ("MaxPooling1D", "AveragePooling1D")
GLOBAL_POOLINGS_1D = ("GlobalMaxPooling1D", "GlobalAveragePooling1D")


def same_padding(n, window, stride):
    """TF's 'same' (which Keras 3 follows on every backend): ceil(n / stride) outputs, the padding
    (before, after), the odd cell after."""
    out = -(-n // stride)
    total = max((out - 1) * stride + window - n, 0)
    return total // 2, total - total // 2


def pool_strides(options):
    """A pooling's strides: None is the pool size (both Keras versions write the resolved value)."""
    return options["pool_size"] if options["strides"] is None else options["strides"]


def sequence_shapes(layers, shape):
    """The shape each layer reads (per sample), and the model's output shape (the 1-D chain's
    layers, the 2-D ones of the depthwise chain and those of the preprocess chain below)."""
    shapes = []
    for keras_class, _, o in layers:
        shapes.append(shape)
        if keras_class == "Conv1D":
            extent = (o["kernel_size"] - 1) * o["dilation_rate"] + 1
            n, stride = shape[0], o["strides"]
            steps = -(-n // stride) if o["padding"] in ("same", "causal") else (n - extent) // stride + 1
            shape = (steps, o["filters"])
        elif keras_class in SEPARABLE_1D:  # Conv1D's steps; filters, or c * depth_multiplier channels
            extent = (o["kernel_size"] - 1) * o["dilation_rate"] + 1
            n, stride = shape[0], o["strides"]
            steps = -(-n // stride) if o["padding"] in ("same", "causal") else (n - extent) // stride + 1
            shape = (steps, o["filters"] if keras_class == "SeparableConv1D" else shape[1] * o["depth_multiplier"])
        elif keras_class == "Conv1DTranspose":
            shape = (transpose_steps(shape[0], o), o["filters"])
        elif keras_class in POOLINGS_1D:
            n, pool, stride = shape[0], o["pool_size"], pool_strides(o)
            shape = (-(-n // stride) if o["padding"] == "same" else (n - pool) // stride + 1, shape[1])
        elif keras_class == "ZeroPadding1D":
            shape = (shape[0] + sum(o["padding"]), shape[1])
        elif keras_class == "Cropping1D":
            shape = (shape[0] - sum(o["cropping"]), shape[1])
        elif keras_class == "UpSampling1D":
            shape = (shape[0] * o["size"], shape[1])
        elif keras_class in GLOBAL_POOLINGS_1D:
            shape = (1, shape[1]) if o["keepdims"] else (shape[1],)
        elif keras_class in CONVOLUTIONS_2D:
            shape = conv2d_extents(shape, o) + (o["filters"] if keras_class == "Conv2D" else shape[2] * o["depth_multiplier"],)
        elif keras_class == "GlobalAveragePooling2D":
            shape = (1, 1, shape[2]) if o["keepdims"] else (shape[2],)
        elif keras_class == "Dense":
            shape = shape[:-1] + (o["units"],)
        elif keras_class in ("Resizing", "CenterCrop"):
            shape = (o["height"], o["width"], shape[2])
        elif keras_class == "Permute":
            shape = tuple(shape[d - 1] for d in o["dims"])
        elif keras_class == "Flatten":
            shape = (int(np.prod(shape)),)
        elif keras_class == "RepeatVector":
            shape = (o["n"], shape[0])
    return shapes, shape


def sequence_weights(layers, shape):
    """{layer name: [(weight stem, array)]} in get_weights() order: Conv1D's kernel [k, c, filters]
    (then its bias), Conv1DTranspose's kernel [k, filters, c] (then its bias), Dense's kernel
    [c, units] and bias; multiples of 1/8 as fractions() makes them."""
    weights, counter = {}, 0
    shapes, _ = sequence_shapes(layers, shape)
    for (keras_class, name, o), reads in zip(layers, shapes):
        weights[name] = []
        if keras_class in ("Conv1D", "Conv1DTranspose", "Dense"):
            k, out = (None, o["units"]) if keras_class == "Dense" else (o["kernel_size"], o["filters"])
            if keras_class == "Conv1DTranspose":  # [k, filters, c]: the output channels first
                kernel_shape = (k, out, reads[-1])
            else:
                kernel_shape = (k, reads[-1], out) if k is not None else (reads[-1], out)
            kernel = fractions(int(np.prod(kernel_shape)), counter).reshape(kernel_shape)
            counter += kernel.size
            weights[name].append(("kernel", kernel))
            if o.get("use_bias", True):
                weights[name].append(("bias", fractions(out, counter)))
                counter += out
        elif keras_class in SEPARABLE_1D:
            # depthwise_kernel [k, c, M] (Keras 3's DepthwiseConv1D names it kernel), then
            # SeparableConv1D's pointwise_kernel [1, c * M, filters]; the bias [filters] or [c * M].
            k, c, m = o["kernel_size"], reads[-1], o["depth_multiplier"]
            stems = [("depthwise_kernel" if keras_class == "SeparableConv1D" else "kernel", (k, c, m))]
            if keras_class == "SeparableConv1D":
                stems.append(("pointwise_kernel", (1, c * m, o["filters"])))
            if o["use_bias"]:
                stems.append(("bias", (o["filters"] if keras_class == "SeparableConv1D" else c * m,)))
            for stem, weight_shape in stems:
                weights[name].append((stem, fractions(int(np.prod(weight_shape)), counter).reshape(weight_shape)))
                counter += int(np.prod(weight_shape))
    return weights


def activate(y, activation):
    if activation == "relu":
        return np.maximum(y, 0.0)
    if activation == "tanh":
        return np.tanh(y)
    if activation == "sigmoid":
        return 1.0 / (1.0 + np.exp(-y))
    assert activation == "linear", activation
    return y


def run_sequence(layers, weights, x):
    """The chain on x (batch, steps, channels), float64, as Keras computes it: 'causal' pads
    dilation * (k - 1) zeros before; 'same' pads as TF (same_padding); a pooling's 'same' window
    takes only the cells inside the input (the average divides by their count)."""
    for keras_class, name, o in layers:
        w = [value.astype(np.float64) for _, value in weights[name]]
        if keras_class == "Conv1D":
            k, dilation, stride = o["kernel_size"], o["dilation_rate"], o["strides"]
            extent = (k - 1) * dilation + 1
            if o["padding"] == "causal":
                pad = (extent - 1, 0)
            elif o["padding"] == "same":
                pad = same_padding(x.shape[1], extent, stride)
            else:
                pad = (0, 0)
            padded = np.pad(x, ((0, 0), pad, (0, 0)))
            steps = (padded.shape[1] - extent) // stride + 1
            y = np.zeros((x.shape[0], steps, o["filters"]))
            for t in range(steps):
                for j in range(k):
                    y[:, t, :] += padded[:, t * stride + j * dilation, :] @ w[0][j]
            if o["use_bias"]:
                y += w[1]
            x = activate(y, o["activation"])
        elif keras_class in SEPARABLE_1D:
            x = run_separable_1d(keras_class, o, w, x)
        elif keras_class == "Conv1DTranspose":
            x = run_conv1d_transpose(o, w, x)
        elif keras_class in POOLINGS_1D:
            n, pool, stride = x.shape[1], o["pool_size"], pool_strides(o)
            before = same_padding(n, pool, stride)[0] if o["padding"] == "same" else 0
            steps = -(-n // stride) if o["padding"] == "same" else (n - pool) // stride + 1
            reduce = np.max if keras_class == "MaxPooling1D" else np.mean
            x = np.stack([reduce(x[:, max(t * stride - before, 0):min(t * stride - before + pool, n), :], axis=1)
                          for t in range(steps)], axis=1)
        elif keras_class == "ZeroPadding1D":
            x = np.pad(x, ((0, 0), o["padding"], (0, 0)))
        elif keras_class == "Cropping1D":
            x = x[:, o["cropping"][0]:x.shape[1] - o["cropping"][1], :]
        elif keras_class == "UpSampling1D":
            x = np.repeat(x, o["size"], axis=1)
        elif keras_class == "GlobalMaxPooling1D":
            x = x.max(axis=1, keepdims=o["keepdims"])
        elif keras_class == "GlobalAveragePooling1D":
            x = x.mean(axis=1, keepdims=o["keepdims"])
        elif keras_class == "Dense":
            x = activate(x @ w[0] + w[1], o["activation"])
        else:
            assert keras_class == "SpatialDropout1D", keras_class  # the identity at inference
    return x


def conv1d_settings(o):
    """Conv1D's own entries, in the order both tf.keras 2.15's Conv.get_config and Keras 3's
    BaseConv.get_config write them: tuples as lists, initializers with module and registered_name."""
    return {
        "filters": o["filters"], "kernel_size": [o["kernel_size"]], "strides": [o["strides"]],
        "padding": o["padding"], "data_format": "channels_last", "dilation_rate": [o["dilation_rate"]],
        "groups": 1, "activation": o["activation"], "use_bias": o["use_bias"],
        "kernel_initializer": k3_initializer("GlorotUniform", {"seed": None}),
        "bias_initializer": k3_initializer("Zeros"),
        "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
        "kernel_constraint": None, "bias_constraint": None,
    }


def k215_layer(keras_class, name, o, batch_input_shape=None, input_rank=None):
    """A layer of the 1-D chain, the depthwise chain or the preprocess chain as tf.keras 2.15's model.save(".h5")
    writes it: the legacy entry {"class_name", "config"}; the config starts with
    Layer.get_config()'s name, trainable, dtype (and batch_input_shape on a Sequential's first
    layer), tuples are lists, initializers carry module and registered_name. `input_rank` (the
    rank the layer reads, without the batch) places BatchNormalization's axis."""
    config = {"name": name, "trainable": True, "dtype": "float32"}
    if batch_input_shape is not None:
        config["batch_input_shape"] = batch_input_shape
    if keras_class == "Conv1D":  # Conv.get_config
        config.update(conv1d_settings(o))
    elif keras_class == "Conv1DTranspose":
        config.update(conv1d_transpose_settings(o, keras3=False))
    elif keras_class in SEPARABLE_1D:
        config.update(separable_1d_settings(keras_class, o, keras3=False))
    elif keras_class in POOLINGS_1D:  # Pooling1D.get_config: strides first, None resolved in __init__
        config.update({"strides": [pool_strides(o)], "pool_size": [o["pool_size"]], "padding": o["padding"],
                       "data_format": "channels_last"})
    elif keras_class in GLOBAL_POOLINGS_1D:  # GlobalPooling1D.get_config
        config.update({"data_format": "channels_last", "keepdims": o["keepdims"]})
    elif keras_class == "ZeroPadding1D":
        config["padding"] = list(o["padding"])
    elif keras_class == "Cropping1D":
        config["cropping"] = list(o["cropping"])
    elif keras_class == "UpSampling1D":
        config["size"] = o["size"]
    elif keras_class == "SpatialDropout1D":  # Dropout.get_config
        config.update({"rate": o["rate"], "noise_shape": None, "seed": None})
    elif keras_class in CONVOLUTIONS_2D:
        config.update(conv2d_settings(keras_class, o, keras3=False))
    elif keras_class == "BatchNormalization":
        # tf.keras keeps the axis as a list, counted with the batch axis, after build(): [3] on images.
        zeros, ones = k3_initializer("Zeros"), k3_initializer("Ones")
        config.update({
            "axis": [input_rank], "momentum": 0.99, "epsilon": 0.001, "center": True, "scale": True,
            "beta_initializer": zeros, "gamma_initializer": ones, "moving_mean_initializer": zeros,
            "moving_variance_initializer": ones, "beta_regularizer": None, "gamma_regularizer": None,
            "beta_constraint": None, "gamma_constraint": None,
        })
    elif keras_class == "ReLU":
        config.update(relu_settings(o))
    elif keras_class == "GlobalAveragePooling2D":  # GlobalPooling2D.get_config
        config.update({"data_format": "channels_last", "keepdims": o["keepdims"]})
    elif keras_class == "Dense":
        config.update({
            "units": o["units"], "activation": o["activation"], "use_bias": True,
            "kernel_initializer": k3_initializer("GlorotUniform", {"seed": None}),
            "bias_initializer": k3_initializer("Zeros"),
            "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
            "kernel_constraint": None, "bias_constraint": None,
        })
    elif keras_class in PREPROCESS_CLASSES:
        config.update(k215_preprocess_settings(keras_class, o, input_rank))
    return {"class_name": keras_class, "config": config}


def k215_sequence_config(name, input_shape, layers):
    """tf.keras 2.15 `Sequential([Conv1D(..., input_shape=(24, 3)), ...])`: an InputLayer named
    after the first layer, whose shape the first layer repeats; no build_input_shape (a graph
    network)."""
    shape = [None, *input_shape]
    entries = [{"class_name": "InputLayer", "config": {
        "batch_input_shape": shape, "dtype": "float32", "sparse": False, "ragged": False, "name": layers[0][1] + "_input"}}]
    shapes, _ = sequence_shapes(layers, input_shape)
    entries += [k215_layer(c, n, o, shape if i == 0 else None, len(reads))
                for i, ((c, n, o), reads) in enumerate(zip(layers, shapes))]
    return {"class_name": "Sequential", "config": {"name": name, "layers": entries}}


def write_k215_h5(path, config, top_layers):
    """tf.keras 2.15's model.save(path) of an uncompiled model (hdf5_format.save_model_to_hdf5),
    call for call: the root's keras_version and backend as str and model_config as JSON bytes;
    model_weights' layer_names as a list of bytes, backend and keras_version as bytes (h5py 3
    stores each as a variable-length string, as in the real tf.keras 2.15 files); a group per
    layer in name order whose weight_names lists its weights (none: an empty float64 array), each
    dataset made empty then filled; and an empty top_level_model_weights."""
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = "2.15.0"
        f.attrs["backend"] = "tensorflow"
        f.attrs["model_config"] = json.dumps(config).encode("utf8")
        root = f.create_group("model_weights")
        root.attrs["layer_names"] = [name.encode("utf8") for name, _ in top_layers]
        root.attrs["backend"] = b"tensorflow"
        root.attrs["keras_version"] = b"2.15.0"
        for name, weights in sorted(top_layers, key=lambda layer: layer[0]):
            group = root.create_group(name)
            group.attrs["weight_names"] = [weight_name.encode("utf8") for weight_name, _ in weights]
            for weight_name, value in weights:
                dataset = group.create_dataset(weight_name, value.shape, dtype=value.dtype)
                dataset[:] = value
        root.create_group("top_level_model_weights").attrs["weight_names"] = []


def k3_sequence_layer(keras_class, name, o, input_shape):
    """A layer of the 1-D chain, the depthwise chain or the preprocess chain in a Keras 3 config.json: get_config()
    with tuples as lists (a pooling's strides None already resolved to the pool size), and a
    build_config for every layer Keras builds on its first call; the poolings, the global
    poolings, Dropout (so SpatialDropout1D) and ReLU set built in __init__ in Keras 3.6-3.8 and
    record none."""
    if keras_class in ("Dense", "BatchNormalization"):
        return k3_layer(keras_class, name, o, input_shape)
    config = {"name": name, "trainable": True, "dtype": POLICY}
    entry = {"module": "keras.layers", "class_name": keras_class, "config": config, "registered_name": None}
    if keras_class == "Conv1D":  # BaseConv.get_config
        config.update(conv1d_settings(o))
    elif keras_class == "Conv1DTranspose":
        config.update(conv1d_transpose_settings(o, keras3=True))
    elif keras_class in SEPARABLE_1D:
        config.update(separable_1d_settings(keras_class, o, keras3=True))
    elif keras_class in POOLINGS_1D:  # BasePooling.get_config: padding before strides
        config.update({"pool_size": [o["pool_size"]], "padding": o["padding"], "strides": [pool_strides(o)],
                       "data_format": "channels_last"})
    elif keras_class in GLOBAL_POOLINGS_1D:  # BaseGlobalPooling.get_config
        config.update({"data_format": "channels_last", "keepdims": o["keepdims"]})
    elif keras_class == "ZeroPadding1D":
        config.update({"padding": list(o["padding"]), "data_format": "channels_last"})
    elif keras_class == "Cropping1D":
        config["cropping"] = list(o["cropping"])
    elif keras_class == "UpSampling1D":
        config["size"] = o["size"]
    elif keras_class == "SpatialDropout1D":
        # BaseSpatialDropout.get_config replaces the base: no trainable, dtype the plain name.
        entry["config"] = {"rate": o["rate"], "seed": None, "name": name, "dtype": "float32"}
    elif keras_class in CONVOLUTIONS_2D:
        config.update(conv2d_settings(keras_class, o, keras3=True))
    elif keras_class == "ReLU":
        config.update(relu_settings(o))
    elif keras_class == "GlobalAveragePooling2D":  # BaseGlobalPooling.get_config
        config.update({"data_format": "channels_last", "keepdims": o["keepdims"]})
    elif keras_class in PREPROCESS_CLASSES:
        config.update(k3_preprocess_settings(keras_class, o))
    if keras_class not in POOLINGS_1D + GLOBAL_POOLINGS_1D + ("SpatialDropout1D", "ReLU", "GlobalAveragePooling2D") + BUILT_AT_INIT:
        entry["build_config"] = {"input_shape": input_shape}
    return entry


def k3_sequence_config(name, input_shape, layers):
    """Keras 3.8 `keras.Sequential([keras.Input((24, 3)), Conv1D(...), ...])`: its config lists
    its InputLayer, and a Sequential's own get_config() is Layer's (name, trainable, dtype) with
    layers and build_input_shape."""
    shape = [None, *input_shape]
    shapes, _ = sequence_shapes(layers, input_shape)
    entries = [{"module": "keras.layers", "class_name": "InputLayer",
                "config": {"batch_shape": shape, "dtype": "float32", "sparse": False, "name": "input_layer"},
                "registered_name": None}]
    entries += [k3_sequence_layer(c, n, o, [None, *reads]) for (c, n, o), reads in zip(layers, shapes)]
    return {"module": "keras", "class_name": "Sequential",
            "config": {"name": name, "trainable": True, "dtype": POLICY, "layers": entries, "build_input_shape": shape},
            "registered_name": None, "build_config": {"input_shape": shape}}


# ---------------------------------------------------------------------------------------------
# DepthwiseConv2D in a small MobileNet-style Sequential chain, on images (9, 9, 3):
#
#   Conv2D(4, 3, strides=2, padding="same", use_bias=False) -> BatchNormalization() -> ReLU(6.0)
#   -> DepthwiseConv2D(3, padding="same", depth_multiplier=2, use_bias=False)
#   -> BatchNormalization() -> ReLU(6.0) -> Conv2D(5, 1)
#   -> DepthwiseConv2D((3, 2), strides=2, activation="relu") -> GlobalAveragePooling2D() -> Dense(2)
#
# (9, 9, 3) -> (5, 5, 4) -> (5, 5, 4) -> (5, 5, 4) -> (5, 5, 8) -> (5, 5, 8) -> (5, 5, 8)
# -> (5, 5, 5) -> (2, 2, 5) -> (5) -> (2): 320 parameters (108 + 16 + 72 + 32 + 45 + 35 + 12). The
# options are those Keras holds after its __init__ (kernel_size, strides, dilation_rate as pairs);
# the names are Keras's own (tf.keras 2.15 and Keras 3 name these classes alike: re_lu,
# depthwise_conv2d, global_average_pooling2d).
DEPTHWISE_INPUT = (9, 9, 3)
DEPTHWISE_MODEL = [
    ("Conv2D", "conv2d", {"filters": 4, "kernel_size": (3, 3), "strides": (2, 2), "padding": "same", "dilation_rate": (1, 1),
                          "activation": "linear", "use_bias": False}),
    ("BatchNormalization", "batch_normalization", {}),
    ("ReLU", "re_lu", {"max_value": 6.0}),
    ("DepthwiseConv2D", "depthwise_conv2d", {"kernel_size": (3, 3), "strides": (1, 1), "padding": "same", "depth_multiplier": 2,
                                             "dilation_rate": (1, 1), "activation": "linear", "use_bias": False}),
    ("BatchNormalization", "batch_normalization_1", {}),
    ("ReLU", "re_lu_1", {"max_value": 6.0}),
    ("Conv2D", "conv2d_1", {"filters": 5, "kernel_size": (1, 1), "strides": (1, 1), "padding": "valid", "dilation_rate": (1, 1),
                            "activation": "linear", "use_bias": True}),
    ("DepthwiseConv2D", "depthwise_conv2d_1", {"kernel_size": (3, 2), "strides": (2, 2), "padding": "valid", "depth_multiplier": 1,
                                               "dilation_rate": (1, 1), "activation": "relu", "use_bias": True}),
    ("GlobalAveragePooling2D", "global_average_pooling2d", {"keepdims": False}),
    ("Dense", "dense", {"units": 2, "activation": "linear"}),
]
# Two samples: value i of the flat (2, 9, 9, 3) array is ((7 i) mod 17 - 8) / 4, in [-2, 2]: large
# enough that some values reach the ReLU's cap of 6 and others its zero.
DEPTHWISE_INPUTS = np.array([((7 * i) % 17 - 8) / 4 for i in range(2 * 9 * 9 * 3)], dtype=np.float32).reshape(2, *DEPTHWISE_INPUT)
CONVOLUTIONS_2D = ("Conv2D", "DepthwiseConv2D")


def conv2d_extents(n, o):
    """Conv2D's and DepthwiseConv2D's rows and columns out: 'same' ceil(n / s), 'valid'
    (n - ((k - 1) d + 1)) / s + 1, each axis on its own."""
    return tuple(-(-n[a] // o["strides"][a]) if o["padding"] == "same"
                 else (n[a] - (o["kernel_size"][a] - 1) * o["dilation_rate"][a] - 1) // o["strides"][a] + 1 for a in (0, 1))


def depthwise_model_weights(layers, shape):
    """{layer name: [(weight stem, array)]} in get_weights() order, the fractions taken one after
    another: Conv2D's kernel [kh, kw, c, filters] (then its bias), DepthwiseConv2D's
    depthwise_kernel [kh, kw, c, M] (then its bias [c * M]), BatchNormalization's gamma, beta,
    moving_mean and moving_variance as chain_weights makes them, Dense's kernel and bias."""
    weights, counter = {}, 0
    shapes, _ = sequence_shapes(layers, shape)
    for (keras_class, name, o), reads in zip(layers, shapes):
        channels = reads[-1]
        if keras_class == "BatchNormalization":
            normalization, _, counter = chain_weights([(keras_class, name, o)], channels, counter)
            weights[name] = normalization[name]
            continue
        weights[name] = []
        if keras_class not in CONVOLUTIONS_2D + ("Dense",):
            continue
        if keras_class == "Conv2D":
            stem, kernel_shape, out = "kernel", (*o["kernel_size"], channels, o["filters"]), o["filters"]
        elif keras_class == "DepthwiseConv2D":
            m = o["depth_multiplier"]
            stem, kernel_shape, out = "depthwise_kernel", (*o["kernel_size"], channels, m), channels * m
        else:
            stem, kernel_shape, out = "kernel", (channels, o["units"]), o["units"]
        kernel = fractions(int(np.prod(kernel_shape)), counter).reshape(kernel_shape)
        counter += kernel.size
        weights[name].append((stem, kernel))
        if o.get("use_bias", True):
            weights[name].append(("bias", fractions(out, counter)))
            counter += out
    return weights


def run_depthwise_model(layers, weights, x):
    """The chain on x (batch, rows, columns, channels), float64, as Keras computes it: 'same' pads
    as TF (same_padding, the odd cell after); DepthwiseConv2D's output channel c * M + m is input
    channel c convolved with depthwise_kernel[:, :, c, m]; ReLU(6.0) min(max(x, 0), 6)."""
    for keras_class, name, o in layers:
        w = [value.astype(np.float64) for _, value in weights[name]]
        if keras_class in CONVOLUTIONS_2D:
            (kh, kw), (sh, sw), (dh, dw) = o["kernel_size"], o["strides"], o["dilation_rate"]
            pads = [(0, 0), (0, 0)]
            if o["padding"] == "same":
                pads = [same_padding(x.shape[1 + a], (o["kernel_size"][a] - 1) * o["dilation_rate"][a] + 1, o["strides"][a])
                        for a in (0, 1)]
            padded = np.pad(x, ((0, 0), pads[0], pads[1], (0, 0)))
            rows, cols = conv2d_extents(x.shape[1:3], o)
            kernel = w[0]
            outs = kernel.shape[3] if keras_class == "Conv2D" else kernel.shape[2] * kernel.shape[3]
            y = np.zeros((x.shape[0], rows, cols, outs))
            for r in range(rows):
                for q in range(cols):
                    for i in range(kh):
                        for j in range(kw):
                            pixel = padded[:, r * sh + i * dh, q * sw + j * dw, :]
                            if keras_class == "Conv2D":
                                y[:, r, q, :] += pixel @ kernel[i, j]
                            else:  # channel c * M + m: input channel c times kernel (c, m)
                                y[:, r, q, :] += (pixel[:, :, None] * kernel[i, j]).reshape(len(pixel), -1)
            if o["use_bias"]:
                y += w[1]
            x = activate(y, o["activation"])
        elif keras_class == "BatchNormalization":
            gamma, beta, mean, variance = w
            x = gamma * (x - mean) / np.sqrt(variance + np.float64(np.float32(1e-3))) + beta
        elif keras_class == "ReLU":
            x = np.minimum(np.maximum(x, 0.0), o["max_value"])
        elif keras_class == "GlobalAveragePooling2D":
            x = x.mean(axis=(1, 2), keepdims=o["keepdims"])
        else:
            assert keras_class == "Dense", keras_class
            x = activate(x @ w[0] + w[1], o["activation"])
    return x


def conv2d_settings(keras_class, o, keras3):
    """Conv2D's and DepthwiseConv2D's own entries (tuples as lists, initializers with module and
    registered_name). Conv2D: Conv.get_config (tf.keras 2.15) and BaseConv.get_config (Keras 3)
    alike. DepthwiseConv2D in tf.keras 2.15: DepthwiseConv.get_config is Conv's without filters
    and the kernel_* entries (groups 1 stays), then depth_multiplier and the depthwise_* entries;
    in Keras 3 BaseDepthwiseConv.get_config of its own: depth_multiplier first, no filters, no
    groups."""
    sizes = {"kernel_size": list(o["kernel_size"]), "strides": list(o["strides"]), "padding": o["padding"],
             "data_format": "channels_last", "dilation_rate": list(o["dilation_rate"])}
    glorot, zeros = k3_initializer("GlorotUniform", {"seed": None}), k3_initializer("Zeros")
    if keras_class == "Conv2D":
        return {"filters": o["filters"], **sizes, "groups": 1, "activation": o["activation"], "use_bias": o["use_bias"],
                "kernel_initializer": glorot, "bias_initializer": zeros, "kernel_regularizer": None, "bias_regularizer": None,
                "activity_regularizer": None, "kernel_constraint": None, "bias_constraint": None}
    if keras3:
        return {"depth_multiplier": o["depth_multiplier"], **sizes, "activation": o["activation"], "use_bias": o["use_bias"],
                "depthwise_initializer": glorot, "bias_initializer": zeros, "depthwise_regularizer": None,
                "bias_regularizer": None, "activity_regularizer": None, "depthwise_constraint": None, "bias_constraint": None}
    return {**sizes, "groups": 1, "activation": o["activation"], "use_bias": o["use_bias"], "bias_initializer": zeros,
            "bias_regularizer": None, "activity_regularizer": None, "bias_constraint": None,
            "depth_multiplier": o["depth_multiplier"], "depthwise_initializer": glorot, "depthwise_regularizer": None,
            "depthwise_constraint": None}


def relu_settings(o):
    """ReLU.get_config, both versions: max_value, negative_slope, threshold (tf.keras 2.15 keeps
    them as float32 and writes 6.0, 0.0, 0.0 all the same)."""
    return {"max_value": o["max_value"], "negative_slope": 0.0, "threshold": 0.0}


# ---------------------------------------------------------------------------------------------
# SeparableConv1D (tf.keras 2 and Keras 3) and DepthwiseConv1D (Keras 3 only) in two small
# Sequential chains on sequences (steps, channels) of (16, 3):
#
#   tf.keras 2.15: SeparableConv1D(4, 3, padding="causal", activation="relu")
#   -> SeparableConv1D(6, 3, strides=2, padding="same", depth_multiplier=2, use_bias=False)
#   -> GlobalAveragePooling1D() -> Dense(2)
#   (16, 3) -> (16, 4) -> (8, 6) -> (6) -> (2): 111 parameters (9 + 12 + 4, 24 + 48, 12 + 2)
#
#   Keras 3.10: DepthwiseConv1D(3, padding="same", depth_multiplier=2, activation="relu")
#   -> SeparableConv1D(4, 3, strides=2) -> GlobalAveragePooling1D() -> Dense(2)
#   (16, 3) -> (16, 6) -> (7, 4) -> (4) -> (2): 80 parameters (18 + 6, 18 + 24 + 4, 8 + 2)
#
# tf.keras 2 has no DepthwiseConv1D; Keras 3 refuses 'causal' for both classes (only tf.keras 2's
# SeparableConv1D pads causally: (k - 1) d zeros before, then 'valid'). The options are those Keras
# holds after its __init__; the names are Keras's own.
SEPARABLE_INPUT = (16, 3)
SEQUENCE_SEPARABLE = [
    ("SeparableConv1D", "separable_conv1d", {"filters": 4, "kernel_size": 3, "strides": 1, "padding": "causal", "dilation_rate": 1,
                                             "depth_multiplier": 1, "activation": "relu", "use_bias": True}),
    ("SeparableConv1D", "separable_conv1d_1", {"filters": 6, "kernel_size": 3, "strides": 2, "padding": "same", "dilation_rate": 1,
                                               "depth_multiplier": 2, "activation": "linear", "use_bias": False}),
    ("GlobalAveragePooling1D", "global_average_pooling1d", {"keepdims": False}),
    ("Dense", "dense", {"units": 2, "activation": "linear"}),
]
SEQUENCE_DEPTHWISE = [
    ("DepthwiseConv1D", "depthwise_conv1d", {"kernel_size": 3, "strides": 1, "padding": "same", "depth_multiplier": 2,
                                             "dilation_rate": 1, "activation": "relu", "use_bias": True}),
    ("SeparableConv1D", "separable_conv1d", {"filters": 4, "kernel_size": 3, "strides": 2, "padding": "valid", "dilation_rate": 1,
                                             "depth_multiplier": 1, "activation": "linear", "use_bias": True}),
    ("GlobalAveragePooling1D", "global_average_pooling1d", {"keepdims": False}),
    ("Dense", "dense", {"units": 2, "activation": "linear"}),
]
# Two samples: value i of the flat (2, 16, 3) array is ((5 i) mod 13 - 6) / 4 (as the 1-D chain's).
SEPARABLE_INPUTS = np.array([((5 * i) % 13 - 6) / 4 for i in range(2 * 16 * 3)], dtype=np.float32).reshape(2, *SEPARABLE_INPUT)
SEPARABLE_1D = ("SeparableConv1D", "DepthwiseConv1D")


def run_separable_1d(keras_class, o, w, x):
    """DepthwiseConv1D or SeparableConv1D on x (batch, steps, channels), float64, as Keras computes
    it: the input padded as Conv1D's ('causal' (k - 1) d zeros before, 'same' as TF, the odd cell
    after); output channel c * M + m of the depthwise half is input channel c convolved with
    kernel[:, c, m]; SeparableConv1D then multiplies by pointwise_kernel[0] ([c * M, filters]). The
    bias, then the activation."""
    k, dilation, stride = o["kernel_size"], o["dilation_rate"], o["strides"]
    extent = (k - 1) * dilation + 1
    if o["padding"] == "causal":
        pad = (extent - 1, 0)
    elif o["padding"] == "same":
        pad = same_padding(x.shape[1], extent, stride)
    else:
        pad = (0, 0)
    padded = np.pad(x, ((0, 0), pad, (0, 0)))
    steps = (padded.shape[1] - extent) // stride + 1
    kernel = w[0]
    channels, multiplier = kernel.shape[1], kernel.shape[2]
    y = np.zeros((x.shape[0], steps, channels * multiplier))
    for t in range(steps):
        for j in range(k):
            cell = padded[:, t * stride + j * dilation, :]  # (batch, c)
            y[:, t, :] += (cell[:, :, None] * kernel[j][None, :, :]).reshape(len(cell), -1)
    if keras_class == "SeparableConv1D":
        y = y @ w[1][0]
    if o["use_bias"]:
        y += w[-1]
    return activate(y, o["activation"])


def as_conv1d(layers, weights):
    """The same chain with every DepthwiseConv1D and SeparableConv1D written as the Conv1D of the
    same sizes and its whole kernel [k, c, out] (depthwise: kernel[j, c, c * M + m] = K[j, c, m], the
    others 0; separable: the sum over m of K[j, c, m] P[0, c * M + m, f]), for run_sequence's Conv1D
    to check run_separable_1d against."""
    conv_layers, conv_weights = [], {}
    for keras_class, name, o in layers:
        w = [value.astype(np.float64) for _, value in weights[name]]
        if keras_class not in SEPARABLE_1D:
            conv_layers.append((keras_class, name, o))
            conv_weights[name] = weights[name]
            continue
        depthwise = w[0]
        k, c, m = depthwise.shape
        whole = np.zeros((k, c, c * m))
        for channel in range(c):
            whole[:, channel, channel * m:(channel + 1) * m] = depthwise[:, channel, :]
        if keras_class == "SeparableConv1D":
            whole = whole @ w[1][0]
        conv_o = {key: o[key] for key in ("kernel_size", "strides", "padding", "dilation_rate", "activation", "use_bias")}
        conv_o["filters"] = whole.shape[2]
        conv_layers.append(("Conv1D", name, conv_o))
        conv_weights[name] = [("kernel", whole)] + ([("bias", w[-1])] if o["use_bias"] else [])
    return conv_layers, conv_weights


def separable_1d_settings(keras_class, o, keras3):
    """SeparableConv1D's and DepthwiseConv1D's own entries (tuples as lists, initializers with module
    and registered_name). tf.keras 2.15's SeparableConv.get_config: Conv's entries as
    conv1d_settings writes them (groups 1 and the kernel_* entries included: Conv.__init__'s
    kernel_initializer default stays), then those Conv has not, in the order of SeparableConv's own
    dict: depth_multiplier, depthwise_initializer, pointwise_initializer, depthwise_regularizer,
    pointwise_regularizer, depthwise_constraint, pointwise_constraint. Keras 3: BaseSeparableConv's
    and BaseDepthwiseConv's get_config of their own, depth_multiplier first (SeparableConv1D then
    filters), no groups."""
    glorot, zeros = k3_initializer("GlorotUniform", {"seed": None}), k3_initializer("Zeros")
    if not keras3:
        assert keras_class == "SeparableConv1D", keras_class  # tf.keras 2 has no DepthwiseConv1D
        return {**conv1d_settings(o), "depth_multiplier": o["depth_multiplier"], "depthwise_initializer": glorot,
                "pointwise_initializer": glorot, "depthwise_regularizer": None, "pointwise_regularizer": None,
                "depthwise_constraint": None, "pointwise_constraint": None}
    sizes = {"kernel_size": [o["kernel_size"]], "strides": [o["strides"]], "padding": o["padding"], "data_format": "channels_last",
             "dilation_rate": [o["dilation_rate"]], "activation": o["activation"], "use_bias": o["use_bias"]}
    if keras_class == "DepthwiseConv1D":
        return {"depth_multiplier": o["depth_multiplier"], **sizes, "depthwise_initializer": glorot, "bias_initializer": zeros,
                "depthwise_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
                "depthwise_constraint": None, "bias_constraint": None}
    return {"depth_multiplier": o["depth_multiplier"], "filters": o["filters"], **sizes, "depthwise_initializer": glorot,
            "pointwise_initializer": glorot, "bias_initializer": zeros, "depthwise_regularizer": None,
            "pointwise_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
            "depthwise_constraint": None, "pointwise_constraint": None, "bias_constraint": None}


def k3_depthwise_1d_config():
    """Keras 3.10: keras.Sequential([keras.Input((16, 3)), DepthwiseConv1D(...), SeparableConv1D(...),
    GlobalAveragePooling1D(), Dense(2)]): the InputLayer as 3.10 writes it."""
    config = k3_sequence_config("sequential", SEPARABLE_INPUT, SEQUENCE_DEPTHWISE)
    config["config"]["layers"][0] = k3_input_layer("input_layer", [None, *SEPARABLE_INPUT])
    return config


# ---------------------------------------------------------------------------------------------
# Conv1DTranspose after a Conv1D in a small Sequential chain on sequences (steps, channels) of
# (6, 3), saved by tf.keras 2.15 (.h5) and by Keras 3.15 (.keras):
#
#   Conv1D(4, 3, padding="same", activation="relu")
#   -> Conv1DTranspose(2, 3, strides=2, padding="same", output_padding=1)
#   -> Conv1DTranspose(3, 2, strides=2, activation="tanh", use_bias=False)
#   (6, 3) -> (6, 4) -> (12, 2) -> (24, 3): 78 parameters (36 + 4, 24 + 2, 12)
#
# The steps out are Keras's deconv_output_length of the dilated kernel ke: 'same' with
# output_padding 1, (6 - 1) * 2 + 3 % 2 + 1 = 12; 'valid' with output_padding None,
# 12 * 2 + max(2 - 2, 0) = 24. Both pass TF's rule (the forward convolution of the output, of the
# same kernel, strides and padding, gives back the input's steps: ceil(12 / 2) = 6,
# (24 - 2) // 2 + 1 = 12). A Conv1DTranspose kernel is [k, filters, c], the output channels first.
# Keras 3 writes output_padding in its get_config only from 3.15.0 (before, a saved
# Conv1DTranspose reloads with output_padding None): the archive says 3.15.0.
TRANSPOSE_INPUT = (6, 3)
SEQUENCE_TRANSPOSE = [
    ("Conv1D", "conv1d", {"filters": 4, "kernel_size": 3, "strides": 1, "padding": "same", "dilation_rate": 1,
                          "activation": "relu", "use_bias": True}),
    ("Conv1DTranspose", "conv1d_transpose", {"filters": 2, "kernel_size": 3, "strides": 2, "padding": "same",
                                             "output_padding": 1, "dilation_rate": 1, "activation": "linear",
                                             "use_bias": True}),
    ("Conv1DTranspose", "conv1d_transpose_1", {"filters": 3, "kernel_size": 2, "strides": 2, "padding": "valid",
                                               "output_padding": None, "dilation_rate": 1, "activation": "tanh",
                                               "use_bias": False}),
]
# Two samples: value i of the flat (2, 6, 3) array is ((5 i) mod 13 - 6) / 4 (as the 1-D chain's).
TRANSPOSE_INPUTS = np.array([((5 * i) % 13 - 6) / 4 for i in range(2 * 6 * 3)], dtype=np.float32).reshape(2, *TRANSPOSE_INPUT)
TRANSPOSE_KERAS_VERSION = "3.15.0"


def transpose_steps(n, o):
    """Keras's deconv_output_length (tf.keras 2.15's conv_utils, Keras 3's backend_utils) of a
    Conv1DTranspose reading n steps, with the dilated kernel ke = (k - 1) d + 1."""
    extent, stride, extra = (o["kernel_size"] - 1) * o["dilation_rate"] + 1, o["strides"], o["output_padding"]
    if extra is None:
        return n * stride + max(extent - stride, 0) if o["padding"] == "valid" else n * stride
    return (n - 1) * stride + extent - (2 * (extent // 2) if o["padding"] == "same" else 0) + extra


def transpose_crop(n, o):
    """The steps TF cuts before the full result ((n - 1) s + ke steps) of a Conv1DTranspose:
    conv2d_backprop_input pads the forward 'same' convolution of the output as TF's 'same' does
    (same_padding), and refuses an output whose forward convolution does not give back n steps."""
    extent, stride, steps = (o["kernel_size"] - 1) * o["dilation_rate"] + 1, o["strides"], transpose_steps(n, o)
    back = -(-steps // stride) if o["padding"] == "same" else (steps - extent) // stride + 1
    assert back == n, "TensorFlow refuses this Conv1DTranspose: its output does not convolve back to its input"
    return same_padding(steps, extent, stride)[0] if o["padding"] == "same" else 0


def run_conv1d_transpose(o, w, x):
    """Conv1DTranspose on x (batch, steps, channels), float64, as Keras computes it: out[i s + j d
    - crop] += x[i] @ kernel[j].T (kernel [k, filters, c]) for the cells inside the output, the
    bias, then the activation."""
    n, stride, dilation = x.shape[1], o["strides"], o["dilation_rate"]
    steps, crop = transpose_steps(n, o), transpose_crop(n, o)
    y = np.zeros((x.shape[0], steps, o["filters"]))
    for i in range(n):
        for j in range(o["kernel_size"]):
            t = i * stride + j * dilation - crop
            if 0 <= t < steps:
                y[:, t, :] += x[:, i, :] @ w[0][j].T
    if o["use_bias"]:
        y += w[1]
    return activate(y, o["activation"])


def transpose_by_zero_insertion(layers, weights, x):
    """The chain again, each Conv1DTranspose computed another way: its input spread `strides` steps
    apart, ke - 1 zeros each side, then run_sequence's Conv1D ('valid', the same dilation) of the
    kernel reversed and turned to [k, c, filters], cut as TF cuts (transpose_crop) and filled with
    zeros past the full result; the other layers as run_sequence computes them."""
    for keras_class, name, o in layers:
        if keras_class != "Conv1DTranspose":
            x = run_sequence([(keras_class, name, o)], weights, x)
            continue
        w = [value.astype(np.float64) for _, value in weights[name]]
        n, stride, extent = x.shape[1], o["strides"], (o["kernel_size"] - 1) * o["dilation_rate"] + 1
        spread = np.zeros((x.shape[0], (n - 1) * stride + 1, x.shape[2]))
        spread[:, ::stride, :] = x
        spread = np.pad(spread, ((0, 0), (extent - 1, extent - 1), (0, 0)))
        conv_o = {"filters": o["filters"], "kernel_size": o["kernel_size"], "strides": 1, "padding": "valid",
                  "dilation_rate": o["dilation_rate"], "activation": "linear", "use_bias": False}
        full = run_sequence([("Conv1D", name, conv_o)], {name: [("kernel", w[0][::-1].transpose(0, 2, 1))]}, spread)
        steps, crop = transpose_steps(n, o), transpose_crop(n, o)
        full = np.concatenate([full, np.zeros((x.shape[0], max(crop + steps - full.shape[1], 0), o["filters"]))], axis=1)
        y = full[:, crop:crop + steps, :]
        if o["use_bias"]:
            y = y + w[1]
        x = activate(y, o["activation"])
    return x


def conv1d_transpose_settings(o, keras3):
    """Conv1DTranspose's own entries (tuples as lists, initializers with module and
    registered_name). tf.keras 2.15: Conv1DTranspose is a Conv1D whose get_config adds
    output_padding (null or [p]) after Conv's entries, groups 1 among them. Keras 3.15:
    BaseConvTranspose.get_config, output_padding after padding, no groups."""
    extra = None if o["output_padding"] is None else [o["output_padding"]]
    if not keras3:
        return {**conv1d_settings(o), "output_padding": extra}
    return {
        "filters": o["filters"], "kernel_size": [o["kernel_size"]], "strides": [o["strides"]], "padding": o["padding"],
        "output_padding": extra, "data_format": "channels_last", "dilation_rate": [o["dilation_rate"]],
        "activation": o["activation"], "use_bias": o["use_bias"],
        "kernel_initializer": k3_initializer("GlorotUniform", {"seed": None}), "bias_initializer": k3_initializer("Zeros"),
        "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
        "kernel_constraint": None, "bias_constraint": None,
    }


def k3_transpose_config():
    """Keras 3.15: keras.Sequential([keras.Input((6, 3)), Conv1D(...), Conv1DTranspose(...),
    Conv1DTranspose(...)]): the InputLayer as 3.10 and later write it."""
    config = k3_sequence_config("sequential", TRANSPOSE_INPUT, SEQUENCE_TRANSPOSE)
    config["config"]["layers"][0] = k3_input_layer("input_layer", [None, *TRANSPOSE_INPUT])
    return config


# ---------------------------------------------------------------------------------------------
# Keras's image preprocessing, reshaping and normalising layers in one Sequential chain on images
# (12, 10, 3), the way Keras's image-classification tutorial starts a model:
#
#   RandomFlip("horizontal") -> RandomRotation(0.1)   (Keras 3: the nested Sequential "data_augmentation")
#   -> Resizing(8, 8, crop_to_aspect_ratio=True) -> CenterCrop(6, 6) -> Conv2D(4, 3, activation="relu")
#   -> UnitNormalization() -> Permute((3, 1, 2)) -> Flatten() -> Dense(5) -> RepeatVector(3)
#   -> ActivityRegularization(l2=0.01) -> Dense(2)
#
# (12, 10, 3) -> (12, 10, 3) -> (12, 10, 3) -> (8, 8, 3) (rows 1 to 10 of the image, its centred
# 10 x 10 box, resized: bilinear, scale 1.25) -> (6, 6, 3) (rows and columns 1 to 6) -> (4, 4, 4)
# -> (4, 4, 4) -> (4, 4, 4) (channels first) -> (64) -> (5) -> (3, 5) -> (3, 5) -> (3, 2):
# 449 parameters (112 + 325 + 12). The augmentation layers and ActivityRegularization are the
# identity at inference. The names are Keras's own (tf.keras 2.15 and Keras 3 name these classes
# alike).
PREPROCESS_INPUT = (12, 10, 3)
PREPROCESS_AUGMENTATION = [
    ("RandomFlip", "random_flip", {"mode": "horizontal"}),
    ("RandomRotation", "random_rotation", {"factor": 0.1}),
]
PREPROCESS_MODEL = PREPROCESS_AUGMENTATION + [
    ("Resizing", "resizing", {"height": 8, "width": 8, "interpolation": "bilinear", "crop_to_aspect_ratio": True}),
    ("CenterCrop", "center_crop", {"height": 6, "width": 6}),
    ("Conv2D", "conv2d", {"filters": 4, "kernel_size": (3, 3), "strides": (1, 1), "padding": "valid", "dilation_rate": (1, 1),
                          "activation": "relu", "use_bias": True}),
    ("UnitNormalization", "unit_normalization", {}),
    ("Permute", "permute", {"dims": (3, 1, 2)}),
    ("Flatten", "flatten", {}),
    ("Dense", "dense", {"units": 5, "activation": "linear"}),
    ("RepeatVector", "repeat_vector", {"n": 3}),
    ("ActivityRegularization", "activity_regularization", {"l1": 0.0, "l2": 0.01}),
    ("Dense", "dense_1", {"units": 2, "activation": "linear"}),
]
# Two samples: value i of the flat (2, 12, 10, 3) array is ((7 i) mod 17 - 8) / 4 (as the depthwise
# chain's inputs): no two neighbours alike, so a flip or a wrong crop shows.
PREPROCESS_INPUTS = np.array([((7 * i) % 17 - 8) / 4 for i in range(2 * 12 * 10 * 3)], dtype=np.float32).reshape(2, *PREPROCESS_INPUT)

# RMSNormalization (Keras 3.9 and later only): Dense(6) -> RMSNormalization(epsilon=1e-5) -> Dense(3)
# on sequences (4, 6), the scale the fractions plus 1 (in [0.375, 1.625]): 69 parameters
# (42 + 6 + 21).
RMS_INPUT = (4, 6)
RMS_MODEL = [
    ("Dense", "dense", {"units": 6, "activation": "linear"}),
    ("RMSNormalization", "rms_normalization", {"epsilon": 1e-5}),
    ("Dense", "dense_1", {"units": 3, "activation": "linear"}),
]
# Two samples: value i of the flat (2, 4, 6) array is ((5 i) mod 13 - 6) / 4 (as the 1-D chain's).
RMS_INPUTS = np.array([((5 * i) % 13 - 6) / 4 for i in range(2 * 4 * 6)], dtype=np.float32).reshape(2, *RMS_INPUT)

PREPROCESS_CLASSES = ("RandomFlip", "RandomRotation", "Resizing", "CenterCrop", "UnitNormalization", "Permute", "Flatten",
                      "RepeatVector", "ActivityRegularization", "RMSNormalization")
# Keras 3.9+ marks a layer built in its constructor when it does not override build() and set
# itself built before (Layer._build_at_init): no build_config for it.
BUILT_AT_INIT = ("ActivityRegularization",)
# The Keras 3 release the new archives claim: RMSNormalization and Resizing's antialias are 3.9's.
PREPROCESS_KERAS_VERSION = "3.10.0"


def k215_preprocess_settings(keras_class, o, input_rank):
    """tf.keras 2.15's get_config of the preprocessing, reshaping and normalising layers (after
    Layer.get_config's name, trainable, dtype): keras/layers/preprocessing/image_preprocessing.py,
    random_flip.py, random_rotation.py (RandomRotation keeps the factor it was given),
    unit_normalization.py (build() resolves the axis with tf_utils.validate_axis: a list, counted
    with the batch axis, [3] on images), permute.py (dims a tuple), repeat_vector.py,
    activity_regularization.py, flatten.py."""
    if keras_class == "RandomFlip":
        return {"mode": o["mode"], "seed": None}
    if keras_class == "RandomRotation":
        return {"factor": o["factor"], "fill_mode": "reflect", "fill_value": 0.0, "interpolation": "bilinear", "seed": None}
    if keras_class == "Resizing":
        return {"height": o["height"], "width": o["width"], "interpolation": o["interpolation"],
                "crop_to_aspect_ratio": o["crop_to_aspect_ratio"]}
    if keras_class == "CenterCrop":
        return {"height": o["height"], "width": o["width"]}
    if keras_class == "UnitNormalization":
        return {"axis": [input_rank]}
    if keras_class == "Permute":
        return {"dims": list(o["dims"])}
    if keras_class == "Flatten":
        return {"data_format": "channels_last"}
    if keras_class == "RepeatVector":
        return {"n": o["n"]}
    if keras_class == "ActivityRegularization":
        return {"l1": o["l1"], "l2": o["l2"]}
    raise ValueError(f"tf.keras 2.15 has no {keras_class}")  # RMSNormalization is Keras 3.9's


def k3_preprocess_settings(keras_class, o):
    """Keras 3.10's get_config of the same layers (after Layer.get_config's name, trainable, dtype):
    the image preprocessing layers (BaseImagePreprocessingLayer: bounding_box_format only when set)
    with data_format; RandomRotation's factor as (lower, upper) after _set_factor; UnitNormalization
    the -1 it was given; RMSNormalization's build() makes its axis a list, [-1];
    ActivityRegularization drops the base's activity_regularizer."""
    if keras_class == "RandomFlip":
        return {"seed": None, "mode": o["mode"], "data_format": "channels_last"}
    if keras_class == "RandomRotation":
        return {"factor": [-o["factor"], o["factor"]], "data_format": "channels_last", "fill_mode": "reflect",
                "fill_value": 0.0, "interpolation": "bilinear", "seed": None}
    if keras_class == "Resizing":
        return {"height": o["height"], "width": o["width"], "interpolation": o["interpolation"],
                "crop_to_aspect_ratio": o["crop_to_aspect_ratio"], "pad_to_aspect_ratio": False, "fill_mode": "constant",
                "fill_value": 0.0, "antialias": False, "data_format": "channels_last"}
    if keras_class == "CenterCrop":
        return {"height": o["height"], "width": o["width"], "data_format": "channels_last"}
    if keras_class == "UnitNormalization":
        return {"axis": -1}
    if keras_class == "Permute":
        return {"dims": list(o["dims"])}
    if keras_class == "Flatten":
        return {"data_format": "channels_last"}
    if keras_class == "RepeatVector":
        return {"n": o["n"]}
    if keras_class == "ActivityRegularization":
        return {"l1": o["l1"], "l2": o["l2"]}
    assert keras_class == "RMSNormalization", keras_class
    return {"axis": [-1], "epsilon": o["epsilon"]}


def k3_input_layer(name, shape):
    """An InputLayer as Keras 3.10 writes it: with ragged (Keras 3.9+) and optional after the 3.8 entries."""
    return {"module": "keras.layers", "class_name": "InputLayer",
            "config": {"batch_shape": shape, "dtype": "float32", "sparse": False, "ragged": False, "name": name, "optional": False},
            "registered_name": None}


def k3_rms_config():
    """Keras 3.10: keras.Sequential([keras.Input((4, 6)), Dense(6), RMSNormalization(epsilon=1e-5),
    Dense(3)], name="rms_norm")."""
    config = k3_sequence_config("rms_norm", RMS_INPUT, RMS_MODEL)
    config["config"]["layers"][0] = k3_input_layer("input_layer", [None, *RMS_INPUT])
    return config


def k3_preprocess_config():
    """Keras 3: data_augmentation = keras.Sequential([RandomFlip("horizontal"), RandomRotation(0.1)],
    name="data_augmentation"), then keras.Sequential([keras.Input((12, 10, 3)), data_augmentation,
    Resizing(...), ...], name="preprocess"). The outer Input is input_layer; building the outer model
    calls data_augmentation, whose build() puts an InputLayer of its own (input_layer_1) first, so
    its config lists it and its build_input_shape."""
    shape = [None, *PREPROCESS_INPUT]
    shapes, _ = sequence_shapes(PREPROCESS_MODEL, PREPROCESS_INPUT)
    layers = [k3_sequence_layer(c, n, o, [None, *reads]) for (c, n, o), reads in zip(PREPROCESS_MODEL, shapes)]
    count = len(PREPROCESS_AUGMENTATION)
    augmentation = {"module": "keras", "class_name": "Sequential", "config": {
        "name": "data_augmentation", "trainable": True, "dtype": POLICY,
        "layers": [k3_input_layer("input_layer_1", shape)] + layers[:count], "build_input_shape": shape},
        "registered_name": None, "build_config": {"input_shape": shape}}
    return {"module": "keras", "class_name": "Sequential", "config": {
        "name": "preprocess", "trainable": True, "dtype": POLICY,
        "layers": [k3_input_layer("input_layer", shape), augmentation] + layers[count:], "build_input_shape": shape},
        "registered_name": None, "build_config": {"input_shape": shape}}


def k3_preprocess_weights(weights):
    """model.weights.h5 of the nested preprocess model: layers/sequential/layers/random_flip,
    .../random_rotation (no variables: their SeedGenerator's state is no layer variable), then
    layers/resizing, layers/center_crop, layers/conv2d/vars/0..1, ..., layers/dense_1/vars/0..1."""
    nodes = {name: K3Model(name, [value for _, value in weights[name]]) for _, name, _ in PREPROCESS_MODEL}
    count = len(PREPROCESS_AUGMENTATION)
    augmentation = K3Model("data_augmentation", layers=[nodes[name] for _, name, _ in PREPROCESS_AUGMENTATION])
    model = K3Model("preprocess", layers=[augmentation] + [nodes[name] for _, name, _ in PREPROCESS_MODEL[count:]])
    classes = {id(model): "Sequential", id(augmentation): "Sequential"}
    for keras_class, name, _ in PREPROCESS_MODEL:
        classes[id(nodes[name])] = keras_class
    return k3_weights_bytes(model, classes)


def image_chain_weights(layers, shape):
    """{layer name: [(weight stem, array)]} in get_weights() order, the fractions taken one after
    another: Conv2D's kernel [kh, kw, c, filters] and bias, Dense's kernel [c, units] and bias,
    RMSNormalization's scale [c] (the fractions plus 1); the other layers hold none."""
    weights, counter = {}, 0
    shapes, _ = sequence_shapes(layers, shape)
    for (keras_class, name, o), reads in zip(layers, shapes):
        weights[name] = []
        if keras_class in ("Conv2D", "Dense"):
            out = o["filters"] if keras_class == "Conv2D" else o["units"]
            kernel_shape = (*o["kernel_size"], reads[-1], out) if keras_class == "Conv2D" else (reads[-1], out)
            kernel = fractions(int(np.prod(kernel_shape)), counter).reshape(kernel_shape)
            bias = fractions(out, counter + kernel.size)
            counter += kernel.size + out
            weights[name] = [("kernel", kernel), ("bias", bias)]
        elif keras_class == "RMSNormalization":
            weights[name] = [("scale", fractions(reads[-1], counter) + np.float32(1.0))]
            counter += reads[-1]
    return weights


def half_pixel_taps(n_in, n_out):
    """tf.image.resize's bilinear taps along one axis (half-pixel centres, antialias off), its
    index arithmetic in float32 as TensorFlow's kernel: scale = in / out, src = (dst + 0.5) *
    scale - 0.5; (lower, upper, lerp) with lower = max(floor(src), 0), upper = min(ceil(src),
    in - 1), lerp = src - floor(src)."""
    scale = np.float32(n_in) / np.float32(n_out)
    taps = []
    for dst in range(n_out):
        src = (np.float32(dst) + np.float32(0.5)) * scale - np.float32(0.5)
        floor = np.floor(src)
        taps.append((max(int(floor), 0), min(int(np.ceil(src)), n_in - 1), np.float64(src - floor)))
    return taps


def resize_bilinear(x, height, width):
    """x (batch, rows, columns, channels) resized to (height, width) as tf.image.resize(bilinear):
    top = tl + (tr - tl) * x_lerp, bottom = bl + (br - bl) * x_lerp, top + (bottom - top) * y_lerp."""
    rows, columns = half_pixel_taps(x.shape[1], height), half_pixel_taps(x.shape[2], width)
    y = np.zeros((x.shape[0], height, width, x.shape[3]))
    for r, (upper_row, lower_row, y_lerp) in enumerate(rows):
        for c, (left, right, x_lerp) in enumerate(columns):
            top = x[:, upper_row, left] + (x[:, upper_row, right] - x[:, upper_row, left]) * x_lerp
            bottom = x[:, lower_row, left] + (x[:, lower_row, right] - x[:, lower_row, left]) * x_lerp
            y[:, r, c] = top + (bottom - top) * y_lerp
    return y


def aspect_crop(x, height, width):
    """The largest centred box of x with the aspect ratio of (height, width), as TensorFlow's
    crop_to_aspect_ratio computes it (the ratio in float32): rows = max(min(h, int(w * height /
    width)), 1), columns likewise, starting at ((h - rows) // 2, (w - columns) // 2)."""
    h, w = x.shape[1:3]
    rows = max(min(h, int(np.float32(w * height) / np.float32(width))), 1)
    columns = max(min(w, int(np.float32(h * width) / np.float32(height))), 1)
    top, left = (h - rows) // 2, (w - columns) // 2
    return x[:, top:top + rows, left:left + columns]


def run_image_chain(layers, weights, x):
    """The preprocess chain (and the RMSNormalization one) on x, float64, as Keras computes it at
    inference: the augmentation layers and ActivityRegularization pass x on; Resizing crops to the
    aspect ratio, then resizes; CenterCrop cuts the centred window (or, on a smaller image, crops to
    the ratio and resizes); UnitNormalization x / sqrt(max(sum x^2, 1e-24)) over the last axis;
    RMSNormalization x / sqrt(mean x^2 + epsilon) * scale; Permute numpy's transpose with the batch
    axis first; Conv2D and Dense as run_depthwise_model computes them."""
    for keras_class, name, o in layers:
        w = [value.astype(np.float64) for _, value in weights[name]]
        if keras_class in ("RandomFlip", "RandomRotation", "ActivityRegularization"):
            continue
        if keras_class == "Resizing":
            assert o["interpolation"] == "bilinear", o
            if o["crop_to_aspect_ratio"]:
                x = aspect_crop(x, o["height"], o["width"])
            x = resize_bilinear(x, o["height"], o["width"])
        elif keras_class == "CenterCrop":
            (h, w_), (height, width) = x.shape[1:3], (o["height"], o["width"])
            if h >= height and w_ >= width:
                top, left = (h - height) // 2, (w_ - width) // 2
                x = x[:, top:top + height, left:left + width]
            else:
                x = resize_bilinear(aspect_crop(x, height, width), height, width)
        elif keras_class in ("Conv2D", "Dense"):
            x = run_depthwise_model([(keras_class, name, o)], weights, x)
        elif keras_class == "UnitNormalization":
            x = x / np.sqrt(np.maximum(np.sum(x * x, axis=-1, keepdims=True), 1e-24))
        elif keras_class == "RMSNormalization":
            epsilon = np.float64(np.float32(o["epsilon"]))
            x = x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + epsilon) * w[0]
        elif keras_class == "Permute":
            x = np.transpose(x, (0, *o["dims"]))
        elif keras_class == "Flatten":
            x = x.reshape(len(x), -1)
        else:
            assert keras_class == "RepeatVector", keras_class
            x = np.repeat(x[:, None, :], o["n"], axis=1)
    return x


def print_image_chain(title, layers, input_shape, weights):
    """The model's summary, for the C++ test, and each weight as the fractions() it is."""
    print_summary(title, layers, input_shape, weights)
    print(f"{title} weights (get_weights() order):")
    counter = 0
    for _, name, _ in layers:
        for stem, value in weights[name]:
            plus = " + 1" if stem == "scale" else ""
            assert np.array_equal(value.ravel(), fractions(value.size, counter) + np.float32(1.0 if plus else 0.0))
            print(f"  {name}/{stem} {list(value.shape)}: fractions({value.size}, {counter}){plus}")
            counter += value.size


def print_summary(title, layers, input_shape, weights):
    """model.summary() in short: each layer's output shape and parameter count, and the total."""
    shapes, out = sequence_shapes(layers, input_shape)
    outs = shapes[1:] + [out]
    total = 0
    print(f"{title}: input {input_shape}")
    for (keras_class, name, _), shape in zip(layers, outs):
        count = sum(value.size for _, value in weights[name])
        total += count
        print(f"  {name:24} {keras_class:24} {str(tuple(shape)):14} {count:5}")
    print(f"  {total} parameters")


# ---------------------------------------------------------------------------------------------

def cgan_keras3(generator_layers=GENERATOR, weights=None):
    """The Keras 3 saveables of the conditional GAN and their classes."""
    noise, label, concatenate = K3Model("noise"), K3Model("label"), K3Model("concatenate")
    chain = k3_chain(generator_layers, weights)
    generator = K3Model("generator", layers=chain)
    model = K3Model("cgan", layers=[noise, label, concatenate, generator])
    classes = {id(noise): "InputLayer", id(label): "InputLayer", id(concatenate): "Concatenate",
               id(generator): "Sequential", id(model): "Functional"}
    for (keras_class, _, _), node in zip(generator_layers, chain):
        classes[id(node)] = keras_class
    return model, classes


def write_sequential_both(out, stem, layers, input_shape, weights):
    """A Sequential `layers` on `input_shape` with `weights` ({layer name: [(stem, array)]}) as
    tf.keras 2.15's model.save(<stem>_tfkeras.h5) and Keras 3's (<stem>_keras3.keras) write it."""
    write_k215_h5(out(f"{stem}_tfkeras.h5"), k215_sequence_config("sequential", input_shape, layers),
                  [(name, [(f"{name}/{weight}:0", value) for weight, value in weights[name]]) for _, name, _ in layers])
    model = K3Model("sequential", layers=k3_chain(layers, weights))
    classes = {id(model): "Sequential"}
    for (keras_class, _, _), node in zip(layers, model.layers):
        classes[id(node)] = keras_class
    write_bytes(out(f"{stem}_keras3.keras"),
                zip_bytes(keras_members(k3_sequence_config("sequential", input_shape, layers), k3_weights_bytes(model, classes))))


def print_sequential(title, layers, input_shape, weights):
    """A Sequential's weights, for the C++ test, and the shape each layer reads."""
    print(f"{title} weights:")
    for _, name, _ in layers:
        for stem, value in weights[name]:
            print(f"  {name}/{stem} {list(value.shape)}: {{{', '.join(repr(float(v)) for v in value.ravel())}}}")
    shapes, _ = sequence_shapes(layers, input_shape)
    print("  shapes read:", ", ".join(f"{name} {shape}" for (_, name, _), shape in zip(layers, shapes)))


def main():
    out = lambda name: os.path.join(HERE, name)

    # ---- the conditional GAN: Model([noise, label], generator(concatenate([noise, label])))
    gen_weights, _, _ = chain_weights(GENERATOR, NOISE + LABEL)
    write_k2_h5(out("cgan_nested_tfkeras.h5"), k2_cgan_config(),
                [("noise", []), ("label", []), ("concatenate", []),
                 ("generator", nested_legacy_weights(GENERATOR, gen_weights))])

    model, classes = cgan_keras3(GENERATOR, gen_weights)
    cgan_weights = k3_weights_bytes(model, classes)
    cgan_members = keras_members(k3_cgan_config(), cgan_weights)
    cgan_zip = zip_bytes(cgan_members)
    write_bytes(out("cgan_nested_keras3.keras"), cgan_zip)
    cgan_deflated = zip_bytes(cgan_members, zipfile.ZIP_DEFLATED)
    write_bytes(out("cgan_nested_keras3_deflated.keras"), cgan_deflated)

    # The generator as a nested Functional model (keras.Model): layers/functional/layers/...,
    # with an input_layer group of its own.
    functional_input = K3Model("input_layer")
    nested_functional = K3Model("generator", layers=[functional_input] + model.layers[3].layers)
    functional_model = K3Model("cgan", layers=model.layers[:3] + [nested_functional])
    functional_classes = dict(classes)
    functional_classes.update({id(functional_input): "InputLayer", id(nested_functional): "Functional"})
    write_bytes(out("cgan_nested_functional_keras3.keras"),
                zip_bytes(keras_members(k3_cgan_functional_config(), k3_weights_bytes(functional_model, functional_classes))))

    # Keras 2.2.4, as the Keras-GAN generators are saved: Model(noise, Sequential(...)(noise)).
    k224_weights = {new: gen_weights[old] for (_, old, _), (_, new, _) in zip(GENERATOR, K224_GENERATOR)}
    write_k224_h5(out("generator_wrapped_keras224.h5"), k224_cgan_config(),
                  [("input_1", []), ("sequential_1", nested_legacy_weights(K224_GENERATOR, k224_weights))])

    # The same layers without nesting (Model([noise, label], dense_1(bn(dense(concatenate))))),
    # weights only: every group at the top level.
    flat = K3Model("cgan", layers=[model.layers[0], model.layers[1], model.layers[2]] + model.layers[3].layers)
    write_bytes(out("cgan_flat_keras3.weights.h5"), k3_weights_bytes(flat, classes))
    # The nested model's weights alone (model.save_weights("x.weights.h5")): what the archive holds.
    write_bytes(out("cgan_nested_keras3.weights.h5"), cgan_weights)

    # ---- the stacked GAN: Sequential([generator, discriminator])
    stack_gen_weights, width, counter = chain_weights(STACK_GENERATOR, STACK_INPUT)
    stack_dis_weights, _, _ = chain_weights(STACK_DISCRIMINATOR, width, counter)
    write_k2_h5(out("gan_stacked_tfkeras.h5"), k2_stack_config(),
                [("generator", nested_legacy_weights(STACK_GENERATOR, stack_gen_weights)),
                 ("discriminator", nested_legacy_weights(STACK_DISCRIMINATOR, stack_dis_weights))])
    generator = K3Model("generator", layers=k3_chain(STACK_GENERATOR, stack_gen_weights))
    discriminator = K3Model("discriminator", layers=k3_chain(STACK_DISCRIMINATOR, stack_dis_weights))
    stack = K3Model("gan", layers=[generator, discriminator])
    stack_classes = {id(generator): "Sequential", id(discriminator): "Sequential", id(stack): "Sequential"}
    for layers, node in ((STACK_GENERATOR, generator), (STACK_DISCRIMINATOR, discriminator)):
        for (keras_class, _, _), child in zip(layers, node.layers):
            stack_classes[id(child)] = keras_class
    write_bytes(out("gan_stacked_keras3.keras"), zip_bytes(keras_members(k3_stack_config(), k3_weights_bytes(stack, stack_classes))))

    # The GAN recipe: discriminator.compile(...), then gan = Sequential([generator,
    # discriminator]) compiled with an optimizer of its own, both trained: the discriminator's
    # optimizer is saved inside its group, layers/sequential_1/optimizer/vars, the outer one at
    # optimizer/vars.
    discriminator.optimizer = adam_state(stack_dis_weights, [n for _, n, _ in STACK_DISCRIMINATOR])
    stack.optimizer = adam_state(stack_gen_weights, [n for _, n, _ in STACK_GENERATOR])
    write_bytes(out("gan_stacked_compiled_keras3.keras"),
                zip_bytes(keras_members(k3_stack_config(), k3_weights_bytes(stack, stack_classes))))
    discriminator.optimizer = stack.optimizer = None

    # ---- element-wise layers as activations, in a Sequential of its own
    objects_weights, _, _ = chain_weights(OBJECTS, OBJECTS_INPUT)
    objects = K3Model("activation_objects", layers=k3_chain(OBJECTS, objects_weights))
    objects_classes = {id(objects): "Sequential"}
    for (keras_class, _, _), node in zip(OBJECTS, objects.layers):
        objects_classes[id(node)] = keras_class
    write_bytes(out("activation_objects_keras3.keras"),
                zip_bytes(keras_members(k3_sequential("activation_objects", OBJECTS_INPUT, OBJECTS, "input_layer"),
                                        k3_weights_bytes(objects, objects_classes))))

    # ---- an operation written in Python (TFOpLambda) inside a nested model: refused by name
    encoder_weights, width, counter = chain_weights(PYTHON_OPERATION_ENCODER, PYTHON_OPERATION_INPUT)
    head_weights, _, _ = chain_weights(PYTHON_OPERATION_HEAD, width, counter)
    operation_groups = [("noise", []), ("encoder", nested_legacy_weights(PYTHON_OPERATION_ENCODER, encoder_weights)),
                        ("dense_1", nested_legacy_weights(PYTHON_OPERATION_HEAD, head_weights))]
    write_k2_h5(out("python_operation_nested_tfkeras.h5"), k2_python_operation_config(), operation_groups,
                keras_version="2.15.0")
    # The same with the encoder's Dense reading ["encoder_input", 0]: no form Keras writes.
    malformed = k2_python_operation_config()
    malformed["config"]["layers"][1]["config"]["layers"][1]["inbound_nodes"] = [[["encoder_input", 0]]]
    write_k2_h5(out("broken_inbound_node_tfkeras.h5"), malformed, operation_groups, keras_version="2.15.0")

    # ---- the element-wise merges in one graph (tf.keras 2.15)
    merge_weights = merges_weights()
    write_k2_h5(out("merges_tfkeras.h5"), k2_merges_config(),
                [("a", []), ("b", []), ("dense", nested_legacy_weights([("Dense", "dense", {})], merge_weights)),
                 ("subtract", []), ("average", []), ("maximum", []), ("minimum", []), ("concatenate", []),
                 ("dense_1", nested_legacy_weights([("Dense", "dense_1", {})], merge_weights))],
                keras_version="2.15.0")

    # ---- the Keras 1-D layers in one Sequential (tf.keras 2.15 .h5, Keras 3 .keras)
    seq_weights = sequence_weights(SEQUENCE_1D, SEQUENCE_INPUT)
    write_sequential_both(out, "sequence_1d", SEQUENCE_1D, SEQUENCE_INPUT, seq_weights)

    # ---- DepthwiseConv2D in a MobileNet-style Sequential (tf.keras 2.15 .h5, Keras 3 .keras)
    dw_weights = depthwise_model_weights(DEPTHWISE_MODEL, DEPTHWISE_INPUT)
    write_sequential_both(out, "depthwise", DEPTHWISE_MODEL, DEPTHWISE_INPUT, dw_weights)

    # ---- SeparableConv1D in a tf.keras 2.15 .h5 (causal padding: tf.keras 2's only), DepthwiseConv1D
    # and SeparableConv1D in a Keras 3.10 .keras (DepthwiseConv1D: Keras 3's only)
    separable_weights = sequence_weights(SEQUENCE_SEPARABLE, SEPARABLE_INPUT)
    write_k215_h5(out("sequence_separable_tfkeras.h5"), k215_sequence_config("sequential", SEPARABLE_INPUT, SEQUENCE_SEPARABLE),
                  [(name, [(f"{name}/{weight}:0", value) for weight, value in separable_weights[name]])
                   for _, name, _ in SEQUENCE_SEPARABLE])
    depthwise_1d_weights = sequence_weights(SEQUENCE_DEPTHWISE, SEPARABLE_INPUT)
    depthwise_1d_model = K3Model("sequential", layers=k3_chain(SEQUENCE_DEPTHWISE, depthwise_1d_weights))
    depthwise_1d_classes = {id(depthwise_1d_model): "Sequential"}
    for (keras_class, _, _), node in zip(SEQUENCE_DEPTHWISE, depthwise_1d_model.layers):
        depthwise_1d_classes[id(node)] = keras_class
    write_bytes(out("sequence_depthwise_keras3.keras"),
                zip_bytes(keras_members(k3_depthwise_1d_config(), k3_weights_bytes(depthwise_1d_model, depthwise_1d_classes),
                                        keras_version=PREPROCESS_KERAS_VERSION)))

    # ---- Conv1DTranspose after a Conv1D: tf.keras 2.15 .h5, Keras 3.15 .keras (output_padding in
    # the config from 3.15)
    transpose_weights = sequence_weights(SEQUENCE_TRANSPOSE, TRANSPOSE_INPUT)
    write_k215_h5(out("sequence_transpose_tfkeras.h5"), k215_sequence_config("sequential", TRANSPOSE_INPUT, SEQUENCE_TRANSPOSE),
                  [(name, [(f"{name}/{weight}:0", value) for weight, value in transpose_weights[name]])
                   for _, name, _ in SEQUENCE_TRANSPOSE])
    transpose_model = K3Model("sequential", layers=k3_chain(SEQUENCE_TRANSPOSE, transpose_weights))
    transpose_classes = {id(transpose_model): "Sequential"}
    for (keras_class, _, _), node in zip(SEQUENCE_TRANSPOSE, transpose_model.layers):
        transpose_classes[id(node)] = keras_class
    write_bytes(out("sequence_transpose_keras3.keras"),
                zip_bytes(keras_members(k3_transpose_config(), k3_weights_bytes(transpose_model, transpose_classes),
                                        keras_version=TRANSPOSE_KERAS_VERSION)))

    # ---- Keras's image preprocessing, reshaping and normalising layers in one Sequential: tf.keras
    # 2.15 .h5 (flat), Keras 3 .keras (the augmentation layers in the nested Sequential
    # data_augmentation); RMSNormalization, Keras 3's only, in a .keras of its own
    pre_weights = image_chain_weights(PREPROCESS_MODEL, PREPROCESS_INPUT)
    write_k215_h5(out("preprocess_tfkeras.h5"), k215_sequence_config("preprocess", PREPROCESS_INPUT, PREPROCESS_MODEL),
                  [(name, [(f"{name}/{weight}:0", value) for weight, value in pre_weights[name]]) for _, name, _ in PREPROCESS_MODEL])
    write_bytes(out("preprocess_keras3.keras"),
                zip_bytes(keras_members(k3_preprocess_config(), k3_preprocess_weights(pre_weights),
                                        keras_version=PREPROCESS_KERAS_VERSION)))
    rms_weights = image_chain_weights(RMS_MODEL, RMS_INPUT)
    rms_model = K3Model("rms_norm", layers=k3_chain(RMS_MODEL, rms_weights))
    rms_classes = {id(rms_model): "Sequential"}
    for (keras_class, _, _), node in zip(RMS_MODEL, rms_model.layers):
        rms_classes[id(node)] = keras_class
    write_bytes(out("rms_norm_keras3.keras"),
                zip_bytes(keras_members(k3_rms_config(), k3_weights_bytes(rms_model, rms_classes),
                                        keras_version=PREPROCESS_KERAS_VERSION)))

    # ---- broken files
    write_bytes(out("broken_truncated.keras"), cgan_zip[: len(cgan_zip) // 2])
    write_bytes(out("broken_no_config.keras"), zip_bytes([m for m in cgan_members if m[0] != "config.json"]))
    write_bytes(out("broken_no_weights.keras"), zip_bytes([m for m in cgan_members if m[0] != "model.weights.h5"]))
    # A member that declares about 4 GiB: refused before anything is allocated for it.
    write_bytes(out("broken_huge_member.keras"), patch_declared_size(cgan_deflated, "model.weights.h5", 0xFFFFFF00))
    write_bytes(out("broken_huge_member_stored.keras"), patch_declared_size(cgan_zip, "model.weights.h5", 0xFFFFFF00))
    # config.json says Dense(3) (the type's), the weights are those of a Dense(4) model.
    wide = [("Dense", "dense", {"units": 4, "activation": "relu"})] + GENERATOR[1:]
    wide_weights, _, _ = chain_weights(wide, NOISE + LABEL)
    wide_model, wide_classes = cgan_keras3(wide, wide_weights)
    write_bytes(out("broken_units_disagree.keras"),
                zip_bytes(keras_members(k3_cgan_config(), k3_weights_bytes(wide_model, wide_classes))))
    # The dense layer's bias (vars/1) left out.
    write_bytes(out("broken_missing_var.keras"),
                zip_bytes(keras_members(k3_cgan_config(), k3_weights_bytes(model, classes, drop={"layers/sequential/layers/dense/vars/1"}))))
    write_bytes(out("broken_missing_var.weights.h5"), k3_weights_bytes(flat, classes, drop={"layers/dense/vars/1"}))
    # A custom layer in place of the BatchNormalization (a user's class, registered with
    # @keras.saving.register_keras_serializable()): no weights.
    custom = [GENERATOR[0], ("PixelNormalization", "pixel_normalization",
                             {"module": "__main__", "registered_name": "Custom>PixelNormalization",
                              "config": {"epsilon": 1e-08}}), GENERATOR[2]]
    custom_weights = dict(gen_weights)
    custom_weights["pixel_normalization"] = []
    custom_model, custom_classes = cgan_keras3(custom, custom_weights)
    write_bytes(out("broken_unknown_class.keras"),
                zip_bytes(keras_members(k3_cgan_config(custom), k3_weights_bytes(custom_model, custom_classes))))
    # What a failed download leaves in place of a model.
    write_bytes(out("broken_not_a_model.keras"),
                b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                b"<body><h1>Not Found</h1></body></html>\n")
    # One byte of the stored weights changed: the member's CRC-32 no longer matches.
    _, end = member_data_range(cgan_zip, "model.weights.h5")
    damaged = bytearray(cgan_zip)
    damaged[end - 1] ^= 0xFF
    write_bytes(out("broken_crc.keras"), bytes(damaged))
    text = json.dumps(k3_cgan_config())
    write_bytes(out("broken_config_not_json.keras"), zip_bytes(keras_members(None, cgan_weights, text[: len(text) // 2])))
    write_bytes(out("broken_weights_not_hdf5.keras"),
                zip_bytes(keras_members(k3_cgan_config(), b"version https://git-lfs.github.com/spec/v1\n")))

    # ---- what the tests compare with
    print("conditional GAN: generator weights (get_weights() order):")
    for _, name, _ in GENERATOR:
        for stem, value in gen_weights[name]:
            print(f"  {name}/{stem} {list(value.shape)}: {{{', '.join(repr(float(v)) for v in value.ravel())}}}")
    joined = np.concatenate([CGAN_NOISE, CGAN_LABEL], axis=1).astype(np.float64)
    first = joined @ gen_weights["dense"][0][1] + gen_weights["dense"][1][1]
    print("noise:", CGAN_NOISE.tolist(), "label:", CGAN_LABEL.tolist())
    print("first Dense before relu:", first.tolist())
    y = run_chain(GENERATOR, gen_weights, joined)
    print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    print("stacked GAN weights:")
    for layers, weights in ((STACK_GENERATOR, stack_gen_weights), (STACK_DISCRIMINATOR, stack_dis_weights)):
        for _, name, _ in layers:
            for stem, value in weights[name]:
                print(f"  {name}/{stem} {list(value.shape)}: {{{', '.join(repr(float(v)) for v in value.ravel())}}}")
    x = STACK_INPUTS.astype(np.float64)
    fake = run_chain(STACK_GENERATOR, stack_gen_weights, x)
    print("inputs:", STACK_INPUTS.tolist())
    print("generator outputs:", fake.tolist())
    y = run_chain(STACK_DISCRIMINATOR, stack_dis_weights, fake)
    print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    print("activation objects weights:")
    for _, name, _ in OBJECTS:
        for stem, value in objects_weights[name]:
            print(f"  {name}/{stem} {list(value.shape)}: {{{', '.join(repr(float(v)) for v in value.ravel())}}}")
    print("inputs:", OBJECTS_INPUTS.tolist())
    y = run_chain(OBJECTS, objects_weights, OBJECTS_INPUTS.astype(np.float64))
    print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    print("element-wise merges weights:")
    for name, values in merge_weights.items():
        for stem, value in values:
            print(f"  {name}/{stem} {list(value.shape)}: {{{', '.join(repr(float(v)) for v in value.ravel())}}}")
    print("inputs a:", MERGES_A.tolist(), "b:", MERGES_B.tolist())
    y = run_merges(merge_weights, MERGES_A.astype(np.float64), MERGES_B.astype(np.float64))
    print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    print_sequential("1-D sequence", SEQUENCE_1D, SEQUENCE_INPUT, seq_weights)
    print("inputs: value i of the flat (2, 24, 3) array is ((5 i) mod 13 - 6) / 4")
    y = run_sequence(SEQUENCE_1D, seq_weights, SEQUENCE_INPUTS.astype(np.float64))
    print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    print_sequential("depthwise", DEPTHWISE_MODEL, DEPTHWISE_INPUT, dw_weights)
    print("inputs: value i of the flat (2, 9, 9, 3) array is ((7 i) mod 17 - 8) / 4")
    for cut in (3, 6):  # what the ReLU(6.0) layers pass on: how many values at 0, at the cap 6, between
        y = run_depthwise_model(DEPTHWISE_MODEL[:cut], dw_weights, DEPTHWISE_INPUTS.astype(np.float64))
        print(f"  {DEPTHWISE_MODEL[cut - 1][1]}: {int(np.sum(y == 0))} at 0, {int(np.sum(y == 6))} at 6, "
              f"{int(np.sum((y > 0) & (y < 6)))} between")
    y = run_depthwise_model(DEPTHWISE_MODEL, dw_weights, DEPTHWISE_INPUTS.astype(np.float64))
    print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    x = SEPARABLE_INPUTS.astype(np.float64)
    for title, layers, weights in (("sequence_separable (tf.keras 2.15)", SEQUENCE_SEPARABLE, separable_weights),
                                   ("sequence_depthwise (Keras 3.10)", SEQUENCE_DEPTHWISE, depthwise_1d_weights)):
        print_image_chain(title, layers, SEPARABLE_INPUT, weights)
        print("inputs: value i of the flat (2, 16, 3) array is ((5 i) mod 13 - 6) / 4")
        first = run_sequence(layers[:1], weights, x)
        print(f"  after {layers[0][1]} (relu) {list(first.shape[1:])}: {int(np.sum(first == 0))} of {first.size} at 0")
        y = run_sequence(layers, weights, x)
        # The same chain with each layer as the Conv1D of its whole kernel: another computation.
        conv_layers, conv_weights = as_conv1d(layers, weights)
        difference = float(np.max(np.abs(run_sequence(conv_layers, conv_weights, x) - y)))
        assert difference < 1e-12, difference
        print(f"  as Conv1D of the whole kernels: the same outputs (largest difference {difference:.3g})")
        print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    print_image_chain("sequence_transpose (tf.keras 2.15 and Keras 3.15)", SEQUENCE_TRANSPOSE, TRANSPOSE_INPUT,
                      transpose_weights)
    print("inputs: value i of the flat (2, 6, 3) array is ((5 i) mod 13 - 6) / 4")
    x = TRANSPOSE_INPUTS.astype(np.float64)
    first = run_sequence(SEQUENCE_TRANSPOSE[:1], transpose_weights, x)
    print(f"  after {SEQUENCE_TRANSPOSE[0][1]} (relu) {list(first.shape[1:])}: {int(np.sum(first == 0))} of {first.size} at 0")
    y = run_sequence(SEQUENCE_TRANSPOSE, transpose_weights, x)
    difference = float(np.max(np.abs(transpose_by_zero_insertion(SEQUENCE_TRANSPOSE, transpose_weights, x) - y)))
    assert difference < 1e-12, difference
    print(f"  each Conv1DTranspose by zero insertion and a Conv1D: the same outputs (largest difference {difference:.3g})")
    print(f"outputs [2, {y.shape[1]}, {y.shape[2]}], one step a line:")
    for sample in y:
        for step in sample:
            print("  " + ", ".join(f"{v:.9g}" for v in step) + ",")

    print_image_chain("preprocess", PREPROCESS_MODEL, PREPROCESS_INPUT, pre_weights)
    print("inputs: value i of the flat (2, 12, 10, 3) array is ((7 i) mod 17 - 8) / 4")
    x = PREPROCESS_INPUTS.astype(np.float64)
    for cut in (3, 5):  # what Resizing and the Conv2D's relu pass on
        y = run_image_chain(PREPROCESS_MODEL[:cut], pre_weights, x)
        print(f"  after {PREPROCESS_MODEL[cut - 1][1]} {list(y.shape[1:])}: {int(np.sum(y == 0))} at 0, "
              f"first sample row 0: {[round(float(v), 6) for v in y[0, 0, :, 0]]}")
    y = run_image_chain(PREPROCESS_MODEL, pre_weights, x)
    print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    print_image_chain("rms_norm", RMS_MODEL, RMS_INPUT, rms_weights)
    print("inputs: value i of the flat (2, 4, 6) array is ((5 i) mod 13 - 6) / 4")
    y = run_image_chain(RMS_MODEL, rms_weights, RMS_INPUTS.astype(np.float64))
    print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    files = sorted(n for n in os.listdir(HERE)
                   if n.endswith(".keras") or n.startswith(("cgan_", "gan_", "broken_", "generator_wrapped", "python_operation", "merges", "sequence_1d",
                                                                        "sequence_separable", "sequence_transpose", "depthwise", "preprocess")))
    print_files(files, 36)
    return 0


if __name__ == "__main__":
    sys.exit(main())
