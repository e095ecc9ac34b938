package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.run.EventType;

/**
 * The {@link SessionPhase#AUTHENTICATING} phase: sends {@code auth} with the API key and reads the
 * text that arrives until the device accepts, refuses or does not know it. Session thread only.
 */
final class Authentication {

    private final Session session;
    private final SessionEnvironment env;
    private final CollectorConfig config;
    private final CounterSet counters;
    private final SessionEvents events;
    private final RateLimitWait rateLimit;
    private AuthExchange exchange;

    Authentication(Session session, SessionEnvironment env, CollectorConfig config, CounterSet counters,
            SessionEvents events, RateLimitWait rateLimit) {
        this.session = session;
        this.env = env;
        this.config = config;
        this.counters = counters;
        this.events = events;
        this.rateLimit = rateLimit;
    }

    /** Starts the exchange on a new connection. */
    void begin() {
        exchange = new AuthExchange(config.apiKey().orElseThrow());
        send();
    }

    /** Whether the exchange runs (on this connection) and has no answer yet. */
    boolean pending() {
        return exchange != null && !exchange.isFinished();
    }

    /** Sends {@code auth} (again, after a rate-limit wait) and waits for the reply. */
    void send() {
        session.enter(SessionPhase.AUTHENTICATING);
        env.send(exchange.command());
        session.awaitReply(this::onTimeout);
    }

    /** The exchange is over or its connection gone. */
    void reset() {
        exchange = null;
    }

    /** A text message while authenticating. */
    void onText(DeviceReply reply) {
        if (rateLimit.took(reply)) {
            return;
        }
        switch (exchange.onReply(reply)) {
            case ACCEPTED -> {
                session.replyArrived();
                session.authenticated();
            }
            case REFUSED -> {
                session.replyArrived();
                session.fail(FailureReason.AUTH_REFUSED, FailureMessages.authRefused());
            }
            case NOT_SUPPORTED -> {
                session.replyArrived();
                events.record(EventType.DEVICE_MESSAGE, "the device does not ask for authentication (it answered"
                        + " auth with " + reply.errorCode() + "); going on without");
                session.authenticated();
            }
            case IGNORED -> counters.textIgnored();
        }
    }

    private void onTimeout() {
        if (session.phase() != SessionPhase.AUTHENTICATING || !pending()) {
            return;
        }
        if (session.subscribes() > 0) {
            session.dropConnection("no reply to auth within " + FailureMessages.format(config.subscribeTimeout()));
        } else {
            session.fail(FailureReason.SUBSCRIBE_TIMEOUT,
                    FailureMessages.authTimeout(config.source(), config.subscribeTimeout()));
        }
    }
}
