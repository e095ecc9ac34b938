package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.Sample;

/**
 * Turns binary messages into samples: rejected ones are counted by reason, benchmark frames are
 * numbered and queued, and steps in the device's clock or counters become gap, reboot and
 * stats-reset events. Session thread only, except the counts read for progress.
 */
final class FrameIntake {

    private final SessionEnvironment env;
    private final HandOffQueue queue;
    private final CounterSet counters;
    private final SessionEvents events;
    private final FrameTracker tracker = new FrameTracker(DeviceProtocol.FRAME_INTERVAL_MS);

    private volatile long samples;
    private volatile BenchmarkFrame latest;
    private long lastFrameNanos;

    FrameIntake(SessionEnvironment env, HandOffQueue queue, CounterSet counters, SessionEvents events) {
        this.env = env;
        this.queue = queue;
        this.counters = counters;
        this.events = events;
    }

    /**
     * Takes one binary message (the view is valid only during this call).
     *
     * @return whether it became a sample
     */
    boolean take(FrameView view) {
        RejectReason rejected = view.rejectReason();
        if (rejected != null) {
            counters.rejected(rejected);
            return false;
        }
        lastFrameNanos = env.nanoTime();
        long prevTs = tracker.previousTimestampMs();
        long prevHops = tracker.previousHopCount();
        long ts = view.timestampMs();
        long hops = view.hopCount();
        int step = tracker.observe(ts, hops);
        if (step != FrameTracker.NORMAL) {
            recordSteps(step, prevTs, ts, prevHops, hops);
        }
        BenchmarkFrame frame = view.toFrame();
        long seq = samples;
        queue.add(new Sample(seq, env.nowMicros(), frame));
        latest = frame;
        samples = seq + 1;
        return true;
    }

    /**
     * Counts a binary message cut at the size limit (the prefix is valid only during this call):
     * with the benchmark magic (or too short to tell) a malformed frame, otherwise another stream's.
     */
    void rejectOversized(FrameView prefix) {
        boolean foreign = prefix.length() >= 4 && prefix.magic() != FrameLayout.MAGIC;
        counters.rejected(foreign ? RejectReason.FOREIGN_STREAM : RejectReason.BAD_LENGTH);
    }

    /** Samples taken so far; any thread. */
    long samples() {
        return samples;
    }

    /** The last frame taken ({@code null} before the first); any thread. */
    BenchmarkFrame latest() {
        return latest;
    }

    /** When the last frame came (or {@link #quietSince} said to count from), on the environment's clock. */
    long lastFrameNanos() {
        return lastFrameNanos;
    }

    /** Counts silence from {@code nanos} on (a new subscription, or we are the ones not reading). */
    void quietSince(long nanos) {
        lastFrameNanos = nanos;
    }

    private void recordSteps(int step, long prevTs, long ts, long prevHops, long hops) {
        if (FrameTracker.has(step, FrameTracker.REBOOT)) {
            counters.reboot();
            events.record(EventType.REBOOT, "timestampMs stepped back from " + prevTs + " to " + ts
                    + ": the device restarted");
            return;
        }
        if (FrameTracker.has(step, FrameTracker.GAP)) {
            long lost = tracker.lastLostEstimate();
            counters.gap(lost);
            events.record(EventType.GAP, "timestampMs stepped " + tracker.lastStepMs() + " ms (from " + prevTs
                    + " to " + ts + "): ~" + lost + " frame" + (lost == 1 ? "" : "s") + " lost");
        }
        if (FrameTracker.has(step, FrameTracker.STATS_RESET)) {
            counters.statsReset();
            events.record(EventType.STATS_RESET, "hopCount stepped back from " + prevHops + " to " + hops
                    + ": the device's statistics were reset");
        }
    }
}
