package io.lightwaveos.bench.analysis.series;

import io.lightwaveos.bench.analysis.Percentiles;

/**
 * Equal-width histogram of a series, bin for bin what {@code numpy.histogram} returns: bins are
 * half-open [edge<sub>i</sub>, edge<sub>i+1</sub>) except the last, which includes the maximum.
 * The range is [min, max], widened to [v - 0.5, v + 0.5] when every value is v, and [0, 1] for an
 * empty series.
 *
 * <p>The default bin count is Freedman-Diaconis' (numpy's {@code bins='fd'}): bin width
 * 2 IQR / n<sup>1/3</sup>, bins = ceil((max - min) / width), one bin when the IQR is 0; capped at
 * {@link #MAX_AUTO_BINS} so that a long tail cannot ask for millions of bins.
 */
public final class Histogram {

    /** The most bins Freedman-Diaconis may choose. */
    public static final int MAX_AUTO_BINS = 10_000;

    private final double[] edges;
    private final long[] counts;
    private final long below;
    private final long above;

    private Histogram(double[] edges, long[] counts, long below, long above) {
        this.edges = edges;
        this.counts = counts;
        this.below = below;
        this.above = above;
    }

    /**
     * Histogram with the Freedman-Diaconis bin count.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static Histogram freedmanDiaconis(double[] values) {
        return freedmanDiaconis(values, Percentiles.of(values));
    }

    /**
     * Histogram with the Freedman-Diaconis bin count, reusing the series' sorted values (from
     * {@link io.lightwaveos.bench.analysis.Summary#sorted()}) for the IQR and range.
     *
     * @throws IllegalArgumentException if {@code sorted} does not hold as many values as {@code values}
     */
    public static Histogram freedmanDiaconis(double[] values, Percentiles sorted) {
        requireSameSize(values, sorted);
        int n = values.length;
        double[] range = range(sorted);
        int bins = 1;
        if (n > 0) {
            double width = 2.0 * (sorted.percentile(75) - sorted.percentile(25)) * Math.pow(n, -1.0 / 3.0);
            if (width != 0) {
                bins = (int) Math.min(MAX_AUTO_BINS, Math.ceil((range[1] - range[0]) / width));
            }
        }
        return build(values, range, bins, 0, 0);
    }

    /**
     * Histogram with {@code bins} equal-width bins over [min, max].
     *
     * @throws IllegalArgumentException if {@code bins < 1} or a value is NaN or infinite
     */
    public static Histogram withBins(double[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        FiniteValues.require("values", values);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double[] range = values.length == 0 ? new double[] {0, 1} : widened(min, max);
        return build(values, range, bins, 0, 0);
    }

    /**
     * Histogram with {@code bins} equal-width bins over the fixed range [lo, hi]; values outside it
     * are not in any bin, and are counted in {@link #below()} and {@link #above()} instead.
     *
     * @throws IllegalArgumentException if {@code bins < 1}, the range is not finite with {@code lo < hi},
     *                                  or a value is NaN or infinite
     */
    public static Histogram withRange(double[] values, int bins, double lo, double hi) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi)) {
            throw new IllegalArgumentException("range must be finite with lo < hi, got [" + lo + ", " + hi + "]");
        }
        long below = 0;
        long above = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values must be finite, got " + v);
            }
            if (v < lo) {
                below++;
            } else if (v > hi) {
                above++;
            }
        }
        double[] kept = new double[Math.toIntExact(values.length - below - above)];
        int k = 0;
        for (double v : values) {
            if (v >= lo && v <= hi) {
                kept[k++] = v;
            }
        }
        return build(kept, new double[] {lo, hi}, bins, below, above);
    }

    private static void requireSameSize(double[] values, Percentiles sorted) {
        if (sorted.size() != values.length) {
            throw new IllegalArgumentException("sorted values must be those of the series: expected "
                    + values.length + " values, got " + sorted.size());
        }
    }

    private static double[] range(Percentiles sorted) {
        return sorted.size() == 0 ? new double[] {0, 1} : widened(sorted.min(), sorted.max());
    }

    private static double[] widened(double min, double max) {
        return min == max ? new double[] {min - 0.5, max + 0.5} : new double[] {min, max};
    }

    private static Histogram build(double[] values, double[] range, int bins, long below, long above) {
        double first = range[0];
        double last = range[1];
        double[] edges = new double[bins + 1];
        double step = (last - first) / bins;
        for (int i = 0; i <= bins; i++) {
            edges[i] = i * step + first;
        }
        edges[bins] = last;
        long[] counts = new long[bins];
        double span = last - first;
        for (double v : values) {
            // numpy's index computation, then its correction for values within an ulp of an edge.
            int k = (int) (((v - first) / span) * bins);
            if (k == bins) {
                k--;
            }
            if (v < edges[k]) {
                k--;
            } else if (v >= edges[k + 1] && k != bins - 1) {
                k++;
            }
            counts[k]++;
        }
        return new Histogram(edges, counts, below, above);
    }

    /** The number of bins. */
    public int bins() {
        return counts.length;
    }

    /** The bins() + 1 bin edges, ascending (a copy). */
    public double[] edges() {
        return edges.clone();
    }

    /** The count of each bin (a copy); they sum to the number of values inside the range. */
    public long[] counts() {
        return counts.clone();
    }

    /** Values below the range of {@link #withRange}; 0 for the other histograms, whose range holds every value. */
    public long below() {
        return below;
    }

    /** Values above the range of {@link #withRange}; 0 for the other histograms, whose range holds every value. */
    public long above() {
        return above;
    }
}
