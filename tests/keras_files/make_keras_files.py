#!/usr/bin/python3
"""Writes the small Keras HDF5 files of tests/keras_files/, from scratch (no TensorFlow needed).

Run with Debian's python3 (python3-h5py, python3-numpy):

    /usr/bin/python3 tests/keras_files/make_keras_files.py

The files are written next to this script. They imitate, object for object and attribute for
attribute, what Keras writes for `model.save('x.h5')` of the model

    input(4) -> Dense(3, relu) -> LeakyReLU(alpha=0.2) -> Dense(2, sigmoid)

(ctnn: sequential<input<4>, dense<3, relu>, leaky_relu<0.2>, dense<2, sigmoid>>), with weights
that are small binary fractions (exact in float32), in two layouts:

- tf.keras 2.x: names (layer_names, weight_names) as fixed-length byte strings, weights named
  'dense/kernel:0', LeakyReLU's slope stored as `alpha` (the float32 0.2 as a double);
- Keras 3 (legacy .h5 format): names as variable-length strings, weights named 'dense/kernel',
  the slope stored as `negative_slope`, an empty `top_level_model_weights` group, and the
  optimizer state (`optimizer_weights`, `training_config`) that a loader must ignore.

Every other file is broken in exactly one way; README.md lists them. The output is
deterministic: running the script again rewrites the same bytes. It ends by printing the
weights and the model's output on two inputs (computed here with numpy), which
tests/keras_files_test.cpp holds as literals.
"""
import hashlib
import json
import os
import sys

import h5py
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))

ASCII = h5py.string_dtype("ascii")
UTF8 = h5py.string_dtype("utf-8")

# The model of the valid files, and variations of it for files that describe another model.
# Each layer: (Keras class, Keras name, options).
MODEL = {
    "input_dim": 4,
    "layers": [
        ("Dense", "dense", {"units": 3, "activation": "relu"}),
        ("LeakyReLU", "leaky_re_lu", {"alpha": 0.2}),
        ("Dense", "dense_1", {"units": 2, "activation": "sigmoid"}),
    ],
}

# Two inputs for the expected outputs: the first makes one unit of the first Dense negative
# before its relu (and so 0 after it), the second makes all three positive.
TEST_INPUTS = np.array([[1.0, -0.5, 0.25, 2.0], [0.25, 2.0, -1.0, 0.0]], dtype=np.float32)


def variant(**changes):
    """MODEL with some layers replaced: variant(layers=[...]) or variant(input_dim=5)."""
    model = dict(MODEL)
    model.update(changes)
    return model


def fractions(count, start):
    """`count` multiples of 1/8 in [-5/8, 5/8]: exact in float32, no two neighbours alike."""
    return np.array([(((start + i) * 7) % 11 - 5) / 8 for i in range(count)], dtype=np.float32)


def model_weights(model):
    """{layer name: [(weight stem, array)]}, in Keras get_weights() order."""
    weights, width, counter = {}, model["input_dim"], 0
    for keras_class, name, options in model["layers"]:
        if keras_class == "Dense":
            units = options["units"]
            kernel = fractions(width * units, counter).reshape(width, units)
            counter += kernel.size
            bias = fractions(units, counter)
            counter += bias.size
            weights[name] = [("kernel", kernel), ("bias", bias)]
            width = units
        else:
            weights[name] = []
    return weights


def predict(model, weights, x):
    """The model's output on x, in float64 from the float32 weights."""
    y = x.astype(np.float64)
    for keras_class, name, options in model["layers"]:
        if keras_class == "Dense":
            kernel, bias = (w.astype(np.float64) for _, w in weights[name])
            y = y @ kernel + bias
            if options["activation"] == "relu":
                y = np.maximum(y, 0.0)
            elif options["activation"] == "sigmoid":
                y = 1.0 / (1.0 + np.exp(-y))
        elif keras_class == "LeakyReLU":
            y = np.where(y >= 0, y, np.float64(np.float32(options["alpha"])) * y)
    return y


# ---------------------------------------------------------------------------------------------
# model_config, as tf.keras 2.x and Keras 3 write it

def keras2_layer(keras_class, name, options, batch_input_shape=None):
    config = {"name": name, "trainable": True}
    if batch_input_shape is not None:
        config["batch_input_shape"] = batch_input_shape
    config["dtype"] = "float32"
    if keras_class == "Dense":
        config.update({
            "units": options["units"], "activation": options["activation"], "use_bias": True,
            "kernel_initializer": {"class_name": "GlorotUniform", "config": {"seed": None}},
            "bias_initializer": {"class_name": "Zeros", "config": {}},
            "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
            "kernel_constraint": None, "bias_constraint": None,
        })
    elif keras_class == "BatchNormalization":
        # tf.keras keeps the axis as a list, counted with the batch axis: [1] on a rank-2 input.
        config.update({
            "axis": [1], "momentum": 0.99, "epsilon": 0.001, "center": True, "scale": True,
            "beta_initializer": {"class_name": "Zeros", "config": {}},
            "gamma_initializer": {"class_name": "Ones", "config": {}},
            "moving_mean_initializer": {"class_name": "Zeros", "config": {}},
            "moving_variance_initializer": {"class_name": "Ones", "config": {}},
            "beta_regularizer": None, "gamma_regularizer": None, "beta_constraint": None, "gamma_constraint": None,
        })
    elif keras_class == "LeakyReLU":
        # tf.keras keeps the slope as a float32 and writes it as a double: 0.20000000298023224.
        config["alpha"] = float(np.float32(options["alpha"]))
    elif keras_class == "Dropout":
        config.update({"rate": options["rate"], "noise_shape": None, "seed": None})
    elif keras_class == "Concatenate":
        config["axis"] = -1
    elif keras_class == "Dot":
        config.update({"axes": options["axes"], "normalize": options["normalize"]})
    return {"class_name": keras_class, "config": config}


def keras2_config(model, model_class="Sequential"):
    """tf.keras 2.4+: an InputLayer entry first; the first layer repeats batch_input_shape."""
    shape = [None, model["input_dim"]]
    input_layer = {"class_name": "InputLayer", "config": {
        "batch_input_shape": shape, "dtype": "float32", "sparse": False, "ragged": False,
        "name": "dense_input" if model_class == "Sequential" else "input_1"}}
    layers = [input_layer] + [
        keras2_layer(keras_class, name, options, shape if i == 0 and model_class == "Sequential" else None)
        for i, (keras_class, name, options) in enumerate(model["layers"])]
    if model_class == "Sequential":
        return {"class_name": "Sequential", "config": {"name": "sequential", "layers": layers}}
    # A functional model (keras.Model(inputs, outputs)) of the same layers: every entry names its
    # inbound nodes, and the model names its inputs and outputs.
    previous = "input_1"
    for layer in layers:
        name = layer["config"]["name"]
        layer["name"] = name
        layer["inbound_nodes"] = [] if layer["class_name"] == "InputLayer" else [[[previous, 0, 0, {}]]]
        previous = name
    return {"class_name": model_class, "config": {
        "name": "model", "layers": layers, "input_layers": [["input_1", 0, 0]],
        "output_layers": [[previous, 0, 0]]}}


KERAS3_POLICY = {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"},
                 "registered_name": None}


def keras3_initializer(class_name, config):
    return {"module": "keras.initializers", "class_name": class_name, "config": config,
            "registered_name": None}


def keras3_layer(keras_class, name, options):
    config = {"name": name, "trainable": True, "dtype": KERAS3_POLICY}
    if keras_class == "Dense":
        config.update({
            "units": options["units"], "activation": options["activation"], "use_bias": True,
            "kernel_initializer": keras3_initializer("GlorotUniform", {"seed": None}),
            "bias_initializer": keras3_initializer("Zeros", {}),
            "kernel_regularizer": None, "bias_regularizer": None,
            "kernel_constraint": None, "bias_constraint": None,
        })
    elif keras_class == "LeakyReLU":
        config["negative_slope"] = options["alpha"]  # Keras 3's name, kept as the Python float
    elif keras_class == "Dot":
        config.update({"axes": options["axes"], "normalize": options["normalize"]})
    return {"class_name": keras_class, "config": config}


def keras3_config(model):
    shape = [None, model["input_dim"]]
    input_layer = {"class_name": "InputLayer", "config": {
        "batch_shape": shape, "dtype": "float32", "sparse": False, "name": "input_layer"}}
    layers = [input_layer] + [keras3_layer(*layer) for layer in model["layers"]]
    return {"class_name": "Sequential", "config": {
        "name": "sequential", "trainable": True, "layers": layers, "build_input_shape": shape}}


KERAS3_TRAINING_CONFIG = {
    "optimizer": {"module": "keras.optimizers", "class_name": "Adam", "config": {
        "name": "adam", "learning_rate": 0.0010000000474974513, "weight_decay": None, "clipnorm": None,
        "global_clipnorm": None, "clipvalue": None, "use_ema": False, "ema_momentum": 0.99,
        "ema_overwrite_frequency": None, "loss_scale_factor": None, "gradient_accumulation_steps": None,
        "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-07, "amsgrad": False}, "registered_name": None},
    "loss": "binary_crossentropy", "loss_weights": None, "metrics": None, "weighted_metrics": None,
    "run_eagerly": False, "steps_per_execution": 1, "jit_compile": False}


# ---------------------------------------------------------------------------------------------
# The writer

def names_attribute(group, name, names, keras3):
    """A list of names as Keras writes it: fixed-length bytes (tf.keras 2.x), variable-length
    ASCII strings (Keras 3); no names at all is an empty float64 array (numpy's np.asarray([]))."""
    if not names:
        group.attrs[name] = np.array([], dtype=np.float64)
    elif keras3:
        group.attrs.create(name, np.array([n.encode() for n in names], dtype=object), dtype=ASCII)
    else:
        group.attrs[name] = np.array([n.encode() for n in names])


def write_weights(group, names, values):
    for name, value in zip(names, values):
        dataset = group.create_dataset(name, value.shape, dtype=value.dtype)
        dataset[()] = value


def write_model(path, model, keras3=False, model_class="Sequential", config_text=None,
                layer_names=True, missing_group=None, missing_weight=None, float64_weight=None,
                transposed_weight=None):
    """Writes `model` as Keras does for model.save(path). The keyword arguments other than
    keras3 and model_class each break the file in one way:
      config_text(text) -> text   rewrites the model_config JSON text
      layer_names=False           leaves out model_weights' layer_names attribute
      missing_group=name          leaves out the weight group of layer `name`
      missing_weight=(l, stem)    leaves out one weight dataset (still listed in weight_names)
      float64_weight=(l, stem)    stores one weight as float64
      transposed_weight=(l, stem) stores one weight transposed (its shape is wrong)"""
    weights = model_weights(model)
    config = keras3_config(model) if keras3 else keras2_config(model, model_class)
    text = json.dumps(config)
    if config_text is not None:
        text = config_text(text)
    version = "3.8.0" if keras3 else "2.4.0"
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = version
        f.attrs["backend"] = "tensorflow"
        f.attrs.create("model_config", text.encode(), dtype=ASCII)
        if keras3:
            f.attrs.create("training_config", json.dumps(KERAS3_TRAINING_CONFIG).encode(), dtype=ASCII)

        root = f.create_group("model_weights")
        stored = ([] if keras3 or model_class == "Sequential" else ["input_1"]) + [n for _, n, _ in model["layers"]]
        if layer_names:
            names_attribute(root, "layer_names", stored, keras3)
        root.attrs.create("backend", b"tensorflow", dtype=ASCII)
        root.attrs.create("keras_version", version.encode(), dtype=ASCII)
        for name in sorted(stored):
            if name == missing_group:
                continue
            group = root.create_group(name)
            layer_weights = weights.get(name, [])
            names = [f"{name}/{stem}" if keras3 else f"{name}/{stem}:0" for stem, _ in layer_weights]
            names_attribute(group, "weight_names", names, keras3)
            values = []
            for stem, value in layer_weights:
                if (name, stem) == float64_weight:
                    value = value.astype(np.float64)
                if (name, stem) == transposed_weight:
                    value = np.ascontiguousarray(value.T)
                values.append(value)
            kept = [(n, v) for (stem, _), n, v in zip(layer_weights, names, values) if (name, stem) != missing_weight]
            write_weights(group, [n for n, _ in kept], [v for _, v in kept])

        if keras3:
            names_attribute(root.create_group("top_level_model_weights"), "weight_names", [], keras3)
            # Adam's state (Keras 3 names): the step, the rate, then a momentum and a velocity per
            # weight. The values (99) would be easy to spot if a loader took them for weights.
            names = ["adam/iteration", "adam/learning_rate"]
            values = [np.array(120, dtype=np.int64), np.array(0.001, dtype=np.float32)]
            for _, name, _ in model["layers"]:
                for stem, value in weights[name]:
                    for slot in ("momentum", "velocity"):
                        names.append(f"adam/{name}_{stem}_{slot}")
                        values.append(np.full(value.shape, 99.0, dtype=np.float32))
            optimizer = f.create_group("optimizer_weights")
            names_attribute(optimizer, "weight_names", names, keras3)
            write_weights(optimizer, names, values)


def keras3_tensor(layer, shape):
    return {"class_name": "__keras_tensor__", "config": {"shape": shape, "dtype": "float32", "keras_history": [layer, 0, 0]}}


def write_two_inputs_keras3(path):
    """A Keras 3 functional model with two inputs of one shape (an image and its condition, as a
    pix2pix discriminator takes them): Concatenate(axis=-1) of both, then Dense(1) on the channels.
    kernel [[0.5], [0.25]], bias [0.125]: y = 0.5 * image + 0.25 * condition + 0.125."""
    def input_layer(name):
        return {"module": "keras.layers", "class_name": "InputLayer", "registered_name": None, "name": name,
                "config": {"batch_shape": [None, 2, 2, 1], "dtype": "float32", "sparse": False, "name": name},
                "inbound_nodes": []}
    concatenate = {"module": "keras.layers", "class_name": "Concatenate", "registered_name": None, "name": "concatenate",
                   "config": {"name": "concatenate", "trainable": True, "dtype": KERAS3_POLICY, "axis": -1},
                   "inbound_nodes": [{"args": [[keras3_tensor("image", [None, 2, 2, 1]),
                                                 keras3_tensor("condition", [None, 2, 2, 1])]], "kwargs": {}}]}
    dense = keras3_layer("Dense", "dense", {"units": 1, "activation": "linear"})
    dense.update({"module": "keras.layers", "registered_name": None, "name": "dense",
                  "inbound_nodes": [{"args": [keras3_tensor("concatenate", [None, 2, 2, 2])], "kwargs": {}}]})
    config = {"class_name": "Functional", "config": {
        "name": "functional", "trainable": True, "layers": [input_layer("image"), input_layer("condition"), concatenate, dense],
        "input_layers": [["image", 0, 0], ["condition", 0, 0]], "output_layers": [["dense", 0, 0]]}}
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = "3.8.0"
        f.attrs["backend"] = "tensorflow"
        f.attrs.create("model_config", json.dumps(config).encode(), dtype=ASCII)
        root = f.create_group("model_weights")
        names_attribute(root, "layer_names", ["image", "condition", "concatenate", "dense"], True)
        for name in ("image", "condition", "concatenate", "dense"):
            group = root.create_group(name)
            stems = ["kernel", "bias"] if name == "dense" else []
            names_attribute(group, "weight_names", [f"{name}/{stem}" for stem in stems], True)
            if name == "dense":
                write_weights(group, ["dense/kernel", "dense/bias"],
                              [np.array([[0.5], [0.25]], dtype=np.float32), np.array([0.125], dtype=np.float32)])


TWIN_INPUTS = np.array([[1.0, -0.5, 0.25, 2.0], [0.25, 2.0, -1.0, 0.0]], dtype=np.float32)


def twin_weights():
    """Two Dense(2) heads on one input, with different weights (binary fractions)."""
    return {"dense": [fractions(8, 1).reshape(4, 2), fractions(2, 9)],
            "dense_1": [-fractions(8, 11).reshape(4, 2), fractions(2, 19)]}


def write_twins_keras3(path):
    """A Keras 3 functional model with twin layers: Dense(2) `dense` and Dense(2) `dense_1` both read
    the input, Concatenate reads [dense, dense_1, dense] (one value read twice)."""
    x = {"module": "keras.layers", "class_name": "InputLayer", "registered_name": None, "name": "x",
         "config": {"batch_shape": [None, 4], "dtype": "float32", "sparse": False, "name": "x"}, "inbound_nodes": []}
    heads = []
    for name in ("dense", "dense_1"):
        head = keras3_layer("Dense", name, {"units": 2, "activation": "linear"})
        head.update({"module": "keras.layers", "registered_name": None, "name": name,
                     "inbound_nodes": [{"args": [keras3_tensor("x", [None, 4])], "kwargs": {}}]})
        heads.append(head)
    concatenate = {"module": "keras.layers", "class_name": "Concatenate", "registered_name": None, "name": "concatenate",
                   "config": {"name": "concatenate", "trainable": True, "dtype": KERAS3_POLICY, "axis": -1},
                   "inbound_nodes": [{"args": [[keras3_tensor(n, [None, 2]) for n in ("dense", "dense_1", "dense")]],
                                      "kwargs": {}}]}
    config = {"class_name": "Functional", "config": {
        "name": "functional", "trainable": True, "layers": [x] + heads + [concatenate],
        "input_layers": [["x", 0, 0]], "output_layers": [["concatenate", 0, 0]]}}
    weights = twin_weights()
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = "3.8.0"
        f.attrs["backend"] = "tensorflow"
        f.attrs.create("model_config", json.dumps(config).encode(), dtype=ASCII)
        root = f.create_group("model_weights")
        names_attribute(root, "layer_names", ["x", "dense", "dense_1", "concatenate"], True)
        for name in ("x", "dense", "dense_1", "concatenate"):
            group = root.create_group(name)
            names = [f"{name}/kernel", f"{name}/bias"] if name in weights else []
            names_attribute(group, "weight_names", names, True)
            if name in weights:
                write_weights(group, names, weights[name])


# Three outputs, read by predict in the order of output_layers: two heads on a hidden layer, and
# the hidden layer itself (an output that other layers read too).
HEADS = {"input_dim": 4, "layers": [("Dense", "dense", {"units": 3, "activation": "relu"}),
                                    ("Dense", "dense_1", {"units": 2, "activation": "linear"}),
                                    ("Dense", "dense_2", {"units": 1, "activation": "sigmoid"})]}
HEADS_OUTPUTS = ["dense_1", "dense_2", "dense"]


def heads_weights():
    """{layer name: [(weight stem, array)]}: model_weights' fractions, each head reading the hidden layer."""
    weights, counter = {}, 0
    for (_, name, options), width in zip(HEADS["layers"], (4, 3, 3)):
        kernel = fractions(width * options["units"], counter).reshape(width, options["units"])
        bias = fractions(options["units"], counter + kernel.size)
        counter += kernel.size + bias.size
        weights[name] = [("kernel", kernel), ("bias", bias)]
    return weights


def heads_predict(x):
    """The three outputs of HEADS on x, in float64 from the float32 weights."""
    weights = heads_weights()
    dense = lambda y, name: y @ weights[name][0][1].astype(np.float64) + weights[name][1][1]
    hidden = np.maximum(dense(x.astype(np.float64), "dense"), 0.0)
    return [dense(hidden, "dense_1"), 1.0 / (1.0 + np.exp(-dense(hidden, "dense_2"))), hidden]


def write_functional(path, config, keras3, stored, weights):
    """A functional model's file as tf.keras 2.15 (keras3=False) or Keras 3.8 (keras3=True) saves
    it: the architecture `config`, then a weight group per layer of `stored`, in that order, with
    the weights {layer name: [(stem, array)]} of those that have any."""
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = "3.8.0" if keras3 else "2.15.0"
        f.attrs["backend"] = "tensorflow"
        f.attrs.create("model_config", json.dumps(config).encode(), dtype=ASCII)
        root = f.create_group("model_weights")
        names_attribute(root, "layer_names", stored, keras3)
        for name in stored:
            group = root.create_group(name)
            layer_weights = weights.get(name, [])
            names = [f"{name}/{stem}" if keras3 else f"{name}/{stem}:0" for stem, _ in layer_weights]
            names_attribute(group, "weight_names", names, keras3)
            write_weights(group, names, [value for _, value in layer_weights])


def write_heads(path, keras3):
    """A functional model of three outputs, Model(x, [dense_1, dense_2, dense]), as tf.keras 2.x
    (keras3=False) or Keras 3 (keras3=True) saves it with model.save(path)."""
    weights = heads_weights()
    reads = {"dense": "x", "dense_1": "dense", "dense_2": "dense"}
    widths = {"x": 4, "dense": 3}
    if keras3:
        x = {"module": "keras.layers", "class_name": "InputLayer", "registered_name": None, "name": "x",
             "config": {"batch_shape": [None, 4], "dtype": "float32", "sparse": False, "name": "x"}, "inbound_nodes": []}
        layers = [x]
        for keras_class, name, options in HEADS["layers"]:
            layer = keras3_layer(keras_class, name, options)
            layer.update({"module": "keras.layers", "registered_name": None, "name": name,
                          "inbound_nodes": [{"args": [keras3_tensor(reads[name], [None, widths[reads[name]]])], "kwargs": {}}]})
            layers.append(layer)
    else:
        x = {"class_name": "InputLayer", "name": "x", "inbound_nodes": [], "config": {
            "batch_input_shape": [None, 4], "dtype": "float32", "sparse": False, "ragged": False, "name": "x"}}
        layers = [x]
        for keras_class, name, options in HEADS["layers"]:
            layer = keras2_layer(keras_class, name, options)
            layer.update({"name": name, "inbound_nodes": [[[reads[name], 0, 0, {}]]]})
            layers.append(layer)
    config = {"class_name": "Functional", "config": {
        "name": "heads", "trainable": True, "layers": layers, "input_layers": [["x", 0, 0]],
        "output_layers": [[name, 0, 0] for name in HEADS_OUTPUTS]}}
    write_functional(path, config, keras3, ["x"] + [name for _, name, _ in HEADS["layers"]], weights)


# A cosine of two inputs: Dense(4, tanh) on each, then Dot(normalize=True) of the two.
DOT = {"input_dim": 5, "layers": [("Dense", "dense", {"units": 4, "activation": "tanh"}),
                                  ("Dense", "dense_1", {"units": 4, "activation": "tanh"})]}
DOT_READS = {"dense": "u", "dense_1": "v"}
DOT_U = np.array([[1.0, -0.5, 0.25, 2.0, 0.5], [0.25, 2.0, -1.0, 0.0, -0.75]], dtype=np.float32)
DOT_V = np.array([[0.5, 0.5, -1.0, 1.5, 0.0], [-2.0, 0.25, 0.75, 1.0, 0.5]], dtype=np.float32)


def dot_weights():
    """{layer name: [(weight stem, array)]}: binary fractions from one running counter (dense, then dense_1)."""
    weights, counter = {}, 0
    for _, name, options in DOT["layers"]:
        kernel = fractions(DOT["input_dim"] * options["units"], counter).reshape(DOT["input_dim"], options["units"])
        bias = fractions(options["units"], counter + kernel.size)
        counter += kernel.size + bias.size
        weights[name] = [("kernel", kernel), ("bias", bias)]
    return weights


def dot_predict(u, v):
    """Dot(axes=1, normalize=True) of tanh(u K + b) and tanh(v K' + b'): the cosine of the two, shape
    (batch, 1), in float64 from the float32 weights. Keras 3 normalizes with x * min(1/|x|, 1e7)."""
    weights = dot_weights()
    dense = lambda x, name: np.tanh(x.astype(np.float64) @ weights[name][0][1].astype(np.float64)
                                    + weights[name][1][1].astype(np.float64))
    p, q = dense(u, "dense"), dense(v, "dense_1")
    unit = lambda t: t * np.minimum(1.0 / np.sqrt(np.sum(t * t, axis=1, keepdims=True)), 1e7)
    return np.sum(unit(p) * unit(q), axis=1, keepdims=True)


def write_dot(path, keras3, axes):
    """A functional model of two inputs, Model([u, v], Dot(axes, normalize=True)([dense(u), dense_1(v)])),
    as tf.keras 2.x (keras3=False) or Keras 3 (keras3=True) saves it with model.save(path)."""
    weights = dot_weights()
    dot_options = {"axes": axes, "normalize": True}
    width = DOT["input_dim"]
    if keras3:
        layers = [{"module": "keras.layers", "class_name": "InputLayer", "registered_name": None, "name": name,
                   "config": {"batch_shape": [None, width], "dtype": "float32", "sparse": False, "name": name},
                   "inbound_nodes": []} for name in ("u", "v")]
        for keras_class, name, options in DOT["layers"]:
            layer = keras3_layer(keras_class, name, options)
            layer.update({"module": "keras.layers", "registered_name": None, "name": name,
                          "inbound_nodes": [{"args": [keras3_tensor(DOT_READS[name], [None, width])], "kwargs": {}}]})
            layers.append(layer)
        dot = keras3_layer("Dot", "dot", dot_options)
        dot.update({"module": "keras.layers", "registered_name": None, "name": "dot",
                    "inbound_nodes": [{"args": [[keras3_tensor("dense", [None, 4]), keras3_tensor("dense_1", [None, 4])]],
                                       "kwargs": {}}]})
    else:
        layers = [{"class_name": "InputLayer", "name": name, "inbound_nodes": [], "config": {
            "batch_input_shape": [None, width], "dtype": "float32", "sparse": False, "ragged": False, "name": name}}
            for name in ("u", "v")]
        for keras_class, name, options in DOT["layers"]:
            layer = keras2_layer(keras_class, name, options)
            layer.update({"name": name, "inbound_nodes": [[[DOT_READS[name], 0, 0, {}]]]})
            layers.append(layer)
        dot = keras2_layer("Dot", "dot", dot_options)
        dot.update({"name": "dot", "inbound_nodes": [[["dense", 0, 0, {}], ["dense_1", 0, 0, {}]]]})
    layers.append(dot)
    config = {"class_name": "Functional", "config": {
        "name": "functional" if keras3 else "model", "trainable": True, "layers": layers,
        "input_layers": [["u", 0, 0], ["v", 0, 0]], "output_layers": [["dot", 0, 0]]}}
    write_functional(path, config, keras3, ["u", "v", "dense", "dense_1", "dot"], weights)


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def leaky_slope(alpha):
    return variant(layers=[MODEL["layers"][0], ("LeakyReLU", "leaky_re_lu", {"alpha": alpha}), MODEL["layers"][2]])


def print_files(names, width):
    """Each written file's size and the start of its sha256 (a rerun that changes a byte shows it)."""
    total = 0
    for name in names:
        data = open(os.path.join(HERE, name), "rb").read()
        total += len(data)
        print(f"  {name:{width}} {len(data):6} bytes  sha256 {hashlib.sha256(data).hexdigest()[:16]}")
    print(f"  {len(names)} files, {total} bytes")


def main():
    out = lambda name: os.path.join(HERE, name)
    dense, leaky, dense_1 = MODEL["layers"]

    write_model(out("valid_keras2.h5"), MODEL)
    write_model(out("valid_keras3_names.h5"), MODEL, keras3=True)

    # Broken storage: the file claims the right model but its contents are damaged.
    write_model(out("kernel_float64.h5"), MODEL, float64_weight=("dense_1", "kernel"))
    write_model(out("kernel_wrong_shape.h5"), MODEL, transposed_weight=("dense", "kernel"))
    write_model(out("missing_weight_group.h5"), MODEL, missing_group="dense_1")
    write_model(out("missing_weight_dataset.h5"), MODEL, missing_weight=("dense", "bias"))
    write_model(out("missing_layer_names.h5"), MODEL, layer_names=False)
    write_model(out("model_config_not_json.h5"), MODEL, config_text=lambda text: text[: len(text) // 2])

    # Another model than the type's: complete, consistent Keras files of a different model.
    write_model(out("extra_layer.h5"),
                variant(layers=[dense, leaky, ("Dropout", "dropout", {"rate": 0.5}), dense_1]))
    write_model(out("missing_layer.h5"), variant(layers=[dense, dense_1]))
    write_model(out("wrong_units.h5"),
                variant(layers=[("Dense", "dense", {"units": 4, "activation": "relu"}), leaky, dense_1]))
    write_model(out("wrong_activation.h5"),
                variant(layers=[dense, leaky, ("Dense", "dense_1", {"units": 2, "activation": "softmax"})]))
    write_model(out("wrong_leaky_alpha.h5"), leaky_slope(0.3))
    write_model(out("functional_model.h5"), MODEL, model_class="Functional")
    write_two_inputs_keras3(out("functional_two_inputs_keras3.h5"))
    write_twins_keras3(out("functional_twins_keras3.h5"))
    write_heads(out("functional_heads_keras3.h5"), keras3=True)
    write_heads(out("functional_heads_tfkeras.h5"), keras3=False)
    write_dot(out("functional_dot_keras3.h5"), keras3=True, axes=1)
    write_dot(out("functional_dot_tfkeras.h5"), keras3=False, axes=[-1, -1])
    write_model(out("wrong_input_shape.h5"), variant(input_dim=5))

    # Not a whole HDF5 file.
    with open(out("valid_keras2.h5"), "rb") as f:
        whole = f.read()
    write_bytes(out("truncated.h5"), whole[: len(whole) // 2])
    # What a clone without Git LFS holds in place of a model.
    write_bytes(out("text_file.h5"),
                b"version https://git-lfs.github.com/spec/v1\n"
                b"oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
                b"size 18624\n")

    # What the tests compare with.
    weights = model_weights(MODEL)
    print("weights (Keras get_weights() order):")
    for _, name, _ in MODEL["layers"]:
        for stem, value in weights[name]:
            print(f"  {name}/{stem} {list(value.shape)}: {{{', '.join(repr(float(v)) for v in value.ravel())}}}")
    before_relu = TEST_INPUTS.astype(np.float64) @ weights["dense"][0][1].astype(np.float64) + weights["dense"][1][1]
    print("inputs:", TEST_INPUTS.tolist())
    print("first Dense before relu:", before_relu.tolist())
    y = predict(MODEL, weights, TEST_INPUTS)
    print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    twins = twin_weights()
    heads = [TWIN_INPUTS.astype(np.float64) @ twins[n][0].astype(np.float64) + twins[n][1] for n in ("dense", "dense_1")]
    print("twins: outputs:", ", ".join(f"{v:.9g}" for v in np.concatenate([heads[0], heads[1], heads[0]], axis=1).ravel()))

    print("heads: outputs on the two inputs:")
    for name, y in zip(HEADS_OUTPUTS, heads_predict(TEST_INPUTS)):
        print(f"  {name}:", ", ".join(f"{v:.9g}" for v in y.ravel()))
    print("heads: weights:")
    for _, name, _ in HEADS["layers"]:
        for stem, value in heads_weights()[name]:
            print(f"  {name}/{stem} {list(value.shape)}: {{{', '.join(repr(float(v)) for v in value.ravel())}}}")

    print("dot: inputs u:", DOT_U.tolist(), "v:", DOT_V.tolist())
    print("dot: outputs on the two inputs:", ", ".join(f"{v:.9g}" for v in dot_predict(DOT_U, DOT_V).ravel()))
    print("dot: weights:")
    for _, name, _ in DOT["layers"]:
        for stem, value in dot_weights()[name]:
            print(f"  {name}/{stem} {list(value.shape)}: {{{', '.join(repr(float(v)) for v in value.ravel())}}}")

    files = sorted(n for n in os.listdir(HERE) if n.endswith(".h5"))
    print_files(files, 28)
    return 0


if __name__ == "__main__":
    sys.exit(main())
