#!/usr/bin/env bash
# Builds and runs the tutorial example: the Keras upsampling tutorial, printed by C++.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh demo
cmake -S . -B build/demo -DCMAKE_BUILD_TYPE=Release -DCTNN_BUILD_TESTS=OFF -DCTNN_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/demo --target upsampling_tutorial -j "${CTNN_JOBS:-2}" >/dev/null
build/demo/examples/upsampling_tutorial
