package io.lightwaveos.bench.analysis;

import java.lang.ref.SoftReference;
import java.util.Arrays;

/**
 * Sorts a copy of a {@code double[]} in ascending order, {@link Arrays#sort(double[])} order for
 * finite values. Large arrays use an LSD radix sort on the IEEE-754 bit patterns, linear in n,
 * that sorts only the range of bits in which the values differ. Device values are floats widened
 * to double (the low 29 mantissa bits are zero) within one or two binary orders of magnitude, or
 * whole microseconds, so that range is 10 to 25 bits: one to three passes of at most 11-bit
 * digits, several times faster than the comparison sort on a 1M-value series.
 */
final class DoubleSort {

    /** Below this size the comparison sort wins over the radix sort's fixed costs. */
    private static final int RADIX_THRESHOLD = 4096;
    /** Digits of up to 11 bits: 2048 buckets still fit the L1 cache. */
    private static final int MAX_DIGIT_BITS = 11;
    /**
     * Each thread's two scratch arrays, kept (softly) from one sort to the next: a comparison of
     * two 1M-sample runs sorts ten arrays of a million, and fresh scratch for each was 160 MB of
     * garbage for the collector to sweep.
     */
    private static final ThreadLocal<SoftReference<long[][]>> SCRATCH = new ThreadLocal<>();

    private DoubleSort() {
    }

    /**
     * A sorted copy of {@code values}; the input is not modified.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite, naming its index
     */
    static double[] sortedCopy(double[] values) {
        if (values.length < RADIX_THRESHOLD) {
            requireFinite(values);
            double[] copy = values.clone();
            Arrays.sort(copy);
            return copy;
        }
        return radixSorted(values);
    }

    /**
     * Sorts {@code values} itself, with the same order and checks as {@link #sortedCopy}, using this
     * thread's scratch (none below the radix threshold): no new array.
     *
     * @return {@code values}, sorted
     * @throws IllegalArgumentException if a value is NaN or infinite, naming its index (the array
     *                                  is then left as it was)
     */
    static double[] sortInPlace(double[] values) {
        if (values.length < RADIX_THRESHOLD) {
            requireFinite(values);
            Arrays.sort(values);
            return values;
        }
        radixSort(values, values);
        return values;
    }

    private static void requireFinite(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values must be finite, got " + values[i] + " at index " + i);
            }
        }
    }

    private static double[] radixSorted(double[] values) {
        double[] out = new double[values.length];
        radixSort(values, out);
        return out;
    }

    /**
     * Writes {@code values} in order into {@code out}, which may be {@code values} itself: the values
     * are read only in the first pass and written only in the last, and with a single pass they are
     * turned into keys first.
     */
    private static void radixSort(double[] values, double[] out) {
        int n = values.length;
        long first = key(values[0]);
        long differing = 0;
        boolean finite = true;
        for (double v : values) {
            differing |= key(v) ^ first;
            finite &= Math.abs(v) <= Double.MAX_VALUE;
        }
        if (!finite) {
            requireFinite(values);
        }
        if (differing == 0) {
            // Every value is the same: already sorted.
            if (out != values) {
                System.arraycopy(values, 0, out, 0, n);
            }
            return;
        }
        // Only the bit range in which keys differ needs sorting, in as few passes as digits allow.
        int low = Long.numberOfTrailingZeros(differing);
        int bits = 64 - Long.numberOfLeadingZeros(differing) - low;
        int passes = (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        int width = (bits + passes - 1) / passes;
        int buckets = 1 << width;
        int mask = buckets - 1;
        int[][] offsets = offsets(values, low, passes, width);
        // Ping-pong buffers only as far as needed: the first pass reads the values, the last writes doubles.
        long[][] scratch = scratch(n);
        long[] src = null;
        if (out == values && passes == 1) {
            src = scratch[0];
            for (int i = 0; i < n; i++) {
                src[i] = key(values[i]);
            }
        }
        long[] dst = passes > 1 ? scratch[0] : null;
        for (int p = 0; p < passes; p++) {
            int shift = low + p * width;
            int[] next = offsets[p];
            boolean last = p == passes - 1;
            if (src == null && last) {
                for (double v : values) {
                    out[next[(int) ((key(v) >>> shift) & mask)]++] = v;
                }
            } else if (src == null) {
                for (double v : values) {
                    long key = key(v);
                    dst[next[(int) ((key >>> shift) & mask)]++] = key;
                }
            } else if (last) {
                for (int i = 0; i < n; i++) {
                    long key = src[i];
                    out[next[(int) ((key >>> shift) & mask)]++] = value(key);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    long key = src[i];
                    dst[next[(int) ((key >>> shift) & mask)]++] = key;
                }
            }
            if (!last) {
                long[] t = src != null ? src : passes > 2 ? scratch[1] : null;
                src = dst;
                dst = t;
            }
        }
    }

    /** This thread's two scratch arrays of at least {@code n} longs (only as much as a sort uses is written). */
    private static long[][] scratch(int n) {
        SoftReference<long[][]> kept = SCRATCH.get();
        long[][] scratch = kept == null ? null : kept.get();
        if (scratch == null || scratch[0].length < n) {
            scratch = new long[][] {new long[n], new long[n]};
            SCRATCH.set(new SoftReference<>(scratch));
        }
        return scratch;
    }

    /**
     * For each pass, the start offset of each digit value: one counting pass over the values. The
     * common pass counts (1 to 3) get loops of their own; a loop over passes inside the loop over
     * values costs a quarter of the whole sort.
     */
    private static int[][] offsets(double[] values, int low, int passes, int width) {
        int mask = (1 << width) - 1;
        int[][] counts = new int[passes][1 << width];
        if (passes == 1) {
            int[] c0 = counts[0];
            for (double v : values) {
                c0[(int) ((key(v) >>> low) & mask)]++;
            }
        } else if (passes == 2) {
            int[] c0 = counts[0];
            int[] c1 = counts[1];
            for (double v : values) {
                long k = key(v) >>> low;
                c0[(int) (k & mask)]++;
                c1[(int) ((k >>> width) & mask)]++;
            }
        } else if (passes == 3) {
            int[] c0 = counts[0];
            int[] c1 = counts[1];
            int[] c2 = counts[2];
            int width2 = 2 * width;
            for (double v : values) {
                long k = key(v) >>> low;
                c0[(int) (k & mask)]++;
                c1[(int) ((k >>> width) & mask)]++;
                c2[(int) ((k >>> width2) & mask)]++;
            }
        } else {
            for (double v : values) {
                long k = key(v) >>> low;
                for (int p = 0; p < passes; p++) {
                    counts[p][(int) ((k >>> (p * width)) & mask)]++;
                }
            }
        }
        for (int[] c : counts) {
            int sum = 0;
            for (int d = 0; d < c.length; d++) {
                int count = c[d];
                c[d] = sum;
                sum += count;
            }
        }
        return counts;
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
