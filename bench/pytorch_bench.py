#!/usr/bin/python3
"""PyTorch baseline for ctnn's fused-engine benchmark (bench/fused_bench.cpp).

What it measures: the seven benchmark models of bench/bench_models.hpp, built in PyTorch with the
same layer shapes and FLOPs as the ctnn models (Keras semantics; weights random, seeded):

  A  Dense(100->3200), reshape 5x5x128, UpSampling2D x2 (nearest), Conv2D(128->1, 3x3, same)
  B  Dense(100->3200), reshape 5x5x128, Conv2DTranspose(128->1, 3x3, stride 2, same)
  C  DCGAN MNIST generator: Dense(100->6272), LeakyReLU, reshape 7x7x128,
     2x [Conv2DTranspose(128->128, 4x4, stride 2, same), LeakyReLU], Conv2D(128->1, 7x7) + tanh
  D  DCGAN MNIST discriminator: 2x [Conv2D(->64, 3x3, stride 2, same), LeakyReLU], Flatten,
     Dense(3136->1) + sigmoid
  E  tf.keras conditional MNIST generator: C with BatchNorm2d and an embedded-label branch
  F  the DCGAN generator of the PyTorch examples (dcgan/main.py, nz=100, ngf=64, nc=3), as there:
     ConvTranspose2d(100->512, 4x4, stride 1, padding 0) on 1x1, then 3x
     ConvTranspose2d(4x4, stride 2, padding 1) to 8x8x256, 16x16x128, 32x32x64, each followed by
     BatchNorm2d(eps 1e-5) and ReLU, then ConvTranspose2d(64->3, 4x4, stride 2, padding 1) + Tanh:
     1x1x100 -> 64x64x3; no biases
  G  its discriminator (ndf=64): Conv2d(3->64, 4x4, stride 2, padding 1) + LeakyReLU(0.2), 3x
     [Conv2d(4x4, stride 2, padding 1), BatchNorm2d(eps 1e-5), LeakyReLU(0.2)] to 16x16x128,
     8x8x256, 4x4x512, then Conv2d(512->1, 4x4, stride 1, padding 0) + Sigmoid, flattened:
     64x64x3 -> 1; no biases

Every model runs in eval mode, so E's, F's and G's BatchNorm2d normalize with running statistics
(a fresh module's: mean 0, variance 1), as ctnn's batch_normalization does.

on the CPU, for every (model, batch size, thread count), in each of these variants, all under
torch.inference_mode():

  eager          the nn.Module as is (NCHW)
  jit_frozen     torch.jit.trace, then torch.jit.freeze
  jit_optimized  torch.jit.trace, then torch.jit.optimize_for_inference (oneDNN rewrites)
  channels_last  eager, with the module (and a 4-D input) in channels_last memory format

Timing: warm-up calls, then single calls until --min-time seconds have been spent in them (and at
least 3); the median call is the time per batch. Each case reports its fastest variant. The
thread count is set with torch.set_num_threads and, where OpenBLAS is the loaded BLAS, with
openblas_set_num_threads too (torch does not forward its thread count to OpenBLAS's own pool).

The script prints the torch version, the CPU, whether oneDNN is enabled and which BLAS library
is actually mapped into the process after a matmul (Debian's reference BLAS is slow; the
libblas.so.3 alternative should point at OpenBLAS. It matters most for F, whose ConvTranspose2d
layers PyTorch 1.13 runs through BLAS, not oneDNN: 7x slower on the reference BLAS). With
--ctnn-json it prints one Markdown table against ctnn's Google Benchmark results; without it, the
torch results alone.

How to run (from the repository root, with Debian's python, which has torch):

  # ctnn's side, from a Release build:
  build/gcc/bench/fused_bench --benchmark_filter='^[A-G]/' \\
      --benchmark_out=ctnn.json --benchmark_out_format=json
  # torch's side, and the comparison table; torch's results saved for later:
  /usr/bin/python3 bench/pytorch_bench.py --ctnn-json ctnn.json --json-out torch.json
  # the table again, without rerunning torch:
  /usr/bin/python3 bench/pytorch_bench.py --from-json torch.json --ctnn-json ctnn.json
  # a quick partial run (the full run takes several minutes, most of it in F and G at batch 256):
  /usr/bin/python3 bench/pytorch_bench.py --models A,D --batches 1,16 --min-time 0.05
  # the 64x64 RGB DCGAN alone:
  /usr/bin/python3 bench/pytorch_bench.py --models F,G --batches 1,64

bench/plot_performance.py draws the results of both JSON files.
"""

import argparse
import copy
import ctypes
import functools
import json
import re
import statistics
import sys
import time

import torch
from torch import nn

SEED = 1
BATCH_SIZES = (1, 16, 64, 256)
THREAD_COUNTS = (1, 2)
WARMUP_CALLS = 2  # TorchScript's profiling executor optimizes the graph on the second call
WARMUP_SHARE = 0.2  # of --min-time, spent in warm-up calls beyond the first WARMUP_CALLS
MIN_TIMED_CALLS = 3
LEAKY_SLOPE = 0.2


def model_a():
    return nn.Sequential(
        nn.Linear(100, 128 * 5 * 5),
        nn.Unflatten(1, (128, 5, 5)),
        nn.Upsample(scale_factor=2, mode="nearest"),
        nn.Conv2d(128, 1, 3, padding=1),
    )


def model_b():
    return nn.Sequential(
        nn.Linear(100, 128 * 5 * 5),
        nn.Unflatten(1, (128, 5, 5)),
        nn.ConvTranspose2d(128, 1, 3, stride=2, padding=1, output_padding=1),
    )


def model_c():
    return nn.Sequential(
        nn.Linear(100, 128 * 7 * 7),
        nn.LeakyReLU(LEAKY_SLOPE),
        nn.Unflatten(1, (128, 7, 7)),
        nn.ConvTranspose2d(128, 128, 4, stride=2, padding=1),
        nn.LeakyReLU(LEAKY_SLOPE),
        nn.ConvTranspose2d(128, 128, 4, stride=2, padding=1),
        nn.LeakyReLU(LEAKY_SLOPE),
        nn.Conv2d(128, 1, 7, padding=3),
        nn.Tanh(),
    )


def model_d():
    # Keras 'same' with stride 2 on an even size pads 0 before and 1 after; padding=1 pads 1 on
    # both sides, which gives the same output size and the same FLOPs.
    return nn.Sequential(
        nn.Conv2d(1, 64, 3, stride=2, padding=1),
        nn.LeakyReLU(LEAKY_SLOPE),
        nn.Conv2d(64, 64, 3, stride=2, padding=1),
        nn.LeakyReLU(LEAKY_SLOPE),
        nn.Flatten(),
        nn.Linear(64 * 7 * 7, 1),
        nn.Sigmoid(),
    )


class ConditionalGenerator(nn.Module):
    """Model E, the tf.keras conditional MNIST generator: one input row holds the 10 noise values
    and the label (drawn as a float in [0, 1) and scaled to a digit), so that every variant
    below runs it as it runs the others."""

    def __init__(self):
        super().__init__()
        self.noise = nn.Sequential(nn.Linear(10, 128 * 7 * 7), nn.LeakyReLU(LEAKY_SLOPE), nn.Unflatten(1, (128, 7, 7)))
        self.label = nn.Sequential(nn.Embedding(10, 50), nn.Linear(50, 49), nn.Unflatten(1, (1, 7, 7)))
        self.image = nn.Sequential(
            nn.ConvTranspose2d(129, 128, 4, stride=2, padding=1),
            nn.BatchNorm2d(128, eps=1e-3),
            nn.LeakyReLU(LEAKY_SLOPE),
            nn.ConvTranspose2d(128, 128, 4, stride=2, padding=1),
            nn.BatchNorm2d(128, eps=1e-3),
            nn.LeakyReLU(LEAKY_SLOPE),
            nn.Conv2d(128, 1, 7, padding=3),
            nn.Tanh(),
        )

    def forward(self, x):
        labels = (x[:, 10] * 10).long()
        return self.image(torch.cat((self.noise(x[:, :10]), self.label(labels)), 1))


def model_e():
    return ConditionalGenerator()


DCGAN_NOISE, DCGAN_FEATURES, DCGAN_CHANNELS = 100, 64, 3  # nz, ngf = ndf, nc of dcgan/main.py
DCGAN_BATCH_NORM_EPS = 1e-5


def model_f():
    """The DCGAN generator of the PyTorch examples: each 4x4 transposed convolution with stride 2
    and padding 1 doubles the plane (Keras's 'same'); the first, with stride 1 and padding 0 on
    the 1x1 noise, is Keras's 'valid'."""
    layers = [nn.ConvTranspose2d(DCGAN_NOISE, DCGAN_FEATURES * 8, 4, stride=1, padding=0, bias=False),
              nn.BatchNorm2d(DCGAN_FEATURES * 8, eps=DCGAN_BATCH_NORM_EPS),
              nn.ReLU()]
    for features in (DCGAN_FEATURES * 8, DCGAN_FEATURES * 4, DCGAN_FEATURES * 2):
        layers += [nn.ConvTranspose2d(features, features // 2, 4, stride=2, padding=1, bias=False),
                   nn.BatchNorm2d(features // 2, eps=DCGAN_BATCH_NORM_EPS),
                   nn.ReLU()]
    layers += [nn.ConvTranspose2d(DCGAN_FEATURES, DCGAN_CHANNELS, 4, stride=2, padding=1, bias=False),
               nn.Tanh()]
    return nn.Sequential(*layers)


def model_g():
    """The DCGAN discriminator of the PyTorch examples: 4x4 convolutions with stride 2 and
    padding 1 halve the plane (Keras's 'same'); the last, on the 4x4 plane with padding 0, is
    Keras's 'valid'. Flattened as ctnn's model G is: one probability per sample."""
    layers = [nn.Conv2d(DCGAN_CHANNELS, DCGAN_FEATURES, 4, stride=2, padding=1, bias=False),
              nn.LeakyReLU(LEAKY_SLOPE)]
    for features in (DCGAN_FEATURES, DCGAN_FEATURES * 2, DCGAN_FEATURES * 4):
        layers += [nn.Conv2d(features, features * 2, 4, stride=2, padding=1, bias=False),
                   nn.BatchNorm2d(features * 2, eps=DCGAN_BATCH_NORM_EPS),
                   nn.LeakyReLU(LEAKY_SLOPE)]
    layers += [nn.Conv2d(DCGAN_FEATURES * 8, 1, 4, stride=1, padding=0, bias=False),
               nn.Sigmoid(),
               nn.Flatten()]
    return nn.Sequential(*layers)


# name -> (builder, input shape of one sample, output shape of one sample), shapes in NCHW.
MODELS = {
    "A": (model_a, (100,), (1, 10, 10)),
    "B": (model_b, (100,), (1, 10, 10)),
    "C": (model_c, (100,), (1, 28, 28)),
    "D": (model_d, (1, 28, 28), (1,)),
    "E": (model_e, (11,), (1, 28, 28)),
    "F": (model_f, (DCGAN_NOISE, 1, 1), (DCGAN_CHANNELS, 64, 64)),
    "G": (model_g, (DCGAN_CHANNELS, 64, 64), (1,)),
}


def eager(model, x):
    return model, x


def jit_frozen(model, x):
    return torch.jit.freeze(torch.jit.trace(model, x)), x


def jit_optimized(model, x):
    return torch.jit.optimize_for_inference(torch.jit.trace(model, x)), x


def channels_last(model, x):
    model = copy.deepcopy(model).to(memory_format=torch.channels_last)
    return model, x.to(memory_format=torch.channels_last) if x.dim() == 4 else x


VARIANTS = {f.__name__: f for f in (eager, jit_frozen, jit_optimized, channels_last)}


# ---- Environment -----------------------------------------------------------------------------

def cpu_model():
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown"


def onednn_status():
    if not torch.backends.mkldnn.is_available():
        return "not available"
    version = re.search(r"MKL-DNN (v[\d.]+)", torch.__config__.show())
    return "enabled" + (f" ({version.group(1)})" if version else "")


def loaded_blas_libraries():
    """The BLAS libraries mapped into this process once a float matmul has run."""
    torch.mm(torch.ones(64, 64), torch.ones(64, 64))
    paths = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            fields = line.split()
            if len(fields) >= 6 and re.search(r"/lib(open)?blas[^/]*\.so|/libmkl_", fields[5]):
                paths.add(fields[5])
    return sorted(paths)


def openblas_thread_setter(libraries):
    """openblas_set_num_threads from the loaded OpenBLAS, or None where OpenBLAS is not loaded."""
    for path in libraries:
        setter = getattr(ctypes.CDLL(path), "openblas_set_num_threads", None)
        if setter is not None:
            return setter
    return None


def describe_environment():
    return {
        "torch": torch.__version__,
        "cpu": cpu_model(),
        "onednn": onednn_status(),
        "blas": loaded_blas_libraries(),
    }


def print_environment(environment):
    print(f"torch {environment['torch']}, CPU: {environment['cpu']}, oneDNN: {environment['onednn']}")
    blas = environment["blas"]
    print("BLAS loaded: " + (", ".join(blas) if blas else "none found in /proc/self/maps"))
    if not any("openblas" in path or "libmkl_" in path for path in blas):
        print("WARNING: neither OpenBLAS nor MKL is loaded: Debian's reference BLAS is slow "
              "(update-alternatives --display libblas.so.3-x86_64-linux-gnu)")
    if environment["openblas_threads_pinned"]:
        print("OpenBLAS's thread count set to each case's thread count")
    print(f"{environment['min_time_s']} s of timed calls per case and variant")


def print_skipped_variants(results):
    skipped = {}
    for r in results:
        for name, error in r["failed"].items():
            skipped.setdefault((name, error), []).append(f"{r['model']}/{r['batch']}")
    for (name, error), cases in skipped.items():
        print(f"{name} failed (model/batch {', '.join(sorted(set(cases)))}): {error}")


# ---- Timing ----------------------------------------------------------------------------------

def median_call_seconds(call, min_time):
    """Warm up, then time single calls until min_time seconds are spent in them; the median."""
    warmup_end = time.perf_counter() + WARMUP_SHARE * min_time
    calls = 0
    while calls < WARMUP_CALLS or time.perf_counter() < warmup_end:
        call()
        calls += 1
    samples = []
    total = 0.0
    while len(samples) < MIN_TIMED_CALLS or total < min_time:
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
        total += samples[-1]
    return statistics.median(samples)


def prepared_variants(model_name, batch):
    """Each variant's module and input for one (model, batch), checked against the eager output;
    also the variants that could not be built, with the error."""
    build, input_shape, output_shape = MODELS[model_name]
    torch.manual_seed(SEED)
    model = build().eval()
    x = torch.rand(batch, *input_shape)
    with torch.inference_mode():
        expected = model(x)
    assert expected.shape == (batch, *output_shape), (model_name, expected.shape)
    prepared, failed = {}, {}
    for name, prepare in VARIANTS.items():
        try:
            with torch.no_grad():
                module, variant_input = prepare(model, x)
            with torch.inference_mode():
                output = module(variant_input)
        except RuntimeError as error:
            failed[name] = str(error).splitlines()[0]
            continue
        if not torch.allclose(output, expected, rtol=1e-3, atol=1e-4):
            raise AssertionError(f"{model_name} batch {batch}: {name} does not match eager")
        prepared[name] = (module, variant_input)
    return prepared, failed


def run_torch(model_names, batches, thread_counts, min_time, set_blas_threads):
    results = []
    for model_name in model_names:
        for batch in batches:
            variants, failed = prepared_variants(model_name, batch)
            for name, error in failed.items():
                print(f"{model_name} batch {batch}: {name} skipped: {error}", file=sys.stderr)
            for threads in thread_counts:
                torch.set_num_threads(threads)
                if set_blas_threads is not None:
                    set_blas_threads(threads)
                milliseconds = {}
                with torch.inference_mode():
                    for name, (module, x) in variants.items():
                        milliseconds[name] = 1e3 * median_call_seconds(functools.partial(module, x), min_time)
                best = min(milliseconds, key=milliseconds.get)
                results.append({"model": model_name, "batch": batch, "threads": threads,
                                "ms": milliseconds, "failed": failed,
                                "best_variant": best, "best_ms": milliseconds[best]})
                print(f"{model_name} batch {batch} threads {threads}: "
                      + ", ".join(f"{name} {ms:.4g} ms" for name, ms in milliseconds.items()),
                      file=sys.stderr)
    return results


# ---- ctnn's results and the tables -----------------------------------------------------------

CTNN_NAME = re.compile(
    r"^(?P<model>\w)/(?P<path>fused|reference)/batch:(?P<batch>\d+)(/threads:(?P<threads>\d+))?")
MILLISECONDS_PER_UNIT = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}


def load_ctnn_times(path):
    """ms per batch from fused_bench's JSON, keyed by (model, 'fused', batch, threads) and
    (model, 'reference', batch, None). Where the run had repetitions, their median."""
    with open(path) as file:
        benchmarks = json.load(file)["benchmarks"]
    single_runs, medians = {}, {}
    for entry in benchmarks:
        match = CTNN_NAME.match(entry.get("run_name", entry["name"]))
        if match is None:
            continue
        threads = match.group("threads")
        key = (match.group("model"), match.group("path"), int(match.group("batch")),
               int(threads) if threads else None)
        milliseconds = entry["real_time"] * MILLISECONDS_PER_UNIT[entry["time_unit"]]
        if entry.get("run_type") == "aggregate":
            if entry.get("aggregate_name") == "median":
                medians[key] = milliseconds
        else:
            single_runs.setdefault(key, milliseconds)
    return single_runs | medians


def format_ms(milliseconds):
    return "–" if milliseconds is None else f"{milliseconds:.4g}"


def format_ratio(numerator, denominator):
    return "–" if numerator is None or denominator is None else f"{numerator / denominator:.2f}"


def print_markdown(header, rows):
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---:" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")


def print_torch_table(results):
    variant_names = [name for name in VARIANTS if any(name in r["ms"] for r in results)]
    print_markdown(
        ["model", "batch", "threads"] + [f"{name} ms" for name in variant_names] + ["best"],
        [[r["model"], r["batch"], r["threads"]]
         + [format_ms(r["ms"].get(name)) for name in variant_names] + [r["best_variant"]]
         for r in results])


def print_comparison_table(results, ctnn_times):
    rows = []
    for r in results:
        fused = ctnn_times.get((r["model"], "fused", r["batch"], r["threads"]))
        reference = ctnn_times.get((r["model"], "reference", r["batch"], None))
        rows.append([r["model"], r["batch"], r["threads"], format_ms(r["best_ms"]), r["best_variant"],
                     format_ms(fused), format_ms(reference),
                     format_ratio(r["best_ms"], fused), format_ratio(reference, fused)])
    print_markdown(["model", "batch", "threads", "PyTorch ms", "PyTorch variant", "ctnn fused ms",
                    "ctnn reference ms", "PyTorch / fused", "reference / fused"], rows)
    print("\nms per batch; ratios above 1: ctnn's fused engine is faster. "
          "ctnn's reference path is single-threaded.")


def load_torch_json(path):
    with open(path) as file:
        saved = json.load(file)
    return saved["environment"], saved["results"]


def comma_list(convert):
    return lambda text: [convert(item) for item in text.split(",")]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ctnn-json", help="fused_bench's JSON output, for the comparison table")
    parser.add_argument("--json-out", help="save the torch results (and environment) to this file")
    parser.add_argument("--from-json", help="reuse torch results saved with --json-out; runs no torch")
    parser.add_argument("--min-time", type=float, default=0.5,
                        help="seconds of timed calls per case and variant (default 0.5)")
    parser.add_argument("--models", type=comma_list(str), default=list(MODELS),
                        help="comma-separated subset of " + ",".join(MODELS))
    parser.add_argument("--batches", type=comma_list(int), default=list(BATCH_SIZES))
    parser.add_argument("--threads", type=comma_list(int), default=list(THREAD_COUNTS))
    arguments = parser.parse_args()
    unknown = set(arguments.models) - MODELS.keys()
    if unknown:
        parser.error(f"unknown models: {','.join(sorted(unknown))}")
    return arguments


def main():
    arguments = parse_arguments()
    if arguments.from_json:
        environment, results = load_torch_json(arguments.from_json)
    else:
        environment = describe_environment()
        set_blas_threads = openblas_thread_setter(environment["blas"])
        environment["openblas_threads_pinned"] = set_blas_threads is not None
        environment["min_time_s"] = arguments.min_time
        results = run_torch(arguments.models, arguments.batches, arguments.threads,
                            arguments.min_time, set_blas_threads)
    if arguments.json_out:
        with open(arguments.json_out, "w") as file:
            json.dump({"environment": environment, "results": results}, file, indent=1)
    print_environment(environment)
    print()
    if arguments.ctnn_json:
        print_comparison_table(results, load_ctnn_times(arguments.ctnn_json))
    else:
        print_torch_table(results)
    print_skipped_variants(results)


if __name__ == "__main__":
    main()
