package io.lightwaveos.bench.analysis;

/**
 * An immutable, sorted copy of a series: its order statistics and percentiles.
 *
 * <p>Percentiles use linear interpolation between closest ranks, numpy's default (Hyndman-Fan
 * type 7): for a percentile {@code p} in [0, 100] the virtual index is {@code h = (n - 1) p / 100}
 * and the result lies between the values of ranks {@code floor(h)} and {@code floor(h) + 1}.
 *
 * <p>Memory: one {@code double} (8 bytes) per value; sorting does not create an object per value.
 */
public final class Percentiles {

    private final double[] sorted;

    private Percentiles(double[] sorted) {
        this.sorted = sorted;
    }

    /**
     * Sorts a copy of {@code values} (the input array is left as it is).
     *
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static Percentiles of(double[] values) {
        return new Percentiles(DoubleSort.sortedCopy(values));
    }

    /**
     * Sorts {@code values} itself and keeps it: for a caller that gives the array up.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    static Percentiles sortingInPlace(double[] values) {
        return new Percentiles(DoubleSort.sortInPlace(values));
    }

    /** The number of values. */
    public int size() {
        return sorted.length;
    }

    /**
     * The {@code rank}-th smallest value, 0-based ({@code valueAt(0)} is the minimum).
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= rank < size()}
     */
    public double valueAt(int rank) {
        return sorted[rank];
    }

    /**
     * The type-7 percentile {@code p} (0 = minimum, 50 = median, 100 = maximum); null when there
     * are no values.
     *
     * @throws IllegalArgumentException unless {@code 0 <= p <= 100}
     */
    public Double percentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be between 0 and 100, got " + p);
        }
        int n = sorted.length;
        if (n == 0) {
            return null;
        }
        double h = virtualIndex(n, p);
        int lo = (int) Math.floor(h);
        return lerp(sorted[lo], sorted[Math.min(lo + 1, n - 1)], h - lo);
    }

    /** The median, {@code percentile(50)}; null when there are no values. */
    public Double median() {
        return percentile(50);
    }

    /** The smallest value; null when there are no values. */
    public Double min() {
        return sorted.length == 0 ? null : sorted[0];
    }

    /** The largest value; null when there are no values. */
    public Double max() {
        return sorted.length == 0 ? null : sorted[sorted.length - 1];
    }

    /**
     * The median absolute deviation from the median (unscaled): the median of
     * {@code |x - median|}; null when there are no values. Runs in O(log n) on the sorted values:
     * the deviations below and above the median form two ascending sequences, and the median of
     * their union is found by binary search instead of sorting the deviations again.
     */
    public Double medianAbsoluteDeviation() {
        int n = sorted.length;
        if (n == 0) {
            return null;
        }
        double m = median();
        int split = firstAtLeast(m);
        if (n % 2 == 1) {
            return kthDeviation(m, split, n / 2);
        }
        return lerp(kthDeviation(m, split, n / 2 - 1), kthDeviation(m, split, n / 2), 0.5);
    }

    /** Index of the first value >= m (values before it are below the median). */
    private int firstAtLeast(double m) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < m) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The k-th smallest (0-based) of |x - m|. Upper deviations {@code sorted[split + j] - m}
     * ascend with j; lower deviations {@code m - sorted[split - 1 - j]} ascend with j.
     */
    private double kthDeviation(double m, int split, int k) {
        int lowerCount = split;
        int upperCount = sorted.length - split;
        // Binary search for how many of the k + 1 smallest come from the lower sequence.
        int lo = Math.max(0, k + 1 - upperCount);
        int hi = Math.min(k + 1, lowerCount);
        while (lo < hi) {
            int takeLower = (lo + hi) >>> 1;
            int takeUpper = k + 1 - takeLower;
            // Too few from the lower side if the next lower deviation is below the last upper one taken.
            if (takeUpper > 0 && takeLower < lowerCount
                    && lower(m, split, takeLower) < upper(m, split, takeUpper - 1)) {
                lo = takeLower + 1;
            } else {
                hi = takeLower;
            }
        }
        int takeLower = lo;
        int takeUpper = k + 1 - takeLower;
        double lastLower = takeLower > 0 ? lower(m, split, takeLower - 1) : Double.NEGATIVE_INFINITY;
        double lastUpper = takeUpper > 0 ? upper(m, split, takeUpper - 1) : Double.NEGATIVE_INFINITY;
        return Math.max(lastLower, lastUpper);
    }

    private double lower(double m, int split, int j) {
        return m - sorted[split - 1 - j];
    }

    private double upper(double m, int split, int j) {
        return sorted[split + j] - m;
    }

    /** The type-7 virtual index (n - 1) p / 100 of percentile p among n values, as numpy computes it. */
    static double virtualIndex(int n, double p) {
        return (n - 1) * (p / 100.0);
    }

    /** numpy's {@code _lerp}: exact at both ends, monotone in t. */
    static double lerp(double a, double b, double t) {
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}
