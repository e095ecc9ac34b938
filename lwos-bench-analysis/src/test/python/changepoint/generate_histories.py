#!/usr/bin/env python3
"""Labelled synthetic benchmark histories for measuring change-point accuracy.

Each history is 200 per-run values (think: the mean avg_total_us of one run per firmware build)
around a base level of 160 us with normal between-run noise of 1-5 % of the level. Kinds:

  none          no change at all
  outliers      no change, 1-3 isolated outlier runs (6-12 x the noise, either sign)
  step          one step of 2-20 % (up or down) at a known position
  two_steps     two steps at least 30 runs apart
  step_outliers one step plus 1-3 isolated outlier runs away from the step

The truth is the index of the first run after each step (what a detector should report).
The seed makes the output byte-identical between runs.

Usage: generate_histories.py [--seed 20261129] [--per-kind 100] > histories.json
"""
import argparse
import json

import numpy as np

RUNS = 200
BASE = 160.0
NOISES = [0.01, 0.02, 0.03, 0.04, 0.05]
STEPS = [0.02, 0.03, 0.05, 0.08, 0.10, 0.15, 0.20]
KINDS = ["none", "outliers", "step", "two_steps", "step_outliers"]


def step_positions(rng, count):
    while True:
        positions = sorted(int(p) for p in rng.integers(20, RUNS - 20, size=count))
        if all(b - a >= 30 for a, b in zip(positions, positions[1:])):
            return positions


def outlier_positions(rng, count, avoid):
    chosen = []
    while len(chosen) < count:
        p = int(rng.integers(5, RUNS - 5))
        if all(abs(p - a) > 5 for a in avoid + chosen):
            chosen.append(p)
    return sorted(chosen)


def history(rng, kind, ident):
    noise = float(rng.choice(NOISES))
    level = np.full(RUNS, BASE)
    truth, steps = [], []
    if kind in ("step", "two_steps", "step_outliers"):
        positions = step_positions(rng, 2 if kind == "two_steps" else 1)
        for p in positions:
            size = float(rng.choice(STEPS)) * float(rng.choice([-1.0, 1.0]))
            level[p:] *= 1.0 + size
            truth.append(p)
            steps.append(size)
    values = level * (1.0 + noise * rng.standard_normal(RUNS))
    outliers = []
    if kind in ("outliers", "step_outliers"):
        outliers = outlier_positions(rng, int(rng.integers(1, 4)), truth)
        for p in outliers:
            values[p] += level[p] * noise * float(rng.uniform(6, 12)) * float(rng.choice([-1.0, 1.0]))
    return {
        "id": ident,
        "kind": kind,
        "noise": noise,
        "truth": truth,
        "steps": steps,
        "outliers": outliers,
        "values": [float(v) for v in values],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--per-kind", type=int, default=100)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    histories = []
    for kind in KINDS:
        for i in range(args.per_kind):
            histories.append(history(rng, kind, f"{kind}-{i:03d}"))
    json.dump({"seed": args.seed, "runs": RUNS, "histories": histories}, __import__("sys").stdout)


if __name__ == "__main__":
    main()
