#!/usr/bin/python3
"""Plot ctnn's fused and reference paths against PyTorch: samples/s against batch size.

One panel per benchmark model (A, B, C, D), log-log axes, with ctnn's fused engine on 1 and 2
threads, ctnn's (single-threaded) reference path and PyTorch's fastest variant on 1 and 2
threads. Inputs: the JSON of ctnn's fused_bench and the torch results saved by
bench/pytorch_bench.py --json-out (see that script's docstring for both). Needs matplotlib
(Debian: python3-matplotlib) and, through pytorch_bench's imports, torch:

  /usr/bin/python3 bench/plot_performance.py ctnn.json torch.json performance.png
"""

import argparse

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 (after choosing the backend)

from pytorch_bench import BATCH_SIZES, MODELS, load_ctnn_times, load_torch_json  # noqa: E402


def samples_per_second(batches, milliseconds):
    """(batches, samples/s) for the batches with a time."""
    points = [(batch, 1e3 * batch / ms) for batch, ms in zip(batches, milliseconds) if ms is not None]
    return [batch for batch, _ in points], [rate for _, rate in points]


def plot(ctnn_times, torch_results, output_path):
    torch_ms = {(r["model"], r["batch"], r["threads"]): r["best_ms"] for r in torch_results}
    figure, axes = plt.subplots(2, 2, figsize=(11, 8))
    for model, panel in zip(MODELS, axes.flat):
        series = {
            "ctnn fused, 1 thread": [ctnn_times.get((model, "fused", b, 1)) for b in BATCH_SIZES],
            "ctnn fused, 2 threads": [ctnn_times.get((model, "fused", b, 2)) for b in BATCH_SIZES],
            "ctnn reference": [ctnn_times.get((model, "reference", b, None)) for b in BATCH_SIZES],
            "PyTorch best, 1 thread": [torch_ms.get((model, b, 1)) for b in BATCH_SIZES],
            "PyTorch best, 2 threads": [torch_ms.get((model, b, 2)) for b in BATCH_SIZES],
        }
        for label, milliseconds in series.items():
            batches, rates = samples_per_second(BATCH_SIZES, milliseconds)
            if batches:
                panel.plot(batches, rates, marker="o",
                           linestyle="--" if label.startswith("PyTorch") else "-", label=label)
        panel.set_title(f"model {model}")
        panel.set_xscale("log", base=2)
        panel.set_yscale("log")
        panel.set_xticks(BATCH_SIZES, [str(b) for b in BATCH_SIZES])
        panel.set_xlabel("batch size")
        panel.set_ylabel("samples/s")
        panel.grid(True, which="both", alpha=0.3)
    axes.flat[0].legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(output_path, dpi=120)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ctnn_json", help="fused_bench's JSON output")
    parser.add_argument("torch_json", help="results saved by pytorch_bench.py --json-out")
    parser.add_argument("output", help="the PNG to write")
    arguments = parser.parse_args()
    _, torch_results = load_torch_json(arguments.torch_json)
    plot(load_ctnn_times(arguments.ctnn_json), torch_results, arguments.output)


if __name__ == "__main__":
    main()
