package io.lightwaveos.bench.analysis;

/**
 * Mean, sample variance, lag-1 autocorrelation and effective sample size of a series in time
 * order: two passes, the mean and then the deviations from it (not the one-pass sum of squares,
 * which cancels catastrophically for values far from 0 with a small spread).
 *
 * @param mean     arithmetic mean; null when n = 0
 * @param variance sample variance (divisor n - 1); null when n &lt; 2
 * @param lag1     lag-1 autocorrelation r1, 0 when the squared deviations sum to 0; null when n = 0
 * @param nEff     n (1 - r1) / (1 + r1) when r1 &gt; 0, else n, clamped to [min(2, n), n]; null when n = 0
 */
record Moments(Double mean, Double variance, Double lag1, Double nEff) {

    static Moments of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Moments(null, null, null, null);
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
        return new Moments(mean, variance, r1, eff);
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
}
