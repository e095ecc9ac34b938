package io.lightwaveos.bench.frame;

import java.util.Arrays;

/**
 * The bytes 32 to 63 of an extended frame.
 *
 * <p>Immutable: the histogram is copied in and out.
 *
 * @param avgDcAgcUs        EMA of DC-removal + AGC time, µs
 * @param avgChromaUs       EMA of chromagram time, µs
 * @param goertzelCountFull the full 32-bit Goertzel hop count (uint32)
 * @param reserved2         bytes 44-47, kept as received (uint32)
 * @param histogram         8 hop-time bins (uint16 each), upper edges in
 *                          {@link FrameLayout#HISTOGRAM_UPPER_EDGES_US}
 */
public record ExtendedFields(
        float avgDcAgcUs,
        float avgChromaUs,
        long goertzelCountFull,
        long reserved2,
        int[] histogram) {

    /**
     * @throws IllegalArgumentException if a field is out of range or the histogram does not have
     *                                  exactly 8 bins
     */
    public ExtendedFields {
        BenchmarkFrame.checkRange("goertzelCountFull", goertzelCountFull, BenchmarkFrame.UINT32_MAX);
        BenchmarkFrame.checkRange("reserved2", reserved2, BenchmarkFrame.UINT32_MAX);
        if (histogram == null || histogram.length != FrameLayout.HISTOGRAM_BINS) {
            throw new IllegalArgumentException("histogram must have " + FrameLayout.HISTOGRAM_BINS
                    + " bins, got " + (histogram == null ? "null" : histogram.length));
        }
        histogram = histogram.clone();
        for (int i = 0; i < histogram.length; i++) {
            BenchmarkFrame.checkRange("histogram[" + i + "]", histogram[i], BenchmarkFrame.UINT16_MAX);
        }
    }

    /** A copy of the 8 histogram bins. */
    @Override
    public int[] histogram() {
        return histogram.clone();
    }

    /** Bin {@code index} (0 to 7) of the histogram, without copying. */
    public int histogramBin(int index) {
        return histogram[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtendedFields e
                && Float.floatToRawIntBits(avgDcAgcUs) == Float.floatToRawIntBits(e.avgDcAgcUs)
                && Float.floatToRawIntBits(avgChromaUs) == Float.floatToRawIntBits(e.avgChromaUs)
                && goertzelCountFull == e.goertzelCountFull
                && reserved2 == e.reserved2
                && Arrays.equals(histogram, e.histogram);
    }

    @Override
    public int hashCode() {
        int h = Float.hashCode(avgDcAgcUs);
        h = 31 * h + Float.hashCode(avgChromaUs);
        h = 31 * h + Long.hashCode(goertzelCountFull);
        h = 31 * h + Long.hashCode(reserved2);
        return 31 * h + Arrays.hashCode(histogram);
    }

    @Override
    public String toString() {
        return "ExtendedFields[avgDcAgcUs=" + avgDcAgcUs + ", avgChromaUs=" + avgChromaUs
                + ", goertzelCountFull=" + goertzelCountFull + ", reserved2=" + reserved2
                + ", histogram=" + Arrays.toString(histogram) + "]";
    }
}
