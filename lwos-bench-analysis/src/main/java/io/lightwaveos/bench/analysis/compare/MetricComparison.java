package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.Objects;
import java.util.Optional;

/**
 * Run A (baseline) compared with run B (candidate) on one metric. Every difference is B - A: a
 * positive {@code meanDiff} means B's mean is larger, which is a regression for a
 * lower-is-better metric. Values that cannot be computed (too few values, zero variance, a zero
 * mean of A) are null, never NaN.
 *
 * @param metric         the metric
 * @param a              summary of A's values
 * @param b              summary of B's values
 * @param meanDiff       mean_B - mean_A; null when either run has no values
 * @param relativeChange meanDiff / mean_A; null when meanDiff is null or mean_A is 0
 * @param welch          Welch's unequal-variance t-test
 * @param student        Student's pooled-variance t-test
 * @param mannWhitney    Mann-Whitney U test, U of A
 * @param cohensD        meanDiff / pooled sd, pooled from both sample variances (n - 1
 *                       divisors); null when n_A or n_B &lt; 2 or the pooled sd is 0
 * @param hedgesG        cohensD × (1 - 3 / (4 (n_A + n_B) - 9)); null when cohensD is null
 * @param effectSize     label of |cohensD|; null when cohensD is null
 * @param adjusted       the autocorrelation-adjusted Welch test with 95% and 90% intervals and
 *                       Holm-adjusted p
 * @param ci95Relative   adjusted.ci95 / |mean_A| (a fraction, 0.01 = 1%); null when not computable
 * @param ci90Relative   adjusted.ci90 / |mean_A|; null when not computable
 * @param significant    adjusted.pHolm &lt; alpha and |relativeChange| &gt;= min effect (false when
 *                       either is null)
 * @param verdict        see {@link Verdict#of}
 * @param samplesNeeded  for an inconclusive verdict, the effective samples per run that would
 *                       settle it; null otherwise or when not computable
 */
public record MetricComparison(
        Metric metric,
        Summary a,
        Summary b,
        Double meanDiff,
        Double relativeChange,
        TTest welch,
        TTest student,
        MannWhitney mannWhitney,
        Double cohensD,
        Double hedgesG,
        EffectSize effectSize,
        AdjustedWelch adjusted,
        Interval ci95Relative,
        Interval ci90Relative,
        boolean significant,
        Verdict verdict,
        SamplesNeeded samplesNeeded) implements Compared {

    /** Checks that the non-nullable components (all but the numbers, intervals and the effect-size label) are present. */
    public MetricComparison {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(welch, "welch");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(mannWhitney, "mannWhitney");
        Objects.requireNonNull(adjusted, "adjusted");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** Whether the metric is derived from another ({@link Metric#derivedFrom()}): reported, but not counted. */
    public boolean derived() {
        return metric.isDerived();
    }

    /** The metric's id. */
    @Override
    public String id() {
        return metric.id();
    }

    /** The metric's unit. */
    @Override
    public String unit() {
        return metric.unit();
    }

    /** The metric's direction (a frame metric always has one). */
    @Override
    public Optional<Direction> direction() {
        return Optional.of(metric.direction());
    }

    /** Not derived: a derived metric repeats its source. */
    @Override
    public boolean counted() {
        return !derived();
    }

    /** None: a frame metric gets every statistic its values allow. */
    @Override
    public Optional<String> note() {
        return Optional.empty();
    }
}
