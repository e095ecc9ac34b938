package io.lightwaveos.bench.analysis.series;

import io.lightwaveos.bench.analysis.Percentiles;
import java.util.Arrays;

/**
 * Outliers by the modified z-score: z = 0.6745 (x - median) / MAD, with MAD the unscaled median
 * absolute deviation; a value is an outlier when |z| &gt; threshold (default 3.0). When MAD is 0
 * (at least half the values equal the median) z is undefined and nothing is an outlier.
 */
public final class Outliers {

    /** The default |z| threshold. */
    public static final double DEFAULT_THRESHOLD = 3.0;
    /** The normal quantile that makes MAD comparable to a standard deviation (0.6745 ≈ Φ⁻¹(0.75)). */
    public static final double Z_FACTOR = 0.6745;

    private final int[] indices;
    private final double[] zScores;
    private final Double median;
    private final Double mad;
    private final double threshold;

    private Outliers(int[] indices, double[] zScores, Double median, Double mad, double threshold) {
        this.indices = indices;
        this.zScores = zScores;
        this.median = median;
        this.mad = mad;
        this.threshold = threshold;
    }

    /** Outliers of {@code values} with |z| &gt; {@link #DEFAULT_THRESHOLD}. */
    public static Outliers detect(double[] values) {
        return detect(values, DEFAULT_THRESHOLD);
    }

    /**
     * Outliers of {@code values} with |z| &gt; {@code threshold}.
     *
     * @throws IllegalArgumentException if the threshold is not a positive number, or a value is
     *                                  NaN or infinite
     */
    public static Outliers detect(double[] values, double threshold) {
        if (!(threshold > 0) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite number > 0, got " + threshold);
        }
        Percentiles sorted = Percentiles.of(values);
        Double median = sorted.median();
        Double mad = sorted.medianAbsoluteDeviation();
        if (median == null || mad == 0) {
            return new Outliers(new int[0], null, median, mad, threshold);
        }
        double[] z = new double[values.length];
        int[] found = new int[values.length];
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            z[i] = Z_FACTOR * (values[i] - median) / mad;
            if (Math.abs(z[i]) > threshold) {
                found[count++] = i;
            }
        }
        return new Outliers(Arrays.copyOf(found, count), z, median, mad, threshold);
    }

    /** Indices of the outliers, ascending (a copy). */
    public int[] indices() {
        return indices.clone();
    }

    /** How many values are outliers. */
    public int count() {
        return indices.length;
    }

    /** The modified z-score of every value (a copy); null when MAD is 0 or there are no values. */
    public double[] zScores() {
        return zScores == null ? null : zScores.clone();
    }

    /** The median of the values; null when there are none. */
    public Double median() {
        return median;
    }

    /** The unscaled median absolute deviation; null when there are no values. */
    public Double mad() {
        return mad;
    }

    /** The |z| threshold used. */
    public double threshold() {
        return threshold;
    }
}
