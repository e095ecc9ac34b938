#!/usr/bin/env python3
"""Change-point accuracy of lwos-bench against Apache Otava on the same labelled histories.

Reads histories written by generate_histories.py, runs
  * Otava's own compute_change_points (otava/analysis.py, imported from --otava, a directory
    holding a copy of the public apache/otava repository's `otava` package; never committed here)
  * lwos-bench's implementation, through --java: a command that reads one history per line
    (space-separated values) on stdin and prints the change-point indices of each on one line
with the same window, p-value threshold and minimum magnitude, and prints a Markdown report:
precision, recall (a detection within +-2 runs of a true step counts, each step matched once),
F1, false positives per 1,000 unchanged runs, recall by step size relative to the noise, and how
often the two implementations agree exactly.

Usage:
  compare_otava.py --histories histories.json --otava /tmp/otava-copy \
      --java "java -cp lwos-bench-jmh/target/benchmarks.jar io.lightwaveos.bench.jmh.ChangePointTool"
"""
import argparse
import json
import shlex
import subprocess
import sys
import time

TOLERANCE = 2


def otava_points(otava_dir, histories, window, max_pvalue, min_magnitude):
    sys.path.insert(0, otava_dir)
    from otava.analysis import compute_change_points  # noqa: E402 (path set above)

    started = time.perf_counter()
    result = []
    for h in histories:
        cps, _ = compute_change_points(list(h["values"]), window_len=window, max_pvalue=max_pvalue,
                                       min_magnitude=min_magnitude)
        result.append(sorted(int(c.index) for c in cps))
    return result, time.perf_counter() - started


def java_points(command, histories, window, max_pvalue, min_magnitude):
    lines = "".join(" ".join(repr(v) for v in h["values"]) + "\n" for h in histories)
    argv = shlex.split(command) + [str(window), repr(max_pvalue), repr(min_magnitude)]
    started = time.perf_counter()
    out = subprocess.run(argv, input=lines, capture_output=True, text=True, check=True).stdout
    elapsed = time.perf_counter() - started
    rows = out.split("\n")[: len(histories)]
    if len(rows) != len(histories):
        raise SystemExit(f"expected {len(histories)} result lines from the Java tool, got {len(rows)}")
    return [sorted(int(t) for t in row.split()) for row in rows], elapsed


def java_stability(command, histories, window, max_pvalue, min_magnitude):
    """Appends that removed a change point other than the last one, summed over the histories."""
    lines = "".join(" ".join(repr(v) for v in h["values"]) + "\n" for h in histories)
    argv = shlex.split(command) + [str(window), repr(max_pvalue), repr(min_magnitude), "stability"]
    out = subprocess.run(argv, input=lines, capture_output=True, text=True, check=True).stdout
    return sum(int(t) for t in out.split())


def match(truth, detected):
    """Greedy one-to-one matching within the tolerance, closest pairs first."""
    pairs = sorted((abs(t - d), t, d) for t in truth for d in detected if abs(t - d) <= TOLERANCE)
    used_t, used_d = set(), set()
    for _, t, d in pairs:
        if t not in used_t and d not in used_d:
            used_t.add(t)
            used_d.add(d)
    return used_t, used_d


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.unchanged = 0
        self.by_ratio = {}

    def add(self, h, detected):
        found_t, found_d = match(h["truth"], detected)
        self.tp += len(found_d)
        self.fp += len(detected) - len(found_d)
        self.fn += len(h["truth"]) - len(found_t)
        self.unchanged += len(h["values"]) - len(h["truth"])
        for t, step in zip(h["truth"], h["steps"]):
            bucket = ratio_bucket(abs(step) / h["noise"])
            hit, total = self.by_ratio.get(bucket, (0, 0))
            self.by_ratio[bucket] = (hit + (t in found_t), total + 1)

    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def f1(self):
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def fp_per_1000(self):
        return 1000.0 * self.fp / self.unchanged


BUCKETS = ["< 1x", "1x to < 3x", ">= 3x"]


def ratio_bucket(ratio):
    if ratio < 1 - 1e-9:
        return BUCKETS[0]
    if ratio < 3 - 1e-9:
        return BUCKETS[1]
    return BUCKETS[2]


def pct(x):
    return f"{100 * x:.1f} %"


def report(data, results, args, timings, moved=None):
    kinds = []
    for h in data["histories"]:
        if h["kind"] not in kinds:
            kinds.append(h["kind"])
    names = list(results)
    out = []
    out.append(f"Histories: {len(data['histories'])} x {data['runs']} runs (seed {data['seed']}), "
               f"window {args.window}, max p-value {args.max_pvalue}, min magnitude {args.min_magnitude}, "
               f"tolerance +-{TOLERANCE} runs.")
    out.append("")
    out.append("| implementation | precision | recall | F1 | recall, steps >= 3x noise | FP per 1,000 unchanged runs | time |")
    out.append("|---|---|---|---|---|---|---|")
    totals = {}
    for name in names:
        s = Score()
        for h, d in zip(data["histories"], results[name]):
            s.add(h, d)
        totals[name] = s
        hit, total = s.by_ratio.get(BUCKETS[2], (0, 0))
        out.append(f"| {name} | {pct(s.precision())} | {pct(s.recall())} | {s.f1():.3f} | "
                   f"{pct(hit / total if total else 1.0)} ({hit}/{total}) | {s.fp_per_1000():.2f} ({s.fp} FP) | "
                   f"{timings[name]:.1f} s |")
    out.append("")
    out.append("Recall by step size relative to the between-run noise (|step| / noise):")
    out.append("")
    out.append("| implementation | " + " | ".join(BUCKETS) + " |")
    out.append("|---|" + "---|" * len(BUCKETS))
    for name in names:
        cells = []
        for b in BUCKETS:
            hit, total = totals[name].by_ratio.get(b, (0, 0))
            cells.append(f"{pct(hit / total if total else 1.0)} ({hit}/{total})")
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    out.append("")
    out.append("By kind of history (precision / recall / false positives):")
    out.append("")
    out.append("| kind | " + " | ".join(names) + " |")
    out.append("|---|" + "---|" * len(names))
    for kind in kinds:
        cells = []
        for name in names:
            s = Score()
            for h, d in zip(data["histories"], results[name]):
                if h["kind"] == kind:
                    s.add(h, d)
            cells.append(f"{pct(s.precision())} / {pct(s.recall())} / {s.fp}")
        out.append(f"| {kind} | " + " | ".join(cells) + " |")
    if len(names) == 2:
        a, b = (results[n] for n in names)
        same = sum(1 for x, y in zip(a, b) if x == y)
        out.append("")
        out.append(f"Identical change points from both implementations in {same} of {len(a)} histories.")
    if moved is not None:
        appends = sum(len(h["values"]) for h in data["histories"])
        out.append("")
        out.append(f"lwos-bench, fed one run at a time: {moved} of {appends} appends removed a change point "
                   "other than the last one found before.")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--histories", required=True)
    parser.add_argument("--otava", help="directory holding a copy of Otava's `otava` package")
    parser.add_argument("--java", help="command running lwos-bench's change-point tool")
    parser.add_argument("--window", type=int, default=50)
    parser.add_argument("--max-pvalue", type=float, default=0.001)
    parser.add_argument("--min-magnitude", type=float, default=0.0)
    args = parser.parse_args()
    with open(args.histories) as f:
        data = json.load(f)
    histories = data["histories"]
    results, timings = {}, {}
    moved = None
    if args.java:
        moved = java_stability(args.java, histories, args.window, args.max_pvalue, args.min_magnitude)
        results["lwos-bench"], timings["lwos-bench"] = java_points(
            args.java, histories, args.window, args.max_pvalue, args.min_magnitude)
    if args.otava:
        results["Otava"], timings["Otava"] = otava_points(
            args.otava, histories, args.window, args.max_pvalue, args.min_magnitude)
    if not results:
        raise SystemExit("give --otava and/or --java")
    print(report(data, results, args, timings, moved))


if __name__ == "__main__":
    main()
