package io.lightwaveos.bench.collector.internal.session;

import static io.lightwaveos.bench.collector.internal.session.SessionEnvironment.Cancellable.cancelIfSet;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.collector.Progress;
import io.lightwaveos.bench.collector.StopReason;
import io.lightwaveos.bench.collector.internal.http.DeviceInfoResult;
import io.lightwaveos.bench.collector.internal.session.SessionEnvironment.Cancellable;
import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.run.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One collection's conversation with the device, as plain Java: connect, authenticate (with an API
 * key), (reset and) subscribe while asking the device who it is and what it renders (the run
 * context), wait when it says RATE_LIMITED, turn binary messages into samples, reconnect with
 * backoff after a drop, poll the device's vitals while streaming, stop on duration, sample count,
 * caller or failure, then (stop and) unsubscribe and close.
 *
 * <p>This class is the state machine: one {@link SessionPhase} at a time, text messages dispatched
 * by phase. Samples and their gap, reboot and stats-reset events are {@link FrameIntake}'s job, the
 * run context {@link RunContextAssembly}'s, the vitals {@link VitalsPoll}'s, the result {@link Completion}'s.
 *
 * <p>It knows nothing of sockets: a {@link SessionEnvironment} connects, sends, closes and keeps
 * time, and calls the {@code on...} methods back. Every method must be called on that
 * environment's one thread, except {@link #progress()}, which any thread may call. Samples, events
 * and counters go into the {@link HandOffQueue} for the sink thread; the last item is a
 * {@link SessionEnd} with the result.
 */
public final class Session {

    private final CollectorConfig config;
    private final SessionEnvironment env;
    private final HandOffQueue queue;
    private final StopConditions stopConditions;
    private final CounterSet counters = new CounterSet();
    private final Commands commands = new Commands();
    private final List<String> warnings = new ArrayList<>();
    private final SessionEvents events;
    private final FrameIntake intake;
    private final RunContextAssembly context;
    private final Completion completion;
    private final Reconnection reconnection;
    private final Heartbeat heartbeat;
    private final ContextQuery contextQuery;
    private final Authentication authentication;
    private final Subscription subscription;
    private final Finishing finishing;
    private final RateLimitWait rateLimit;
    private final VitalsPoll vitals;

    private volatile SessionPhase phase = SessionPhase.NEW;
    private volatile long startNanos;
    private Instant startedAt;

    private int subscribes;
    /** The timeout of the reply the phase waits for (auth, subscribe or finish). */
    private Cancellable replyTimer;
    private Cancellable durationTimer;
    private Cancellable tickTimer;

    /**
     * @param config the collection's configuration
     * @param env    connection, timers and clocks
     * @param queue  where samples, events and counters go
     * @param jitter the reconnect-jitter source
     */
    public Session(CollectorConfig config, SessionEnvironment env, HandOffQueue queue, RandomGenerator jitter) {
        this.config = config;
        this.env = env;
        this.queue = queue;
        this.stopConditions = new StopConditions(config.duration().orElse(null), config.maxSamples().orElse(0));
        this.events = new SessionEvents(env, queue);
        this.intake = new FrameIntake(env, queue, counters, events);
        this.context = new RunContextAssembly(config, queue, events);
        this.rateLimit = new RateLimitWait(this, env, config, events);
        this.vitals = new VitalsPoll(env, config, events, commands, rateLimit);
        this.completion = new Completion(config, env, queue, events, counters, stopConditions, vitals);
        this.reconnection = new Reconnection(this, env, config, counters, events, new ReconnectPolicy(
                config.reconnectInitialDelay(), config.reconnectMaxDelay(), config.reconnectJitter(),
                config.reconnectTimeout(), jitter));
        this.heartbeat = new Heartbeat(config, env, queue, counters, intake);
        this.contextQuery = new ContextQuery(this, env, config, counters, events, context, commands);
        this.authentication = new Authentication(this, env, config, counters, events, rateLimit);
        this.subscription = new Subscription(this, env, config, counters, events, rateLimit, contextQuery, vitals,
                commands, warnings);
        this.finishing = new Finishing(this, env, config, counters, events, contextQuery, vitals, completion,
                commands);
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
        tickTimer = env.schedule(heartbeat.interval(), this::tick);
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
        completion.fetchDeviceInfoOnConnect(fetch);
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
        completion.connected();
        reconnection.connected();
        if (config.apiKey().isPresent()) {
            authentication.begin();
        } else {
            authenticated();
        }
    }

    /**
     * A connection attempt failed.
     *
     * @param reason {@code UNREACHABLE}, {@code CONNECT_TIMEOUT} or {@code HANDSHAKE_FAILED}
     * @param detail what happened ("connection refused")
     */
    public void onConnectFailed(FailureReason reason, String detail) {
        if (!phase.ending()) {
            reconnection.connectFailed(reason, detail);
        }
    }

    /** A text message arrived: what it can mean depends on the phase. */
    public void onText(String text) {
        if (!phase.connected()) {
            return;
        }
        DeviceReply reply = DeviceReply.parse(text);
        switch (phase) {
            case AUTHENTICATING -> authentication.onText(reply);
            // Rate limited while authenticating (the auth exchange still runs) or while subscribing.
            case RATE_LIMITED -> {
                if (authentication.pending()) {
                    authentication.onText(reply);
                } else {
                    subscription.onText(reply);
                }
            }
            case SUBSCRIBING, STREAMING -> subscription.onText(reply);
            case FINISHING -> finishing.onText(reply);
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
            cancelIfSet(replyTimer);
            finishing.onClosed();
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
        Duration waitLeft = p == SessionPhase.RATE_LIMITED ? rateLimit.left(now) : Duration.ZERO;
        return new Progress(p.state(), elapsed, intake.samples(), heartbeat.perSecond(), intake.latest(),
                counters.snapshot(), counters.statsResets(), counters.textMessagesIgnored(), queue.depth(), waitLeft);
    }

    // ---------------------------------------------------------------- for the phase handlers

    SessionPhase phase() {
        return phase;
    }

    void enter(SessionPhase next) {
        phase = next;
    }

    /** Successful subscribes so far (more than one after reconnects). */
    int subscribes() {
        return subscribes;
    }

    /** Waits the subscribe timeout for the reply the phase expects, then runs {@code onTimeout}. */
    void awaitReply(Runnable onTimeout) {
        replyTimer = env.schedule(config.subscribeTimeout(), onTimeout);
    }

    /** The reply the phase waited for arrived. */
    void replyArrived() {
        cancelIfSet(replyTimer);
    }

    /** Authenticated (or the device asks for none): subscribe, and ask for the context beside it. */
    void authenticated() {
        authentication.reset();
        enter(SessionPhase.SUBSCRIBING);
        subscription.begin(config.resetStats() && subscribes == 0);
        contextQuery.begin();
    }

    /** Subscribed ({@code detail} says how): frames flow; the first subscription starts the duration. */
    void streaming(String detail) {
        phase = SessionPhase.STREAMING;
        reconnection.subscribed();
        intake.quietSince(env.nanoTime());
        events.record(EventType.SUBSCRIBED, detail);
        vitals.start();
        if (subscribes++ == 0 && stopConditions.hasDuration()) {
            durationTimer = env.schedule(stopConditions.duration(), () -> end(StopReason.DURATION_REACHED, null, null));
        }
        queue.reassertPause();
    }

    /** A rate-limit wait is over: send again what the device has not answered. */
    void resumeAfterWait() {
        if (!phase.receiving()) {
            return;
        }
        if (authentication.pending()) {
            authentication.send();
            return;
        }
        if (subscription.pending()) {
            subscription.resend();
        }
        contextQuery.resend();
    }

    // ---------------------------------------------------------------- drops and reconnects

    /** We decided the connection is dead (silence, refused resubscribe): close it and recover. */
    void dropConnection(String cause) {
        phase = SessionPhase.RECONNECTING;
        events.record(EventType.DISCONNECTED, cause);
        env.close(() -> { });
        connectionLost(cause);
    }

    private void connectionLost(String cause) {
        cancelIfSet(replyTimer);
        rateLimit.clear();
        subscription.reset();
        authentication.reset();
        contextQuery.abandon();
        vitals.pause();
        reconnection.lost(cause, intake.samples());
    }

    // ---------------------------------------------------------------- periodic work

    private void tick() {
        if (phase == SessionPhase.FINISHED) {
            return;
        }
        if (heartbeat.beat(phase == SessionPhase.STREAMING)) {
            dropConnection("no benchmark frame for " + FailureMessages.format(config.idleTimeout())
                    + " on an open connection");
        }
        heartbeat.emitCounters();
        tickTimer = env.schedule(heartbeat.interval(), this::tick);
    }

    // ---------------------------------------------------------------- ending

    void fail(FailureReason reason, String message) {
        end(StopReason.FAILED, reason, message);
    }

    private void end(StopReason reason, FailureReason failure, String message) {
        if (phase.ending()) {
            return;
        }
        boolean subscribed = phase == SessionPhase.STREAMING;
        completion.decide(reason, failure, message);
        reconnection.stop();
        cancelIfSet(durationTimer);
        cancelIfSet(replyTimer);
        rateLimit.clear();
        contextQuery.stop();
        vitals.stop();
        queue.forceResume();
        if (subscribed) {
            finishing.begin();
        } else {
            closeAndComplete();
        }
    }

    void closeAndComplete() {
        phase = SessionPhase.CLOSING;
        env.close(this::complete);
    }

    private void complete() {
        if (phase == SessionPhase.FINISHED || completion.deferred() || completion.deferForDeviceInfo(this::complete)) {
            return;
        }
        phase = SessionPhase.FINISHED;
        cancelIfSet(tickTimer);
        completion.publish(intake.samples(), startedAt, context.emitted(), warnings);
    }
}
