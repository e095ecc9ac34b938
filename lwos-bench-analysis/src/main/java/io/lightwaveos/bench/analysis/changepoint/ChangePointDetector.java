package io.lightwaveos.bench.analysis.changepoint;

import java.util.Arrays;
import java.util.List;

/**
 * Change points of a growing series (see the package documentation for the method). Append runs
 * as they arrive and ask for {@link #changePoints()}: only the windows that reach the end of the
 * series are recomputed (those before it saw all of their values already), then the cheap merge
 * step runs over the weak points. The answer is always the one a recomputation over the whole
 * series gives, so change points before the last window never move when runs are appended.
 *
 * <p>Not thread-safe; one instance per series. Scratch space grows to a window² table of doubles
 * and is reused.
 */
public final class ChangePointDetector {

    private final ChangePointOptions options;
    private final WindowSplitter splitter = new WindowSplitter();
    private final Merger merger = new Merger();

    private double[] values = new double[64];
    private int size;

    /** Weak change points from windows that ended before the series' end when last computed. */
    private final Indices settled = new Indices();
    /** Where the first window that reached the end started: the split resumes there. */
    private int resumeAt;
    private final Indices weak = new Indices();
    private List<ChangePoint> cached = List.of();
    private boolean dirty;

    /**
     * An empty series.
     *
     * @param options window, thresholds and minimum level length
     */
    public ChangePointDetector(ChangePointOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /**
     * The change points of {@code values} (one value per run, in run order).
     *
     * @param values  the series, not modified
     * @param options window, thresholds and minimum level length
     * @return the change points by ascending index; empty for a series shorter than 2
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static List<ChangePoint> detect(double[] values, ChangePointOptions options) {
        ChangePointDetector detector = new ChangePointDetector(options);
        detector.appendAll(values);
        return detector.changePoints();
    }

    /**
     * Appends one run's value.
     *
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public void append(double value) {
        requireFinite(value, size);
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
        dirty = true;
    }

    /**
     * Appends several runs' values in order.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite (nothing is appended then)
     */
    public void appendAll(double[] more) {
        for (int i = 0; i < more.length; i++) {
            requireFinite(more[i], size + i);
        }
        if (size + more.length > values.length) {
            values = Arrays.copyOf(values, Math.max(size + more.length, values.length * 2));
        }
        System.arraycopy(more, 0, values, size, more.length);
        size += more.length;
        dirty = dirty || more.length > 0;
    }

    /** The number of values appended so far. */
    public int size() {
        return size;
    }

    /** The options this detector uses. */
    public ChangePointOptions options() {
        return options;
    }

    /** The change points of the series so far, by ascending index (an unmodifiable list). */
    public List<ChangePoint> changePoints() {
        if (dirty) {
            split();
            cached = List.copyOf(merger.merge(values, size, weak, options));
            dirty = false;
        }
        return cached;
    }

    private void split() {
        int window = options.window();
        int step = window / 2;
        double weakP = options.weakPValue();
        weak.copyFrom(settled);
        int start = resumeAt;
        boolean resumeRecorded = false;
        while (start < size) {
            if (!resumeRecorded && start + window > size) {
                settled.copyFrom(weak);
                resumeAt = start;
                resumeRecorded = true;
            }
            int end = Math.min(start + window, size);
            int last = splitter.split(values, start, end, weakP, weak);
            start = Math.max(last, start + step);
        }
        if (!resumeRecorded) {
            settled.copyFrom(weak);
            resumeAt = start;
        }
    }

    private static void requireFinite(double value, int index) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("values must be finite, got " + value + " at index " + index);
        }
    }
}
