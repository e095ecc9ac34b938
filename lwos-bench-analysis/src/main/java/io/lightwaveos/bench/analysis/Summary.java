package io.lightwaveos.bench.analysis;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Descriptive statistics of one series, matching numpy/scipy (SPEC §5), immutable.
 *
 * <p>Definitions, for values x<sub>0</sub> … x<sub>n-1</sub>:
 * <ul>
 *   <li>{@code mean}: arithmetic mean; {@code std}: sample standard deviation (divisor n - 1);</li>
 *   <li>{@code median}, {@code p50} … {@code p99_9} and {@link #percentile(double)}: type-7
 *       percentiles (numpy's default), see {@link Percentiles};</li>
 *   <li>{@code mad}: median of |x - median|, unscaled (no 1.4826 factor);</li>
 *   <li>{@code lag1_autocorrelation} r1 = Σ<sub>i&lt;n-1</sub> (x<sub>i</sub> - mean)(x<sub>i+1</sub> - mean)
 *       / Σ<sub>i</sub> (x<sub>i</sub> - mean)², and 0 when the denominator is 0 (a constant series
 *       or a single value);</li>
 *   <li>{@code n_eff}, the effective sample size of an autocorrelated series:
 *       n (1 - r1) / (1 + r1) when r1 &gt; 0, else n; clamped to [2, n] (to [n, n] when n &lt; 2).
 *       It is what the autocorrelation-adjusted comparison uses in place of n.</li>
 * </ul>
 *
 * <p>A statistic that cannot be computed is {@code null}, never NaN: with no values every
 * statistic but {@code n} is null; with one value {@code std} is null. Statistics are boxed
 * {@link Double}s for that reason.
 *
 * <p>A summary keeps a copy of the values (8 bytes per value) so that {@link #percentile(double)}
 * answers any percentile and comparisons reuse one sort; callers that cache many summaries of
 * long runs should keep {@link #asMap()} instead. The list of statistics is {@link SummaryStat}.
 */
public final class Summary {

    /** Percentiles every summary reports, in the order of {@link #p50()} … {@link #p99_9()}. */
    private static final double[] REPORTED = {50, 90, 95, 99, 99.9};
    /** From this size on, order statistics come from {@link Selection} and the full sort waits until asked for. */
    private static final int SELECTION_THRESHOLD = 1 << 15;

    private final int n;
    private final Double mean;
    private final Double std;
    private final Double variance;
    private final Double min;
    private final Double max;
    private final Double[] reported;
    private final Double mad;
    private final Double lag1;
    private final Double nEff;
    /**
     * The values in time order (a double[]) until {@link #sorted()} first runs, then their
     * {@link Percentiles}; final so that the summary is safely shared between threads.
     */
    private final AtomicReference<Object> values;

    private Summary(int n, Moments moments, Double min, Double max, Double[] reported, Double mad,
            double[] unsorted, Percentiles sorted) {
        this.n = n;
        this.mean = moments.mean();
        this.variance = moments.variance();
        this.std = variance == null ? null : Math.sqrt(variance);
        this.min = min;
        this.max = max;
        this.reported = reported;
        this.mad = mad;
        this.lag1 = moments.lag1();
        this.nEff = moments.nEff();
        this.values = new AtomicReference<>(sorted != null ? sorted : unsorted);
    }

    /**
     * Summarises {@code values} in time order (order matters for the autocorrelation only). The
     * array is not modified or retained.
     *
     * <p>Cost: O(n). Below 32768 values the copy is sorted at once; above, the reported order
     * statistics are selected without a full sort (two read passes each), and the copy is sorted
     * only when {@link #sorted()} or {@link #percentile(double)} is first called.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static Summary of(double[] values) {
        int n = values.length;
        if (n < SELECTION_THRESHOLD) {
            Percentiles sorted = Percentiles.of(values);
            Double[] reported = new Double[REPORTED.length];
            for (int i = 0; i < REPORTED.length; i++) {
                reported[i] = sorted.percentile(REPORTED[i]);
            }
            return new Summary(n, Moments.of(values), sorted.min(), sorted.max(), reported,
                    sorted.medianAbsoluteDeviation(), null, sorted);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values must be finite, got " + v + " at index " + i);
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        Double[] reported = selectPercentiles(values, lo, hi);
        double median = reported[0];
        double mad = selectMad(values, median, Math.max(hi - median, median - lo));
        return new Summary(n, Moments.of(values), lo, hi, reported, mad, values.clone(), null);
    }

    /**
     * Summarises {@code values} like {@link #of} (the same statistics, bit for bit), sorting them at
     * once and in place: for a caller that needs the order statistics anyway (a comparison's rank
     * test) and gives the array up. The summary keeps the array, sorted, as its {@link #sorted()}
     * values, so no copy of it is made; the caller must not use or change it afterwards.
     *
     * <p>Cost: O(n) (the moments in time order, then the sort), and no memory beyond the sort's
     * scratch.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static Summary ofSortingInPlace(double[] values) {
        Moments moments = Moments.of(values);
        Percentiles sorted = Percentiles.sortingInPlace(values);
        Double[] reported = new Double[REPORTED.length];
        for (int i = 0; i < REPORTED.length; i++) {
            reported[i] = sorted.percentile(REPORTED[i]);
        }
        return new Summary(values.length, moments, sorted.min(), sorted.max(), reported,
                sorted.medianAbsoluteDeviation(), null, sorted);
    }

    private static Double[] selectPercentiles(double[] values, double lo, double hi) {
        int n = values.length;
        int[] ranks = new int[2 * REPORTED.length];
        for (int i = 0; i < REPORTED.length; i++) {
            int r = (int) Math.floor(Percentiles.virtualIndex(n, REPORTED[i]));
            ranks[2 * i] = r;
            ranks[2 * i + 1] = Math.min(r + 1, n - 1);
        }
        double[] at = Selection.select(values, false, 0, lo, hi, ranks);
        Double[] out = new Double[REPORTED.length];
        for (int i = 0; i < REPORTED.length; i++) {
            double h = Percentiles.virtualIndex(n, REPORTED[i]);
            out[i] = Percentiles.lerp(at[2 * i], at[2 * i + 1], h - ranks[2 * i]);
        }
        return out;
    }

    private static double selectMad(double[] values, double median, double maxDeviation) {
        int n = values.length;
        int[] ranks = n % 2 == 1 ? new int[] {n / 2} : new int[] {n / 2 - 1, n / 2};
        double[] at = Selection.select(values, true, median, 0, maxDeviation, ranks);
        return n % 2 == 1 ? at[0] : Percentiles.lerp(at[0], at[1], 0.5);
    }

    /** The number of values. */
    public int n() {
        return n;
    }

    /** Arithmetic mean; null when n = 0. */
    public Double mean() {
        return mean;
    }

    /** Sample standard deviation (divisor n - 1); null when n &lt; 2. */
    public Double std() {
        return std;
    }

    /** Sample variance (divisor n - 1), {@code std²} without rounding through the square root; null when n &lt; 2. */
    public Double variance() {
        return variance;
    }

    /** Smallest value; null when n = 0. */
    public Double min() {
        return min;
    }

    /** Largest value; null when n = 0. */
    public Double max() {
        return max;
    }

    /** Median (type-7 50th percentile); null when n = 0. */
    public Double median() {
        return reported[0];
    }

    /** Median absolute deviation from the median, unscaled; null when n = 0. */
    public Double mad() {
        return mad;
    }

    /** 50th percentile (equals {@link #median()}); null when n = 0. */
    public Double p50() {
        return reported[0];
    }

    /** 90th percentile; null when n = 0. */
    public Double p90() {
        return reported[1];
    }

    /** 95th percentile; null when n = 0. */
    public Double p95() {
        return reported[2];
    }

    /** 99th percentile; null when n = 0. */
    public Double p99() {
        return reported[3];
    }

    /** 99.9th percentile; null when n = 0. */
    public Double p99_9() {
        return reported[4];
    }

    /**
     * Any type-7 percentile, {@code p} in [0, 100]; null when n = 0.
     *
     * @throws IllegalArgumentException unless {@code 0 <= p <= 100}
     */
    public Double percentile(double p) {
        for (int i = 0; i < REPORTED.length; i++) {
            if (p == REPORTED[i]) {
                return reported[i];
            }
        }
        return sorted().percentile(p);
    }

    /** Lag-1 autocorrelation r1 (see the class comment; 0 for a constant series); null when n = 0. */
    public Double lag1Autocorrelation() {
        return lag1;
    }

    /** Effective sample size (see the class comment), a real number in [2, n]; null when n = 0. */
    public Double nEff() {
        return nEff;
    }

    /**
     * The sorted values, for order statistics and rank tests; sorted on first use for large
     * series (thread-safe), then kept.
     */
    public Percentiles sorted() {
        if (values.get() instanceof Percentiles ready) {
            return ready;
        }
        synchronized (values) {
            Object v = values.get();
            if (v instanceof double[] raw) {
                Percentiles sorted = Percentiles.of(raw);
                values.set(sorted);
                return sorted;
            }
            return (Percentiles) v;
        }
    }

    /**
     * Every statistic of the registry by its id ({@link SummaryStat#asMap(Summary)}; {@code n} as a
     * double), null values included: what a store caches and what a summary JSON object holds.
     */
    public Map<String, Double> asMap() {
        return SummaryStat.asMap(this);
    }

    @Override
    public String toString() {
        return "Summary" + asMap();
    }
}
