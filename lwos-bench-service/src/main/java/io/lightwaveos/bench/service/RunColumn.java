package io.lightwaveos.bench.service;

import io.lightwaveos.bench.metric.Metric;
import java.util.Objects;

/**
 * One metric of a run's samples as primitive arrays, in seq order: what plots and histograms read.
 * The arrays are shared, not copied (columns read together share their seq and time arrays); callers
 * must not change them.
 *
 * @param metric           the metric
 * @param seq              the samples' seqs, ascending
 * @param receivedAtMicros when each sample was received, µs since the epoch (UTC)
 * @param timestampMs      the device's own timestamp of each sample, ms
 * @param values           the metric's value in each sample
 */
public record RunColumn(Metric metric, long[] seq, long[] receivedAtMicros, long[] timestampMs, double[] values) {

    /** Checks that the arrays have one length. */
    public RunColumn {
        Objects.requireNonNull(metric, "metric");
        if (receivedAtMicros.length != seq.length || timestampMs.length != seq.length || values.length != seq.length) {
            throw new IllegalArgumentException("column arrays must have one length, got seq " + seq.length
                    + ", receivedAtMicros " + receivedAtMicros.length + ", timestampMs " + timestampMs.length
                    + ", values " + values.length);
        }
    }

    /** The number of samples. */
    public int size() {
        return seq.length;
    }

    /** Whether the column holds no sample. */
    public boolean isEmpty() {
        return seq.length == 0;
    }

    /** The seq of the last sample, or {@code fallback} when there is none. */
    public long lastSeq(long fallback) {
        return seq.length == 0 ? fallback : seq[seq.length - 1];
    }
}
