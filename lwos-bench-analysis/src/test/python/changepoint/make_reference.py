#!/usr/bin/env python3
"""Reference values for the change-point tests, computed with numpy/scipy.

Writes ../../resources/changepoint_cases.json. Run from anywhere:

    python3 lwos-bench-analysis/src/test/python/changepoint/make_reference.py

Seeded, so the output is deterministic; it is committed, rerun only to change the cases.
  - "segments": Student's t-test between x[a:b] and x[b:c] (scipy.stats.ttest_ind, equal_var=True)
  - "qhat": the E-divisive split of a whole series by brute force over every (tau, kappa):
    Q = 2/(n+m) sum|X-Y| - 2m/((n+m)(n-1)) sum_{i<k}|X_i-X_k| - 2n/((n+m)(m-1)) sum_{j<k}|Y_j-Y_k|
    (first maximum in (tau, kappa) order, entries with kappa <= tau counting as 0, as numpy's
    argmax over Otava's Q matrix)
  - "prediction": the 99 % prediction interval of a history for one more run, on the log scale
    when every value is positive: exp(m +- t.ppf(0.995, n - 1) * s * sqrt(1 + 1/n)), m and s the
    mean and std(ddof=1) of log(x); on the values themselves otherwise, the lower end clamped at 0
    when no value is negative ("scale" says which)
  - "histories": series with steps far above the noise, the indices a detector must report, and
    for each the means of the segments it separates and the t-test p-value multiplied by the
    number of possible splits of those segments (c - a - 1), at most 1
"""
import json
import os

import numpy as np
from scipy import stats

rng = np.random.default_rng(20261129)


def qhat(x):
    n_all = len(x)
    best, best_tau = None, None
    for tau in range(1, n_all):
        for kappa in range(2, n_all + 1):
            if kappa <= tau:
                q = 0.0
            else:
                X, Y = x[:tau], x[tau:kappa]
                n, m = len(X), len(Y)
                cross = np.abs(X[:, None] - Y[None, :]).sum()
                wx = np.abs(X[:, None] - X[None, :]).sum() / 2
                wy = np.abs(Y[:, None] - Y[None, :]).sum() / 2
                q = 2 / (n + m) * cross
                if n > 1:
                    q -= 2 * m / ((n + m) * (n - 1)) * wx
                if m > 1:
                    q -= 2 * n / ((n + m) * (m - 1)) * wy
            if best is None or q > best:
                best, best_tau = q, tau
    return best_tau, float(best)


def segments():
    out = []
    for n1, n2, shift in [(10, 12, 0.0), (25, 25, 0.5), (40, 7, 2.0), (3, 60, -1.0), (2, 1, 1.0)]:
        x = np.concatenate([rng.normal(160, 2, n1), rng.normal(160 + shift * 2, 2, n2)])
        p = stats.ttest_ind(x[:n1], x[n1:], equal_var=True).pvalue
        out.append({"x": x.tolist(), "a": 0, "b": n1, "c": n1 + n2, "p": float(p)})
    # an inner pair of segments of a longer series
    x = rng.normal(100, 1, 40)
    x[20:] += 1.5
    out.append({"x": x.tolist(), "a": 5, "b": 20, "c": 33, "p": float(stats.ttest_ind(x[5:20], x[20:33]).pvalue)})
    return out


def qhats():
    out = []
    for n, step_at in [(12, 6), (20, 13), (31, None), (25, 4)]:
        x = rng.normal(50, 1, n)
        if step_at is not None:
            x[step_at:] += 2.5
        tau, q = qhat(x)
        out.append({"x": x.tolist(), "tau": tau, "q": q})
    return out


def histories():
    out = []
    for n, steps in [(120, [60]), (200, [50, 130]), (80, [70]), (300, [40, 150, 151 + 60])]:
        level = np.full(n, 160.0)
        for s in steps:
            level[s:] *= 1.15 if len(out) % 2 == 0 else 0.85
        x = level * (1 + 0.01 * rng.standard_normal(n))
        bounds = [0] + steps + [n]
        expected = []
        for i, s in enumerate(steps):
            a, c = bounds[i], bounds[i + 2]
            p = stats.ttest_ind(x[a:s], x[s:c], equal_var=True).pvalue
            expected.append({"index": s, "before": float(x[a:s].mean()), "after": float(x[s:c].mean()),
                             "p": float(min(1.0, p * (c - a - 1)))})
        out.append({"x": x.tolist(), "change_points": expected})
    return out


def prediction_case(x):
    n = len(x)
    t = stats.t.ppf(0.995, n - 1) * np.sqrt(1 + 1 / n)
    if x.min() > 0:
        y = np.log(x)
        half = t * y.std(ddof=1)
        return {"x": x.tolist(), "scale": "log", "low": float(np.exp(y.mean() - half)),
                "high": float(np.exp(y.mean() + half))}
    half = t * x.std(ddof=1)
    low = x.mean() - half
    if x.min() >= 0:
        low = max(0.0, low)
    return {"x": x.tolist(), "scale": "linear", "low": float(low), "high": float(x.mean() + half)}


def prediction():
    out = []
    for n in [5, 30]:
        out.append(prediction_case(rng.normal(160, 3, n)))
    # Noisy enough that a normal interval would reach below zero.
    out.append(prediction_case(np.array([237.0, 250.0, 180.0, 320.0, 140.0])))
    # A zero value: the linear interval, clamped at 0.
    out.append(prediction_case(np.array([0.0, 12.0, 30.0, 5.0, 21.0, 2.0])))
    # A negative value: not a non-negative quantity, the linear interval as it is.
    out.append(prediction_case(np.array([-3.0, 1.0, 2.5, -0.5, 0.75])))
    return out


def main():
    data = {"segments": segments(), "qhat": qhats(), "histories": histories(), "prediction": prediction()}
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "resources", "changepoint_cases.json")
    with open(path, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
