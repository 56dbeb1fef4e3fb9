#!/usr/bin/env bash
# Builds and runs the whole test suite, twice:
#  1. GCC (the compiler of record), -O3 (CMake Release), -Wall -Wextra -Wpedantic -Werror: unit, golden, Keras
#     model, compile-fail, header, install, example and benchmark-smoke tests, and the check that
#     docs/errors.md is what scripts/make_errors_doc.py makes of the compile-fail tests' output;
#  2. Clang 14 under AddressSanitizer and UndefinedBehaviorSanitizer, also -Werror, -O1: the same
#     but the install test, the benchmark (Google Benchmark is not built with sanitizers), the
#     docs/errors.md check (the page shows GCC's output), the compile-fail tests' fixed models and
#     the headers compiled alone (neither depends on the sanitizers; the GCC build has them), and
#     the engine tests at one vector width, 16 lanes (AVX-512, or its 256-bit halves without it);
#  3. Clang 14 under ThreadSanitizer, -O1: only the test that runs threads against each other
#     (8 concurrent callers of predict, the pool's caps and its exceptions).
# The Keras model tests read ../shared/models (CMake: CTNN_MODELS_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh test
jobs="${CTNN_JOBS:-2}"

# The engine tests at every vector width, each once: 4 lanes ("portable") and 8 ("avx2") in the
# GCC build, 16 in the Clang build, which has one width anyway: this machine's AVX-512 ("native"),
# or without it the 256-bit halves ("wide"). ("native" is "avx2" itself on a machine without
# AVX-512; GCC's AVX-512 code still runs in the benchmark smoke tests, built -march=native.)
gcc_widths="portable;avx2"
clang_widths="wide"
if grep -qw avx512f /proc/cpuinfo 2>/dev/null; then clang_widths="native"; fi

echo "== GCC, Release (-O3), warnings as errors"
cmake -S . -B build/gcc -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Release -DCTNN_WARNINGS_AS_ERRORS=ON \
  -DCTNN_ENGINE_TEST_WIDTHS="$gcc_widths"
cmake --build build/gcc -j "$jobs"
ctest --test-dir build/gcc -j "$jobs" --output-on-failure

echo "== Clang, AddressSanitizer + UndefinedBehaviorSanitizer"
# -O1 and line tables only: what the sanitizers' reports need, compiled a fifth faster than -O2 -g;
# the programs of many small models (CTNN_SMALL_MODEL_TEST_OPTIONS: the golden suites, NaN, the
# random models, the Keras configurations) at -O0, which compiles them in half the time.
# The compile-fail tests check Clang's messages (ko); that the fixes compile (ok) and that each
# header compiles alone does not depend on the sanitizers, and the GCC build checks both. The
# engine's kernels are one source over the vector width: the widest (16 lanes) is checked here,
# every width in the GCC build.
cmake -S . -B build/clang-sanitized -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCTNN_WARNINGS_AS_ERRORS=ON -DCTNN_SANITIZERS=address,undefined \
  -DCTNN_BUILD_BENCHMARKS=OFF -DCTNN_COMPILE_FAIL_MODES=ko -DCTNN_HEADER_TESTS=OFF -DCTNN_ENGINE_TEST_WIDTHS="$clang_widths" \
  -DCTNN_SMALL_MODEL_TEST_OPTIONS=-O0
cmake --build build/clang-sanitized -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/clang-sanitized -j "$jobs" --output-on-failure

echo "== Clang, ThreadSanitizer: the threaded tests"
# Only the stress test, built and run alone, so that this build adds under two minutes to CI: 8
# callers of predict on three models, half with threads{2}, through the shared pool. (The engine
# tests' thread-count case runs the same pool paths; their translation unit alone would add
# about four minutes here.)
cmake -S . -B build/clang-tsan -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCTNN_WARNINGS_AS_ERRORS=ON -DCTNN_SANITIZERS=thread \
  -DCTNN_BUILD_BENCHMARKS=OFF -DCTNN_BUILD_EXAMPLES=OFF -DCTNN_COMPILE_FAIL_TESTS=OFF -DCTNN_HEADER_TESTS=OFF
cmake --build build/clang-tsan -j "$jobs" --target ctnn_stress_tests
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
  ctest --test-dir build/clang-tsan -j "$jobs" --output-on-failure -R '^stress: '
