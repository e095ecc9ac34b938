package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.collector.Progress;
import io.lightwaveos.bench.collector.StopReason;
import io.lightwaveos.bench.collector.internal.http.DeviceInfoResult;
import io.lightwaveos.bench.collector.internal.session.SessionEnvironment.Cancellable;
import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunCounters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One collection's conversation with the device, as plain Java: connect, authenticate (with an API
 * key), (reset and) subscribe while asking the device who it is and what it renders (the run
 * context), wait when it says RATE_LIMITED, turn binary messages into samples, reconnect with
 * backoff after a drop, stop on duration, sample count, caller or failure, then (stop and)
 * unsubscribe and close.
 *
 * <p>This class is the state machine: one {@link SessionPhase} at a time, text messages dispatched
 * by phase. Samples and their gap, reboot and stats-reset events are {@link FrameIntake}'s job, the
 * run context {@link RunContextAssembly}'s, the result {@link Completion}'s.
 *
 * <p>It knows nothing of sockets: a {@link SessionEnvironment} connects, sends, closes and keeps
 * time, and calls the {@code on...} methods back. Every method must be called on that
 * environment's one thread, except {@link #progress()}, which any thread may call. Samples, events
 * and counters go into the {@link HandOffQueue} for the sink thread; the last item is a
 * {@link SessionEnd} with the result.
 */
public final class Session {

    private static final Duration MAX_TICK = Duration.ofMillis(250);

    private final CollectorConfig config;
    private final String source;
    private final SessionEnvironment env;
    private final HandOffQueue queue;
    private final StopConditions stopConditions;
    private final CounterSet counters = new CounterSet();
    private final Commands commands = new Commands();
    private final RateMeter rate = new RateMeter();
    /** What the user should know although the collection went on. */
    private final List<String> warnings = new ArrayList<>();
    private final SessionEvents events;
    private final FrameIntake intake;
    private final RunContextAssembly context;
    private final Completion completion;
    private final Outage outage;
    private final Duration tickInterval;
    private final long idleNanos;

    private volatile SessionPhase phase = SessionPhase.NEW;
    private volatile long startNanos;
    private Instant startedAt;

    /** Successful subscribes so far (more than one after reconnects). */
    private int subscribes;
    private AuthExchange auth;
    private SubscribeExchange subscribe;
    private ContextExchange contextExchange;
    private boolean contextAsked;
    private FinishExchange finish;
    private Cancellable replyTimer;
    private Cancellable contextTimer;
    private Cancellable reconnectTimer;
    private Cancellable durationTimer;
    private Cancellable tickTimer;
    private Cancellable waitTimer;
    private volatile long waitUntilNanos = -1;
    private RunCounters lastEmitted = RunCounters.ZERO;
    /** Sends the HTTP device-info request; run once, when the first connection is up. */
    private Runnable deviceInfoFetch;

    /**
     * @param config the collection's configuration
     * @param env    connection, timers and clocks
     * @param queue  where samples, events and counters go
     * @param jitter the reconnect-jitter source
     */
    public Session(CollectorConfig config, SessionEnvironment env, HandOffQueue queue, RandomGenerator jitter) {
        this.config = config;
        this.source = config.source();
        this.env = env;
        this.queue = queue;
        this.outage = new Outage(new ReconnectPolicy(config.reconnectInitialDelay(), config.reconnectMaxDelay(),
                config.reconnectJitter(), config.reconnectTimeout(), jitter));
        this.stopConditions = new StopConditions(config.duration().orElse(null), config.maxSamples().orElse(0));
        this.events = new SessionEvents(env, queue);
        this.intake = new FrameIntake(env, queue, counters, events);
        this.context = new RunContextAssembly(config, queue, events);
        this.completion = new Completion(config, env, queue, events, counters, stopConditions);
        Duration quarterIdle = config.idleTimeout().dividedBy(4);
        this.tickInterval = quarterIdle.compareTo(MAX_TICK) < 0 ? quarterIdle : MAX_TICK;
        this.idleNanos = config.idleTimeout().toNanos();
    }

    // ---------------------------------------------------------------- inputs

    /** Starts the collection: the first connection attempt. */
    public void start() {
        if (phase != SessionPhase.NEW) {
            throw new IllegalStateException("session already started");
        }
        startNanos = env.nanoTime();
        startedAt = env.now();
        phase = SessionPhase.CONNECTING;
        tickTimer = env.schedule(tickInterval, this::tick);
        context.emit();
        env.connect();
    }

    /**
     * Gives the session the HTTP device-info request to send once the first WebSocket connection is
     * up (not before: on a busy machine the request would slow the handshake down). A collection
     * that ends before its answer waits for it, at most {@link CollectorConfig#deviceInfoTimeout()}
     * (plus a second) after it was sent, so even a short run gets the device's facts. Call before
     * {@link #start()}.
     */
    public void fetchDeviceInfoOnConnect(Runnable fetch) {
        deviceInfoFetch = fetch;
    }

    /**
     * The answer to {@code GET /api/v1/device/info} (or why there is none) arrived; it may come at
     * any time and never stops the collection.
     */
    public void onDeviceInfo(DeviceInfoResult result) {
        if (phase == SessionPhase.FINISHED) {
            return;
        }
        boolean completionWaited = completion.deviceInfoArrived();
        context.onDeviceInfo(result);
        if (completionWaited) {
            complete();
        }
    }

    /** The WebSocket handshake completed. */
    public void onConnected() {
        if (phase.ending()) {
            return;
        }
        phase = SessionPhase.SUBSCRIBING;
        if (deviceInfoFetch != null) {
            Runnable fetch = deviceInfoFetch;
            deviceInfoFetch = null;
            completion.deviceInfoAsked();
            fetch.run();
        }
        if (!outage.ongoing()) {
            events.record(EventType.CONNECTED, "connected to " + source);
        } else {
            counters.reconnect();
            events.record(EventType.RECONNECTED, "connected again "
                    + FailureMessages.format(outage.lasted(env.nanoTime()))
                    + " after the drop (attempt " + outage.attempts() + ")");
        }
        if (config.apiKey().isPresent()) {
            auth = new AuthExchange(config.apiKey().get());
            sendAuth();
        } else {
            beginSubscribe();
        }
    }

    /**
     * A connection attempt failed.
     *
     * @param reason {@code UNREACHABLE}, {@code CONNECT_TIMEOUT} or {@code HANDSHAKE_FAILED}
     * @param detail what happened ("connection refused")
     */
    public void onConnectFailed(FailureReason reason, String detail) {
        if (phase.ending()) {
            return;
        }
        if (!outage.ongoing()) {
            fail(reason, FailureMessages.connectFailed(reason, source, detail, config.connectTimeout()));
        } else {
            scheduleReconnect(detail);
        }
    }

    /** A text message arrived: what it can mean depends on the phase. */
    public void onText(String text) {
        if (!phase.connected()) {
            return;
        }
        DeviceReply reply = DeviceReply.parse(text);
        switch (phase) {
            case AUTHENTICATING -> onTextAuthenticating(reply);
            // Rate limited while authenticating (the auth exchange still runs) or while subscribing.
            case RATE_LIMITED -> {
                if (auth != null) {
                    onTextAuthenticating(reply);
                } else {
                    onTextSubscribed(reply);
                }
            }
            case SUBSCRIBING, STREAMING -> onTextSubscribed(reply);
            case FINISHING -> onTextFinishing(reply);
            default -> throw new IllegalStateException("no connection in phase " + phase);
        }
    }

    /**
     * A binary message arrived, wrapped in a view that is only valid during this call. Benchmark
     * frames become samples; everything else is counted by reason and dropped.
     */
    public void onBinary(FrameView view) {
        if (phase.receiving() && intake.take(view) && stopConditions.sampleLimitReached(intake.samples())) {
            end(StopReason.SAMPLE_LIMIT_REACHED, null, null);
        }
    }

    /**
     * A binary message over the size limit arrived, cut to its first bytes (valid only during this
     * call): with the benchmark magic (or too short to tell) it is a malformed frame of the wrong
     * length, otherwise another stream's message.
     */
    public void onOversizedBinary(FrameView prefix) {
        if (phase.receiving()) {
            intake.rejectOversized(prefix);
        }
    }

    /** A text message over the size limit arrived: nobody's reply we wait for, so it is ignored. */
    public void onOversizedText() {
        if (phase.connected()) {
            counters.textIgnored();
        }
    }

    /**
     * A socket read ended: the samples it produced are handed to the sink thread together, one
     * wake-up per read instead of one per frame.
     */
    public void onReadComplete() {
        queue.flush();
    }

    /** The open connection closed (by the device or the network). */
    public void onDisconnected(String cause) {
        if (!phase.connected()) {
            return;
        }
        if (phase.ending()) {
            // The device closed while we were winding down: nothing left to wait for.
            phase = SessionPhase.CLOSING;
            cancel(replyTimer);
            if (finish != null) {
                completion.keepFinishResults(finish);
            }
            complete();
            return;
        }
        phase = SessionPhase.RECONNECTING;
        events.record(EventType.DISCONNECTED, cause);
        connectionLost(cause);
    }

    /** Stops the collection early (status INTERRUPTED); harmless once it is ending. */
    public void requestStop() {
        end(StopReason.STOPPED_BY_CALLER, null, null);
    }

    /** The sink threw; the collection stops (status FAILED, SINK_FAILED). */
    public void onSinkFailed(Throwable cause) {
        end(StopReason.FAILED, FailureReason.SINK_FAILED, FailureMessages.sinkFailed(cause));
    }

    /** Our own code threw on the session thread; the collection stops (INTERNAL_ERROR). */
    public void onInternalError(Throwable cause) {
        end(StopReason.FAILED, FailureReason.INTERNAL_ERROR, FailureMessages.internal(cause));
    }

    /** A snapshot for a live status line; callable from any thread. */
    public Progress progress() {
        long now = env.nanoTime();
        SessionPhase p = phase;
        Duration elapsed = p != SessionPhase.NEW ? Duration.ofNanos(now - startNanos) : Duration.ZERO;
        long until = waitUntilNanos;
        Duration waitLeft = p == SessionPhase.RATE_LIMITED && until >= 0 ? Duration.ofNanos(until - now)
                : Duration.ZERO;
        return new Progress(p.state(), elapsed, intake.samples(), rate.perSecond(), intake.latest(),
                counters.snapshot(), counters.statsResets(), counters.textMessagesIgnored(), queue.depth(), waitLeft);
    }

    // ---------------------------------------------------------------- text, by phase

    private void onTextAuthenticating(DeviceReply reply) {
        if (isError(reply, DeviceProtocol.RATE_LIMITED)) {
            onRateLimited(reply);
            return;
        }
        switch (auth.onReply(reply)) {
            case ACCEPTED -> {
                cancel(replyTimer);
                beginSubscribe();
            }
            case REFUSED -> {
                cancel(replyTimer);
                fail(FailureReason.AUTH_REFUSED, FailureMessages.authRefused());
            }
            case NOT_SUPPORTED -> {
                cancel(replyTimer);
                events.record(EventType.DEVICE_MESSAGE, "the device does not ask for authentication (it answered"
                        + " auth with " + reply.errorCode() + "); going on without");
                beginSubscribe();
            }
            case IGNORED -> counters.textIgnored();
        }
    }

    private void onTextSubscribed(DeviceReply reply) {
        if (isError(reply, DeviceProtocol.RATE_LIMITED)) {
            onRateLimited(reply);
            return;
        }
        if (isError(reply, DeviceProtocol.UNAUTHORIZED)) {
            boolean keyGiven = config.apiKey().isPresent();
            fail(keyGiven ? FailureReason.AUTH_REFUSED : FailureReason.AUTH_REQUIRED,
                    keyGiven ? FailureMessages.authRefused() : FailureMessages.authRequired());
            return;
        }
        if (tookContextOrStatus(reply)) {
            return;
        }
        if (subscribe == null || subscribe.isFinished()) {
            counters.textIgnored();
            return;
        }
        SubscribeExchange.Outcome outcome = subscribe.onReply(reply);
        if (outcome instanceof SubscribeExchange.Ignored) {
            counters.textIgnored();
        } else if (outcome instanceof SubscribeExchange.Subscribed s) {
            onSubscribed(s.clientId());
        } else if (outcome instanceof SubscribeExchange.Failed f) {
            onSubscribeRefused(f);
        }
    }

    private void onTextFinishing(DeviceReply reply) {
        if (tookContextOrStatus(reply)) {
            return;
        }
        switch (finish.onReply(reply)) {
            case IGNORED -> counters.textIgnored();
            case PENDING -> { }
            case COMPLETE -> {
                cancel(replyTimer);
                completion.keepFinishResults(finish);
                closeAndComplete();
            }
        }
    }

    /** A reply to the context exchange, or an unasked status (a device event that may change the workload). */
    private boolean tookContextOrStatus(DeviceReply reply) {
        if (contextExchange != null && contextExchange.onReply(reply) == ContextExchange.Outcome.CONSUMED) {
            context.onContextReply(contextExchange);
            if (contextExchange.isComplete()) {
                cancel(contextTimer);
                contextExchange = null;
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

    private static boolean isError(DeviceReply reply, String code) {
        return reply != null && code.equals(reply.errorCode());
    }

    // ---------------------------------------------------------------- authenticate and subscribe

    private void sendAuth() {
        phase = SessionPhase.AUTHENTICATING;
        env.send(auth.command());
        replyTimer = env.schedule(config.subscribeTimeout(), this::onAuthTimeout);
    }

    private void onAuthTimeout() {
        if (phase != SessionPhase.AUTHENTICATING || auth == null || auth.isFinished()) {
            return;
        }
        if (subscribes > 0) {
            dropConnection("no reply to auth within " + FailureMessages.format(config.subscribeTimeout()));
        } else {
            fail(FailureReason.SUBSCRIBE_TIMEOUT, FailureMessages.authTimeout(source, config.subscribeTimeout()));
        }
    }

    /** Subscribes, and asks for the device's context beside it (only the workload on a reconnect). */
    private void beginSubscribe() {
        auth = null;
        phase = SessionPhase.SUBSCRIBING;
        subscribe = new SubscribeExchange(config.resetStats() && subscribes == 0, commands);
        subscribe.commands().forEach(env::send);
        replyTimer = env.schedule(config.subscribeTimeout(), this::onSubscribeTimeout);
        contextExchange = new ContextExchange(contextAsked, commands);
        contextAsked = true;
        askContext();
    }

    private void askContext() {
        contextExchange.commands().forEach(env::send);
        cancel(contextTimer);
        contextTimer = env.schedule(config.subscribeTimeout(), this::onContextTimeout);
    }

    private void onContextTimeout() {
        if (phase == SessionPhase.FINISHED || contextExchange == null || contextExchange.isComplete()) {
            return;
        }
        events.record(EventType.CONTEXT, "no reply to " + String.join(", ", contextExchange.unanswered())
                + " within " + FailureMessages.format(config.subscribeTimeout()) + "; those context fields stay unknown");
        contextExchange = null;
    }

    private void onSubscribed(long clientId) {
        cancel(replyTimer);
        boolean reset = config.resetStats() && subscribes == 0 && warnings.isEmpty();
        phase = SessionPhase.STREAMING;
        outage.end();
        intake.quietSince(env.nanoTime());
        events.record(EventType.SUBSCRIBED, "clientId " + clientId + (reset ? "; device statistics reset first" : ""));
        if (subscribes++ == 0 && stopConditions.hasDuration()) {
            durationTimer = env.schedule(stopConditions.duration(), () -> end(StopReason.DURATION_REACHED, null, null));
        }
        queue.reassertPause();
    }

    private void onSubscribeRefused(SubscribeExchange.Failed failure) {
        cancel(replyTimer);
        String message = FailureMessages.subscribeRefused(failure, source);
        // After a reboot the device may briefly be not ready or still hold our old slot: retry then.
        boolean retry = subscribes > 0 && failure.reason() != FailureReason.FEATURE_DISABLED;
        if (retry) {
            events.record(EventType.DEVICE_MESSAGE, message);
            dropConnection("resubscribe refused: " + failure.reason());
        } else {
            fail(failure.reason(), message);
        }
    }

    private void onSubscribeTimeout() {
        if (!phase.receiving() || subscribe == null || subscribe.isFinished()) {
            return;
        }
        if (subscribe.subscribedAwaitingStart()) {
            // A device that subscribed us but ignores benchmark.start: the subscription stands.
            String warning = "the device did not acknowledge " + DeviceProtocol.START + " (no "
                    + DeviceProtocol.STARTED + " reply within " + FailureMessages.format(config.subscribeTimeout())
                    + "): its statistics may not have been reset; collecting anyway";
            warnings.add(warning);
            events.record(EventType.DEVICE_MESSAGE, warning);
            onSubscribed(subscribe.giveUpOnStart());
            return;
        }
        if (subscribes > 0) {
            dropConnection("no reply to " + DeviceProtocol.SUBSCRIBE + " within "
                    + FailureMessages.format(config.subscribeTimeout()));
        } else {
            fail(FailureReason.SUBSCRIBE_TIMEOUT, FailureMessages.subscribeTimeout(source, config.subscribeTimeout()));
        }
    }

    // ---------------------------------------------------------------- rate limits

    /**
     * RATE_LIMITED: the device dropped a message and asked us to wait {@code retryAfter} seconds. We
     * wait that long (at most the reconnect timeout), then send again what it has not answered.
     */
    private void onRateLimited(DeviceReply reply) {
        if (phase.ending()) {
            return;
        }
        Duration asked = Duration.ofSeconds(reply.retryAfterSeconds() < 0 ? 1 : reply.retryAfterSeconds());
        Duration wait = asked.compareTo(config.reconnectTimeout()) > 0 ? config.reconnectTimeout() : asked;
        long until = env.nanoTime() + wait.toNanos();
        if (waitUntilNanos < 0) {
            events.record(EventType.RATE_LIMITED, "the device said RATE_LIMITED"
                    + (reply.errorMessage() == null ? "" : " (\"" + reply.errorMessage() + "\")")
                    + " and asked to wait " + FailureMessages.format(asked)
                    + (wait.equals(asked) ? "" : "; waiting " + FailureMessages.format(wait) + ", the reconnect timeout"));
            if (phase != SessionPhase.STREAMING) {
                phase = SessionPhase.RATE_LIMITED;
            }
        }
        if (until > waitUntilNanos) {
            waitUntilNanos = until;
            cancel(waitTimer);
            cancel(replyTimer);
            waitTimer = env.schedule(wait, this::resumeAfterWait);
        }
    }

    private void resumeAfterWait() {
        waitUntilNanos = -1;
        if (!phase.receiving()) {
            return;
        }
        if (auth != null && !auth.isFinished()) {
            sendAuth();
            return;
        }
        if (subscribe != null && !subscribe.isFinished()) {
            phase = SessionPhase.SUBSCRIBING;
            subscribe.unansweredCommands().forEach(env::send);
            replyTimer = env.schedule(config.subscribeTimeout(), this::onSubscribeTimeout);
        }
        if (contextExchange != null && !contextExchange.isComplete()) {
            askContext();
        }
    }

    // ---------------------------------------------------------------- drops and reconnects

    /** We decided the connection is dead (silence, refused resubscribe): close it and recover. */
    private void dropConnection(String cause) {
        phase = SessionPhase.RECONNECTING;
        events.record(EventType.DISCONNECTED, cause);
        env.close(() -> { });
        connectionLost(cause);
    }

    private void connectionLost(String cause) {
        cancel(replyTimer);
        cancel(waitTimer);
        waitUntilNanos = -1;
        subscribe = null;
        auth = null;
        if (contextExchange != null && !contextExchange.isComplete()) {
            // Asked again on the next connection (only the workload, which is all a reconnect asks).
            cancel(contextTimer);
            contextExchange = null;
        }
        if (!config.reconnect()) {
            fail(FailureReason.CONNECTION_LOST, FailureMessages.connectionLost(source, cause, intake.samples()));
            return;
        }
        outage.begin(env.nanoTime());
        scheduleReconnect(cause);
    }

    private void scheduleReconnect(String lastCause) {
        Duration delay = outage.nextAttempt(env.nanoTime(), lastCause);
        if (delay == null) {
            fail(FailureReason.RECONNECT_TIMEOUT, outage.timeoutMessage(source));
            return;
        }
        reconnectTimer = env.schedule(delay, () -> {
            if (!phase.ending()) {
                env.connect();
            }
        });
    }

    // ---------------------------------------------------------------- periodic work

    private void tick() {
        if (phase == SessionPhase.FINISHED) {
            return;
        }
        long now = env.nanoTime();
        rate.record(now, intake.samples());
        if (phase == SessionPhase.STREAMING) {
            if (queue.isPaused()) {
                // We are the ones not reading: silence now says nothing about the device.
                intake.quietSince(now);
            } else if (now - intake.lastFrameNanos() > idleNanos) {
                dropConnection("no benchmark frame for " + FailureMessages.format(config.idleTimeout())
                        + " on an open connection");
            }
        }
        RunCounters snapshot = counters.snapshot();
        if (!snapshot.equals(lastEmitted)) {
            lastEmitted = snapshot;
            queue.add(snapshot);
            queue.flush();
        }
        tickTimer = env.schedule(tickInterval, this::tick);
    }

    // ---------------------------------------------------------------- ending

    private void fail(FailureReason reason, String message) {
        end(StopReason.FAILED, reason, message);
    }

    private void end(StopReason reason, FailureReason failure, String message) {
        if (phase.ending()) {
            return;
        }
        boolean subscribed = phase == SessionPhase.STREAMING;
        completion.decide(reason, failure, message);
        cancel(reconnectTimer);
        cancel(durationTimer);
        cancel(replyTimer);
        cancel(waitTimer);
        cancel(contextTimer);
        waitUntilNanos = -1;
        queue.forceResume();
        if (subscribed) {
            phase = SessionPhase.FINISHING;
            finish = new FinishExchange(config.sendStop(), commands);
            finish.commands().forEach(env::send);
            replyTimer = env.schedule(config.subscribeTimeout(), this::onFinishTimeout);
        } else {
            closeAndComplete();
        }
    }

    private void onFinishTimeout() {
        if (phase == SessionPhase.FINISHED || finish == null || finish.isComplete()) {
            return;
        }
        completion.keepFinishResults(finish);
        events.record(EventType.DEVICE_MESSAGE, "no reply to " + finish.unanswered() + " within "
                + FailureMessages.format(config.subscribeTimeout()) + "; closing anyway");
        closeAndComplete();
    }

    private void closeAndComplete() {
        phase = SessionPhase.CLOSING;
        env.close(this::complete);
    }

    private void complete() {
        if (phase == SessionPhase.FINISHED || completion.deferred() || completion.deferForDeviceInfo(this::complete)) {
            return;
        }
        phase = SessionPhase.FINISHED;
        cancel(tickTimer);
        completion.publish(intake.samples(), startedAt, context.emitted(), warnings);
    }

    private static void cancel(Cancellable c) {
        if (c != null) {
            c.cancel();
        }
    }
}
