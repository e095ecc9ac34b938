package io.lightwaveos.bench.analysis.series;

/**
 * Largest-triangle-three-buckets downsampling (Steinarsson 2013) for plotting long series: keeps
 * the first and the last point and, from each of maxPoints - 2 equal buckets in between, the point
 * forming the largest triangle with the previously kept point and the average of the next bucket.
 * Spikes and dips survive (their extreme point makes the largest triangle), unlike with
 * every-k-th-point decimation.
 */
public final class Lttb {

    private Lttb() {
    }

    /**
     * Indices of the points to keep, ascending: all of them when {@code maxPoints >= n}, otherwise
     * exactly {@code maxPoints}, the first and the last included.
     *
     * @param x         the x coordinates (time), ascending, same length as y
     * @param y         the values
     * @param maxPoints the most points to return, at least 2
     * @throws IllegalArgumentException if the lengths differ, {@code maxPoints < 2}, or a value is
     *                                  NaN or infinite
     */
    public static int[] downsample(double[] x, double[] y, int maxPoints) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, got " + x.length + " and " + y.length);
        }
        FiniteValues.require("x", x);
        return select(x, y, maxPoints);
    }

    /**
     * {@link #downsample(double[], double[], int)} for integer x such as timestamps in
     * microseconds; x is taken relative to its first value so that the areas keep their precision.
     */
    public static int[] downsample(long[] x, double[] y, int maxPoints) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, got " + x.length + " and " + y.length);
        }
        double[] rel = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            rel[i] = x[i] - x[0];
        }
        return select(rel, y, maxPoints);
    }

    private static int[] select(double[] x, double[] y, int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints must be at least 2, got " + maxPoints);
        }
        FiniteValues.require("y", y);
        int n = y.length;
        if (maxPoints >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] kept = new int[maxPoints];
        double every = (double) (n - 2) / (maxPoints - 2);
        int a = 0;
        for (int bucket = 0; bucket < maxPoints - 2; bucket++) {
            int avgStart = (int) Math.floor((bucket + 1) * every) + 1;
            int avgEnd = Math.min((int) Math.floor((bucket + 2) * every) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (int i = avgStart; i < avgEnd; i++) {
                avgX += x[i];
                avgY += y[i];
            }
            int avgCount = avgEnd - avgStart;
            avgX /= avgCount;
            avgY /= avgCount;
            int from = (int) Math.floor(bucket * every) + 1;
            int to = (int) Math.floor((bucket + 1) * every) + 1;
            double best = -1;
            int bestIndex = from;
            for (int i = from; i < to; i++) {
                // Twice the triangle's area; the factor does not change which point wins.
                double area = Math.abs((x[a] - avgX) * (y[i] - y[a]) - (x[a] - x[i]) * (avgY - y[a]));
                if (area > best) {
                    best = area;
                    bestIndex = i;
                }
            }
            kept[bucket + 1] = bestIndex;
            a = bestIndex;
        }
        kept[maxPoints - 1] = n - 1;
        return kept;
    }
}
