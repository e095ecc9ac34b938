package io.lightwaveos.bench.analysis.series;

/**
 * Statistics of every full window of {@code w} consecutive values: for window k (values k …
 * k + w - 1, k = 0 … n - w) its mean, population standard deviation (divisor w, numpy's default),
 * minimum and maximum. O(n) in total, whatever w is.
 *
 * <p>Mean and variance slide with Welford's update and are recomputed exactly from the window
 * every w steps, so rounding errors cannot pile up over a long series (that recomputation costs
 * O(w) every w steps, O(n) overall). Minimum and maximum come from monotonic deques.
 */
public final class MovingWindow {

    private final int window;
    private final double[] mean;
    private final double[] std;
    private final double[] min;
    private final double[] max;

    private MovingWindow(int window, double[] mean, double[] std, double[] min, double[] max) {
        this.window = window;
        this.mean = mean;
        this.std = std;
        this.min = min;
        this.max = max;
    }

    /**
     * The window statistics of {@code values}; {@link #size()} is n - w + 1, or 0 when the series
     * is shorter than one window.
     *
     * @throws IllegalArgumentException unless {@code window >= 1}, or if a value is NaN or infinite
     */
    public static MovingWindow of(double[] values, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + window);
        }
        FiniteValues.require("values", values);
        int count = Math.max(0, values.length - window + 1);
        double[] mean = new double[count];
        double[] std = new double[count];
        double[] min = new double[count];
        double[] max = new double[count];
        slideMoments(values, window, mean, std);
        slideExtremes(values, window, min, max);
        return new MovingWindow(window, mean, std, min, max);
    }

    private static void slideMoments(double[] x, int w, double[] mean, double[] std) {
        double m = 0;
        double m2 = 0;
        for (int k = 0; k < mean.length; k++) {
            if (k % w == 0) {
                m = exactMean(x, k, w);
                m2 = exactSquares(x, k, w, m);
            } else {
                double out = x[k - 1];
                double in = x[k + w - 1];
                double next = m + (in - out) / w;
                m2 += (in - out) * (in - next + out - m);
                m = next;
            }
            mean[k] = m;
            std[k] = Math.sqrt(Math.max(0, m2) / w);
        }
    }

    private static double exactMean(double[] x, int from, int w) {
        double s = 0;
        for (int i = from; i < from + w; i++) {
            s += x[i];
        }
        return s / w;
    }

    private static double exactSquares(double[] x, int from, int w, double m) {
        double s = 0;
        for (int i = from; i < from + w; i++) {
            double d = x[i] - m;
            s += d * d;
        }
        return s;
    }

    /** Monotonic deques of indices (ring buffers of w slots): the front is the window's extreme. */
    private static void slideExtremes(double[] x, int w, double[] min, double[] max) {
        if (min.length == 0) {
            return;
        }
        int[] lowQ = new int[w];
        int[] highQ = new int[w];
        int lowHead = 0;
        int lowSize = 0;
        int highHead = 0;
        int highSize = 0;
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            int start = i - w + 1;
            // Drop the index leaving the window first, so the ring never holds more than w.
            if (lowSize > 0 && lowQ[lowHead] < start) {
                lowHead = (lowHead + 1) % w;
                lowSize--;
            }
            if (highSize > 0 && highQ[highHead] < start) {
                highHead = (highHead + 1) % w;
                highSize--;
            }
            while (lowSize > 0 && x[lowQ[(lowHead + lowSize - 1) % w]] >= v) {
                lowSize--;
            }
            lowQ[(lowHead + lowSize++) % w] = i;
            while (highSize > 0 && x[highQ[(highHead + highSize - 1) % w]] <= v) {
                highSize--;
            }
            highQ[(highHead + highSize++) % w] = i;
            if (start >= 0) {
                min[start] = x[lowQ[lowHead]];
                max[start] = x[highQ[highHead]];
            }
        }
    }

    /** The window length w. */
    public int window() {
        return window;
    }

    /** The number of full windows, n - w + 1 (0 when n &lt; w). */
    public int size() {
        return mean.length;
    }

    /** Mean of each window (a copy, {@link #size()} long). */
    public double[] mean() {
        return mean.clone();
    }

    /** Population standard deviation (divisor w) of each window (a copy). */
    public double[] std() {
        return std.clone();
    }

    /** Minimum of each window (a copy). */
    public double[] min() {
        return min.clone();
    }

    /** Maximum of each window (a copy). */
    public double[] max() {
        return max.clone();
    }
}
