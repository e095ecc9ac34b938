package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.collector.internal.session.SessionEnvironment.Cancellable;
import io.lightwaveos.bench.run.EventType;
import java.time.Duration;

/**
 * Connecting again after a drop: the outage (from the drop to the next subscription), its
 * attempts and last error, the back-off the {@link ReconnectPolicy} allows, and the connected and
 * reconnected events. A first connection that fails, or a drop without reconnecting, fails the
 * session. Session thread only.
 */
final class Reconnection {

    private final Session session;
    private final SessionEnvironment env;
    private final CollectorConfig config;
    private final CounterSet counters;
    private final SessionEvents events;
    private final ReconnectPolicy policy;
    private long outageStartNanos = -1;
    private int attempts;
    private String lastError = "";
    private Cancellable timer;

    Reconnection(Session session, SessionEnvironment env, CollectorConfig config, CounterSet counters,
            SessionEvents events, ReconnectPolicy policy) {
        this.session = session;
        this.env = env;
        this.config = config;
        this.counters = counters;
        this.events = events;
        this.policy = policy;
    }

    /** A connection is up: the first one, or one after a drop. */
    void connected() {
        if (outageStartNanos < 0) {
            events.record(EventType.CONNECTED, "connected to " + config.source());
            return;
        }
        counters.reconnect();
        events.record(EventType.RECONNECTED, "connected again "
                + FailureMessages.format(Duration.ofNanos(env.nanoTime() - outageStartNanos))
                + " after the drop (attempt " + attempts + ")");
    }

    /** A connection attempt failed: the first fails the session, a later one is tried again. */
    void connectFailed(FailureReason reason, String detail) {
        if (outageStartNanos < 0) {
            session.fail(reason, FailureMessages.connectFailed(reason, config.source(), detail, config.connectTimeout()));
        } else {
            schedule(detail);
        }
    }

    /** The connection was lost after {@code samples} samples. */
    void lost(String cause, long samples) {
        if (!config.reconnect()) {
            session.fail(FailureReason.CONNECTION_LOST, FailureMessages.connectionLost(config.source(), cause, samples));
            return;
        }
        if (outageStartNanos < 0) {
            outageStartNanos = env.nanoTime();
            attempts = 0;
        }
        schedule(cause);
    }

    /** Subscribed again: the outage is over. */
    void subscribed() {
        outageStartNanos = -1;
        attempts = 0;
    }

    /** The session ends: no more attempts. */
    void stop() {
        if (timer != null) {
            timer.cancel();
        }
    }

    private void schedule(String lastCause) {
        lastError = lastCause;
        Duration delay = policy.delay(attempts);
        if (!policy.mayAttempt(Duration.ofNanos(env.nanoTime() - outageStartNanos), delay)) {
            session.fail(FailureReason.RECONNECT_TIMEOUT,
                    FailureMessages.reconnectTimeout(config.source(), policy.timeout(), attempts, lastError));
            return;
        }
        attempts++;
        timer = env.schedule(delay, () -> {
            if (!session.phase().ending()) {
                env.connect();
            }
        });
    }
}
