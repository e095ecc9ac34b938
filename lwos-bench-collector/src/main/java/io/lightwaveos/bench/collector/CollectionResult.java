package io.lightwaveos.bench.collector;

import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a collection ended and what it counted.
 *
 * @param status              COMPLETE (duration or sample limit reached), INTERRUPTED
 *                            ({@link CollectionHandle#stop()}) or FAILED
 * @param stopReason          why it ended
 * @param failureReason       why it failed; {@code null} unless FAILED
 * @param failureMessage      what was expected and what happened; {@code null} unless FAILED
 * @param source              the device URL collected from
 * @param startedAt           host UTC time the collection started
 * @param endedAt             host UTC time it ended
 * @param sampleCount         samples delivered to the sink (seq 0 to sampleCount-1)
 * @param counters            the final counters
 * @param statsResets         device statistics resets seen (hopCount stepped back alone)
 * @param textMessagesIgnored text messages that were not replies to this collector
 * @param deviceResults       the {@code results} of {@code benchmark.stopped} (avgTotalUs, ...),
 *                            empty unless a stop was requested and answered
 * @param events              every event, in order (also delivered to the sink)
 * @param context             the run's context: the configured one over what the device said;
 *                            {@code null} becomes {@link RunContext#EMPTY}
 * @param warnings            what the user should know although the collection went on (a
 *                            {@code benchmark.start} the device did not acknowledge); also events
 * @param measures            the measures the collection took beside the frames: the device's
 *                            vitals ({@link DeviceVitals}), empty when none were polled or answered;
 *                            {@code null} becomes empty
 */
public record CollectionResult(
        RunStatus status,
        StopReason stopReason,
        FailureReason failureReason,
        String failureMessage,
        String source,
        Instant startedAt,
        Instant endedAt,
        long sampleCount,
        RunCounters counters,
        long statsResets,
        long textMessagesIgnored,
        Map<String, Double> deviceResults,
        List<RunEvent> events,
        RunContext context,
        List<String> warnings,
        MeasureSet measures) {

    public CollectionResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(counters, "counters");
        if ((status == RunStatus.FAILED) != (failureReason != null)) {
            throw new IllegalArgumentException("a failure reason is required exactly when the status is FAILED, got "
                    + status + " with " + failureReason);
        }
        deviceResults = deviceResults == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(deviceResults));
        events = events == null ? List.of() : List.copyOf(events);
        context = context == null ? RunContext.EMPTY : context;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        measures = measures == null ? MeasureSet.empty() : measures;
    }

    /** Whether the collection failed. */
    public boolean isFailed() {
        return status == RunStatus.FAILED;
    }

    /** How long the collection ran. */
    public Duration elapsed() {
        return Duration.between(startedAt, endedAt);
    }

    /** The failure as an exception, empty unless FAILED. */
    public Optional<CollectorException> failure() {
        return isFailed() ? Optional.of(new CollectorException(failureReason, failureMessage)) : Optional.empty();
    }

    /**
     * This result, unless the collection failed.
     *
     * @throws CollectorException with the failure's reason and message, if FAILED
     */
    public CollectionResult orThrow() {
        if (isFailed()) {
            throw new CollectorException(failureReason, failureMessage);
        }
        return this;
    }
}
