#!/usr/bin/env bash
# Compile time and memory of the translation units the budgets name (docs/performance.md):
# the tutorial test, golden_test.cpp, functional_test.cpp, and a user's translation unit that runs a
# Keras 3 generator with and without the load of its file (bench/compile_time/generator_load.cpp),
# each at -O2 and at -O3 -march=native.
#
#   scripts/compile_times.sh [--build DIR] [--runs N] [--only REGEX]
#
# --build DIR: a build directory of any ctnn checkout, configured here if it has no
#   compile_commands.json yet (default build/compile-times); its compile commands give every
#   flag and include directory, so two checkouts are compared by running this once per build
#   directory, alternately. The generator's source is always this checkout's.
# --runs N (default 5): every unit is compiled N times, all units interleaved (A B C A B C ...), so
#   that a load on the machine weighs on each alike; the minimum and median of the compiler's CPU
#   time (user + system, what a core spends) and its peak memory are printed.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
build="$repo/build/compile-times"
runs=5
only="."
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--runs N] [--only REGEX]" >&2; exit 2 ;;
  esac
done
if [[ ! -f "$build/compile_commands.json" ]]; then
  cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
fi
exec python3 - "$repo" "$build" "$runs" "$only" <<'PYTHON'
import json, os, re, shlex, statistics, sys, tempfile

repo, build, runs, only = sys.argv[1], sys.argv[2], int(sys.argv[3]), re.compile(sys.argv[4])
commands = json.load(open(os.path.join(build, "compile_commands.json")))

def command_of(suffix):
    """The compile command of the first unit whose file ends with `suffix`, as a list."""
    for entry in commands:
        if entry["file"].endswith(suffix):
            words = entry.get("arguments") or shlex.split(entry["command"])
            return words, entry["directory"], entry["file"]
    sys.exit(f"compile_times: no compile command for {suffix} in {build}/compile_commands.json")

def variant(words, file, source, level, extra):
    """`words` compiling `source` to nowhere at `level` (-O2, or -O3 -march=native), plus `extra`."""
    out, skip = [], False
    for word in words:
        if skip:
            skip = False
            continue
        if word == "-o":
            skip = True
            continue
        if word == file or re.fullmatch(r"-O[0-3s]|-march=\S+", word):
            continue
        out.append(word)
    return out + level + extra + ["-o", os.devnull, source]

units = []
for name, suffix in [("tutorial_test.cpp", "tests/tutorial_test.cpp"), ("golden_test.cpp", "tests/golden_test.cpp"),
                     ("functional_test.cpp", "tests/functional_test.cpp")]:
    words, directory, file = command_of(suffix)
    units.append((name, words, directory, file, file, []))
# The generator: the flags of a unit that links ctnn::keras (HDF5, nlohmann/json and libzip found).
words, directory, file = command_of("tests/keras_formats_test.cpp")
generator = os.path.join(repo, "bench/compile_time/generator_load.cpp")
units.append(("generator, no load", words, directory, file, generator, ["-DCTNN_COMPILE_TIME_LOAD=0"]))
units.append(("generator, load", words, directory, file, generator, ["-DCTNN_COMPILE_TIME_LOAD=1"]))
units = [unit for unit in units if only.search(unit[0])]

levels = [("-O2", ["-O2"]), ("-O3 -march=native", ["-O3", "-march=native"])]
results = {}
for run in range(runs):
    for level_name, level in levels:
        for name, words, directory, file, source, extra in units:
            command = variant(words, file, source, level, extra)
            pid = os.fork()
            if pid == 0:
                os.chdir(directory)
                os.execvp(command[0], command)
            _, status, usage = os.wait4(pid, 0)
            if status != 0:
                sys.exit(f"compile_times: {name} failed to compile: {' '.join(command)}")
            results.setdefault((name, level_name), []).append((usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024))

print(f"compile_times: {build}, {runs} runs each, interleaved; CPU seconds (user + sys) and peak MiB of the compiler")
print(f"{'unit':<24} {'flags':<18} {'min s':>7} {'median s':>9} {'max MiB':>8}")
for (name, level_name), values in results.items():
    seconds = [v[0] for v in values]
    print(f"{name:<24} {level_name:<18} {min(seconds):7.2f} {statistics.median(seconds):9.2f} {max(v[1] for v in values):8.0f}")
for level_name, _ in levels:
    with_load, without = results.get(("generator, load", level_name)), results.get(("generator, no load", level_name))
    if with_load and without:
        ratio = statistics.median(v[0] for v in with_load) / statistics.median(v[0] for v in without)
        print(f"the loading unit / the same without the load, {level_name}: {ratio:.2f} (median CPU)")
PYTHON
