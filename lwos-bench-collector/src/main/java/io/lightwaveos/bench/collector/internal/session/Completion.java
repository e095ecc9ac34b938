package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.collector.StopReason;
import io.lightwaveos.bench.collector.internal.http.DeviceInfoRequest;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.text.Printable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How a session ends: why it stopped (decided once), what the device's finish exchange answered,
 * the wait for a device-info answer still on its way, and the final vitals, events, counters and
 * {@link SessionEnd} handed to the sink thread. The session's state machine decides when; this
 * class decides what the result says. Session thread only.
 */
final class Completion {

    /** The HTTP client gives up after its timeout; its answer needs a moment more to arrive. */
    private static final Duration DEVICE_INFO_GRACE = Duration.ofSeconds(1);

    private final CollectorConfig config;
    private final SessionEnvironment env;
    private final HandOffQueue queue;
    private final SessionEvents events;
    private final CounterSet counters;
    private final StopConditions stopConditions;
    private final VitalsPoll vitals;

    private StopReason stopReason;
    private FailureReason failureReason;
    private String failureMessage;
    private Map<String, Double> deviceResults = Map.of();

    /** Sends the HTTP device-info request; run once, when the first connection is up. */
    private Runnable deviceInfoFetch;
    /** The HTTP device info was asked for and has not answered yet. */
    private boolean deviceInfoPending;
    private long deviceInfoStartNanos;
    /** The collection is over but waits (at most the device-info timeout) for the device info. */
    private boolean deferred;

    Completion(CollectorConfig config, SessionEnvironment env, HandOffQueue queue, SessionEvents events,
            CounterSet counters, StopConditions stopConditions, VitalsPoll vitals) {
        this.config = config;
        this.env = env;
        this.queue = queue;
        this.events = events;
        this.counters = counters;
        this.stopConditions = stopConditions;
        this.vitals = vitals;
    }

    /** Why the collection ends; {@code failure} and {@code message} are {@code null} unless it failed. */
    void decide(StopReason reason, FailureReason failure, String message) {
        stopReason = reason;
        failureReason = failure;
        failureMessage = message;
    }

    /** Keeps what the finish exchange got (results, errors), as far as it got. */
    void keepFinishResults(FinishExchange finish) {
        deviceResults = finish.results();
        if (!deviceResults.isEmpty()) {
            events.record(EventType.DEVICE_MESSAGE, DeviceProtocol.STOPPED + " results " + deviceResults);
        }
        for (String error : finish.errors()) {
            events.record(EventType.DEVICE_MESSAGE, Printable.of(error));
        }
    }

    /** Sends the HTTP device-info request {@code fetch} when the first connection is up. */
    void fetchDeviceInfoOnConnect(Runnable fetch) {
        deviceInfoFetch = fetch;
    }

    /** A connection is up: the first sends the device-info request, if there is one. */
    void connected() {
        if (deviceInfoFetch != null) {
            Runnable fetch = deviceInfoFetch;
            deviceInfoFetch = null;
            deviceInfoPending = true;
            deviceInfoStartNanos = env.nanoTime();
            fetch.run();
        }
    }

    /**
     * The device-info answer arrived.
     *
     * @return whether a completion was waiting for it (it waits no more: the caller completes)
     */
    boolean deviceInfoArrived() {
        deviceInfoPending = false;
        boolean waited = deferred;
        deferred = false;
        return waited;
    }

    /** Whether completion waits for the device info. */
    boolean deferred() {
        return deferred;
    }

    /**
     * Defers completion while the device-info answer may still come (at most its timeout plus a
     * grace second after it was sent); when that time is up, {@code complete} runs.
     *
     * @return whether completion was deferred
     */
    boolean deferForDeviceInfo(Runnable complete) {
        if (!deviceInfoPending) {
            return false;
        }
        long left = config.deviceInfoTimeout().plus(DEVICE_INFO_GRACE).toNanos()
                - (env.nanoTime() - deviceInfoStartNanos);
        if (left <= 0) {
            return false;
        }
        deferred = true;
        env.schedule(Duration.ofNanos(left), () -> {
            if (deferred) {
                deferred = false;
                deviceInfoPending = false;
                events.record(EventType.CONTEXT, "device info unavailable: GET " + DeviceInfoRequest.url(config)
                        + ": no reply within " + FailureMessages.format(config.deviceInfoTimeout()));
                complete.run();
            }
        });
        return true;
    }

    /** Writes out the vitals, the last events and counters and the {@link SessionEnd} with the result. */
    void publish(long samples, Instant startedAt, RunContext context, List<String> warnings) {
        if (samples == 0 && stopReason == StopReason.DURATION_REACHED) {
            // A run of nothing measured nothing: it must not pass as COMPLETE (and then pass every gate).
            stopReason = StopReason.FAILED;
            failureReason = FailureReason.NO_SAMPLES;
            failureMessage = FailureMessages.noSamples(config.source(), stopConditions.duration(), counters.snapshot());
        }
        MeasureSet measures = vitals.close();
        if (!measures.isEmpty()) {
            queue.add(measures);
        }
        events.close(stopDetail());
        RunCounters finalCounters = counters.snapshot();
        queue.add(finalCounters);
        RunStatus status = switch (stopReason) {
            case DURATION_REACHED, SAMPLE_LIMIT_REACHED -> RunStatus.COMPLETE;
            case STOPPED_BY_CALLER -> RunStatus.INTERRUPTED;
            case FAILED -> RunStatus.FAILED;
        };
        queue.add(new SessionEnd(new CollectionResult(status, stopReason, failureReason, failureMessage,
                config.source(), startedAt, env.now(), samples, finalCounters, counters.statsResets(),
                counters.textMessagesIgnored(), deviceResults, events.all(), context, warnings, measures)));
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
}
