package io.lightwaveos.bench.analysis;

import java.util.Arrays;

/**
 * Order statistics of a large series without sorting it: one pass counts the values into 4096
 * equal-width buckets between the minimum and the maximum, a second pass collects only the
 * buckets that hold the wanted ranks, and those few values are sorted. Two sequential read passes
 * cost a fraction of a full sort, whose scattered writes dominate a summary's time.
 *
 * <p>The bucket of x is floor((x - lo) × 4096 / (hi - lo)): subtraction, multiplication by a
 * positive constant and truncation are each monotone in floating point, so bucket order never
 * contradicts value order and the k-th value is exactly the one a full sort puts at rank k.
 */
final class Selection {

    private static final int BUCKETS = 4096;

    private Selection() {
    }

    /**
     * The values at {@code ranks} (0-based, each in [0, n)) of the series x<sub>i</sub> =
     * {@code values[i]}, or x<sub>i</sub> = |{@code values[i]} - {@code center}| when
     * {@code deviations} is set; {@code lo} and {@code hi} bound every x<sub>i</sub>.
     */
    static double[] select(double[] values, boolean deviations, double center, double lo, double hi, int[] ranks) {
        double[] out = new double[ranks.length];
        if (!(hi > lo)) {
            // Every x equals lo (deviations: every value equals the center).
            Arrays.fill(out, deviations ? Math.abs(values[0] - center) : values[0]);
            return out;
        }
        double scale = BUCKETS / (hi - lo);
        int[] counts = new int[BUCKETS + 1];
        if (deviations) {
            for (double v : values) {
                counts[bucket(Math.abs(v - center), lo, scale) + 1]++;
            }
        } else {
            for (double v : values) {
                counts[bucket(v, lo, scale) + 1]++;
            }
        }
        // counts[b] becomes the number of values in buckets below b: the rank of bucket b's first value.
        for (int b = 0; b < BUCKETS; b++) {
            counts[b + 1] += counts[b];
        }
        int[] slotOf = new int[BUCKETS];
        Arrays.fill(slotOf, -1);
        int[] bucketOfRank = new int[ranks.length];
        int slots = 0;
        int[] slotBucket = new int[ranks.length];
        for (int r = 0; r < ranks.length; r++) {
            int b = bucketHolding(counts, ranks[r]);
            bucketOfRank[r] = b;
            if (slotOf[b] < 0) {
                slotOf[b] = slots;
                slotBucket[slots++] = b;
            }
        }
        double[][] collected = new double[slots][];
        int[] fill = new int[slots];
        for (int s = 0; s < slots; s++) {
            collected[s] = new double[counts[slotBucket[s] + 1] - counts[slotBucket[s]]];
        }
        if (deviations) {
            for (double v : values) {
                double x = Math.abs(v - center);
                int s = slotOf[bucket(x, lo, scale)];
                if (s >= 0) {
                    collected[s][fill[s]++] = x;
                }
            }
        } else {
            for (double v : values) {
                int s = slotOf[bucket(v, lo, scale)];
                if (s >= 0) {
                    collected[s][fill[s]++] = v;
                }
            }
        }
        for (int s = 0; s < slots; s++) {
            collected[s] = DoubleSort.sortedCopy(collected[s]);
        }
        for (int r = 0; r < ranks.length; r++) {
            int b = bucketOfRank[r];
            out[r] = collected[slotOf[b]][ranks[r] - counts[b]];
        }
        return out;
    }

    private static int bucket(double x, double lo, double scale) {
        return Math.min(BUCKETS - 1, (int) ((x - lo) * scale));
    }

    /** The bucket b with counts[b] &lt;= rank &lt; counts[b + 1]. */
    private static int bucketHolding(int[] counts, int rank) {
        int lo = 0;
        int hi = BUCKETS - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (counts[mid] <= rank) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
