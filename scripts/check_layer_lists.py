#!/usr/bin/env python3
"""Checks that the lists of ctnn's layers name every layer header of include/ctnn/layers/ once.

From the repository root:

    python3 scripts/check_layer_lists.py    # exit 1, and what is wrong, when a list is

A layer kind is one header in include/ctnn/layers/, and two lists name them all:
include/ctnn/ctnn.hpp includes every layer header, and include/ctnn/keras_layers.hpp's
`layer_kinds` names every `keras::..._kind` that the layer headers define (a header may define
several: merge.hpp's Concatenate and the element-wise merges). Each must name every layer
exactly once: a layer missing from ctnn.hpp is missing from every program that includes it, and
one missing from `layer_kinds` is a Keras class that ctnn-keras-type cannot read.

The tests that each layer header is all a model of the layer needs (tests/layer_headers/, one
program per header, the GCC build's headers.layer_alone.NAME) are checked here too: one per layer
header, including that header and no other layer's. And a layer header whose kernel has a header
(include/ctnn/reference/NAME.hpp) must include it.

The GCC build's CTest check headers.layer_lists runs this script.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The headers of include/ctnn/layers/ that are no layer: no Keras class, nothing to list. Each
# comes with the layer headers that need it.
NOT_LAYERS = {
    # The properties every description may declare, and the concepts the model checks them with.
    "layer.hpp",
    # How a Keras configuration becomes a layer: `layer_kind` and the readers every kind uses.
    "keras_config.hpp",
    # The options and windows of max_pooling2d and average_pooling2d, their shared base.
    "pooling2d.hpp",
    # How a layer declares its options once (the schema) and its rules once (CTNN_RULE).
    "options_schema.hpp",
    "rules.hpp",
    # Keras's axis= of the layers that normalise over some axes (layer_, unit_, rms_normalization).
    "normalization_axes.hpp",
}

LAYER_INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]ctnn/layers/(\w+\.hpp)[>"]', re.MULTILINE)
CTNN_INCLUDE = re.compile(r'^\s*#\s*include\s*[<"](ctnn/[\w/]+\.hpp)[>"]', re.MULTILINE)
KIND_DEFINITION = re.compile(r"^\s*inline\s+constexpr\s+layer_kind\s+(\w+)\s*\{", re.MULTILINE)
KIND_LIST = re.compile(r"layer_kind\s+layer_kinds\s*\[\s*\]\s*=\s*\{(.*?)\};", re.DOTALL)
COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)


def without_comments(text):
    return COMMENT.sub("", text)


def once(counts, name, where, problems):
    if counts[name] == 0:
        problems.append(f"{where} does not name {name}")
    elif counts[name] > 1:
        problems.append(f"{where} names {name} {counts[name]} times")


def check(root):
    layers_dir = root / "include/ctnn/layers"
    headers = sorted(path.name for path in layers_dir.glob("*.hpp"))
    problems = [f"NOT_LAYERS names {name}, which include/ctnn/layers/ does not hold" for name in sorted(NOT_LAYERS - set(headers))]
    layers = [name for name in headers if name not in NOT_LAYERS]
    text = {name: without_comments((layers_dir / name).read_text()) for name in headers}

    # ctnn.hpp: every layer header once; any other header of layers/ at most once.
    umbrella = "include/ctnn/ctnn.hpp"
    included = Counter(LAYER_INCLUDE.findall(without_comments((root / umbrella).read_text())))
    for name in layers:
        once(included, name, umbrella, problems)
    for name in sorted(included):
        if name not in headers:
            problems.append(f"{umbrella} includes ctnn/layers/{name}, which does not exist")
        elif name in NOT_LAYERS and included[name] > 1:
            problems.append(f"{umbrella} includes ctnn/layers/{name} {included[name]} times")

    # keras_layers.hpp: every kind a layer header defines; a layer header defines one or more.
    registry = "include/ctnn/keras_layers.hpp"
    kind_list = KIND_LIST.search(without_comments((root / registry).read_text()))
    if kind_list is None:
        problems.append(f"{registry}: no `layer_kind layer_kinds[] = {{...}};` found")
        listed = Counter()
    else:
        # An entry is a kind, or a kind template given its argument (one per Keras class:
        # image_augmentation_kind<image_augmentation::random_flip>); each entry once, each kind in one or more.
        entries = [" ".join(entry.split()) for entry in kind_list.group(1).split(",") if entry.strip()]
        for entry, count in Counter(entries).items():
            if count > 1:
                problems.append(f"{registry} (layer_kinds) names {entry} {count} times")
        listed = Counter(re.match(r"\w+", entry).group(0) for entry in set(entries))
    defined = {}
    for name in headers:
        kinds = KIND_DEFINITION.findall(text[name])
        if name in NOT_LAYERS and kinds:
            problems.append(f"ctnn/layers/{name} defines {', '.join(kinds)} but is in NOT_LAYERS: take it out")
        elif name not in NOT_LAYERS and not kinds:
            problems.append(f"ctnn/layers/{name} defines no keras::..._kind (a header that is no layer belongs in NOT_LAYERS)")
        for kind in kinds:
            defined[kind] = name
            if listed[kind] == 0:
                problems.append(f"{registry} (layer_kinds) does not name {kind}")
    for kind in sorted(set(listed) - set(defined)):
        problems.append(f"{registry} (layer_kinds) names {kind}, which no header of include/ctnn/layers/ defines")

    # Each layer header brings its kernel's header, and has its test.
    tests_dir = root / "tests/layer_headers"
    model_headers = {"ctnn/sequential.hpp", "ctnn/functional.hpp"}
    for name in layers:
        kernel = root / "include/ctnn/reference" / name
        if kernel.exists() and f"ctnn/reference/{name}" not in CTNN_INCLUDE.findall(text[name]):
            problems.append(f"ctnn/layers/{name} does not include its kernel, ctnn/reference/{name}")
        test = tests_dir / (Path(name).stem + ".cpp")
        if not test.exists():
            problems.append(f"{test.relative_to(root)} is missing: a model of {name} with only its header and the model's included")
            continue
        includes = set(CTNN_INCLUDE.findall(without_comments(test.read_text())))
        expected = f"ctnn/layers/{name}"
        if expected not in includes or not includes & model_headers or includes - {expected} - model_headers:
            problems.append(f"{test.relative_to(root)} must include {expected} and ctnn/sequential.hpp or "
                            f"ctnn/functional.hpp, and no other ctnn header; it includes {', '.join(sorted(includes)) or 'none'}")
    for test in sorted(tests_dir.glob("*.cpp")):
        if test.stem + ".hpp" not in layers:
            problems.append(f"{test.relative_to(root)} tests no layer header: include/ctnn/layers/{test.stem}.hpp is not one")
    return layers, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this script's)")
    args = parser.parse_args()
    layers, problems = check(args.root.resolve())
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"{len(layers)} layer headers, each named once by ctnn.hpp and keras_layers.hpp, each with its test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
