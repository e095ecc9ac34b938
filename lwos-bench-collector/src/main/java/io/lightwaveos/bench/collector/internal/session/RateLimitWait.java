package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.internal.session.SessionEnvironment.Cancellable;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.run.EventType;
import java.time.Duration;

/**
 * The wait a device's RATE_LIMITED asks for ({@link SessionPhase#RATE_LIMITED} unless it comes while
 * streaming): {@code retryAfter} seconds (one when it names none), at most the reconnect timeout; a
 * second RATE_LIMITED can only make it longer. After the wait the session sends again what the
 * device has not answered. Session thread only, except {@link #left(long)}.
 */
final class RateLimitWait {

    private final Session session;
    private final SessionEnvironment env;
    private final CollectorConfig config;
    private final SessionEvents events;
    private volatile long untilNanos = -1;
    private Cancellable timer;

    RateLimitWait(Session session, SessionEnvironment env, CollectorConfig config, SessionEvents events) {
        this.session = session;
        this.env = env;
        this.config = config;
        this.events = events;
    }

    /**
     * Takes a RATE_LIMITED reply: the device dropped a message and asks us to wait.
     *
     * @return whether {@code reply} was one
     */
    boolean took(DeviceReply reply) {
        if (!DeviceReply.isError(reply, DeviceProtocol.RATE_LIMITED)) {
            return false;
        }
        if (!session.phase().ending()) {
            waitFor(reply);
        }
        return true;
    }

    private void waitFor(DeviceReply reply) {
        Duration asked = Duration.ofSeconds(reply.retryAfterSeconds() < 0 ? 1 : reply.retryAfterSeconds());
        Duration wait = asked.compareTo(config.reconnectTimeout()) > 0 ? config.reconnectTimeout() : asked;
        long until = env.nanoTime() + wait.toNanos();
        boolean first = untilNanos < 0;
        if (first) {
            events.record(EventType.RATE_LIMITED, "the device said RATE_LIMITED"
                    + (reply.errorMessage() == null ? "" : " (\"" + reply.errorMessage() + "\")")
                    + " and asked to wait " + FailureMessages.format(asked)
                    + (wait.equals(asked) ? "" : "; waiting " + FailureMessages.format(wait) + ", the reconnect timeout"));
        }
        if (until > untilNanos) {
            untilNanos = until;
            cancel();
            // What the reply timer waited for is sent again after the wait.
            session.replyArrived();
            timer = env.schedule(wait, () -> {
                untilNanos = -1;
                session.resumeAfterWait();
            });
        }
        // Entered after the wait is set, so that progress never shows this phase without its wait.
        if (first && session.phase() != SessionPhase.STREAMING) {
            session.enter(SessionPhase.RATE_LIMITED);
        }
    }

    /** Ends the wait without resuming (the connection is gone, or the collection ends). */
    void clear() {
        cancel();
        untilNanos = -1;
    }

    /** Whether a wait runs: nothing but what it waits to send again should go to the device. */
    boolean waiting() {
        return untilNanos >= 0;
    }

    /** How much of the wait is left at {@code nowNanos} (zero when none runs); any thread. */
    Duration left(long nowNanos) {
        long until = untilNanos;
        return until >= 0 ? Duration.ofNanos(until - nowNanos) : Duration.ZERO;
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel();
        }
    }
}
