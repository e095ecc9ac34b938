package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.run.RunCounters;
import java.time.Duration;

/**
 * A session's periodic work, every quarter of the idle timeout (at most every 250 ms): the sample
 * rate, the idle watch on a streaming connection, and the counters handed to the sink thread when
 * they changed. Session thread only, except {@link #perSecond()}.
 */
final class Heartbeat {

    private static final Duration MAX_TICK = Duration.ofMillis(250);

    private final SessionEnvironment env;
    private final HandOffQueue queue;
    private final CounterSet counters;
    private final FrameIntake intake;
    private final Duration interval;
    private final long idleNanos;
    private final RateMeter rate = new RateMeter();
    private RunCounters lastEmitted = RunCounters.ZERO;

    Heartbeat(CollectorConfig config, SessionEnvironment env, HandOffQueue queue, CounterSet counters,
            FrameIntake intake) {
        this.env = env;
        this.queue = queue;
        this.counters = counters;
        this.intake = intake;
        Duration quarterIdle = config.idleTimeout().dividedBy(4);
        this.interval = quarterIdle.compareTo(MAX_TICK) < 0 ? quarterIdle : MAX_TICK;
        this.idleNanos = config.idleTimeout().toNanos();
    }

    /** How long between beats. */
    Duration interval() {
        return interval;
    }

    /**
     * One beat.
     *
     * @param streaming whether frames should be flowing
     * @return whether a streaming connection has been silent for longer than the idle timeout
     */
    boolean beat(boolean streaming) {
        long now = env.nanoTime();
        rate.record(now, intake.samples());
        boolean idle = false;
        if (streaming) {
            if (queue.isPaused()) {
                // We are the ones not reading: silence now says nothing about the device.
                intake.quietSince(now);
            } else {
                idle = now - intake.lastFrameNanos() > idleNanos;
            }
        }
        return idle;
    }

    /** Hands the counters on if they changed since the last time. */
    void emitCounters() {
        RunCounters snapshot = counters.snapshot();
        if (!snapshot.equals(lastEmitted)) {
            lastEmitted = snapshot;
            queue.add(snapshot);
            queue.flush();
        }
    }

    /** Samples per second lately; any thread. */
    double perSecond() {
        return rate.perSecond();
    }
}
