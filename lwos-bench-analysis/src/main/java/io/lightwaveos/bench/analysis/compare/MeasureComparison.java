package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Direction;
import java.util.Objects;
import java.util.Optional;

/**
 * Run A (baseline) compared with run B (candidate) on one measure (SPEC §14): with repeats on
 * both sides (n = repeats, at least 2 each) the same tests and verdicts as a frame metric; with a
 * single value on a side, the relative change only, verdict {@code inconclusive} and a note saying
 * so. A measure without direction is reported, never gated: never significant, not counted.
 * Components as in {@link MetricComparison}.
 *
 * @param ref       the measure, {@code suite:name}
 * @param unit      its unit (B's; the note says when A's differs)
 * @param direction which way it improves; empty when it is not gated
 * @param noteText  why statistics are missing, or null ({@link #note()})
 */
public record MeasureComparison(
        MeasureRef ref,
        String unit,
        Optional<Direction> direction,
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
        SamplesNeeded samplesNeeded,
        String noteText) implements Compared {

    /** The note a comparison of two single values carries. */
    public static final String SINGLE_VALUES = "single value: relative change only";

    /** Checks that the non-nullable components are present. */
    public MeasureComparison {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(welch, "welch");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(mannWhitney, "mannWhitney");
        Objects.requireNonNull(adjusted, "adjusted");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** {@code suite:name}. */
    @Override
    public String id() {
        return ref.toString();
    }

    /** Whether it has a direction. */
    @Override
    public boolean counted() {
        return direction.isPresent();
    }

    @Override
    public Optional<String> note() {
        return Optional.ofNullable(noteText);
    }
}
