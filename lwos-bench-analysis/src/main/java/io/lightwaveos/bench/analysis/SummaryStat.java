package io.lightwaveos.bench.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry of summary statistics: the single list that {@link Summary}, {@link Statistic},
 * the JSON writers and the text tables are driven from, in SPEC §6's order
 * ({@code n, mean, std, min, max, median, mad, p50, p90, p95, p99, p99_9, lag1_autocorrelation, n_eff}).
 * Adding a statistic is one constant here (and its accessor on {@link Summary}).
 *
 * <p>Each statistic knows its JSON name, a label for tables, how to read it from a summary, and
 * whether it has a 95% confidence interval ({@link Intervals}): the mean (a t interval on the
 * effective sample size) and the percentiles (order statistics); the others are point estimates.
 */
public enum SummaryStat {
    /** The number of values. */
    N("n", "n", s -> (double) s.n(), Double.NaN, false),
    /** Arithmetic mean. */
    MEAN("mean", "mean", Summary::mean, Double.NaN, true),
    /** Sample standard deviation (n - 1). */
    STD("std", "std", Summary::std, Double.NaN, false),
    /** Smallest value. */
    MIN("min", "min", Summary::min, Double.NaN, false),
    /** Largest value. */
    MAX("max", "max", Summary::max, Double.NaN, false),
    /** Median, the same value as {@link #P50} (tables show it once, as p50). */
    MEDIAN("median", "median", Summary::median, 50, false),
    /** Median absolute deviation from the median, unscaled. */
    MAD("mad", "mad", Summary::mad, Double.NaN, false),
    /** 50th percentile. */
    P50("p50", "p50", Summary::p50, 50, false),
    /** 90th percentile. */
    P90("p90", "p90", Summary::p90, 90, false),
    /** 95th percentile. */
    P95("p95", "p95", Summary::p95, 95, false),
    /** 99th percentile. */
    P99("p99", "p99", Summary::p99, 99, false),
    /** 99.9th percentile. */
    P99_9("p99_9", "p99.9", Summary::p99_9, 99.9, false),
    /** Lag-1 autocorrelation r1. */
    LAG1_AUTOCORRELATION("lag1_autocorrelation", "lag-1 autocorr.", Summary::lag1Autocorrelation, Double.NaN, false),
    /** Effective sample size. */
    N_EFF("n_eff", "n_eff", Summary::nEff, Double.NaN, false);

    private static final List<SummaryStat> ALL = List.of(values());
    private static final List<String> IDS = ALL.stream().map(SummaryStat::id).toList();

    private final String id;
    private final String label;
    private final Function<Summary, Double> reader;
    private final double percentile;
    private final boolean meanInterval;

    SummaryStat(String id, String label, Function<Summary, Double> reader, double percentile, boolean meanInterval) {
        this.id = id;
        this.label = label;
        this.reader = reader;
        this.percentile = percentile;
        this.meanInterval = meanInterval;
    }

    /** The name in JSON, baseline files and the CLI ({@code p99_9}). */
    public String id() {
        return id;
    }

    /** The label in text tables ({@code p99.9}, {@code lag-1 autocorr.}). */
    public String label() {
        return label;
    }

    /** This statistic of {@code summary}; null when it cannot be computed ({@code n} is never null). */
    public Double valueIn(Summary summary) {
        return reader.apply(summary);
    }

    /** Whether the value counts something (printed as a whole number). */
    public boolean isCount() {
        return this == N;
    }

    /** Whether this statistic repeats another one's value under a second name ({@code median} = {@code p50}). */
    public boolean isAlias() {
        return this == MEDIAN;
    }

    /** The percentile in [0, 100] for the order statistics ({@code median} and {@code pNN}), empty for the others. */
    public Optional<Double> percentile() {
        return Double.isNaN(percentile) ? Optional.empty() : Optional.of(percentile);
    }

    /** Whether {@link Intervals#of(Summary, SummaryStat)} gives a 95% interval: the mean and the percentiles. */
    public boolean hasInterval() {
        return meanInterval || !Double.isNaN(percentile);
    }

    /** Whether this is the mean (t interval) rather than an order statistic. */
    boolean isMean() {
        return meanInterval;
    }

    /** Every statistic, in SPEC §6's order. */
    public static List<SummaryStat> all() {
        return ALL;
    }

    /** The ids of every statistic, in order. */
    public static List<String> ids() {
        return IDS;
    }

    /** The statistic named {@code id} (exact, lower case), if any. */
    public static Optional<SummaryStat> byId(String id) {
        for (SummaryStat s : ALL) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Every statistic of {@code summary} by id, in order, null values included ({@code n} as a
     * double): what a store caches and what a summary JSON object holds.
     */
    public static Map<String, Double> asMap(Summary summary) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (SummaryStat s : ALL) {
            m.put(s.id, s.valueIn(summary));
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return id;
    }
}
