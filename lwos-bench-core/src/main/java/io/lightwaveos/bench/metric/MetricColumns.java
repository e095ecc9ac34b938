package io.lightwaveos.bench.metric;

import io.lightwaveos.bench.frame.FrameView;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Some metrics' values over a series of frames, gathered frame by frame, as a column read gives
 * them: a compact metric's over every frame, an extended-only metric's over the extended frames
 * alone, in frame order. A compact metric's array is sized for the frames expected; an
 * extended-only one's grows as extended frames come (a run has few or none). Not thread-safe.
 */
public final class MetricColumns {

    /** Extended-only metrics' arrays start this large and double as extended frames come. */
    private static final int FIRST_EXTENDED_CAPACITY = 4096;

    private final Metric[] metrics;
    private final double[][] values;
    private int frames;
    private int extendedFrames;

    /**
     * @param metrics        the metrics, in the order {@link #toMap} keeps
     * @param expectedFrames how many frames will be added (the compact metrics' arrays grow past it)
     */
    public MetricColumns(Collection<Metric> metrics, int expectedFrames) {
        this.metrics = metrics.toArray(new Metric[0]);
        this.values = new double[this.metrics.length][];
        for (int m = 0; m < this.metrics.length; m++) {
            values[m] = new double[this.metrics[m].extendedOnly() ? Math.min(expectedFrames, FIRST_EXTENDED_CAPACITY)
                    : expectedFrames];
        }
    }

    /** Adds the next frame's values. */
    public void add(FrameView frame) {
        boolean isExtended = frame.isExtended();
        for (int m = 0; m < metrics.length; m++) {
            Metric metric = metrics[m];
            int at = !metric.extendedOnly() ? frames : isExtended ? extendedFrames : -1;
            if (at < 0) {
                continue;
            }
            if (at == values[m].length) {
                values[m] = Arrays.copyOf(values[m], Math.max(FIRST_EXTENDED_CAPACITY, at * 2));
            }
            values[m][at] = metric.read(frame);
        }
        frames++;
        extendedFrames += isExtended ? 1 : 0;
    }

    /** Each metric's values so far, in arrays of exactly their length (the gathered ones when they fit). */
    public Map<Metric, double[]> toMap() {
        Map<Metric, double[]> out = new EnumMap<>(Metric.class);
        for (int m = 0; m < metrics.length; m++) {
            int n = metrics[m].extendedOnly() ? extendedFrames : frames;
            out.put(metrics[m], values[m].length == n ? values[m] : Arrays.copyOf(values[m], n));
        }
        return out;
    }
}
