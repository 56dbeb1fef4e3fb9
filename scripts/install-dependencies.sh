#!/usr/bin/env bash
# Installs, from Debian's packages, what building ctnn needs and is not there yet.
#   scripts/install-dependencies.sh demo   # compiler and CMake: enough for the examples
#   scripts/install-dependencies.sh test   # plus Catch2, Google Benchmark, Clang with sanitizers, and
#                                          # HDF5, nlohmann/json, libzip and libpng for the Keras tests and example,
#                                          # oneDNN for the fused engine's kernel-level benchmark anchor,
#                                          # Python 3 for the check of docs/errors.md (scripts/make_errors_doc.py)
set -euo pipefail

packages=(cmake make g++)
if [[ "${1:-test}" == test ]]; then
  packages+=(catch2 libbenchmark-dev clang libclang-rt-14-dev libhdf5-dev nlohmann-json3-dev libzip-dev pkg-config libpng-dev libdnnl-dev python3)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "ctnn: installing ${missing[*]}" >&2
sudo_if_needed=()
[[ $(id -u) -eq 0 ]] || sudo_if_needed=(sudo)
"${sudo_if_needed[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo_if_needed[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
