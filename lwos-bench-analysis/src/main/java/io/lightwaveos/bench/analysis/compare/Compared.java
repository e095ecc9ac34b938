package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Direction;
import java.util.Optional;

/**
 * One row of a {@link Comparison}: a frame metric ({@link MetricComparison}) or a measure
 * ({@link MeasureComparison}), with the same statistics (SPEC §5) either way, so that every report
 * renders both with one piece of code. Every difference is B - A; what cannot be computed is null.
 */
public sealed interface Compared permits MetricComparison, MeasureComparison {

    /** How the row is named: the metric id ({@code avg_total_us}) or the measure's {@code suite:name}. */
    String id();

    /** The unit; {@code ""} for a count. */
    String unit();

    /** Which way it improves; empty for a measure that is reported and never gated. */
    Optional<Direction> direction();

    /** The row's statistics; the accessors below read them. */
    CompareStats stats();

    /** Summary of A's values (for a measure: its repeats). */
    default Summary a() {
        return stats().a();
    }

    /** Summary of B's values. */
    default Summary b() {
        return stats().b();
    }

    /** mean_B - mean_A; null when either side has no values. */
    default Double meanDiff() {
        return stats().meanDiff();
    }

    /** meanDiff / mean_A; null when not computable. */
    default Double relativeChange() {
        return stats().relativeChange();
    }

    /** Welch's unequal-variance t-test. */
    default TTest welch() {
        return stats().welch();
    }

    /** Student's pooled-variance t-test. */
    default TTest student() {
        return stats().student();
    }

    /** Mann-Whitney U test, U of A. */
    default MannWhitney mannWhitney() {
        return stats().mannWhitney();
    }

    /** Cohen's d; null when not computable. */
    default Double cohensD() {
        return stats().cohensD();
    }

    /** Hedges' g; null when not computable. */
    default Double hedgesG() {
        return stats().hedgesG();
    }

    /** The label of |d|; null when d is null. */
    default EffectSize effectSize() {
        return stats().effectSize();
    }

    /** The autocorrelation-adjusted Welch test with its intervals and Holm-adjusted p. */
    default AdjustedWelch adjusted() {
        return stats().adjusted();
    }

    /** The 95% interval of the relative change; null when not computable. */
    default Interval ci95Relative() {
        return stats().ci95Relative();
    }

    /** The 90% interval of the relative change; null when not computable. */
    default Interval ci90Relative() {
        return stats().ci90Relative();
    }

    /** Holm-adjusted p &lt; alpha and |relative change| &gt;= min effect. */
    default boolean significant() {
        return stats().significant();
    }

    /** The verdict. */
    default Verdict verdict() {
        return stats().verdict();
    }

    /** For an inconclusive verdict, the effective samples per run that would settle it; else null. */
    default SamplesNeeded samplesNeeded() {
        return stats().samplesNeeded();
    }

    /**
     * Whether the row counts in the regression/improvement counts: a frame metric that is not
     * derived, a measure that has a direction.
     */
    boolean counted();

    /** Why the row has fewer statistics than a frame metric ("single value: relative change only"), if it has. */
    Optional<String> note();
}
