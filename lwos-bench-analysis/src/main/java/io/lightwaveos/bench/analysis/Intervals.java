package io.lightwaveos.bench.analysis;

/**
 * 95% confidence intervals of a run's statistics that account for autocorrelation by using the
 * effective sample size n_eff (SPEC §6, "noise-aware gate"); the gate and run histories use them.
 *
 * <ul>
 *   <li>Mean: mean ± t(0.975, n_eff − 1) × std / √n_eff.</li>
 *   <li>Percentile q (as a fraction): with the n values sorted x₍₁₎ … x₍ₙ₎ and
 *       h = 1.96 × n × √(q (1 − q) / n_eff), the interval [x₍ⱼ₎, x₍ₖ₎] with
 *       j = max(1, ⌊n q − h⌋) and k = min(n, ⌈n q + h⌉) (ranks 1-based, both kept inside [1, n]
 *       for q = 0 and q = 1): a distribution-free interval from order statistics, widened by
 *       √(n / n_eff) for autocorrelated samples.</li>
 * </ul>
 * Other statistics have no interval. An interval is null when it cannot be computed: fewer than 2
 * values.
 *
 * <pre>{@code
 * Summary s = Summary.of(values);
 * Interval mean = Intervals.mean(s);          // null when n < 2
 * Interval p95 = Intervals.percentile(s, 95);
 * }</pre>
 */
public final class Intervals {

    /** The two-sided 95% normal quantile as SPEC §6 writes it. */
    static final double Z95 = 1.96;
    private static final double T_LEVEL = 0.975;

    private Intervals() {
    }

    /**
     * The 95% interval of the mean: mean ± t(0.975, n_eff − 1) × std / √n_eff; null when n &lt; 2.
     * A series without spread gives [mean, mean].
     */
    public static Interval mean(Summary summary) {
        if (summary.n() < 2) {
            return null;
        }
        return mean(summary.mean(), summary.std(), summary.nEff());
    }

    /**
     * The 95% interval of a mean from its parts: mean ± t(0.975, nEff − 1) × std / √nEff.
     *
     * @param mean the mean
     * @param std  the sample standard deviation, &gt;= 0
     * @param nEff the effective sample size, &gt; 1
     * @throws IllegalArgumentException if std &lt; 0, nEff &lt;= 1 or an argument is not finite
     */
    public static Interval mean(double mean, double std, double nEff) {
        if (!Double.isFinite(mean) || !(std >= 0) || !Double.isFinite(std) || !(nEff > 1) || !Double.isFinite(nEff)) {
            throw new IllegalArgumentException("expected a finite mean, std >= 0 and n_eff > 1, got mean " + mean
                    + ", std " + std + ", n_eff " + nEff);
        }
        double half = Tails.studentQuantile(T_LEVEL, nEff - 1) * std / Math.sqrt(nEff);
        return new Interval(mean - half, mean + half);
    }

    /**
     * The 95% order-statistic interval of percentile {@code p} (0 to 100) of the summarised values,
     * using the summary's n_eff; null when n &lt; 2.
     *
     * @throws IllegalArgumentException unless {@code 0 <= p <= 100}
     */
    public static Interval percentile(Summary summary, double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be between 0 and 100, got " + p);
        }
        if (summary.n() < 2) {
            return null;
        }
        return percentile(summary.sorted(), p, summary.nEff());
    }

    /**
     * The 95% order-statistic interval of percentile {@code p} (0 to 100) of sorted values with
     * effective sample size {@code nEff}; null when there are fewer than 2 values.
     *
     * @throws IllegalArgumentException unless {@code 0 <= p <= 100} and {@code nEff > 0}
     */
    public static Interval percentile(Percentiles sorted, double p, double nEff) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be between 0 and 100, got " + p);
        }
        if (!(nEff > 0) || !Double.isFinite(nEff)) {
            throw new IllegalArgumentException("n_eff must be a finite number > 0, got " + nEff);
        }
        int n = sorted.size();
        if (n < 2) {
            return null;
        }
        double q = p / 100;
        double h = Z95 * n * Math.sqrt(q * (1 - q) / nEff);
        long j = Math.max(1, (long) Math.floor(n * q - h));
        long k = Math.min(n, (long) Math.ceil(n * q + h));
        j = Math.min(j, n);
        k = Math.max(k, 1);
        return new Interval(sorted.valueAt((int) j - 1), sorted.valueAt((int) k - 1));
    }

    /** The 95% interval of {@code stat} in {@code summary}: see {@link #mean} and {@link #percentile}; null when the statistic has none or n &lt; 2. */
    public static Interval of(Summary summary, SummaryStat stat) {
        if (stat.isMean()) {
            return mean(summary);
        }
        return stat.percentile().map(p -> percentile(summary, p)).orElse(null);
    }

    /** The 95% interval of {@code stat} (a registry statistic or any percentile) in {@code summary}; null when it has none or n &lt; 2. */
    public static Interval of(Summary summary, Statistic stat) {
        return stat.intervalIn(summary);
    }
}
