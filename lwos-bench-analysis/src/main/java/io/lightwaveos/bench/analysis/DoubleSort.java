package io.lightwaveos.bench.analysis;

import java.util.Arrays;

/**
 * Sorts a copy of a {@code double[]} in ascending order, {@link Arrays#sort(double[])} order for
 * finite values. Large arrays use an LSD radix sort on the IEEE-754 bit patterns: it is linear in
 * n and skips every byte position in which all keys agree. Device values are floats widened to
 * double (the low 29 mantissa bits are zero) within one or two binary orders of magnitude, so
 * typically only 4 of the 8 passes run and a 1M-value series sorts several times faster than
 * with the comparison sort.
 */
final class DoubleSort {

    /** Below this size the comparison sort wins over the radix sort's fixed costs. */
    private static final int RADIX_THRESHOLD = 4096;
    private static final int BYTES = 8;
    private static final int BUCKETS = 256;

    private DoubleSort() {
    }

    /**
     * A sorted copy of {@code values}; the input is not modified.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite, naming its index
     */
    static double[] sortedCopy(double[] values) {
        int n = values.length;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values must be finite, got " + values[i] + " at index " + i);
            }
        }
        if (n < RADIX_THRESHOLD) {
            double[] copy = values.clone();
            Arrays.sort(copy);
            return copy;
        }
        return radixSorted(values);
    }

    private static double[] radixSorted(double[] values) {
        int n = values.length;
        int[] counts = new int[BYTES * BUCKETS];
        for (double v : values) {
            long key = key(v);
            for (int b = 0; b < BYTES; b++) {
                counts[b * BUCKETS + (int) ((key >>> (b * 8)) & 0xFF)]++;
            }
        }
        int[] passes = new int[BYTES];
        int passCount = 0;
        for (int b = 0; b < BYTES; b++) {
            if (!allInOneBucket(counts, b, n)) {
                passes[passCount++] = b;
            }
        }
        double[] out = new double[n];
        if (passCount == 0) {
            // Every key is identical: the input is already sorted.
            System.arraycopy(values, 0, out, 0, n);
            return out;
        }
        long[] src = new long[n];
        for (int i = 0; i < n; i++) {
            src[i] = key(values[i]);
        }
        long[] dst = new long[n];
        int[] offsets = new int[BUCKETS];
        for (int p = 0; p < passCount; p++) {
            int b = passes[p];
            int shift = b * 8;
            int sum = 0;
            for (int k = 0; k < BUCKETS; k++) {
                offsets[k] = sum;
                sum += counts[b * BUCKETS + k];
            }
            for (int i = 0; i < n; i++) {
                long key = src[i];
                dst[offsets[(int) ((key >>> shift) & 0xFF)]++] = key;
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        for (int i = 0; i < n; i++) {
            out[i] = value(src[i]);
        }
        return out;
    }

    private static boolean allInOneBucket(int[] counts, int b, int n) {
        for (int k = 0; k < BUCKETS; k++) {
            int c = counts[b * BUCKETS + k];
            if (c != 0) {
                return c == n;
            }
        }
        return false;
    }

    /** Maps a double to a long whose unsigned order is the numeric order (negatives flipped). */
    private static long key(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    private static double value(long key) {
        return Double.longBitsToDouble(key ^ (((~key) >> 63) | Long.MIN_VALUE));
    }
}
