#!/usr/bin/env python3
"""Two builds of one Google Benchmark program, before and after a change, run alternately.

    scripts/compare_benchmarks.py BEFORE AFTER [--filter REGEX] [--runs N] [--min-time S]

Each round runs both binaries once on the benchmarks the filter selects, and swaps which runs
first every round, so that a load on the machine weighs on both alike. Prints a Markdown table:
per benchmark, the minimum and median real time of each, and after / before for both (below 1:
after is faster). The machine's processor goes beside the table in docs/performance.md.
"""
import argparse
import json
import statistics
import subprocess
import sys


def run(binary, regex, min_time):
    out = subprocess.run([binary, f"--benchmark_filter={regex}", f"--benchmark_min_time={min_time}",
                          "--benchmark_format=json"], check=True, capture_output=True, text=True).stdout
    return {b["name"]: b["real_time"] for b in json.loads(out)["benchmarks"] if b.get("run_type", "iteration") == "iteration"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--filter", default=".")
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--min-time", default="0.15")
    args = parser.parse_args()
    times = {"before": {}, "after": {}}
    for r in range(args.runs):
        order = [("before", args.before), ("after", args.after)]
        if r % 2:
            order.reverse()
        for label, binary in order:
            for name, t in run(binary, args.filter, args.min_time).items():
                times[label].setdefault(name, []).append(t)
            print(f"round {r + 1}: {label} done", file=sys.stderr)
    print("| benchmark | before: min | median | after: min | median | after / before, min | median |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in times["before"]:
        b, a = times["before"][name], times["after"].get(name)
        if not a:
            continue
        bmin, bmed, amin, amed = min(b), statistics.median(b), min(a), statistics.median(a)
        print(f"| {name} | {bmin:.4g} | {bmed:.4g} | {amin:.4g} | {amed:.4g} | {amin / bmin:.3f} | {amed / bmed:.3f} |")


if __name__ == "__main__":
    main()
