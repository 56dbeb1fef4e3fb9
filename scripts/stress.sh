#!/usr/bin/env bash
# The fused engine against the reference path on the random models (issue 12), outside CI:
#  1. builds the CTNN_RANDOM_MODELS (default 500) models of scripts/random_models.py, 50 to a
#     translation unit, twice: portable and -march=native (GCC, Release, -Werror), recording each
#     translation unit's compile time and peak memory (/usr/bin/time);
#  2. runs both: fused (1 and 2 threads, a sample alone) against the reference path, every model;
#  3. recomputes every model's reference output with PyTorch in float64, with Keras semantics
#     (scripts/check_random_against_torch.py, /usr/bin/python3 with torch and numpy; about 12 s for
#     500 on two cores; CTNN_TORCH_EVERY=K checks every K-th model only);
#  4. prints the worst difference per layer kind.
# Exit status 1 when any model fails. The build directory is $CTNN_STRESS_BUILD (build/stress).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${CTNN_STRESS_BUILD:-build/stress}"
jobs="${CTNN_JOBS:-2}"
count="${CTNN_RANDOM_MODELS:-500}"
every="${CTNN_TORCH_EVERY:-1}"
out="$build/stress"
mkdir -p "$out"
compile_log="$out/compile_times.txt"
: > "$compile_log"

echo "== Configure $build ($count models)"
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Release -DCTNN_WARNINGS_AS_ERRORS=ON \
  -DCTNN_RANDOM_MODELS="$count" "-DCMAKE_CXX_COMPILER_LAUNCHER=/usr/bin/time;-a;-o;$PWD/$compile_log;-f;%e s %U s-cpu %M KB %C" >/dev/null

targets=(ctnn_random_models_stress)
if grep -q "CTNN_HAS_MARCH_NATIVE:INTERNAL=1" "$build/CMakeCache.txt"; then targets+=(ctnn_random_models_stress_native); fi
status=0
for target in "${targets[@]}"; do
  echo "== Build $target"
  start=$(date +%s)
  cmake --build "$build" --target "$target" -j "$jobs"
  echo "   $(( $(date +%s) - start )) s"
done

echo "== Compile time (wall, CPU) and peak memory per translation unit compiled now"
sed -n 's/^\([0-9.]* s [0-9.]* s-cpu [0-9]* KB\) .* -o \([^ ]*\) .*/\1 \2/p' "$compile_log" | grep -E "models_|run_random" |
  sed 's|CMakeFiles/||' || echo "   (none: everything was up to date)"

echo "== Run"
rm -rf "$out/dumps" && mkdir -p "$out/dumps"
for target in "${targets[@]}"; do
  label=portable
  [[ $target == *native ]] && label=native
  dump=()
  [[ $label == portable ]] && dump=(--dump "$out/dumps" --every "$every")
  "$build/tests/$target" --results "$out/$label.tsv" --label "$label" "${dump[@]}" || status=1
done

echo "== The reference path against PyTorch float64 (every model, or every ${every}th)"
python3 scripts/random_models.py describe --oracle "$build/tools/ctnn-keras-type" --count "$count" --out "$out/models.json"
/usr/bin/python3 scripts/check_random_against_torch.py --models "$out/models.json" --dumps "$out/dumps" \
  --out "$out/torch.tsv" || status=1

echo "== Worst difference per layer kind: fused vs reference (in models that contain the kind / whose output layer is of the kind)"
tables=("$out/portable.tsv")
[[ -f "$out/native.tsv" ]] && tables+=("$out/native.tsv")
python3 scripts/random_models.py table "${tables[@]}" --torch "$out/torch.tsv"
exit $status
