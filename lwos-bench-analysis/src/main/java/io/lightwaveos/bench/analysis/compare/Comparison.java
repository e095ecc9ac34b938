package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Metric;
import java.util.List;
import java.util.Map;

/**
 * The comparison of run A (baseline) with run B (candidate) over several metrics (SPEC §5). All
 * differences are B - A. Significance uses the autocorrelation-adjusted Welch test, its p-values
 * adjusted by Holm-Bonferroni across the metrics of this comparison.
 *
 * @param alpha     the significance level used
 * @param minEffect the minimum |relative change| used
 * @param metrics   one entry per compared metric, in report order
 */
public record Comparison(double alpha, double minEffect, List<MetricComparison> metrics) {

    /** Copies the metric list (unmodifiable). */
    public Comparison {
        metrics = List.copyOf(metrics);
    }

    /**
     * Compares the values of A with those of B, per metric (values in time order; the
     * autocorrelation depends on it). A metric missing from a map, or mapped to an empty array,
     * is compared as a run without values: its statistics are null and its verdict is no
     * significant change.
     *
     * @param a       run A's values by metric
     * @param b       run B's values by metric
     * @param options alpha, minimum effect and metrics (see {@link CompareOptions#metrics()} for
     *                the default choice)
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static Comparison compare(Map<Metric, double[]> a, Map<Metric, double[]> b, CompareOptions options) {
        return Comparer.compareValues(a, b, options);
    }

    /** {@link #compare(Map, Map, CompareOptions)} with {@link CompareOptions#defaults()}. */
    public static Comparison compare(Map<Metric, double[]> a, Map<Metric, double[]> b) {
        return compare(a, b, CompareOptions.defaults());
    }

    /**
     * Compares already computed summaries (each keeps its sorted values, so nothing is sorted
     * again). Metric choice and missing metrics as in {@link #compare(Map, Map, CompareOptions)};
     * a metric "has values" when its summary's n &gt; 0.
     */
    public static Comparison ofSummaries(Map<Metric, Summary> a, Map<Metric, Summary> b, CompareOptions options) {
        return Comparer.compareSummaries(a, b, options);
    }

    /** How many metrics regressed. */
    public int regressions() {
        return (int) metrics.stream().filter(m -> m.verdict() == Verdict.REGRESSED).count();
    }

    /** How many metrics improved. */
    public int improvements() {
        return (int) metrics.stream().filter(m -> m.verdict() == Verdict.IMPROVED).count();
    }
}
