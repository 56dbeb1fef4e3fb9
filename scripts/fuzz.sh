#!/usr/bin/env bash
# Fuzzes ctnn's Keras file readers with libFuzzer (Clang 14, ASan + UBSan) and triages what it finds.
#
#   scripts/fuzz.sh SECONDS [TARGET...]     TARGET: load architecture zip isolated (default: the first three, in turn)
#   scripts/fuzz.sh triage [TARGET...]      replay and classify the artifacts already found
#
# Targets (fuzz/): load (the bytes as a whole file of any format, through ctnn::keras::load),
# architecture (the bytes as the JSON architecture, against valid weights), zip (the bytes as a
# .keras archive's members, written into a valid zip), isolated (the bytes as a whole file through
# the isolated load, load(model, path, isolation): this process must never crash). Each loads into
# a few fixed model types (fuzz/fuzz_models.hpp).
#
# Everything lives under build/fuzz/ (CTNN_FUZZ_DIR): build/ (the Clang build, -DCTNN_FUZZ=ON),
# seeds/ (scripts/make_fuzz_seeds.py: tests/keras_files and shrunk copies of ../shared/models),
# corpus/TARGET (what the fuzzer keeps, carried over between runs), artifacts/TARGET (crash-*,
# oom-*, timeout-*), logs/ and triage/. libhdf5 itself is known to crash, loop and allocate
# terabytes on mutated files (../shared/hostile/libhdf5), so each target runs in libFuzzer's fork
# mode, which records such an input and carries on: -fork=1 -ignore_crashes=1 -ignore_ooms=1
# -ignore_timeouts=1, 2 GB and 10 s per input. One target at a time, at nice 10 (CTNN_FUZZ_NICE).
#
# The triage replays each artifact and names its owner by the first frame of the symbolized stack
# that is not the sanitizers', the C library's or the C++ library's: libhdf5, libzip (or zlib), or
# ctnn (ctnn's headers, nlohmann/json called from them, the fuzz target). Only ctnn's own findings
# are bugs to fix here; copy each such input into tests/keras_files/fuzz_regressions/ (CI replays
# them: tests/fuzz_regression_test.cpp). libhdf5's are what the isolated load must contain. The
# isolated target's artifacts are mostly written by its reading child as it dies (it inherits
# libFuzzer's crash handler); their replays do not fail and are listed as contained: only a
# failing replay, or a crash counted in the run's log, is a crash of the calling process.
#
# Environment: CTNN_FUZZ_DIR (build/fuzz), CTNN_FUZZ_SOURCE (the source tree to build; default
# this checkout), CTNN_FUZZ_NICE (10), CTNN_JOBS (1), CTNN_FUZZ_FLAGS (more libFuzzer options),
# CTNN_FUZZ_BINARIES (where the triage finds the targets: to replay with those of an older build).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${CTNN_FUZZ_DIR:-$repo/build/fuzz}"
source_dir="${CTNN_FUZZ_SOURCE:-$repo}"
niceness="${CTNN_FUZZ_NICE:-10}"
shared="${CTNN_SHARED_DIR:-$repo/../shared}"

usage() { sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[[ $# -ge 1 ]] || usage
mode="$1"; shift
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(load architecture zip)
for target in "${targets[@]}"; do
  case "$target" in load|architecture|zip|isolated) ;; *) echo "fuzz.sh: unknown target '$target'" >&2; usage ;; esac
done
seeds_of() { case "$1" in load|isolated) echo files ;; architecture) echo architecture ;; zip) echo zip ;; esac; }

if [[ "$mode" != triage ]]; then
  [[ "$mode" =~ ^[0-9]+$ ]] || usage
  command -v clang++ >/dev/null || { echo "fuzz.sh: needs clang++ (Debian: clang libclang-rt-14-dev)" >&2; exit 1; }
  echo "== build (Clang, -fsanitize=fuzzer,address,undefined) in $dir/build"
  cmake -S "$source_dir" -B "$dir/build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCTNN_FUZZ=ON -DCTNN_BUILD_TESTS=OFF -DCTNN_BUILD_EXAMPLES=OFF \
    -DCTNN_BUILD_BENCHMARKS=OFF -DCTNN_WARNINGS_AS_ERRORS=ON -DCTNN_SHARED_DIR="$shared" >/dev/null
  for target in "${targets[@]}"; do
    nice -n "$niceness" cmake --build "$dir/build" --target "ctnn_fuzz_$target" -j "${CTNN_JOBS:-1}"
  done
  echo "== seeds"
  /usr/bin/python3 "$repo/scripts/make_fuzz_seeds.py" "$dir/seeds" "$shared/models"
  for target in "${targets[@]}"; do
    mkdir -p "$dir/corpus/$target" "$dir/artifacts/$target" "$dir/logs"
    log="$dir/logs/$target-$(date -u +%Y%m%dT%H%M%S).log"
    echo "== $target: $mode s, log $log"
    # The corpus directory comes first: libFuzzer adds what it finds there; the seeds are read only.
    # /usr/bin/time adds the processor time of the run and of every job it forked to the log.
    (cd "$dir" && /usr/bin/time -f "cpu: user %U s, system %S s, wall %e s" -a -o "$log" \
       nice -n "$niceness" "$dir/build/fuzz/ctnn_fuzz_$target" "corpus/$target" "seeds/$(seeds_of "$target")" \
       -fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
       -timeout=10 -detect_leaks=0 -max_total_time="$mode" -dict="$repo/fuzz/keras.dict" \
       -artifact_prefix="artifacts/$target/" -print_final_stats=1 ${CTNN_FUZZ_FLAGS:-} >"$log" 2>&1) || true
    { grep -E '^#[0-9]+: cov' "$log" | tail -1; grep '^cpu:' "$log"; } || true
  done
fi

echo "== triage"
mkdir -p "$dir/triage"
for target in "${targets[@]}"; do
  binary="${CTNN_FUZZ_BINARIES:-$dir/build/fuzz}/ctnn_fuzz_$target"
  [[ -x "$binary" ]] || continue
  for artifact in "$dir/artifacts/$target"/*; do
    [[ -f "$artifact" ]] || continue
    report="$dir/triage/$target-$(basename "$artifact").txt"
    [[ -s "$report" ]] && continue  # replayed before
    # A replay of a timeout gets 30 s, an OOM 2 GB; the stack is printed either way.
    ASAN_OPTIONS=symbolize=1:detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
      timeout -s KILL 120 nice -n "$niceness" "$binary" -timeout=30 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
      "$artifact" >"$report" 2>&1 || true
  done
done

/usr/bin/python3 - "$dir" "${targets[@]}" <<'PYTHON'
import collections, pathlib, re, sys

directory = pathlib.Path(sys.argv[1])
# Frames that say nothing of who failed: the sanitizers' interceptors and allocator (linked into
# the fuzz binary, so named by its offset there rather than by a source line), the C and C++
# libraries, libFuzzer itself.
ignored = re.compile(r"(/ctnn_fuzz_\w+\+0x|libclang_rt|compiler-rt|/sanitizer_common/|__asan|__ubsan|__sanitizer|__interceptor_|libc\.so|libc-|"
                     r"libstdc\+\+|/c\+\+/12/|sysdeps/|LLVMFuzzer|fuzzer::|__libc_start|_start$|\bFuzzerLoop|\babort\b|\braise\b|"
                     r"^(malloc|calloc|realloc|free|memcpy|memmove|memset|strlen) |^operator new|^operator delete)")
frame = re.compile(r"^\s*#(\d+) 0x[0-9a-f]+ in (.*)$|^\s*#(\d+) 0x[0-9a-f]+ +\((.*)\)")


def owner_of(location):
    if re.search(r"libhdf5", location): return "libhdf5"
    if re.search(r"libzip|libz\.so|inflate|deflate", location): return "libzip"
    return "ctnn"


def classify(text):
    kind = "no failure on replay"
    for pattern, name in ((r"stack-overflow", "stack overflow"), (r"libFuzzer: timeout|ALARM", "timeout"),
                          (r"out-of-memory|malloc\(\d+\)|allocation-size-too-big|requested allocation size", "out of memory"),
                          (r"runtime error:", "undefined behaviour"), (r"ERROR: AddressSanitizer: ([\w-]+)", None),
                          (r"terminate called|uncaught exception", "uncaught exception"), (r"deadly signal", "deadly signal")):
        match = re.search(pattern, text)
        if match:
            kind = name or "ASan " + match.group(1)
            break
    frames = []
    for line in text.splitlines():
        match = frame.match(line)
        if match:
            # A frame without a symbol names its module and offset: "(/lib/.../libhdf5_serial.so.103+0x1698d0)".
            frames.append(match.group(2) or match.group(4).split(")")[0].rsplit("/", 1)[-1])
    first = next((f for f in frames if not ignored.search(f)), None)
    if kind == "uncaught exception":
        what = re.search(r"what\(\):\s*(.*)", text)
        return kind + (": " + what.group(1)[:120] if what else ""), "ctnn", first or "?"
    if first is None:
        return kind, ("?" if kind == "no failure on replay" else "ctnn"), "?"
    owner = owner_of(first)
    where = shorten(first)
    # Where ctnn's code handed over to the library: which of its calls reached the failure.
    caller = next((f for f in frames if f.startswith("ctnn::")), None)
    if owner != "ctnn" and caller:
        where += " from " + shorten(caller)
    return kind, owner, where


def shorten(location):
    location = re.sub(r" \(BuildId: \w+\)", "", location)
    location = re.sub(r"\(/[^ ]*/([^/ ]+\+0x[0-9a-f]+)\)", r"(\1)", location)  # a module's offset, without its directory
    location = re.sub(r"^([\w:~]+)\(.*\)( const)? (/\S+)$", r"\1 \3", location)  # a function's parameters
    return re.sub(r" /\S*/(\w+\.\w+):(\d+)(:\d+)?$", r" \1:\2", location)  # a source file's directory


for target in sys.argv[2:]:
    logs = sorted(list((directory / "logs").glob(f"{target}-*.log")) + list((directory / "logs").glob(f"{target}_*.log")),
                  key=lambda log: log.stat().st_mtime)  # the last run's coverage is the campaign's
    executions, last, cpu, wall = 0, "", 0.0, 0.0
    for log in logs:
        lines = [l for l in log.read_text(errors="replace").splitlines() if re.match(r"^#\d+: cov", l)]
        if lines:
            executions += int(re.match(r"^#(\d+)", lines[-1]).group(1))
            last = lines[-1]
        for used in re.findall(r"^cpu: user ([\d.]+) s, system ([\d.]+) s, wall ([\d.]+) s", log.read_text(errors="replace"), re.M):
            cpu += float(used[0]) + float(used[1])
            wall += float(used[2])
    cov = re.search(r"cov: (\d+) ft: (\d+)", last)
    print(f"{target}: {len(logs)} runs, {executions} executions" + (f", last cov {cov.group(1)} ft {cov.group(2)}" if cov else "") +
          (f"; timed runs: {wall / 60:.0f} min wall, {cpu / 60:.0f} min CPU" if wall else ""))
    owners = collections.Counter()
    signatures = collections.defaultdict(list)
    for report in sorted((directory / "triage").glob(f"{target}-*.txt")):
        kind, owner, first = classify(report.read_text(errors="replace"))
        if report.name.startswith(f"{target}-oom-") and kind in ("timeout", "no failure on replay"):
            kind = "out of memory"  # the replay, slowed by the allocation, ran out of time instead
        if target == "isolated" and kind == "no failure on replay":
            # The reading child inherits libFuzzer's crash handler and writes an artifact as it
            # dies; this process got its file_error and lived on: what the isolated load is for.
            kind, owner, first = "contained (only the reading child failed)", "-", "-"
        owners[owner] += 1
        signatures[(owner, kind, first[:200])].append(report.name[len(target) + 1:-4])
    print("  artifacts by owner: " + (", ".join(f"{o} {n}" for o, n in owners.most_common()) or "none"))
    for (owner, kind, first), names in sorted(signatures.items()):
        print(f"  [{owner}] {kind} at {first}: {len(names)} ({', '.join(names[:3])}{', ...' if len(names) > 3 else ''})")
PYTHON
