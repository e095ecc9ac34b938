package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.collector.Progress;
import io.lightwaveos.bench.collector.StopReason;
import io.lightwaveos.bench.collector.internal.http.DeviceInfoRequest;
import io.lightwaveos.bench.collector.internal.http.DeviceInfoResult;
import io.lightwaveos.bench.collector.internal.session.SessionEnvironment.Cancellable;
import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.run.Workload;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * One collection's conversation with the device, as plain Java: connect, authenticate (with an API
 * key), (reset and) subscribe while asking the device who it is and what it renders (the run
 * context), wait when it says RATE_LIMITED, turn binary messages into samples, notice workload
 * changes, track gaps, reboots and stats resets, reconnect with backoff
 * after a drop, stop on duration, sample count, caller or failure, then (stop and) unsubscribe and
 * close.
 *
 * <p>It knows nothing of sockets: a {@link SessionEnvironment} connects, sends, closes and keeps
 * time, and calls the {@code on...} methods back. Every method must be called on that
 * environment's one thread, except {@link #progress()}, which any thread may call. Samples, events
 * and counters go into the {@link HandOffQueue} for the sink thread; the last item is a
 * {@link SessionEnd} with the result.
 */
public final class Session {

    private static final Duration MAX_TICK = Duration.ofMillis(250);
    private static final Duration DEVICE_INFO_GRACE = Duration.ofSeconds(1);

    private final CollectorConfig config;
    private final String source;
    private final SessionEnvironment env;
    private final HandOffQueue queue;
    private final ReconnectPolicy reconnectPolicy;
    private final StopConditions stopConditions;
    private final FrameTracker tracker = new FrameTracker(DeviceProtocol.FRAME_INTERVAL_MS);
    private final CounterSet counters = new CounterSet();
    private final Commands commands = new Commands();
    private final RateMeter rate = new RateMeter();
    private final List<RunEvent> events = new ArrayList<>();
    /** What the user should know although the collection went on. */
    private final List<String> warnings = new ArrayList<>();
    private final EventLog eventLog = new EventLog();
    private final Duration tickInterval;
    private final long idleNanos;

    private volatile SessionPhase phase = SessionPhase.NEW;
    private volatile long samples;
    private volatile BenchmarkFrame latest;
    private volatile long startNanos;
    private Instant startedAt;

    /** Successful subscribes so far (more than one after reconnects). */
    private int subscribes;
    private long outageStartNanos = -1;
    private int attempts;
    private String lastError = "";
    private SubscribeExchange subscribe;
    private FinishExchange finish;
    private Cancellable replyTimer;
    private Cancellable reconnectTimer;
    private Cancellable durationTimer;
    private Cancellable tickTimer;
    private long lastFrameNanos;
    private RunCounters lastEmitted = RunCounters.ZERO;

    private StopReason stopReason;
    private FailureReason failureReason;
    private String failureMessage;
    private Map<String, Double> deviceResults = Map.of();

    // Authentication, rate limits and the run context (PROTOCOL.md, device context).
    private AuthExchange auth;
    private ContextExchange contextExchange;
    private boolean contextAsked;
    private Cancellable contextTimer;
    private Cancellable waitTimer;
    private volatile long waitUntilNanos = -1;
    private DeviceInfo httpDevice = DeviceInfo.EMPTY;
    private String hostname;
    private DeviceInfo wsDevice = DeviceInfo.EMPTY;
    private Workload initialWorkload;
    private Workload currentWorkload;
    private RunContext emittedContext;
    /** The HTTP device info was asked for and has not answered yet. */
    private boolean deviceInfoPending;
    /** Sends the HTTP device-info request; run once, when the first connection is up. */
    private Runnable deviceInfoFetch;
    private long deviceInfoStartNanos;
    /** The collection is over but waits (at most the device-info timeout) for the device info. */
    private boolean completionDeferred;

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
        this.reconnectPolicy = new ReconnectPolicy(config.reconnectInitialDelay(), config.reconnectMaxDelay(),
                config.reconnectJitter(), config.reconnectTimeout(), jitter);
        this.stopConditions = new StopConditions(config.duration().orElse(null), config.maxSamples().orElse(0));
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
        emitContext();
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
        deviceInfoPending = false;
        applyDeviceInfo(result);
        if (completionDeferred) {
            completionDeferred = false;
            complete();
        }
    }

    private void applyDeviceInfo(DeviceInfoResult result) {
        if (!result.succeeded()) {
            record(EventType.CONTEXT, "device info unavailable: " + result.failure());
            return;
        }
        httpDevice = result.device();
        hostname = result.hostname();
        emitContext();
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
            deviceInfoPending = true;
            deviceInfoStartNanos = env.nanoTime();
            fetch.run();
        }
        if (outageStartNanos < 0) {
            record(EventType.CONNECTED, "connected to " + source);
        } else {
            counters.reconnect();
            record(EventType.RECONNECTED, "connected again "
                    + FailureMessages.format(Duration.ofNanos(env.nanoTime() - outageStartNanos))
                    + " after the drop (attempt " + attempts + ")");
        }
        if (config.apiKey().isPresent()) {
            phase = SessionPhase.AUTHENTICATING;
            auth = new AuthExchange(config.apiKey().get());
            env.send(auth.command());
            replyTimer = env.schedule(config.subscribeTimeout(), this::onAuthTimeout);
        } else {
            beginSubscribe();
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
        contextExchange.commands().forEach(env::send);
        cancel(contextTimer);
        contextTimer = env.schedule(config.subscribeTimeout(), this::onContextTimeout);
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
        if (outageStartNanos < 0) {
            fail(reason, FailureMessages.connectFailed(reason, source, detail, config.connectTimeout()));
        } else {
            scheduleReconnect(detail);
        }
    }

    /** A text message arrived. */
    public void onText(String text) {
        if (!phase.connected()) {
            return;
        }
        DeviceReply reply = DeviceReply.parse(text);
        if (finish == null && reply != null && DeviceProtocol.RATE_LIMITED.equals(reply.errorCode())) {
            onRateLimited(reply);
            return;
        }
        if (auth != null && finish == null) {
            onAuthReply(reply);
            return;
        }
        if (finish == null && reply != null && DeviceProtocol.UNAUTHORIZED.equals(reply.errorCode())) {
            boolean keyGiven = config.apiKey().isPresent();
            fail(keyGiven ? FailureReason.AUTH_REFUSED : FailureReason.AUTH_REQUIRED,
                    keyGiven ? FailureMessages.authRefused() : FailureMessages.authRequired());
            return;
        }
        if (contextExchange != null && contextExchange.onReply(reply) == ContextExchange.Outcome.CONSUMED) {
            onContextReply();
            return;
        }
        if (reply != null && DeviceProtocol.STATUS.equals(reply.type())) {
            // An unasked status: a device event, and it may say the workload changed.
            counters.textIgnored();
            onWorkload(ContextReplies.workload(reply));
            return;
        }
        if (finish != null) {
            switch (finish.onReply(reply)) {
                case IGNORED -> counters.textIgnored();
                case PENDING -> { }
                case COMPLETE -> onFinishComplete();
            }
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

    /**
     * A binary message arrived, wrapped in a view that is only valid during this call. Benchmark
     * frames become samples; everything else is counted by reason and dropped.
     */
    public void onBinary(FrameView view) {
        if (!phase.receiving()) {
            return;
        }
        RejectReason rejected = view.rejectReason();
        if (rejected != null) {
            counters.rejected(rejected);
            return;
        }
        lastFrameNanos = env.nanoTime();
        long prevTs = tracker.previousTimestampMs();
        long prevHops = tracker.previousHopCount();
        long ts = view.timestampMs();
        long hops = view.hopCount();
        int step = tracker.observe(ts, hops);
        if (step != FrameTracker.NORMAL) {
            recordSteps(step, prevTs, ts, prevHops, hops);
        }
        BenchmarkFrame frame = view.toFrame();
        long seq = samples;
        queue.add(new Sample(seq, env.nowMicros(), frame));
        latest = frame;
        samples = seq + 1;
        if (stopConditions.sampleLimitReached(seq + 1)) {
            end(StopReason.SAMPLE_LIMIT_REACHED, null, null);
        }
    }

    /**
     * A binary message over the size limit arrived, cut to its first bytes (valid only during this
     * call): with the benchmark magic (or too short to tell) it is a malformed frame of the wrong
     * length, otherwise another stream's message.
     */
    public void onOversizedBinary(FrameView prefix) {
        if (!phase.receiving()) {
            return;
        }
        boolean foreign = prefix.length() >= 4 && prefix.magic() != FrameLayout.MAGIC;
        counters.rejected(foreign ? RejectReason.FOREIGN_STREAM : RejectReason.BAD_LENGTH);
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
                keepFinishResults();
            }
            complete();
            return;
        }
        phase = SessionPhase.RECONNECTING;
        record(EventType.DISCONNECTED, cause);
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

    // ---------------------------------------------------------------- output

    /** A snapshot for a live status line; callable from any thread. */
    public Progress progress() {
        long now = env.nanoTime();
        SessionPhase p = phase;
        Duration elapsed = p != SessionPhase.NEW ? Duration.ofNanos(now - startNanos) : Duration.ZERO;
        long until = waitUntilNanos;
        Duration waitLeft = p == SessionPhase.RATE_LIMITED && until >= 0 ? Duration.ofNanos(until - now)
                : Duration.ZERO;
        return new Progress(p.state(), elapsed, samples, rate.perSecond(), latest, counters.snapshot(),
                counters.statsResets(), counters.textMessagesIgnored(), queue.depth(), waitLeft);
    }

    // ---------------------------------------------------------------- subscribe

    private void onSubscribed(long clientId) {
        cancel(replyTimer);
        boolean reset = config.resetStats() && subscribes == 0 && warnings.isEmpty();
        phase = SessionPhase.STREAMING;
        outageStartNanos = -1;
        attempts = 0;
        lastFrameNanos = env.nanoTime();
        record(EventType.SUBSCRIBED, "clientId " + clientId + (reset ? "; device statistics reset first" : ""));
        if (subscribes++ == 0) {
            if (stopConditions.hasDuration()) {
                durationTimer = env.schedule(stopConditions.duration(),
                        () -> end(StopReason.DURATION_REACHED, null, null));
            }
        }
        queue.reassertPause();
    }

    private void onSubscribeRefused(SubscribeExchange.Failed failure) {
        cancel(replyTimer);
        String message = FailureMessages.subscribeRefused(failure, source);
        // After a reboot the device may briefly be not ready or still hold our old slot: retry then.
        boolean retry = subscribes > 0 && failure.reason() != FailureReason.FEATURE_DISABLED;
        if (retry) {
            record(EventType.DEVICE_MESSAGE, message);
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
            record(EventType.DEVICE_MESSAGE, warning);
            onSubscribed(subscribe.giveUpOnStart());
            return;
        }
        String message = FailureMessages.subscribeTimeout(source, config.subscribeTimeout());
        if (subscribes > 0) {
            dropConnection("no reply to " + DeviceProtocol.SUBSCRIBE + " within "
                    + FailureMessages.format(config.subscribeTimeout()));
        } else {
            fail(FailureReason.SUBSCRIBE_TIMEOUT, message);
        }
    }

    // ---------------------------------------------------------------- authentication and rate limits

    private void onAuthReply(DeviceReply reply) {
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
                record(EventType.DEVICE_MESSAGE, "the device does not ask for authentication (it answered auth with "
                        + reply.errorCode() + "); going on without");
                beginSubscribe();
            }
            case IGNORED -> counters.textIgnored();
        }
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
            record(EventType.RATE_LIMITED, "the device said RATE_LIMITED"
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
            phase = SessionPhase.AUTHENTICATING;
            env.send(auth.command());
            replyTimer = env.schedule(config.subscribeTimeout(), this::onAuthTimeout);
            return;
        }
        if (subscribe != null && !subscribe.isFinished()) {
            phase = SessionPhase.SUBSCRIBING;
            subscribe.unansweredCommands().forEach(env::send);
            replyTimer = env.schedule(config.subscribeTimeout(), this::onSubscribeTimeout);
        }
        if (contextExchange != null && !contextExchange.isComplete()) {
            contextExchange.commands().forEach(env::send);
            cancel(contextTimer);
            contextTimer = env.schedule(config.subscribeTimeout(), this::onContextTimeout);
        }
    }

    // ---------------------------------------------------------------- run context

    private void onContextReply() {
        for (String refusal : contextExchange.takeRefusals()) {
            record(EventType.CONTEXT, "the device refused " + refusal + "; those context fields stay unknown");
        }
        wsDevice = wsDevice.orElse(contextExchange.device());
        if (contextExchange.workload() != null) {
            onWorkload(contextExchange.workload());
        }
        if (contextExchange.isComplete()) {
            cancel(contextTimer);
            contextExchange = null;
        }
        emitContext();
    }

    private void onContextTimeout() {
        if (phase == SessionPhase.FINISHED || contextExchange == null || contextExchange.isComplete()) {
            return;
        }
        record(EventType.CONTEXT, "no reply to " + String.join(", ", contextExchange.unanswered()) + " within "
                + FailureMessages.format(config.subscribeTimeout()) + "; those context fields stay unknown");
        contextExchange = null;
    }

    /** The workload the device renders now: the first one is the run's, a different effect later is an event. */
    private void onWorkload(Workload now) {
        if (initialWorkload == null) {
            initialWorkload = now;
            currentWorkload = now;
            emitContext();
            return;
        }
        if (currentWorkload.differsInEffectFrom(now)) {
            record(EventType.WORKLOAD_CHANGED, label(currentWorkload) + " → " + label(now));
        }
        currentWorkload = now;
    }

    private static String label(Workload w) {
        String label = w.effectLabel();
        return label == null ? "unknown effect" : label;
    }

    /** The context so far: the configured one over what the device said; handed on when it changed. */
    private RunContext currentContext() {
        String rig = hostname != null ? hostname : config.host();
        RunContext observed = new RunContext(rig, httpDevice.orElse(wsDevice), initialWorkload, null, null, null);
        return config.context().orElse(observed);
    }

    private void emitContext() {
        RunContext now = currentContext();
        if (!now.equals(emittedContext)) {
            emittedContext = now;
            queue.add(now);
            queue.flush();
        }
    }

    // ---------------------------------------------------------------- drops and reconnects

    /** We decided the connection is dead (silence, refused resubscribe): close it and recover. */
    private void dropConnection(String cause) {
        phase = SessionPhase.RECONNECTING;
        record(EventType.DISCONNECTED, cause);
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
            fail(FailureReason.CONNECTION_LOST, FailureMessages.connectionLost(source, cause, samples));
            return;
        }
        if (outageStartNanos < 0) {
            outageStartNanos = env.nanoTime();
            attempts = 0;
        }
        scheduleReconnect(cause);
    }

    private void scheduleReconnect(String lastCause) {
        lastError = lastCause;
        Duration delay = reconnectPolicy.delay(attempts);
        Duration sinceDrop = Duration.ofNanos(env.nanoTime() - outageStartNanos);
        if (!reconnectPolicy.mayAttempt(sinceDrop, delay)) {
            fail(FailureReason.RECONNECT_TIMEOUT,
                    FailureMessages.reconnectTimeout(source, reconnectPolicy.timeout(), attempts, lastError));
            return;
        }
        attempts++;
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
        rate.record(now, samples);
        if (phase == SessionPhase.STREAMING) {
            if (queue.isPaused()) {
                // We are the ones not reading: silence now says nothing about the device.
                lastFrameNanos = now;
            } else if (now - lastFrameNanos > idleNanos) {
                dropConnection("no benchmark frame for " + FailureMessages.format(config.idleTimeout())
                        + " on an open connection");
            }
        }
        emitCounters();
        tickTimer = env.schedule(tickInterval, this::tick);
    }

    private void emitCounters() {
        RunCounters now = counters.snapshot();
        if (!now.equals(lastEmitted)) {
            lastEmitted = now;
            queue.add(now);
            queue.flush();
        }
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
        stopReason = reason;
        failureReason = failure;
        failureMessage = message;
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

    private void onFinishComplete() {
        cancel(replyTimer);
        keepFinishResults();
        closeAndComplete();
    }

    private void onFinishTimeout() {
        if (phase == SessionPhase.FINISHED || finish == null || finish.isComplete()) {
            return;
        }
        keepFinishResults();
        record(EventType.DEVICE_MESSAGE, "no reply to " + finish.unanswered() + " within "
                + FailureMessages.format(config.subscribeTimeout()) + "; closing anyway");
        closeAndComplete();
    }

    private void keepFinishResults() {
        deviceResults = finish.results();
        if (!deviceResults.isEmpty()) {
            record(EventType.DEVICE_MESSAGE, DeviceProtocol.STOPPED + " results " + deviceResults);
        }
        for (String error : finish.errors()) {
            record(EventType.DEVICE_MESSAGE, Printable.of(error));
        }
    }

    private void closeAndComplete() {
        phase = SessionPhase.CLOSING;
        env.close(this::complete);
    }

    private void complete() {
        if (phase == SessionPhase.FINISHED || completionDeferred) {
            return;
        }
        if (deviceInfoPending) {
            // The HTTP client gives up after the timeout; its answer needs a moment more to arrive.
            long left = config.deviceInfoTimeout().plus(DEVICE_INFO_GRACE).toNanos()
                    - (env.nanoTime() - deviceInfoStartNanos);
            if (left > 0) {
                completionDeferred = true;
                env.schedule(Duration.ofNanos(left), () -> {
                    if (completionDeferred) {
                        completionDeferred = false;
                        deviceInfoPending = false;
                        record(EventType.CONTEXT, "device info unavailable: GET " + DeviceInfoRequest.url(config)
                                + ": no reply within " + FailureMessages.format(config.deviceInfoTimeout()));
                        complete();
                    }
                });
                return;
            }
        }
        phase = SessionPhase.FINISHED;
        cancel(tickTimer);
        if (samples == 0 && stopReason == StopReason.DURATION_REACHED) {
            // A run of nothing measured nothing: it must not pass as COMPLETE (and then pass every gate).
            stopReason = StopReason.FAILED;
            failureReason = FailureReason.NO_SAMPLES;
            failureMessage = FailureMessages.noSamples(source, stopConditions.duration(), counters.snapshot());
        }
        for (RunEvent pending : eventLog.flush(env.now())) {
            emit(pending);
        }
        String overflow = eventLog.overflowNote();
        emit(new RunEvent(env.now(), EventType.STOPPED, stopDetail() + (overflow.isEmpty() ? "" : "; " + overflow)));
        RunCounters finalCounters = counters.snapshot();
        queue.add(finalCounters);
        RunStatus status = switch (stopReason) {
            case DURATION_REACHED, SAMPLE_LIMIT_REACHED -> RunStatus.COMPLETE;
            case STOPPED_BY_CALLER -> RunStatus.INTERRUPTED;
            case FAILED -> RunStatus.FAILED;
        };
        queue.add(new SessionEnd(new CollectionResult(status, stopReason, failureReason, failureMessage, source,
                startedAt, env.now(), samples, finalCounters, counters.statsResets(),
                counters.textMessagesIgnored(), deviceResults, events, emittedContext, warnings)));
        queue.flush();
    }

    private String stopDetail() {
        return switch (stopReason) {
            case DURATION_REACHED -> "duration of " + FailureMessages.format(stopConditions.duration()) + " reached";
            case SAMPLE_LIMIT_REACHED -> stopConditions.maxSamples() + " samples reached";
            case STOPPED_BY_CALLER -> "stopped by the caller";
            case FAILED -> "failed (" + failureReason + "): " + failureMessage;
        };
    }

    // ---------------------------------------------------------------- events

    private void recordSteps(int step, long prevTs, long ts, long prevHops, long hops) {
        if (FrameTracker.has(step, FrameTracker.REBOOT)) {
            counters.reboot();
            record(EventType.REBOOT, "timestampMs stepped back from " + prevTs + " to " + ts
                    + ": the device restarted");
            return;
        }
        if (FrameTracker.has(step, FrameTracker.GAP)) {
            long lost = tracker.lastLostEstimate();
            counters.gap(lost);
            record(EventType.GAP, "timestampMs stepped " + tracker.lastStepMs() + " ms (from " + prevTs + " to "
                    + ts + "): ~" + lost + " frame" + (lost == 1 ? "" : "s") + " lost");
        }
        if (FrameTracker.has(step, FrameTracker.STATS_RESET)) {
            counters.statsReset();
            record(EventType.STATS_RESET, "hopCount stepped back from " + prevHops + " to " + hops
                    + ": the device's statistics were reset");
        }
    }

    private void record(EventType type, String detail) {
        for (RunEvent event : eventLog.add(env.now(), type, detail)) {
            emit(event);
        }
    }

    private void emit(RunEvent event) {
        events.add(event);
        queue.add(event);
        queue.flush();
    }

    private static void cancel(Cancellable c) {
        if (c != null) {
            c.cancel();
        }
    }
}
