package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.NothingToCompareException;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparison of run A (baseline) with run B (candidate) over several metrics (SPEC §5). All
 * differences are B - A. Significance uses the autocorrelation-adjusted Welch test, its p-values
 * adjusted by Holm-Bonferroni across the metrics of this comparison that are not derived; each
 * metric gets one of four {@link Verdict}s. Measures (SPEC §14) the two runs hold are compared
 * beside the frame metrics, computed once with them: repeats get the same tests and verdicts and
 * join the Holm family; a single value gets its relative change only ({@link MeasureComparison}).
 *
 * @param alpha     the significance level used
 * @param minEffect the minimum |relative change| used
 * @param metrics   one entry per compared frame metric, in report order
 * @param measures  one entry per compared measure, in report order (after the metrics)
 */
public record Comparison(double alpha, double minEffect, List<MetricComparison> metrics,
        List<MeasureComparison> measures) {

    /** Copies the lists (unmodifiable). */
    public Comparison {
        metrics = List.copyOf(metrics);
        measures = List.copyOf(measures);
    }

    /** A comparison of frame metrics only. */
    public Comparison(double alpha, double minEffect, List<MetricComparison> metrics) {
        this(alpha, minEffect, metrics, List.of());
    }

    /**
     * Compares the frame metrics' values and the measures of A with those of B: by default (no
     * metric or measure in {@code options}) the frame metrics as {@link #compare(Map, Map, CompareOptions)}
     * chooses them (none when neither run has samples) and every {@code suite:name} both runs hold;
     * otherwise exactly the metrics and measures the options name.
     *
     * @throws IllegalArgumentException  if a value is NaN or infinite, or a bare measure name of the
     *                                   options is in several suites of a run
     * @throws NothingToCompareException if no compared metric or measure has values in both runs
     */
    public static Comparison compare(Map<Metric, double[]> a, Map<Metric, double[]> b, MeasureSet measuresA,
            MeasureSet measuresB, CompareOptions options) {
        return Comparer.compareValues(a, b, measuresA, measuresB, options);
    }

    /** Every row: the frame metrics, then the measures. */
    public List<Compared> all() {
        List<Compared> out = new ArrayList<>(metrics.size() + measures.size());
        out.addAll(metrics);
        out.addAll(measures);
        return out;
    }

    /** The ids of the rows a gate fails on: {@link #regressed()} and the regressed measures. */
    public List<String> regressedIds() {
        List<String> out = new ArrayList<>(regressed().stream().map(MetricComparison::id).toList());
        measures.stream().filter(m -> m.counted() && m.verdict() == Verdict.REGRESSED).forEach(m -> out.add(m.id()));
        return out;
    }

    /**
     * Compares the values of A with those of B, per metric (values in time order; the
     * autocorrelation depends on it). A metric missing from a map, or mapped to an empty array,
     * is compared as a run without values: its statistics are null and its verdict is
     * inconclusive. At least one compared metric must have values on both sides.
     *
     * @param a       run A's values by metric
     * @param b       run B's values by metric
     * @param options alpha, minimum effect and metrics (see {@link CompareOptions#metrics()} for
     *                the default choice)
     * @throws IllegalArgumentException  if a value is NaN or infinite
     * @throws NothingToCompareException if no compared metric has values in both runs
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
     *
     * @throws NothingToCompareException if no compared metric has values in both runs
     */
    public static Comparison ofSummaries(Map<Metric, Summary> a, Map<Metric, Summary> b, CompareOptions options) {
        return Comparer.compareSummaries(a, b, options);
    }

    /**
     * {@link #compare(Map, Map, MeasureSet, MeasureSet, CompareOptions)} from summaries that keep
     * their values ({@link Summary#ofSortingInPlace}), as the store's reader makes them.
     */
    public static Comparison ofSummaries(Map<Metric, Summary> a, Map<Metric, Summary> b, MeasureSet measuresA,
            MeasureSet measuresB, CompareOptions options) {
        return Comparer.compareSummaries(a, b, measuresA, measuresB, options);
    }

    /** How many metrics and measures regressed, derived metrics and ungated measures not counted. */
    public int regressions() {
        return count(Verdict.REGRESSED);
    }

    /** How many metrics improved, derived metrics not counted. */
    public int improvements() {
        return count(Verdict.IMPROVED);
    }

    /** How many metrics are equivalent, derived metrics not counted. */
    public int equivalents() {
        return count(Verdict.EQUIVALENT);
    }

    /** How many metrics are inconclusive, derived metrics not counted. */
    public int inconclusives() {
        return count(Verdict.INCONCLUSIVE);
    }

    /**
     * The regressed metrics a gate should name: every regressed metric that is not derived, and a
     * regressed derived metric whose source is not part of this comparison (then it stands for it).
     */
    public List<MetricComparison> regressed() {
        return metrics.stream().filter(m -> m.verdict() == Verdict.REGRESSED)
                .filter(m -> !m.derived() || metrics.stream().noneMatch(o -> o.metric() == m.metric().derivedFrom().orElseThrow()))
                .toList();
    }

    /** How many counted rows ({@link Compared#counted()}: metrics not derived, measures with a direction) have {@code verdict}. */
    public int count(Verdict verdict) {
        return (int) (metrics.stream().filter(m -> m.counted() && m.verdict() == verdict).count()
                + measures.stream().filter(m -> m.counted() && m.verdict() == verdict).count());
    }
}
