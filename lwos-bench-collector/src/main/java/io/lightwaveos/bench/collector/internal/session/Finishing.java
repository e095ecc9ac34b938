package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.run.EventType;

/**
 * The {@link SessionPhase#FINISHING} phase: a collection that ends while subscribed (stops and)
 * unsubscribes on the open connection, then closes it; what the device answered goes to the
 * {@link Completion}. Session thread only.
 */
final class Finishing {

    private final Session session;
    private final SessionEnvironment env;
    private final CollectorConfig config;
    private final CounterSet counters;
    private final SessionEvents events;
    private final ContextQuery contextQuery;
    private final VitalsPoll vitals;
    private final Completion completion;
    private final Commands commands;
    private FinishExchange exchange;

    Finishing(Session session, SessionEnvironment env, CollectorConfig config, CounterSet counters,
            SessionEvents events, ContextQuery contextQuery, VitalsPoll vitals, Completion completion,
            Commands commands) {
        this.session = session;
        this.env = env;
        this.config = config;
        this.counters = counters;
        this.events = events;
        this.contextQuery = contextQuery;
        this.vitals = vitals;
        this.completion = completion;
        this.commands = commands;
    }

    /** Sends (stop and) unsubscribe and waits for the replies. */
    void begin() {
        session.enter(SessionPhase.FINISHING);
        exchange = new FinishExchange(config.sendStop(), commands);
        exchange.commands().forEach(env::send);
        session.awaitReply(this::onTimeout);
    }

    /** A text message while finishing: context replies, status events and a vitals answer still count. */
    void onText(DeviceReply reply) {
        if (contextQuery.take(reply) || vitals.take(reply)) {
            return;
        }
        switch (exchange.onReply(reply)) {
            case IGNORED -> counters.textIgnored();
            case PENDING -> { }
            case COMPLETE -> {
                session.replyArrived();
                completion.keepFinishResults(exchange);
                session.closeAndComplete();
            }
        }
    }

    /** The connection closed while ending: keep what the exchange got so far, if it ran. */
    void onClosed() {
        if (exchange != null) {
            completion.keepFinishResults(exchange);
        }
    }

    private void onTimeout() {
        if (session.phase() == SessionPhase.FINISHED || exchange == null || exchange.isComplete()) {
            return;
        }
        completion.keepFinishResults(exchange);
        events.record(EventType.DEVICE_MESSAGE, "no reply to " + exchange.unanswered() + " within "
                + FailureMessages.format(config.subscribeTimeout()) + "; closing anyway");
        session.closeAndComplete();
    }
}
