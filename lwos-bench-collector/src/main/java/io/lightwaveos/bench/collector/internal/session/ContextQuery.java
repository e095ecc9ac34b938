package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.internal.session.SessionEnvironment.Cancellable;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.run.EventType;

/**
 * Asks the device for the run context beside the subscribe exchange (only the workload on a
 * reconnect), takes the replies and unasked status events off the text stream and gives what they
 * say to the {@link RunContextAssembly}. Session thread only.
 */
final class ContextQuery {

    private final Session session;
    private final SessionEnvironment env;
    private final CollectorConfig config;
    private final CounterSet counters;
    private final SessionEvents events;
    private final RunContextAssembly context;
    private final Commands commands;
    private ContextExchange exchange;
    private boolean asked;
    private Cancellable timer;

    ContextQuery(Session session, SessionEnvironment env, CollectorConfig config, CounterSet counters,
            SessionEvents events, RunContextAssembly context, Commands commands) {
        this.session = session;
        this.env = env;
        this.config = config;
        this.counters = counters;
        this.events = events;
        this.context = context;
        this.commands = commands;
    }

    /** Asks on a new connection: everything the first time, the workload after that. */
    void begin() {
        exchange = new ContextExchange(asked, commands);
        asked = true;
        send();
    }

    /** Asks again what is unanswered (after a rate-limit wait). */
    void resend() {
        if (exchange != null && !exchange.isComplete()) {
            send();
        }
    }

    /** The connection is gone: what is unanswered is asked again on the next one. */
    void abandon() {
        if (exchange != null && !exchange.isComplete()) {
            stop();
            exchange = null;
        }
    }

    /** The collection ends: no more waiting for replies. */
    void stop() {
        if (timer != null) {
            timer.cancel();
        }
    }

    /**
     * Takes a reply to the context exchange, or an unasked status (a device event that may say the
     * workload changed).
     *
     * @return whether the message was one of those
     */
    boolean take(DeviceReply reply) {
        if (exchange != null && exchange.onReply(reply) == ContextExchange.Outcome.CONSUMED) {
            context.onContextReply(exchange);
            if (exchange.isComplete()) {
                stop();
                exchange = null;
            }
            return true;
        }
        if (reply != null && DeviceProtocol.STATUS.equals(reply.type())) {
            counters.textIgnored();
            context.onWorkload(ContextReplies.workload(reply));
            return true;
        }
        return false;
    }

    private void send() {
        exchange.commands().forEach(env::send);
        stop();
        timer = env.schedule(config.subscribeTimeout(), this::onTimeout);
    }

    private void onTimeout() {
        if (session.phase() == SessionPhase.FINISHED || exchange == null || exchange.isComplete()) {
            return;
        }
        events.record(EventType.CONTEXT, "no reply to " + String.join(", ", exchange.unanswered())
                + " within " + FailureMessages.format(config.subscribeTimeout()) + "; those context fields stay unknown");
        exchange = null;
    }
}
