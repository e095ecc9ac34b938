/**
 * Descriptive statistics that match numpy/scipy (SPEC §5): {@link io.lightwaveos.bench.analysis.Summary}
 * (n, mean, sample std, min, max, median, unscaled MAD, type-7 percentiles, lag-1 autocorrelation,
 * effective sample size), {@link io.lightwaveos.bench.analysis.SummaryStat} (the registry of those
 * statistics: name, label, accessor, whether it has an interval),
 * {@link io.lightwaveos.bench.analysis.Percentiles} (a sorted copy),
 * {@link io.lightwaveos.bench.analysis.Statistic} (a statistic named in a baseline file) and
 * {@link io.lightwaveos.bench.analysis.Intervals} (95% intervals of the mean and of percentiles on
 * the effective sample size):
 * <pre>{@code
 * Summary s = Summary.of(values);
 * Interval p95 = Intervals.percentile(s, 95);   // [x(j), x(k)], null when n < 2
 * }</pre>
 *
 * <p>Conventions for the whole module: inputs are primitive {@code double[]} in time order and are
 * never modified; NaN and infinite inputs are refused with an {@link IllegalArgumentException}
 * naming the index; a statistic that cannot be computed is {@code null}, never NaN and never an
 * exception. Hipparchus is an implementation detail: no Hipparchus type appears in the API.
 *
 * <p>Subpackages: {@code series} (EMA, moving windows, outliers, histograms, LTTB downsampling),
 * {@code compare} (A/B comparison of two runs, all differences B - A), {@code gate} (baseline
 * files and the pass/warn/fail gate), {@code render} (the text and Markdown reports of summaries,
 * comparisons and gates that the CLI prints, plain JDK), {@code changepoint} (change points in a
 * history of runs and the gate of a new run against that history).
 */
package io.lightwaveos.bench.analysis;
