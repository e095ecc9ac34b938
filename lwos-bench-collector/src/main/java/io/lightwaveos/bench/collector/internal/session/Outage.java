package io.lightwaveos.bench.collector.internal.session;

import java.time.Duration;

/**
 * The time between a dropped connection and the next subscription: when it began, how many
 * attempts were made, the last error, and whether the {@link ReconnectPolicy} allows one more.
 * Session thread only.
 */
final class Outage {

    private final ReconnectPolicy policy;
    private long startNanos = -1;
    private int attempts;
    private String lastError = "";

    Outage(ReconnectPolicy policy) {
        this.policy = policy;
    }

    /** Whether a connection was lost and no subscription has followed yet. */
    boolean ongoing() {
        return startNanos >= 0;
    }

    /** The connection was lost at {@code nanos}; an outage already going on keeps its start. */
    void begin(long nanos) {
        if (startNanos < 0) {
            startNanos = nanos;
            attempts = 0;
        }
    }

    /** Subscribed again: the outage is over. */
    void end() {
        startNanos = -1;
        attempts = 0;
    }

    /** How long the outage has lasted at {@code nanos}. */
    Duration lasted(long nanos) {
        return Duration.ofNanos(nanos - startNanos);
    }

    /** Attempts made in this outage. */
    int attempts() {
        return attempts;
    }

    /**
     * The delay before the next attempt, counted as made; {@code null} when the policy's timeout
     * would pass first.
     */
    Duration nextAttempt(long nanos, String lastCause) {
        lastError = lastCause;
        Duration delay = policy.delay(attempts);
        if (!policy.mayAttempt(lasted(nanos), delay)) {
            return null;
        }
        attempts++;
        return delay;
    }

    /** Why reconnecting gave up, for the failure message. */
    String timeoutMessage(String source) {
        return FailureMessages.reconnectTimeout(source, policy.timeout(), attempts, lastError);
    }
}
