#!/usr/bin/python3
"""Writes the shared-layer files of tests/keras_files/, from scratch (no TensorFlow, no Keras).

Run with Debian's python3 (python3-h5py, python3-numpy; python3-torch for the second computation
of the expected outputs):

    /usr/bin/python3 tests/keras_files/make_shared_files.py

A shared layer is one layer object called on two values: Keras saves it once, with one inbound
node per call, and the layers after it name the call they read by its node index. The files
imitate, object for object and attribute for attribute, what tf.keras 2.15 (`model.save("x.h5")`,
the legacy HDF5 format) and Keras 3.8 (`model.save("x.keras")`) write for

- the siamese pair `a, b = Input((6,), name="a"), Input((6,), name="b")`; `S1 = Dense(8, "relu")`,
  `S2 = Dense(4)`; `y = Dense(1, "sigmoid")(Subtract()([S2(S1(a)), S2(S1(b))]))`;
  `Model([a, b], y)` (shared_siamese_*): S1 and S2 have two inbound nodes each, S2's second call
  reads S1's node 1;
- the same with the shared pair a nested model, `encoder = Sequential([Input((6,)), Dense(8,
  "relu"), Dense(4)], name="encoder")`, `Subtract()([encoder(a), encoder(b)])`
  (shared_nested_encoder_*): one layer of the outer model with two inbound nodes. tf.keras 2 counts
  a Sequential built on an Input as a graph network with a node of its own (its Input to its
  output), which the config leaves out, so its calls are nodes 1 and 2; Keras 3's Sequential has no
  node of its own, so its calls are nodes 0 and 1;
- `ids1, ids2 = Input((5,), name="ids1"), Input((5,), name="ids2")`; `E = Embedding(20, 4)`;
  `y = Dense(3)(Flatten()(Add()([E(ids1), E(ids2)])))` (shared_embedding_keras3.keras, Keras 3);
- `x = Input((4,)); S = Dense(4, "tanh"); y = Dense(2)(S(S(x)))` (shared_tied_*): S's second call
  reads its own first, ["dense", 0, 0];
- `a, b = Input((4,), name="a"), Input((4,), name="b")`; `S = Dense(4, "tanh")`; `Model([a, b],
  Concatenate()([Dense(4)(S(a)), S(b)]))` (shared_depths_*): map_graph puts S before input b
  (a, dense, b, dense_1, concatenate), so S's second inbound node reads a layer listed after it;

and broken_shared_reads_tfkeras.h5, the tf.keras siamese file whose S2 (dense_1) reads
["dense", 5, 0, {}] on its second call: dense has no node 5.

It also writes a nested model of two outputs used as a layer (nested_heads_*):
`u = Input((4,)); h = Dense(5, "tanh")(u); trunk = Model(u, [Dense(3, "relu", name="head_a")(h),
Dense(2, name="head_b")(h)], name="trunk")`; `x = Input((4,)); a, b = trunk(x)`;
`Model(x, Dense(1, "sigmoid")(Concatenate()([b, a])))` as tf.keras 2.15 and Keras 3.8 write it, and
`Model(x, [a, b])` as Keras 3.8 writes it (nested_heads_outputs_keras3.keras). A nested Functional's
call is its node 1 in tf.keras 2.15 everywhere (the node of its own, input to outputs, is left out
and counted); Keras 3.8 counts it 1 in output_layers (node_reindexing_map starts a Functional at 1)
but 0 in the other layers' args (serialize_node only drops the nodes the outer model does not
hold, and a Keras 3 Functional has no node of its own in _inbound_nodes; deserialize_node reads the
index as is, functional_from_config's get_tensor takes 1 off for a Functional).

The serialization rules followed (read in keras-team/keras): Keras 3's Functional.get_config and
serialize_node (keras/src/models/functional.py: one {"args", "kwargs"} entry per call kept, node
indices renumbered to count the model's own nodes, a Functional's own node counted first),
map_graph (keras/src/ops/function.py: layers by decreasing depth, ties in traversal order), and
saving_lib._save_container_state (a layer's variables saved once, at layers/<snake_case(class)>[_k]
counted per container, so a Dense named dense_2 sits at layers/dense when it is the only Dense of its
level); tf.keras 2.15's get_network_config and Node.serialize (keras/engine/functional.py and
node.py at v2.15.0: [[name, node, tensor, kwargs], ...] per call, node_conversion_map, the first node
of a Sequential built on an Input skipped) and hdf5_format (model_weights/<layer>/<weight name>,
a nested model's weights in its own group named dense/kernel:0, ...).

The weights are multiples of 1/8 from fractions() (exact in float32), in get_weights() order. The
script ends by printing them and the outputs on the test inputs, computed twice: numpy float64
loops, and PyTorch (float64), which must agree to 1e-10.
"""
import os
import sys

import numpy as np

from make_keras3_files import (HERE, K3Model, POLICY, chain_weights, fractions, k2_input, k215_layer, k3_initializer,
                               k3_input, k3_layer, k3_weights_bytes, keras_members, nested_legacy_weights, write_bytes,
                               write_k215_h5, zip_bytes)
from make_keras_files import print_files

WIDTH = 6  # each of the two inputs a, b
SHARED = [  # S1, S2: the shared pair (also the encoder's layers)
    ("Dense", "dense", {"units": 8, "activation": "relu"}),
    ("Dense", "dense_1", {"units": 4, "activation": "linear"}),
]
HEAD = [("Dense", "dense_2", {"units": 1, "activation": "sigmoid"})]

# Two samples each: value i of the flat (2, 6) arrays.
SIAMESE_A = np.array([((5 * i) % 13 - 6) / 4 for i in range(2 * WIDTH)], dtype=np.float32).reshape(2, WIDTH)
SIAMESE_B = np.array([((7 * i + 3) % 17 - 8) / 4 for i in range(2 * WIDTH)], dtype=np.float32).reshape(2, WIDTH)

# The shared embedding: ids of 5 labels each, 0 to 19 (float32 inputs, as keras.Input((5,)) makes
# them; Embedding casts them to int32).
IDS_LENGTH, VOCABULARY, EMBEDDING_DIM, EMBEDDING_UNITS = 5, 20, 4, 3
IDS1 = np.array([(3 * i + 1) % VOCABULARY for i in range(2 * IDS_LENGTH)], dtype=np.float32).reshape(2, IDS_LENGTH)
IDS2 = np.array([(7 * i + 4) % VOCABULARY for i in range(2 * IDS_LENGTH)], dtype=np.float32).reshape(2, IDS_LENGTH)


def siamese_weights():
    """{layer name: [(stem, array)]}: S1 (dense), S2 (dense_1), the head (dense_2), one counter."""
    weights, width, counter = chain_weights(SHARED, WIDTH)
    head, _, _ = chain_weights(HEAD, width, counter)
    weights.update(head)
    return weights


def embedding_weights():
    table = fractions(VOCABULARY * EMBEDDING_DIM, 0).reshape(VOCABULARY, EMBEDDING_DIM)
    width = IDS_LENGTH * EMBEDDING_DIM
    kernel = fractions(width * EMBEDDING_UNITS, table.size).reshape(width, EMBEDDING_UNITS)
    bias = fractions(EMBEDDING_UNITS, table.size + kernel.size)
    return {"embedding": [("embeddings", table)], "dense": [("kernel", kernel), ("bias", bias)]}


# ---------------------------------------------------------------------------------------------
# Expected outputs: numpy float64 loops, and PyTorch

def loop_dense(v, kernel, bias, activation):
    """A Dense by loops over every sum, float64, then its activation."""
    act = {"tanh": np.tanh, "relu": lambda t: max(t, 0.0), "linear": lambda t: t,
           "sigmoid": lambda t: 1.0 / (1.0 + np.exp(-t))}[activation]
    out = np.zeros((v.shape[0], kernel.shape[1]))
    for n in range(v.shape[0]):
        for j in range(kernel.shape[1]):
            total = float(bias[j])
            for i in range(kernel.shape[0]):
                total += float(v[n, i]) * float(kernel[i, j])
            out[n, j] = act(total)
    return out


def siamese_numpy(weights, a, b):
    """y = sigmoid((h(a) - h(b)) K3 + b3), h(x) = relu(x K1 + b1) K2 + b2: loops over every sum."""
    w = {name: [v.astype(np.float64) for _, v in values] for name, values in weights.items()}

    def h(x):
        return loop_dense(loop_dense(x, *w["dense"], "relu"), *w["dense_1"], "linear")

    return loop_dense(h(a.astype(np.float64)) - h(b.astype(np.float64)), *w["dense_2"], "sigmoid")


def siamese_torch(weights, a, b):
    import torch
    import torch.nn.functional as F
    t = {name: [torch.tensor(v.astype(np.float64)) for _, v in values] for name, values in weights.items()}
    # F.linear takes the weight [out, in]: Keras's kernel transposed.
    h = lambda x: F.linear(F.relu(F.linear(x, t["dense"][0].T, t["dense"][1])), t["dense_1"][0].T, t["dense_1"][1])
    d = h(torch.tensor(a.astype(np.float64))) - h(torch.tensor(b.astype(np.float64)))
    return torch.sigmoid(F.linear(d, t["dense_2"][0].T, t["dense_2"][1])).numpy()


def embedding_numpy(weights, ids1, ids2):
    """y = flatten(E[ids1] + E[ids2]) K + b: the row of each label summed, flattened step-major."""
    table = weights["embedding"][0][1].astype(np.float64)
    kernel, bias = (v.astype(np.float64) for _, v in weights["dense"])
    out = np.zeros((ids1.shape[0], EMBEDDING_UNITS))
    for n in range(ids1.shape[0]):
        flat = []
        for s in range(IDS_LENGTH):
            for d in range(EMBEDDING_DIM):
                flat.append(float(table[int(ids1[n, s]), d]) + float(table[int(ids2[n, s]), d]))
        for j in range(EMBEDDING_UNITS):
            out[n, j] = float(bias[j]) + sum(flat[i] * float(kernel[i, j]) for i in range(len(flat)))
    return out


def embedding_torch(weights, ids1, ids2):
    import torch
    import torch.nn.functional as F
    table = torch.tensor(weights["embedding"][0][1].astype(np.float64))
    kernel, bias = (torch.tensor(v.astype(np.float64)) for _, v in weights["dense"])
    summed = F.embedding(torch.tensor(ids1).long(), table) + F.embedding(torch.tensor(ids2).long(), table)
    return F.linear(torch.flatten(summed, 1), kernel.T, bias).numpy()


# ---------------------------------------------------------------------------------------------
# tf.keras 2.15 (legacy .h5): the Keras 2 schema

def k2_node(*reads):
    """One call's inbound node, as tf.keras 2.15's Node.serialize writes it: [name, node, tensor,
    kwargs] for each tensor of the first argument."""
    return [[name, node, 0, {}] for name, node in reads]


def k2_entry(entry, name, nodes):
    entry["name"], entry["inbound_nodes"] = name, nodes
    return entry


def k2_functional(layers, inputs, output):
    """Functional.get_config (tf.keras 2.15): name and trainable, then get_network_config's layers,
    input_layers and output_layers."""
    return {"class_name": "Functional", "config": {
        "name": "model", "trainable": True, "layers": layers,
        "input_layers": [[name, 0, 0] for name in inputs], "output_layers": [output]}}


def k2_siamese_config(second_read=1):
    """tf.keras 2.15: a, b, dense (S1), dense_1 (S2), subtract, dense_2, in model.layers order (by
    decreasing depth). `second_read`: the node of dense that dense_1's second call reads."""
    a, b = k2_input("a", WIDTH), k2_input("b", WIDTH)
    return k2_functional([
        k2_entry(a, "a", []),
        k2_entry(b, "b", []),
        k2_entry(k215_layer(*SHARED[0]), "dense", [k2_node(("a", 0)), k2_node(("b", 0))]),
        k2_entry(k215_layer(*SHARED[1]), "dense_1", [k2_node(("dense", 0)), k2_node(("dense", second_read))]),
        k2_entry(k215_layer("Subtract", "subtract", {}), "subtract", [k2_node(("dense_1", 0), ("dense_1", 1))]),
        k2_entry(k215_layer(*HEAD[0]), "dense_2", [k2_node(("subtract", 0))]),
    ], ["a", "b"], ["dense_2", 0, 0])


def k2_encoder():
    """tf.keras 2.15 Sequential([Input((6,)), Dense(8, relu), Dense(4)], name="encoder"): the
    Input's InputLayer named input_1 (Keras's own name: a and b are named), no batch_input_shape on
    the Dense layers (none was given them), no build_input_shape (a graph network)."""
    return {"class_name": "Sequential", "config": {
        "name": "encoder", "layers": [k2_input("input_1", WIDTH)] + [k215_layer(*layer) for layer in SHARED]}}


def k2_nested_encoder_config():
    """The encoder has a node 0 of its own (input_1 to dense_1) that the config leaves out:
    encoder(a) is node 1, encoder(b) node 2."""
    a, b = k2_input("a", WIDTH), k2_input("b", WIDTH)
    return k2_functional([
        k2_entry(a, "a", []),
        k2_entry(b, "b", []),
        k2_entry(k2_encoder(), "encoder", [k2_node(("a", 0)), k2_node(("b", 0))]),
        k2_entry(k215_layer("Subtract", "subtract", {}), "subtract", [k2_node(("encoder", 1), ("encoder", 2))]),
        k2_entry(k215_layer(*HEAD[0]), "dense_2", [k2_node(("subtract", 0))]),
    ], ["a", "b"], ["dense_2", 0, 0])


def k2_groups(weights, nested):
    """model_weights' groups in model.layers order: a layer's weights once, however often it is
    called; the nested encoder's in its own group, named dense/kernel:0, ..."""
    own = lambda name: [(f"{name}/{stem}:0", value) for stem, value in weights[name]]
    if nested:
        return [("a", []), ("b", []), ("encoder", nested_legacy_weights(SHARED, weights)),
                ("subtract", []), ("dense_2", own("dense_2"))]
    return [("a", []), ("b", []), ("dense", own("dense")), ("dense_1", own("dense_1")),
            ("subtract", []), ("dense_2", own("dense_2"))]


# ---------------------------------------------------------------------------------------------
# Keras 3.8 (.keras): the Keras 3 schema

def k3_tensor(layer, node, shape, dtype="float32", tensor=0):
    return {"class_name": "__keras_tensor__",
            "config": {"shape": shape, "dtype": dtype, "keras_history": [layer, node, tensor]}}


def k3_node(args, kwargs=None):
    return {"args": args, "kwargs": kwargs or {}}


def k3_entry(entry, name, nodes):
    entry["name"], entry["inbound_nodes"] = name, nodes
    return entry


def k3_functional(layers, inputs, output):
    """Functional.get_config (Keras 3): name, trainable, layers, input_layers, output_layers."""
    return {"module": "keras.src.models.functional", "class_name": "Functional", "config": {
        "name": "functional", "trainable": True, "layers": layers,
        "input_layers": [[name, 0, 0] for name in inputs], "output_layers": [output]},
        "registered_name": "Functional", "build_config": {"input_shape": None}}


def k3_siamese_config():
    """Keras 3.8: each shared Dense built on its first call (build_config of that call's shape),
    one {"args", "kwargs"} per call; S2's second call reads dense's node 1."""
    v = lambda width: [None, width]
    return k3_functional([
        k3_entry(k3_input("a", WIDTH), "a", []),
        k3_entry(k3_input("b", WIDTH), "b", []),
        k3_entry(k3_layer(*SHARED[0], v(WIDTH)), "dense",
                 [k3_node([k3_tensor("a", 0, v(WIDTH))]), k3_node([k3_tensor("b", 0, v(WIDTH))])]),
        k3_entry(k3_layer(*SHARED[1], v(8)), "dense_1",
                 [k3_node([k3_tensor("dense", 0, v(8))]), k3_node([k3_tensor("dense", 1, v(8))])]),
        k3_entry(k3_layer("Subtract", "subtract", {}, [v(4), v(4)]), "subtract",
                 [k3_node([[k3_tensor("dense_1", 0, v(4)), k3_tensor("dense_1", 1, v(4))]])]),
        k3_entry(k3_layer(*HEAD[0], v(4)), "dense_2", [k3_node([k3_tensor("subtract", 0, v(4))])]),
    ], ["a", "b"], ["dense_2", 0, 0])


def k3_encoder():
    """Keras 3.8 Sequential([Input((6,)), Dense(8, relu), Dense(4)], name="encoder"):
    Sequential.get_config is Layer's (name, trainable, dtype) with layers (its InputLayer,
    input_layer, first) and build_input_shape; built at construction, so a build_config."""
    layers = [k3_input("input_layer", WIDTH), k3_layer(*SHARED[0], [None, WIDTH]), k3_layer(*SHARED[1], [None, 8])]
    return {"module": "keras", "class_name": "Sequential", "config": {
        "name": "encoder", "trainable": True, "dtype": POLICY, "layers": layers, "build_input_shape": [None, WIDTH]},
        "registered_name": None, "build_config": {"input_shape": [None, WIDTH]}}


def k3_nested_encoder_config():
    """A Keras 3 Sequential is no Functional (it has no node of its own): encoder(a) is node 0,
    encoder(b) node 1. Sequential.call(inputs, training=None, mask=None): Keras fills in the mask."""
    v = lambda width: [None, width]
    return k3_functional([
        k3_entry(k3_input("a", WIDTH), "a", []),
        k3_entry(k3_input("b", WIDTH), "b", []),
        k3_entry(k3_encoder(), "encoder", [k3_node([k3_tensor("a", 0, v(WIDTH))], {"mask": None}),
                                           k3_node([k3_tensor("b", 0, v(WIDTH))], {"mask": None})]),
        k3_entry(k3_layer("Subtract", "subtract", {}, [v(4), v(4)]), "subtract",
                 [k3_node([[k3_tensor("encoder", 0, v(4)), k3_tensor("encoder", 1, v(4))]])]),
        k3_entry(k3_layer(*HEAD[0], v(4)), "dense_2", [k3_node([k3_tensor("subtract", 0, v(4))])]),
    ], ["a", "b"], ["dense_2", 0, 0])


def k3_embedding_layer():
    """Embedding.get_config (Keras 3.8): Layer's entries, then input_dim, output_dim, the
    initializer ("uniform": RandomUniform(-0.05, 0.05)), regularizers, constraint, mask_zero."""
    return {"module": "keras.layers", "class_name": "Embedding", "config": {
        "name": "embedding", "trainable": True, "dtype": POLICY, "input_dim": VOCABULARY, "output_dim": EMBEDDING_DIM,
        "embeddings_initializer": k3_initializer("RandomUniform", {"seed": None, "minval": -0.05, "maxval": 0.05}),
        "embeddings_regularizer": None, "activity_regularizer": None, "embeddings_constraint": None,
        "mask_zero": False}, "registered_name": None, "build_config": {"input_shape": [None, IDS_LENGTH]}}


def k3_embedding_config():
    """Keras 3.8: ids1, ids2, embedding (two calls), add, flatten, dense."""
    ids, table = [None, IDS_LENGTH], [None, IDS_LENGTH, EMBEDDING_DIM]
    flatten = {"module": "keras.layers", "class_name": "Flatten", "config": {
        "name": "flatten", "trainable": True, "dtype": POLICY, "data_format": "channels_last"},
        "registered_name": None, "build_config": {"input_shape": table}}
    add = {"module": "keras.layers", "class_name": "Add", "config": {"name": "add", "trainable": True, "dtype": POLICY},
           "registered_name": None, "build_config": {"input_shape": [table, table]}}
    flat = IDS_LENGTH * EMBEDDING_DIM
    return k3_functional([
        k3_entry(k3_input("ids1", IDS_LENGTH), "ids1", []),
        k3_entry(k3_input("ids2", IDS_LENGTH), "ids2", []),
        k3_entry(k3_embedding_layer(), "embedding",
                 [k3_node([k3_tensor("ids1", 0, ids)]), k3_node([k3_tensor("ids2", 0, ids)])]),
        k3_entry(add, "add", [k3_node([[k3_tensor("embedding", 0, table), k3_tensor("embedding", 1, table)]])]),
        k3_entry(flatten, "flatten", [k3_node([k3_tensor("add", 0, table)])]),
        k3_entry(k3_layer("Dense", "dense", {"units": EMBEDDING_UNITS, "activation": "linear"}, [None, flat]), "dense",
                 [k3_node([k3_tensor("flatten", 0, [None, flat])])]),
    ], ["ids1", "ids2"], ["dense", 0, 0])


def k3_weights(layers, weights):
    """model.weights.h5 of a Functional whose model.layers are `layers` [(class, name)] (a nested
    model: (class, name, its [(class, name)])): each layer once, at layers/<snake_case(class)>[_k]."""
    classes = {}

    def node(entry):
        keras_class, name = entry[0], entry[1]
        saveable = (K3Model(name, layers=[node(child) for child in entry[2]]) if len(entry) == 3
                    else K3Model(name, [value for _, value in weights.get(name, [])]))
        classes[id(saveable)] = keras_class
        return saveable

    model = K3Model("functional", layers=[node(entry) for entry in layers])
    classes[id(model)] = "Functional"
    return k3_weights_bytes(model, classes)


SIAMESE_LAYERS = [("InputLayer", "a"), ("InputLayer", "b"), ("Dense", "dense"), ("Dense", "dense_1"),
                  ("Subtract", "subtract"), ("Dense", "dense_2")]
NESTED_LAYERS = [("InputLayer", "a"), ("InputLayer", "b"), ("Sequential", "encoder", [("Dense", "dense"), ("Dense", "dense_1")]),
                 ("Subtract", "subtract"), ("Dense", "dense_2")]
EMBEDDING_LAYERS = [("InputLayer", "ids1"), ("InputLayer", "ids2"), ("Embedding", "embedding"), ("Add", "add"),
                    ("Flatten", "flatten"), ("Dense", "dense")]



# ---------------------------------------------------------------------------------------------
# A nested Functional model of two outputs, used as a layer (nested_heads_*)
#
#   u = Input((4,)); h = Dense(5, activation="tanh")(u)
#   trunk = Model(u, [Dense(3, activation="relu", name="head_a")(h), Dense(2, name="head_b")(h)], name="trunk")
#   x = Input((4,)); a, b = trunk(x)
#   Model(x, Dense(1, activation="sigmoid")(Concatenate()([b, a])))     (nested_heads_*)
#   Model(x, [a, b])                                                    (nested_heads_outputs_keras3.keras)
#
# Each file as saved from a session of its own: tf.keras 2.15 names the Inputs input_1 (u) and
# input_2 (x), the outer model "model"; Keras 3 input_layer and input_layer_1, the outer model
# "functional". trunk.layers is [its Input, dense, head_a, head_b] (map_graph: head_a and head_b
# both at depth 0, in traversal order, the outputs' order), so get_weights() runs dense, head_a,
# head_b, then the outer dense_1.

HEADS_WIDTH = 4
TRUNK = [("Dense", "dense", {"units": 5, "activation": "tanh"})]
HEAD_A = ("Dense", "head_a", {"units": 3, "activation": "relu"})
HEAD_B = ("Dense", "head_b", {"units": 2, "activation": "linear"})
HEADS_OUT = ("Dense", "dense_1", {"units": 1, "activation": "sigmoid"})
# Two samples: value i of the flat (2, 4) array is ((7 i + 3) mod 17 - 8) / 4 (as b's of the siamese
# pair): head_a's relu cuts 3 of its 6 values, each of its units alive in one sample.
HEADS_INPUTS = np.array([((7 * i + 3) % 17 - 8) / 4 for i in range(2 * HEADS_WIDTH)], dtype=np.float32).reshape(2, HEADS_WIDTH)


def heads_weights():
    """{layer name: [(stem, array)]} in the outer model's get_weights() order: dense [4, 5] and [5]
    from 0, head_a [5, 3] and [3] from 25, head_b [5, 2] and [2] from 43, dense_1 [5, 1] and [1]
    from 55 (61 values; the two-output model holds the first 55)."""
    weights, width, counter = chain_weights(TRUNK, HEADS_WIDTH)
    for layer in (HEAD_A, HEAD_B):
        head, _, counter = chain_weights([layer], width, counter)
        weights.update(head)
    out, _, _ = chain_weights([HEADS_OUT], HEAD_A[2]["units"] + HEAD_B[2]["units"], counter)
    weights.update(out)
    return weights


def heads_numpy(weights, x):
    """(a, b, y): h = tanh(x K + c), a = relu(h Ka + ca), b = h Kb + cb, y = sigmoid([b, a] Ko + co),
    loops over every sum."""
    w = {name: [v.astype(np.float64) for _, v in values] for name, values in weights.items()}

    h = loop_dense(x.astype(np.float64), *w["dense"], "tanh")
    a = loop_dense(h, *w["head_a"], "relu")
    b = loop_dense(h, *w["head_b"], "linear")
    joined = np.array([[*b[n], *a[n]] for n in range(x.shape[0])])  # Concatenate()([b, a])
    return a, b, loop_dense(joined, *w["dense_1"], "sigmoid")


def heads_torch(weights, x):
    import torch
    import torch.nn.functional as F
    t = {name: [torch.tensor(v.astype(np.float64)) for _, v in values] for name, values in weights.items()}
    linear = lambda v, name: F.linear(v, t[name][0].T, t[name][1])
    h = torch.tanh(linear(torch.tensor(x.astype(np.float64)), "dense"))
    a, b = F.relu(linear(h, "head_a")), linear(h, "head_b")
    return a.numpy(), b.numpy(), torch.sigmoid(linear(torch.cat([b, a], dim=1), "dense_1")).numpy()


def map_graph_layers(outputs, reads):
    """map_graph_nodes (below) on a graph of single-call layers: `reads` {layer: [the layers its
    call reads, in argument order]}. For the model.layers of a flat model."""
    nodes = {(layer, 0): [(parent, 0) for parent in parents] for layer, parents in reads.items()}
    return map_graph_nodes([(output, 0) for output in outputs], nodes)


# ---- tf.keras 2.15

def k2_trunk():
    """trunk's own config (Functional.get_config: name, trainable, then get_network_config's
    layers, input_layers, output_layers), as the outer model's layer entry."""
    u = k2_entry(k2_input("input_1", HEADS_WIDTH), "input_1", [])
    return {"class_name": "Functional", "config": {
        "name": "trunk", "trainable": True, "layers": [
            u,
            k2_entry(k215_layer(*TRUNK[0]), "dense", [k2_node(("input_1", 0))]),
            k2_entry(k215_layer(*HEAD_A), "head_a", [k2_node(("dense", 0))]),
            k2_entry(k215_layer(*HEAD_B), "head_b", [k2_node(("dense", 0))]),
        ], "input_layers": [["input_1", 0, 0]], "output_layers": [["head_a", 0, 0], ["head_b", 0, 0]]}}


def k2_heads_config():
    """input_2, trunk, concatenate, dense_1: trunk's call from x is its node 1 (node 0, input_1 to
    the heads, is left out), so concatenate reads [["trunk", 1, 1, {}], ["trunk", 1, 0, {}]] (b,
    then a)."""
    concatenate = k215_layer("Concatenate", "concatenate", {})
    concatenate["config"]["axis"] = -1  # Concatenate.get_config: Layer's entries, then axis
    return k2_functional([
        k2_entry(k2_input("input_2", HEADS_WIDTH), "input_2", []),
        k2_entry(k2_trunk(), "trunk", [k2_node(("input_2", 0))]),
        k2_entry(concatenate, "concatenate", [[["trunk", 1, 1, {}], ["trunk", 1, 0, {}]]]),
        k2_entry(k215_layer(*HEADS_OUT), "dense_1", [k2_node(("concatenate", 0))]),
    ], ["input_2"], ["dense_1", 0, 0])


def k2_heads_groups(weights):
    """model_weights: input_2 and concatenate empty, trunk's weights in its group named
    dense/kernel:0, ..., head_b/bias:0 (trunk.weights: its layers' in trunk.layers order)."""
    return [("input_2", []), ("trunk", nested_legacy_weights(TRUNK + [HEAD_A, HEAD_B], weights)), ("concatenate", []),
            ("dense_1", [(f"dense_1/{stem}:0", value) for stem, value in weights["dense_1"]])]


# ---- Keras 3.8

def k3_trunk():
    """keras.Model(u, [head_a, head_b], name="trunk"): its config as k3_functional writes one, one
    input (Keras 3.8 wraps a single tensor: [["input_layer", 0, 0]]) and two outputs."""
    v = lambda width: [None, width]
    return {"module": "keras.src.models.functional", "class_name": "Functional", "config": {
        "name": "trunk", "trainable": True, "layers": [
            k3_entry(k3_input("input_layer", HEADS_WIDTH), "input_layer", []),
            k3_entry(k3_layer(*TRUNK[0], v(HEADS_WIDTH)), "dense", [k3_node([k3_tensor("input_layer", 0, v(HEADS_WIDTH))])]),
            k3_entry(k3_layer(*HEAD_A, v(5)), "head_a", [k3_node([k3_tensor("dense", 0, v(5))])]),
            k3_entry(k3_layer(*HEAD_B, v(5)), "head_b", [k3_node([k3_tensor("dense", 0, v(5))])]),
        ], "input_layers": [["input_layer", 0, 0]], "output_layers": [["head_a", 0, 0], ["head_b", 0, 0]]},
        "registered_name": "Functional", "build_config": {"input_shape": None}}


def k3_trunk_entry():
    """trunk as a layer of the outer model: called once on input_layer_1, Functional.call(inputs,
    training=None, mask=None) (Keras fills in the mask)."""
    return k3_entry(k3_trunk(), "trunk",
                    [k3_node([k3_tensor("input_layer_1", 0, [None, HEADS_WIDTH])], {"mask": None})])


def k3_heads_config():
    """input_layer_1, trunk, concatenate, dense_1. concatenate's args name trunk's call by its index
    among trunk's _inbound_nodes, 0: [[<trunk 0 1>, <trunk 0 0>]] (b, then a)."""
    v = lambda width: [None, width]
    out = HEAD_A[2]["units"] + HEAD_B[2]["units"]
    return k3_functional([
        k3_entry(k3_input("input_layer_1", HEADS_WIDTH), "input_layer_1", []),
        k3_trunk_entry(),
        k3_entry(k3_layer("Concatenate", "concatenate", {}, [v(2), v(3)]), "concatenate",
                 [k3_node([[k3_tensor("trunk", 0, v(2), tensor=1), k3_tensor("trunk", 0, v(3), tensor=0)]])]),
        k3_entry(k3_layer(*HEADS_OUT, v(out)), "dense_1", [k3_node([k3_tensor("concatenate", 0, v(out))])]),
    ], ["input_layer_1"], ["dense_1", 0, 0])


def k3_heads_outputs_config():
    """Model(x, [a, b]): input_layer_1 and trunk; output_layers name trunk's call as
    node_reindexing_map numbers it, 1 (a Functional's kept nodes counted from 1)."""
    config = k3_functional([
        k3_entry(k3_input("input_layer_1", HEADS_WIDTH), "input_layer_1", []),
        k3_trunk_entry(),
    ], ["input_layer_1"], ["trunk", 1, 0])
    config["config"]["output_layers"] = [["trunk", 1, 0], ["trunk", 1, 1]]
    return config


TRUNK_LAYERS = [("InputLayer", "input_layer"), ("Dense", "dense"), ("Dense", "head_a"), ("Dense", "head_b")]
HEADS_LAYERS = [("InputLayer", "input_layer_1"), ("Functional", "trunk", TRUNK_LAYERS), ("Concatenate", "concatenate"),
                ("Dense", "dense_1")]
HEADS_OUTPUTS_LAYERS = HEADS_LAYERS[:2]


# ---------------------------------------------------------------------------------------------
# A shared Dense called on its own output, and a shared Dense whose calls sit at two depths
#
#   x = Input((4,)); S = Dense(4, activation="tanh"); y = Dense(2)(S(S(x)))          (shared_tied_*)
#   a, b = Input((4,), name="a"), Input((4,), name="b"); S = Dense(4, activation="tanh")
#   s1 = S(a); e = Dense(4)(s1); s2 = S(b); Model([a, b], Concatenate()([e, s2]))  (shared_depths_*)
#
# Each file as saved from a session of its own: the tied model's Input is input_1 (tf.keras 2.15) or
# input_layer (Keras 3), S is dense, the last Dense dense_1. S's second call in the tied model reads
# its own first call, ["dense", 0, 0]. In the depths model map_graph raises S's second node (depth 1
# by its own path) to the depth of its first (2), so S and b share depth 2 and go in traversal order:
# model.layers is a, dense, b, dense_1, concatenate, and S's second inbound node reads b, which the
# config lists after S.

PAIR_WIDTH = 4
TIED_S = ("Dense", "dense", {"units": 4, "activation": "tanh"})
TIED_OUT = ("Dense", "dense_1", {"units": 2, "activation": "linear"})
DEPTHS_S = ("Dense", "dense", {"units": 4, "activation": "tanh"})
DEPTHS_E = ("Dense", "dense_1", {"units": 4, "activation": "linear"})
# Two samples each: value i of the flat (2, 4) arrays: x and b ((7 i + 3) mod 17 - 8) / 4,
# a ((5 i) mod 13 - 6) / 4.
TIED_INPUTS = np.array([((7 * i + 3) % 17 - 8) / 4 for i in range(2 * PAIR_WIDTH)], dtype=np.float32).reshape(2, PAIR_WIDTH)
DEPTHS_A = np.array([((5 * i) % 13 - 6) / 4 for i in range(2 * PAIR_WIDTH)], dtype=np.float32).reshape(2, PAIR_WIDTH)
DEPTHS_B = TIED_INPUTS.copy()


def map_graph_nodes(outputs, reads):
    """Keras 3's map_graph (keras/src/ops/function.py; tf.keras 2.15's _map_graph_network is the same)
    on nodes (layer, call): `reads` {node: [the nodes its call reads, in argument order]}.
    _build_map: a depth-first walk from the outputs, a layer numbered when one of its nodes is first
    entered, nodes_in_decreasing_depth the post-order. Depths: for each node in reversed post-order,
    depth = max(its depth, its layer's depth so far) (a shared layer's later node raised), its parents
    at least depth + 1. model.layers: layers by decreasing depth, ties by traversal index."""
    index, finished, post = {}, set(), []

    def walk(node):
        if node in finished:
            return
        index.setdefault(node[0], len(index))
        for parent in reads[node]:
            walk(parent)
        finished.add(node)
        post.append(node)

    for output in outputs:
        walk(output)
    node_depth, layer_depth = {}, {}
    for node in reversed(post):
        depth = max(node_depth.setdefault(node, 0), layer_depth.get(node[0], 0))
        layer_depth[node[0]] = node_depth[node] = depth
        for parent in reads[node]:
            node_depth[parent] = max(depth + 1, node_depth.get(parent, 0))
    return sorted(layer_depth, key=lambda layer: (-layer_depth[layer], index[layer]))


def tied_weights():
    """dense (S) [4, 4] and [4] from 0, dense_1 [4, 2] and [2] from 20 (30 values)."""
    weights, _, _ = chain_weights([TIED_S, TIED_OUT], PAIR_WIDTH)
    return weights


def depths_weights():
    """dense (S) [4, 4] and [4] from 0, dense_1 (e) [4, 4] and [4] from 20 (40 values)."""
    weights, _, _ = chain_weights([DEPTHS_S, DEPTHS_E], PAIR_WIDTH)
    return weights


def tied_numpy(weights, x):
    """y = S(S(x)) K2 + b2, S(v) = tanh(v K1 + b1): the one kernel K1 on both calls."""
    w = {name: [v.astype(np.float64) for _, v in values] for name, values in weights.items()}
    s = lambda v: loop_dense(v, *w["dense"], "tanh")
    return loop_dense(s(s(x.astype(np.float64))), *w["dense_1"], "linear")


def tied_torch(weights, x):
    import torch
    import torch.nn.functional as F
    t = {name: [torch.tensor(v.astype(np.float64)) for _, v in values] for name, values in weights.items()}
    s = lambda v: torch.tanh(F.linear(v, t["dense"][0].T, t["dense"][1]))
    return F.linear(s(s(torch.tensor(x.astype(np.float64)))), t["dense_1"][0].T, t["dense_1"][1]).numpy()


def depths_numpy(weights, a, b):
    """y = [S(a) Ke + be, S(b)], S(v) = tanh(v K1 + b1): Concatenate()([e, s2]), e first."""
    w = {name: [v.astype(np.float64) for _, v in values] for name, values in weights.items()}
    s = lambda v: loop_dense(v.astype(np.float64), *w["dense"], "tanh")
    e, s2 = loop_dense(s(a), *w["dense_1"], "linear"), s(b)
    return np.array([[*e[n], *s2[n]] for n in range(a.shape[0])])


def depths_torch(weights, a, b):
    import torch
    import torch.nn.functional as F
    t = {name: [torch.tensor(v.astype(np.float64)) for _, v in values] for name, values in weights.items()}
    s = lambda v: torch.tanh(F.linear(torch.tensor(v.astype(np.float64)), t["dense"][0].T, t["dense"][1]))
    e = F.linear(s(a), t["dense_1"][0].T, t["dense_1"][1])
    return torch.cat([e, s(b)], dim=1).numpy()


TIED_READS = {("x", 0): [], ("dense", 0): [("x", 0)], ("dense", 1): [("dense", 0)], ("dense_1", 0): [("dense", 1)]}
DEPTHS_READS = {("a", 0): [], ("b", 0): [], ("dense", 0): [("a", 0)], ("dense_1", 0): [("dense", 0)],
                ("dense", 1): [("b", 0)], ("concatenate", 0): [("dense_1", 0), ("dense", 1)]}


# ---- tf.keras 2.15

def k2_concatenate():
    concatenate = k215_layer("Concatenate", "concatenate", {})
    concatenate["config"]["axis"] = -1  # Concatenate.get_config: Layer's entries, then axis
    return concatenate


def k2_tied_config():
    """input_1, dense (two calls: input_1's node 0, then its own node 0), dense_1 (dense's node 1)."""
    return k2_functional([
        k2_entry(k2_input("input_1", PAIR_WIDTH), "input_1", []),
        k2_entry(k215_layer(*TIED_S), "dense", [k2_node(("input_1", 0)), k2_node(("dense", 0))]),
        k2_entry(k215_layer(*TIED_OUT), "dense_1", [k2_node(("dense", 1))]),
    ], ["input_1"], ["dense_1", 0, 0])


def k2_depths_config():
    """a, dense, b, dense_1, concatenate (model.layers order): dense reads a, then b (listed after
    it); dense_1 reads dense's node 0; concatenate reads dense_1's node 0 and dense's node 1."""
    return k2_functional([
        k2_entry(k2_input("a", PAIR_WIDTH), "a", []),
        k2_entry(k215_layer(*DEPTHS_S), "dense", [k2_node(("a", 0)), k2_node(("b", 0))]),
        k2_entry(k2_input("b", PAIR_WIDTH), "b", []),
        k2_entry(k215_layer(*DEPTHS_E), "dense_1", [k2_node(("dense", 0))]),
        k2_entry(k2_concatenate(), "concatenate", [k2_node(("dense_1", 0), ("dense", 1))]),
    ], ["a", "b"], ["concatenate", 0, 0])


def k2_pair_groups(order, weights):
    """model_weights' groups in model.layers order, each layer's weights once."""
    return [(name, [(f"{name}/{stem}:0", value) for stem, value in weights.get(name, [])]) for name in order]


# ---- Keras 3.8

def k3_tied_config():
    """input_layer, dense (two calls, built on the first), dense_1."""
    v = [None, PAIR_WIDTH]
    return k3_functional([
        k3_entry(k3_input("input_layer", PAIR_WIDTH), "input_layer", []),
        k3_entry(k3_layer(*TIED_S, v), "dense",
                 [k3_node([k3_tensor("input_layer", 0, v)]), k3_node([k3_tensor("dense", 0, v)])]),
        k3_entry(k3_layer(*TIED_OUT, v), "dense_1", [k3_node([k3_tensor("dense", 1, v)])]),
    ], ["input_layer"], ["dense_1", 0, 0])


def k3_depths_config():
    """a, dense, b, dense_1, concatenate: as the tf.keras file, in Keras 3's schema."""
    v = [None, PAIR_WIDTH]
    return k3_functional([
        k3_entry(k3_input("a", PAIR_WIDTH), "a", []),
        k3_entry(k3_layer(*DEPTHS_S, v), "dense",
                 [k3_node([k3_tensor("a", 0, v)]), k3_node([k3_tensor("b", 0, v)])]),
        k3_entry(k3_input("b", PAIR_WIDTH), "b", []),
        k3_entry(k3_layer(*DEPTHS_E, v), "dense_1", [k3_node([k3_tensor("dense", 0, v)])]),
        k3_entry(k3_layer("Concatenate", "concatenate", {}, [v, v]), "concatenate",
                 [k3_node([[k3_tensor("dense_1", 0, v), k3_tensor("dense", 1, v)]])]),
    ], ["a", "b"], ["concatenate", 0, 0])


TIED_K2_ORDER = ["input_1", "dense", "dense_1"]
TIED_LAYERS = [("InputLayer", "input_layer"), ("Dense", "dense"), ("Dense", "dense_1")]
DEPTHS_ORDER = ["a", "dense", "b", "dense_1", "concatenate"]
DEPTHS_LAYERS = [("InputLayer", "a"), ("Dense", "dense"), ("InputLayer", "b"), ("Dense", "dense_1"),
                 ("Concatenate", "concatenate")]


def print_weights(title, weights):
    print(f"{title} weights (get_weights() order):")
    for name, values in weights.items():
        for stem, value in values:
            print(f"  {name}/{stem} {list(value.shape)}: {{{', '.join(repr(float(v)) for v in value.ravel())}}}")


def main():
    out = lambda name: os.path.join(HERE, name)

    weights = siamese_weights()
    write_k215_h5(out("shared_siamese_tfkeras.h5"), k2_siamese_config(), k2_groups(weights, nested=False))
    write_k215_h5(out("broken_shared_reads_tfkeras.h5"), k2_siamese_config(second_read=5), k2_groups(weights, nested=False))
    write_k215_h5(out("shared_nested_encoder_tfkeras.h5"), k2_nested_encoder_config(), k2_groups(weights, nested=True))
    write_bytes(out("shared_siamese_keras3.keras"),
                zip_bytes(keras_members(k3_siamese_config(), k3_weights(SIAMESE_LAYERS, weights))))
    write_bytes(out("shared_nested_encoder_keras3.keras"),
                zip_bytes(keras_members(k3_nested_encoder_config(), k3_weights(NESTED_LAYERS, weights))))
    table_weights = embedding_weights()
    write_bytes(out("shared_embedding_keras3.keras"),
                zip_bytes(keras_members(k3_embedding_config(), k3_weights(EMBEDDING_LAYERS, table_weights))))
    heads = heads_weights()
    write_k215_h5(out("nested_heads_tfkeras.h5"), k2_heads_config(), k2_heads_groups(heads))
    write_bytes(out("nested_heads_keras3.keras"),
                zip_bytes(keras_members(k3_heads_config(), k3_weights(HEADS_LAYERS, heads))))
    write_bytes(out("nested_heads_outputs_keras3.keras"),
                zip_bytes(keras_members(k3_heads_outputs_config(), k3_weights(HEADS_OUTPUTS_LAYERS, heads))))
    # model.layers (map_graph) must be the order the configs list
    assert map_graph_nodes([("dense_1", 0)], TIED_READS) == ["x", "dense", "dense_1"]
    assert map_graph_nodes([("concatenate", 0)], DEPTHS_READS) == DEPTHS_ORDER
    tied = tied_weights()
    write_k215_h5(out("shared_tied_tfkeras.h5"), k2_tied_config(), k2_pair_groups(TIED_K2_ORDER, tied))
    write_bytes(out("shared_tied_keras3.keras"), zip_bytes(keras_members(k3_tied_config(), k3_weights(TIED_LAYERS, tied))))
    depths = depths_weights()
    write_k215_h5(out("shared_depths_tfkeras.h5"), k2_depths_config(), k2_pair_groups(DEPTHS_ORDER, depths))
    write_bytes(out("shared_depths_keras3.keras"),
                zip_bytes(keras_members(k3_depths_config(), k3_weights(DEPTHS_LAYERS, depths))))

    # ---- what the tests compare with
    print_weights("siamese and nested encoder", weights)
    print("inputs: value i of the flat (2, 6) arrays: a ((5 i) mod 13 - 6) / 4, b ((7 i + 3) mod 17 - 8) / 4")
    print("  a:", SIAMESE_A.tolist(), "b:", SIAMESE_B.tolist())
    w = {name: [v.astype(np.float64) for _, v in values] for name, values in weights.items()}
    for name, x in (("a", SIAMESE_A), ("b", SIAMESE_B)):
        hidden = x.astype(np.float64) @ w["dense"][0] + w["dense"][1]
        print(f"  S1({name}) before relu: {int(np.sum(hidden <= 0))} of {hidden.size} at or below 0")
    y = siamese_numpy(weights, SIAMESE_A, SIAMESE_B)
    difference = float(np.max(np.abs(siamese_torch(weights, SIAMESE_A, SIAMESE_B) - y)))
    assert difference < 1e-10, difference
    print(f"  PyTorch gives the same (largest difference {difference:.3g})")
    print("  swapped (b, a):", ", ".join(f"{v:.9g}" for v in siamese_numpy(weights, SIAMESE_B, SIAMESE_A).ravel()))
    print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    print_weights("shared embedding", table_weights)
    print("inputs: value i of the flat (2, 5) arrays: ids1 (3 i + 1) mod 20, ids2 (7 i + 4) mod 20")
    print("  ids1:", IDS1.tolist(), "ids2:", IDS2.tolist())
    y = embedding_numpy(table_weights, IDS1, IDS2)
    difference = float(np.max(np.abs(embedding_torch(table_weights, IDS1, IDS2) - y)))
    assert difference < 1e-10, difference
    print(f"  PyTorch gives the same (largest difference {difference:.3g})")
    print("outputs:", ", ".join(f"{v:.9g}" for v in y.ravel()))

    print_weights("nested heads", heads)
    print("inputs: value i of the flat (2, 4) array: ((7 i + 3) mod 17 - 8) / 4")
    print("  x:", HEADS_INPUTS.tolist())
    flat = map_graph_layers(["dense_1"], {"x": [], "dense": ["x"], "head_a": ["dense"], "head_b": ["dense"],
                                          "concatenate": ["head_b", "head_a"], "dense_1": ["concatenate"]})
    print("  trunk.layers (map_graph):", map_graph_layers(["head_a", "head_b"], {"u": [], "dense": ["u"], "head_a": ["dense"],
                                                                                 "head_b": ["dense"]}))
    print("  the same layers as one flat model (map_graph):", flat)
    a, b, y = heads_numpy(heads, HEADS_INPUTS)
    ta, tb, ty = heads_torch(heads, HEADS_INPUTS)
    difference = max(float(np.max(np.abs(t - v))) for t, v in ((ta, a), (tb, b), (ty, y)))
    assert difference < 1e-10, difference
    print(f"  PyTorch gives the same (largest difference {difference:.3g})")
    w = {name: [v.astype(np.float64) for _, v in values] for name, values in heads.items()}
    h = np.tanh(HEADS_INPUTS.astype(np.float64) @ w["dense"][0] + w["dense"][1])
    before = h @ w["head_a"][0] + w["head_a"][1]
    print(f"  head_a before relu: {int(np.sum(before <= 0))} of {before.size} at or below 0")
    print("outputs y (nested_heads_*):", ", ".join(f"{v:.9g}" for v in y.ravel()))
    print("outputs a (nested_heads_outputs, [2, 3]):", ", ".join(f"{v:.9g}" for v in a.ravel()))
    print("outputs b (nested_heads_outputs, [2, 2]):", ", ".join(f"{v:.9g}" for v in b.ravel()))
    joined = np.concatenate([a, b], axis=1)  # Concatenate()([a, b]): the tensor indices swapped
    wrong = 1.0 / (1.0 + np.exp(-(joined @ w["dense_1"][0] + w["dense_1"][1])))
    print("  with a and b swapped in the concatenation:", ", ".join(f"{v:.9g}" for v in wrong.ravel()))

    print_weights("tied", tied)
    print("inputs: value i of the flat (2, 4) array: ((7 i + 3) mod 17 - 8) / 4")
    print("  x:", TIED_INPUTS.tolist())
    print("  model.layers (map_graph):", map_graph_nodes([("dense_1", 0)], TIED_READS))
    y = tied_numpy(tied, TIED_INPUTS)
    difference = float(np.max(np.abs(tied_torch(tied, TIED_INPUTS) - y)))
    assert difference < 1e-10, difference
    print(f"  PyTorch gives the same (largest difference {difference:.3g})")
    print("outputs (shared_tied_*, [2, 2]):", ", ".join(f"{v:.9g}" for v in y.ravel()))

    print_weights("depths", depths)
    print("inputs: value i of the flat (2, 4) arrays: a ((5 i) mod 13 - 6) / 4, b ((7 i + 3) mod 17 - 8) / 4")
    print("  a:", DEPTHS_A.tolist(), "b:", DEPTHS_B.tolist())
    print("  model.layers (map_graph):", map_graph_nodes([("concatenate", 0)], DEPTHS_READS))
    y = depths_numpy(depths, DEPTHS_A, DEPTHS_B)
    difference = float(np.max(np.abs(depths_torch(depths, DEPTHS_A, DEPTHS_B) - y)))
    assert difference < 1e-10, difference
    print(f"  PyTorch gives the same (largest difference {difference:.3g})")
    print("outputs (shared_depths_*, [2, 8]: e, then S(b)):", ", ".join(f"{v:.9g}" for v in y.ravel()))
    print("  with a and b swapped:", ", ".join(f"{v:.9g}" for v in depths_numpy(depths, DEPTHS_B, DEPTHS_A).ravel()))

    files = sorted(n for n in os.listdir(HERE) if n.startswith(("shared_", "broken_shared_", "nested_heads_")))
    print_files(files, 36)
    return 0


if __name__ == "__main__":
    sys.exit(main())
