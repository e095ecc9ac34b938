package io.lightwaveos.bench.store;

import io.lightwaveos.bench.metric.Metric;
import java.util.Objects;

/**
 * One metric of a run as primitive arrays, for analysis and plots: element {@code i} of every
 * array belongs to the same sample, in increasing seq order. Only samples that carry the metric are
 * included: every sample for a compact metric, the extended samples for an extended-only one.
 *
 * <p>The arrays are handed over without copying and may be shared with the other columns of the
 * same {@link RunStore#columns} call (all compact metrics share {@code seq},
 * {@code receivedAtMicros} and {@code timestampMs}); treat them as read-only.
 */
public final class MetricColumn {

    private final Metric metric;
    private final long[] seq;
    private final long[] receivedAtMicros;
    private final long[] timestampMs;
    private final double[] values;

    /**
     * @param metric           the metric
     * @param seq              each sample's seq, increasing
     * @param receivedAtMicros each sample's host receive time, µs since the epoch (UTC)
     * @param timestampMs      each sample's device time, ms since boot (uint32 as long)
     * @param values           each sample's value of {@code metric}, widened to double exactly
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public MetricColumn(Metric metric, long[] seq, long[] receivedAtMicros, long[] timestampMs, double[] values) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.seq = seq;
        this.receivedAtMicros = receivedAtMicros;
        this.timestampMs = timestampMs;
        this.values = values;
        if (receivedAtMicros.length != seq.length || timestampMs.length != seq.length || values.length != seq.length) {
            throw new IllegalArgumentException("column arrays must have one length, got seq " + seq.length
                    + ", receivedAtMicros " + receivedAtMicros.length + ", timestampMs " + timestampMs.length
                    + ", values " + values.length);
        }
    }

    /** The metric these values are of. */
    public Metric metric() {
        return metric;
    }

    /** Number of samples in the column. */
    public int size() {
        return seq.length;
    }

    /** Whether the column has no samples. */
    public boolean isEmpty() {
        return seq.length == 0;
    }

    /** Each sample's seq (0-based order within the run), increasing. Not a copy. */
    public long[] seq() {
        return seq;
    }

    /** Each sample's host receive time, microseconds since the epoch, UTC. Not a copy. */
    public long[] receivedAtMicros() {
        return receivedAtMicros;
    }

    /** Each sample's device time, milliseconds since boot (uint32: wraps, resets on reboot). Not a copy. */
    public long[] timestampMs() {
        return timestampMs;
    }

    /** Each sample's value in the metric's unit ({@link Metric#unit()}). Not a copy. */
    public double[] values() {
        return values;
    }

    /** The seq of the last sample, or {@code fallback} if the column is empty (handy for "read after"). */
    public long lastSeq(long fallback) {
        return seq.length == 0 ? fallback : seq[seq.length - 1];
    }

    @Override
    public String toString() {
        return "MetricColumn[" + metric.id() + ", " + seq.length + " samples]";
    }
}
