package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Metric;
import java.util.List;
import java.util.Objects;

/**
 * How to compare two runs. Start from {@link #defaults()} and change what differs:
 * {@code CompareOptions.defaults().withAlpha(0.01).withMetrics(List.of(Metric.AVG_TOTAL_US))}.
 *
 * @param alpha     significance level for the Holm-adjusted p, 0 &lt; alpha &lt; 1 (default 0.05)
 * @param minEffect smallest |relative_change| that can be significant, &gt;= 0 (default 0.01 = 1%)
 * @param metrics   the metrics to compare, in report order; when both lists are empty (the
 *                  default): the five compact metrics plus each extended-only metric both runs have
 *                  values for, and every measure both runs hold
 * @param measures  the measures to compare, in report order (after the metrics); see {@code metrics}
 */
public record CompareOptions(double alpha, double minEffect, List<Metric> metrics, List<MeasureRef> measures) {

    /** Default significance level. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** Default minimum relative effect. */
    public static final double DEFAULT_MIN_EFFECT = 0.01;

    /**
     * @throws IllegalArgumentException if alpha is not in (0, 1), minEffect is negative or not
     *                                  finite, or a metric is listed twice
     */
    public CompareOptions {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1 (exclusive), got " + alpha);
        }
        if (!(minEffect >= 0) || !Double.isFinite(minEffect)) {
            throw new IllegalArgumentException("min effect must be a finite number >= 0, got " + minEffect);
        }
        metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
        if (metrics.stream().distinct().count() != metrics.size()) {
            throw new IllegalArgumentException("each metric may be listed once, got " + metrics);
        }
        measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
        if (measures.stream().distinct().count() != measures.size()) {
            throw new IllegalArgumentException("each measure may be listed once, got " + measures);
        }
    }

    /** Options comparing frame metrics (and, with an empty list, every measure both runs hold). */
    public CompareOptions(double alpha, double minEffect, List<Metric> metrics) {
        this(alpha, minEffect, metrics, List.of());
    }

    /** Whether metrics or measures are named (then exactly those are compared). */
    public boolean explicit() {
        return !metrics.isEmpty() || !measures.isEmpty();
    }

    /** alpha 0.05, min effect 0.01, default metrics. */
    public static CompareOptions defaults() {
        return new CompareOptions(DEFAULT_ALPHA, DEFAULT_MIN_EFFECT, List.of());
    }

    /** These options with another alpha. */
    public CompareOptions withAlpha(double newAlpha) {
        return new CompareOptions(newAlpha, minEffect, metrics, measures);
    }

    /** These options with another minimum relative effect. */
    public CompareOptions withMinEffect(double newMinEffect) {
        return new CompareOptions(alpha, newMinEffect, metrics, measures);
    }

    /** These options with an explicit metric list (empty: the defaults). */
    public CompareOptions withMetrics(List<Metric> newMetrics) {
        return new CompareOptions(alpha, minEffect, newMetrics, measures);
    }

    /** These options with an explicit measure list. */
    public CompareOptions withMeasures(List<MeasureRef> newMeasures) {
        return new CompareOptions(alpha, minEffect, metrics, newMeasures);
    }
}
