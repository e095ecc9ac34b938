package io.lightwaveos.bench.collector;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.run.RunCounters;
import java.time.Duration;
import java.util.Objects;

/**
 * An immutable snapshot of a running collection, cheap enough to poll several times a second for
 * a live status line ({@link CollectionHandle#progress()}).
 *
 * @param state               where the collection is
 * @param elapsed             time since the collection started
 * @param samples             samples received so far (handed to the sink or waiting for it)
 * @param framesPerSecond     samples per second over roughly the last second; 0 before any
 * @param latestFrame         the most recent sample's frame, {@code null} before the first
 * @param counters            foreign/malformed frames, gaps, lost-frame estimate, reconnects, reboots
 * @param statsResets         times the device's hop counter stepped back alone (stats reset)
 * @param textMessagesIgnored text messages that were not replies to this collector (device events)
 * @param pendingInSink       items waiting in the hand-off queue for the sink
 */
public record Progress(
        CollectionState state,
        Duration elapsed,
        long samples,
        double framesPerSecond,
        BenchmarkFrame latestFrame,
        RunCounters counters,
        long statsResets,
        long textMessagesIgnored,
        int pendingInSink) {

    public Progress {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(counters, "counters");
    }

    /** The latest frame's {@code avgTotalUs}, µs, or NaN before the first sample. */
    public double latestAvgTotalUs() {
        return latestFrame == null ? Double.NaN : latestFrame.avgTotalUs();
    }

    /** The latest frame's {@code cpuLoadPercent}, or NaN before the first sample. */
    public double latestCpuLoadPercent() {
        return latestFrame == null ? Double.NaN : latestFrame.cpuLoadPercent();
    }
}
