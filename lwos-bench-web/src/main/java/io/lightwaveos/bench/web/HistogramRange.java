package io.lightwaveos.bench.web;

/**
 * A fixed value range for a histogram, so that two runs can be binned alike (compare view).
 *
 * @param lo lower edge of the first bin, finite
 * @param hi upper edge of the last bin, finite, greater than lo
 */
public record HistogramRange(double lo, double hi) {
    public HistogramRange {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
            throw new IllegalArgumentException("histogram range must be finite with lo < hi, got [" + lo + ", " + hi + "]");
        }
    }
}
