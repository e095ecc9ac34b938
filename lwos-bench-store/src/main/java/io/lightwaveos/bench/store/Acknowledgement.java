package io.lightwaveos.bench.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An acknowledged change as the store keeps it ({@link ChangeRecords#acknowledge}): one metric's
 * level moved at one run on purpose (a deliberate trade-off), so gates compare later runs only with
 * that run and the runs after it.
 *
 * @param runId          the run at which the change is acknowledged (the first run of the new level)
 * @param runName        that run's name
 * @param runStartedAt   that run's start, UTC
 * @param metric         the metric's id ({@code avg_total_us})
 * @param reason         why the change is expected, as given
 * @param acknowledgedAt when it was acknowledged, UTC, to the microsecond
 */
public record Acknowledgement(UUID runId, String runName, Instant runStartedAt, String metric, String reason,
                              Instant acknowledgedAt) {

    public Acknowledgement {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    }
}
