package io.lightwaveos.bench.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * <p>A summary keeps the sorted values (8 bytes per value) so that {@link #percentile(double)}
 * answers any percentile and comparisons reuse the sort; callers that cache many summaries of
 * long runs should keep {@link #asMap()} instead.
 */
public final class Summary {

    /** The statistic names of SPEC §6's summary object, in its order. */
    public static final List<String> FIELDS = List.of("n", "mean", "std", "min", "max", "median", "mad",
            "p50", "p90", "p95", "p99", "p99_9", "lag1_autocorrelation", "n_eff");

    private final Percentiles sorted;
    private final Double mean;
    private final Double std;
    private final Double variance;
    private final Double median;
    private final Double mad;
    private final Double lag1;
    private final Double nEff;

    private Summary(Percentiles sorted, Double mean, Double variance, Double lag1, Double nEff) {
        this.sorted = sorted;
        this.mean = mean;
        this.variance = variance;
        this.std = variance == null ? null : Math.sqrt(variance);
        this.median = sorted.median();
        this.mad = sorted.medianAbsoluteDeviation();
        this.lag1 = lag1;
        this.nEff = nEff;
    }

    /**
     * Summarises {@code values} in time order (order matters for the autocorrelation only). The
     * array is not modified or retained.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static Summary of(double[] values) {
        Percentiles sorted = Percentiles.of(values);
        int n = values.length;
        if (n == 0) {
            return new Summary(sorted, null, null, null, null);
        }
        double mean = mean(values);
        // One pass for both the squared deviations and the lag-1 products (same denominator).
        double prev = values[0] - mean;
        double ss0 = prev * prev;
        double ss1 = 0;
        double cross0 = 0;
        double cross1 = 0;
        int i = 1;
        for (; i + 1 < n; i += 2) {
            double d1 = values[i] - mean;
            double d2 = values[i + 1] - mean;
            ss0 += d1 * d1;
            ss1 += d2 * d2;
            cross0 += prev * d1;
            cross1 += d1 * d2;
            prev = d2;
        }
        if (i < n) {
            double d = values[i] - mean;
            ss0 += d * d;
            cross0 += prev * d;
        }
        double ss = ss0 + ss1;
        double cross = cross0 + cross1;
        Double variance = n >= 2 ? ss / (n - 1) : null;
        double r1 = ss == 0 ? 0 : cross / ss;
        double eff = r1 > 0 ? n * (1 - r1) / (1 + r1) : n;
        eff = Math.min(n, Math.max(Math.min(2, n), eff));
        return new Summary(sorted, mean, variance, r1, eff);
    }

    /** Four interleaved partial sums: faster (independent additions) and a little more accurate. */
    private static double mean(double[] v) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n = v.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += v[i];
            s1 += v[i + 1];
            s2 += v[i + 2];
            s3 += v[i + 3];
        }
        for (; i < n; i++) {
            s0 += v[i];
        }
        return ((s0 + s1) + (s2 + s3)) / n;
    }

    /** The number of values. */
    public int n() {
        return sorted.size();
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
        return sorted.min();
    }

    /** Largest value; null when n = 0. */
    public Double max() {
        return sorted.max();
    }

    /** Median (type-7 50th percentile); null when n = 0. */
    public Double median() {
        return median;
    }

    /** Median absolute deviation from the median, unscaled; null when n = 0. */
    public Double mad() {
        return mad;
    }

    /** 50th percentile (equals {@link #median()}); null when n = 0. */
    public Double p50() {
        return median;
    }

    /** 90th percentile; null when n = 0. */
    public Double p90() {
        return sorted.percentile(90);
    }

    /** 95th percentile; null when n = 0. */
    public Double p95() {
        return sorted.percentile(95);
    }

    /** 99th percentile; null when n = 0. */
    public Double p99() {
        return sorted.percentile(99);
    }

    /** 99.9th percentile; null when n = 0. */
    public Double p99_9() {
        return sorted.percentile(99.9);
    }

    /**
     * Any type-7 percentile, {@code p} in [0, 100]; null when n = 0.
     *
     * @throws IllegalArgumentException unless {@code 0 <= p <= 100}
     */
    public Double percentile(double p) {
        return sorted.percentile(p);
    }

    /** Lag-1 autocorrelation r1 (see the class comment; 0 for a constant series); null when n = 0. */
    public Double lag1Autocorrelation() {
        return lag1;
    }

    /** Effective sample size (see the class comment), a real number in [2, n]; null when n = 0. */
    public Double nEff() {
        return nEff;
    }

    /** The sorted values, for order statistics and rank tests. */
    public Percentiles sorted() {
        return sorted;
    }

    /**
     * The statistics under SPEC §6's names ({@link #FIELDS}, in that order; {@code n} as a
     * double), null values included: what a store caches and what a summary JSON object holds.
     */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("n", (double) n());
        m.put("mean", mean);
        m.put("std", std);
        m.put("min", min());
        m.put("max", max());
        m.put("median", median);
        m.put("mad", mad);
        m.put("p50", p50());
        m.put("p90", p90());
        m.put("p95", p95());
        m.put("p99", p99());
        m.put("p99_9", p99_9());
        m.put("lag1_autocorrelation", lag1);
        m.put("n_eff", nEff);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return "Summary" + asMap();
    }
}
