#!/usr/bin/env python3
"""Reference cases for lwos-bench-analysis, computed with numpy/scipy.

Writes ../resources/extra_cases.json (next to this script's parent). Run from anywhere:

    python3 lwos-bench-analysis/src/test/python/make_cases.py

Layout of "cases": the same as the shared vectors' stats.json (data.a/b per metric, and per
metric a/b summaries plus a "compare" object), with the comparison fields stats.json leaves out
(ci95, effect_size, significant, verdict) and an optional alpha / min_effect per case. Values that
SPEC §5 calls not computable are null. "series" holds EMA, moving-window, outlier and histogram
references. The output is committed; rerun only to change the cases (seeded, so deterministic).

Definitions follow SPEC §5 literally; scipy provides the tests and distributions:
  - Welch / Student: scipy.stats.ttest_ind(b, a, equal_var=...) (t = (mean_b - mean_a) / se)
  - Mann-Whitney: scipy.stats.mannwhitneyu(a, b, method='auto') -> U of a, two-sided p
  - adjusted Welch: n_eff in place of n, p = 2 t.sf(|t|, df), ci95 = mean_diff +- t.ppf(0.975, df) se
  - Holm: step-down over the metrics of one case whose adjusted p is not null
intervals.json holds the 95% intervals of the noise-aware gate (SPEC section 6): the mean's t interval
on n_eff (scipy.stats.t.ppf(0.975, n_eff - 1)) and the order-statistic interval of percentiles.
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import stats

PERCENTILES = ["0", "1", "5", "25", "33.3", "50", "75", "90", "95", "99", "99.9", "100"]
rng = np.random.default_rng(20240611)
# The compare/v2 and interval cases draw from their own stream so that the older cases keep their data.
rng2 = np.random.default_rng(20261129)


def f32(values):
    """Device values are float32 widened to double."""
    return [float(v) for v in np.asarray(values, dtype=np.float32)]


def ar1(n, mean, sd, phi, r=None):
    r = r or rng
    x = np.empty(n)
    e = r.normal(0, sd * math.sqrt(1 - phi * phi), n)
    x[0] = r.normal(0, sd)
    for i in range(1, n):
        x[i] = phi * x[i - 1] + e[i]
    return x + mean


def fnum(v):
    if v is None:
        return None
    v = float(v)
    if math.isnan(v) or math.isinf(v):
        return None
    return v


def summary(x):
    x = np.asarray(x, dtype=np.float64)
    n = len(x)
    mean = x.mean()
    d = x - mean
    den = float(np.sum(d * d))
    r1 = float(np.sum(d[:-1] * d[1:]) / den) if den != 0 else 0.0
    n_eff = n * (1 - r1) / (1 + r1) if r1 > 0 else float(n)
    n_eff = min(float(n), max(min(2.0, float(n)), n_eff))
    med = np.median(x)
    return {
        "n": n,
        "mean": fnum(mean),
        "std": fnum(x.std(ddof=1)) if n >= 2 else None,
        "min": fnum(x.min()),
        "max": fnum(x.max()),
        "median": fnum(med),
        "percentiles": {p: fnum(np.percentile(x, float(p))) for p in PERCENTILES},
        "lag1_autocorrelation": r1,
        "n_eff": n_eff,
        "mad": fnum(np.median(np.abs(x - med))),
    }


def test_result(r):
    """A scipy t-test result; an infinite or NaN t (zero standard error) is not computable: all null."""
    t = fnum(r.statistic)
    if t is None:
        return {"t": None, "df": None, "p": None}
    return {"t": t, "df": fnum(r.df), "p": fnum(r.pvalue)}


def welch(md, va, na, vb, nb):
    wa, wb = va / na, vb / nb
    se2 = wa + wb
    if not se2 > 0:
        return None
    t = md / math.sqrt(se2)
    df = se2 * se2 / (wa * wa / (na - 1) + wb * wb / (nb - 1))
    return t, df, math.sqrt(se2)


def holm(ps):
    idx = [i for i, p in enumerate(ps) if p is not None]
    idx.sort(key=lambda i: ps[i])
    m = len(idx)
    out = [None] * len(ps)
    running = 0.0
    for k, i in enumerate(idx):
        running = max(running, min(1.0, (m - k) * ps[i]))
        out[i] = running
    return out


def effect_label(d):
    if d is None:
        return None
    a = abs(d)
    return "negligible" if a < 0.2 else "small" if a < 0.5 else "medium" if a < 0.8 else "large"


def compare(a, b, sa, sb):
    a = np.asarray(a)
    b = np.asarray(b)
    na, nb = len(a), len(b)
    md = float(b.mean() - a.mean())
    out = {"mean_diff": md, "relative_change": md / float(a.mean()) if a.mean() != 0 else None}
    if na >= 2 and nb >= 2:
        va, vb = a.var(ddof=1), b.var(ddof=1)
        w = stats.ttest_ind(b, a, equal_var=False)
        s = stats.ttest_ind(b, a, equal_var=True)
        out["welch"], out["student"] = test_result(w), test_result(s)
        pooled = math.sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2))
        d = md / pooled if pooled > 0 else None
        out["cohens_d"] = d
        out["hedges_g"] = d * (1 - 3 / (4 * (na + nb) - 9)) if d is not None else None
        adj = welch(md, va, sa["n_eff"], vb, sb["n_eff"])
    else:
        none = {"t": None, "df": None, "p": None}
        out["welch"], out["student"] = dict(none), dict(none)
        out["cohens_d"] = out["hedges_g"] = None
        adj = None
    out["effect_size"] = effect_label(out["cohens_d"])
    mw = stats.mannwhitneyu(a, b, alternative="two-sided", method="auto")
    all_same = np.all(np.concatenate([a, b]) == a[0])
    # SPEC: zero variance -> null; scipy reports p = 1 when every value is the same.
    out["mann_whitney"] = {"u": fnum(mw.statistic), "p": None if all_same else fnum(mw.pvalue)}
    if adj is not None:
        t, df, se = adj
        p = float(2 * stats.t.sf(abs(t), df))
        q = float(stats.t.ppf(0.975, df))
        out["adjusted"] = {"n_eff_a": sa["n_eff"], "n_eff_b": sb["n_eff"], "t": t, "df": df, "p": p,
                           "ci95": [md - q * se, md + q * se]}
    else:
        out["adjusted"] = {"n_eff_a": sa["n_eff"], "n_eff_b": sb["n_eff"], "t": None, "df": None, "p": None,
                           "ci95": None}
    return out


def case(name, a_by_metric, b_by_metric, alpha=0.05, min_effect=0.01, direction_sign=None):
    """direction_sign: metric -> +1 (higher is better) / -1 (lower is better); all registry metrics are -1."""
    metrics = {}
    for m in a_by_metric:
        a, b = a_by_metric[m], b_by_metric[m]
        sa, sb = summary(a), summary(b)
        metrics[m] = {"a": sa, "b": sb, "compare": compare(a, b, sa, sb)}
    names = list(metrics)
    p_holm = holm([metrics[m]["compare"]["adjusted"]["p"] for m in names])
    for m, ph in zip(names, p_holm):
        c = metrics[m]["compare"]
        c["adjusted"]["p_holm"] = ph
        rel = c["relative_change"]
        sig = ph is not None and ph < alpha and rel is not None and abs(rel) >= min_effect
        c["significant"] = bool(sig)
        sign = (direction_sign or {}).get(m, -1)
        c["verdict"] = ("improved" if c["mean_diff"] * sign > 0 else "regressed") if sig else "no_significant_change"
    out = {"name": name, "alpha": alpha, "min_effect": min_effect, "metrics": metrics,
           "data": {"a": {m: list(map(float, v)) for m, v in a_by_metric.items()},
                    "b": {m: list(map(float, v)) for m, v in b_by_metric.items()}}}
    return out


def shifted(a, noise_b, t):
    """noise_b moved so that its mean exceeds mean(a) by t standard errors (t statistic about t)."""
    a = np.asarray(a)
    se = math.sqrt(a.var(ddof=1) / len(a) + noise_b.var(ddof=1) / len(noise_b))
    return noise_b - noise_b.mean() + a.mean() + t * se


def cases():
    out = []
    # Integer-valued peaks: many ties on both sides, normal approximation with tie correction.
    out.append(case("ties on both sides",
                    {"peak_total_us": f32(rng.integers(180, 200, 60)), "peak_goertzel_us": f32(rng.integers(90, 95, 45))},
                    {"peak_total_us": f32(rng.integers(183, 203, 70)), "peak_goertzel_us": f32(rng.integers(90, 96, 40))}))
    out.append(case("n = 2 against n = 3",
                    {"avg_total_us": f32([150.25, 152.5])}, {"avg_total_us": f32([151.0, 149.75, 160.5])}))
    out.append(case("n = 3 against n = 3, complete separation",
                    {"avg_total_us": f32([140.5, 141.25, 142.0])}, {"avg_total_us": f32([150.5, 151.0, 152.25])}))
    out.append(case("one side of 8 without ties (exact)",
                    {"avg_total_us": f32(rng.normal(150, 6, 8)), "cpu_load_percent": f32(rng.normal(0.75, 0.03, 8))},
                    {"avg_total_us": f32(rng.normal(156, 6, 40)), "cpu_load_percent": f32(rng.normal(0.77, 0.03, 40))}))
    out.append(case("one side of 8 against 200 without ties (exact, long tail)",
                    {"avg_goertzel_us": f32(rng.normal(70, 2, 8))}, {"avg_goertzel_us": f32(rng.normal(73, 2, 200))}))
    out.append(case("one side of 5 with ties (normal approximation)",
                    {"peak_goertzel_us": f32([97, 97, 92, 102, 108])},
                    {"peak_goertzel_us": f32([95, 97, 99, 101, 93, 104, 96, 100, 98, 94, 97])}))
    out.append(case("constant series on both sides",
                    {"peak_total_us": f32([200] * 12), "avg_total_us": f32([150.5] * 10)},
                    {"peak_total_us": f32([210] * 9), "avg_total_us": f32([150.5] * 10)}))
    out.append(case("constant A against varied B",
                    {"peak_total_us": f32([200] * 12)}, {"peak_total_us": f32(rng.integers(195, 215, 15))}))
    out.append(case("single value in A",
                    {"avg_total_us": f32([151.5])}, {"avg_total_us": f32(rng.normal(150, 4, 6))}))
    out.append(case("huge n, normal approximation and tiny p",
                    {"avg_total_us": f32(ar1(4000, 150, 5, 0.3))}, {"avg_total_us": f32(ar1(5000, 151.5, 5, 0.3))}))
    out.append(case("negative lag-1 autocorrelation",
                    {"avg_chroma_us": f32(ar1(300, 34, 2, -0.6))}, {"avg_chroma_us": f32(ar1(280, 34.5, 2, -0.5))}))
    out.append(case("near-unit autocorrelation clamps n_eff to 2",
                    {"avg_dc_agc_us": f32(np.linspace(20, 24, 150) + rng.normal(0, 0.001, 150))},
                    {"avg_dc_agc_us": f32(np.linspace(21, 25, 150) + rng.normal(0, 0.001, 150))}))
    big_a = {"avg_total_us": f32(rng.normal(150, 3, 500)), "avg_goertzel_us": f32(rng.normal(70, 2, 500)),
             "cpu_load_percent": f32(rng.normal(0.75, 0.1, 500)), "peak_total_us": f32(rng.integers(180, 220, 500)),
             "peak_goertzel_us": f32(rng.integers(90, 110, 500))}
    big_b = {"avg_total_us": f32(rng.normal(160, 3, 450)), "avg_goertzel_us": f32(rng.normal(66, 2, 450)),
             "cpu_load_percent": f32(shifted(big_a["cpu_load_percent"], rng.normal(0, 0.1, 450), 2.3)),
             "peak_total_us": f32(rng.integers(180, 221, 450)),
             "peak_goertzel_us": f32(rng.integers(90, 110, 450))}
    # cpu_load_percent: raw adjusted p about 0.02 (< alpha) but Holm over 5 metrics lifts it above alpha.
    out.append(case("clear regression, clear improvement, Holm keeps a small p", big_a, big_b))
    # avg_total_us changes by about 6.7% (still significant), avg_goertzel_us by about 5.7% (not).
    out.append(case("same data with alpha 0.001 and min effect 6%", big_a, big_b, alpha=0.001, min_effect=0.06))
    return out


def intervals():
    """95% intervals of the noise-aware gate for series of several lengths and autocorrelations."""
    out = []
    specs = [("n = 2", f32([150.25, 152.5])), ("n = 3", f32([140.5, 141.25, 142.0])),
             ("n = 10, independent", f32(rng2.normal(150, 5, 10))),
             ("n = 300, lag-1 0.9", f32(ar1(300, 150, 5, 0.9, rng2))),
             ("n = 300, independent", f32(rng2.normal(150, 5, 300))),
             ("n = 3000, lag-1 0.6", f32(ar1(3000, 150, 5, 0.6, rng2))),
             ("n = 1000, integer ties", f32(rng2.integers(180, 260, 1000))),
             ("constant", f32([200.0] * 25))]
    for name, x in specs:
        arr = np.asarray(x, dtype=np.float64)
        s = summary(arr)
        n, n_eff = s["n"], s["n_eff"]
        half = float(stats.t.ppf(0.975, n_eff - 1)) * s["std"] / math.sqrt(n_eff)
        srt = np.sort(arr)
        pct = {}
        for p in ("0", "1", "5", "50", "75", "90", "95", "99", "99.9", "100"):
            q = float(p) / 100
            h = 1.96 * n * math.sqrt(q * (1 - q) / n_eff)
            # SPEC's ranks, kept inside [1, n] (at q = 0, ceil(n q + h) is 0; at q = 1, floor(n q - h) is n)
            j = min(n, max(1, math.floor(n * q - h)))
            k = max(1, min(n, math.ceil(n * q + h)))
            pct[p] = [float(srt[j - 1]), float(srt[k - 1])]
        out.append({"name": name, "x": list(map(float, arr)), "n_eff": n_eff,
                    "mean": [s["mean"] - half, s["mean"] + half], "percentiles": pct})
    return out


def series():
    x = f32(ar1(120, 150, 5, 0.6))
    x[37] = 240.0  # a spike
    x[80] = 95.0   # a dip
    arr = np.asarray(x)
    out = {"x": x, "ema": {}, "moving": {}, "outliers": {}, "histogram": {}}
    for alpha in (0.2, 0.5):
        e = np.empty_like(arr)
        e[0] = arr[0]
        for i in range(1, len(arr)):
            e[i] = alpha * arr[i] + (1 - alpha) * e[i - 1]
        out["ema"][str(alpha)] = list(map(float, e))
    for w in (1, 5, 20, 120):
        v = np.lib.stride_tricks.sliding_window_view(arr, w)
        out["moving"][str(w)] = {"mean": list(map(float, v.mean(axis=1))), "std": list(map(float, v.std(axis=1))),
                                 "min": list(map(float, v.min(axis=1))), "max": list(map(float, v.max(axis=1)))}
    med = np.median(arr)
    mad = np.median(np.abs(arr - med))
    z = 0.6745 * (arr - med) / mad
    for thr in (3.0, 2.0):
        out["outliers"][str(thr)] = {"indices": [int(i) for i in np.nonzero(np.abs(z) > thr)[0]]}
    out["outliers"]["z"] = list(map(float, z))
    counts, edges = np.histogram(arr, bins="fd")
    out["histogram"]["fd"] = {"edges": list(map(float, edges)), "counts": list(map(int, counts))}
    counts, edges = np.histogram(arr, bins=7)
    out["histogram"]["7"] = {"edges": list(map(float, edges)), "counts": list(map(int, counts))}
    ties = f32([5, 5, 5, 5, 6, 7, 7, 9, 12, 12])
    counts, edges = np.histogram(np.asarray(ties), bins="fd")
    out["histogram"]["fd_ties"] = {"x": ties, "edges": list(map(float, edges)), "counts": list(map(int, counts))}
    return out


def distributions():
    """Two-sided tails and the t quantile at the extremes: tiny p, huge and fractional df."""
    t_cases = [(15.798660428805446, 521.5237532310849), (15.94, 578.0), (0.5, 7.9), (1.96, 2e6), (0.01, 2e6),
               (12.0, 1e6), (3.0, 3.3), (100.0, 3.0), (1e-8, 50.0), (7.0, 1.2), (30.0, 1999998.0),
               (0.3, 1999998.0), (2.5, 100000.5), (0.0, 10.0), (45.0, 30.0), (-4.2, 17.25)]
    student = [{"t": t, "df": df, "p": float(2 * stats.t.sf(abs(t), df))} for t, df in t_cases]
    quantile = [{"prob": 0.975, "df": df, "q": float(stats.t.ppf(0.975, df))}
                for df in (1.0, 1.2, 2.0, 3.3, 5.0365512218855, 30.094472920357422, 100.68, 1e4, 1999998.0)]
    normal = [{"z": z, "p": float(2 * stats.norm.sf(z))} for z in (0.0, 0.1, 1.0, 3.0, 5.0, 10.0, 13.3, 20.0, 26.0, 37.0)]
    return {"student_two_sided": student, "student_quantile": quantile, "normal_two_sided": normal}


def main():
    doc = {
        "generator": "make_cases.py",
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "percentile_method": "linear interpolation between closest ranks (numpy default, Hyndman-Fan type 7)",
        "cases": cases(),
        "series": series(),
        "distributions": distributions(),
    }
    here = os.path.dirname(os.path.abspath(__file__))
    write(os.path.join(here, "..", "resources", "extra_cases.json"), doc)
    write(os.path.join(here, "..", "resources", "intervals.json"),
          {"generator": "make_cases.py", "numpy": np.__version__, "scipy": scipy.__version__, "cases": intervals()})


def write(path, doc):
    with open(path, "w") as f:
        json.dump(doc, f, indent=1, allow_nan=False)
        f.write("\n")
    print("wrote", os.path.normpath(path))


if __name__ == "__main__":
    main()
