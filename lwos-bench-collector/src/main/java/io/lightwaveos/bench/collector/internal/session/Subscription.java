package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.run.EventType;
import java.util.List;

/**
 * The {@link SessionPhase#SUBSCRIBING} and {@link SessionPhase#STREAMING} phases' text: the
 * subscribe exchange ((reset,) subscribe, start) and what else the device says on a subscribed
 * connection (rate limits, refusals, context replies, status events, vitals). Session thread only.
 */
final class Subscription {

    private final Session session;
    private final SessionEnvironment env;
    private final CollectorConfig config;
    private final CounterSet counters;
    private final SessionEvents events;
    private final RateLimitWait rateLimit;
    private final ContextQuery contextQuery;
    private final VitalsPoll vitals;
    private final Commands commands;
    /** What the user should know although the collection went on. */
    private final List<String> warnings;
    private SubscribeExchange exchange;

    Subscription(Session session, SessionEnvironment env, CollectorConfig config, CounterSet counters,
            SessionEvents events, RateLimitWait rateLimit, ContextQuery contextQuery, VitalsPoll vitals,
            Commands commands, List<String> warnings) {
        this.session = session;
        this.env = env;
        this.config = config;
        this.counters = counters;
        this.events = events;
        this.rateLimit = rateLimit;
        this.contextQuery = contextQuery;
        this.vitals = vitals;
        this.commands = commands;
        this.warnings = warnings;
    }

    /** Subscribes on a new connection, resetting the device's statistics first if asked. */
    void begin(boolean resetStats) {
        exchange = new SubscribeExchange(resetStats, commands);
        exchange.commands().forEach(env::send);
        session.awaitReply(this::onTimeout);
    }

    /** Whether the exchange runs (on this connection) and is not finished. */
    boolean pending() {
        return exchange != null && !exchange.isFinished();
    }

    /** Sends again what the device has not answered (after a rate-limit wait). */
    void resend() {
        session.enter(SessionPhase.SUBSCRIBING);
        exchange.unansweredCommands().forEach(env::send);
        session.awaitReply(this::onTimeout);
    }

    /** The connection is gone. */
    void reset() {
        exchange = null;
    }

    /** A text message on a connection being subscribed or subscribed. */
    void onText(DeviceReply reply) {
        if (vitals.take(reply) || rateLimit.took(reply)) {
            return;
        }
        if (DeviceReply.isError(reply, DeviceProtocol.UNAUTHORIZED)) {
            boolean keyGiven = config.apiKey().isPresent();
            session.fail(keyGiven ? FailureReason.AUTH_REFUSED : FailureReason.AUTH_REQUIRED,
                    keyGiven ? FailureMessages.authRefused() : FailureMessages.authRequired());
            return;
        }
        if (contextQuery.take(reply)) {
            return;
        }
        if (!pending()) {
            counters.textIgnored();
            return;
        }
        SubscribeExchange.Outcome outcome = exchange.onReply(reply);
        if (outcome instanceof SubscribeExchange.Ignored) {
            counters.textIgnored();
        } else if (outcome instanceof SubscribeExchange.Subscribed s) {
            onSubscribed(s.clientId());
        } else if (outcome instanceof SubscribeExchange.Failed f) {
            onRefused(f);
        }
    }

    private void onSubscribed(long clientId) {
        session.replyArrived();
        boolean reset = config.resetStats() && session.subscribes() == 0 && warnings.isEmpty();
        session.streaming("clientId " + clientId + (reset ? "; device statistics reset first" : ""));
    }

    private void onRefused(SubscribeExchange.Failed failure) {
        session.replyArrived();
        String message = FailureMessages.subscribeRefused(failure, config.source());
        // After a reboot the device may briefly be not ready or still hold our old slot: retry then.
        boolean retry = session.subscribes() > 0 && failure.reason() != FailureReason.FEATURE_DISABLED;
        if (retry) {
            events.record(EventType.DEVICE_MESSAGE, message);
            session.dropConnection("resubscribe refused: " + failure.reason());
        } else {
            session.fail(failure.reason(), message);
        }
    }

    private void onTimeout() {
        if (!session.phase().receiving() || !pending()) {
            return;
        }
        if (exchange.subscribedAwaitingStart()) {
            // A device that subscribed us but ignores benchmark.start: the subscription stands.
            String warning = "the device did not acknowledge " + DeviceProtocol.START + " (no "
                    + DeviceProtocol.STARTED + " reply within " + FailureMessages.format(config.subscribeTimeout())
                    + "): its statistics may not have been reset; collecting anyway";
            warnings.add(warning);
            events.record(EventType.DEVICE_MESSAGE, warning);
            onSubscribed(exchange.giveUpOnStart());
            return;
        }
        if (session.subscribes() > 0) {
            session.dropConnection("no reply to " + DeviceProtocol.SUBSCRIBE + " within "
                    + FailureMessages.format(config.subscribeTimeout()));
        } else {
            session.fail(FailureReason.SUBSCRIBE_TIMEOUT,
                    FailureMessages.subscribeTimeout(config.source(), config.subscribeTimeout()));
        }
    }
}
