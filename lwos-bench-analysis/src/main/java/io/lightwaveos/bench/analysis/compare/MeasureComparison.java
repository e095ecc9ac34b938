package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Direction;
import java.util.Objects;
import java.util.Optional;

/**
 * Run A (baseline) compared with run B (candidate) on one measure (SPEC §14): with repeats on
 * both sides (n = repeats, at least 2 each) the same tests and verdicts as a frame metric; with a
 * single value on a side, the relative change only, verdict {@code inconclusive} and a note saying
 * so. A measure without direction is reported, never gated: never significant, not counted.
 *
 * @param ref       the measure, {@code suite:name}
 * @param unit      its unit (B's; the note says when A's differs)
 * @param direction which way it improves; empty when it is not gated
 * @param noteText  why statistics are missing, or null ({@link #note()})
 * @param stats     its statistics
 */
public record MeasureComparison(MeasureRef ref, String unit, Optional<Direction> direction, String noteText,
        CompareStats stats) implements Compared {

    /** The note a comparison of two single values carries. */
    public static final String SINGLE_VALUES = "single value: relative change only";

    /** Checks that the non-nullable components are present. */
    public MeasureComparison {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(stats, "stats");
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
