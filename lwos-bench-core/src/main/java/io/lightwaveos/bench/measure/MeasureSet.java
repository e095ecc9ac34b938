package io.lightwaveos.bench.measure;

import io.lightwaveos.bench.metric.Direction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The measures of one run, in the order they were recorded, each {@code suite:name} at most once.
 * Immutable; built with {@link #builder(String)}:
 *
 * <pre>{@code
 * MeasureSet measures = MeasureSet.builder("native")
 *         .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER)
 *         .record("snr_db", 45.2, "dB", Direction.HIGHER_IS_BETTER)
 *         .report("sample_rate_hz", 44100, "Hz")          // reported, never gated
 *         .build();
 * measures.find(MeasureRef.parse("native:latency_ms"));  // Optional[native:latency_ms 8.4 ms ...]
 * }</pre>
 */
public final class MeasureSet implements Iterable<Measure> {

    private static final MeasureSet EMPTY = new MeasureSet(new LinkedHashMap<>());

    private final Map<MeasureRef, Measure> byRef;
    private final List<Measure> list;

    private MeasureSet(LinkedHashMap<MeasureRef, Measure> byRef) {
        this.byRef = Collections.unmodifiableMap(byRef);
        this.list = List.copyOf(byRef.values());
    }

    /** A set with no measures. */
    public static MeasureSet empty() {
        return EMPTY;
    }

    /**
     * The set of {@code measures} in their order.
     *
     * @throws IllegalArgumentException when a {@code suite:name} appears twice
     */
    public static MeasureSet of(List<Measure> measures) {
        Builder b = new Builder("measures");
        measures.forEach(b::add);
        return b.build();
    }

    /**
     * A builder whose {@code record}, {@code report} and {@code append} calls put measures in
     * {@code suite}.
     *
     * @throws IllegalArgumentException when {@code suite} is not a valid suite ({@link MeasureNames#checkSuite})
     */
    public static Builder builder(String suite) {
        return new Builder(suite);
    }

    /** The measures in recorded order. */
    public List<Measure> measures() {
        return list;
    }

    /** How many measures. */
    public int size() {
        return list.size();
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    @Override
    public Iterator<Measure> iterator() {
        return list.iterator();
    }

    /** The measure {@code suite:name}, if there is one. */
    public Optional<Measure> get(String suite, String name) {
        return Optional.ofNullable(byRef.get(new MeasureRef(suite, name)));
    }

    /**
     * The measure {@code ref} names: with a suite, that exact measure; with a name only, the one
     * measure of that name in any suite.
     *
     * @throws IllegalArgumentException when a bare name is in more than one suite, listing the
     *                                  {@code suite:name} references to choose from
     */
    public Optional<Measure> find(MeasureRef ref) {
        if (ref.suite() != null) {
            return Optional.ofNullable(byRef.get(ref));
        }
        List<Measure> found = new ArrayList<>();
        for (Measure m : list) {
            if (ref.matches(m)) {
                found.add(m);
            }
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("\"" + ref + "\" is a measure in " + found.size()
                    + " suites; name one of " + found.stream().map(m -> m.ref().toString()).toList());
        }
        return found.stream().findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasureSet s && list.equals(s.list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }

    @Override
    public String toString() {
        return list.toString();
    }

    /** Collects measures in order; each {@code suite:name} once. Not thread-safe. */
    public static final class Builder {
        private final String suite;
        private final LinkedHashMap<MeasureRef, Measure> byRef = new LinkedHashMap<>();
        private final Map<MeasureRef, Repeats> repeats = new LinkedHashMap<>();

        private Builder(String suite) {
            this.suite = MeasureNames.checkSuite(suite);
        }

        /**
         * Records one value of {@code name} in this builder's suite.
         *
         * @param unit      the unit, {@code ""} for a count
         * @param direction which way it improves; null when it is reported and never gated
         * @throws IllegalArgumentException when the measure is already recorded, or a word or the value is invalid
         */
        public Builder record(String name, double value, String unit, Direction direction) {
            return add(Measure.of(suite, name, unit, direction, value));
        }

        /** Records the repeats of {@code name} (copied), as {@link #record(String, double, String, Direction)}. */
        public Builder record(String name, double[] values, String unit, Direction direction) {
            return add(Measure.of(suite, name, unit, direction, values));
        }

        /** Records a value that is reported and never gated (no direction): a setting such as a sample rate. */
        public Builder report(String name, double value, String unit) {
            return record(name, value, unit, null);
        }

        /**
         * Adds one more repeat of {@code name}: the first call creates the measure, later calls
         * add to its values in call order. For readers that meet the same measure on several lines.
         *
         * @throws IllegalArgumentException when a later call gives another unit or direction, or the
         *                                  name was recorded with {@code record}
         */
        public Builder append(String name, double value, String unit, Direction direction) {
            MeasureRef ref = new MeasureRef(suite, name);
            Repeats r = repeats.get(ref);
            if (r == null) {
                add(Measure.of(suite, name, unit, direction, value));
                repeats.put(ref, new Repeats(unit, direction, value));
                return this;
            }
            if (!r.unit.equals(unit) || r.direction != direction) {
                throw new IllegalArgumentException(ref + ": recorded in " + describe(r.unit, r.direction)
                        + ", now in " + describe(unit, direction));
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(ref + ": values must be finite numbers, got " + value);
            }
            r.add(value);
            return this;
        }

        /**
         * Adds {@code measure} (any suite).
         *
         * @throws IllegalArgumentException when its {@code suite:name} is already in the set
         */
        public Builder add(Measure measure) {
            Objects.requireNonNull(measure, "measure");
            if (byRef.putIfAbsent(measure.ref(), measure) != null) {
                throw new IllegalArgumentException(measure.ref() + " is recorded twice; each measure once per run");
            }
            return this;
        }

        /** Whether {@code suite:name} has been added. */
        public boolean contains(String suite, String name) {
            return byRef.containsKey(new MeasureRef(suite, name));
        }

        /** The set of everything added so far. */
        public MeasureSet build() {
            if (byRef.isEmpty()) {
                return EMPTY;
            }
            LinkedHashMap<MeasureRef, Measure> all = new LinkedHashMap<>(byRef);
            repeats.forEach((ref, r) -> {
                Measure first = all.get(ref);
                all.put(ref, Measure.of(first.suite(), first.name(), r.unit, r.direction, r.values()));
            });
            return new MeasureSet(all);
        }

        private static String describe(String unit, Direction direction) {
            return "\"" + unit + "\" " + (direction == null ? "(not gated)" : "(" + direction.jsonName() + ")");
        }
    }

    /** The values of an appended measure so far. */
    private static final class Repeats {
        private final String unit;
        private final Direction direction;
        private double[] values = new double[4];
        private int n;

        Repeats(String unit, Direction direction, double first) {
            this.unit = unit;
            this.direction = direction;
            add(first);
        }

        void add(double v) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = v;
        }

        double[] values() {
            return Arrays.copyOf(values, n);
        }
    }
}
