package io.lightwaveos.bench.measure;

import io.lightwaveos.bench.metric.Direction;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A named number of a run beside its frame metrics: what a benchmark tool, a test log or a
 * harness reported. Identified by {@link #suite()} and {@link #name()} ({@code native:latency_ms}),
 * it has a unit, a direction and its values in the run: one value, or repeats (every iteration of
 * a JMH fork, every hyperfine run), in the order they were measured.
 *
 * <p>A measure without direction is reported, never gated ({@code sample_rate_hz},
 * {@code buffer_size}): it is shown and kept in the history, and no comparison calls it better or
 * worse. Values are finite: a reader refuses NaN and infinities rather than storing them.
 * Instances are immutable.
 */
public final class Measure {

    private final String suite;
    private final String name;
    private final String unit;
    private final Direction direction;
    private final double[] values;

    private Measure(String suite, String name, String unit, Direction direction, double[] values) {
        this.suite = MeasureNames.checkSuite(suite);
        this.name = MeasureNames.checkName(name);
        this.unit = MeasureNames.checkUnit(unit);
        this.direction = direction;
        if (values.length == 0) {
            throw new IllegalArgumentException(ref() + ": a measure needs at least one value");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(ref() + ": values must be finite numbers, got " + values[i]
                        + (values.length > 1 ? " at repeat " + (i + 1) : ""));
            }
        }
        this.values = values;
    }

    /**
     * A measure with the given values (copied).
     *
     * @param suite     where it comes from ({@link MeasureNames#checkSuite}), e.g. {@code native}, {@code jmh}
     * @param name      its name ({@link MeasureNames#checkName})
     * @param unit      its unit, {@code ""} for a count ({@link MeasureNames#checkUnit})
     * @param direction which way it improves, or null when it is reported and never gated
     * @param values    one value or the repeats in measured order; at least one, all finite
     * @throws IllegalArgumentException stating the rule a word or a value breaks
     */
    public static Measure of(String suite, String name, String unit, Direction direction, double... values) {
        Objects.requireNonNull(values, "values");
        return new Measure(suite, name, unit, direction, values.clone());
    }

    /** The suite: the source the measure comes from ({@code native}, {@code jmh}, a harness's own). */
    public String suite() {
        return suite;
    }

    /** The name within the suite. */
    public String name() {
        return name;
    }

    /** The unit; {@code ""} for a count or a ratio. */
    public String unit() {
        return unit;
    }

    /** Which way it improves; empty when it is reported and never gated. */
    public Optional<Direction> direction() {
        return Optional.ofNullable(direction);
    }

    /** Whether a gate or a comparison may call a change better or worse (it has a direction). */
    public boolean gated() {
        return direction != null;
    }

    /** The reference that names it everywhere: {@code suite:name}. */
    public MeasureRef ref() {
        return new MeasureRef(suite, name);
    }

    /** How many values: 1, or the number of repeats. */
    public int count() {
        return values.length;
    }

    /** The {@code i}-th value (0-based) in measured order. */
    public double value(int i) {
        return values[i];
    }

    /** The values in measured order (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** The arithmetic mean of the values; the value itself for a single value. */
    public double mean() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Measure m && suite.equals(m.suite) && name.equals(m.name) && unit.equals(m.unit)
                && direction == m.direction && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(suite, name, unit, direction, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return ref() + " " + (values.length == 1 ? String.valueOf(values[0]) : Arrays.toString(values))
                + (unit.isEmpty() ? "" : " " + unit) + " (" + (direction == null ? "not gated" : direction.jsonName()) + ")";
    }
}
