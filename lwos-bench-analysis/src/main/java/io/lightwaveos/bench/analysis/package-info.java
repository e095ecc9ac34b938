/**
 * Descriptive statistics that match numpy/scipy (SPEC §5): {@link io.lightwaveos.bench.analysis.Summary}
 * (n, mean, sample std, min, max, median, unscaled MAD, type-7 percentiles, lag-1 autocorrelation,
 * effective sample size), {@link io.lightwaveos.bench.analysis.Percentiles} (a sorted copy) and
 * {@link io.lightwaveos.bench.analysis.Statistic} (a statistic named in a baseline file).
 *
 * <p>Conventions for the whole module: inputs are primitive {@code double[]} in time order and are
 * never modified; NaN and infinite inputs are refused with an {@link IllegalArgumentException}
 * naming the index; a statistic that cannot be computed is {@code null}, never NaN and never an
 * exception. Hipparchus is an implementation detail: no Hipparchus type appears in the API.
 *
 * <p>Subpackages: {@code series} (EMA, moving windows, outliers, histograms, LTTB downsampling),
 * {@code compare} (A/B comparison of two runs, all differences B - A), {@code gate} (baseline
 * files and the pass/warn/fail gate), {@code changepoint} (change points in a history of runs and
 * the gate of a new run against that history).
 */
package io.lightwaveos.bench.analysis;
